"""Texts for Kecamatan Rambang Kapak Tengah (16.74.04) and its villages, as data.

Region names and codes are real (``wilayah_prabumulih.tsv``). Everything else
here is DEMO DATA written to look plausible, not official fact:

* leader names are invented;
* phone and WhatsApp numbers use a ``000`` block so they reach nobody;
* e-mail addresses are under the reserved ``.example`` domain;
* population figures and descriptions are rough, made-up figures.

``wanted.py`` turns these records into page fields and site profiles, and
appends ``DEMO_NOTE`` to every page body built from them.
"""

from dataclasses import dataclass

DEMO_NOTE = (
    "<p><i>Catatan: nama pejabat, angka penduduk, alamat, dan nomor kontak di situs ini adalah "
    "data contoh untuk demo, bukan data resmi.</i></p>"
)
KECAMATAN_OFFICE_HOURS = "Senin–Kamis 08.00–15.30, Jumat 08.00–11.30 WIB"
VILLAGE_OFFICE_HOURS = "Senin–Jumat 08.00–14.00 WIB"


@dataclass(frozen=True)
class PortalText:
    """What the Rambang Kapak Tengah portal says about itself."""

    tagline: str
    brand_colour: str
    leader_name: str
    address: str
    phone: str
    whatsapp: str
    email: str
    map_query: str
    intro: str
    about: str
    services: str
    complaints: str
    motto: str


@dataclass(frozen=True)
class VillageText:
    """What one village of Rambang Kapak Tengah says about itself.

    ``location`` and ``livelihoods`` are HTML-free sentences; ``population``
    is a round, plausible number of residents.
    """

    leader_name: str
    tagline: str
    brand_colour: str
    population: int
    location: str
    livelihoods: str


RKT_PORTAL = PortalText(
    tagline="Melayani dengan sepenuh hati, dari kecamatan sampai ke desa",
    brand_colour="#1b5e20",
    leader_name="Rudi Hartawan, S.STP., M.Si.",
    address=(
        "Jl. Lintas Prabumulih–Baturaja, Kelurahan Tanjung Rambang, Kecamatan Rambang Kapak "
        "Tengah, Kota Prabumulih, Sumatera Selatan 31131"
    ),
    phone="0713-000404",
    whatsapp="+62 812-0000-0404",
    email="kantor@rkt.example",
    map_query="Tanjung Rambang, Prabumulih",
    intro=(
        "Selamat datang di situs resmi Kecamatan Rambang Kapak Tengah, Kota Prabumulih. "
        "Di sini Anda dapat melihat layanan kecamatan, persyaratannya, dan situs setiap "
        "desa dan kelurahan."
    ),
    about=(
        "<p>Kecamatan Rambang Kapak Tengah (kode wilayah 16.74.04) adalah salah satu dari "
        "enam kecamatan di Kota Prabumulih, Provinsi Sumatera Selatan. Wilayahnya terdiri "
        "dari satu kelurahan, yaitu Tanjung Rambang, dan delapan desa.</p>"
        "<p>Sebagian besar wilayah kecamatan berupa kebun karet, kelapa sawit, dan nanas, "
        "diselingi permukiman di sepanjang jalan desa. Kota Prabumulih secara keseluruhan "
        "berpenduduk 213.523 jiwa (Dukcapil, Desember 2024).</p>"
    ),
    services=(
        "<p>Kantor kecamatan melayani warga melalui Pelayanan Administrasi Terpadu "
        "Kecamatan (PATEN): satu loket, dari permohonan sampai dokumen selesai. "
        "Sebagian besar layanan tidak dipungut biaya. Layanan yang sering diurus:</p>"
        "<ul><li>Surat keterangan domisili</li>"
        "<li>Dispensasi nikah</li>"
        "<li>Surat keterangan ahli waris</li>"
        "<li>Rekomendasi camat untuk Persetujuan Bangunan Gedung (PBG)</li></ul>"
        "<p>Bawalah KTP-el dan Kartu Keluarga asli beserta fotokopinya, dan surat "
        "pengantar RT/RW bila diminta.</p>"
    ),
    complaints=(
        "<p>Keluhan dan saran dapat disampaikan langsung di loket PATEN, melalui WhatsApp "
        "layanan, atau melalui kanal pengaduan nasional "
        '<a href="https://www.lapor.go.id/">SP4N-LAPOR!</a>.</p>'
    ),
    motto="Pelayanan yang cepat, jelas, dan tanpa biaya tambahan adalah hak setiap warga.",
)

