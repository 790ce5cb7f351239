"""Product lists for the UMKM index and the home section, scoped by ``tenants.scoping``.

Every list starts from ``scoping.kecamatan_pages(request)``: on a village site
that is the village's own pages, on a portal the portal and its villages,
never another kecamatan. Each product is labelled with the tenant whose site
holds it and linked on that site's own host.

The cost is a fixed number of queries whatever the number of products: the
pages, their specific rows, their photos and the photos' thumbnail
renditions are each fetched in one query, and the labels in one more.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Filter

from tenants import scoping, tree
from tenants.codes import TenantKind
from umkm.models import ProductCategory, ProductPage

# The renditions that ``umkm/includes/product_card.html`` asks for with
# ``{% picture photo fill-{400x300,800x600} format-{webp,jpeg} %}`` (1x and 2x
# screens); prefetched so the card costs no query per product. Keep the two in step.
THUMBNAIL_FILTERS = tuple(Filter.expand_spec("fill-{400x300,800x600} format-{webp,jpeg}"))


@dataclass(frozen=True)
class ListedProduct:
    """A product in a list: the specific page, its source tenant and its URL here."""

    product: ProductPage
    tenant: object  # tenants.models.Tenant
    url: str


def products_in_scope(request):
    """Live, public ProductPages this request may list (a ProductPage queryset).

    Queried as ProductPages from the start: a ``Page`` queryset made
    ``.specific()`` costs an extra query for the content types.
    """
    return ProductPage.objects.filter(pk__in=scoping.kecamatan_pages(request).values("pk"))


def with_thumbnails(products):
    """``products`` with their photos and those photos' thumbnails prefetched."""
    images = get_image_model().objects.prefetch_renditions(*THUMBNAIL_FILTERS)
    return products.prefetch_related(Prefetch("photo", queryset=images))


def url_on_own_site(site, page, tenant) -> str:
    """``page``'s URL on ``tenant``'s site: a path when that is ``site``, else absolute.

    Tenant homes are Site roots, so the path is the page's ``url_path`` below
    the home. Computed from the label, without Wagtail's per-link scan of
    every site root, so it stays cheap with thousands of sites.
    """
    path = tree.url_below(page, tenant.home_page)
    if tenant.site_id == site.pk:
        return path
    return tenant.site.root_url + path


def label_products(request, products) -> list[ListedProduct]:
    """Label each product with its tenant and URL; out-of-scope products are dropped."""
    site = scoping.current_site(request)
    return [
        ListedProduct(product, tenant, url_on_own_site(site, product, tenant))
        for product, tenant in scoping.label_pages(request, products)
    ]


def is_portal(request) -> bool:
    """True when a kecamatan portal serves this request (lists aggregate villages)."""
    tenant = scoping.current_tenant(request)
    return tenant is not None and tenant.kind == TenantKind.KECAMATAN


def featured_products(request, limit: int) -> list[ListedProduct]:
    """Up to ``limit`` products for a home page: featured ones first, then by name."""
    products = products_in_scope(request).order_by("-featured", "title")
    return label_products(request, with_thumbnails(products)[:limit])


def index_context(request, per_page: int) -> dict:
    """Template context of the UMKM index: filters, one page of labelled products.

    ``?kategori=`` takes a category value; ``?desa=`` (portal only) the slug
    of one of its villages' home pages. Unknown values are ignored, so a stale
    link still shows the list. ``?page=`` out of range shows the last page.
    """
    portal = is_portal(request)
    products = products_in_scope(request)
    category = request.GET.get("kategori", "")
    if category not in ProductCategory.values:
        category = ""
    # Offer only categories that have products here (and the chosen one);
    # .order_by() drops the default path ordering, which would defeat DISTINCT.
    present = set(products.order_by().values_list("category", flat=True).distinct())
    categories = [
        (value, label)
        for value, label in ProductCategory.choices
        if value in present or value == category
    ]
    if category:
        products = products.filter(category=category)

    villages = scoping.live_villages(request) if portal else []
    village_slug = request.GET.get("desa", "")
    village = next((v for v in villages if v.home_page.slug == village_slug), None)
    if village is not None:
        products = products.descendant_of(village.home_page)
    else:
        village_slug = ""

    paginator = Paginator(with_thumbnails(products.order_by("title")), per_page)
    page_obj = paginator.get_page(request.GET.get("page"))
    filters = {
        key: value for key, value in (("kategori", category), ("desa", village_slug)) if value
    }
    return {
        "products": label_products(request, page_obj.object_list),
        "page_obj": page_obj,
        "is_portal": portal,
        "categories": categories,
        "selected_category": category,
        "villages": villages,
        "selected_village": village,
        "filter_query": urlencode(filters),
        "is_filtered": bool(filters),
    }
