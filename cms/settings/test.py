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
# Siblings of the temporary MEDIA_ROOT, created only when something is written.
PRIVATE_MEDIA_ROOT = f"{MEDIA_ROOT}-private"
BACKUP_DIR = f"{MEDIA_ROOT}-backups"
# No collectstatic in tests: whitenoise finds static files in place, as in the demo.
# USE_FINDERS: a clean clone has no STATIC_ROOT, so look in the apps' folders.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The anonymous page and API caches are off in tests, so that a test changing
# data without a publish sees it; tests/pagecache/ and tests/api/test_cache.py
# turn them on where they are under test.
PAGECACHE_SECONDS = PAGECACHE_FRAGMENT_SECONDS = API_RESPONSE_CACHE_SECONDS = 0
TENANT_SITE_PORT = 80
# The webhook tests' receiver listens on 127.0.0.1.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = True
