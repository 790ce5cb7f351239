"""Safe output of schema.org JSON-LD in HTML."""

import json

from django.utils.safestring import SafeString, mark_safe

# The same escapes Django's json_script uses, so the JSON cannot close the
# <script> element or open a comment, whatever the editors typed.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def as_script(data: dict) -> SafeString:
    """Render ``data`` as a ``<script type="application/ld+json">`` element."""
    payload = json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
