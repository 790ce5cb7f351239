"""Demo events for Rambang Kapak Tengah and its villages (``seed_demo``).

DEMO DATA: plausible kegiatan of a kecamatan and its villages, not a real
schedule. Dates are fixed (never "now"), so a rerun changes nothing; those
after late November 2026 show as upcoming until they pass.
"""

import copy
import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from cms.pages import apply_page
from events.models import EventIndexPage, EventPage
from tenants import standard_pages
from tenants.demo import RKT_CODE
from tenants.models import Tenant

WIB = ZoneInfo("Asia/Jakarta")
KARANGAN = "16.74.04.2008"
TANJUNG_RAMBANG = "16.74.04.1001"
JUNGAI = "16.74.04.2006"
DEMO_NOTE = "<p><em>Data contoh untuk demo, bukan jadwal resmi.</em></p>"


def at(year, month, day, hour=0, minute=0) -> datetime.datetime:
    """An aware datetime in WIB."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=WIB)


@dataclass(frozen=True)
class DemoEvent:
    """One demo event; ``paragraphs`` become the body, followed by the demo note."""

    slug: str
    title: str
    start: datetime.datetime
    end: datetime.datetime | None
    location: str
    summary: str
    organiser: str
    paragraphs: tuple[str, ...] = ()
    all_day: bool = False
    map_url: str = ""

    def fields(self) -> dict:
        """The EventPage fields this demo event sets."""
        body = [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in self.paragraphs]
        body.append({"type": "paragraph", "value": DEMO_NOTE})
        return {
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "all_day": self.all_day,
            "location": self.location,
            "map_url": self.map_url,
            "summary": self.summary,
            "organiser": self.organiser,
            "body": body,
        }


EVENTS: dict[str, list[DemoEvent]] = {
    RKT_CODE: [
        DemoEvent(
            slug="musrenbang-kecamatan-2027",
            title="Musrenbang Kecamatan Rambang Kapak Tengah 2027",
            start=at(2027, 2, 11, 8),
            end=at(2027, 2, 11, 15),
            location="Aula Kantor Camat Rambang Kapak Tengah",
            summary=(
                "Musyawarah perencanaan pembangunan tingkat kecamatan untuk menyusun usulan "
                "prioritas tahun 2028 dari sembilan desa dan kelurahan."
            ),
            organiser="Kecamatan Rambang Kapak Tengah",
            paragraphs=(
                "Peserta: kepala desa dan lurah, ketua BPD, LPMK, tokoh masyarakat, "
                "perwakilan perempuan, pemuda, dan penyandang disabilitas.",
                "Setiap desa membawa daftar usulan hasil musyawarah desa dan berita acaranya.",
            ),
        ),
        DemoEvent(
            slug="vaksinasi-rabies-hewan-peliharaan",
            title="Vaksinasi rabies gratis untuk hewan peliharaan",
            start=at(2026, 12, 9, 8),
            end=at(2026, 12, 9, 12),
            location="Halaman Kantor Camat Rambang Kapak Tengah",
            summary="Vaksinasi rabies gratis untuk anjing, kucing, dan kera peliharaan warga.",
            organiser="Kecamatan Rambang Kapak Tengah bersama Dinas Pertanian Kota Prabumulih",
            paragraphs=(
                "Bawa hewan dengan tali atau kandang. Hewan yang sakit atau bunting "
                "sebaiknya tidak divaksin dulu.",
            ),
        ),
        DemoEvent(
            slug="jalan-sehat-hut-ri-81",
            title="Jalan sehat HUT RI ke-81",
            start=at(2026, 8, 16, 6, 30),
            end=at(2026, 8, 16, 10),
            location="Lapangan Kecamatan Rambang Kapak Tengah",
            summary="Jalan sehat bersama warga menyambut HUT Kemerdekaan RI, dengan doorprize.",
            organiser="Panitia HUT RI Kecamatan Rambang Kapak Tengah",
            paragraphs=("Rute 5 km melewati Kelurahan Tanjung Rambang dan Desa Karangan.",),
        ),
        DemoEvent(
            slug="rapat-koordinasi-kepala-desa-oktober-2026",
            title="Rapat koordinasi kepala desa dan lurah, Oktober 2026",
            start=at(2026, 10, 6, 9),
            end=at(2026, 10, 6, 12),
            location="Ruang Rapat Kantor Camat Rambang Kapak Tengah",
            summary="Evaluasi penyaluran Dana Desa tahap III dan persiapan akhir tahun anggaran.",
            organiser="Kecamatan Rambang Kapak Tengah",
        ),
    ],
    KARANGAN: [
        DemoEvent(
            slug="pelatihan-budidaya-ikan-patin",
            title="Pelatihan budidaya ikan patin",
            start=at(2026, 12, 14),
            end=at(2026, 12, 15),
            all_day=True,
            location="Balai Desa Karangan",
            summary=(
                "Pelatihan dua hari untuk pembudidaya kolam: pemilihan benih, pakan mandiri, "
                "dan menjaga kualitas air."
            ),
            organiser="Pemerintah Desa Karangan bersama BUMDes dan penyuluh perikanan",
            paragraphs=(
                "Terbuka untuk 30 peserta; daftar di kantor desa paling lambat 10 Desember 2026.",
                "Hari kedua praktik langsung di kolam percontohan BUMDes.",
            ),
        ),
        DemoEvent(
            slug="posyandu-balita-desember-2026",
            title="Posyandu balita, Desember 2026",
            start=at(2026, 12, 5, 8),
            end=at(2026, 12, 5, 11),
            location="Posyandu Melati, Dusun I Desa Karangan",
            summary="Penimbangan, imunisasi, dan pemberian vitamin A untuk balita; bawa buku KIA.",
            organiser="Kader Posyandu Melati dan Puskesmas Rambang Kapak Tengah",
        ),
        DemoEvent(
            slug="posyandu-balita-november-2026",
            title="Posyandu balita, November 2026",
            start=at(2026, 11, 7, 8),
            end=at(2026, 11, 7, 11),
            location="Posyandu Melati, Dusun I Desa Karangan",
            summary="Penimbangan dan imunisasi balita; bawa buku KIA.",
            organiser="Kader Posyandu Melati dan Puskesmas Rambang Kapak Tengah",
        ),
        DemoEvent(
            slug="musyawarah-desa-rkpdes-2027",
            title="Musyawarah desa penyusunan RKPDes 2027",
            start=at(2026, 9, 20, 9),
            end=at(2026, 9, 20, 13),
            location="Balai Desa Karangan",
            summary="Menyepakati rencana kerja pemerintah desa dan prioritas Dana Desa 2027.",
            organiser="BPD dan Pemerintah Desa Karangan",
        ),
    ],
    TANJUNG_RAMBANG: [
        DemoEvent(
            slug="posyandu-balita-desember-2026",
            title="Posyandu balita, Desember 2026",
            start=at(2026, 12, 12, 8),
            end=at(2026, 12, 12, 11),
            location="Posyandu Mawar, Kelurahan Tanjung Rambang",
            summary="Penimbangan, imunisasi, dan konsultasi gizi balita; bawa buku KIA.",
            organiser="Kader Posyandu Mawar",
        ),
        DemoEvent(
            slug="vaksinasi-campak-rubela-anak-sekolah",
            title="Vaksinasi campak-rubela anak sekolah (BIAS)",
            start=at(2026, 11, 10, 8),
            end=at(2026, 11, 10, 12),
            location="SD Negeri di Kelurahan Tanjung Rambang",
            summary="Bulan Imunisasi Anak Sekolah untuk murid kelas 1 SD, gratis.",
            organiser="Puskesmas Rambang Kapak Tengah",
        ),
        DemoEvent(
            slug="jalan-sehat-hut-ri-kelurahan",
            title="Jalan sehat HUT RI tingkat kelurahan",
            start=at(2026, 8, 17, 15),
            end=at(2026, 8, 17, 17),
            location="Kantor Lurah Tanjung Rambang",
            summary="Jalan sehat dan lomba rakyat menyambut HUT Kemerdekaan RI ke-81.",
            organiser="Karang Taruna Kelurahan Tanjung Rambang",
        ),
    ],
    JUNGAI: [
        DemoEvent(
            slug="musdes-penetapan-kpm-blt-2027",
            title="Musyawarah desa penetapan KPM BLT Dana Desa 2027",
            start=at(2027, 1, 15, 9),
            end=at(2027, 1, 15, 12),
            location="Balai Desa Jungai",
            summary="Menetapkan keluarga penerima manfaat BLT Dana Desa tahun 2027 secara terbuka.",
            organiser="BPD dan Pemerintah Desa Jungai",
        ),
    ],
}


def apply_event(agenda, demo: DemoEvent) -> str | None:
    """Create ``demo`` under ``agenda`` or bring it up to date: "baru", "diperbarui" or None."""
    fields = demo.fields()
    page = EventPage.objects.child_of(agenda).filter(slug=demo.slug).first()
    if page is None:
        page = EventPage(slug=demo.slug, **copy.deepcopy(fields))
        agenda.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False)
        return "baru"
    return "diperbarui" if apply_page(page, fields) else None


def seed_demo_events(tenants: list[Tenant], stdout) -> None:
    """Give every tenant its agenda, and RKT and its villages their demo events.

    Tenants onboarded before this app existed get their agenda here. Other
    kecamatan get no events. Writes one progress line to ``stdout``.
    """
    rkt = next((tenant for tenant in tenants if tenant.code == RKT_CODE), None)
    results = []
    for tenant in tenants:
        agenda = standard_pages.page_of(tenant, EventIndexPage)
        in_rkt = rkt is not None and (tenant.pk == rkt.pk or tenant.kecamatan_id == rkt.pk)
        if in_rkt:
            results += [apply_event(agenda, demo) for demo in EVENTS.get(tenant.code, [])]
    stdout.write(
        f"Agenda: {len(results)} kegiatan contoh, {results.count('baru')} baru, "
        f"{results.count('diperbarui')} diperbarui."
    )
