"""The "Pantauan desa" screen: one row per village of the camat's kecamatan, sortable, Indonesian.

The world (``tests/dashboard/conftest.py``): kecamatan A with villages A1
("Satu", news 3 days old) and A2 ("Dua", news 40 days old), kecamatan B
with B1 ("Tiga"). Each test changes what it needs inside its own savepoint.
"""

import datetime
import re

import pytest
from django.utils import timezone

from citizens.models import Complaint, ComplaintStatus, ServiceRequest
from dashboard import overview
from tenants.moderation import set_moderation
from tests.dashboard.conftest import make_case
from tests.operator_ui.audit import assert_indonesian
from villagedata.models import PushKind, PushStatus, VillageProfile

pytestmark = pytest.mark.django_db

URL = "/admin/pantauan-desa/"
HOST = {"HTTP_HOST": "kec-a.test"}


def village_codes(html: str) -> list[str]:
    """The village rows of the screen's table, in order."""
    table = html.split('id="pantauan-desa"', 1)[1].split("</table>", 1)[0]
    return re.findall(r'<tr data-village="([\d.]+)"', table)


def screen(login, user, query=""):
    response = login(user).get(URL + query, **HOST)
    assert response.status_code == 200
    return response


def row_of(response, village):
    return next(r for r in response.context["rows"] if r.village.pk == village.pk)


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days, hours=1)


def test_a_camat_sees_a_row_for_each_own_village_and_never_another_kecamatans(world, login):
    html = screen(login, world.users["kec_admin"]).text
    assert village_codes(html) == [world.village_a2.code, world.village_a1.code]  # by name
    assert world.village_b1.code not in html and "Tiga" not in html


@pytest.mark.parametrize("role", ["operator", "operator_b1", "kec_editor"])
def test_operators_and_kecamatan_editors_get_a_403_and_no_menu_item(world, login, role):
    client = login(world.users[role])
    response = client.get(URL, **HOST)
    assert response.status_code == 403
    assert "Satu" not in response.text and "Dua" not in response.text
    assert URL not in client.get("/admin/", **HOST).text


def test_the_camat_and_the_superuser_have_the_menu_item(world, login):
    for role in ("kec_admin", "superuser"):
        assert f'"url": "{URL}"' in login(world.users[role]).get("/admin/", **HOST).text, role


def test_open_cases_their_oldest_age_and_the_late_ones(world, login, settings):
    settings.CITIZEN_COMPLAINT_LATE_DAYS = 14
    # A1: three open complaints (one sent 20 days ago), two open requests.
    old = Complaint.objects.filter(tenant=world.village_a1).order_by("pk").first()
    Complaint.objects.filter(pk=old.pk).update(created_at=days_ago(20))
    request = ServiceRequest.objects.filter(tenant=world.village_a1).order_by("pk").first()
    ServiceRequest.objects.filter(pk=request.pk).update(due_at=days_ago(1))
    # A closed complaint, however old, is neither open nor late.
    closed = make_case(world.village_a1, status=ComplaintStatus.DONE)
    Complaint.objects.filter(pk=closed.pk).update(created_at=days_ago(60))

    row = row_of(screen(login, world.users["kec_admin"]), world.village_a1)
    assert (row.complaints.open, row.complaints.late, row.complaints.oldest_days) == (3, 1, 20)
    assert (row.requests.open, row.requests.late) == (2, 1)
    assert row.late_cases == 2

    settings.CITIZEN_COMPLAINT_LATE_DAYS = 30
    row = row_of(screen(login, world.users["kec_admin"]), world.village_a1)
    assert row.complaints.late == 0 and row.complaints.oldest_days == 20


def test_the_complaint_sent_from_a_village_to_the_kecamatan_is_not_the_villages(world, login):
    # Six cases carry A1's name; the one handled by the kecamatan is not A1's to answer.
    row = row_of(screen(login, world.users["kec_admin"]), world.village_a1)
    assert row.complaints.open == 3


