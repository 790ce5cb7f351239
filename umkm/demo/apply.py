"""Write the demo products idempotently.

As in ``services.demo.apply``: a product is found by slug under its
village's UMKM index and created only if missing; an existing one gets a new
revision, published, only if a field differs. A second seed run writes nothing.
"""

import copy

from cms.demo_images import demo_image
from cms.pages import apply_page
from tenants import standard_pages
from tenants.demo import RKT_CODE
from tenants.models import Tenant
from umkm.demo.products import DEMO_NOTE, PORTAL_INTRO, PRODUCTS, DemoProduct
from umkm.models import ProductPage, UmkmIndexPage

CREATED = "baru"
UPDATED = "diperbarui"


def seed_demo_products(tenants: list[Tenant], stdout) -> None:
    """Give every tenant its UMKM index, and RKT's villages their demo products.

    The index is ensured for all ``tenants`` so that an install seeded before
    this app existed gets it too. Other kecamatan get no products. Writes one
    progress line to ``stdout``.
    """
    indexes = {tenant.pk: standard_pages.page_of(tenant, UmkmIndexPage) for tenant in tenants}
    rkt = next((tenant for tenant in tenants if tenant.code == RKT_CODE), None)
    if rkt is None:
        return
    apply_page(indexes[rkt.pk], {"intro": PORTAL_INTRO})
    villages = {tenant.code: tenant for tenant in tenants if tenant.kecamatan_id == rkt.pk}
    results = [
        apply_product(indexes[villages[demo.village].pk], villages[demo.village], demo)
        for demo in PRODUCTS
        if demo.village in villages
    ]
    used = {demo.village for demo in PRODUCTS if demo.village in villages}
    stdout.write(
        f"Potensi dan UMKM {rkt.display_name}: {len(results)} produk di {len(used)} "
        f"desa/kelurahan, {results.count(CREATED)} baru, {results.count(UPDATED)} diperbarui."
    )


def product_fields(village: Tenant, demo: DemoProduct) -> dict:
    """The page fields of ``demo``; its photo is drawn in the village's collection."""
    photo = demo_image(demo.title, village.collection, alt=demo.photo_alt)
    return {
        "title": demo.title,
        "producer": demo.producer,
        "category": str(demo.category),
        "summary": demo.summary,
        "body": [
            {"type": "paragraph", "value": f"<p>{demo.description}</p>"},
            {"type": "paragraph", "value": DEMO_NOTE},
        ],
        "photo_id": photo.pk,
        # The alt text lives in the image's description, as an editor would set it.
        "photo_alt": "",
        "price_min": demo.price_min,
        "price_max": demo.price_max,
        "unit": demo.unit,
        "whatsapp": demo.whatsapp,
        "phone": demo.phone,
        "featured": demo.featured,
    }


def apply_product(index: UmkmIndexPage, village: Tenant, demo: DemoProduct) -> str | None:
    """Create ``demo`` under ``index`` or bring it up to date; CREATED, UPDATED or None."""
    fields = product_fields(village, demo)
    page = ProductPage.objects.child_of(index).filter(slug=demo.slug).first()
    if page is None:
        page = ProductPage(slug=demo.slug, **copy.deepcopy(fields))
        index.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False)
        return CREATED
    return UPDATED if apply_page(page, fields) else None
