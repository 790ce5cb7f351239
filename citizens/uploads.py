"""Checks on citizens' uploads: type by content, size, and image dimensions.

Only PDF, JPEG and PNG are accepted, recognised by their first bytes rather
than their names; images are also opened and verified with Pillow. Every
refusal is a ValidationError with a message a resident can act on.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image


@dataclass(frozen=True)
class FileKind:
    """An accepted file type."""

    extension: str
    content_type: str
    is_image: bool


PDF = FileKind("pdf", "application/pdf", is_image=False)
JPEG = FileKind("jpg", "image/jpeg", is_image=True)
PNG = FileKind("png", "image/png", is_image=True)
KINDS_BY_EXTENSION = {kind.extension: kind for kind in (PDF, JPEG, PNG)}

_SIGNATURES = [(b"%PDF-", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG)]


def max_upload_bytes() -> int:
    return getattr(settings, "CITIZEN_UPLOAD_MAX_BYTES", 5 * 1024 * 1024)


def max_image_pixels() -> int:
    return getattr(settings, "CITIZEN_UPLOAD_MAX_PIXELS", 40_000_000)


def detect_kind(head: bytes) -> FileKind | None:
    """The accepted kind whose signature ``head`` starts with, or None."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    return None


def check_upload(upload) -> FileKind:
    """Return the kind of ``upload`` (an UploadedFile) or raise ValidationError."""
    name = upload.name
    if upload.size > max_upload_bytes():
        raise ValidationError(
            _("Berkas %(name)s terlalu besar (%(size).1f MB). Batasnya %(max)d MB per berkas.")
            % {
                "name": name,
                "size": upload.size / 1024 / 1024,
                "max": max_upload_bytes() // (1024 * 1024),
            }
        )
    if upload.size == 0:
        raise ValidationError(_("Berkas %(name)s kosong.") % {"name": name})
    upload.seek(0)
    kind = detect_kind(upload.read(8))
    upload.seek(0)
    if kind is None:
        raise ValidationError(
            _("Berkas %(name)s bukan PDF, JPG, atau PNG. Unggah hasil pindaian atau foto dokumen.")
            % {"name": name}
        )
    if kind.is_image:
        _check_image(upload, name)
    return kind


def _check_image(upload, name: str) -> None:
    unreadable = ValidationError(
        _("Gambar %(name)s rusak atau tidak dapat dibaca. Coba foto ulang dokumennya.")
        % {"name": name}
    )
    try:
        with Image.open(upload) as image:
            width, height = image.size
            if width * height > max_image_pixels():
                raise ValidationError(
                    _(
                        "Gambar %(name)s terlalu besar (%(mp).0f megapiksel). Batasnya "
                        "%(max).0f megapiksel; perkecil ukuran foto lalu unggah lagi."
                    )
                    % {
                        "name": name,
                        "mp": width * height / 1_000_000,
                        "max": max_image_pixels() / 1_000_000,
                    }
                )
            image.verify()
    except ValidationError:
        raise
    except Image.DecompressionBombError:
        raise ValidationError(
            _("Gambar %(name)s terlalu besar. Perkecil ukuran foto lalu unggah lagi.")
            % {"name": name}
        ) from None
    except Exception:  # Pillow raises many types for damaged files
        raise unreadable from None
    finally:
        upload.seek(0)
