"""The inbox as the camat sees it: days open, late complaints, sorting, filters, totals.

A complaint is late once it has been open for ``CITIZEN_COMPLAINT_LATE_DAYS``
days; a request once it is past its service's due time ("Terlambat", as
before). Both rules live on the models (``late_condition``), and the
filter, the counters, the per-village totals and "Pantauan desa" read them
there. The inbox stays scoped as before: a camat sees their own
kecamatan's villages, an operator their own village only.
"""

import datetime

import pytest
from django.utils import timezone

from citizens.models import Complaint, ComplaintStatus, RequestStatus, ServiceRequest
from tests.citizens.conftest import staff_client
from tests.dashboard.conftest import make_case
from tests.operator_ui.audit import assert_indonesian

pytestmark = pytest.mark.django_db


def aged(case, days):
    """``case`` as if sent ``days`` days (and an hour) ago."""
    sent = timezone.now() - datetime.timedelta(days=days, hours=1)
    type(case).objects.filter(pk=case.pk).update(created_at=sent)
    return type(case).objects.get(pk=case.pk)


def listed(client, kind, query=""):
    response = client.get(f"/admin/warga/{kind}/{query}")
    assert response.status_code == 200
    return [case.code for case in response.context["page"].object_list]


@pytest.fixture
def cases(world):
    """Complaints of A1, A2 and B1 of different ages and statuses, and two requests."""
    c = {
        "a1_late": aged(make_case(world.village_a1), 20),
        "a1_fresh": aged(make_case(world.village_a1), 3),
        "a1_closed_old": aged(make_case(world.village_a1, status=ComplaintStatus.DONE), 40),
        "a2_in_progress": aged(make_case(world.village_a2, status=ComplaintStatus.IN_PROGRESS), 10),
        "a2_late": aged(make_case(world.village_a2), 16),
        "b1_late": aged(make_case(world.village_b1), 30),
        "a1_request": make_case(world.village_a1, kind="request"),
        "a2_request": make_case(world.village_a2, kind="request"),
    }
    ServiceRequest.objects.filter(pk=c["a2_request"].pk).update(
        due_at=timezone.now() - datetime.timedelta(hours=2)
    )
    return c


def codes(cases, *names):
    return [cases[name].code for name in names]


def test_complaints_show_days_open_and_are_late_after_the_settings_days(world, cases, settings):
    settings.CITIZEN_COMPLAINT_LATE_DAYS = 14
    camat = staff_client(world.users["kec_admin"])
    response = camat.get("/admin/warga/pengaduan/")
    rows = {case.code: case for case in response.context["page"].object_list}
    assert rows[cases["a1_late"].code].days_open == 20
    assert rows[cases["a1_late"].code].is_late and not rows[cases["a1_fresh"].code].is_late
    html = response.text
    assert f'<tr data-code="{cases["a1_late"].code}" data-late>' in html
    assert f'<tr data-code="{cases["a1_fresh"].code}">' in html
    assert "masih terbuka lebih dari 14 hari" in html
    assert response.context["counts"]["late_complaints"] == 2  # A1's and A2's; not B1's
    late = listed(camat, "pengaduan", "?status=terlambat&urut=terlama")
    assert late == codes(cases, "a1_late", "a2_late")  # the closed 40-day one is not late

    settings.CITIZEN_COMPLAINT_LATE_DAYS = 18
    assert listed(camat, "pengaduan", "?status=terlambat") == codes(cases, "a1_late")


def test_a_closed_complaint_counts_its_days_until_closing(world, cases):
    closed = cases["a1_closed_old"]
    Complaint.objects.filter(pk=closed.pk).update(
        closed_at=closed.created_at + datetime.timedelta(days=6)
    )
    assert Complaint.objects.get(pk=closed.pk).days_open == 6
    assert not Complaint.objects.get(pk=closed.pk).is_late


def test_requests_keep_their_late_flag_from_the_due_time(world, cases):
    camat = staff_client(world.users["kec_admin"])
    assert listed(camat, "permohonan", "?status=terlambat") == codes(cases, "a2_request")
    response = camat.get("/admin/warga/permohonan/")
    assert response.context["counts"]["overdue_requests"] == 1
    assert f'<tr data-code="{cases["a2_request"].code}" data-late>' in response.text


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("terlama", ["a1_late", "a2_late", "a2_in_progress", "a1_fresh"]),
        ("terbaru", ["a1_fresh", "a2_in_progress", "a2_late", "a1_late"]),
        # Dua before Satu; newest first within a village.
        ("desa", ["a2_in_progress", "a2_late", "a1_fresh", "a1_late"]),
        # Diterima before Diproses; oldest first within a status.
        ("status", ["a1_late", "a2_late", "a1_fresh", "a2_in_progress"]),
    ],
)
def test_the_camat_sorts_by_age_village_and_status(world, cases, sort, expected):
    # Only the villages' open complaints, the kecamatan's own office left out.
    query = f"?urut={sort}&status=terbuka"
    camat = staff_client(world.users["kec_admin"])
    a1 = listed(camat, "pengaduan", f"{query}&kantor={world.village_a1.pk}")
    a2 = listed(camat, "pengaduan", f"{query}&kantor={world.village_a2.pk}")
    both = [code for code in listed(camat, "pengaduan", query) if code in a1 + a2]
    assert both == codes(cases, *expected)


