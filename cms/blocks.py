"""The shared StreamField block library.

Every page body uses ``BaseStreamBlock`` so that operators meet the same few,
plainly named blocks everywhere. Each block renders from
``frontend_templates/blocks/`` and has an icon, a label and a preview value.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading (h2 or h3), so the page has a readable outline."""

    text = blocks.CharBlock(label=_("Judul bagian"), help_text=_("Contoh: Jam pelayanan kantor"))
    size = blocks.ChoiceBlock(
        choices=[("h2", _("Besar")), ("h3", _("Sedang"))],
        default="h2",
        label=_("Ukuran"),
    )

    class Meta:
        icon = "title"
        label = _("Judul bagian")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Jam pelayanan kantor", "size": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    """Formatted text with the few features an operator needs."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul", "document-link"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraf")
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Kantor buka Senin sampai Jumat, pukul 08.00–15.00 WIB.</p>"


class FigureBlock(blocks.StructBlock):
    """An image with required alt text and an optional caption."""

    image = ImageBlock(label=_("Foto"))
    caption = blocks.CharBlock(
        required=False,
        label=_("Keterangan foto"),
        help_text=_("Contoh: Musyawarah desa di balai desa, Maret 2026"),
    )

    class Meta:
        icon = "image"
        label = _("Foto")
        template = "blocks/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    """A short quotation with who said it."""

    text = blocks.TextBlock(label=_("Kutipan"))
    attribution = blocks.CharBlock(required=False, label=_("Disampaikan oleh"))

    class Meta:
        icon = "openquote"
        label = _("Kutipan")
        template = "blocks/quote_block.html"
        preview_value = {"text": "Melayani dengan hati.", "attribution": "Camat"}


class BaseStreamBlock(blocks.StreamBlock):
    """The body blocks every content page offers."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    quote = QuoteBlock()
