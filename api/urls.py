"""The content API's URLs, mounted at ``/api/`` by ``cms/urls.py``.

``/api/v2/`` holds Wagtail's pages, images and documents endpoints (held to
one site, see ``api/views/``) and the API's own: the tenant directory, the
service catalogue, aggregated news, village statistics (``api/views/villagedata.py``)
and headless preview. ``/api/schema/``
is the OpenAPI 3 schema and ``/api/docs/`` a page that explains it.
"""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from wagtail.api.v2.router import WagtailAPIRouter

from api.docs import ApiDocsView
from api.preview import PreviewEndpoint
from api.schema import openapi_schema
from api.views import villagedata
from api.views.base import api_not_found
from api.views.directory import SiteDetailView, SitesListView
from api.views.media import DocumentsEndpoint, ImagesEndpoint
from api.views.news import NewsView
from api.views.pages import PagesEndpoint
from api.views.services import ServiceDetailView, ServicesView

# Wagtail's serializers reverse "wagtailapi:<endpoint>:detail"; keep the name.
router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PagesEndpoint)
router.register_endpoint("images", ImagesEndpoint)
router.register_endpoint("documents", DocumentsEndpoint)
# Last: the router finds a model's endpoint by the first match, which must be "pages".
router.register_endpoint("preview", PreviewEndpoint)


class SchemaView(SpectacularAPIView):
    """The OpenAPI 3 schema, public like the API it describes."""

    permission_classes = [AllowAny]
    authentication_classes = []

    def get(self, request, *args, **kwargs):
        return Response(openapi_schema())


urlpatterns = [
    path("v2/sites/", SitesListView.as_view(), name="api_sites"),
    path("v2/sites/<str:code>/", SiteDetailView.as_view(), name="api_site"),
    path("v2/services/", ServicesView.as_view(), name="api_services"),
    path("v2/services/<int:pk>/", ServiceDetailView.as_view(), name="api_service"),
    path("v2/news/", NewsView.as_view(), name="api_news"),
    # Village statistics (profile, population, APBDes), per village and per kecamatan.
    path("v2/data/", villagedata.RegionIndexView.as_view(), name="villagedata-regions"),
    path(
        "v2/data/<str:code>/population/",
        villagedata.PopulationView.as_view(),
        name="villagedata-population",
    ),
    path("v2/data/<str:code>/apbdes/", villagedata.BudgetView.as_view(), name="villagedata-apbdes"),
    path(
        "v2/data/<str:code>/profile/", villagedata.ProfileView.as_view(), name="villagedata-profile"
    ),
    path(
        "v2/data/<str:code>/opensid/",
        villagedata.PushedDataView.as_view(),
        name="villagedata-opensid",
    ),
    path("v2/data/<str:code>/bantuan/", villagedata.AidView.as_view(), name="villagedata-bantuan"),
    path(
        "v2/data/<str:code>/pembangunan/",
        villagedata.DevelopmentView.as_view(),
        name="villagedata-pembangunan",
    ),
    path("v2/", router.urls),
    path("schema/", SchemaView.as_view(), name="api_schema"),
    path("docs/", ApiDocsView.as_view(), name="api_docs"),
    # Last: nothing under /api/ falls through to the public site's HTML 404.
    re_path(r"^", api_not_found),
]
