"""The image form of the admin (``WAGTAILIMAGES_IMAGE_FORM_BASE``).

Kept apart from ``cms.forms``: importing Wagtail's image forms needs the
model registry ready, and ``cms.forms`` is imported while models load.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    """The image upload/edit form, also used by the chooser's upload tab.

    Wagtail's ``description`` field is what this project uses as an image's
    alt text, so it is labelled and explained as such: an operator who
    describes the photo once, at upload, never has to again on a page.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        description = self.fields.get("description")
        if description is not None:
            description.label = _("Teks alternatif (isi foto untuk tunanetra)")
            description.help_text = _(
                "Jelaskan apa yang terlihat di foto dalam satu kalimat; dipakai sebagai teks "
                "alternatif di semua halaman. Contoh: Warga bergotong royong membersihkan "
                "saluran air di depan balai desa."
            )
