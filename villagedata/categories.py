"""The known categories of village data, in the codes the import files use.

Population groups follow OpenSID's statistics (and so the Dukcapil forms):
age bands of five years up to 75+, the six religions plus belief, education
as written in the family card (KK), and so on. APBDes categories follow
Permendagri 20/2018: income by source, spending by bidang, financing.
Codes are stable identifiers in files, the API and downloads; labels are
what readers see.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# The one population category every period must have: the total by sex.
TOTAL_GROUP = "penduduk"
TOTAL_CATEGORY = "jumlah"
# Households are counted by their head's sex and do not add up to the population.
HOUSEHOLD_GROUP = "keluarga"


@dataclass(frozen=True)
class Group:
    """A way of breaking down a figure, with its categories in display order."""

    code: str
    label: str
    categories: tuple[tuple[str, str], ...]
    # True if its categories must add up to the population total, by sex.
    adds_up_to_total: bool = True

    @property
    def category_codes(self) -> list[str]:
        return [code for code, _label in self.categories]

    def category_label(self, code: str) -> str:
        return dict(self.categories).get(code, code)


AGE_BANDS = tuple((f"{low}-{low + 4}", f"{low}–{low + 4} tahun") for low in range(0, 75, 5)) + (
    ("75+", _("75 tahun ke atas")),
)

POPULATION_GROUPS = (
    Group(
        TOTAL_GROUP,
        _("Jumlah penduduk"),
        ((TOTAL_CATEGORY, _("Jumlah penduduk")),),
        adds_up_to_total=False,
    ),
    Group("umur", _("Kelompok umur"), AGE_BANDS),
    Group(
        "agama",
        _("Agama"),
        (
            ("islam", _("Islam")),
            ("kristen", _("Kristen")),
            ("katolik", _("Katolik")),
            ("hindu", _("Hindu")),
            ("buddha", _("Buddha")),
            ("khonghucu", _("Khonghucu")),
            ("kepercayaan", _("Kepercayaan terhadap Tuhan YME")),
        ),
    ),
    Group(
        "pendidikan",
        _("Pendidikan dalam KK"),
        (
            ("tidak_belum_sekolah", _("Tidak/belum sekolah")),
            ("belum_tamat_sd", _("Belum tamat SD/sederajat")),
            ("sd", _("Tamat SD/sederajat")),
            ("sltp", _("SLTP/sederajat")),
            ("slta", _("SLTA/sederajat")),
            ("diploma_1_2", _("Diploma I/II")),
            ("diploma_3", _("Akademi/Diploma III/Sarjana Muda")),
            ("diploma_4_s1", _("Diploma IV/Strata I")),
            ("s2", _("Strata II")),
            ("s3", _("Strata III")),
        ),
    ),
    Group(
        "pekerjaan",
        _("Pekerjaan"),
        (
            ("belum_tidak_bekerja", _("Belum/tidak bekerja")),
            ("mengurus_rumah_tangga", _("Mengurus rumah tangga")),
            ("pelajar_mahasiswa", _("Pelajar/mahasiswa")),
            ("pensiunan", _("Pensiunan")),
            ("petani_pekebun", _("Petani/pekebun")),
            ("buruh_tani", _("Buruh tani/perkebunan")),
            ("nelayan_peternak", _("Nelayan/peternak")),
            ("pedagang_wiraswasta", _("Pedagang/wiraswasta")),
            ("karyawan_swasta", _("Karyawan swasta")),
            ("buruh_harian", _("Buruh harian lepas")),
            ("pns_tni_polri", _("PNS/TNI/Polri")),
            ("guru_tenaga_kesehatan", _("Guru/tenaga kesehatan")),
            ("lainnya", _("Lainnya")),
        ),
    ),
    Group(
        "perkawinan",
        _("Status perkawinan"),
        (
            ("belum_kawin", _("Belum kawin")),
            ("kawin", _("Kawin")),
            ("cerai_hidup", _("Cerai hidup")),
            ("cerai_mati", _("Cerai mati")),
        ),
    ),
    Group(
        HOUSEHOLD_GROUP,
        _("Keluarga (kepala keluarga menurut jenis kelamin)"),
        (("kk", _("Jumlah kepala keluarga")),),
        adds_up_to_total=False,
    ),
)
POPULATION_GROUP_BY_CODE = {group.code: group for group in POPULATION_GROUPS}

INCOME = "pendapatan"
SPENDING = "belanja"
FINANCING = "pembiayaan"
BUDGET_TOTAL_CATEGORY = "jumlah"

BUDGET_GROUPS = (
    Group(
        INCOME,
        _("Pendapatan"),
        (
            ("pendapatan_asli_desa", _("Pendapatan asli desa")),
            ("dana_desa", _("Dana desa")),
            ("bagi_hasil_pajak_retribusi", _("Bagi hasil pajak dan retribusi daerah")),
            ("alokasi_dana_desa", _("Alokasi dana desa")),
            ("bantuan_keuangan_provinsi", _("Bantuan keuangan provinsi")),
            ("bantuan_keuangan_kabupaten_kota", _("Bantuan keuangan kabupaten/kota")),
            ("pendapatan_lain", _("Lain-lain pendapatan desa yang sah")),
        ),
    ),
    Group(
        SPENDING,
        _("Belanja menurut bidang"),
        (
            ("penyelenggaraan_pemerintahan", _("Penyelenggaraan pemerintahan desa")),
            ("pelaksanaan_pembangunan", _("Pelaksanaan pembangunan desa")),
            ("pembinaan_kemasyarakatan", _("Pembinaan kemasyarakatan")),
            ("pemberdayaan_masyarakat", _("Pemberdayaan masyarakat")),
            ("penanggulangan_bencana", _("Penanggulangan bencana, darurat dan mendesak")),
        ),
    ),
    Group(
        FINANCING,
        _("Pembiayaan"),
        (
            ("penerimaan_pembiayaan", _("Penerimaan pembiayaan")),
            ("pengeluaran_pembiayaan", _("Pengeluaran pembiayaan")),
        ),
        adds_up_to_total=False,
    ),
)
BUDGET_GROUP_BY_CODE = {group.code: group for group in BUDGET_GROUPS}

# Village profile facilities, in display order: (field name, label).
FACILITIES = (
    ("school_paud", _("PAUD/TK")),
    ("school_sd", _("SD/MI")),
    ("school_smp", _("SMP/MTs")),
    ("school_sma", _("SMA/SMK/MA")),
    ("puskesmas", _("Puskesmas")),
    ("pustu", _("Puskesmas pembantu (pustu)")),
    ("posyandu", _("Posyandu")),
    ("masjid", _("Masjid")),
    ("musala", _("Musala/langgar")),
    ("gereja", _("Gereja")),
    ("pura", _("Pura")),
    ("vihara", _("Vihara/klenteng")),
    ("pasar", _("Pasar")),
)
