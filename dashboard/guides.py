"""The project's own guides (``docs/panduan-*.md``) inside the admin's Help menu.

Wagtail's Help menu links to its English editor guide on guide.wagtail.org,
which an operator cannot read and an office without internet cannot open.
The guides in ``docs/`` are written for this project, in Indonesian, with
screenshots taken by the browser tests; here they are shown in the admin's
own layout, rendered from the same Markdown files, and their screenshots
are served from ``docs/``.

The renderer knows the little Markdown the guides use (headings, paragraphs,
numbered and bulleted lists, images, links, bold, italics, code, rules) and
escapes everything else: it is for the project's own files, not for user input.
"""

import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _

from dashboard import audience

DOCS_DIR = Path(settings.BASE_DIR) / "docs"


@dataclass(frozen=True)
class Guide:
    """One guide: its file in ``docs/`` (without ``.md``), its menu label, and
    whether village operators are among its readers."""

    slug: str
    label: str | Promise
    for_operators: bool = True

    @property
    def path(self) -> Path:
        return DOCS_DIR / f"{self.slug}.md"

    def is_for(self, user) -> bool:
        """True unless the guide is for kecamatan staff and ``user`` runs one village."""
        return self.for_operators or audience.operator_village(user) is None


#: The guides the Help menu offers, in order. The kecamatan's guide is left out
#: of a village operator's menu (it can still be opened: it holds no secrets).
GUIDES = (
    Guide("panduan-operator", _("Panduan operator desa/kelurahan")),
    Guide("panduan-kecamatan", _("Panduan admin kecamatan"), for_operators=False),
)

# Screenshots beside a guide: docs/<guide>/<name>.<jpg|png>, nothing else.
ASSET_RE = re.compile(r"^panduan-[a-z-]+/[\w.-]+\.(?:jpe?g|png)$")
_CONTENT_TYPES = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png"}


def available_guides(user=None) -> list[Guide]:
    """The guides whose file is present (a slim install may leave ``docs/`` out);
    given a ``user``, only those written for them."""
    return [
        guide for guide in GUIDES if guide.path.is_file() and (user is None or guide.is_for(user))
    ]


def guide_view(request, slug: str):
    """One guide, rendered inside the admin."""
    guide = next((g for g in available_guides() if g.slug == slug), None)
    if guide is None:
        raise Http404
    title, body = render_markdown(guide.path.read_text(encoding="utf-8"))
    return TemplateResponse(
        request,
        "dashboard/guide.html",
        {
            "page_title": title or guide.label,
            "header_title": title or guide.label,
            "header_icon": "help",
            "guide_html": body,
        },
    )


def asset_view(request, path: str):
    """A screenshot of a guide, from ``docs/``."""
    if not ASSET_RE.match(path):
        raise Http404
    file = (DOCS_DIR / path).resolve()
    if not file.is_relative_to(DOCS_DIR.resolve()) or not file.is_file():
        raise Http404
    content_type = _CONTENT_TYPES[file.suffix.lstrip(".").lower()]
    return FileResponse(file.open("rb"), content_type=content_type)


# --- Markdown, the part the guides use ------------------------------------------------

_LIST_ITEM = re.compile(r"^(?:(\d+)\.|[-*])\s+")
_INLINE = [
    # Order matters: images before links, code before emphasis.
    (re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)"), "image"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), "link"),
    (re.compile(r"`([^`]+)`"), "code"),
    (re.compile(r"\*\*(.+?)\*\*"), "strong"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), "em"),
]


def _asset_url(src: str) -> str:
    if re.match(r"^[a-z]+:|^/", src):
        return src
    return reverse("guides:asset", args=[src])


def _inline(text: str) -> str:
    """Escaped HTML for one run of text, with the inline markup turned into tags."""
    out, pos = [], 0
    while pos < len(text):
        best = None
        for pattern, kind in _INLINE:
            match = pattern.search(text, pos)
            if match and (best is None or match.start() < best[0].start()):
                best = (match, kind)
        if best is None:
            break
        match, kind = best
        out.append(escape(text[pos : match.start()]))
        if kind == "image":
            alt, src = match.groups()
            out.append(
                f'<img src="{escape(_asset_url(src))}" alt="{escape(alt)}" loading="lazy"'
                ' class="w-border w-rounded">'
            )
        elif kind == "link":
            label, href = match.groups()
            out.append(f'<a href="{escape(href)}">{_inline(label)}</a>')
        elif kind == "code":
            out.append(f"<code>{escape(match.group(1))}</code>")
        else:
            out.append(f"<{kind}>{_inline(match.group(1))}</{kind}>")
        pos = match.end()
    out.append(escape(text[pos:]))
    return "".join(out)


def _list(lines: list[str]) -> str:
    ordered = bool(_LIST_ITEM.match(lines[0]).group(1))
    items: list[list[str]] = []
    for line in lines:
        if _LIST_ITEM.match(line):
            items.append([_LIST_ITEM.sub("", line, count=1)])
        else:
            items[-1].append(line.strip())
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{_inline(' '.join(item))}</li>" for item in items)
    return f"<{tag}>{body}</{tag}>"


def render_markdown(text: str) -> tuple[str, SafeString]:
    """The guide's title (its ``#`` heading) and the rest of it as HTML."""
    title, html = "", []
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        lines = block.splitlines()
        first = lines[0]
        heading = re.match(r"^(#{1,4})\s+(.*)$", first)
        if heading and len(lines) == 1:
            level = len(heading.group(1))
            if level == 1 and not title:
                title = heading.group(2).strip()
            else:
                text = _inline(heading.group(2).strip())
                html.append(f'<h{level} class="w-h{level} w-mt-8">{text}</h{level}>')
        elif re.match(r"^-{3,}$", first.strip()) and len(lines) == 1:
            html.append("<hr>")
        elif _LIST_ITEM.match(first):
            html.append(_list(lines))
        else:
            html.append(f"<p>{_inline(' '.join(line.strip() for line in lines))}</p>")
    return title, mark_safe("\n".join(html))
