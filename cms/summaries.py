"""Short summaries derived from a page body, for lists, feeds, meta tags and the API."""

import re

from django.utils.html import strip_tags
from django.utils.text import Truncator

# A sentence ends at . ! or ? followed by a space; "No. 5" style abbreviations
# only make a summary one sentence shorter, which is harmless.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
TEXT_BLOCK_TYPES = ("paragraph", "text")


def body_text(body) -> str:
    """The plain text of a StreamField's paragraph blocks, in order, one space apart."""
    parts = []
    for block in body or []:
        if block.block_type not in TEXT_BLOCK_TYPES:
            continue
        value = block.value
        html = value.source if hasattr(value, "source") else str(value)
        text = " ".join(strip_tags(html.replace("</p>", "</p> ")).split())
        if text:
            parts.append(text)
    return " ".join(parts)


def summary_from_body(body, max_chars: int = 300, min_chars: int = 120) -> str:
    """The body's first sentences: as many whole ones as fit in ``max_chars``.

    Sentences are added until the summary reaches ``min_chars``; a first
    sentence longer than ``max_chars`` is cut at a word with an ellipsis.
    Returns "" for a body without text.
    """
    text = body_text(body)
    if not text:
        return ""
    summary = ""
    for sentence in _SENTENCE_END.split(text):
        candidate = f"{summary} {sentence}".strip()
        if len(candidate) > max_chars:
            break
        summary = candidate
        if len(summary) >= min_chars:
            break
    return summary or Truncator(text).chars(max_chars)
