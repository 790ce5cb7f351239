"""Wagtail admin wiring for tenants: the "Desa & Kelurahan" area for kecamatan admins."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tenants import views

app_name = "tenants_admin"
urlpatterns = [
    path("", views.VillageIndexView.as_view(), name="index"),
    path("tambah/", views.VillageOnboardView.as_view(), name="add"),
]


class KecamatanAdminMenuItem(MenuItem):
    """Shown only to those the views let in: superusers and kecamatan admins."""

    def is_shown(self, request):
        return views.user_administers_kecamatan(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    # Under /admin/, so Wagtail's wrapper requires a logged-in admin user first.
    return [path("wilayah/", include((urlpatterns, app_name), namespace=app_name))]


@hooks.register("register_admin_menu_item")
def register_villages_menu_item():
    return KecamatanAdminMenuItem(
        views.INDEX_TITLE,
        reverse("tenants_admin:index"),
        name="desa-kelurahan",
        icon_name="site",
        order=150,
    )
