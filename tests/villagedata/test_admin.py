"""Admin screens: operators import for their own village; kecamatan admins manage keys."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests.factories import UserFactory
from tests.villagedata import spreadsheets
from tests.villagedata.conftest import POP_HEADER, population_rows
from villagedata.models import PopulationPeriod, SyncKey


def csv_upload(rows):
    lines = [",".join(POP_HEADER)] + [",".join(str(v) for v in row) for row in rows]
    return SimpleUploadedFile("penduduk.csv", "\n".join(lines).encode(), "text/csv")


@pytest.fixture
def operator(world):
    user = UserFactory(username="operator.dua", groups=[world.dua.editor_group])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def camat(world):
    user = UserFactory(username="camat.a", groups=[world.kec_a.admin_group])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_operator_imports_own_village_and_not_another(client, world, operator):
    client.force_login(operator)
    own = population_rows(world.dua.code, 2022, 0, 800, 800)
    response = client.post(
        "/admin/data-desa/",
        {"dataset": "penduduk", "file": csv_upload(own)},
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 302
    assert PopulationPeriod.objects.filter(tenant=world.dua, year=2022).exists()

    foreign = population_rows(world.lima.code, 2022, 0, 800, 800)
    response = client.post(
        "/admin/data-desa/",
        {"dataset": "penduduk", "file": csv_upload(foreign)},
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 200
    assert "Baris 2, kolom kode_wilayah" in response.content.decode()
    assert not PopulationPeriod.objects.filter(tenant=world.lima, year=2022).exists()


def test_template_files_download(client, operator):
    client.force_login(operator)
    csv_response = client.get("/admin/data-desa/templat/penduduk/csv/", HTTP_HOST="kec-a.test")
    assert csv_response.content.decode().startswith("kode_wilayah,tahun,semester")
    xlsx = client.get("/admin/data-desa/templat/apbdes/xlsx/", HTTP_HOST="kec-a.test")
    assert xlsx.content[:2] == b"PK"


def test_operator_cannot_manage_keys(client, operator):
    client.force_login(operator)
    assert client.get("/admin/data-desa/kunci/", HTTP_HOST="kec-a.test").status_code == 403


def test_kecamatan_admin_issues_and_revokes_a_key(client, world, camat):
    client.force_login(camat)
    response = client.post(
        "/admin/data-desa/kunci/",
        {"village": world.dua.pk, "label": "OpenSID"},
        HTTP_HOST="kec-a.test",
    )
    key = SyncKey.objects.get(tenant=world.dua)
    html = response.content.decode()
    assert "kcms_" in html and key.hint in html
    client.post(f"/admin/data-desa/kunci/{key.pk}/cabut/", HTTP_HOST="kec-a.test")
    key.refresh_from_db()
    assert not key.is_active


def test_kecamatan_admin_cannot_issue_for_another_kecamatan(client, world, camat):
    client.force_login(camat)
    client.post("/admin/data-desa/kunci/", {"village": world.empat.pk}, HTTP_HOST="kec-a.test")
    assert not SyncKey.objects.filter(tenant=world.empat).exists()
    other, _plain = SyncKey.issue(world.empat)
    response = client.post(f"/admin/data-desa/kunci/{other.pk}/cabut/", HTTP_HOST="kec-a.test")
    assert response.status_code == 404


@pytest.mark.parametrize(
    "bomb, message",
    [
        (spreadsheets.row_bomb, "lebih dari 25.000 baris"),
        (spreadsheets.zip_bomb, "dimampatkan secara tidak wajar"),
    ],
)
def test_spreadsheet_bomb_is_refused_on_the_form_and_keeps_the_data(
    client, world, operator, bomb, message
):
    client.force_login(operator)
    before = PopulationPeriod.objects.filter(tenant=world.dua).count()
    upload = SimpleUploadedFile(
        "penduduk.xlsx",
        bomb(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response = client.post(
        "/admin/data-desa/", {"dataset": "penduduk", "file": upload}, HTTP_HOST="kec-a.test"
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"][0].startswith("Berkas")
    html = response.content.decode()
    assert message in html and "Tidak ada data yang disimpan" in html
    assert PopulationPeriod.objects.filter(tenant=world.dua).count() == before
    figures = PopulationPeriod.objects.get(tenant=world.dua, year=2024, semester="2").figures
    assert figures.get(group="penduduk").male == 1500


def test_an_import_refreshes_the_cached_data_pages_of_the_village_and_portal(
    client, world, operator, settings
):
    settings.PAGECACHE_SECONDS = 600
    reader = Client()
    for host in ("dua.kec-a.test", "kec-a.test"):
        reader.get("/data/", HTTP_HOST=host)
        assert reader.get("/data/", HTTP_HOST=host)["X-Page-Cache"] == "HIT"
    client.force_login(operator)
    rows = population_rows(world.dua.code, 2026, 0, 801, 802)
    response = client.post(
        "/admin/data-desa/",
        {"dataset": "penduduk", "file": csv_upload(rows)},
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 302
    page = reader.get("/data/", HTTP_HOST="dua.kec-a.test")
    assert page["X-Page-Cache"] == "MISS" and "2026" in page.text
    assert reader.get("/data/", HTTP_HOST="kec-a.test")["X-Page-Cache"] == "MISS"
