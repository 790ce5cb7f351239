"""Demo documents for Rambang Kapak Tengah and its villages, as data.

DEMO DATA: the numbers, dates and abstracts follow how kecamatan and desa
usually title and number their acts (Permendagri 111/2014 on village
regulations; the tata naskah dinas numbering of decrees), but no document
here is real. Every generated file says so on its first lines.
"""

import datetime
from dataclasses import dataclass, field

from tenants.codes import TenantKind
from tenants.models import Tenant

D = datetime.date


@dataclass(frozen=True)
class DemoDocument:
    """One demo document: its page slug and title, its JDIH fields and the file's body.

    ``fields`` maps LegalDocumentPage field names to values (without the
    document); ``body`` is the text printed in the generated PDF under the
    standard heading.
    """

    slug: str
    title: str
    fields: dict
    body: list[str] = field(default_factory=list)


def abbreviation(name: str) -> str:
    """A short code for a village in decree numbers: "Karang Bindu" → "KB", "Jungai" → "JNG"."""
    words = name.upper().split()
    if len(words) > 1:
        return "".join(word[0] for word in words)
    consonants = [ch for ch in words[0][1:] if ch not in "AEIOU"]
    return (words[0][0] + "".join(consonants))[:3]


def apbdes(village: Tenant) -> DemoDocument:
    """The village budget for 2026, set at the end of 2025."""
    name = village.name
    return DemoDocument(
        slug="perdes-5-2025-apbdes-2026",
        title=f"Peraturan Desa {name} Nomor 5 Tahun 2025 tentang APBDes Tahun Anggaran 2026",
        fields={
            "kind": "peraturan_desa",
            "number": "5",
            "year": 2025,
            "subject": "Anggaran Pendapatan dan Belanja Desa Tahun Anggaran 2026",
            "date_set": D(2025, 12, 29),
            "date_enacted": D(2025, 12, 30),
            "place": name,
            "source": f"Lembaran Desa {name} Tahun 2025 Nomor 5",
            "abstract": (
                f"Peraturan ini menetapkan pendapatan, belanja, dan pembiayaan Desa {name} "
                "untuk tahun 2026. Pendapatan terutama berasal dari Dana Desa dan Alokasi "
                "Dana Desa; belanja terbesar untuk pembangunan jalan usaha tani, posyandu, "
                "dan bantuan langsung tunai bagi keluarga miskin."
            ),
        },
        body=[
            "Pasal 1: Pendapatan desa, belanja desa, dan pembiayaan desa Tahun Anggaran 2026 "
            "ditetapkan sebagaimana tercantum dalam Lampiran peraturan ini.",
            "Pasal 2: Rincian lebih lanjut dijabarkan dalam Peraturan Kepala Desa tentang "
            "Penjabaran APBDes Tahun Anggaran 2026.",
            "Pasal 3: Peraturan ini mulai berlaku pada tanggal 1 Januari 2026.",
        ],
    )


def tpk_decree(village: Tenant) -> DemoDocument:
    """The village head's decree appointing the activity team (TPK) for 2026."""
    number = f"141/03/KPTS/{abbreviation(village.name)}/2026"
    return DemoDocument(
        slug="kepkades-tpk-2026",
        title=(
            f"Keputusan Kepala Desa {village.name} tentang Tim Pelaksana Kegiatan "
            "Tahun Anggaran 2026"
        ),
        fields={
            "kind": "keputusan_kepala_desa",
            "number": number,
            "year": 2026,
            "subject": "Penetapan Tim Pelaksana Kegiatan (TPK) Pembangunan Desa Tahun 2026",
            "date_set": D(2026, 1, 12),
            "place": village.name,
            "abstract": (
                "Keputusan ini menunjuk ketua, sekretaris, dan anggota Tim Pelaksana Kegiatan "
                "yang melaksanakan kegiatan pembangunan desa yang dibiayai APBDes 2026, "
                "termasuk pengadaan barang dan jasa secara swakelola."
            ),
        },
        body=[
            "KESATU: Menetapkan susunan Tim Pelaksana Kegiatan sebagaimana tercantum dalam "
            "Lampiran keputusan ini.",
            "KEDUA: Tim bertugas menyiapkan, melaksanakan, dan melaporkan kegiatan yang "
            "dibiayai APBDes Tahun Anggaran 2026.",
            "KETIGA: Keputusan ini berlaku sejak tanggal ditetapkan.",
        ],
    )


