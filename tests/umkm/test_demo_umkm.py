"""``seed_demo``'s UMKM products for Rambang Kapak Tengah, seeded once for this module.

As in ``tests/services/test_demo_services.py``, the ``seeded`` fixture runs
the command once inside a transaction that stays open for the module and is
rolled back at its end; each test runs in its own savepoint.
"""

from collections import Counter

import pytest
from django.utils.html import escape
from wagtail.models import Revision

from tenants.models import Tenant
from tests.demo_seed import PASSWORD, seed
from umkm.demo.products import PRODUCTS
from umkm.models import ProductPage, UmkmIndexPage

RKT = "16.74.04"
KARANGAN = "16.74.04.2008"


def tenant(code: str) -> Tenant:
    return Tenant.objects.select_related("site", "home_page", "collection").get(code=code)


def rkt_products():
    folder_path = tenant(RKT).home_page.path[:-4]
    return ProductPage.objects.filter(path__startswith=folder_path).order_by("path")


def product_state() -> dict:
    return {
        "revisions": Revision.objects.count(),
        "published": {page.pk: page.last_published_at for page in rkt_products()},
    }


@pytest.mark.django_db
def test_every_rkt_village_has_two_or_three_valid_products_with_photos_in_its_collection(
    seeded,
):
    rkt = tenant(RKT)
    per_village = Counter()
    for product in rkt_products().live().select_related("photo"):
        product.full_clean()  # prices, WhatsApp number and alt text are valid
        village = product.tenant
        assert village.kecamatan_id == rkt.pk, product.title
        assert product.photo.collection_id == tenant(village.code).collection.pk
        assert product.photo_alt_text and product.photo_alt_text != product.title
        assert product.whatsapp.startswith("0812-0000-")
        per_village[village.code] += 1
    assert len(per_village) == 9
    assert set(per_village.values()) <= {2, 3}
    assert sum(per_village.values()) == len(PRODUCTS)
    assert f"{len(PRODUCTS)} produk di 9 desa/kelurahan, {len(PRODUCTS)} baru" in seeded


@pytest.mark.django_db
def test_demo_covers_the_local_specialities_and_the_empty_price_case(seeded):
    titles = set(rkt_products().values_list("title", flat=True))
    for expected in ("Kopi Robusta Bubuk", "Nanas Prabumulih", "Keripik Nanas", "Dodol Nanas"):
        assert expected in titles
    assert {"Kerupuk Ikan Patin", "Ikan Patin Segar", "Ikan Patin Salai"} <= titles
    kopi = rkt_products().get(slug="kopi-robusta-bubuk")
    assert (kopi.producer, kopi.unit, kopi.tenant.code) == ("KWT Mawar", "per 250 g", KARANGAN)
    assert rkt_products().get(slug="sewa-tenda-dan-kursi").price_display == "Hubungi penjual"


@pytest.mark.django_db
def test_other_kecamatan_get_an_empty_index_and_no_products(seeded):
    others = Tenant.objects.exclude(code__startswith=RKT).select_related("home_page")
    assert others.count() == 45 - 9 + 5  # villages and kecamatan outside RKT
    for other in others:
        assert UmkmIndexPage.objects.child_of(other.home_page).live().exists(), other.name
    assert ProductPage.objects.count() == rkt_products().count()


@pytest.mark.django_db
def test_running_the_seed_again_creates_no_revisions_and_keeps_publish_times(seeded):
    before = product_state()
    output = seed(password=PASSWORD)
    assert product_state() == before
    assert f"{len(PRODUCTS)} produk di 9 desa/kelurahan, 0 baru, 0 diperbarui." in output


@pytest.mark.django_db
def test_seed_restores_an_edited_product_in_one_new_revision(seeded):
    product = rkt_products().get(slug="nanas-prabumulih")
    product.price_max = 99000
    product.save_revision().publish()
    revisions = Revision.objects.count()

    output = seed(password=PASSWORD)

    assert rkt_products().get(slug="nanas-prabumulih").price_max == 10000
    assert Revision.objects.count() == revisions + 1
    assert "0 baru, 1 diperbarui" in output


@pytest.mark.django_db
def test_every_seeded_product_and_index_renders_on_its_own_host(seeded, client):
    failures = []
    for product in rkt_products().live():
        host = product.tenant.site.hostname
        path = f"/umkm/{product.slug}/"
        response = client.get(path, HTTP_HOST=host)
        if response.status_code != 200 or escape(product.title) not in response.text:
            failures.append(f"{host}{path}: {response.status_code}")
        index = client.get("/umkm/", HTTP_HOST=host)
        if index.status_code != 200 or escape(product.title) not in index.text:
            failures.append(f"{host}/umkm/: {index.status_code} or product missing")
    assert failures == []


@pytest.mark.django_db
def test_rkt_portal_aggregates_the_village_products_labelled_and_features_them_at_home(
    seeded, client
):
    portal = client.get("/umkm/", HTTP_HOST="rkt.localhost").text
    assert f"{len(PRODUCTS)} produk dari kecamatan dan desa/kelurahannya" in portal
    assert "Desa Karangan" in portal and "Kelurahan Tanjung Rambang" in portal
    assert "Halaman 1 dari 2" in portal
    karangan = client.get("/umkm/?desa=karangan", HTTP_HOST="rkt.localhost").text
    assert "3 produk dari Desa Karangan" in karangan
    kopi_url = tenant(KARANGAN).site.root_url + "/umkm/kopi-robusta-bubuk/"
    assert f'href="{kopi_url}"' in karangan
    home = client.get("/", HTTP_HOST="rkt.localhost").text
    assert 'id="produk-unggulan"' in home
    assert "Kopi Robusta Bubuk" in home and "Nanas Prabumulih" in home
