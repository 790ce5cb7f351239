"""Webhook admin: a kecamatan admin manages its own kecamatan's endpoints only,
a superuser every one, operators and editors none; the log and "kirim ulang"."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.factories import UserFactory
from tests.operator_ui.audit import assert_indonesian
from tests.webhooks.conftest import endpoint_for, run_worker
from webhooks.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint, WebhookEvent

HOST = {"HTTP_HOST": "kec-a.test"}
INDEX = "/admin/webhook/"


def staff(username, group):
    user = UserFactory(username=username, groups=[group])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def users(tree):
    return {
        "superuser": get_user_model().objects.create_superuser("super", "s@example.test", "x"),
        "kec_admin": staff("admin.a", tree.kec_a.admin_group),
        "other_kec_admin": staff("admin.b", tree.kec_b.admin_group),
        "kec_editor": staff("editor.a", tree.kec_a.editor_group),
        "operator": staff("operator.satu", tree.village_a1.editor_group),
    }


@pytest.fixture
def endpoints(tree):
    return {
        "kec_a": endpoint_for(tree.kec_a, "https://a.example/hook", include_villages=True),
        "village_a1": endpoint_for(tree.village_a1, "https://satu.example/hook"),
        "kec_b": endpoint_for(tree.kec_b, "https://b.example/hook", include_villages=True),
        "village_b1": endpoint_for(tree.village_b1, "https://tiga.example/hook"),
    }


def as_user(client, user):
    client.force_login(user)
    return client


@pytest.mark.parametrize("role", ["operator", "kec_editor"])
def test_operators_and_editors_get_403_and_no_menu_item(client, tree, users, endpoints, role):
    c = as_user(client, users[role])
    assert_indonesian(c.get(INDEX, **HOST), "webhook 403", status=403)
    assert c.get(f"{INDEX}tambah/", **HOST).status_code == 403
    own = endpoints["village_a1"]
    assert c.get(f"{INDEX}{own.pk}/", **HOST).status_code == 403
    assert c.post(f"{INDEX}{own.pk}/hapus/", **HOST).status_code == 403
    assert WebhookEndpoint.objects.filter(pk=own.pk).exists()
    home = c.get("/admin/", **HOST)
    assert home.status_code == 200
    assert INDEX not in home.content.decode()


def test_kecamatan_admin_sees_own_kecamatans_endpoints_only(client, tree, users, endpoints):
    c = as_user(client, users["kec_admin"])
    body = assert_indonesian(c.get(INDEX, **HOST), "webhook list")
    assert "https://a.example/hook" in body and "https://satu.example/hook" in body
    assert "b.example" not in body and "tiga.example" not in body
    assert INDEX in c.get("/admin/", **HOST).content.decode()  # the menu item

    for name in ("kec_b", "village_b1"):
        pk = endpoints[name].pk
        assert c.get(f"{INDEX}{pk}/", **HOST).status_code == 404
        assert c.get(f"{INDEX}{pk}/ubah/", **HOST).status_code == 404
        assert c.post(f"{INDEX}{pk}/hapus/", **HOST).status_code == 404
        assert c.post(f"{INDEX}{pk}/kunci-baru/", **HOST).status_code == 404
    assert WebhookEndpoint.objects.filter(pk=endpoints["kec_b"].pk).exists()


def test_other_kecamatan_admin_cannot_resend_this_kecamatans_delivery(
    client, tree, users, endpoints
):
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoints["kec_a"], event=WebhookEvent.PAGE_PUBLISHED, payload={"x": 1}
    )
    c = as_user(client, users["other_kec_admin"])
    url = f"{INDEX}{endpoints['kec_a'].pk}/kirim-ulang/{delivery.pk}/"
    assert c.post(url, **HOST).status_code == 404
    # Nor through its own endpoint's address.
    url = f"{INDEX}{endpoints['kec_b'].pk}/kirim-ulang/{delivery.pk}/"
    assert c.post(url, **HOST).status_code == 404
    assert WebhookDelivery.objects.count() == 1


def test_create_form_offers_own_sites_and_refuses_another_kecamatans(client, tree, users):
    c = as_user(client, users["kec_admin"])
    response = c.get(f"{INDEX}tambah/", **HOST)
    assert_indonesian(response, "webhook form")
    offered = {t.pk for t in response.context["form"].fields["tenant"].queryset}
    assert offered == {tree.kec_a.pk, tree.village_a1.pk, tree.village_a2.pk}

    data = {"tenant": tree.kec_b.pk, "url": "https://x.example/", "events": ["page.published"]}
    response = c.post(f"{INDEX}tambah/", data, **HOST)
    assert response.status_code == 200
    assert "tenant" in response.context["form"].errors
    assert not WebhookEndpoint.objects.exists()


def test_kecamatan_admin_registers_an_endpoint_and_sees_its_secret_once(client, tree, users):
    c = as_user(client, users["kec_admin"])
    data = {
        "tenant": tree.village_a2.pk,
        "url": "https://frontend.example/revalidate",
        "events": ["page.published", "page.deleted"],
        "is_active": "on",
    }
    response = c.post(f"{INDEX}tambah/", data, **HOST)
    endpoint = WebhookEndpoint.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("webhooks_admin:detail", args=[endpoint.pk])
    assert endpoint.tenant_id == tree.village_a2.pk
    assert endpoint.events == ["page.published", "page.deleted"]
    assert endpoint.created_by == users["kec_admin"]
    assert endpoint.secret.startswith("whsec_") and len(endpoint.secret) > 40

    first = assert_indonesian(c.get(response["Location"], **HOST), "webhook log")
    assert endpoint.secret in first
    second = c.get(response["Location"], **HOST).content.decode()
    assert endpoint.secret not in second and endpoint.secret_hint in second

    old = endpoint.secret
    c.post(f"{INDEX}{endpoint.pk}/kunci-baru/", **HOST)
    endpoint.refresh_from_db()
    assert endpoint.secret != old
    assert endpoint.secret in c.get(response["Location"], **HOST).content.decode()


def test_form_refuses_bad_urls_and_villages_with_include_villages(client, tree, users):
    c = as_user(client, users["kec_admin"])
    for url in ("ftp://x.example/", "javascript:alert(1)", "bukan alamat"):
        data = {"tenant": tree.kec_a.pk, "url": url, "events": ["page.published"]}
        response = c.post(f"{INDEX}tambah/", data, **HOST)
        assert "url" in response.context["form"].errors, url
    data = {
        "tenant": tree.village_a1.pk,
        "url": "https://x.example/",
        "events": ["page.published"],
        "include_villages": "on",
    }
    response = c.post(f"{INDEX}tambah/", data, **HOST)
    assert "include_villages" in response.context["form"].errors
    assert not WebhookEndpoint.objects.exists()


def test_superuser_manages_every_kecamatan(client, tree, users, endpoints):
    c = as_user(client, users["superuser"])
    body = c.get(INDEX, **HOST).content.decode()
    for endpoint in endpoints.values():
        assert endpoint.url in body
    response = c.post(f"{INDEX}{endpoints['village_b1'].pk}/hapus/", **HOST)
    assert response.status_code == 302
    assert not WebhookEndpoint.objects.filter(pk=endpoints["village_b1"].pk).exists()


def test_log_shows_status_and_kirim_ulang_sends_again(
    client, tree, users, receiver, django_capture_on_commit_callbacks
):
    endpoint = endpoint_for(tree.village_a1, receiver.url)
    receiver.reset(500)
    with django_capture_on_commit_callbacks(execute=True):
        tree.village_a1.home_page.specific.save_revision().publish()
    run_worker()
    failed = WebhookDelivery.objects.get()
    WebhookDelivery.objects.filter(pk=failed.pk).update(status=DeliveryStatus.FAILED)

    c = as_user(client, users["kec_admin"])
    body = assert_indonesian(c.get(f"{INDEX}{endpoint.pk}/", **HOST), "webhook log")
    assert f'data-delivery="{failed.pk}" data-status="gagal"' in body
    assert "500" in body and "Kirim ulang" in body

    with django_capture_on_commit_callbacks(execute=True):
        response = c.post(f"{INDEX}{endpoint.pk}/kirim-ulang/{failed.pk}/", **HOST)
    assert response.status_code == 302
    again = WebhookDelivery.objects.exclude(pk=failed.pk).get()
    assert again.event_id == failed.event_id and again.payload == failed.payload
    run_worker()
    again.refresh_from_db()
    assert again.status == DeliveryStatus.DELIVERED
    assert len(receiver.requests) == 2
    assert receiver.requests[0]["body"] == receiver.requests[1]["body"]
    assert c.get(f"{INDEX}{endpoint.pk}/kirim-ulang/{failed.pk}/", **HOST).status_code == 405
