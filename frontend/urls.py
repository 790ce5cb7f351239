"""Public URLs that are not Wagtail pages."""

from django.urls import path
from wagtail.contrib.sitemaps.views import sitemap

from frontend import views

urlpatterns = [
    path("cari/", views.search, name="search"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Wagtail's sitemap starts from Site.find_for_request: each host lists
    # only its own pages.
    path("sitemap.xml", sitemap, name="sitemap"),
]
