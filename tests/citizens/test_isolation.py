"""Site isolation of the staff inbox, case detail, status changes, files and exports."""

import pytest

from citizens.models import Complaint, ServiceRequest
from tests.citizens.conftest import (
    code_from,
    pdf,
    public_client,
    staff_client,
    submit_complaint,
    submit_request,
)

pytestmark = pytest.mark.django_db

# Who sees a case sent from village A1 to village A1's office. The kecamatan
# editor's reach is the portal (tenants.reach): a village's own cases are the
# village's and the kecamatan admin's.
SEES_A1 = {
    "superuser": True,
    "kec_admin": True,
    "kec_editor": False,
    "operator_a1": True,
    "operator_a2": False,
    "operator_b1": False,
    "kec_b_editor": False,
}


@pytest.fixture
def cases(world):
    complaint = code_from(submit_complaint(world, attachment_1=pdf("bukti.pdf")))
    request = code_from(submit_request(world))
    return {
        "pengaduan": Complaint.objects.get(code=complaint),
        "permohonan": ServiceRequest.objects.get(code=request),
    }


@pytest.mark.parametrize("role", SEES_A1)
def test_inbox_detail_change_and_files_follow_the_office(world, cases, role):
    client = staff_client(world.users[role])
    allowed = SEES_A1[role]
    for kind, case in cases.items():
        listing = client.get(f"/admin/warga/{kind}/")
        assert listing.status_code == 200
        codes = [c.code for c in listing.context["page"].object_list]
        assert (case.code in codes) is allowed, (role, kind)
        detail = client.get(f"/admin/warga/{kind}/{case.code}/")
        assert detail.status_code == (200 if allowed else 404), (role, kind)
        before = type(case).objects.get(pk=case.pk).status
        target = "diproses" if kind == "pengaduan" else "diverifikasi"
        post = client.post(f"/admin/warga/{kind}/{case.code}/", {"status": target, "note": ""})
        after = type(case).objects.get(pk=case.pk).status
        if allowed:
            assert post.status_code == 302 and after == target
            type(case).objects.filter(pk=case.pk).update(status=before)
        else:
            assert post.status_code == 404 and after == before
        for record in case.files.all():
            response = client.get(f"/admin/warga/berkas/{record.pk}/")
            assert response.status_code == (200 if allowed else 404), (role, record)
            if allowed:
                with record.file.open("rb") as stored:
                    assert b"".join(response.streaming_content) == stored.read()
                assert "no-store" in response["Cache-Control"]
        export = client.get(f"/admin/warga/{kind}/ekspor.csv?status=semua")
        assert (case.code in export.content.decode()) is allowed


def test_anonymous_users_get_no_file_and_no_inbox(world, cases):
    client = public_client(world.village_a1)
    record = cases["permohonan"].files.first()
    for url in (
        f"/admin/warga/berkas/{record.pk}/",
        "/admin/warga/permohonan/",
        f"/admin/warga/permohonan/{cases['permohonan'].code}/",
        "/admin/warga/permohonan/ekspor.csv",
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_files_are_not_reachable_under_media(world, cases):
    record = cases["permohonan"].files.first()
    client = public_client(world.village_a1)
    assert client.get("/media/" + record.file.name).status_code == 404


def test_staff_without_an_office_is_refused(world, cases):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    user = UserFactory(username="tanpa.kantor")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = staff_client(user)
    assert client.get("/admin/warga/permohonan/").status_code == 403
    record = cases["permohonan"].files.first()
    assert client.get(f"/admin/warga/berkas/{record.pk}/").status_code == 403


def test_cases_built_directly_follow_the_same_rules(world):
    from tests.citizens.conftest import make_case

    complaint = make_case(world.village_a2, "A2")
    request = make_case(world.kec_b, "KB", kind="request")
    village_request = make_case(world.village_b1, "B1", kind="request")
    assert complaint.files.count() == 1 and request.files.count() == 1
    operator = staff_client(world.users["operator_a1"])
    kec_b = staff_client(world.users["kec_b_editor"])
    assert operator.get(f"/admin/warga/pengaduan/{complaint.code}/").status_code == 404
    assert operator.get(f"/admin/warga/permohonan/{request.code}/").status_code == 404
    assert kec_b.get(f"/admin/warga/permohonan/{request.code}/").status_code == 200
    # A kecamatan editor's reach is its portal: a village's own case is not theirs.
    assert kec_b.get(f"/admin/warga/permohonan/{village_request.code}/").status_code == 404
    file_b = request.files.get()
    assert operator.get(f"/admin/warga/berkas/{file_b.pk}/").status_code == 404
    assert kec_b.get(f"/admin/warga/berkas/{file_b.pk}/").status_code == 200
    village_file = village_request.files.get()
    assert kec_b.get(f"/admin/warga/berkas/{village_file.pk}/").status_code == 404
