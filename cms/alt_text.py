"""The one rule for images on content pages: no publishing without alt text.

A page declares which of its image fields need alt text in
``BasePage.image_alt_fields`` as ``(image_field, alt_field)`` pairs;
``alt_field`` may be ``None`` when the only source of alt text is the image's
own ``description`` (filled in the image library or at upload). Images
inside StreamFields go through ``cms.blocks.AltTextImageBlock``, which
applies the same rule with the same wording.

Outside the admin form (code, a revision published later) the page checks
its StreamFields itself with ``stream_alt_text_errors``, since Wagtail
validates blocks only in the form.

Drafts may be saved without alt text: Wagtail's page form marks a "Simpan
draf" submission as deferred validation (``form.is_deferred_validation``),
``cms.forms.BasePageForm`` passes that on to the page, and this check then
stays silent. Publishing, submitting for moderation and any save of a live
page (``Page.save`` runs ``full_clean`` when ``live`` is True) run it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock

ALT_TEXT_EXAMPLE = _("Kepala desa menyerahkan bantuan beras kepada seorang ibu lanjut usia")


def image_alt_text(image, alt: str = "") -> str:
    """The alt text a reader gets for ``image``: ``alt`` if given, else its description."""
    if image is None:
        return ""
    return (alt or "").strip() or (getattr(image, "description", "") or "").strip()


def missing_alt_message(image_label, alt_label=None):
    """The Indonesian error for an image without alt text, naming where to write it."""
    if alt_label:
        return _(
            "%(image)s belum punya teks alternatif, jadi halaman belum bisa diterbitkan. "
            "Isi kolom “%(alt)s” dengan apa yang terlihat di foto, untuk warga tunanetra. "
            "Contoh: %(example)s."
        ) % {"image": image_label, "alt": alt_label, "example": ALT_TEXT_EXAMPLE}
    return _(
        "%(image)s belum punya teks alternatif, jadi halaman belum bisa diterbitkan. Buka "
        "gambar itu di menu Gambar dan isi kolom “Teks alternatif” dengan apa yang terlihat "
        "di foto. Contoh: %(example)s."
    ) % {"image": image_label, "example": ALT_TEXT_EXAMPLE}


def missing_alt_text_errors(instance, pairs) -> dict[str, ValidationError]:
    """Errors, keyed by form field, for each chosen image of ``instance`` lacking alt text.

    ``pairs`` is a sequence of ``(image_field, alt_field or None)``. The error
    goes on the alt field when there is one (that is where the operator
    types), else on the image field.
    """
    opts = instance._meta
    errors = {}
    for image_field, alt_field in pairs:
        if getattr(instance, f"{image_field}_id", None) is None:
            continue
        image = getattr(instance, image_field)
        alt = getattr(instance, alt_field) if alt_field else ""
        if image_alt_text(image, alt):
            continue
        image_label = str(opts.get_field(image_field).verbose_name).capitalize()
        alt_label = str(opts.get_field(alt_field).verbose_name) if alt_field else None
        errors[alt_field or image_field] = ValidationError(
            missing_alt_message(image_label, alt_label), code="missing_alt_text"
        )
    return errors


def _images_without_alt(block, value):
    """Yield each non-decorative image inside ``value`` (of ``block``) without alt text."""
    if value is None:
        return
    if isinstance(block, ImageBlock):
        alt = getattr(value, "contextual_alt_text", "") or ""
        if not getattr(value, "decorative", False) and not image_alt_text(value, alt):
            yield value
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _images_without_alt(child.block, child.value)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _images_without_alt(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _images_without_alt(block.child_block, item)


def stream_alt_text_errors(instance) -> dict[str, ValidationError]:
    """Errors, keyed by StreamField name, for images in ``instance``'s StreamFields lacking alt."""
    errors = {}
    for field in instance._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        missing = list(_images_without_alt(field.stream_block, getattr(instance, field.name)))
        if missing:
            errors[field.name] = ValidationError(
                _(
                    "%(count)s foto di “%(field)s” belum punya teks alternatif, jadi halaman "
                    "belum bisa diterbitkan. Buka foto itu dan isi kolom “Teks alternatif” "
                    "dengan apa yang terlihat di foto. Contoh: %(example)s."
                )
                % {"count": len(missing), "field": field.verbose_name, "example": ALT_TEXT_EXAMPLE},
                code="missing_alt_text",
            )
    return errors
