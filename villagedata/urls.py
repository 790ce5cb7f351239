"""OpenDK-compatible push endpoints, mounted at ``api/v1/`` in ``cms/urls.py``.

No trailing slashes: OpenSID posts to ``{server}/api/v1/laporan-penduduk``
exactly, and a redirect would lose the POST body.
"""

from django.urls import path

from villagedata import push

app_name = "opendk"
urlpatterns = [
    path("identitas-desa", push.identity_endpoint, name="identitas-desa"),
    path("laporan-penduduk", push.population_reports_endpoint, name="laporan-penduduk"),
    path("laporan-apbdes", push.budget_reports_endpoint, name="laporan-apbdes"),
    # Individual-level data: always refused with a clear message.
    path("penduduk/storedata", push.personal_data_endpoint, name="penduduk-storedata"),
    path("penduduk", push.personal_data_endpoint, name="penduduk"),
    path("program-bantuan/peserta", push.personal_data_endpoint, name="bantuan-peserta"),
]
