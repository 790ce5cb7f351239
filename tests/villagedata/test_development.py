"""Development projects (issue 21 item 5): ``pembangunan`` and ``pembangunan/dokumentasi``
as OpenSID v2410 sends them, photos in the village's collection, shown per village
and summed on the portal, downloadable and in the API."""

import csv
import io
import json
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from drf_spectacular.generators import SchemaGenerator
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests.villagedata.conftest import send_zip
from villagedata.models import DevelopmentPhoto, DevelopmentProject, PushStatus

# Sinkronisasi::data_pembangunan() of v2410: 21 names, 21 values.
PROJECT_HEADER = [
    "desa_id", "id", "sumber_dana", "lokasi", "judul", "keterangan", "volume",
    "tahun_anggaran", "pelaksana_kegiatan", "status", "anggaran", "perubahan_anggaran",
    "sumber_biaya_pemerintah", "sumber_biaya_provinsi", "sumber_biaya_kab_kota",
    "sumber_biaya_swadaya", "sumber_biaya_jumlah", "manfaat", "waktu", "sifat_proyek", "foto",
]  # fmt: skip
# make_dokumentasi_pembangunan() of v2410.
PHOTO_HEADER = [
    "desa_id", "id", "id_pembangunan", "gambar", "persentase", "keterangan",
    "created_at", "updated_at",
]  # fmt: skip


def project(code, remote_id, title, year=2024, budget=150_000_000, foto="", source="Dana Desa"):
    total = budget + 5_000_000 if isinstance(budget, int) else budget
    return [code, remote_id, source, "Dusun I", title, f"Keterangan {title}", "200 m",
            year, "TPK Desa", "1", budget, 0, budget, 0, 0, 5_000_000, total,
            "Akses jalan warga", 60, "BARU", foto]  # fmt: skip


def stage(code, remote_id, project_id, gambar, persen):
    return [code, remote_id, project_id, gambar, persen, f"Tahap {persen}",
            "2024-06-01", "2024-06-02"]  # fmt: skip


def jpeg(color="red") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), color).save(buffer, format="JPEG")
    return buffer.getvalue()


