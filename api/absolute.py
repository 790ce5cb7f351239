"""Make every site-relative URL in an API payload absolute.

Consumers of the API (a mobile app, another portal) have no "current site",
so a ``/media/…`` or ``/berita/…`` link is useless to them. Wagtail's display
HTML and its download URLs are site-relative; this rewrites them against the
root URL of the site the request is about.

Wagtail's image renditions carry a ``full_url`` of their own, built on the
one install-wide ``WAGTAILADMIN_BASE_URL`` whatever site is read; here it is
rebuilt from the rendition's ``url``: the storage's own absolute URL as it
is (media on S3, an absolute ``MEDIA_URL``), else on the site read.
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
    rewritten (rich text). A rendition's ``full_url`` becomes its ``url``
    made absolute. Everything else is returned as it was.
    """
    root = root_url.rstrip("/")

    def walk(value, key=None):
        if isinstance(value, dict):
            walked = {k: walk(v, k) for k, v in value.items()}
            # A rendition ({url, full_url, …}): its full_url is its url, absolute.
            if isinstance(walked.get("full_url"), str) and isinstance(walked.get("url"), str):
                walked["full_url"] = walked["url"]
            return walked
        if isinstance(value, list):
            return [walk(item) for item in value]
        if isinstance(value, str):
            if _is_url_key(key) and value.startswith("/") and not value.startswith("//"):
                return root + value
            if '="/' in value:
                return _HTML_ATTRIBUTE.sub(rf"\1{root}/", value)
        return value

    return walk(data)