def test_the_camat_filters_by_village_and_status(world, cases):
    camat = staff_client(world.users["kec_admin"])
    assert listed(camat, "pengaduan", f"?kantor={world.village_a2.pk}&status=diproses") == codes(
        cases, "a2_in_progress"
    )
    assert listed(camat, "pengaduan", f"?kantor={world.village_a2.pk}&urut=terlama") == codes(
        cases, "a2_late", "a2_in_progress"
    )
    # Another kecamatan's village named in the filter shows nothing of it.
    assert listed(camat, "pengaduan", f"?kantor={world.village_b1.pk}&status=semua") == []


def test_totals_per_village_for_the_camat(world, cases):
    camat = staff_client(world.users["kec_admin"])
    response = camat.get("/admin/warga/pengaduan/")
    totals = {row["office"].code: row for row in response.context["office_totals"]}
    assert set(totals) == {world.kec_a.code, world.village_a1.code, world.village_a2.code}
    a1 = totals[world.village_a1.code]
    assert (a1["total"], a1["open"], a1["late"], a1["oldest_days"]) == (3, 2, 1, 20)
    a2 = totals[world.village_a2.code]
    assert (a2["total"], a2["open"], a2["late"], a2["oldest_days"]) == (2, 2, 1, 16)
    assert totals[world.kec_a.code]["total"] == 0
    table = response.text.split('id="jumlah-per-kantor"', 1)[1].split("</table>", 1)[0]
    assert f'data-office="{world.village_a1.code}"' in table
    assert world.village_b1.code not in table and "Tiga" not in table


@pytest.mark.parametrize(
    ("role", "sees", "offices"),
    [
        ("kec_admin", {"a1_late", "a1_fresh", "a2_in_progress", "a2_late"}, {"K", "A1", "A2"}),
        ("operator_a1", {"a1_late", "a1_fresh"}, {"A1"}),
        ("operator_a2", {"a2_in_progress", "a2_late"}, {"A2"}),
        ("operator_b1", {"b1_late"}, {"B1"}),
        ("kec_editor", set(), {"K"}),
    ],
)
def test_each_role_sees_its_own_villages_cases_and_totals_only(world, cases, role, sees, offices):
    client = staff_client(world.users[role])
    names = {case.code: name for name, case in cases.items()}
    for sort in ("terlama", "desa", "status"):
        shown = listed(client, "pengaduan", f"?urut={sort}&status=terbuka")
        assert {names[code] for code in shown if code in names} == sees, sort
    # Naming another office in the filter does not widen the list.
    for village in (world.village_a1, world.village_a2, world.village_b1):
        shown = listed(client, "pengaduan", f"?kantor={village.pk}&status=terbuka")
        assert {names[code] for code in shown if code in names} <= sees
    labels = {
        world.kec_a.code: "K",
        world.village_a1.code: "A1",
        world.village_a2.code: "A2",
        world.village_b1.code: "B1",
    }
    response = client.get("/admin/warga/pengaduan/")
    assert {labels[row["office"].code] for row in response.context["office_totals"]} == offices


def test_the_complaint_export_has_days_open_and_the_late_flag(world, cases):
    camat = staff_client(world.users["kec_admin"])
    csv = camat.get("/admin/warga/pengaduan/ekspor.csv?urut=terlama").content.decode("utf-8-sig")
    header, *lines = csv.splitlines()
    assert header.endswith("Hari terbuka,Terlambat")
    late_line = next(line for line in lines if line.startswith(cases["a1_late"].code))
    assert late_line.endswith(",20,ya")


@pytest.mark.parametrize("kind", ["pengaduan", "permohonan"])
def test_the_inbox_with_its_new_columns_is_indonesian(world, cases, kind):
    camat = staff_client(world.users["kec_admin"])
    for query in ("", "?urut=status", "?status=terlambat", f"?kantor={world.village_a1.pk}"):
        assert_indonesian(camat.get(f"/admin/warga/{kind}/{query}"), f"{kind} {query}")
    case = cases["a1_late"] if kind == "pengaduan" else cases["a2_request"]
    assert_indonesian(camat.get(f"/admin/warga/{kind}/{case.code}/"), f"rincian {kind}")


def test_statuses_sort_in_the_order_a_request_moves(world):
    verified = make_case(world.village_a1, kind="request", status=RequestStatus.VERIFIED)
    submitted = make_case(world.village_a1, kind="request", status=RequestStatus.SUBMITTED)
    fixing = make_case(world.village_a1, kind="request", status=RequestStatus.NEEDS_FIX)
    client = staff_client(world.users["operator_a1"])
    shown = listed(client, "permohonan", "?urut=status")
    mine = [code for code in shown if code in {verified.code, submitted.code, fixing.code}]
    assert mine == [submitted.code, verified.code, fixing.code]
