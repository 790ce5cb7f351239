"""Settings for ``make demo``: production settings on one machine over plain HTTP.

The demo is what a newcomer judges the project by, so it runs as production
does: DEBUG off, gunicorn, hashed and compressed static files from
WhiteNoise, gzip for anonymous pages, the branded 404 and 500. Only what a
laptop without HTTPS, SMTP or a secrets store cannot provide differs, each
with its reason below. Never use this module on a server.
"""

import os
import secrets
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# DEMO_SECRET_KEY_FILE: where the demo keeps its generated SECRET_KEY
# (git-ignored). Made once, so sessions survive a restart of the demo.
SECRET_KEY_FILE = Path(os.environ.get("DEMO_SECRET_KEY_FILE", BASE_DIR / ".demo-secret-key"))


def local_secret_key(path: Path = SECRET_KEY_FILE) -> str:
    """The demo's own random SECRET_KEY, read from ``path`` or created there (mode 600).

    Never a key written in the code: a demo reachable from a network must not
    sign sessions with a key everyone can read on GitHub.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = path.read_text().strip()
        if key:
            return key
        # An empty file (a crash while writing): start again.
        path.unlink()
        return local_secret_key(path)
    key = secrets.token_urlsafe(50)
    with os.fdopen(fd, "w") as handle:
        handle.write(key + "\n")
    return key


# DEBUG is off whatever the shell says: the demo shows what production shows.
os.environ["DJANGO_DEBUG"] = "0"
if not os.environ.get("SECRET_KEY"):
    os.environ["SECRET_KEY"] = local_secret_key()

from cms.settings.base import *  # noqa: E402,F403  (settings modules layer by design)

# Plain http://*.localhost: a Secure cookie would never come back over it, so
# nobody could log in to the admin. Production keeps them Secure.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
# No SMTP server on a laptop: tracking-code emails are printed in the terminal.
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
# Readable lines in the terminal rather than JSON for a log shipper.
LOG_FORMAT = "text"
LOGGING["handlers"]["console"]["formatter"] = "text"  # noqa: F405
# No nginx in front: Django serves MEDIA_ROOT itself, with the same rules and
# caching as docs/deploy.md's nginx (documents only through /documents/).
SERVE_MEDIA = True
