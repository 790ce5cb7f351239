"""schema.org ``GovernmentOffice`` JSON-LD for the contact page.

Rendered with ``cms.jsonld.as_script``, which escapes the JSON so that no
text an editor types can close the ``<script>`` element.
"""


def government_office(profile, *, url: str, page_url: str, social=(), extra_contacts=()) -> dict:
    """The JSON-LD object for the office described by ``profile`` (a SiteProfile).

    ``url`` is the site's home address, ``page_url`` the contact page's;
    ``social`` lists profile URLs for ``sameAs``; ``extra_contacts`` are the
    page's ExtraContact rows, given as ``contactPoint`` entries.
    """
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOffice",
        "name": profile.display_name,
        "url": url,
        "mainEntityOfPage": page_url,
    }
    if profile.address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": profile.address,
            "addressCountry": "ID",
        }
    if profile.phone:
        data["telephone"] = profile.phone
    if profile.email:
        data["email"] = profile.email
    if profile.map_url:
        data["hasMap"] = profile.map_url
    if social:
        data["sameAs"] = list(social)
    points = []
    if profile.whatsapp:
        points.append(
            {
                "@type": "ContactPoint",
                "contactType": "WhatsApp",
                "telephone": profile.whatsapp,
                "url": profile.whatsapp_link,
            }
        )
    for contact in extra_contacts:
        point = {"@type": "ContactPoint", "contactType": contact.label}
        if contact.phone:
            point["telephone"] = contact.phone
        if contact.email:
            point["email"] = contact.email
        points.append(point)
    if points:
        data["contactPoint"] = points
    return data