KARANGAN_EXTRA = [
    DemoDocument(
        slug="perdes-3-2024-rpjmdes-2024-2030",
        title="Peraturan Desa Karangan Nomor 3 Tahun 2024 tentang RPJMDes 2024–2030",
        fields={
            "kind": "peraturan_desa",
            "number": "3",
            "year": 2024,
            "subject": "Rencana Pembangunan Jangka Menengah Desa Tahun 2024–2030",
            "date_set": D(2024, 6, 17),
            "date_enacted": D(2024, 6, 18),
            "place": "Karangan",
            "source": "Lembaran Desa Karangan Tahun 2024 Nomor 3",
            "abstract": (
                "RPJMDes memuat visi, misi, dan arah pembangunan Desa Karangan selama masa "
                "jabatan kepala desa: jalan usaha tani, air bersih, kebun nanas kelompok "
                "tani, dan pelayanan kesehatan ibu dan anak."
            ),
        },
        body=[
            "Pasal 1: RPJMDes Tahun 2024–2030 menjadi pedoman penyusunan RKPDes setiap tahun.",
            "Pasal 2: Dengan berlakunya peraturan ini, Peraturan Desa Karangan Nomor 4 Tahun "
            "2019 tentang RPJMDes 2019–2024 dicabut dan dinyatakan tidak berlaku.",
        ],
    ),
    DemoDocument(
        slug="perdes-4-2019-rpjmdes-2019-2024",
        title="Peraturan Desa Karangan Nomor 4 Tahun 2019 tentang RPJMDes 2019–2024",
        fields={
            "kind": "peraturan_desa",
            "number": "4",
            "year": 2019,
            "subject": "Rencana Pembangunan Jangka Menengah Desa Tahun 2019–2024",
            "date_set": D(2019, 7, 1),
            "date_enacted": D(2019, 7, 2),
            "place": "Karangan",
            "source": "Lembaran Desa Karangan Tahun 2019 Nomor 4",
            "status": "dicabut",
            "status_note": "Dicabut dengan Peraturan Desa Karangan Nomor 3 Tahun 2024.",
            "abstract": "RPJMDes periode sebelumnya, disimpan sebagai arsip.",
        },
    ),
    DemoDocument(
        slug="perkades-1-2026-penjabaran-apbdes-2026",
        title=(
            "Peraturan Kepala Desa Karangan Nomor 1 Tahun 2026 tentang Penjabaran APBDes "
            "Tahun Anggaran 2026"
        ),
        fields={
            "kind": "peraturan_kepala_desa",
            "number": "1",
            "year": 2026,
            "subject": "Penjabaran Anggaran Pendapatan dan Belanja Desa Tahun Anggaran 2026",
            "date_set": D(2026, 1, 2),
            "date_enacted": D(2026, 1, 2),
            "place": "Karangan",
            "source": "Berita Desa Karangan Tahun 2026 Nomor 1",
            "abstract": (
                "Merinci setiap kegiatan APBDes 2026 sampai rincian objek belanja, sebagai "
                "dasar pelaksanaan dan pencairan anggaran."
            ),
        },
    ),
    DemoDocument(
        slug="peraturan-bersama-1-2025-jalan-usaha-tani",
        title=(
            "Peraturan Bersama Kepala Desa Karangan dan Kepala Desa Sinar Rambang Nomor 1 "
            "Tahun 2025 tentang Kerja Sama Pemeliharaan Jalan Usaha Tani"
        ),
        fields={
            "kind": "peraturan_bersama",
            "number": "1",
            "year": 2025,
            "subject": "Kerja Sama Pemeliharaan Jalan Usaha Tani Antardesa",
            "date_set": D(2025, 8, 11),
            "date_enacted": D(2025, 8, 12),
            "place": "Karangan",
            "abstract": (
                "Kedua desa sepakat memelihara bersama jalan usaha tani yang menghubungkan "
                "kebun warga di perbatasan desa, dengan biaya dibagi dua sama besar."
            ),
        },
    ),
    DemoDocument(
        slug="laporan-realisasi-apbdes-2025",
        title="Laporan Realisasi Pelaksanaan APBDes Karangan Tahun Anggaran 2025",
        fields={
            "kind": "laporan",
            "number": "",
            "year": 2026,
            "subject": "Realisasi Pelaksanaan APBDes Tahun Anggaran 2025",
            "date_set": D(2026, 1, 20),
            "place": "Karangan",
            "abstract": (
                "Laporan pendapatan dan belanja desa yang terealisasi selama 2025, disampaikan "
                "kepada warga sebagai bentuk keterbukaan informasi."
            ),
        },
    ),
]

