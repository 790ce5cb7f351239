"""schema.org ``GovernmentService`` JSON-LD for a service page."""


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
