"""Wagtail wiring: the staff inbox in the admin, and citizens' links on public pages."""

from django.template.loader import render_to_string
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from citizens import access, admin_views
from services.rendering import LAPOR_URL, SERVICE_ACTIONS_HOOK
from tenants.models.pages import HOME_SECTIONS_HOOK

app_name = "citizens_admin"
urlpatterns = [
    path("berkas/<int:pk>/", admin_views.serve_file, name="file"),
    path("kepuasan/", admin_views.satisfaction, name="satisfaction"),
    path("kategori/", admin_views.categories, name="categories"),
    path("pengaduan/<str:code>/ambil-alih/", admin_views.take_over, name="take_over"),
    path("<str:kind>/", admin_views.inbox, name="inbox"),
    path("<str:kind>/ekspor.<str:fmt>", admin_views.export, name="export"),
    path("<str:kind>/<str:code>/", admin_views.detail, name="detail"),
]


class InboxMenuItem(MenuItem):
    """Shown to staff who handle at least one office's cases."""

    def is_shown(self, request):
        return access.has_inbox(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    # Under /admin/, so Wagtail's wrapper sends anonymous users to the login page.
    return [path("warga/", include((urlpatterns, app_name), namespace=app_name))]


@hooks.register("register_admin_menu_item")
def register_inbox_menu_item():
    return InboxMenuItem(
        "Pengaduan & Permohonan",
        reverse("citizens_admin:inbox", kwargs={"kind": "permohonan"}),
        name="pengaduan-permohonan",
        icon_name="mail",
        order=160,
    )


@hooks.register(SERVICE_ACTIONS_HOOK)
def online_request_link(request, service):
    """The "Ajukan permohonan" section on a service offered online on this site."""
    from citizens.views import service_offices
    from tenants import scoping, tree

    tenant = scoping.current_tenant(request)
    if tenant is None:
        return ""
    # The page renders a service this site offers: the kecamatan's shared one
    # when it lies outside the site's own tree.
    shared = not tree.is_within(service, tenant.home_page)
    if not service_offices(tenant, service, shared):
        return ""
    url = reverse("citizens:request", args=[service.pk])
    return render_to_string("citizens/service_action.html", {"url": url})


@hooks.register(HOME_SECTIONS_HOOK, order=900)
def citizens_home_section(request, page):
    """Links to the complaint form and the tracking page on every home page."""
    return render_to_string("citizens/home_section.html", {"lapor_url": LAPOR_URL}, request=request)
