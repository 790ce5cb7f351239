"""The service finder: filter by kind and topic, and search, within one site's services."""

from services.models.service import ServiceKind, ServicePage, ServiceTopic


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

    if kind in ServiceKind.values:
        items = [item for item in items if item[0].kind == kind]
    else:
        kind = ""
    if topic and any(t.slug == topic for t in topics):
        with_topic = set(
            ServicePage.topics.through.objects.filter(
                servicetopic__slug=topic, servicepage_id__in=[s.pk for s, _ in items]
            ).values_list("servicepage_id", flat=True)
        )
        items = [item for item in items if item[0].pk in with_topic]
    else:
        topic = ""
    if query:
        ids = [service.pk for service, _ in items]
        ranked = ServicePage.objects.filter(id__in=ids).search(query)
        order = {page.pk: position for position, page in enumerate(ranked)}
        items = sorted(
            (item for item in items if item[0].pk in order), key=lambda item: order[item[0].pk]
        )
    return {
        "results": items,
        "topics": topics,
        "kinds": ServiceKind.choices,
        "selected_kind": kind,
        "selected_topic": topic,
        "query": query,
    }
