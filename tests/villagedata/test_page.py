"""The public data page: created for every tenant, SVG charts with numbers, downloads."""

import csv
import io
import json

from cms.spreadsheet import FORMULA_PREFIXES
from tests.factories import VillageFactory
from tests.villagedata.conftest import POP_HEADER, population_rows, table
from villagedata.importing import import_population, import_profiles
from villagedata.models import VillageDataPage


def get(client, host, path):
    return client.get(path, HTTP_HOST=host)


def test_every_tenant_gets_its_data_page_on_onboarding(world):
    titles = {
        t.code: VillageDataPage.objects.child_of(t.home_page).get().title
        for t in (world.kec_a, world.satu, world.dua)
    }
    assert titles == {
        world.kec_a.code: "Data Kecamatan",
        world.satu.code: "Data Kelurahan",
        world.dua.code: "Data Desa",
    }
    new = VillageFactory(kecamatan=world.kec_b, serial=2009, name="Baru")
    assert VillageDataPage.objects.child_of(new.home_page).live().get().slug == "data"


def test_village_page_shows_svg_charts_holding_the_numbers_and_tables(client, world):
    response = get(client, "dua.kec-a.test", "/data/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<svg") >= 8
    svg = html[html.index("<svg", html.index('id="jenis-kelamin"')) :]
    svg = svg[: svg.index("</svg>")]
    assert "1.500" in svg and "1.480" in svg  # the numbers are in the chart itself
    assert "<table>" in html and '<th scope="col">Laki-laki</th>' in html
    assert "654.321.000" in html  # APBDes realised, in chart and table
    # CSP: no JavaScript (JSON-LD data only) and no inline style attributes.
    body = html.split("</head>")[1]
    assert body.count("<script") == body.count('<script type="application/ld+json">')
    assert " style=" not in html


def test_kelurahan_page_has_no_apbdes_section(client, world):
    html = get(client, "satu.kec-a.test", "/data/").content.decode()
    assert 'id="apbdes"' not in html
    assert "Semester I 2024" in html  # the other period is offered as a link


def test_kecamatan_page_shows_breakdown_and_missing_villages(client, world):
    html = get(client, "kec-a.test", "/data/").content.decode()
    assert "Belum ada data untuk periode ini:</strong> Lima (16.74.04.2005)" in html
    assert "2.500" in html  # male total of Satu + Dua
    assert 'id="per-desa"' in html


def test_csv_download_has_metadata_and_the_kemendagri_code_on_every_row(client, world):
    response = get(client, "kec-a.test", "/data/unduh/penduduk/csv/?periode=2024-2")
    assert response["Content-Type"].startswith("text/csv")
    assert "penduduk-16.74.04-2024-2.csv" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert rows and all(row["kode_wilayah"] for row in rows)
    assert {row["kode_wilayah"] for row in rows} == {world.satu.code, world.dua.code, "16.74.04"}
    total = next(r for r in rows if r["kode_wilayah"] == "16.74.04" and r["kelompok"] == "penduduk")
    assert (total["laki_laki"], total["jumlah"]) == ("2500", "4990")
    assert {r["lisensi"] for r in rows} == {
        "Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)"
    }
    assert all(r["periode"] == "2024-2" and r["terakhir_diperbarui"] for r in rows)


def test_json_download_carries_metadata(client, world):
    response = get(client, "dua.kec-a.test", "/data/unduh/apbdes/json/")
    body = json.loads(response.content)
    meta = body["metadata"]
    assert meta["kode_wilayah"] == world.dua.code
    assert meta["periode"] == "2024"
    assert meta["sumber"] == ["Perdes APBDes uji"]
    assert meta["lisensi"].startswith("Creative Commons")
    assert meta["terakhir_diperbarui"] and meta["tanggal_data"] == "2024-12-31"
    assert {row["kode_wilayah"] for row in body["data"]} == {world.dua.code}
    assert {row["kategori"] for row in body["data"]} >= {"dana_desa", "pelaksanaan_pembangunan"}


def test_download_of_missing_data_is_404(client, world):
    assert get(client, "lima.kec-a.test", "/data/unduh/penduduk/json/").status_code == 404
    assert get(client, "dua.kec-a.test", "/data/unduh/rahasia/json/").status_code == 404


def test_csv_downloads_neutralise_imported_formulas_on_village_and_portal(client, world):
    formula = '=HYPERLINK("http://jahat.test","Klik")'
    rows = population_rows(world.dua.code, 2023, 2, 900, 900, source=formula)
    assert import_population(table(POP_HEADER, rows)).ok
    profile = ["kode_wilayah", "tanggal_data", "sumber", "batas_utara", "batas_timur"]
    result = import_profiles(
        table(profile, [[world.dua.code, "2025-06-30", "+SUM(1,1)", "@cmd", "-2+3"]])
    )
    assert result.ok, result.errors
    downloads = [
        (host, path)
        for host in ("dua.kec-a.test", "kec-a.test")
        for path in ("/data/unduh/penduduk/csv/?periode=2023-2", "/data/unduh/profil/csv/")
    ]
    for host, path in downloads:
        text = get(client, host, path).content.decode()
        cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
        assert cells, (host, path)
        assert not [c for c in cells if c.startswith(FORMULA_PREFIXES)], (host, path)
        if "penduduk" in path:
            assert "'" + formula in cells
        else:
            assert {"'+SUM(1,1)", "'@cmd", "'-2+3"} <= set(cells)
    # Numbers are not text anyone typed: they stay numbers.
    text = get(client, "dua.kec-a.test", "/data/unduh/penduduk/csv/?periode=2023-2").content
    rows = csv.DictReader(io.StringIO(text.decode()))
    total = next(r for r in rows if r["kelompok"] == "penduduk")
    assert (total["laki_laki"], total["jumlah"]) == ("900", "1800")
