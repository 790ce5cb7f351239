"""Aid programmes (issue 21 item 6): ``program-bantuan`` as OpenSID v2410 sends it,
shown per village and summed on the portal, downloadable and in the API, with
never a recipient anywhere."""

import csv
import io
import json
import re
import zipfile

import pytest
from drf_spectacular.generators import SchemaGenerator

from tests.villagedata.conftest import send_zip
from villagedata import push
from villagedata.models import AidProgramme

# Sinkronisasi::data_program_bantuan() of v2410: 9 names in the header, 10
# values in each row (``userid`` is not in the header), contract §7.
V2410_HEADER = ["desa_id", "id", "nama", "sasaran", "ndesc", "sdate", "edate", "status", "asaldana"]
NIK = "1674012304850003"
NIK_LIKE = re.compile(r"(?<!\d)\d{16}(?!\d)")


def programme(code, remote_id, name, source="Dana Desa", status="1", userid="7", **extra):
    return [code, remote_id, name, "2", f"Keterangan {name}", "2024-01-01", "2024-12-31",
            userid, status, source]  # fmt: skip


def zip_of(rows, header=V2410_HEADER, name="program_bantuan_02_12_2026_opendk.csv", bom=True):
    """The ZIP OpenSID builds: one CSV written by OpenSpout (UTF-8 with BOM)."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, ("\ufeff" if bom else "") + text.getvalue())
    return buffer.getvalue()


def send(client, key, code, content, host="kec-a.test"):
    return send_zip(
        client, key, code, content, "/api/v1/program-bantuan", "program_bantuan_opendk.zip", host
    )


@pytest.fixture
def programmes(csrf_client, world, keys):
    """Dua sends two programmes (v2410 CSV), Satu one with its number of recipients."""
    dua = [
        programme(world.dua.code, 1, "BLT Dana Desa 2024"),
        programme(world.dua.code, 2, "Bantuan Pangan", source="Pusat", status="0"),
    ]
    assert send(csrf_client, keys.dua, world.dua.code, zip_of(dua)).status_code == 200
    header = [*V2410_HEADER[:7], "userid", *V2410_HEADER[7:], "jumlah_peserta"]
    satu = [[*programme(world.satu.code, 9, "PKH Kelurahan"), "37"]]
    assert send(csrf_client, keys.satu, world.satu.code, zip_of(satu, header)).status_code == 200


def test_v2410_shifted_columns_are_read_back_in_place(programmes, world):
    blt = AidProgramme.objects.get(tenant=world.dua, remote_id=1)
    # By header name "asaldana" would be the status and "status" the user id.
    assert (blt.funding_source, blt.active, blt.target) == ("Dana Desa", True, "2")
    assert str(blt.start_date) == "2024-01-01" and str(blt.end_date) == "2024-12-31"
    assert blt.recipients is None  # v2410's programme list does not carry it
    pangan = AidProgramme.objects.get(tenant=world.dua, remote_id=2)
    assert (pangan.funding_source, pangan.active) == ("Pusat", False)
    pkh = AidProgramme.objects.get(tenant=world.satu, remote_id=9)
    assert (pkh.funding_source, pkh.recipients) == ("Dana Desa", 37)


def test_a_later_push_updates_and_keeps_what_it_does_not_resend(
    csrf_client, programmes, world, keys
):
    rows = [programme(world.dua.code, 1, "BLT Dana Desa 2024 (revisi)")]
    response = send(csrf_client, keys.dua, world.dua.code, zip_of(rows))
    assert response.json()["status"] == "success"
    names = set(AidProgramme.objects.filter(tenant=world.dua).values_list("name", flat=True))
    assert names == {"BLT Dana Desa 2024 (revisi)", "Bantuan Pangan"}


def test_village_page_portal_downloads_and_api_show_the_programmes(client, programmes, world):
    village = client.get("/data/", HTTP_HOST="dua.kec-a.test").text
    section = village[village.index('id="bantuan"') :]
    assert "BLT Dana Desa 2024" in section and "Dana Desa" in section
    assert "belum dilaporkan" in section and "Keluarga (KK)" in section
    portal = client.get("/data/", HTTP_HOST="kec-a.test").text
    section = portal[portal.index('id="bantuan"') :]
    assert "3 program dari 2 desa/kelurahan, 37 penerima tercatat" in section
    assert '<th scope="row">Dana Desa</th><td>2</td><td>37</td>' in section
    rows = list(
        csv.DictReader(
            io.StringIO(client.get("/data/unduh/bantuan/csv/", HTTP_HOST="kec-a.test").text)
        )
    )
    assert {(r["kode_wilayah"], r["nama_program"], r["asal_dana"]) for r in rows} >= {
        (world.dua.code, "BLT Dana Desa 2024", "Dana Desa"),
        (world.satu.code, "PKH Kelurahan", "Dana Desa"),
    }
    assert all(r["lisensi"] and r["terakhir_diperbarui"] for r in rows)
    body = json.loads(client.get("/data/unduh/bantuan/json/", HTTP_HOST="dua.kec-a.test").content)
    assert body["metadata"]["kode_wilayah"] == world.dua.code
    assert len(body["data"]) == 2
    api = client.get("/api/v2/data/16.74.04/bantuan/", HTTP_HOST="kec-a.test").json()
    assert (api["total_programmes"], api["total_recipients"], api["recipients_unknown"]) == (
        3,
        37,
        2,
    )
    assert {v["code"] for v in api["villages"]} == {world.dua.code, world.satu.code}
    assert [m["code"] for m in api["missing"]] == [world.lima.code]
    assert (
        client.get(f"/api/v2/data/{world.lima.code}/bantuan/", HTTP_HOST="kec-a.test").status_code
        == 404
    )
    assert (
        client.get(f"/api/v2/data/{world.dua.code}/bantuan/", HTTP_HOST="kec-b.test").status_code
        == 404
    )


def test_no_nik_like_value_anywhere_even_if_an_operator_typed_one(csrf_client, client, world, keys):
    rows = [programme(world.dua.code, 3, f"Bantuan {NIK}", source=f"Hibah {NIK}")]
    rows[0][4] = f"Penerima NIK {NIK} dan KK 1674010101010001"
    assert send(csrf_client, keys.dua, world.dua.code, zip_of(rows)).status_code == 200
    # The peserta file, sent here by mistake or on purpose, is refused whole.
    peserta_header = [
        "desa_id",
        "id",
        "peserta",
        "program_id",
        "no_id_kartu",
        "kartu_nik",
        "kartu_nama",
    ]
    peserta = [[world.dua.code, 1, NIK, 3, "K1", NIK, "Nama Penerima"]]
    refused = send(csrf_client, keys.dua, world.dua.code, zip_of(peserta, peserta_header))
    assert refused.status_code == 422 and "Data perorangan" in refused.json()["message"]
    assert "errors" not in refused.json()
    answers = [
        client.get(path, HTTP_HOST=host).content.decode()
        for host in ("dua.kec-a.test", "kec-a.test")
        for path in ("/data/", "/data/unduh/bantuan/csv/", "/data/unduh/bantuan/json/")
    ] + [
        client.get(f"/api/v2/data/{code}/bantuan/", HTTP_HOST="kec-a.test").content.decode()
        for code in (world.dua.code, "16.74.04")
    ]
    assert all("Bantuan [disembunyikan]" in text for text in answers)
    for text in answers:
        assert not NIK_LIKE.findall(text)
    assert "Nama Penerima" not in "".join(answers)


def bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("x.csv", ",".join(V2410_HEADER) + "\n" + "0" * (4 * 1024 * 1024))
    return buffer.getvalue()


def only(name: str, content: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, content)
    return buffer.getvalue()


MALFORMED = {
    "not a zip": lambda code: b"PK\x03\x04 bukan zip",
    "empty": lambda code: b"",
    "no csv": lambda code: only("foto.jpg", b"\xff\xd8\xff"),
    "binary csv": lambda code: only("a.csv", b"desa_id,id\x00,nama\n"),
    "empty csv": lambda code: only("a.csv", b"\n\n"),
    "no id column": lambda code: only("a.csv", b"desa_id,nama\nx,y\n"),
    "bad quoting": lambda code: only("a.csv", b'id,nama\n1,"tidak ditutup\n' + b"x" * 200_000),
    "short row": lambda code: only("a.csv", f"id,nama,sasaran\n{code}\n".encode()),
    "id not a number": lambda code: zip_of([programme(code, "satu", "X")]),
    "another village": lambda code: zip_of([programme("16.74.04.1001", 1, "X")]),
    "zip bomb": lambda code: bomb(),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_every_malformed_upload_is_a_json_422_with_a_message(csrf_client, world, keys, case):
    response = send(csrf_client, keys.dua, world.dua.code, MALFORMED[case](world.dua.code))
    assert response.status_code == 422, (case, response.content[:200])
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"] and "file" in str(response.json()["errors"])
    assert not AidProgramme.objects.exists()


def test_missing_file_oversized_body_and_bad_key(csrf_client, world, keys, monkeypatch):
    response = csrf_client.post(
        "/api/v1/program-bantuan",
        {"desa_id": world.dua.code},
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 422 and response.json()["errors"]["file"]
    monkeypatch.setattr(push, "MAX_BODY_BYTES", 1024 * 1024)
    big = only("a.csv", b"id,nama\n" + b"1,x\n" * 400_000)
    response = send(csrf_client, keys.dua, world.dua.code, big + b"\0" * (1024 * 1024))
    assert response.status_code == 422 and "1 MB" in response.json()["message"]
    # The Guzzle helper shows a 4xx's message and queues nothing: OpenDK's 401.
    wrong = send(csrf_client, "kcms_palsu", world.dua.code, zip_of([]))
    assert wrong.status_code == 401 and wrong.json()["message"]


def test_openapi_schema_describes_the_aid_endpoint(world):
    schema = SchemaGenerator().get_schema(request=None, public=True)
    operation = schema["paths"]["/api/v2/data/{code}/bantuan/"]["get"]
    ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    component = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert {"programmes", "funding_sources", "total_recipients", "missing"} <= set(
        component["properties"]
    )
    programme_props = schema["components"]["schemas"]["AidProgramme"]["properties"]
    assert not {"nik", "kartu_nik", "kartu_nama", "peserta"} & set(programme_props)
