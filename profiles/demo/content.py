"""Demo texts for the profile and contact pages of Rambang Kapak Tengah and its villages.

DEMO DATA: the histories are plausible sketches, not researched history;
the officials' names and every phone number are invented (numbers use a
``000`` block so they reach nobody; e-mail addresses are under ``.example``).
Each history ends with ``DEMO_NOTE``. The leaders' names are not here: they
are read from each site's SiteProfile, which ``tenants.demo`` fills in.
"""

from dataclasses import dataclass

DEMO_NOTE = (
    "<p><i>Catatan: sejarah, visi, misi, dan nama pejabat di halaman ini adalah data contoh "
    "untuk demo, bukan data resmi.</i></p>"
)


@dataclass(frozen=True)
class DemoOfficial:
    """One official: demo name and position; ``photo`` asks for a placeholder portrait."""

    name: str
    position: str
    photo: bool = False


@dataclass(frozen=True)
class DemoContact:
    """One extra contact on a contact page."""

    label: str
    phone: str = ""
    email: str = ""


RKT_WELCOME = (
    "<p>Assalamualaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua.</p>"
    "<p>Selamat datang di situs resmi Kecamatan Rambang Kapak Tengah. Situs ini kami buat "
    "agar warga dapat mengetahui persyaratan layanan, kabar kegiatan, dan kontak kantor "
    "kecamatan tanpa harus datang lebih dulu. Kami juga menghubungkan situs setiap desa "
    "dan kelurahan, supaya informasi dari kecamatan sampai ke desa mudah ditemukan.</p>"
    "<p>Kami menunggu saran dan masukan Bapak dan Ibu, agar pelayanan kami terus membaik.</p>"
)

RKT_HISTORY = (
    "<p>Nama Rambang berasal dari Sungai Rambang dan masyarakat Rambang yang sejak lama "
    "bermukim di sepanjang alirannya. Pada masa pemerintahan marga, wilayah ini termasuk "
    "Marga Rambang Kapak Tengah, yang dipimpin seorang pasirah. Setelah sistem marga "
    "dihapus di Sumatera Selatan pada tahun 1983, dusun-dusun di wilayah ini menjadi desa "
    "dalam Kabupaten Muara Enim.</p>"
    "<p>Ketika Kota Prabumulih dibentuk dengan Undang-Undang Nomor 6 Tahun 2001, Kecamatan "
    "Rambang Kapak Tengah menjadi salah satu kecamatannya. Kini kecamatan ini terdiri dari "
    "satu kelurahan, Tanjung Rambang, dan delapan desa.</p>"
    "<p>Sebagian besar warga hidup dari kebun karet, kelapa sawit, dan nanas. Jalan lintas "
    "Prabumulih–Baturaja yang melintasi wilayah ini membuat pasar dan usaha kecil di "
    "sepanjang jalan tumbuh dari tahun ke tahun.</p>"
)

RKT_VISION = (
    "Terwujudnya Kecamatan Rambang Kapak Tengah yang melayani dengan cepat dan jelas, serta "
    "warganya maju dan sejahtera."
)

RKT_MISSION = [
    "Memberikan pelayanan administrasi terpadu (PATEN) yang cepat, jelas, dan tanpa pungutan.",
    "Membina penyelenggaraan pemerintahan desa dan kelurahan yang tertib dan terbuka.",
    "Mendorong pemberdayaan masyarakat dan usaha kecil berbasis perkebunan rakyat.",
    "Menjaga ketenteraman, ketertiban umum, dan kerukunan warga.",
    "Mengoordinasikan pembangunan sarana desa bersama perangkat daerah.",
]

RKT_OFFICIALS = [
    DemoOfficial("Hj. Nurhayati, S.Sos., M.M.", "Sekretaris Camat", photo=True),
    DemoOfficial("Yulianti, S.E.", "Kepala Subbagian Umum dan Kepegawaian", photo=True),
    DemoOfficial("Ahmad Fikri, S.IP.", "Kepala Seksi Pemerintahan", photo=True),
    DemoOfficial("Dewi Kartika, S.AP.", "Kepala Seksi Pelayanan Umum", photo=True),
    DemoOfficial("M. Ridwan, S.Sos.", "Kepala Seksi Kesejahteraan Sosial", photo=True),
    DemoOfficial("Rahmat Hidayat, S.H.", "Kepala Seksi Pemberdayaan Masyarakat", photo=True),
    DemoOfficial(
        "Iwan Setiawan, S.Sos.", "Kepala Seksi Ketenteraman dan Ketertiban Umum", photo=True
    ),
]

