"""Complaints: form on every site, code, routing, status flow, replies, take-over, SKM."""

import pytest
from django.core import mail

from citizens.models import Complaint, ComplaintCategory
from tests.citizens.conftest import (
    code_from,
    png,
    public_client,
    staff_client,
    submit_complaint,
)

pytestmark = pytest.mark.django_db


def change(world, code, status="", user="operator_a1", note="", public=True):
    data = {"status": status, "note": note}
    if public:
        data["public"] = "on"
    return staff_client(world.users[user]).post(f"/admin/warga/pengaduan/{code}/", data)


def test_every_site_has_the_form_with_its_kecamatan_categories_and_lapor_link(world):
    for tenant in (world.kec_a, world.village_a2, world.village_b1):
        response = public_client(tenant).get("/warga/pengaduan/")
        assert response.status_code == 200
        assert "https://www.lapor.go.id" in response.text
        kecamatan = tenant.kecamatan or tenant
        categories = set(response.context["form"].fields["category"].queryset)
        assert categories == set(ComplaintCategory.objects.filter(kecamatan=kecamatan))
        assert categories
    home = public_client(world.village_a1).get("/")
    assert 'href="/warga/pengaduan/"' in home.text and 'href="/warga/lacak/"' in home.text


def test_complaint_gets_a_code_is_routed_to_its_site_and_emailed(world):
    response = submit_complaint(world, tenant=world.village_a2, attachment_1=png("jalan.png"))
    code = code_from(response)
    complaint = Complaint.objects.get(code=code)
    assert len(code) == 10 and complaint.tenant == world.village_a2
    assert complaint.origin == world.village_a2 and complaint.status == "diterima"
    assert complaint.files.count() == 1
    assert mail.outbox[-1].to == ["budi@example.test"] and code in mail.outbox[-1].body


def test_category_from_another_kecamatan_is_refused(world):
    other = ComplaintCategory.objects.filter(kecamatan=world.kec_b).first()
    response = submit_complaint(world, category=str(other.pk))
    assert response.status_code == 400
    assert "category" in response.context["form"].errors
    assert "Lampu jalan di RT 03" in response.text  # the text typed is kept


def test_anonymous_complaint_stores_no_name_or_phone(world):
    code = code_from(submit_complaint(world, anonymous="on", email=""))
    complaint = Complaint.objects.get(code=code)
    assert complaint.anonymous and complaint.name == "" and complaint.phone == ""
    assert mail.outbox == []


def test_status_flow_with_public_replies_and_never_the_identity(world):
    code = code_from(submit_complaint(world))
    change(world, code, "diproses", note="Petugas PLN sudah dihubungi.")
    change(world, code, "", note="Catatan internal: hubungi pak RT", public=False)
    change(world, code, "selesai", note="Lampu sudah menyala.")
    complaint = Complaint.objects.get(code=code)
    assert complaint.status == "selesai" and complaint.closed_at
    page = public_client(world.village_a1).get(f"/warga/lacak/{code}/")
    assert "Petugas PLN sudah dihubungi." in page.text and "Lampu sudah menyala." in page.text
    assert "Catatan internal" not in page.text
    for secret in ("Budi", "081298765432", "budi@example.test", "operator.satu"):
        assert secret not in page.text
    data = public_client(world.village_a1).get(f"/warga/lacak/{code}/json/").json()
    assert data["status"] == "selesai" and "Budi" not in str(data)
    assert [m.subject for m in mail.outbox[1:]] == [
        f"Pengaduan {code}: Diproses",
        f"Pengaduan {code}: Selesai",
    ]


def test_rejected_complaint_is_closed(world):
    code = code_from(submit_complaint(world))
    change(world, code, "ditolak", note="Bukan kewenangan desa; sudah kami teruskan.")
    assert Complaint.objects.get(code=code).status == "ditolak"
    assert change(world, code, "diproses").status_code == 200  # no such move any more
    assert Complaint.objects.get(code=code).status == "ditolak"


