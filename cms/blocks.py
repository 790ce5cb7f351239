"""The shared StreamField block library.

Every page body uses ``BaseStreamBlock`` so that operators meet the same few,
plainly named blocks everywhere. Each block renders from
``frontend_templates/blocks/`` and has an icon, a label and a preview value.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from cms.alt_text import ALT_TEXT_EXAMPLE


class AltTextImageBlock(ImageBlock):
    """An image with alt text, labelled in Indonesian; every image block uses this one.

    Publishing needs alt text, typed here or taken from the image's
    description (filled in the image library or at upload), unless the
    operator marks the image as decorative. A draft may be saved without it:
    Wagtail defers this check on "Simpan draf" (``is_deferred_validation``).
    """

    def __init__(self, required=True, **kwargs):
        # ImageBlock hard-codes English child labels; build the same three children
        # with Indonesian labels and help (same names, so stored data and JS still fit).
        blocks.StructBlock.__init__(
            self,
            [
                ("image", ImageChooserBlock(required=required, label=_("Foto"))),
                (
                    "decorative",
                    blocks.BooleanBlock(
                        default=False,
                        required=False,
                        label=_("Foto hiasan saja"),
                        help_text=_(
                            "Centang hanya bila foto tidak memberi informasi apa pun. Contoh: "
                            "garis ornamen atau latar bermotif."
                        ),
                    ),
                ),
                (
                    "alt_text",
                    blocks.CharBlock(
                        required=False,
                        label=_("Teks alternatif"),
                        help_text=_(
                            "Apa yang terlihat di foto, untuk warga tunanetra. Contoh: %(example)s"
                        )
                        % {"example": ALT_TEXT_EXAMPLE},
                    ),
                ),
            ],
            **kwargs,
        )

    def clean(self, value):
        """Fill empty alt text from the image's description; refuse an image with neither."""
        decorative = getattr(value, "decorative", False)
        if value is not None and not decorative and not getattr(value, "contextual_alt_text", ""):
            value.contextual_alt_text = (getattr(value, "description", "") or "").strip()
        try:
            return super().clean(value)
        except StructBlockValidationError as error:
            if "alt_text" not in error.block_errors:
                raise
            raise StructBlockValidationError(
                block_errors={
                    **error.block_errors,
                    "alt_text": ValidationError(
                        _(
                            "Foto ini belum punya teks alternatif, jadi halaman belum bisa "
                            "diterbitkan. Isi kolom “Teks alternatif” dengan apa yang terlihat "
                            "di foto. Contoh: %(example)s."
                        )
                        % {"example": ALT_TEXT_EXAMPLE}
                    ),
                }
            ) from error


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
        kwargs.setdefault(
            "help_text",
            _(
                "Tulis dengan kalimat biasa; tebalkan hanya yang penting. Contoh: Pendaftaran "
                "dibuka sampai 30 Desember di kantor desa."
            ),
        )
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraf")
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Kantor buka Senin sampai Jumat, pukul 08.00–15.00 WIB.</p>"


class FigureBlock(blocks.StructBlock):
    """An image with required alt text and an optional caption."""

    image = AltTextImageBlock(
        label=_("Foto"),
        help_text=_("Pilih atau unggah foto, lalu isi teks alternatifnya."),
    )
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

    text = blocks.TextBlock(
        label=_("Kutipan"),
        help_text=_("Kalimat persis seperti yang diucapkan. Contoh: Pelayanan KTP kini gratis."),
    )
    attribution = blocks.CharBlock(
        required=False,
        label=_("Disampaikan oleh"),
        help_text=_("Nama dan jabatan. Contoh: Budi Santoso, Kepala Desa Karangan"),
    )

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
