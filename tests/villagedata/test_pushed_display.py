"""What OpenSID pushed is shown (issue 21 item 2): the village's website, its
boundary as an inline SVG outline with a map link, and the report PDFs, with
their dates, on ``/data/`` and in ``/api/v2/data/<code>/opensid/``."""

import base64
from urllib.parse import urlencode

import pytest
from drf_spectacular.generators import SchemaGenerator

from tests.villagedata.test_push import post_json
from villagedata.boundary import outline, rings

PDF = b"%PDF-1.4\n% laporan APBDes uji\n"
POLYGON = "[[[[-3.43,104.23],[-3.44,104.25],[-3.45,104.24],[-3.43,104.23]]]]"


@pytest.fixture
def delivered(csrf_client, world, keys):
    """Dua pushed its identity, one population report and one APBDes report."""
    identity = csrf_client.post(
        "/api/v1/identitas-desa",
        urlencode(
            {
                "kode_desa": world.dua.code,
                "sebutan_desa": "Desa",
                "website": "https://dua.desa.test/",
                "path": POLYGON,
            }
        ),
        content_type="application/x-www-form-urlencoded",
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
    )
    assert identity.status_code == 200
    file = base64.b64encode(PDF).decode()
    for path, key, part in (("laporan-penduduk", "bulan", 3), ("laporan-apbdes", "semester", 2)):
        item = {"id": 5, "judul": f"Uji {path}", key: part, "tahun": 2024, "file": file}
        body = {"desa_id": world.dua.code, path.replace("-", "_"): [item]}
        assert post_json(csrf_client, path, body, keys.dua).status_code == 200


def test_village_page_shows_website_outline_map_link_and_documents(client, delivered):
    html = client.get("/data/", HTTP_HOST="dua.kec-a.test").text
    section = html[html.index('id="identitas"') :]
    assert 'href="https://dua.desa.test/"' in section
    svg = section[section.index("<svg") : section.index("</svg>")]
    assert '<path d="M' in svg and "Garis batas wilayah Desa Dua" in svg
    assert "https://www.openstreetmap.org/?mlat=-3.44000&amp;mlon=104.24000" in section
    assert "Uji laporan-penduduk" in section and "Maret 2024" in section
    assert "Uji laporan-apbdes" in section and "Semester II 2024" in section
    assert 'href="http://dua.kec-a.test/data/laporan/apbdes/5/"' in section
    # Still no JavaScript and no inline styles (CSP).
    body = html.split("</head>")[1]
    assert body.count("<script") == body.count('<script type="application/ld+json">')
    assert " style=" not in html


def test_a_report_is_a_pdf_download_from_its_own_village_only(client, delivered):
    response = client.get("/data/laporan/apbdes/5/", HTTP_HOST="dua.kec-a.test")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content == PDF
    assert (
        response["Content-Disposition"] == 'attachment; filename="apbdes-16.74.04.2008-2024-02.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"]
    for host, path in [
        ("satu.kec-a.test", "/data/laporan/apbdes/5/"),  # a sibling's site
        ("kec-a.test", "/data/laporan/apbdes/5/"),  # the portal serves none
        ("dua.kec-a.test", "/data/laporan/penduduk/6/"),
        ("dua.kec-a.test", "/data/laporan/rahasia/5/"),
    ]:
        assert client.get(path, HTTP_HOST=host).status_code == 404, (host, path)


def test_portal_lists_each_villages_website_map_and_reports(client, delivered):
    html = client.get("/data/", HTTP_HOST="kec-a.test").text
    section = html[html.index('id="identitas"') :]
    row = section[section.index("Desa Dua") :]
    row = row[: row.index("</tr>")]
    assert 'href="https://dua.desa.test/"' in row and "Lihat di peta" in row
    assert "2 laporan" in row
    assert "Kelurahan Satu" not in section  # nothing pushed: no empty row


def test_api_gives_the_delivery_with_its_dates(client, world, delivered):
    body = client.get(f"/api/v2/data/{world.dua.code}/opensid/", HTTP_HOST="kec-a.test").json()
    [village] = body["villages"]
    assert village["website"] == "https://dua.desa.test/"
    assert village["identity_received_at"]
    assert village["boundary"]["path"].startswith("M")
    assert village["boundary"]["centre"] == [-3.44, 104.24]
    documents = {d["kind"]: d for d in village["documents"]}
    assert documents["laporan_apbdes"]["semester"] == 2
    assert documents["laporan_penduduk"]["month"] == 3
    assert documents["laporan_apbdes"]["url"] == "http://dua.kec-a.test/data/laporan/apbdes/5/"
    assert documents["laporan_apbdes"]["size"] == len(PDF)
    assert documents["laporan_apbdes"]["received_at"]
    portal = client.get("/api/v2/data/16.74.04/opensid/", HTTP_HOST="kec-a.test").json()
    assert [v["code"] for v in portal["villages"]] == [
        world.satu.code,
        world.lima.code,
        world.dua.code,
    ]
    assert portal["villages"][0]["boundary"] is None
    index = client.get("/api/v2/data/", HTTP_HOST="kec-a.test").json()
    assert index[0]["opensid"].endswith("/api/v2/data/16.74.04/opensid/")
    # Scoped like the rest: not another kecamatan's village, not a sibling's.
    assert (
        client.get(f"/api/v2/data/{world.dua.code}/opensid/", HTTP_HOST="kec-b.test").status_code
        == 404
    )
    assert (
        client.get(
            f"/api/v2/data/{world.dua.code}/opensid/", HTTP_HOST="satu.kec-a.test"
        ).status_code
        == 404
    )


def test_openapi_schema_describes_the_delivery(world):
    schema = SchemaGenerator().get_schema(request=None, public=True)
    operation = schema["paths"]["/api/v2/data/{code}/opensid/"]["get"]
    ref = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    components = schema["components"]["schemas"]
    village = components["PushedVillage"]["properties"]
    assert {"website", "identity_received_at", "boundary", "documents"} <= set(village)
    assert ref.endswith("/PushedData")
    assert "opensid" in components["RegionIndex"]["properties"]


def test_outline_reads_lat_lng_and_lng_lat_and_skips_non_polygons():
    assert outline(None) is None and outline([[[[]]]]) is None and outline("x") is None
    lat_lng = outline([[[-3.4, 104.2], [-3.5, 104.3], [-3.45, 104.25]]])
    lng_lat = outline([[[104.2, -3.4], [104.3, -3.5], [104.25, -3.45]]])
    assert lat_lng["centre"] == lng_lat["centre"] == [-3.45, 104.25]
    assert rings([[[1, 2], [3, 4]], "teks", [[True, False]] * 3]) == []


def test_outline_of_a_huge_polygon_stays_small():
    ring = [[-3.4 - i / 1e6, 104.2 + (i % 97) / 1e4] for i in range(120_000)]
    result = outline([ring, ring[:5000]])
    assert result["points"] == 125_000
    assert len(result["path"]) < 12_000
    assert result["path"].count("M") == 2  # both rings kept
