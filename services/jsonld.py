"""schema.org ``GovernmentService`` JSON-LD for a service page."""

import json

from django.utils.safestring import SafeString, mark_safe

# The same escapes Django's json_script uses, so the JSON cannot close the
# <script> element or open a comment, whatever the editors typed.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def government_service(
    service, *, url: str, provider_name: str, provider_url: str, area_name: str, office=None
) -> dict:
    """The JSON-LD object for ``service`` as offered by ``provider_name``."""
    provider = {
        "@type": "GovernmentOrganization",
        "name": provider_name,
        "url": provider_url,
    }
    if office is not None:
        if office.address:
            provider["address"] = office.address
        if office.phone:
            provider["telephone"] = office.phone
        if office.email:
            provider["email"] = office.email
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": service.title,
        "description": service.summary,
        "url": url,
        "serviceType": service.get_kind_display(),
        "provider": provider,
        "areaServed": {"@type": "AdministrativeArea", "name": area_name},
        "offers": {
            "@type": "Offer",
            "price": str(service.fee_amount),
            "priceCurrency": "IDR",
        },
    }
    if service.product:
        data["serviceOutput"] = {"@type": "Thing", "name": service.product}
    return data


def as_script(data: dict) -> SafeString:
    """Render ``data`` as a ``<script type="application/ld+json">`` element."""
    payload = json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
