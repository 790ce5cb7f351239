"""Bar charts drawn on the server as inline SVG: no JavaScript, no inline style.

Colours and sizes are SVG presentation attributes, which the site's
Content-Security-Policy allows (it forbids ``style`` attributes without a
nonce). Each chart carries its numbers as text, and the page puts the same
numbers in a data table beside it for screen readers and copying.
"""

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import mark_safe

WIDTH = 640
LABEL_WIDTH = 230
VALUE_WIDTH = 110
BAR_HEIGHT = 14
BAR_GAP = 2
ROW_GAP = 10
TOP = 24  # room for the legend
COLOURS = ("#1b5e20", "#e07b00", "#1f4e9a")


@dataclass(frozen=True)
class Series:
    """One set of bars: its name in the legend and the key of its value in each row."""

    label: str
    key: str


def format_number(value) -> str:
    """``1234567`` as ``1.234.567``, the Indonesian way."""
    if value is None:
        return "–"
    return f"{int(value):,}".replace(",", ".")


def bar_chart(chart_id: str, title: str, rows: list[dict], series: list[Series]) -> str:
    """A horizontal bar chart of ``rows`` (each with ``label`` and one value per series).

    Returns safe SVG markup. Bars are scaled to the largest value in the
    chart; each bar is followed by its value as text.
    """
    largest = max((row[s.key] for row in rows for s in series), default=0) or 1
    bar_area = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    group_height = len(series) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
    height = TOP + len(rows) * (group_height + ROW_GAP)
    parts = []
    for index, s in enumerate(series):
        x = LABEL_WIDTH + index * 150
        parts.append(
            format_html(
                '<rect x="{}" y="4" width="12" height="12" fill="{}"/>'
                '<text x="{}" y="15" font-size="12">{}</text>',
                x,
                COLOURS[index % len(COLOURS)],
                x + 16,
                s.label,
            )
        )
    for row_index, row in enumerate(rows):
        y = TOP + row_index * (group_height + ROW_GAP)
        parts.append(
            format_html(
                '<text x="{}" y="{}" font-size="12" text-anchor="end">{}</text>',
                LABEL_WIDTH - 8,
                y + group_height / 2 + 4,
                row["label"],
            )
        )
        for index, s in enumerate(series):
            value = row[s.key] or 0
            bar_y = y + index * (BAR_HEIGHT + BAR_GAP)
            width = round(bar_area * value / largest, 1)
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'
                    '<text x="{}" y="{}" font-size="11">{}</text>',
                    LABEL_WIDTH,
                    bar_y,
                    width,
                    BAR_HEIGHT,
                    COLOURS[index % len(COLOURS)],
                    LABEL_WIDTH + width + 4,
                    bar_y + BAR_HEIGHT - 3,
                    format_number(value),
                )
            )
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" '
        'role="img" aria-labelledby="{}-judul" font-family="sans-serif" fill="#222">'
        '<title id="{}-judul">{}</title>{}</svg>',
        WIDTH,
        height,
        chart_id,
        chart_id,
        title,
        mark_safe("".join(parts)),  # each part was built with format_html
    )
