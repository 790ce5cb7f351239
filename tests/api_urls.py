"""A test-only URLconf: Wagtail's stock pages endpoint, plus document serving.

Tests use it to check what each page type's ``api_fields`` put on the wire
(document URLs need ``wagtaildocs_serve``). The real, site-scoped API is
built in ``api/`` and is not this. Use it with
``override_settings(ROOT_URLCONF="tests.api_urls")``.
"""

from django.urls import include, path
from rest_framework.permissions import AllowAny
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents import urls as wagtaildocs_urls


class OpenPagesAPIViewSet(PagesAPIViewSet):
    """The stock endpoint, open to anonymous readers as the public API will be."""

    permission_classes = [AllowAny]


router = WagtailAPIRouter("testapi")
router.register_endpoint("pages", OpenPagesAPIViewSet)

urlpatterns = [
    path("api/v2/", router.urls),
    path("documents/", include(wagtaildocs_urls)),
]
