"""Citizens' fixtures: a two-kecamatan world built once for the package, files, clients.

``world`` onboards two kecamatan with two villages each (hostnames as in the
``tree`` fixture), one service of kecamatan A that accepts online requests,
and one user per role. It is built once for this test package, in a
transaction held until the package's last test and then rolled back; each
test still runs in its own savepoint, so nothing leaks between tests.
"""

import io
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from services.models import ServiceCatalogPage
from tests.demo_seed import rolled_back
from tests.factories import (
    KecamatanFactory,
    ServicePageFactory,
    UserFactory,
    VillageFactory,
    requirement,
)

PASSWORD = "kata-sandi-uji-123"
VALID_NIK = "1674044512900003"  # 16.74.04, a woman born 5 December 1990, serial 0003


def build_world() -> SimpleNamespace:
    w = SimpleNamespace()
    w.kec_a = KecamatanFactory(
        code="16.74.04", name="Rambang Kapak Tengah", hostname="kec-a.test", make_default=True
    )
    w.village_a1 = VillageFactory(kecamatan=w.kec_a, serial=1001, name="Satu")
    w.village_a2 = VillageFactory(kecamatan=w.kec_a, serial=2008, name="Dua")
    w.kec_b = KecamatanFactory(code="16.74.05", name="Rambang Kapak Hilir", hostname="kec-b.test")
    w.village_b1 = VillageFactory(kecamatan=w.kec_b, serial=1001, name="Tiga")
    catalog = ServiceCatalogPage.objects.child_of(w.kec_a.home_page).get()
    w.service = ServicePageFactory(
        parent=catalog,
        title="Surat Keterangan Domisili",
        slug="surat-keterangan-domisili",
        handled_at="keduanya",
        time_value=3,
        time_unit="hari_kerja",
        requirements=[
            requirement("Surat pengantar RT/RW", "asli"),
            requirement("Kartu Keluarga", "fotokopi"),
        ],
        accepts_online_requests=True,
    )
    w.offline_service = ServicePageFactory(
        parent=catalog, title="Dispensasi Nikah", slug="dispensasi-nikah", handled_at="keduanya"
    )
    User = get_user_model()
    w.users = {
        "superuser": User.objects.create_superuser("super", "super@example.test", PASSWORD),
        "kec_admin": UserFactory(username="admin.a", groups=[w.kec_a.admin_group]),
        "kec_editor": UserFactory(username="editor.a", groups=[w.kec_a.editor_group]),
        "operator_a1": UserFactory(username="operator.satu", groups=[w.village_a1.editor_group]),
        "operator_a2": UserFactory(username="operator.dua", groups=[w.village_a2.editor_group]),
        "operator_b1": UserFactory(username="operator.tiga", groups=[w.village_b1.editor_group]),
        "kec_b_editor": UserFactory(username="editor.b", groups=[w.kec_b.editor_group]),
    }
    return w


@pytest.fixture(scope="package")
def world(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            w = build_world()
        yield w


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """Each test writes uploads to its own folder, away from MEDIA_ROOT."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


def host_of(tenant) -> str:
    return tenant.site.hostname


def public_client(tenant, ip="10.0.0.1") -> Client:
    return Client(HTTP_HOST=host_of(tenant), REMOTE_ADDR=ip)


def staff_client(user) -> Client:
    client = Client(HTTP_HOST="kec-a.test")
    client.force_login(user)
    return client


def pdf_bytes(extra: bytes = b"") -> bytes:
    return b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n" + extra + b"%%EOF\n"


def png_bytes(size=(20, 20), mode="RGB") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


def jpeg_bytes(size=(20, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, "white").save(buffer, "JPEG")
    return buffer.getvalue()


def pdf(name="berkas.pdf", extra=b"") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, pdf_bytes(extra), "application/pdf")


def png(name="foto.png", size=(20, 20)) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, png_bytes(size), "image/png")


def get_token(response) -> str:
    """The idempotency token of the form in ``response``."""
    return str(response.context["form"]["token"].value())


def request_data(world, office=None, **overrides) -> dict:
    data = {
        "applicant_name": "Siti Aminah",
        "nik": VALID_NIK,
        "phone": "0812 3456 7890",
        "email": "siti@example.test",
        "office": str((office or world.village_a1).pk),
        "consent": "on",
        "berkas_1": pdf("pengantar.pdf"),
        "berkas_2": png("kk.png"),
    }
    data.update(overrides)
    return data


def submit_request(world, client=None, office=None, **overrides):
    """POST a valid request from village A1's site; returns the response."""
    client = client or public_client(world.village_a1)
    url = f"/warga/permohonan/{world.service.pk}/"
    token = get_token(client.get(url))
    return client.post(url, request_data(world, office=office, token=token, **overrides))


def complaint_data(world, **overrides) -> dict:
    from citizens.models import ComplaintCategory

    category = ComplaintCategory.objects.filter(kecamatan=world.kec_a).first()
    data = {
        "category": str(category.pk),
        "text": "Lampu jalan di RT 03 mati sejak dua minggu.",
        "name": "Budi Santoso",
        "phone": "081298765432",
        "email": "budi@example.test",
    }
    data.update(overrides)
    return data


def submit_complaint(world, tenant=None, client=None, **overrides):
    tenant = tenant or world.village_a1
    client = client or public_client(tenant)
    token = get_token(client.get("/warga/pengaduan/"))
    return client.post("/warga/pengaduan/", complaint_data(world, token=token, **overrides))


def code_from(response) -> str:
    """The tracking code in the redirect after a successful submission."""
    assert response.status_code == 302, getattr(response, "content", b"")[:2000]
    return response["Location"].split("/lacak/")[1].split("/")[0]


def make_case(tenant, label: str, kind: str = "complaint"):
    """A complaint or request handled by ``tenant``, with one private PDF, built directly.

    For tests that need a case without going through the public form, such
    as the permission matrix in ``tests/access``.
    """
    import uuid

    from citizens import workflow
    from citizens.models import FileRole, ServiceRequest

    if kind == "complaint":
        case, _created = workflow.create_complaint(
            origin=tenant,
            token=uuid.uuid4(),
            data={"text": f"Pengaduan {label}"},
            attachments=[pdf(f"bukti-{label}.pdf")],
        )
        return case
    case = ServiceRequest.objects.create(
        code=workflow.unique_code(),
        tenant=tenant,
        origin=tenant,
        submission_token=uuid.uuid4(),
        service_title=f"Layanan {label}",
        applicant_name=f"Pemohon {label}",
        nik=VALID_NIK,
        phone="081200000000",
    )
    workflow._FileWriter().save(
        pdf(f"syarat-{label}.pdf"), role=FileRole.REQUIREMENT, service_request=case
    )
    return case
