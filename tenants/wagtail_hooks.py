"""Wagtail admin wiring for tenants: the "Desa & Kelurahan" area for kecamatan admins
(villages, onboarding, and the villages' operator accounts)."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from tenants import views

app_name = "tenants_admin"
urlpatterns = [
    path("", views.VillageIndexView.as_view(), name="index"),
    path("tambah/", views.VillageOnboardView.as_view(), name="add"),
    path("<int:village_id>/operator/", views.VillageOperatorsView.as_view(), name="operators"),
    path(
        "<int:village_id>/persetujuan/",
        views.VillageModerationView.as_view(),
        name="moderation",
    ),
    path(
        "<int:village_id>/operator/tambah/",
        views.OperatorCreateView.as_view(),
        name="operator_add",
    ),
    path(
        "<int:village_id>/operator/<int:user_id>/sandi/",
        views.OperatorPasswordView.as_view(),
        name="operator_password",
    ),
    path(
        "<int:village_id>/operator/<int:user_id>/aktif/",
        views.OperatorActiveView.as_view(),
        name="operator_active",
    ),
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
