"""Storage for citizens' uploads, outside MEDIA_ROOT and without any public URL.

Files live under ``settings.PRIVATE_MEDIA_ROOT`` and are read back only
through ``citizens.admin_views.serve_file``, which checks the staff member's
site permission. The location is read from the settings on every use, so tests
can point it at a temporary folder.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateStorage(FileSystemStorage):
    """A FileSystemStorage rooted at PRIVATE_MEDIA_ROOT whose ``url()`` always fails."""

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        # No URL: FileSystemStorage.url() raises for a storage without one.
        return None


private_storage = PrivateStorage()
