"""Images for demo content, drawn with Pillow so the demo needs no downloads.

Each image is a plain coloured picture with its caption written on it, so a
reader of the demo can tell it is a placeholder. ``demo_image`` is
idempotent: the same title in the same collection returns the same image.
"""

import io
import zlib

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

PALETTE = ["#2e7d32", "#1565c0", "#6a1b9a", "#ef6c00", "#00838f", "#ad1457", "#4e342e"]


def _colour_for(title: str) -> str:
    # A stable colour per title, so reruns draw the same picture.
    return PALETTE[zlib.crc32(title.encode()) % len(PALETTE)]


def draw_jpeg(title: str, size=(1200, 800)) -> bytes:
    """A JPEG of ``size`` in a colour derived from ``title``, with the title on it."""
    image = PILImage.new("RGB", size, _colour_for(title))
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.load_default(size=max(24, size[0] // 24))
    except TypeError:  # Pillow without scalable default font
        font = ImageFont.load_default()
    draw.rectangle([0, size[1] - size[1] // 5, size[0], size[1]], fill="#00000080")
    draw.text((size[0] // 20, size[1] - size[1] // 7), title, fill="white", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def demo_image(title: str, collection, *, size=(1200, 800), alt: str | None = None):
    """The demo image called ``title`` in ``collection``, created on first use."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    filename = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60] + ".jpg"
    image = Image(title=title, collection=collection)
    if hasattr(image, "description"):
        # Wagtail 6.3+ stores alt text as the image's description.
        image.description = alt or title
    image.file = ImageFile(io.BytesIO(draw_jpeg(title, size)), name=filename)
    image.save()
    return image
