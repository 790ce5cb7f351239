"""Safe output of schema.org JSON-LD in HTML, and the objects every site shares.

Page families build their own objects beside their models (``news/jsonld.py``,
``events/jsonld.py``, ``services/jsonld.py``, ``profiles/jsonld.py``); all
of them go out through :func:`as_script`.
"""

import json

from django.utils.safestring import SafeString, mark_safe

# The same escapes Django's json_script uses, so the JSON cannot close the
# <script> element or open a comment, whatever the editors typed.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
SCHEMA_ORG = "https://schema.org"


def as_script(data: dict) -> SafeString:
    """Render ``data`` as a ``<script type="application/ld+json">`` element."""
    payload = json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


def breadcrumb_list(trail) -> dict:
    """A ``BreadcrumbList`` of ``trail``, a list of ``(name, absolute URL)`` from the home."""
    return {
        "@context": SCHEMA_ORG,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }
