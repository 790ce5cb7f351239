"""Settings for the test suite: base settings plus fast, isolated defaults.

DATABASE_URL still selects PostgreSQL, so CI runs the same suite on both.
"""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
os.environ.setdefault("EXTRA_ALLOWED_HOSTS", "localhost")

from cms.settings.base import *  # noqa: E402,F403  (settings modules layer by design)

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="kcms-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TENANT_SITE_PORT = 80
