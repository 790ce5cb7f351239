"""Village data API routes, relative: the lead mounts them under ``/api/v2/``."""

from django.urls import path

from villagedata import api

urlpatterns = [
    path("data/", api.RegionIndexAPIView.as_view(), name="villagedata-regions"),
    path(
        "data/<str:code>/population/",
        api.PopulationAPIView.as_view(),
        name="villagedata-population",
    ),
    path("data/<str:code>/apbdes/", api.BudgetAPIView.as_view(), name="villagedata-apbdes"),
    path("data/<str:code>/profile/", api.ProfileAPIView.as_view(), name="villagedata-profile"),
]
