"""The "Pantauan desa" screen costs the same number of queries for 9 villages as for 50.

Two kecamatan are onboarded; kecamatan C gets 9 villages and D 50, each
with everything a row shows: a news article and a data page, an operator
who has logged in, open and late complaints and requests, an OpenSID push
(accepted or refused), an uploaded profile, and approval switched on for
every third village. A per-row query anywhere would make D's count grow.

Onboarding 59 villages one by one takes minutes, so the villages are
synthetic (``bench/synthetic_villages.py``: live homes with their Sites,
inserted in bulk) and get their registry rows here: a ``Tenant`` with its
own editor group and media collection, which is all the screen reads.
"""

import datetime
import io
import uuid

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Collection
from wagtail.rich_text import RichText

from bench.synthetic_villages import generate_villages
from citizens import workflow
from citizens.models import Complaint, ServiceRequest
from dashboard import overview
from news.models import NewsPage
from tenants.codes import TenantKind
from tenants.models import Tenant, VillageHomePage
from tenants.moderation import set_moderation
from tests.demo_seed import rolled_back
from tests.factories import KecamatanFactory, UserFactory
from villagedata.models import PushKind, PushStatus, VillageDataPage, VillageProfile

pytestmark = pytest.mark.django_db

URL = "/admin/pantauan-desa/"


def register_villages(kecamatan) -> list[Tenant]:
    """``Tenant`` rows for the synthetic village homes under ``kecamatan``'s folder."""
    folder = kecamatan.home_page.get_parent()
    root = Collection.get_first_root_node()
    tenants = []
    homes = VillageHomePage.objects.child_of(folder)
    for serial, home in enumerate(homes.order_by("path"), start=2001):
        code = f"{kecamatan.code}.{serial}"
        tenants.append(
            Tenant.objects.create(
                code=code,
                name=home.title,
                kind=TenantKind.DESA,
                kecamatan=kecamatan,
                home_page=home,
                site=home.sites_rooted_here.get(),
                editor_group=Group.objects.create(name=f"Operator {code}"),
                collection=root.add_child(name=f"Media {code}"),
            )
        )
    return tenants


def furnish(village, n: int) -> None:
    """Everything a row of the screen shows, for one village."""
    now = timezone.now()
    home = village.home_page
    home.add_child(
        instance=NewsPage(
            title=f"Berita {village.name}",
            slug="berita",
            date=timezone.localdate() - datetime.timedelta(days=n % 45),
            category="pemerintahan",
            summary="Ringkasan.",
            body=[("paragraph", RichText("<p>Isi berita.</p>"))],
        )
    )
    home.add_child(instance=VillageDataPage(title="Data Desa", slug="data"))
    operator = UserFactory(username=f"operator.{village.code}", groups=[village.editor_group])
    operator.last_login = now - datetime.timedelta(hours=n)
    operator.save(update_fields=["last_login"])
    common = {"tenant": village, "origin": village}
    for age in (1, 20):  # one complaint on time, one late
        complaint = Complaint.objects.create(
            code=workflow.unique_code(), submission_token=uuid.uuid4(), text="Aduan.", **common
        )
        Complaint.objects.filter(pk=complaint.pk).update(
            created_at=now - datetime.timedelta(days=age)
        )
    ServiceRequest.objects.create(
        code=workflow.unique_code(),
        submission_token=uuid.uuid4(),
        service_title="Surat keterangan",
        applicant_name="Pemohon",
        nik="1674044512900003",
        phone="081200000000",
        due_at=now - datetime.timedelta(days=1),
        **common,
    )
    PushStatus.record(village, PushKind.POPULATION_REPORTS, n % 2 == 0, "Jawaban OpenSID.")
    VillageProfile.objects.create(tenant=village, as_of=timezone.localdate(), source="Unggahan")
    if n % 3 == 0:
        set_moderation(village, True)


def build_kecamatan(code, hostname, villages):
    kecamatan = KecamatanFactory(code=code, name=f"Kecamatan {code}", hostname=hostname)
    generate_villages(villages, kecamatan_code=code, hostname=hostname, stdout=io.StringIO())
    tenants = register_villages(kecamatan)
    for n, village in enumerate(tenants):
        furnish(village, n)
    camat = UserFactory(username=f"camat.{code}", groups=[kecamatan.admin_group])
    return kecamatan, tenants, camat


@pytest.fixture(scope="module")
def kecamatan(django_db_setup, django_db_blocker):
    """Kecamatan C with 9 villages and D with 50, each with its camat."""
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            built = {
                9: build_kecamatan("16.74.06", "kec-c.test", 9),
                50: build_kecamatan("16.74.07", "kec-d.test", 50),
            }
        yield built


def count_queries(client, camat, host) -> tuple[int, str]:
    """The queries of one request for the screen by ``camat`` (after a warm-up request)."""
    client.force_login(camat)
    client.get(URL, HTTP_HOST=host)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"{URL}?urut=-pengaduan_umur", HTTP_HOST=host)
    assert response.status_code == 200
    return len(queries), response.text


def test_the_screen_costs_the_same_queries_for_9_and_for_50_villages(kecamatan, client):
    small, small_html = count_queries(client, kecamatan[9][2], "kec-c.test")
    large, large_html = count_queries(client, kecamatan[50][2], "kec-d.test")
    assert small_html.count("<tr data-village=") == 9
    assert large_html.count("<tr data-village=") == 50
    assert small == large, f"9 villages: {small} queries, 50 villages: {large}"


def test_the_rows_cost_a_fixed_handful_of_queries_and_carry_every_column(kecamatan):
    _kecamatan, villages, camat = kecamatan[50]
    queryset = Tenant.objects.filter(pk__in=[v.pk for v in villages])
    overview.village_rows(queryset, camat)  # the camat's reach, cached on the user
    with CaptureQueriesContext(connection) as queries:
        rows = overview.village_rows(queryset, camat)
    assert len(queries) <= 7, [q["sql"][:120] for q in queries]
    assert len(rows) == 50
    for n, row in enumerate(sorted(rows, key=lambda r: r.village.code)):
        assert row.news.last_date is not None and row.last_login is not None
        assert (row.complaints.open, row.complaints.late, row.complaints.oldest_days) == (2, 1, 20)
        assert (row.requests.open, row.requests.late) == (1, 1)
        assert row.moderated == (n % 3 == 0)
        assert row.last_data is not None and row.data_page_url.endswith("/data/")
        assert row.inbox_urls  # the camat handles every village's cases


def test_the_dashboard_summary_is_flat_too(kecamatan, client):
    counts = []
    for size, host in ((9, "kec-c.test"), (50, "kec-d.test")):
        client.force_login(kecamatan[size][2])
        client.get("/admin/", HTTP_HOST=host)
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/admin/", HTTP_HOST=host)
        assert 'id="pantauan-desa-section"' in response.text
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
