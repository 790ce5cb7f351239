"""The service finder: which services a site offers, and filtering them by kind,
topic and search.

:func:`site_finder` and :func:`offered_service` are the one place that says
which services a site offers (its own, and on a village its kecamatan's
shared ones): the public finder, the services API and the online request
form all ask here.
"""

from services.models.catalogue import ServiceCatalogPage, VillageServiceIndexPage
from services.models.service import ServiceKind, ServicePage, ServiceTopic


def site_finder(scope):
    """The site's service catalogue (a portal) or services index (a village),
    live and public, or None. ``scope`` is a :class:`tenants.scoping.SiteScope`."""
    tenant = scope.tenant
    model = VillageServiceIndexPage if tenant and tenant.is_village else ServiceCatalogPage
    return scope.pages(model).first()


def offered_service(scope, service_id) -> tuple | None:
    """``(service, is_shared)`` for the service with ``service_id`` if the site
    of ``scope`` offers it (live, public, own or shared), else None."""
    finder = site_finder(scope)
    if finder is None:
        return None
    for service, shared in finder.offered_services():
        if service.pk == service_id:
            return service, shared
    return None


def finder_context(request, items):
    """Narrow ``items`` (``(service, url)`` pairs of this site) by the query string.

    ``?jenis=perizinan|non_perizinan``, ``?topik=<slug>`` and ``?q=<text>``.
    Unknown values are ignored rather than answered with an error, so a
    stale bookmark still shows the list. The search runs on Wagtail's search
    backend, restricted to this site's service ids; on PostgreSQL it uses the
    Indonesian configuration, so "layanan" finds "pelayanan".
    """
    kind = request.GET.get("jenis", "")
    topic = request.GET.get("topik", "")
    query = request.GET.get("q", "").strip()[:100]
    topics = list(ServiceTopic.objects.all())

    if kind not in ServiceKind.values:
        kind = ""
    if not any(t.slug == topic for t in topics):
        topic = ""
    items = narrow_services(items, kind=kind, topic=topic, search=query)
    return {
        "results": items,
        "topics": topics,
        "kinds": ServiceKind.choices,
        "selected_kind": kind,
        "selected_topic": topic,
        "query": query,
    }


def narrow_services(items, *, kind="", topic="", handled_at="", search=""):
    """Keep the ``items`` whose service (``item[0]``) matches every given filter.

    The one place the finder and the services API narrow a site's services.
    Values must already be valid (the finder drops unknown ones, the API
    answers 400); an empty value does not filter. ``search`` runs on
    Wagtail's search backend restricted to these services' ids and orders
    the result by rank; on PostgreSQL with the Indonesian configuration.
    Items may be tuples of any length; their order is kept unless searched.
    """
    items = list(items)
    if kind:
        items = [item for item in items if item[0].kind == kind]
    if handled_at:
        items = [item for item in items if item[0].handled_at == handled_at]
    if topic:
        with_topic = set(
            ServicePage.topics.through.objects.filter(
                servicetopic__slug=topic, servicepage_id__in=[item[0].pk for item in items]
            ).values_list("servicepage_id", flat=True)
        )
        items = [item for item in items if item[0].pk in with_topic]
    if search:
        ids = [item[0].pk for item in items]
        ranked = ServicePage.objects.filter(id__in=ids).search(search)
        order = {page.pk: position for position, page in enumerate(ranked)}
        items = sorted(
            (item for item in items if item[0].pk in order), key=lambda item: order[item[0].pk]
        )
    return items