def zip_of(header, rows, photos=None, name="pembangunan_02_12_2026_opendk.csv"):
    """The ZIP OpenSID builds: the CSV (OpenSpout, UTF-8) and the photos by base name."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for photo_name, content in (photos or {}).items():
            archive.writestr(photo_name, content)
        archive.writestr(name, "\ufeff" + text.getvalue())
    return buffer.getvalue()


def send(client, key, code, content, path="/api/v1/pembangunan", host="kec-a.test"):
    return send_zip(client, key, code, content, path, "desa/upload/sinkronisasi/x_opendk.zip", host)


@pytest.fixture
def projects(csrf_client, world, keys):
    """Dua: two projects (one with a photo) and three stages; Satu: one project."""
    code = world.dua.code
    rows = [
        project(code, 1, "Jalan Usaha Tani", foto="jalan.jpg"),
        project(code, 2, "Sumur Bor", year=2023, budget=80_000_000, source="ADD"),
    ]
    response = send(
        csrf_client, keys.dua, code, zip_of(PROJECT_HEADER, rows, {"jalan.jpg": jpeg()})
    )
    assert response.status_code == 200, response.content
    stages = [
        stage(code, 11, 1, "t0.jpg", "0%"),
        stage(code, 12, 1, "t50.jpg", "50%"),
        stage(code, 13, 1, "t100.png", "100"),
    ]
    png = io.BytesIO()
    PILImage.new("RGB", (40, 40), "blue").save(png, format="PNG")
    photos = {"t0.jpg": jpeg("gray"), "t50.jpg": jpeg("green"), "t100.png": png.getvalue()}
    response = send(
        csrf_client,
        keys.dua,
        code,
        zip_of(PHOTO_HEADER, stages, photos),
        path="/api/v1/pembangunan/dokumentasi",
    )
    assert response.status_code == 200, response.content
    satu = [project(world.satu.code, 5, "Drainase Kelurahan", budget=40_000_000)]
    assert (
        send(csrf_client, keys.satu, world.satu.code, zip_of(PROJECT_HEADER, satu)).status_code
        == 200
    )


def test_projects_and_stages_are_stored_with_photos_in_the_villages_collection(projects, world):
    jalan = DevelopmentProject.objects.get(tenant=world.dua, remote_id=1)
    assert (jalan.title, jalan.year, jalan.budget, jalan.cost_total) == (
        "Jalan Usaha Tani",
        2024,
        150_000_000,
        155_000_000,
    )
    assert (jalan.funding_source, jalan.volume, jalan.nature) == ("Dana Desa", "200 m", "BARU")
    assert jalan.photo.collection_id == world.dua.collection_id
    stages = DevelopmentPhoto.objects.filter(tenant=world.dua).order_by("progress")
    assert [s.progress for s in stages] == [0, 50, 100]
    assert all(s.image.collection_id == world.dua.collection_id for s in stages)
    assert PushStatus.objects.get(tenant=world.dua, kind="pembangunan-dokumentasi").accepted


def test_a_later_push_updates_by_opensid_id_and_replaces_the_photo(
    csrf_client, projects, world, keys
):
    old_photo = DevelopmentProject.objects.get(tenant=world.dua, remote_id=1).photo_id
    rows = [project(world.dua.code, 1, "Jalan Usaha Tani (lanjutan)", foto="baru.jpg")]
    zipped = zip_of(PROJECT_HEADER, rows, {"baru.jpg": jpeg("yellow")})
    assert send(csrf_client, keys.dua, world.dua.code, zipped).status_code == 200
    jalan = DevelopmentProject.objects.get(tenant=world.dua, remote_id=1)
    assert jalan.title == "Jalan Usaha Tani (lanjutan)" and jalan.photo_id != old_photo
    assert not get_image_model().objects.filter(pk=old_photo).exists()
    assert DevelopmentProject.objects.filter(tenant=world.dua).count() == 2  # kept: not resent


def test_a_missing_or_broken_photo_is_skipped_not_fatal(csrf_client, world, keys):
    rows = [
        project(world.dua.code, 7, "Gorong-gorong", foto="hilang.jpg"),
        project(world.dua.code, 8, "Talud", foto="rusak.jpg"),
    ]
    zipped = zip_of(PROJECT_HEADER, rows, {"rusak.jpg": b"\xff\xd8\xff bukan jpeg"})
    response = send(csrf_client, keys.dua, world.dua.code, zipped)
    assert response.status_code == 200
    assert "2 foto dilewati" in response.json()["message"]
    assert DevelopmentProject.objects.filter(tenant=world.dua, photo__isnull=True).count() == 2


def test_village_page_portal_downloads_and_api_show_the_projects(client, projects, world):
    village = client.get("/data/", HTTP_HOST="dua.kec-a.test").text
    section = village[village.index('id="pembangunan"') :]
    assert "Tahun anggaran 2024: 1 kegiatan, Rp150.000.000" in section
    assert "Tahun anggaran 2023" in section and "Sumur Bor" in section and "ADD" in section
    assert "100%" in section and section.count("<img") == 4  # the project photo and 3 stages
    portal = client.get("/data/", HTTP_HOST="kec-a.test").text
    section = portal[portal.index('id="pembangunan"') :]
    assert "3 kegiatan dari 2 desa/kelurahan, anggaran seluruhnya Rp270.000.000" in section
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/data/unduh/pembangunan/csv/", HTTP_HOST="kec-a.test").text)
        )
    )
    assert {(r["kode_wilayah"], r["nama_kegiatan"], r["anggaran"]) for r in rows} == {
        (world.dua.code, "Jalan Usaha Tani", "150000000"),
        (world.dua.code, "Sumur Bor", "80000000"),
        (world.satu.code, "Drainase Kelurahan", "40000000"),
    }
    assert all(r["lisensi"] and r["terakhir_diperbarui"] for r in rows)
    body = json.loads(
        client.get("/data/unduh/pembangunan/json/", HTTP_HOST="dua.kec-a.test").content
    )
    assert body["metadata"]["kode_wilayah"] == world.dua.code and len(body["data"]) == 2
    api = client.get(f"/api/v2/data/{world.dua.code}/pembangunan/", HTTP_HOST="kec-a.test").json()
    jalan = next(p for p in api["projects"] if p["remote_id"] == 1)
    assert jalan["progress"] == 100 and [s["progress"] for s in jalan["photos"]] == [0, 50, 100]
    assert jalan["image"]["url"] and jalan["photos"][0]["image"]["thumbnail"]
    kec = client.get("/api/v2/data/16.74.04/pembangunan/", HTTP_HOST="kec-a.test").json()
    assert (kec["total_projects"], kec["total_budget"]) == (3, 270_000_000)
    assert [m["code"] for m in kec["missing"]] == [world.lima.code]
    assert (
        client.get(
            f"/api/v2/data/{world.lima.code}/pembangunan/", HTTP_HOST="kec-a.test"
        ).status_code
        == 404
    )


def test_a_push_refreshes_the_cached_data_page(csrf_client, client, projects, world, keys):
    assert "Embung Desa" not in client.get("/data/", HTTP_HOST="dua.kec-a.test").text
    rows = [project(world.dua.code, 3, "Embung Desa")]
    assert (
        send(csrf_client, keys.dua, world.dua.code, zip_of(PROJECT_HEADER, rows)).status_code == 200
    )
    assert "Embung Desa" in client.get("/data/", HTTP_HOST="dua.kec-a.test").text


def only(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


MALFORMED = {
    "not a zip": lambda code: b"PK\x03\x04 bukan zip",
    "no csv": lambda code: only("foto.jpg", jpeg()),
    "no judul column": lambda code: only("a.csv", b"desa_id,id\nx,1\n"),
    "short row": lambda code: only("a.csv", f"id,judul,lokasi\n{code}\n".encode()),
    "id not a number": lambda code: zip_of(PROJECT_HEADER, [project(code, "satu", "X")]),
    "another village": lambda code: zip_of(PROJECT_HEADER, [project("16.74.04.1001", 1, "X")]),
    "budget not a number": lambda code: zip_of(PROJECT_HEADER, [project(code, 1, "X", budget="x")]),
    "negative budget": lambda code: zip_of(PROJECT_HEADER, [project(code, 1, "X", budget=-5)]),
    "odd year": lambda code: zip_of(PROJECT_HEADER, [project(code, 1, "X", year=20245)]),
    "empty title": lambda code: zip_of(PROJECT_HEADER, [project(code, 1, " ")]),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_every_malformed_upload_is_a_json_422(csrf_client, world, keys, case):
    response = send(csrf_client, keys.dua, world.dua.code, MALFORMED[case](world.dua.code))
    assert response.status_code == 422, (case, response.content[:200])
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"] and "file" in str(response.json()["errors"])
    assert not DevelopmentProject.objects.exists()


def test_malformed_stages_missing_file_and_bad_key(csrf_client, world, keys):
    code = world.dua.code
    bad = zip_of(PHOTO_HEADER, [stage(code, 1, "x", "a.jpg", "10")])
    response = send(csrf_client, keys.dua, code, bad, path="/api/v1/pembangunan/dokumentasi")
    assert response.status_code == 422 and "id_pembangunan" in response.json()["message"]
    response = csrf_client.post(
        "/api/v1/pembangunan/",
        {"desa_id": code},
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 422 and response.json()["errors"]["file"]
    wrong = send(csrf_client, "kcms_palsu", code, zip_of(PROJECT_HEADER, []))
    assert wrong.status_code == 401 and wrong.json()["message"]


def test_openapi_schema_describes_the_development_endpoint(world):
    schema = SchemaGenerator().get_schema(request=None, public=True)
    operation = schema["paths"]["/api/v2/data/{code}/pembangunan/"]["get"]
    ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    component = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert {"projects", "years", "total_budget", "missing"} <= set(component["properties"])


def test_a_warm_data_page_with_projects_and_photos_stays_within_the_query_budget(
    client, projects, settings, django_assert_max_num_queries
):
    settings.PAGECACHE_FRAGMENT_SECONDS = 600
    for host in ("dua.kec-a.test", "kec-a.test"):
        client.get("/data/", HTTP_HOST=host)  # renditions made, fragment cached
        with django_assert_max_num_queries(15):
            assert 'id="pembangunan"' in client.get("/data/", HTTP_HOST=host).text


def test_no_nik_like_value_anywhere_even_if_an_operator_typed_one(csrf_client, client, world, keys):
    nik = "1674012304850003"
    rows = [project(world.dua.code, 4, f"Rehab rumah {nik}")]
    rows[0][5] = f"Penerima NIK {nik}"
    assert (
        send(csrf_client, keys.dua, world.dua.code, zip_of(PROJECT_HEADER, rows)).status_code == 200
    )
    answers = [
        client.get(path, HTTP_HOST=host).content.decode()
        for host in ("dua.kec-a.test", "kec-a.test")
        for path in ("/data/", "/data/unduh/pembangunan/csv/", "/data/unduh/pembangunan/json/")
    ] + [
        client.get(f"/api/v2/data/{code}/pembangunan/", HTTP_HOST="kec-a.test").content.decode()
        for code in (world.dua.code, "16.74.04")
    ]
    assert all("Rehab rumah [disembunyikan]" in text for text in answers)
    assert not any(re.search(r"(?<!\d)\d{16}(?!\d)", text) for text in answers)


@pytest.fixture
def dua_operator(world):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    user = UserFactory(username="operator.dua", groups=[world.dua.editor_group])
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def project_form(tenant, title, **extra):
    return {"tenant": tenant.pk, "title": title, "year": 2025, "budget": 12_000_000,
            "budget_change": 0, "cost_government": 0, "cost_province": 0, "cost_regency": 0,
            "cost_self_help": 0, "cost_total": 12_000_000, "active": "on", **extra}  # fmt: skip


def test_an_operator_enters_corrects_and_deletes_a_project_of_own_village(
    client, csrf_client, projects, world, keys, dua_operator
):
    from tests.i18n_audit import untranslated_strings

    client.force_login(dua_operator)
    host = {"HTTP_HOST": "kec-a.test"}
    listing = client.get("/admin/data-desa/pembangunan/", **host)
    assert listing.status_code == 200 and "Jalan Usaha Tani" in listing.text
    assert "Drainase Kelurahan" not in listing.text  # Satu's, out of reach
    assert untranslated_strings(listing.text) == []
    form_page = client.get("/admin/data-desa/pembangunan/tambah/", **host)
    assert untranslated_strings(form_page.text) == []
    photo = SimpleUploadedFile("embung.jpg", jpeg("purple"), "image/jpeg")
    response = client.post(
        "/admin/data-desa/pembangunan/tambah/",
        {**project_form(world.dua, "Embung desa"), "photo_upload": photo},
        **host,
    )
    assert response.status_code == 302, response.content[:500]
    embung = DevelopmentProject.objects.get(tenant=world.dua, title="Embung desa")
    assert embung.remote_id is None and embung.photo.collection_id == world.dua.collection_id
    assert "Embung desa" in client.get("/data/", HTTP_HOST="dua.kec-a.test").text
    # Another village cannot be chosen, nor its project opened.
    refused = client.post(
        "/admin/data-desa/pembangunan/tambah/", project_form(world.satu, "Di Satu"), **host
    )
    assert refused.status_code == 200 and not DevelopmentProject.objects.filter(title="Di Satu")
    satu = DevelopmentProject.objects.get(tenant=world.satu)
    assert client.get(f"/admin/data-desa/pembangunan/{satu.pk}/", **host).status_code == 404
    assert client.post(f"/admin/data-desa/pembangunan/{satu.pk}/hapus/", **host).status_code == 404
    # A correction of OpenSID's project, then a push: OpenSID's own edit wins, the
    # project entered here is untouched.
    jalan = DevelopmentProject.objects.get(tenant=world.dua, remote_id=1)
    client.post(
        f"/admin/data-desa/pembangunan/{jalan.pk}/",
        project_form(world.dua, "Jalan Usaha Tani (dibetulkan)"),
        **host,
    )
    jalan.refresh_from_db()
    assert jalan.title == "Jalan Usaha Tani (dibetulkan)"
    rows = [project(world.dua.code, 1, "Jalan Usaha Tani")]
    assert (
        send(csrf_client, keys.dua, world.dua.code, zip_of(PROJECT_HEADER, rows)).status_code == 200
    )
    assert DevelopmentProject.objects.filter(tenant=world.dua, title="Embung desa").exists()
    # Negative amounts and odd years are refused.
    bad = client.post(
        "/admin/data-desa/pembangunan/tambah/",
        project_form(world.dua, "Salah", budget=-1, year=3000),
        **host,
    )
    assert bad.status_code == 200 and not DevelopmentProject.objects.filter(title="Salah")
    client.post(f"/admin/data-desa/pembangunan/{embung.pk}/hapus/", **host)
    assert not DevelopmentProject.objects.filter(pk=embung.pk).exists()
    assert not get_image_model().objects.filter(pk=embung.photo_id).exists()