KELURAHAN_DOCUMENTS = [
    DemoDocument(
        slug="se-lurah-gotong-royong-2026",
        title="Surat Edaran Lurah Tanjung Rambang tentang Gotong Royong Setiap Jumat",
        fields={
            "kind": "surat_edaran",
            "number": "800/15/TR/2026",
            "year": 2026,
            "subject": "Gotong Royong Kebersihan Lingkungan Setiap Hari Jumat",
            "date_set": D(2026, 2, 2),
            "place": "Tanjung Rambang",
            "abstract": (
                "Mengajak ketua RT, RW, dan warga membersihkan saluran air dan lingkungan "
                "setiap Jumat pagi, terutama menjelang musim hujan."
            ),
        },
    ),
    DemoDocument(
        slug="laporan-pelayanan-kelurahan-2025",
        title="Laporan Penyelenggaraan Pelayanan Kelurahan Tanjung Rambang Tahun 2025",
        fields={
            "kind": "laporan",
            "number": "",
            "year": 2026,
            "subject": "Penyelenggaraan Pelayanan Administrasi Kelurahan Tahun 2025",
            "date_set": D(2026, 1, 16),
            "place": "Tanjung Rambang",
            "abstract": (
                "Jumlah surat keterangan dan pengantar yang dilayani selama 2025, waktu "
                "penyelesaian rata-rata, dan tindak lanjut saran warga."
            ),
        },
    ),
]

KECAMATAN_DOCUMENTS = [
    DemoDocument(
        slug="se-camat-jam-pelayanan-ramadan-1447",
        title="Surat Edaran Camat tentang Jam Pelayanan PATEN Selama Ramadan 1447 H",
        fields={
            "kind": "surat_edaran",
            "number": "400.10/027/RKT/2026",
            "year": 2026,
            "subject": "Jam Pelayanan PATEN Selama Bulan Ramadan 1447 H",
            "date_set": D(2026, 2, 10),
            "place": "Prabumulih",
            "abstract": (
                "Selama Ramadan, loket PATEN kecamatan dan kantor desa/kelurahan melayani "
                "Senin–Kamis pukul 08.00–14.00 dan Jumat pukul 08.00–11.00 WIB."
            ),
        },
        body=[
            "Sehubungan dengan bulan Ramadan 1447 H, jam pelayanan disesuaikan sebagai berikut:",
            "Senin sampai Kamis pukul 08.00-14.00 WIB; Jumat pukul 08.00-11.00 WIB.",
            "Kepala desa dan lurah diminta mengumumkan jam pelayanan ini kepada warga.",
        ],
    ),
    DemoDocument(
        slug="kepcam-tim-paten-2026",
        title="Keputusan Camat tentang Pembentukan Tim Pelayanan PATEN Tahun 2026",
        fields={
            "kind": "keputusan_camat",
            "number": "100.3.3/012/KPTS/RKT/2026",
            "year": 2026,
            "subject": "Pembentukan Tim Pelayanan Administrasi Terpadu Kecamatan Tahun 2026",
            "date_set": D(2026, 1, 5),
            "place": "Prabumulih",
            "abstract": (
                "Menunjuk koordinator, petugas loket, dan petugas teknis PATEN, serta "
                "menetapkan tugas masing-masing dalam menerima, memproses, dan menyerahkan "
                "layanan kepada warga."
            ),
        },
    ),
    DemoDocument(
        slug="laporan-skm-semester-2-2025",
        title="Laporan Survei Kepuasan Masyarakat Semester II Tahun 2025",
        fields={
            "kind": "laporan",
            "number": "",
            "year": 2026,
            "subject": "Hasil Survei Kepuasan Masyarakat atas Pelayanan PATEN Semester II 2025",
            "date_set": D(2026, 1, 15),
            "place": "Prabumulih",
            "abstract": (
                "Ringkasan hasil survei kepuasan masyarakat (Permenpan RB 14/2017) terhadap "
                "sembilan unsur pelayanan PATEN, beserta rencana perbaikan."
            ),
        },
    ),
]


def documents_for(tenant: Tenant) -> list[DemoDocument]:
    """The demo documents of an RKT site: the portal, the kelurahan, or a desa."""
    if not tenant.is_village:
        return KECAMATAN_DOCUMENTS
    if tenant.kind == TenantKind.KELURAHAN:
        return KELURAHAN_DOCUMENTS
    documents = [apbdes(tenant), tpk_decree(tenant)]
    if tenant.name == "Karangan":
        documents += KARANGAN_EXTRA
    return documents