def test_status_page_found_within_the_kecamatan_only(world):
    code = code_from(submit_complaint(world))
    assert public_client(world.kec_a).get(f"/warga/lacak/{code}/").status_code == 200
    assert public_client(world.kec_a).get(f"/warga/lacak/{code.lower()}/").status_code == 200
    assert public_client(world.kec_b).get(f"/warga/lacak/{code}/").status_code == 404
    lookup = public_client(world.kec_a).get("/warga/lacak/", {"code": code.lower()})
    assert lookup["Location"] == f"/warga/lacak/{code}/"


def test_kecamatan_takes_over_a_village_complaint(world):
    code = code_from(submit_complaint(world))
    operator = staff_client(world.users["operator_a1"])
    assert operator.post(f"/admin/warga/pengaduan/{code}/ambil-alih/").status_code == 403
    kec = staff_client(world.users["kec_admin"])
    assert kec.post(f"/admin/warga/pengaduan/{code}/ambil-alih/").status_code == 302
    complaint = Complaint.objects.get(code=code)
    assert complaint.tenant == world.kec_a and complaint.origin == world.village_a1
    # the village keeps read access but can no longer change it
    assert operator.get(f"/admin/warga/pengaduan/{code}/").status_code == 200
    assert change(world, code, "diproses").status_code == 403
    # Now the kecamatan's own case: its editors (the PATEN counter) handle it too.
    assert change(world, code, "diproses", user="kec_editor").status_code == 302


def test_rating_after_closing_once_and_averages_per_site(world):
    code = code_from(submit_complaint(world))
    client = public_client(world.village_a1)
    client.post(f"/warga/lacak/{code}/nilai/", {"rating": "5"})
    assert Complaint.objects.get(code=code).rating is None  # not closed yet
    change(world, code, "selesai", note="Beres.")
    assert "Nilai pelayanan kami" in client.get(f"/warga/lacak/{code}/").text
    client.post(f"/warga/lacak/{code}/nilai/", {"rating": "4", "comment": "Cepat"})
    client.post(f"/warga/lacak/{code}/nilai/", {"rating": "1"})  # second rating ignored
    assert Complaint.objects.get(code=code).rating == 4
    other = code_from(submit_complaint(world))
    change(world, other, "selesai")
    client.post(f"/warga/lacak/{other}/nilai/", {"rating": "2"})
    skm = staff_client(world.users["kec_admin"]).get("/admin/warga/kepuasan/")
    rows = {row["office"].pk: row for row in skm.context["rows"]}
    assert rows[world.village_a1.pk]["complaints"] == {"average": 3.0, "count": 2}
    assert rows[world.village_a2.pk]["complaints"]["count"] == 0
    assert world.kec_b.pk not in rows


def test_kecamatan_manages_categories_for_its_villages_only(world):
    client = staff_client(world.users["kec_editor"])
    page = client.get("/admin/warga/kategori/")
    kecamatan_choices = set(page.context["form"].fields["kecamatan"].queryset)
    assert kecamatan_choices == {world.kec_a}
    client.post(
        "/admin/warga/kategori/",
        {"kecamatan": world.kec_a.pk, "name": "Air bersih", "sort_order": 9},
    )
    form = public_client(world.village_a2).get("/warga/pengaduan/").context["form"]
    assert "Air bersih" in [c.name for c in form.fields["category"].queryset]
    refused = client.post(
        "/admin/warga/kategori/", {"kecamatan": world.kec_b.pk, "name": "Sisipan", "sort_order": 1}
    )
    assert refused.status_code == 200 and "kecamatan" in refused.context["form"].errors
    other = ComplaintCategory.objects.filter(kecamatan=world.kec_b).first()
    assert client.post("/admin/warga/kategori/", {"toggle": other.pk}).status_code == 404
    operator = staff_client(world.users["operator_a1"])
    assert operator.get("/admin/warga/kategori/").context["form"] is None
    assert operator.post("/admin/warga/kategori/", {"name": "x"}).status_code == 403
    assert not ComplaintCategory.objects.filter(name__in=["Sisipan", "x"]).exists()