# Keyed by Kemendagri code; names come from the region file, not from here.
RKT_VILLAGES = {
    "16.74.04.1001": VillageText(
        leader_name="Hendra Saputra, S.STP.",
        tagline="Kelurahan yang tertib, bersih, dan ramah",
        brand_colour="#0d47a1",
        population=5200,
        location=(
            "Sebagai satu-satunya kelurahan di kecamatan ini, wilayahnya lebih padat dan "
            "menjadi tempat berdirinya sebagian besar kantor pelayanan, sekolah, dan pasar."
        ),
        livelihoods=(
            "Warga bekerja sebagai pedagang, pegawai, dan buruh, sementara sebagian masih "
            "menyadap karet di kebun keluarga."
        ),
    ),
    "16.74.04.2003": VillageText(
        leader_name="Sutrisno",
        tagline="Bekerja bersama membangun desa",
        brand_colour="#2e7d32",
        population=2400,
        location="Permukiman desa tertata di sepanjang jalan poros, dikelilingi kebun.",
        livelihoods=(
            "Sebagian besar warga berkebun kelapa sawit dan karet; usaha warung dan "
            "bengkel tumbuh di tepi jalan poros."
        ),
    ),
    "16.74.04.2005": VillageText(
        leader_name="Abdul Rahman",
        tagline="Desa yang rukun dan bersahaja",
        brand_colour="#00695c",
        population=3100,
        location="Rumah warga berderet di kedua sisi jalan desa, dengan kebun di belakangnya.",
        livelihoods=(
            "Mata pencaharian utama warga adalah menyadap karet, disusul berkebun sawit dan nanas."
        ),
    ),
    "16.74.04.2006": VillageText(
        leader_name="Zulkifli",
        tagline="Maju bersama, sejahtera bersama",
        brand_colour="#558b2f",
        population=1900,
        location="Desa ini kecil dan asri; sebagian wilayahnya masih berupa hutan karet tua.",
        livelihoods="Hampir semua keluarga menggantungkan hidup pada kebun karet.",
    ),
    "16.74.04.2007": VillageText(
        leader_name="Darmawan",
        tagline="Desa yang aman, tertib, dan berbudaya",
        brand_colour="#6d4c41",
        population=2200,
        location="Permukiman warga berada di tanah yang agak tinggi, dikelilingi kebun.",
        livelihoods=(
            "Warga berkebun karet dan sawit; sebagian menanam nanas dan sayuran untuk "
            "dijual di pasar Prabumulih."
        ),
    ),
    "16.74.04.2008": VillageText(
        leader_name="M. Yusuf",
        tagline="Desa Karangan, desa yang melayani",
        brand_colour="#1565c0",
        population=2800,
        location="Pusat desa berada di sekitar balai desa, masjid, dan sekolah dasar.",
        livelihoods=(
            "Sebagian besar warga adalah pekebun karet dan kelapa sawit. Kelompok tani "
            "desa juga mengembangkan kebun nanas."
        ),
    ),
    "16.74.04.2009": VillageText(
        leader_name="Rusdi Hartono",
        tagline="Bersatu membangun Karang Bindu",
        brand_colour="#4527a0",
        population=2000,
        location="Desa ini terbagi atas beberapa dusun yang dihubungkan jalan desa.",
        livelihoods="Warga menyadap karet dan berkebun sawit; sebagian beternak sapi dan kambing.",
    ),
    "16.74.04.2010": VillageText(
        leader_name="Suparman",
        tagline="Sinar Rambang terang, warganya sejahtera",
        brand_colour="#ef6c00",
        population=2600,
        location="Permukimannya tertata dalam blok-blok, dengan kebun di sekelilingnya.",
        livelihoods=(
            "Warga berkebun kelapa sawit dan karet; usaha kecil seperti keripik nanas "
            "mulai berkembang."
        ),
    ),
    "16.74.04.2011": VillageText(
        leader_name="Asmawi",
        tagline="Desa yang guyub dan gotong royong",
        brand_colour="#00838f",
        population=1700,
        location="Desa ini berada agak jauh dari jalan raya, di tengah kebun karet rakyat.",
        livelihoods="Warga hidup dari kebun karet, dengan sawit dan palawija sebagai tambahan.",
    ),
}
