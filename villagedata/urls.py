"""OpenDK-compatible push endpoints, mounted at ``api/v1/`` in ``cms/urls.py``.

OpenSID posts to ``{server}/api/v1/laporan-penduduk`` exactly. Each endpoint
also answers with a trailing slash, since a redirect to add or drop one would
lose the POST body. Any other address here is a JSON 404 (``unknown_endpoint``),
never the public site's HTML page.
"""

from django.urls import re_path

from villagedata import login, push

app_name = "opendk"
urlpatterns = [
    re_path(r"^identitas-desa/?$", push.identity_endpoint, name="identitas-desa"),
    re_path(r"^laporan-penduduk/?$", push.population_reports_endpoint, name="laporan-penduduk"),
    re_path(r"^laporan-apbdes/?$", push.budget_reports_endpoint, name="laporan-apbdes"),
    re_path(r"^program-bantuan/?$", push.aid_programmes_endpoint, name="program-bantuan"),
    re_path(r"^auth/login/?$", login.login_endpoint, name="auth-login"),
    re_path(r"^pembangunan/?$", push.development_endpoint, name="pembangunan"),
    re_path(
        r"^pembangunan/dokumentasi/?$",
        push.development_photos_endpoint,
        name="pembangunan-dokumentasi",
    ),
    re_path(r"^pesan/getpesan/?$", push.messages_endpoint, name="pesan-getpesan"),
    # Individual-level data: always refused with a clear message.
    re_path(r"^penduduk/storedata/?$", push.personal_data_endpoint, name="penduduk-storedata"),
    re_path(r"^penduduk/?$", push.personal_data_endpoint, name="penduduk"),
    re_path(r"^program-bantuan/peserta/?$", push.personal_data_endpoint, name="bantuan-peserta"),
    # Last: every other address under /api/v1/.
    re_path(r"^", push.unknown_endpoint),
]
