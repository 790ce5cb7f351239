"""Each OpenSID push leaves its outcome: staff see it per village, the public its dates."""

import json
from datetime import datetime, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from tests.factories import UserFactory
from tests.villagedata.test_push import post_json, report_body
from villagedata.models import PushKind, PushStatus


@pytest.fixture
def camat(world):
    user = UserFactory(username="camat.a", groups=[world.kec_a.admin_group])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def status_of(village, kind):
    return PushStatus.objects.get(tenant=village, kind=kind)


def test_an_accepted_push_records_its_time_and_answer(client, world, keys):
    before = timezone.now()
    post_json(client, "laporan-penduduk", report_body(world.dua.code), keys.dua)
    status = status_of(world.dua, PushKind.POPULATION_REPORTS)
    assert status.accepted
    assert status.message == "Proses sync data Laporan Penduduk OpenSID sedang berjalan"
    assert status.attempted_at == status.succeeded_at >= before


def test_a_refused_push_records_why_and_keeps_the_last_success(client, world, keys):
    post_json(client, "laporan-penduduk", report_body(world.dua.code), keys.dua)
    succeeded_at = status_of(world.dua, PushKind.POPULATION_REPORTS).succeeded_at
    response = post_json(
        client, "laporan-penduduk", report_body(world.dua.code, bulan=13), keys.dua
    )
    assert response.status_code == 422
    status = status_of(world.dua, PushKind.POPULATION_REPORTS)
    assert not status.accepted
    assert status.message == response.json()["message"] == "Isian bulan di luar rentang."
    assert status.succeeded_at == succeeded_at < status.attempted_at
    assert PushStatus.objects.filter(tenant=world.dua).count() == 1  # one row per kind


def test_a_push_with_a_revoked_key_is_recorded_for_its_village(client, world, keys):
    post_json(client, "laporan-apbdes", {"desa_id": world.dua.code}, keys.revoked)
    status = status_of(world.dua, PushKind.BUDGET_REPORTS)
    assert not status.accepted and "dicabut" in status.message
    assert status.succeeded_at is None


def test_a_push_with_an_unknown_key_names_no_village(client, world):
    # The body's code is anyone's to write: nothing is recorded against it.
    post_json(client, "laporan-penduduk", report_body(world.dua.code), "kcms_palsu")
    assert not PushStatus.objects.exists()


def test_the_identity_push_is_recorded_under_its_kind(client, world, keys):
    body = {"kode_desa": world.dua.code, "sebutan_desa": "Desa"}
    assert post_json(client, "identitas-desa", body, keys.dua).status_code == 200
    assert status_of(world.dua, PushKind.IDENTITY).accepted


# --- The keys screen (kecamatan admins) -------------------------------------------


def keys_page(client, user):
    client.force_login(user)
    return client.get("/admin/data-desa/kunci/", HTTP_HOST="kec-a.test").content.decode()


def cell(html, village_name, kind):
    """The text of one village's cell for ``kind`` in the pushes table."""
    row = html[html.index(f'<th scope="row">{village_name}</th>', html.index('id="kiriman"')) :]
    row = row[: row.index("</tr>")]
    start = row.index(f'data-push-kind="{kind}"')
    return row[start : row.index("</td>", start)]


def test_keys_page_gives_the_server_address_without_a_trailing_slash(client, camat):
    html = keys_page(client, camat)
    # Before: "http://kec-a.test/", which OpenSID turned into //api/v1/…
    assert "<code data-opensid-server>http://kec-a.test</code>" in html
    assert "tanpa garis miring (/) di akhir dan tanpa /api/v1" in html
    assert "OpenDK → Sinkronisasi" in html and "Api Opendk Password" in html


def test_keys_page_shows_each_villages_last_push_of_each_kind(client, world, keys, camat):
    post_json(client, "laporan-penduduk", report_body(world.dua.code), keys.dua)
    post_json(client, "identitas-desa", {"kode_desa": world.dua.code}, keys.dua)  # no sebutan
    PushStatus.objects.filter(tenant=world.dua, kind=PushKind.POPULATION_REPORTS).update(
        succeeded_at=timezone.now() - timedelta(days=50),
        attempted_at=timezone.now() - timedelta(days=50),
    )
    html = keys_page(client, camat)
    population = cell(html, "Desa Dua", "laporan-penduduk")
    assert "diterima" in population and "Terlambat: terakhir diterima 1\xa0bulan" in population
    identity = cell(html, "Desa Dua", "identitas-desa")
    assert "ditolak" in identity and "Isian sebutan desa wajib diisi." in identity
    assert "Belum pernah diterima." in identity and "data-push-stale" not in identity
    assert "Belum pernah" in cell(html, "Desa Lima", "laporan-penduduk")
    assert "Tidak berlaku" in cell(html, "Kelurahan Satu", "laporan-apbdes")


def test_a_recent_push_carries_no_late_flag(client, world, keys, camat):
    post_json(client, "laporan-penduduk", report_body(world.dua.code), keys.dua)
    assert "data-push-stale" not in cell(keys_page(client, camat), "Desa Dua", "laporan-penduduk")


def test_keys_page_shows_no_other_kecamatans_villages(client, world, keys, camat):
    post_json(
        client, "identitas-desa", {"kode_desa": world.empat.code}, keys.empat, host="kec-b.test"
    )
    assert PushStatus.objects.filter(tenant=world.empat).exists()
    html = keys_page(client, camat)
    assert "Empat" not in html[html.index('id="kiriman"') :]


# --- The village's public data page ---------------------------------------------


def test_village_data_page_shows_the_dates_data_arrived_and_no_staff_message(client, world, keys):
    post_json(client, "laporan-penduduk", report_body(world.dua.code), keys.dua)
    post_json(client, "laporan-apbdes", {"desa_id": "16.74.04.9999"}, keys.dua)  # refused
    PushStatus.objects.filter(tenant=world.dua, kind=PushKind.POPULATION_REPORTS).update(
        succeeded_at=timezone.make_aware(datetime(2026, 11, 3, 9, 0))
    )
    html = client.get("/data/", HTTP_HOST="dua.kec-a.test").content.decode()
    section = html[
        html.index('<h2 id="opensid">') : html.index("</section>", html.index('id="opensid"'))
    ]
    assert "<dt>Laporan penduduk</dt><dd>3 November 2026</dd>" in section
    assert "<dt>Laporan APBDes</dt><dd>Belum ada</dd>" in section
    assert "<dt>Identitas desa</dt><dd>Belum ada</dd>" in section
    refusal = status_of(world.dua, PushKind.BUDGET_REPORTS).message
    assert "tidak dikenal" in refusal and refusal not in html
    assert "9999" not in html


def test_data_page_of_a_village_that_never_pushed_has_no_opensid_section(client, world):
    html = client.get("/data/", HTTP_HOST="lima.kec-a.test").content.decode()
    assert 'id="opensid"' not in html


def test_kelurahan_data_page_lists_no_apbdes_date(client, world):
    PushStatus.record(world.satu, PushKind.IDENTITY, accepted=True, message="ok")
    html = client.get("/data/", HTTP_HOST="satu.kec-a.test").content.decode()
    assert "<dt>Identitas desa</dt>" in html and "<dt>Laporan APBDes</dt>" not in html


def test_recorded_messages_come_from_the_answer(client, world, keys):
    response = post_json(client, "laporan-apbdes", {"desa_id": world.satu.code}, keys.dua)
    assert (
        status_of(world.dua, PushKind.BUDGET_REPORTS).message
        == json.loads(response.content)["message"]
    )
