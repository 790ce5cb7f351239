"""Turning a content change into deliveries: who is told, and what they read.

Called from ``webhooks.signals`` inside the publishing request. It only
writes delivery rows and queues them for after the commit; nothing here
talks to a receiver, so a slow or dead endpoint costs publishing nothing.
"""

import uuid

from django.utils import timezone
from wagtail.models import Page

from services.models import ServiceCatalogPage, ServicePage
from tenants.codes import TenantKind
from tenants.scoping import tenants_of_pages
from webhooks.models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from webhooks.tasks import enqueue_on_commit


def page_payload(event: str, page: Page, tenant, **extra) -> dict:
    """What a receiver reads about a page: event, site, page id and type, URLs, time."""
    site = tenant.site
    try:
        url = page.get_full_url()
    except Exception:  # a page being deleted may no longer resolve
        url = None
    payload = {
        "event": event,
        "timestamp": timezone.now().isoformat(),
        "site": site.hostname,
        "tenant": tenant.code,
        "page_id": page.pk,
        "type": page.specific_class._meta.label if page.specific_class else "wagtailcore.Page",
        "title": page.title,
        "url": url,
        "api_url": f"{site.root_url}/api/v2/pages/{page.pk}/",
    }
    payload.update(extra)
    return payload


def media_payload(event: str, obj, kind: str, tenant, deleted: bool) -> dict:
    """What a receiver reads about an image or document of a tenant's collection."""
    site = tenant.site
    endpoint = "images" if kind == "image" else "documents"
    return {
        "event": event,
        "timestamp": timezone.now().isoformat(),
        "site": site.hostname,
        "tenant": tenant.code,
        "media_type": kind,
        "media_id": obj.pk,
        "title": obj.title,
        "deleted": deleted,
        "api_url": f"{site.root_url}/api/v2/{endpoint}/{obj.pk}/",
    }


def record(endpoints, event: str, payload: dict) -> list[WebhookDelivery]:
    """One delivery per endpoint, queued for the worker after the commit."""
    if not endpoints:
        return []
    event_id = uuid.uuid4()
    payload = {"id": str(event_id), **payload}
    deliveries = []
    for endpoint in endpoints:
        delivery = WebhookDelivery.objects.create(
            endpoint=endpoint, event=event, event_id=event_id, payload=payload
        )
        enqueue_on_commit(delivery.pk)
        deliveries.append(delivery)
    return deliveries


def any_endpoint() -> bool:
    """Cheap early exit: most installs register no webhook at all."""
    return WebhookEndpoint.objects.filter(is_active=True).exists()


def page_event(event: str, page: Page, **extra) -> list[WebhookDelivery]:
    """Tell the endpoints covering ``page``'s site about ``event``."""
    if not any_endpoint():
        return []
    tenant = tenants_of_pages([page]).get(page.pk)
    if tenant is None:
        return []
    deliveries = record(
        WebhookEndpoint.objects.for_event(event, tenant),
        event,
        page_payload(event, page, tenant, **extra),
    )
    if is_shared_service(page, tenant):
        deliveries += shared_service_event(page, tenant, action=event)
    return deliveries


def is_shared_service(page: Page, tenant) -> bool:
    """A portal's ServicePage in its catalogue: every village of the kecamatan shows it."""
    if tenant.kind != TenantKind.KECAMATAN or not issubclass(page.specific_class, ServicePage):
        return False
    parent = page.get_parent()
    return parent is not None and issubclass(parent.specific_class, ServiceCatalogPage)


def shared_service_event(page: Page, kecamatan, action: str) -> list[WebhookDelivery]:
    """``service.shared_changed`` for the kecamatan's endpoints covering all its villages."""
    event = WebhookEvent.SHARED_SERVICE_CHANGED
    endpoints = [
        e
        for e in WebhookEndpoint.objects.for_event(event, kecamatan)
        if e.tenant_id == kecamatan.pk and e.include_villages
    ]
    if not endpoints:
        return []
    villages = sorted(kecamatan.villages.values_list("site__hostname", flat=True))
    payload = page_payload(event, page, kecamatan, action=action, village_sites=villages)
    return record(endpoints, event, payload)


def media_event(obj, kind: str, tenant, deleted: bool) -> list[WebhookDelivery]:
    """``media.changed`` for the endpoints covering the tenant owning the media."""
    event = WebhookEvent.MEDIA_CHANGED
    return record(
        WebhookEndpoint.objects.for_event(event, tenant),
        event,
        media_payload(event, obj, kind, tenant, deleted),
    )
