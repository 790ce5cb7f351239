"""Public URLs that are not Wagtail pages."""

from django.conf import settings
from django.urls import path, re_path
from wagtail.contrib.sitemaps.views import sitemap

from frontend import views

urlpatterns = [
    path("cari/", views.search, name="search"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Wagtail's sitemap starts from Site.find_for_request: each host lists
    # only its own pages.
    path("sitemap.xml", sitemap, name="sitemap"),
    path("favicon.ico", views.favicon, name="favicon"),
]

if settings.MEDIA_URL.startswith("/"):
    # Answers only when SERVE_MEDIA is on (frontend.views.media); media on a
    # CDN or object storage have an absolute MEDIA_URL and never come here.
    urlpatterns.append(
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.+)$", views.media, name="media")
    )