def test_news_login_approval_and_the_last_data_push(world, login):
    operator = world.users["operator"]
    operator.last_login = timezone.now() - datetime.timedelta(days=2)
    operator.save(update_fields=["last_login"])
    set_moderation(world.village_a2, True)
    PushStatus.record(world.village_a1, PushKind.POPULATION_REPORTS, True, "Diterima.")
    PushStatus.record(world.village_a1, PushKind.IDENTITY, False, "Kunci API sudah dicabut.")
    VillageProfile.objects.create(
        tenant=world.village_a2, as_of=timezone.localdate(), source="Profil desa 2026"
    )

    response = screen(login, world.users["kec_admin"])
    a1, a2 = row_of(response, world.village_a1), row_of(response, world.village_a2)
    assert a1.news.days_since == 3 and not a1.news.stale
    assert a2.news.days_since == 40 and a2.news.stale
    assert a1.last_login == operator.last_login and a2.last_login is None
    assert (a1.moderated, a2.moderated) == (False, True)
    # The refused identity push came last; the accepted report still counts as data.
    assert a1.last_data.source == "opensid" and not a1.last_data.accepted
    assert a1.last_data.message == "Kunci API sudah dicabut."
    assert not a1.data_stale
    assert a2.last_data.source == "unggah" and a2.last_data.accepted
    html = response.text
    assert "Kunci API sudah dicabut." in html and "ditolak" in html
    assert 'data-moderated="ya"' in html and 'data-moderated="tidak"' in html


def test_each_row_links_to_the_site_the_filtered_inbox_and_the_data_page(world, login):
    client = login(world.users["kec_admin"])
    response = screen(login, world.users["kec_admin"])
    row = row_of(response, world.village_a1)
    assert f'href="{world.village_a1.url}"' in response.text
    assert row.data_page_url == world.village_a1.site.root_url + "/data/"
    inbox = client.get(row.inbox_urls["pengaduan"], **HOST)
    codes = {case.code for case in inbox.context["page"].object_list}
    assert codes == set(
        Complaint.objects.filter(tenant=world.village_a1).open().values_list("code", flat=True)
    )
    assert len(codes) == 3


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("", "village_a2"),  # by name: Dua, Satu
        ("?urut=-desa", "village_a1"),
        ("?urut=berita", "village_a2"),  # the oldest news first
        ("?urut=-berita", "village_a1"),
        ("?urut=-permohonan", "village_a1"),  # A1 has 2 open requests, A2 1
        ("?urut=permohonan", "village_a2"),
        ("?urut=-pengaduan", "village_a2"),  # 3 and 3: ties stay by name
        ("?urut=urutan-tak-dikenal", "village_a2"),  # unknown: the default
    ],
)
def test_sorting_is_done_on_the_server(world, login, query, first):
    html = screen(login, world.users["kec_admin"], query).text
    assert village_codes(html)[0] == getattr(world, first).code, query


def test_every_column_sorts_both_ways_and_its_header_links_to_the_other_way(world, login):
    client = login(world.users["superuser"])
    for column in overview.SORT_KEYS:
        for value in (column, f"-{column}"):
            response = client.get(f"{URL}?urut={value}", **HOST)
            assert response.status_code == 200
            assert len(village_codes(response.text)) == 3, value
            other = column if value.startswith("-") else f"-{column}"
            assert f'href="?urut={other}" data-sort="{column}"' in response.text, value


def test_sorting_puts_the_oldest_open_complaint_first(world, login):
    oldest = Complaint.objects.filter(tenant=world.village_a2).order_by("pk").first()
    Complaint.objects.filter(pk=oldest.pk).update(created_at=days_ago(33))
    html = screen(login, world.users["kec_admin"], "?urut=-pengaduan_umur").text
    assert village_codes(html) == [world.village_a2.code, world.village_a1.code]


def test_the_superuser_sees_every_kecamatan_and_can_choose_one(world, login):
    client = login(world.users["superuser"])
    html = client.get(URL, **HOST).text
    assert set(village_codes(html)) >= {
        world.village_a1.code,
        world.village_a2.code,
        world.village_b1.code,
    }
    assert 'id="pilih-kecamatan"' in html
    chosen = client.get(f"{URL}?kecamatan={world.kec_b.code}", **HOST).text
    assert village_codes(chosen) == [world.village_b1.code]


def test_the_screen_and_its_refusal_are_indonesian(world, login):
    PushStatus.record(world.village_a1, PushKind.IDENTITY, False, "Kunci API sudah dicabut.")
    set_moderation(world.village_a2, True)
    client = login(world.users["kec_admin"])
    for query in ("", "?urut=-data", "?urut=login"):
        assert_indonesian(client.get(URL + query, **HOST), f"pantauan desa {query}")
    assert_indonesian(login(world.users["superuser"]).get(URL, **HOST), "pantauan (superuser)")
    refused = login(world.users["operator"]).get(URL, **HOST)
    assert_indonesian(refused, "pantauan ditolak", status=403)
