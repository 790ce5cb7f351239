"""Draw a demo organisation chart with Pillow: boxes with positions and names.

The chart shows the same people as the officials list, so the list is a true
text version of it. ``org_chart_image`` is idempotent: the same title in the
same collection returns the image made the first time.
"""

import io
import textwrap

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

WIDTH = 1200
BOX_W, BOX_H = 270, 96
GAP_X, GAP_Y = 24, 48
MARGIN = 40
PER_ROW = 4
INK, LINE, BOX_FILL, TOP_FILL = "#1a1a1a", "#555555", "#f1f5f1", "#dcebdc"


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without the scalable default font
        return ImageFont.load_default()


def _box(draw, x: int, y: int, position: str, name: str, fill: str) -> None:
    """One box at (x, y): the position wrapped on top, the name underneath."""
    draw.rectangle([x, y, x + BOX_W, y + BOX_H], fill=fill, outline=LINE, width=2)
    lines = textwrap.wrap(position, 28)[:2] + [name]
    fonts = [_font(17)] * (len(lines) - 1) + [_font(18)]
    top = y + (BOX_H - 22 * len(lines)) // 2
    for i, (line, font) in enumerate(zip(lines, fonts, strict=True)):
        draw.text((x + BOX_W // 2, top + 22 * i), line, fill=INK, font=font, anchor="ma")


def draw_org_chart(heading: str, leader: tuple[str, str], staff: list[tuple[str, str]]) -> bytes:
    """A PNG chart: ``leader`` (position, name) on top, ``staff[0]`` below, the rest in rows."""
    rows = [[leader]]
    if staff:
        rows.append([staff[0]])
        rest = staff[1:]
        rows += [rest[i : i + PER_ROW] for i in range(0, len(rest), PER_ROW)]
    height = MARGIN * 2 + 50 + len(rows) * BOX_H + (len(rows) - 1) * GAP_Y
    image = PILImage.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    draw.text((WIDTH // 2, MARGIN), heading, fill=INK, font=_font(24), anchor="ma")
    y = MARGIN + 50
    parent: tuple[int, int] | None = None  # (centre x, bottom y) of the box above
    for row_index, row in enumerate(rows):
        row_w = len(row) * BOX_W + (len(row) - 1) * GAP_X
        x0 = (WIDTH - row_w) // 2
        centres = [x0 + i * (BOX_W + GAP_X) + BOX_W // 2 for i in range(len(row))]
        if parent is not None:
            # A trunk down from the parent box, a bar across the row, a line into each box.
            # PER_ROW is even, so the trunk passes between two boxes of any full row.
            bar_y = y - GAP_Y // 2
            draw.line([parent[0], parent[1], parent[0], bar_y], fill=LINE, width=2)
            draw.line([min(centres + [parent[0]]), bar_y, max(centres), bar_y], fill=LINE, width=2)
            for cx in centres:
                draw.line([cx, bar_y, cx, y], fill=LINE, width=2)
        for (position, name), cx in zip(row, centres, strict=True):
            _box(draw, cx - BOX_W // 2, y, position, name, TOP_FILL if row_index == 0 else BOX_FILL)
        if len(row) == 1:
            # The leader, then the secretary: each is the parent of every row below.
            parent = (centres[0], y + BOX_H)
        y += BOX_H + GAP_Y
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def org_chart_image(title: str, collection, *, alt: str, heading: str, leader, staff):
    """The chart image called ``title`` in ``collection``, drawn on first use."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    filename = "".join(ch if ch.isalnum() else "-" for ch in title.lower())[:60] + ".png"
    image = Image(title=title, collection=collection, description=alt)
    image.file = ImageFile(io.BytesIO(draw_org_chart(heading, leader, staff)), name=filename)
    image.save()
    return image
