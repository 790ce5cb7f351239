"""The profile and contact pages every tenant starts with (``tenants.standard_pages``)."""

from django.utils.translation import gettext_lazy as _

from profiles.models import ContactPage, ProfilePage
from tenants.standard_pages import StandardPage

PAGES = [
    StandardPage(ProfilePage, "profil", _("Profil")),
    StandardPage(ContactPage, "kontak", _("Kontak")),
]