RKT_CONTACT_INTRO = (
    "Datanglah pada jam pelayanan ke loket PATEN di kantor camat. Untuk menanyakan "
    "persyaratan lebih dulu, hubungi kami lewat WhatsApp layanan."
)
RKT_CONTACTS = [
    DemoContact("Loket PATEN", phone="0713-000405", email="paten@rkt.example"),
    DemoContact("Puskesmas Rambang Kapak Tengah", phone="0713-000406"),
    DemoContact("Polsek Rambang Kapak Tengah", phone="0713-000407"),
    DemoContact("Koramil Rambang Kapak Tengah", phone="0713-000408"),
]

# How each village began, one or two sentences, keyed by Kemendagri code.
VILLAGE_ORIGINS = {
    "16.74.04.1001": (
        "Tanjung Rambang tumbuh di tanjung, yaitu kelokan Sungai Rambang, tempat perahu "
        "pengangkut getah karet dahulu bersandar. Permukiman yang ramai ini kemudian "
        "ditetapkan menjadi kelurahan dan menjadi pusat pemerintahan kecamatan."
    ),
    "16.74.04.2003": (
        "Karya Mulya dibuka oleh keluarga-keluarga pendatang yang membuka kebun di tanah "
        "yang semula hutan. Namanya berarti karya yang mulia, sebagai pengingat kerja keras "
        "para pembuka desa."
    ),
    "16.74.04.2005": (
        "Rambang Senuling adalah salah satu dusun tua di aliran Sungai Rambang. Menurut "
        "cerita orang tua, nama Senuling diambil dari nama anak sungai kecil di dekat "
        "permukiman pertama."
    ),
    "16.74.04.2006": (
        "Jungai bermula dari talang, yaitu pondok-pondok kebun warga yang lama-kelamaan "
        "menetap menjadi kampung. Sebagian hutan karet tua peninggalan generasi pertama "
        "masih disadap sampai sekarang."
    ),
    "16.74.04.2007": (
        "Talang Batu dinamai dari talang, permukiman di kebun, yang berdiri di tanah "
        "berbatu agak tinggi. Letaknya yang tidak tergenang membuat kampung ini dipilih "
        "sebagai tempat bermukim."
    ),
    "16.74.04.2008": (
        "Karangan berawal dari beberapa keluarga penyadap karet yang bermukim di dekat "
        "sungai kecil berbatu karang. Kampung ini menjadi desa definitif dan kini dikenal "
        "dengan kebun nanas kelompok taninya."
    ),
    "16.74.04.2009": (
        "Karang Bindu dahulu terdiri dari beberapa dusun yang terpisah kebun. Dusun-dusun "
        "itu kemudian disatukan menjadi satu desa, dengan nama dusun tertuanya."
    ),
    "16.74.04.2010": (
        "Sinar Rambang adalah desa yang lebih muda, hasil pemekaran dari desa induknya. "
        "Namanya dipilih warga sebagai harapan agar desa baru ini bersinar di tanah Rambang."
    ),
    "16.74.04.2011": (
        "Kemang Tanduk dinamai dari pohon kemang, sejenis mangga hutan, yang tumbuh besar "
        "di dekat permukiman pertama. Desa ini terletak di tengah kebun karet rakyat."
    ),
}

# Names for the villages' demo officials; each list alternates a man's name and a woman's.
FIRST_NAMES = [
    "Ahmad", "Siti", "Budi", "Rina", "Hendri", "Yuliana", "Agus", "Maryam", "Joko", "Rosmala",
    "Fadli", "Herlina", "Slamet", "Nurlela", "Dedi", "Ratna", "Imam", "Sri", "Syahrial", "Eka",
]  # fmt: skip
FAMILY_NAMES = [
    "Saputra", "Wulandari", "Santoso", "Marlina", "Pratama", "Susanti", "Firmansyah",
    "Anggraini", "Kurniawan", "Handayani", "Gunawan", "Fitriani", "Syahputra", "Lestari",
    "Hakim", "Puspita", "Rahman", "Novitasari", "Effendi", "Yusnita",
]  # fmt: skip

DESA_POSITIONS = [
    "Sekretaris Desa",
    "Kepala Urusan Tata Usaha dan Umum",
    "Kepala Urusan Keuangan",
    "Kepala Urusan Perencanaan",
    "Kepala Seksi Pemerintahan",
    "Kepala Seksi Kesejahteraan",
    "Kepala Seksi Pelayanan",
]
KELURAHAN_POSITIONS = [
    "Sekretaris Kelurahan",
    "Kepala Seksi Pemerintahan dan Ketenteraman",
    "Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial",
    "Kepala Seksi Pelayanan Umum",
]
