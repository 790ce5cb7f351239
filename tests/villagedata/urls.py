"""Test-only URLconf: the village data API where the lead will mount it, plus the site."""

from django.urls import include, path

urlpatterns = [
    path("api/v2/", include("villagedata.api_urls")),
    path("", include("cms.urls")),
]
