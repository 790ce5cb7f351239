"""Project settings, read from the environment with secure defaults.

Every variable read here is documented in ``.env.example``. The defaults are
the safe ones: DEBUG is off, and without DEBUG a SECRET_KEY must be given.
The demo (``make demo``) turns DEBUG on explicitly.
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def getenv_bool(name: str, default: bool = False) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def getenv_int(name: str, default: int) -> int:
    """Read a whole-number environment variable; empty means ``default``."""
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def getenv_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list of trimmed items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# DJANGO_DEBUG: show tracebacks and serve media from runserver. Never in production.
DEBUG = getenv_bool("DJANGO_DEBUG", False)

# SECRET_KEY: signs sessions and tokens. Required unless DEBUG is on.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DJANGO_DEBUG is off. See .env.example."
        )
    SECRET_KEY = "insecure-debug-only-key-do-not-use-in-production"

# Host checking is done per request by tenants.middleware.KnownHostMiddleware,
# against the hostnames of the Wagtail Sites in the database, because the set
# of sites changes at run time (onboarding) and Django's ALLOWED_HOSTS cannot.
# That middleware answers 400 for any other Host, so Django's own check is
# opened here on purpose.
ALLOWED_HOSTS = ["*"]

# EXTRA_ALLOWED_HOSTS: hostnames accepted besides the Sites' own; they are
# served the default site. "localhost" lets the demo answer at
# http://localhost:8000/. Set it empty in production.
EXTRA_ALLOWED_HOSTS = getenv_list("EXTRA_ALLOWED_HOSTS", "localhost")

# CSRF_TRUSTED_ORIGINS: origins allowed to POST over HTTPS when behind a proxy,
# e.g. "https://*.rkt.example". Comma-separated.
CSRF_TRUSTED_ORIGINS = getenv_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "tenants",
    "services",
    "news",
    "events",
    "gallery",
    "profiles",
    "regulations",
    "umkm",
    "villagedata",
    "notices",
    "citizens",
    "access",
    "api",
    "ops",
    "pagecache",
    "frontend",
    "dashboard",
    "webhooks",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v2",
    "rest_framework",
    "drf_spectacular",
    "corsheaders",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Task queue for webhooks: django_tasks (Wagtail's tasks backport) and its
    # database backend, worked by `manage.py db_worker --backend webhooks`.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # Outermost: turns a database outage anywhere below into a friendly 503.
    "ops.middleware.DatabaseUnavailableMiddleware",
    # Next, so that an unknown Host never reaches any view or Wagtail's
    # default-site fallback.
    "tenants.middleware.KnownHostMiddleware",
    # URLs built without the request while serving it share its site-root index.
    "tenants.middleware.RequestSiteRootsMiddleware",
    # A NUL in the query string is a 400 here, never an SQL error below.
    "cms.middleware.NullCharacterMiddleware",
    # Gzip for anonymous public pages only (never a response with a CSRF token
    # or a session: BREACH). Outside the page cache, which stores plain bodies.
    "frontend.compression.PublicPageGZipMiddleware",
    # Anonymous full-page cache: right after the request checks, so a hit skips
    # every other middleware; headers they add are stored with the page.
    "pagecache.middleware.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Serves collected static files with far-future caching (see STORAGES).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.middleware.PublicContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before CommonMiddleware, so that CORS preflights get their headers.
    "corsheaders.middleware.CorsMiddleware",
    # The content API's anonymous response cache, Cache-Control, ETag and
    # Last-Modified, and 304s answered before any view runs. Inside CORS, so
    # every answer (a hit, a 304) gets the CORS headers of its own Origin.
    "api.http.ApiHttpMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # user.is_verified(): has this session passed the second login step?
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Sends admin users to the second login step until it is done.
    "access.twofactor.TwoFactorMiddleware",
    # Refuses admin URLs naming another tenant's page or object.
    "access.middleware.AdminIsolationMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "frontend_templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "django.template.context_processors.csp",
            ],
        },
    },
]

# DATABASE_URL: e.g. postgres://user:pass@127.0.0.1:5432/kecamatan. Empty means
# a SQLite file at SQLITE_PATH (default ./db.sqlite3), for a first run anywhere.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    # Health checks drop a connection that died while idle (database restart,
    # failover) instead of failing the next request with it.
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            # Without a busy timeout, a second writer fails at once with
            # "database is locked" instead of waiting its turn.
            "OPTIONS": {"timeout": 20},
        }
    }
IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URL: e.g. redis://127.0.0.1:6379/0. Empty means a per-process memory cache.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # RedisCache that degrades to "no cache" (and logs) while Redis is down.
            "BACKEND": "ops.cache.FaultTolerantRedisCache",
            "LOCATION": REDIS_URL,
            # Fail fast when Redis is unreachable rather than hang a worker.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "kcms"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# django-axes counts failed logins first; Django's model backend checks passwords.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# AXES_FAILURE_LIMIT: wrong passwords in a row before a username is locked out
# from that address (a shared office connection does not lock out colleagues).
AXES_FAILURE_LIMIT = getenv_int("AXES_FAILURE_LIMIT", 5)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# AXES_COOLOFF_MINUTES: how long a lockout lasts; `manage.py axes_reset` ends it early.
AXES_COOLOFF_TIME = datetime.timedelta(minutes=getenv_int("AXES_COOLOFF_MINUTES", 30))
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "cms.clientip.client_ip"
AXES_LOCKOUT_CALLABLE = "access.throttling.lockout_response"

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_DIRS = [BASE_DIR / "frontend_templates" / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
# MEDIA_ROOT: where uploaded images and documents are stored on disk.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# SERVE_MEDIA: Django itself serves MEDIA_ROOT at /media/, as nginx does in
# production (frontend.views.media). For the demo and development; on with DEBUG.
SERVE_MEDIA = getenv_bool("SERVE_MEDIA", DEBUG)
# PRIVATE_MEDIA_ROOT: files that must never be served by URL (citizens'
# uploads). Outside MEDIA_ROOT on purpose, and always on local disk.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"))
# CITIZEN_UPLOAD_RETENTION_DAYS: days after a complaint or request is closed
# before `manage.py purge_citizen_uploads` deletes its uploaded files.
CITIZEN_UPLOAD_RETENTION_DAYS = int(os.environ.get("CITIZEN_UPLOAD_RETENTION_DAYS", "90"))
# CITIZEN_COMPLAINT_LATE_DAYS: days a complaint may stay open (not done or
# rejected) before the inbox and "Pantauan desa" mark it late ("terlambat").
# Two weeks by default; requests are late by their service's own time standard.
CITIZEN_COMPLAINT_LATE_DAYS = getenv_int("CITIZEN_COMPLAINT_LATE_DAYS", 14)
# CITIZEN_RATE_LIMITS: per IP and hour, public submissions and tracking-code lookups.
CITIZEN_RATE_LIMITS = {
    "submit": int(os.environ.get("CITIZEN_SUBMITS_PER_HOUR", "10")),
    "lookup": int(os.environ.get("CITIZEN_LOOKUPS_PER_HOUR", "60")),
}

# OPENSID_MESSAGE_CHECKS_PER_MINUTE: per OpenSID key, calls of /api/v1/pesan/getpesan
# (OpenSID's dashboard makes one on every load); more get a JSON 429.
OPENSID_MESSAGE_CHECKS_PER_MINUTE = int(os.environ.get("OPENSID_MESSAGE_CHECKS_PER_MINUTE", "60"))

# Static files: whitenoise serves them from STATIC_ROOT with hashed names,
# compressed copies and far-future caching, so no nginx rule is needed (a CDN
# in front caches them forever). The manifest needs `collectstatic`; with
# DEBUG on (the demo) files are found in place instead.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Media on S3-compatible storage (AWS S3, MinIO, Wasabi, IDCloudHost…) when a
# bucket is named; several app nodes then share one media store.
# AWS_STORAGE_BUCKET_NAME: the bucket. Empty: media stay on disk at MEDIA_ROOT.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            # AWS_S3_ENDPOINT_URL: the provider's API address; empty for AWS itself.
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            # AWS_S3_REGION_NAME: the bucket's region, e.g. ap-southeast-3 (Jakarta).
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY: credentials; empty uses
            # the machine's role or ~/.aws, as boto3 does.
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            # AWS_S3_CUSTOM_DOMAIN: a CDN hostname serving the bucket, e.g.
            # media.example.id; media URLs then point there.
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Images are public (the bucket policy allows anonymous reads of
            # images/ and original_images/ only): plain, cacheable URLs.
            # Documents are never linked by URL (WAGTAILDOCS_SERVE_METHOD).
            # No per-object ACL is sent: the bucket policy decides.
            "querystring_auth": False,
            # Never overwrite an upload that has the same name.
            "file_overwrite": False,
        },
    }

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Security headers. The public site gets a strict Content-Security-Policy
# (no inline script at all; inline style only with the per-request nonce).
# The Wagtail admin is left without one: it relies on inline scripts.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.SELF],
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
# DENY: nothing frames our pages. Wagtail's preview views set SAMEORIGIN on
# their own responses (xframe_options_sameorigin_override), so the admin's
# preview panel still works.
X_FRAME_OPTIONS = "DENY"

# HTTPS. All default to off so that a plain-HTTP first run works; the
# production values are in .env.example and `check --deploy` is clean with them.
# SECURE_SSL_REDIRECT: redirect http:// to https:// (leave off if nginx does it).
SECURE_SSL_REDIRECT = getenv_bool("SECURE_SSL_REDIRECT", False)
# Load balancers probe the health endpoints over plain HTTP by IP address.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
# SECURE_HSTS_SECONDS: how long browsers must use HTTPS only (0: no HSTS header).
SECURE_HSTS_SECONDS = getenv_int("SECURE_HSTS_SECONDS", 0)
# SECURE_HSTS_INCLUDE_SUBDOMAINS: HSTS also for subdomains (the villages' sites).
SECURE_HSTS_INCLUDE_SUBDOMAINS = getenv_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
# SECURE_HSTS_PRELOAD: allow submitting the domain to browsers' preload list.
SECURE_HSTS_PRELOAD = getenv_bool("SECURE_HSTS_PRELOAD", False)
# SECURE_COOKIES: session and CSRF cookies only over HTTPS. On unless DEBUG.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = getenv_bool("SECURE_COOKIES", not DEBUG)
# BEHIND_PROXY: trust X-Forwarded-Proto from nginx or the load balancer to tell
# HTTPS requests. Only when the app port is unreachable except through it.
BEHIND_PROXY = getenv_bool("BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# TRUSTED_PROXY_HOPS: how many proxies in front of the app append the client
# address to X-Forwarded-For (nginx alone: 1; a load balancer in front of
# nginx: 2). Rate limits, login lockouts and audit logs use that hop from the
# right (cms.clientip). Default: 1 with BEHIND_PROXY, else 0 (socket address).
TRUSTED_PROXY_HOPS = getenv_int("TRUSTED_PROXY_HOPS", 1 if BEHIND_PROXY else 0)

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "CMS Kecamatan")
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
# Wagtail's login form with a translatable password label (cms/admin_login.py).
WAGTAILADMIN_USER_LOGIN_FORM = "cms.admin_login.LoginForm"
# WAGTAILADMIN_BASE_URL: the admin's own address, used in notification emails.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
# No avatars from gravatar.com: each admin page would send every listed
# user's email hash to a third party, and the images break offline. Wagtail
# then shows its own default avatar (or a user's uploaded one).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Autosave off: on a new page, an autosave still in flight when the operator
# presses "Terbitkan" creates the page, and the publish then fails with "slug
# already in use" (found by tests/browser/test_operator_guide.py; wider on a
# slow connection). Wagtail still warns before leaving unsaved changes.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Documents are always streamed by Django at /documents/<id>/<file>, never a
# redirect to the storage's URL: that view is where a collection's login or
# password restriction and the host check (access.wagtail_hooks) run, so the
# file itself can stay private, on disk or in the bucket (docs/deploy.md).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# The image form labels the image's description as its alt text (also in the chooser upload).
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.image_forms.ImageForm"

# Search: Wagtail's database backend (PostgreSQL FTS or SQLite FTS5), through
# cms.search_backend, which cleans the search text first so a typed quote or
# NUL is never an SQL error. On PostgreSQL it uses the "indonesian"
# text-search configuration, so "pelayanan" also finds "layanan".
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.search_backend"}}
if IS_POSTGRES:
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "indonesian"
    # Wagtail's PostgreSQL index uses SearchVectorField and GinIndex, whose
    # system checks (run by `migrate`) require django.contrib.postgres.
    INSTALLED_APPS.append("django.contrib.postgres")

# Background tasks (django_tasks, the backport Wagtail 8 uses). Wagtail's own
# tasks keep running in the request ("default": immediate, as without this
# setting); webhook deliveries go to a database queue that the worker
# `manage.py db_worker --backend webhooks` sends, never the publishing request.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# WEBHOOK_TIMEOUT_SECONDS: connect/read timeout of one webhook attempt.
WEBHOOK_TIMEOUT_SECONDS = float(os.environ.get("WEBHOOK_TIMEOUT_SECONDS", "5"))
# WEBHOOK_ALLOW_PRIVATE_ADDRESSES: send webhooks to loopback, private and
# link-local addresses too (a receiver on this machine or the LAN). Off in
# production, so an endpoint cannot reach internal services; on with DEBUG.
WEBHOOK_ALLOW_PRIVATE_ADDRESSES = getenv_bool("WEBHOOK_ALLOW_PRIVATE_ADDRESSES", DEBUG)

# TENANT_SITE_PORT: the port written into new Sites by onboarding. 443 makes
# Wagtail build https:// links; the demo uses 8000.
TENANT_SITE_PORT = int(os.environ.get("TENANT_SITE_PORT", "443"))

REST_FRAMEWORK = {
    # Endpoints open themselves up explicitly; nothing is public by accident.
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAdminUser"],
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}

# The content API (api/). Rich text goes out as display HTML (links resolved),
# never as Wagtail's internal database HTML.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
# API_LIMIT_MAX: the largest ?limit= a listing accepts; more is a 400.
WAGTAILAPI_LIMIT_MAX = int(os.environ.get("API_LIMIT_MAX", "100"))
# API_CACHE_SECONDS: max-age of anonymous API reads (Cache-Control).
API_CACHE_SECONDS = int(os.environ.get("API_CACHE_SECONDS", "60"))
# API_PREVIEW_TOKEN_SECONDS: how long a headless preview token stays valid.
API_PREVIEW_TOKEN_SECONDS = int(os.environ.get("API_PREVIEW_TOKEN_SECONDS", "600"))
# API_PREVIEW_URL: the decoupled frontend's preview address; "{token}" is
# replaced by the token. Empty: the admin shows the API address instead.
API_PREVIEW_URL = os.environ.get("API_PREVIEW_URL", "")
# API_CORS_ALLOWED_ORIGINS: origins whose browsers may read the API, e.g.
# "https://app.example.id". Comma-separated; empty allows none.
CORS_ALLOWED_ORIGINS = getenv_list("API_CORS_ALLOWED_ORIGINS")
# Not /api/v1/: OpenSID's pushes there are server to server, and its one
# browser call, auth/login, answers CORS itself (villagedata.login).
CORS_URLS_REGEX = r"^/api/(?!v1/).*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
SPECTACULAR_SETTINGS = {
    "TITLE": "API Konten CMS Kecamatan",
    "DESCRIPTION": (
        "Read-only content API of the kecamatan and village sites: pages, images, "
        "documents, the tenant directory, the PATEN service catalogue and news."
    ),
    "VERSION": "2",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v2",
    "COMPONENT_SPLIT_REQUEST": True,
    "PREPROCESSING_HOOKS": ["api.schema.only_public_api"],
    # drf-spectacular's own enum hook, then a documented 400 on every operation.
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.every_operation_may_refuse_bad_input",
    ],
    # Several payloads have a "kind": name each choice set, or the schema
    # gets generated names like "KindC37Enum".
    "ENUM_NAME_OVERRIDES": {
        "TenantKindEnum": ["kecamatan", "kelurahan", "desa"],
        "ServiceKindEnum": "services.models.service.ServiceKind",
    },
}

# Mail goes to the console in DEBUG and to an SMTP server otherwise.
# EMAIL_HOST / EMAIL_PORT: that SMTP server (default localhost:25).
if DEBUG:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ.get("EMAIL_HOST", "localhost"),
                "port": int(os.environ.get("EMAIL_PORT", "25")),
            },
        }
    }
# DEFAULT_FROM_EMAIL: the sender address of notification and tracking emails.
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")

# Backups (`manage.py backup`, `run_scheduled_jobs`; see docs/deploy.md).
# BACKUP_DIR: where archives are written. Copy them off the server too.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))
# BACKUP_KEEP: how many archives the scheduled backup keeps; older ones go.
BACKUP_KEEP = getenv_int("BACKUP_KEEP", 14)

# FRONTEND_CACHE_PURGE_URL: an nginx (ngx_cache_purge) or Varnish address that
# accepts HTTP PURGE, e.g. http://127.0.0.1:8080. When set, publishing or
# unpublishing a page purges its URLs there at once. Empty: no purging.
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

# FRONTEND_CACHE_CLOUDFLARE_TOKEN / FRONTEND_CACHE_CLOUDFLARE_ZONEID: a
# Cloudflare API token with "Zone > Cache Purge" and the zone's id. When both
# are set, publishing or unpublishing a page also purges it on Cloudflare.
FRONTEND_CACHE_CLOUDFLARE_TOKEN = os.environ.get("FRONTEND_CACHE_CLOUDFLARE_TOKEN", "")
FRONTEND_CACHE_CLOUDFLARE_ZONEID = os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID", "")
if FRONTEND_CACHE_CLOUDFLARE_TOKEN and FRONTEND_CACHE_CLOUDFLARE_ZONEID:
    if "wagtail.contrib.frontend_cache" not in INSTALLED_APPS:
        INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        **(WAGTAILFRONTENDCACHE if FRONTEND_CACHE_PURGE_URL else {}),
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": FRONTEND_CACHE_CLOUDFLARE_TOKEN,
            "ZONEID": FRONTEND_CACHE_CLOUDFLARE_ZONEID,
        },
    }

# Anonymous full-page cache (pagecache/), in the default cache above.
# PAGECACHE_SECONDS: the longest a cached public page is served without being
# re-rendered; publishing invalidates it at once anyway. 0 turns it off.
PAGECACHE_SECONDS = getenv_int("PAGECACHE_SECONDS", 600)
# PAGECACHE_FRAGMENT_SECONDS: the same for the cached sections of home pages
# (news, agenda, services…), used when the full page is not served from cache.
PAGECACHE_FRAGMENT_SECONDS = getenv_int("PAGECACHE_FRAGMENT_SECONDS", PAGECACHE_SECONDS)
# API_RESPONSE_CACHE_SECONDS: the same for anonymous content API responses
# (api/cache.py), invalidated by the same per-site generations. 0 turns the
# API's cache off, and its ETags are then hashes of the rendered body.
API_RESPONSE_CACHE_SECONDS = getenv_int("API_RESPONSE_CACHE_SECONDS", PAGECACHE_SECONDS)
# Never cached: admin, API (it has its own ETag/Cache-Control), citizens'
# forms and tracking, documents (may be private), health checks, the bench view.
PAGECACHE_EXCLUDE_PREFIXES = [
    "/admin/",
    "/api/",
    "/warga/",
    "/documents/",
    "/healthz",
    "/readyz",
    "/_bench/",
    "/static/",
    "/media/",
]
# BENCH_BARE_VIEW: mount the benchmark's bare "hello" view at /_bench/bare/.
# Only bench/run.py sets it; leave it off everywhere else.
BENCH_BARE_VIEW = getenv_bool("BENCH_BARE_VIEW", False)
# A request carrying one of these cookies (a logged-in editor's session,
# pending messages) always gets a fresh page.
PAGECACHE_BYPASS_COOKIES = ["sessionid", "messages"]

# LOG_FORMAT: "json" (one object per line, for log shippers) or "text". Logs
# go to stdout, where systemd's journal or the container runtime collects them.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text" if DEBUG else "json")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "ops.logformat.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Rejected Hosts are expected noise from scanners; keep them at WARNING.
        "django.security.DisallowedHost": {"level": "WARNING"},
        # Background-task and per-page chatter would drown command output.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": os.environ.get("LOG_LEVEL_WAGTAIL", "WARNING")},
    },
}
