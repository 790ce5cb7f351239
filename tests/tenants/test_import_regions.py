"""``manage.py import_regions`` and ``tenants.region_import.import_regions``."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.utils.text import slugify
from wagtail.models import Collection, Page, Site

from tenants.demo import DEFAULT_REGIONS_FILE
from tenants.models import Tenant
from tenants.region_import import ImportRolledBack, import_regions
from tests.factories import KecamatanFactory

# The copy shipped with the demo, so the test needs nothing outside the repo.
PRABUMULIH_TSV = DEFAULT_REGIONS_FILE
HEADER = "kode\tnama\tlevel\tjenis\tkode_pos\tkode_bps_emsifa"
KOTA = "16.74\tKota Prabumulih\tkabupaten_kota\tkota\t\t1672"
BARAT = "16.74.01\tPrabumulih Barat\tkecamatan\tkecamatan\t\t1672030"
BARAT_KEL = "16.74.01.1001\tPrabumulih\tdesa_kelurahan\tkelurahan\t31123\t1672030003"
BARAT_DESA = "16.74.01.2013\tTanjung Telang\tdesa_kelurahan\tdesa\t31146\t1672030012"
CAMBAI = "16.74.03\tCambai\tkecamatan\tkecamatan\t\t1672040"
CAMBAI_KEL = "16.74.03.1001\tCambai\tdesa_kelurahan\tkelurahan\t31141\t1672040005"

pytestmark = pytest.mark.django_db


def write_tsv(tmp_path, *lines, header=HEADER):
    """Write a region file; line 1 is the header, so ``lines[0]`` is line 2."""
    path = tmp_path / "wilayah.tsv"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def run(path, *args, **options):
    """Run the command; return (stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_regions", str(path), *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def run_failing(path, *args, **options):
    """Run the command expecting CommandError; return (error, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as excinfo:
        call_command("import_regions", str(path), *args, stdout=out, stderr=err, **options)
    return str(excinfo.value), out.getvalue(), err.getvalue()


def counts():
    """How many of each thing onboarding creates exist now."""
    return {
        model.__name__: model.objects.count() for model in (Tenant, Site, Page, Group, Collection)
    }


def hostname_of(code):
    return Tenant.objects.select_related("site").get(code=code).site.hostname


def test_prabumulih_file_onboards_six_kecamatan_and_forty_five_villages_under_the_domain():
    assert PRABUMULIH_TSV.is_file(), f"region file missing at {PRABUMULIH_TSV}"
    with PRABUMULIH_TSV.open(encoding="utf-8") as handle:
        file_codes = {row["kode"] for row in csv.DictReader(handle, delimiter="\t")}

    out, err = run(PRABUMULIH_TSV, domain="localhost")

    assert "Selesai: 51 dibuat, 0 sudah ada, 1 dilewati, 0 gagal." in out
    assert err == ""
    assert set(Tenant.objects.values_list("code", flat=True)) == file_codes - {"16.74"}
    kecamatan_hosts = set(Tenant.objects.kecamatan().values_list("site__hostname", flat=True))
    assert kecamatan_hosts == {
        "prabumulih-barat.localhost",
        "prabumulih-timur.localhost",
        "cambai.localhost",
        "rambang-kapak-tengah.localhost",
        "prabumulih-utara.localhost",
        "prabumulih-selatan.localhost",
    }
    villages = Tenant.objects.villages().select_related("site", "kecamatan__site")
    assert villages.count() == 45
    for village in villages:
        assert village.code.startswith(village.kecamatan.code + ".")
        assert village.site.hostname == f"{slugify(village.name)}.{village.kecamatan.site.hostname}"
    assert hostname_of("16.74.04.2008") == "karangan.rambang-kapak-tengah.localhost"
    assert hostname_of("16.74.05.1002") == "pasar-prabumulih-ii.prabumulih-utara.localhost"
    assert hostname_of("16.74.03.1001") == "cambai.cambai.localhost"


def test_second_run_of_the_same_file_changes_nothing(tmp_path):
    path = write_tsv(tmp_path, KOTA, BARAT, BARAT_KEL, BARAT_DESA, CAMBAI, CAMBAI_KEL)
    first, _ = run(path, domain="localhost")
    before = counts()

    second, err = run(path, domain="localhost")

    assert "Selesai: 5 dibuat, 0 sudah ada, 1 dilewati, 0 gagal." in first
    assert "Selesai: 0 dibuat, 5 sudah ada, 1 dilewati, 0 gagal." in second
    assert err == ""
    assert counts() == before


def test_bad_row_is_reported_with_line_number_and_good_rows_still_import(tmp_path):
    path = write_tsv(
        tmp_path,
        BARAT,  # line 2
        "16.74.01.9\tRusak\tdesa_kelurahan\tdesa\t\t",  # line 3: invalid code
        "16.74.01.2014\tSalah Jenis\tdesa_kelurahan\tkelurahan\t\t",  # line 4: kind mismatch
        BARAT_DESA,  # line 5
    )

    error, out, err = run_failing(path, domain="localhost")

    assert "2 baris gagal" in error
    assert "Selesai: 2 dibuat, 0 sudah ada, 0 dilewati, 2 gagal." in out
    err_lines = err.splitlines()
    assert err_lines[0].startswith("baris 3: Kode 16.74.01.9 tidak sah")
    assert err_lines[1].startswith("baris 4: kode 16.74.01.2014 adalah Desa")
    assert set(Tenant.objects.values_list("code", flat=True)) == {"16.74.01", "16.74.01.2013"}


def test_village_with_a_hostname_already_taken_fails_alone(tmp_path):
    path = write_tsv(
        tmp_path,
        BARAT,
        BARAT_KEL,  # "Prabumulih": prabumulih.prabumulih-barat.localhost
        "16.74.01.2099\tPrabumulih\tdesa_kelurahan\tdesa\t\t",  # line 4: same hostname
        BARAT_DESA,
    )

    _, _, err = run_failing(path, domain="localhost")

    assert err.startswith("baris 4: Nama host prabumulih.prabumulih-barat.localhost sudah dipakai")
    assert not Tenant.objects.filter(code="16.74.01.2099").exists()
    assert Tenant.objects.filter(code__in=["16.74.01.1001", "16.74.01.2013"]).count() == 2


def test_code_already_registered_under_another_name_is_a_row_error(tmp_path):
    KecamatanFactory(code="16.74.01", name="Nama Lama", hostname="lama.localhost")
    path = write_tsv(tmp_path, BARAT, CAMBAI)

    _, out, err = run_failing(path, domain="localhost")

    assert err.startswith("baris 2: Kode 16.74.01 sudah terdaftar sebagai Kecamatan Nama Lama")
    assert "Selesai: 1 dibuat, 0 sudah ada, 0 dilewati, 1 gagal." in out
    assert hostname_of("16.74.03") == "cambai.localhost"


def test_strict_import_leaves_nothing_behind_when_a_row_fails(tmp_path):
    path = write_tsv(
        tmp_path,
        BARAT,
        BARAT_KEL,
        "16.74.01.2014\tSalah Jenis\tdesa_kelurahan\tkelurahan\t\t",  # line 4
        CAMBAI,
        "16.74.09.2001\tYatim\tdesa_kelurahan\tdesa\t\t",  # line 6: unknown kecamatan
    )
    before = counts()

    error, out, _ = run_failing(path, "--strict", domain="localhost")

    assert "Impor dibatalkan: 2 baris gagal, tidak ada yang disimpan." in error
    assert "baris 4: kode 16.74.01.2014" in error
    assert "baris 6: kecamatan 16.74.09" in error
    assert out == ""
    assert counts() == before


def test_strict_import_of_a_clean_file_keeps_everything(tmp_path):
    path = write_tsv(tmp_path, KOTA, BARAT, BARAT_KEL)

    out, _ = run(path, "--strict", domain="localhost")

    assert "Selesai: 2 dibuat, 0 sudah ada, 1 dilewati, 0 gagal." in out
    assert Tenant.objects.count() == 2


def test_villages_listed_before_their_kecamatan_still_import(tmp_path):
    path = write_tsv(tmp_path, BARAT_KEL, CAMBAI_KEL, BARAT_DESA, CAMBAI, BARAT)

    out, err = run(path, domain="localhost")

    assert err == ""
    assert "Selesai: 5 dibuat" in out
    village = Tenant.objects.select_related("kecamatan").get(code="16.74.03.1001")
    assert village.kecamatan.code == "16.74.03"
    assert hostname_of("16.74.01.2013") == "tanjung-telang.prabumulih-barat.localhost"


def test_village_of_unknown_kecamatan_is_a_row_error_with_its_line_number(tmp_path):
    path = write_tsv(tmp_path, BARAT, CAMBAI_KEL)  # Cambai itself is not in the file

    _, _, err = run_failing(path, domain="localhost")

    assert err.strip() == "baris 3: kecamatan 16.74.03 tidak ada di berkas ini dan belum terdaftar"
    assert not Tenant.objects.filter(code="16.74.03.1001").exists()


def test_village_of_a_kecamatan_onboarded_earlier_imports_under_it(tmp_path):
    kecamatan = KecamatanFactory(code="16.74.03", name="Cambai", hostname="cambai.example.id")
    path = write_tsv(tmp_path, CAMBAI_KEL)

    out, _ = run(path, domain="localhost")

    assert "Selesai: 1 dibuat" in out
    village = Tenant.objects.select_related("site").get(code="16.74.03.1001")
    assert village.kecamatan == kecamatan
    assert village.site.hostname == "cambai.cambai.example.id"


def test_village_of_a_failed_kecamatan_row_names_that_row(tmp_path):
    Site.objects.create(hostname="cambai.localhost", root_page=Page.get_first_root_node())
    path = write_tsv(tmp_path, CAMBAI, CAMBAI_KEL)

    _, _, err = run_failing(path, domain="localhost")

    assert err.splitlines() == [
        "baris 2: Nama host cambai.localhost sudah dipakai oleh situs cambai.localhost. "
        "Pilih nama host lain.",
        "baris 3: kecamatan 16.74.03 (baris 2) gagal didaftarkan, "
        "jadi desa/kelurahannya tidak bisa didaftarkan",
    ]


def test_port_is_written_into_every_new_site(tmp_path):
    path = write_tsv(tmp_path, BARAT, BARAT_KEL)

    run(path, domain="localhost", port=8000)

    assert set(Tenant.objects.values_list("site__port", flat=True)) == {8000}


def test_missing_file_is_a_clear_error(tmp_path):
    error, _, _ = run_failing(tmp_path / "tidak-ada.tsv", domain="localhost")

    assert "tidak-ada.tsv tidak ditemukan" in error


def test_file_without_the_required_columns_is_a_clear_error(tmp_path):
    path = write_tsv(tmp_path, "16.74.01\tPrabumulih Barat", header="kode\tnama")

    error, _, _ = run_failing(path, domain="localhost")

    assert "tidak punya kolom jenis" in error
    assert Tenant.objects.count() == 0


def test_invalid_domain_is_refused_before_anything_is_created(tmp_path):
    path = write_tsv(tmp_path, BARAT)

    error, _, _ = run_failing(path, domain="https://contoh.id/")

    assert "tidak sah" in error
    assert Tenant.objects.count() == 0


def test_progress_bar_is_drawn_on_a_terminal_unless_turned_off(tmp_path):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    path = write_tsv(tmp_path, BARAT, BARAT_KEL)
    shown, hidden = Terminal(), Terminal()

    call_command(
        "import_regions", str(path), domain="localhost", stdout=io.StringIO(), stderr=shown
    )
    call_command(
        "import_regions",
        str(path),
        "--no-progress",
        domain="localhost",
        stdout=io.StringIO(),
        stderr=hidden,
    )

    assert "2/2" in shown.getvalue()
    assert hidden.getvalue() == ""


def test_import_function_returns_counts_errors_and_tenants_for_other_code(tmp_path):
    path = write_tsv(
        tmp_path, KOTA, BARAT, BARAT_KEL, "16.74.02.1003\tX\tdesa_kelurahan\tkelurahan"
    )

    summary = import_regions(path, domain="localhost")

    assert (summary.created, summary.unchanged, summary.skipped, summary.failed) == (2, 0, 1, 1)
    assert [e.line for e in summary.errors] == [5]
    assert summary.error_lines()[0].startswith("baris 5: kecamatan 16.74.02")
    assert [t.code for t in summary.tenants] == ["16.74.01", "16.74.01.1001"]


def test_import_function_in_strict_mode_raises_with_the_summary(tmp_path):
    path = write_tsv(tmp_path, BARAT, "16.74.02.1003\tX\tdesa_kelurahan\tkelurahan")

    with pytest.raises(ImportRolledBack) as excinfo:
        import_regions(path, domain="localhost", strict=True)

    assert [e.line for e in excinfo.value.summary.errors] == [3]
    assert Tenant.objects.count() == 0
