"""Admin wiring: "Data desa" menu with the import screen and the OpenSID keys."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from villagedata import admin_views
from villagedata.permissions import importable_villages

app_name = "villagedata_admin"
urlpatterns = [
    path("", admin_views.import_view, name="import"),
    path("templat/<str:dataset>/<str:fmt>/", admin_views.template_view, name="template"),
    path("kunci/", admin_views.keys_view, name="keys"),
    path("kunci/<int:pk>/cabut/", admin_views.revoke_key_view, name="revoke"),
    path("pembangunan/", admin_views.projects_view, name="projects"),
    path("pembangunan/tambah/", admin_views.project_edit_view, name="project_add"),
    path("pembangunan/<int:pk>/", admin_views.project_edit_view, name="project_edit"),
    path("pembangunan/<int:pk>/hapus/", admin_views.project_delete_view, name="project_delete"),
]


class VillageDataMenuItem(MenuItem):
    """Shown to operators and kecamatan admins who have a village to import for."""

    def is_shown(self, request):
        return importable_villages(request.user).exists()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("data-desa/", include((urlpatterns, app_name), namespace=app_name))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return VillageDataMenuItem(
        admin_views.IMPORT_TITLE,
        reverse("villagedata_admin:import"),
        name="data-desa",
        icon_name="table",
        order=160,
    )
