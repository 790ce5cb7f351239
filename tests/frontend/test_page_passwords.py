"""Wagtail's password forms (restricted pages and document collections) resist guessing
like the login: per client address and restriction, with an Indonesian 429 page."""

from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import resolve, reverse
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from frontend import passwords
from tests.demo_seed import rolled_back
from tests.factories import KecamatanFactory

pytestmark = pytest.mark.django_db

SECRET = "sandi-halaman-2026"


@pytest.fixture(scope="module")
def protected(django_db_setup, django_db_blocker):
    """One kecamatan whose village directory and a document collection need a password."""
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            kecamatan = KecamatanFactory(
                code="16.74.04", name="Rambang Kapak Tengah", hostname="kec-a.test"
            )
            page = kecamatan.home_page.get_children().get(slug="desa")
            page_restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password=SECRET
            )
            collection = kecamatan.collection.add_child(name="Berkas bersandi")
            document_restriction = CollectionViewRestriction.objects.create(
                collection=collection,
                restriction_type=CollectionViewRestriction.PASSWORD,
                password=SECRET,
            )
        yield SimpleNamespace(
            page=page,
            page_form=reverse(
                "wagtailcore_authenticate_with_password", args=[page_restriction.pk, page.pk]
            ),
            document_form=reverse(
                "wagtaildocs_authenticate_with_password", args=[document_restriction.pk]
            ),
        )


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.AXES_FAILURE_LIMIT = 3


def visitor(ip: str) -> Client:
    return Client(HTTP_HOST="kec-a.test", REMOTE_ADDR=ip)


def guess(client, url, password):
    return client.post(url, {"password": password, "return_url": "/desa/"})


def test_the_forms_at_wagtails_addresses_are_the_throttled_ones(protected):
    assert protected.page_form.startswith("/_util/authenticate_with_password/")
    assert resolve(protected.page_form).func is passwords.page_password
    assert resolve(protected.document_form).func is passwords.document_password


@pytest.mark.parametrize("form", ["page_form", "document_form"])
def test_wrong_passwords_lock_the_form_for_that_client_only(protected, form):
    url = getattr(protected, form)
    guesser = visitor("203.0.113.30")

    statuses = [guess(guesser, url, f"salah-{n}").status_code for n in range(3)]
    locked = guess(guesser, url, SECRET)  # even the right password waits now

    assert statuses == [200, 200, 200]
    assert locked.status_code == 429
    assert "Terlalu banyak percobaan kata sandi" in locked.text
    assert "30 menit" in locked.text
    assert locked["Retry-After"] == "1800"
    assert guess(visitor("203.0.113.31"), url, SECRET).status_code == 302


def test_the_right_password_clears_the_count_and_opens_the_page(protected):
    client = visitor("203.0.113.32")
    for n in range(2):
        guess(client, protected.page_form, f"salah-{n}")

    assert guess(client, protected.page_form, SECRET).status_code == 302
    assert client.get("/desa/").status_code == 200
    assert [guess(client, protected.page_form, "salah").status_code for _ in range(3)] == [200] * 3


def test_showing_the_form_is_not_counted(protected):
    client = visitor("203.0.113.33")
    assert [client.get(protected.page_form).status_code for _ in range(5)] == [200] * 5
    assert guess(client, protected.page_form, SECRET).status_code == 302
