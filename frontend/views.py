"""Public views that are not pages: search, robots.txt, favicon, media, the 500 page."""

import posixpath

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_safe
from django.views.static import serve

from cms.templatetags.seo import DEFAULT_IMAGES, site_head
from frontend.search import MAX_QUERY_LENGTH, run_search
from tenants import scoping
from tenants.codes import TenantKind


@require_GET
def search(request):
    """``/cari/?q=…``: this site's pages; on a portal, ``&cakupan=desa`` adds its villages."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    tenant = scoping.current_tenant(request)
    is_portal = tenant is not None and tenant.kind == TenantKind.KECAMATAN
    include_villages = is_portal and request.GET.get("cakupan") == "desa"
    paginated, hits = (None, [])
    if query:
        paginated, hits = run_search(request, query, include_villages, request.GET.get("page"))
    return TemplateResponse(
        request,
        "frontend/search.html",
        {
            "query": query,
            "hits": hits,
            "results_page": paginated,
            "is_portal": is_portal,
            "include_villages": include_villages,
            "tenant": tenant,
        },
    )


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    """Per-site robots.txt: keep crawlers out of the admin, point them at the sitemap."""
    site = scoping.current_site(request)
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /cari/",
        f"Sitemap: {site.root_url}/sitemap.xml",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=86400, public=True)
def favicon(request):
    """``/favicon.ico``: this site's icon (from its logo, else the default), by redirect.

    Pages link their icons themselves; this answers browsers and crawlers that
    ask the conventional address, instead of a 404 in their logs.
    """
    icon = site_head(request).get("icon") or static(DEFAULT_IMAGES["icon"])
    return HttpResponseRedirect(icon)


# What docs/deploy.md's nginx sends for /media/: 30 days, never sniffed.
MEDIA_CACHE_CONTROL = "public, max-age=2592000"


@require_safe
def media(request, path):
    """Uploaded media from MEDIA_ROOT when ``SERVE_MEDIA`` is on (the demo, development).

    Mirrors the production nginx rules of docs/deploy.md: documents are never
    served from disk (only through ``/documents/``, which checks the site),
    and everything else is cached for 30 days. Off in production, where nginx
    or the object store serves media.
    """
    # Normalised first, so "images/../documents/x" cannot slip past the rule.
    path = posixpath.normpath(path).lstrip("/")
    if not settings.SERVE_MEDIA or path.startswith(("documents/", "../")) or path == "..":
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = MEDIA_CACHE_CONTROL
    response["X-Content-Type-Options"] = "nosniff"
    return response


FALLBACK_500 = (
    '<!doctype html><html lang="id"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<title>Terjadi gangguan</title></head><body>"
    "<h1>Terjadi gangguan</h1><p>Maaf, situs sedang mengalami gangguan. "
    'Silakan coba lagi beberapa saat lagi.</p><p><a href="/">Kembali ke beranda</a></p>'
    "</body></html>"
)


def server_error(request, template_name="500.html"):
    """The 500 page in the site's branding, or a plain Indonesian page if that fails.

    Rendering the branded page reads the site's settings from the database,
    which may be the very thing that failed; any error there falls back to a
    page that needs nothing.
    """
    try:
        site = scoping.current_site(request)
        from cms.models import SiteProfile

        profile = SiteProfile.for_site(site)
        html = render_to_string(template_name, {"profile": profile})
    except Exception:  # noqa: BLE001  (the error page must never fail itself)
        html = FALLBACK_500
    return HttpResponseServerError(html)
