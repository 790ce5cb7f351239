"""The photo block of a gallery album: an image with required alt text and a caption."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms.blocks import AltTextImageBlock


class PhotoBlock(blocks.StructBlock):
    """One photo of an album.

    ``AltTextImageBlock`` refuses to publish a photo without alt text (typed
    here or the image's description) unless it is marked decorative, so every
    photo can be described to a screen-reader user.
    """

    image = AltTextImageBlock(
        label=_("Foto"),
        help_text=_(
            "Isi teks alternatif: jelaskan isi foto untuk pembaca tunanetra. Contoh: Warga "
            "memanen ikan patin dari kolam dengan jaring."
        ),
    )
    caption = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Keterangan foto"),
        help_text=_("Tampil di bawah foto. Contoh: Panen perdana kolam BUMDes, Oktober 2026"),
    )

    class Meta:
        icon = "image"
        label = _("Foto")
        template = "gallery/blocks/photo_block.html"


class PhotoStreamBlock(blocks.StreamBlock):
    """The photos of an album, in the order they are shown."""

    photo = PhotoBlock()

    class Meta:
        min_num = 1
