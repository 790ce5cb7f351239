"""A test-only URLconf mounting Wagtail's stock pages endpoint.

It checks what the page models' ``api_fields`` put on the wire; the real,
site-scoped API is built in ``api/`` and is not this.
"""

from django.urls import path
from rest_framework.permissions import AllowAny
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet


class OpenPagesAPIViewSet(PagesAPIViewSet):
    permission_classes = [AllowAny]


router = WagtailAPIRouter("testapi")
router.register_endpoint("pages", OpenPagesAPIViewSet)

urlpatterns = [path("api/v2/", router.urls)]
