"""Fixtures: products in both villages of kecamatan A, in kecamatan A itself, and in kecamatan B."""

import pytest

from cms.demo_images import demo_image
from umkm.models import ProductPage, UmkmIndexPage


def umkm_index_of(tenant) -> UmkmIndexPage:
    """The UMKM index onboarding gave ``tenant``."""
    return UmkmIndexPage.objects.child_of(tenant.home_page).get()


def make_product(tenant, title, *, alt="Foto produk", **fields) -> ProductPage:
    """A published product of ``tenant`` whose photo's description is ``alt``."""
    photo = demo_image(title, tenant.collection, size=(120, 90), alt=alt)
    values = {
        "producer": "UMKM Uji",
        "summary": f"Ringkasan {title}.",
        "category": "makanan-minuman",
        "whatsapp": "0812-0000-0001",
        "photo": photo,
    } | fields
    page = ProductPage(title=title, **values)
    umkm_index_of(tenant).add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def products(tree):
    """Named products: two in village Satu, one in Dua, one at kecamatan A, one in Tiga (B)."""

    class Products:
        pass

    p = Products()
    p.kopi = make_product(
        tree.village_a1,
        "Kopi Robusta Satu",
        producer="KWT Mawar",
        price_min=25000,
        price_max=40000,
        unit="per kg",
        featured=True,
    )
    p.anyaman = make_product(
        tree.village_a1, "Anyaman Purun Satu", category="kerajinan", producer="Pengrajin Satu"
    )
    p.nanas = make_product(
        tree.village_a2,
        "Nanas Dua",
        category="pertanian-perkebunan",
        producer="Gapoktan Dua",
        price_min=5000,
        price_max=5000,
        unit="per buah",
    )
    p.kecamatan_own = make_product(tree.kec_a, "Batik Kecamatan A", category="kerajinan")
    p.other_kecamatan = make_product(tree.village_b1, "Kerupuk Tiga", producer="UMKM Tiga")
    return p
