"""A test-only URLconf mounting Wagtail's stock pages endpoint.

It checks what the news pages' ``api_fields`` put on the wire; the real,
site-scoped API lives in ``api/`` and is not this.
"""

from django.urls import include, path
from rest_framework.permissions import AllowAny
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import urls as wagtaildocs_urls


class OpenPagesAPIViewSet(PagesAPIViewSet):
    permission_classes = [AllowAny]


router = WagtailAPIRouter("newstestapi")
router.register_endpoint("pages", OpenPagesAPIViewSet)

urlpatterns = [
    path("api/v2/", router.urls),
    path("documents/", include(wagtaildocs_urls)),
]
