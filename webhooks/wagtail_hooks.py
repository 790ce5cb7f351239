"""Admin wiring: the "Webhook" menu item and its screens."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from webhooks import admin_views
from webhooks.permissions import manageable_tenants

app_name = "webhooks_admin"
urlpatterns = [
    path("", admin_views.index_view, name="index"),
    path("tambah/", admin_views.create_view, name="create"),
    path("<int:pk>/", admin_views.detail_view, name="detail"),
    path("<int:pk>/ubah/", admin_views.edit_view, name="edit"),
    path("<int:pk>/hapus/", admin_views.delete_view, name="delete"),
    path("<int:pk>/kunci-baru/", admin_views.regenerate_secret_view, name="regenerate"),
    path("<int:pk>/kirim-ulang/<int:delivery_pk>/", admin_views.resend_view, name="resend"),
]


class WebhookMenuItem(MenuItem):
    """Shown to kecamatan admins and superusers only."""

    def is_shown(self, request):
        return manageable_tenants(request.user).exists()


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("webhook/", include((urlpatterns, app_name), namespace=app_name))]


@hooks.register("register_settings_menu_item")
def register_menu_item():
    return WebhookMenuItem(
        admin_views.TITLE,
        reverse("webhooks_admin:index"),
        name="webhook",
        icon_name="link",
        order=900,
    )
