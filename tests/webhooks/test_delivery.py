"""Events become signed deliveries, sent by the worker, never by the publishing request."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone
from django.utils.text import slugify
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page
from wagtail.rich_text import RichText

from news.models import NewsIndexPage, NewsPage
from tests.factories import ServicePageFactory
from tests.webhooks.conftest import endpoint_for, run_worker, verify_signature
from webhooks import delivery as sending
from webhooks.models import DeliveryStatus, WebhookDelivery, WebhookEvent

PUBLISHED = WebhookEvent.PAGE_PUBLISHED


def publish(page, capture):
    """Publish ``page`` as the admin does, running the on-commit hooks."""
    with capture(execute=True):
        page.save_revision().publish()


def news_page(tenant, title) -> NewsPage:
    index = NewsIndexPage.objects.child_of(tenant.home_page).get()
    page = NewsPage(
        title=title,
        slug=slugify(title),
        date=timezone.localdate(),
        category="pemerintahan",
        summary=f"Ringkasan {title}.",
        body=[("paragraph", RichText(f"<p>Isi {title}.</p>"))],
    )
    index.add_child(instance=page)
    return page


def queued_ids() -> list[int]:
    """Delivery ids waiting in the webhooks task queue."""
    return [
        r.args_kwargs["args"][0]
        for r in DBTaskResult.objects.filter(backend_name="webhooks", status="READY")
    ]


def test_publish_queues_a_delivery_and_the_worker_sends_it_signed(
    tree, receiver, django_capture_on_commit_callbacks
):
    endpoint = endpoint_for(tree.village_a1, receiver.url, events=[PUBLISHED])
    page = news_page(tree.village_a1, "Kerja bakti")

    publish(page, django_capture_on_commit_callbacks)

    # The request only queued it: nothing reached the receiver yet.
    assert receiver.requests == []
    delivery = WebhookDelivery.objects.get(endpoint=endpoint)
    assert delivery.status == DeliveryStatus.PENDING
    assert queued_ids() == [delivery.pk]

    run_worker()

    assert len(receiver.requests) == 1
    sent = receiver.requests[0]
    assert verify_signature(endpoint.secret, sent["headers"]["X-Webhook-Signature"], sent["body"])
    assert not verify_signature("whsec_other", sent["headers"]["X-Webhook-Signature"], sent["body"])
    assert sent["headers"]["X-Webhook-Event"] == "page.published"
    assert sent["headers"]["X-Webhook-Id"] == str(delivery.event_id)
    payload = receiver.payloads()[0]
    assert payload["event"] == "page.published"
    assert payload["id"] == str(delivery.event_id)
    assert payload["site"] == tree.village_a1.site.hostname
    assert payload["page_id"] == page.pk
    assert payload["type"] == "news.NewsPage"
    assert payload["url"] == f"http://{tree.village_a1.site.hostname}/berita/kerja-bakti/"
    assert payload["api_url"] == f"http://{tree.village_a1.site.hostname}/api/v2/pages/{page.pk}/"
    assert payload["timestamp"]
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert (delivery.attempts, delivery.response_code) == (1, 200)
    assert delivery.finished_at is not None
    assert queued_ids() == []


def test_receiver_answering_500_is_retried_with_backoff(
    tree, receiver, django_capture_on_commit_callbacks
):
    endpoint_for(tree.village_a1, receiver.url, events=[PUBLISHED])
    receiver.reset(500)
    publish(tree.village_a1.home_page.specific, django_capture_on_commit_callbacks)

    before = timezone.now()
    run_worker()

    delivery = WebhookDelivery.objects.get()
    assert len(receiver.requests) == 1
    assert delivery.status == DeliveryStatus.PENDING
    assert (delivery.attempts, delivery.response_code) == (1, 500)
    assert delivery.last_error == "HTTP 500"
    assert before + timedelta(seconds=59) < delivery.next_attempt_at
    # The retry is queued for then, so the worker leaves it for now.
    retry = DBTaskResult.objects.get(backend_name="webhooks", status="READY")
    assert retry.args_kwargs["args"] == [delivery.pk]
    assert abs(retry.run_after - delivery.next_attempt_at) < timedelta(seconds=1)
    run_worker()
    assert len(receiver.requests) == 1

    # When its time comes, the second attempt gets through (same event id).
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DELIVERED
    assert delivery.attempts == 2
    ids = {r["headers"]["X-Webhook-Id"] for r in receiver.requests}
    assert ids == {str(delivery.event_id)}


def test_backoff_grows_and_gives_up_after_six_attempts(tree, receiver):
    endpoint = endpoint_for(tree.village_a1, receiver.url)
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event=PUBLISHED, payload={})
    receiver.reset(*[503] * 6)
    waits = []
    for _ in range(6):
        start = timezone.now()
        retry_at = sending.attempt(delivery.pk)
        if retry_at is not None:
            waits.append(round((retry_at - start).total_seconds() / 60))
    assert waits == [1, 5, 30, 120, 720]
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == 6
    assert delivery.next_attempt_at is None
    # A finished delivery is never sent again by a stray task.
    assert sending.attempt(delivery.pk) is None
    assert len(receiver.requests) == 6


def test_dead_endpoint_fails_fast_and_publishing_succeeds(
    tree, dead_url, django_capture_on_commit_callbacks
):
    endpoint_for(tree.village_a1, dead_url)
    page = news_page(tree.village_a1, "Posyandu")
    publish(page, django_capture_on_commit_callbacks)
    page.refresh_from_db()
    assert page.live

    run_worker()

    delivery = WebhookDelivery.objects.get()
    assert delivery.response_code is None
    assert "ConnectionError" in delivery.last_error
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.next_attempt_at is not None


def test_broken_queue_or_handler_never_breaks_publishing(
    tree, receiver, django_capture_on_commit_callbacks
):
    endpoint_for(tree.village_a1, receiver.url)
    page = news_page(tree.village_a1, "Rapat desa")
    with mock.patch("webhooks.tasks.deliver_webhook") as task:
        task.enqueue.side_effect = RuntimeError("queue down")
        publish(page, django_capture_on_commit_callbacks)
    assert task.enqueue.called
    with mock.patch("webhooks.events.page_payload", side_effect=RuntimeError("bug")):
        publish(page, django_capture_on_commit_callbacks)
    page.refresh_from_db()
    assert page.live
    # The first publish's delivery was recorded even though queueing failed.
    assert WebhookDelivery.objects.count() == 1


def test_another_kecamatan_never_receives_this_kecamatans_events(
    tree, receiver, django_capture_on_commit_callbacks
):
    mine = endpoint_for(tree.kec_a, receiver.url, include_villages=True)
    portal_only = endpoint_for(tree.kec_a, receiver.url + "/portal")
    other_kec = endpoint_for(tree.kec_b, receiver.url + "/b", include_villages=True)
    other_village = endpoint_for(tree.village_b1, receiver.url + "/b1")
    sibling = endpoint_for(tree.village_a2, receiver.url + "/a2")

    publish(news_page(tree.village_a1, "Panen raya"), django_capture_on_commit_callbacks)
    run_worker()

    got = set(WebhookDelivery.objects.values_list("endpoint_id", flat=True))
    assert got == {mine.pk}
    assert {portal_only.pk, other_kec.pk, other_village.pk, sibling.pk}.isdisjoint(got)
    assert [r["headers"]["X-Webhook-Event"] for r in receiver.requests] == ["page.published"]


def test_unsubscribed_and_inactive_endpoints_are_not_told(
    tree, receiver, django_capture_on_commit_callbacks
):
    endpoint_for(tree.village_a1, receiver.url, events=[WebhookEvent.PAGE_DELETED])
    endpoint_for(tree.village_a1, receiver.url, is_active=False)
    publish(tree.village_a1.home_page.specific, django_capture_on_commit_callbacks)
    assert not WebhookDelivery.objects.exists()


def test_unpublish_move_and_delete_are_sent(tree, receiver, django_capture_on_commit_callbacks):
    endpoint_for(tree.kec_a, receiver.url, include_villages=True)
    page = news_page(tree.village_a1, "Lomba desa")
    publish(page, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    publish(page, django_capture_on_commit_callbacks)
    target = NewsIndexPage.objects.child_of(tree.village_a2.home_page).get()
    with django_capture_on_commit_callbacks(execute=True):
        page.move(target, pos="last-child")
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=page.pk).delete()
    run_worker()

    payloads = receiver.payloads()
    assert [p["event"] for p in payloads] == [
        "page.published",
        "page.unpublished",
        "page.published",
        "page.moved",  # told to the new site…
        "page.moved",  # …and to the old one
        "page.deleted",
    ]
    moved = [p for p in payloads if p["event"] == "page.moved"]
    assert {p["site"] for p in moved} == {
        tree.village_a1.site.hostname,
        tree.village_a2.site.hostname,
    }
    assert all(p["previous_site"] == tree.village_a1.site.hostname for p in moved)
    deleted = payloads[-1]
    assert deleted["page_id"] == page.pk
    assert deleted["site"] == tree.village_a2.site.hostname
    assert deleted["type"] == "news.NewsPage"


def test_shared_service_change_reaches_kecamatan_wide_endpoints(
    tree, receiver, django_capture_on_commit_callbacks
):
    wide = endpoint_for(tree.kec_a, receiver.url, include_villages=True)
    portal_only = endpoint_for(tree.kec_a, receiver.url + "/portal")
    from services.models import ServiceCatalogPage

    catalog = ServiceCatalogPage.objects.child_of(tree.kec_a.home_page).get()
    with django_capture_on_commit_callbacks(execute=True):
        ServicePageFactory(parent=catalog, title="Surat Pindah")

    shared = WebhookDelivery.objects.filter(event=WebhookEvent.SHARED_SERVICE_CHANGED)
    assert [d.endpoint_id for d in shared] == [wide.pk]
    payload = shared.get().payload
    assert payload["action"] == "page.published"
    assert payload["type"] == "services.ServicePage"
    assert payload["village_sites"] == sorted(
        [tree.village_a1.site.hostname, tree.village_a2.site.hostname]
    )
    # Both also hear of the portal's own publish.
    published = WebhookDelivery.objects.filter(event=PUBLISHED)
    assert {d.endpoint_id for d in published} == {wide.pk, portal_only.pk}


def test_image_change_is_sent_to_its_tenants_endpoints(
    tree, receiver, django_capture_on_commit_callbacks
):
    from cms.demo_images import demo_image

    endpoint_for(tree.village_a1, receiver.url, events=[WebhookEvent.MEDIA_CHANGED])
    other = endpoint_for(tree.village_a2, receiver.url, events=[WebhookEvent.MEDIA_CHANGED])
    with django_capture_on_commit_callbacks(execute=True):
        image = demo_image("Foto balai", tree.village_a1.collection, size=(32, 32), alt="Balai")
    deliveries = list(WebhookDelivery.objects.all())
    assert deliveries and {d.endpoint_id for d in deliveries} != {other.pk}
    assert all(d.endpoint.tenant_id == tree.village_a1.pk for d in deliveries)
    payload = deliveries[0].payload
    assert (payload["media_type"], payload["media_id"]) == ("image", image.pk)
    assert payload["api_url"].endswith(f"/api/v2/images/{image.pk}/")


@pytest.mark.parametrize("event", [PUBLISHED])
def test_payload_of_a_kecamatan_page_names_the_portal_host(tree, event):
    page = tree.kec_a.home_page.specific
    from webhooks.events import page_payload

    payload = page_payload(event, page, tree.kec_a)
    assert payload["site"] == "kec-a.test"
    assert payload["type"] == "tenants.KecamatanHomePage"
    assert payload["api_url"] == f"http://kec-a.test/api/v2/pages/{page.pk}/"


def test_internal_addresses_are_refused_unless_allowed(tree, receiver, settings):
    settings.WEBHOOK_ALLOW_PRIVATE_ADDRESSES = False
    endpoint = endpoint_for(tree.village_a1, receiver.url)
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event=PUBLISHED, payload={})
    assert sending.attempt(delivery.pk) is None
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED
    assert "127.0.0.1" in delivery.last_error
    assert receiver.requests == []
    for url in ("http://169.254.169.254/latest/", "http://[::1]:8000/", "http://10.1.2.3/"):
        assert sending.private_address(url) is not None, url
    assert sending.private_address("http://8.8.8.8/hook") is None
