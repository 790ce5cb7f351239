"""Record types of the demo news and announcements, and the blocks they become.

DEMO DATA: plausible texts, not real events.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.html import escape

DEMO_NOTE = "<p><i>Catatan: berita ini adalah contoh untuk demo, bukan berita resmi.</i></p>"
DEMO_NOTE_ANNOUNCEMENT = (
    "<p><i>Catatan: pengumuman ini adalah contoh untuk demo, bukan pengumuman resmi.</i></p>"
)


def paragraph(html: str) -> dict:
    """A paragraph block's raw data."""
    return {"type": "paragraph", "value": html}


def quote(text: str, attribution: str) -> dict:
    """A quote block's raw data."""
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


@dataclass(frozen=True)
class DemoNews:
    """One demo article.

    ``paragraphs`` are plain sentences (escaped when turned into blocks);
    ``photo`` is the title of the placeholder image, drawn on it;
    ``photo_alt`` becomes the image's description, i.e. its alt text.
    A ``quote`` of ``(text, attribution)`` goes after the first paragraph.
    """

    slug: str
    title: str
    date: datetime.date
    category: str
    summary: str
    paragraphs: tuple[str, ...]
    photo: str
    photo_alt: str
    caption: str
    quote: tuple[str, str] | None = None

    def body(self) -> list[dict]:
        """The article's body as StreamField raw data, ending with the demo note."""
        blocks = [paragraph(f"<p>{escape(text)}</p>") for text in self.paragraphs]
        if self.quote:
            blocks.insert(1, quote(*self.quote))
        return [*blocks, paragraph(DEMO_NOTE)]

    def fields(self) -> dict:
        """Page fields other than the lead image, as ``apply_page`` compares them."""
        return {
            "title": self.title,
            "date": self.date,
            "category": self.category,
            "summary": self.summary,
            "lead_image_alt": "",
            "lead_image_caption": self.caption,
            "body": self.body(),
        }


@dataclass(frozen=True)
class DemoAnnouncement:
    """One demo announcement; ``attachment`` is ``(title, lines)`` of a PDF to draw."""

    slug: str
    title: str
    date: datetime.date
    paragraphs: tuple[str, ...]
    valid_until: datetime.date | None = None
    attachment: tuple[str, tuple[str, ...]] | None = None
    items: tuple[str, ...] = field(default=())

    def body(self) -> list[dict]:
        """The text as StreamField raw data; ``items`` become a bulleted list."""
        blocks = [paragraph(f"<p>{escape(text)}</p>") for text in self.paragraphs]
        if self.items:
            bullets = "".join(f"<li>{escape(item)}</li>" for item in self.items)
            blocks.insert(1, paragraph(f"<ul>{bullets}</ul>"))
        return [*blocks, paragraph(DEMO_NOTE_ANNOUNCEMENT)]

    def fields(self) -> dict:
        """Page fields other than the attachment, as ``apply_page`` compares them."""
        return {
            "title": self.title,
            "date": self.date,
            "valid_until": self.valid_until,
            "body": self.body(),
        }
