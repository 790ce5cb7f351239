"""Make every site-relative URL in an API payload absolute.

Consumers of the API (a mobile app, another portal) have no "current site",
so a ``/media/…`` or ``/berita/…`` link is useless to them. Wagtail's display
HTML and its download URLs are site-relative; this rewrites them against the
root URL of the site the request is about.
"""

import re

# href="/…" or src="/…", but not protocol-relative "//host".
_HTML_ATTRIBUTE = re.compile(r'(\s(?:href|src)=")/(?!/)')


def _is_url_key(key) -> bool:
    return isinstance(key, str) and (key == "src" or key.endswith("url"))


def absolutize(data, root_url: str):
    """Return ``data`` (JSON-like) with relative URLs made absolute against ``root_url``.

    A string under a key named ``src`` or ending in ``url`` that starts with
    one slash is prefixed; inside any string, ``href="/`` and ``src="/`` are
    rewritten (rich text). Everything else is returned as it was.
    """
    root = root_url.rstrip("/")

    def walk(value, key=None):
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(item) for item in value]
        if isinstance(value, str):
            if _is_url_key(key) and value.startswith("/") and not value.startswith("//"):
                return root + value
            if '="/' in value:
                return _HTML_ATTRIBUTE.sub(rf"\1{root}/", value)
        return value

    return walk(data)
