"""URL configuration: the one place that wires every app together."""

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from frontend import passwords

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's password forms for restricted pages and documents, at their
    # own paths and names but throttled like the login (frontend.passwords).
    # They come before Wagtail's includes, which hold the unthrottled views.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        passwords.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        passwords.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("documents/", include(wagtaildocs_urls)),
    # OpenSID pushes here, at OpenDK's own paths (villagedata.push). With its
    # server setting ending in "/" it asks for "//api/v1/…", which gunicorn
    # passes on unchanged; "/*" takes it, since a redirect would lose the body.
    # The contract allows a server address with a sub-path (an OpenDK habit:
    # "https://host/opendk"), so up to three leading segments are taken too;
    # before, that POST fell through to the pages and APPEND_SLASH (a 500).
    re_path(r"^/*(?:[\w.~-]+/+){0,3}api/v1/", include("villagedata.urls")),
    path("api/", include("api.urls")),
    path("warga/", include("citizens.urls")),
    path("", include("ops.urls")),
    path("", include("frontend.urls")),
]

if settings.BENCH_BARE_VIEW:
    from pagecache.views import bare

    # The benchmark's ceiling (bench/run.py); never on in production.
    urlpatterns.insert(0, path("_bench/bare/", bare))

# Wagtail's page serving comes last: it catches every remaining path.
urlpatterns += [path("", include(wagtail_urls))]

# The 500 page in the site's branding, falling back to a plain one.
handler500 = "frontend.views.server_error"
