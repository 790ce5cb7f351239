"""A two-kecamatan world for the dashboard tests, built once per module and rolled back.

Kecamatan A has villages A1 ("Satu") and A2 ("Dua"), kecamatan B has B1
("Tiga"). Every village gets a news article and citizens' cases whose
titles and codes name their owner, so a test can tell whose item leaked.
"""

import datetime
import uuid
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from citizens import workflow
from citizens.models import Complaint, ComplaintStatus, RequestStatus, ServiceRequest
from tests.demo_seed import rolled_back
from tests.factories import KecamatanFactory, UserFactory, VillageFactory
from tests.news.conftest import add_news

PASSWORD = "kata-sandi-uji-123"
VALID_NIK = "1674044512900003"


def make_case(tenant, kind="complaint", status=None, origin=None):
    """A complaint or service request handled by ``tenant``, without files."""
    common = {
        "code": workflow.unique_code(),
        "tenant": tenant,
        "origin": origin or tenant,
        "submission_token": uuid.uuid4(),
    }
    if kind == "complaint":
        return Complaint.objects.create(
            text=f"Pengaduan {tenant.name}", status=status or ComplaintStatus.RECEIVED, **common
        )
    return ServiceRequest.objects.create(
        service_title=f"Layanan {tenant.name}",
        applicant_name=f"Pemohon {tenant.name}",
        nik=VALID_NIK,
        phone="081200000000",
        status=status or RequestStatus.SUBMITTED,
        **common,
    )


def build_world() -> SimpleNamespace:
    w = SimpleNamespace()
    w.kec_a = KecamatanFactory(
        code="16.74.04", name="Rambang Kapak Tengah", hostname="kec-a.test", make_default=True
    )
    w.village_a1 = VillageFactory(kecamatan=w.kec_a, serial=1001, name="Satu")
    w.village_a2 = VillageFactory(kecamatan=w.kec_a, serial=2008, name="Dua")
    w.kec_b = KecamatanFactory(code="16.74.05", name="Rambang Kapak Hilir", hostname="kec-b.test")
    w.village_b1 = VillageFactory(kecamatan=w.kec_b, serial=1001, name="Tiga")
    User = get_user_model()
    w.users = {
        "superuser": User.objects.create_superuser("super", "super@example.test", PASSWORD),
        "kec_admin": UserFactory(username="admin.a", groups=[w.kec_a.admin_group]),
        "kec_editor": UserFactory(username="editor.a", groups=[w.kec_a.editor_group]),
        "operator": UserFactory(
            username="operator.satu", first_name="Siti", groups=[w.village_a1.editor_group]
        ),
        "operator_a2": UserFactory(username="operator.dua", groups=[w.village_a2.editor_group]),
        "operator_b1": UserFactory(username="operator.tiga", groups=[w.village_b1.editor_group]),
    }
    today = timezone.localdate()
    w.news = {
        "K": add_news(w.kec_a, "Berita Kecamatan A", today),
        "A1": add_news(w.village_a1, "Berita Satu", today - datetime.timedelta(days=3)),
        "A2": add_news(w.village_a2, "Berita Dua", today - datetime.timedelta(days=40)),
        "B1": add_news(w.village_b1, "Berita Tiga", today - datetime.timedelta(days=1)),
    }
    # A1: 2 new complaints, 1 in progress, 1 new request, 1 verified request, and
    # 1 complaint sent from A1's site but handled by the kecamatan (not A1's to answer).
    w.cases = {
        "A1": [
            make_case(w.village_a1),
            make_case(w.village_a1),
            make_case(w.village_a1, status=ComplaintStatus.IN_PROGRESS),
            make_case(w.village_a1, kind="request"),
            make_case(w.village_a1, kind="request", status=RequestStatus.VERIFIED),
            make_case(w.kec_a, origin=w.village_a1),
        ],
        "A2": [make_case(w.village_a2) for _ in range(3)]
        + [make_case(w.village_a2, kind="request")],
        "B1": [make_case(w.village_b1), make_case(w.village_b1, kind="request")],
    }
    return w


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The world of :func:`build_world`, shared by a module's tests and rolled back after."""
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            w = build_world()
        yield w


@pytest.fixture
def login(client):
    """``login(user)``: the test client, signed in as ``user``."""

    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in
