"""The demo products of Rambang Kapak Tengah's villages, as data.

DEMO DATA: the products are typical of the area (Prabumulih is known for its
nanas; rubber, robusta coffee, aren palm sugar and patin ponds are common
around Rambang Kapak Tengah), but the producers, prices and numbers are
invented. WhatsApp numbers use the ``0812-0000-…`` block so they reach nobody.
"""

from dataclasses import dataclass

from umkm.models import ProductCategory

TANJUNG_RAMBANG = "16.74.04.1001"
KARYA_MULYA = "16.74.04.2003"
RAMBANG_SENULING = "16.74.04.2005"
JUNGAI = "16.74.04.2006"
TALANG_BATU = "16.74.04.2007"
KARANGAN = "16.74.04.2008"
KARANG_BINDU = "16.74.04.2009"
SINAR_RAMBANG = "16.74.04.2010"
KEMANG_TANDUK = "16.74.04.2011"

DEMO_NOTE = (
    "<p><i>Catatan: nama produsen, harga, dan nomor kontak di halaman ini adalah data "
    "contoh untuk demo, bukan data resmi.</i></p>"
)

PORTAL_INTRO = (
    "Produk warga Kecamatan Rambang Kapak Tengah dan desa/kelurahannya: nanas Prabumulih, "
    "kopi robusta, gula aren, ikan patin, karet, dan kerajinan purun. Pilih produk, lalu "
    "hubungi penjualnya langsung lewat WhatsApp."
)


@dataclass(frozen=True)
class DemoProduct:
    """One demo product of the village with Kemendagri code ``village``."""

    village: str
    slug: str
    title: str
    producer: str
    category: str
    summary: str
    description: str
    photo_alt: str
    whatsapp: str
    price_min: int | None = None
    price_max: int | None = None
    unit: str = ""
    phone: str = ""
    featured: bool = False


PRODUCTS = [
    DemoProduct(
        village=KARANGAN,
        slug="kopi-robusta-bubuk",
        title="Kopi Robusta Bubuk",
        producer="KWT Mawar",
        category=ProductCategory.FOOD,
        summary="Kopi robusta petik merah dari kebun warga Karangan, disangrai dan digiling "
        "sendiri. Kemasan 250 gram.",
        description="Biji kopi dipetik merah, dijemur di para-para, lalu disangrai dengan "
        "kayu bakar oleh ibu-ibu Kelompok Wanita Tani Mawar. Rasanya tebal dengan sedikit "
        "rasa cokelat. Tersedia bubuk halus untuk kopi tubruk.",
        photo_alt="Kopi robusta bubuk dalam kemasan kertas cokelat 250 gram",
        whatsapp="0812-0000-0101",
        price_min=30000,
        price_max=35000,
        unit="per 250 g",
        featured=True,
    ),
    DemoProduct(
        village=KARANGAN,
        slug="gula-aren-cetak",
        title="Gula Aren Cetak",
        producer="UMKM Berkah Jaya",
        category=ProductCategory.FOOD,
        summary="Gula aren murni dari nira pohon aren, dicetak dalam batok kelapa.",
        description="Nira disadap pagi hari dan dimasak hari itu juga tanpa campuran gula "
        "pasir. Cocok untuk kolak, bubur, dan kopi.",
        photo_alt="Gula aren cetak berbentuk setengah bola di atas nampan bambu",
        whatsapp="0812-0000-0102",
        price_min=20000,
        price_max=24000,
        unit="per kg",
    ),
    DemoProduct(
        village=KARANGAN,
        slug="karet-lump",
        title="Karet Lump (Bokar Bersih)",
        producer="Kelompok Tani Karya Bersama",
        category=ProductCategory.FARMING,
        summary="Bahan olah karet (lump) bersih dari kebun anggota, dijual lewat lelang kelompok.",
        description="Lump dibekukan dengan pembeku anjuran, tanpa tanah dan tatal, sehingga "
        "kadar karet keringnya baik. Penjualan untuk pabrik atau pedagang besar, minimal "
        "satu ton, lewat lelang kelompok setiap dua minggu.",
        photo_alt="Tumpukan karet lump berwarna putih kecokelatan di gudang kelompok tani",
        whatsapp="0812-0000-0103",
        price_min=11000,
        price_max=13000,
        unit="per kg",
    ),
    DemoProduct(
        village=TANJUNG_RAMBANG,
        slug="kerupuk-ikan-patin",
        title="Kerupuk Ikan Patin",
        producer="UMKM Dapur Bunda",
        category=ProductCategory.FOOD,
        summary="Kerupuk renyah dari daging ikan patin segar hasil kolam warga. Mentah, "
        "siap digoreng.",
        description="Dibuat dari daging patin giling dan tepung tapioka, dijemur sampai "
        "kering. Goreng dengan minyak panas, kerupuk mengembang dan gurih.",
        photo_alt="Kerupuk ikan patin mentah dalam kemasan plastik bening berlabel",
        whatsapp="0812-0000-0111",
        price_min=15000,
        price_max=15000,
        unit="per bungkus 250 g",
        featured=True,
    ),
    DemoProduct(
        village=TANJUNG_RAMBANG,
        slug="ikan-patin-segar",
        title="Ikan Patin Segar",
        producer="Pokdakan Mina Sejahtera",
        category=ProductCategory.FISHERIES,
        summary="Ikan patin segar langsung dari kolam, ukuran 3–4 ekor per kilogram.",
        description="Dipanen sesuai pesanan. Bisa dibersihkan dan dipotong. Untuk pesanan "
        "di atas 50 kg, hubungi dua hari sebelumnya.",
        photo_alt="Ikan patin segar di dalam keranjang plastik di tepi kolam",
        whatsapp="0812-0000-0112",
        price_min=24000,
        price_max=27000,
        unit="per kg",
        phone="0713-000112",
    ),
    DemoProduct(
        village=TANJUNG_RAMBANG,
        slug="ikan-patin-salai",
        title="Ikan Patin Salai",
        producer="Pokdakan Mina Sejahtera",
        category=ProductCategory.FISHERIES,
        summary="Patin asap (salai) yang diasapi pelan dengan kayu karet, tahan lama tanpa "
        "pengawet.",
        description="Patin dibelah, diasapi sekitar 8 jam sampai kering dan harum. Enak "
        "dimasak pindang atau gulai.",
        photo_alt="Ikan patin salai berwarna kecokelatan tersusun di atas rak pengasapan",
        whatsapp="0812-0000-0112",
        price_min=120000,
        price_max=140000,
        unit="per kg",
    ),
    DemoProduct(
        village=KARYA_MULYA,
        slug="nanas-prabumulih",
        title="Nanas Prabumulih",
        producer="Gapoktan Karya Tani",
        category=ProductCategory.FARMING,
        summary="Nanas khas Prabumulih yang manis dan berair, dipetik matang dari kebun.",
        description="Nanas jenis Queen dari kebun anggota gapoktan. Dijual per buah atau "
        "borongan untuk pedagang dan pembuat olahan.",
        photo_alt="Buah nanas Prabumulih berkulit kuning keemasan bertumpuk di kebun",
        whatsapp="0812-0000-0121",
        price_min=5000,
        price_max=10000,
        unit="per buah",
        featured=True,
    ),
    DemoProduct(
        village=KARYA_MULYA,
        slug="keripik-nanas",
        title="Keripik Nanas",
        producer="KWT Melati",
        category=ProductCategory.FOOD,
        summary="Keripik nanas renyah tanpa pemanis buatan, dibuat dari nanas Prabumulih.",
        description="Digoreng hampa (vakum) sehingga warna dan rasa nanasnya tetap. Kemasan "
        "100 gram berkunci (zip).",
        photo_alt="Keripik nanas kuning dalam kemasan plastik berkunci 100 gram",
        whatsapp="0812-0000-0122",
        price_min=20000,
        price_max=20000,
        unit="per bungkus 100 g",
    ),
    DemoProduct(
        village=KARYA_MULYA,
        slug="dodol-nanas",
        title="Dodol Nanas",
        producer="UMKM Sari Rasa",
        category=ProductCategory.FOOD,
        summary="Dodol legit dari nanas Prabumulih dan gula aren, cocok untuk oleh-oleh.",
        description="Dimasak lebih dari empat jam di kuali besar. Tahan sampai tiga bulan "
        "dalam kemasan tertutup.",
        photo_alt="Potongan dodol nanas cokelat keemasan dibungkus kertas minyak",
        whatsapp="0812-0000-0123",
        price_min=25000,
        price_max=30000,
        unit="per kotak 500 g",
    ),
    DemoProduct(
        village=RAMBANG_SENULING,
        slug="anyaman-purun",
        title="Anyaman Purun",
        producer="Kelompok Pengrajin Purun Senuling",
        category=ProductCategory.CRAFT,
        summary="Tikar, tas, dan bakul dari anyaman purun rawa, dikerjakan tangan oleh "
        "ibu-ibu pengrajin.",
        description="Purun dijemur, dipipihkan, lalu dianyam. Tersedia tikar, tas belanja, "
        "dan bakul dengan motif khas. Menerima pesanan suvenir acara.",
        photo_alt="Tas dan tikar anyaman purun berwarna alami dengan motif garis merah",
        whatsapp="0812-0000-0131",
        price_min=35000,
        price_max=150000,
        unit="per buah",
        featured=True,
    ),
    DemoProduct(
        village=RAMBANG_SENULING,
        slug="bibit-karet-okulasi",
        title="Bibit Karet Okulasi",
        producer="Kelompok Tani Sumber Rezeki",
        category=ProductCategory.FARMING,
        summary="Bibit karet okulasi klon unggul dalam polibag, siap tanam.",
        description="Bibit berumur 4–6 bulan dengan dua payung daun. Bisa diantar untuk "
        "pembelian di atas 500 batang.",
        photo_alt="Deretan bibit karet dalam polibag hitam di persemaian",
        whatsapp="0812-0000-0132",
        price_min=6000,
        price_max=8000,
        unit="per batang",
    ),
    DemoProduct(
        village=JUNGAI,
        slug="selai-nanas",
        title="Selai Nanas",
        producer="KWT Kenanga",
        category=ProductCategory.FOOD,
        summary="Selai nanas kental untuk isian kue nastar dan olesan roti.",
        description="Dibuat dari nanas Prabumulih, gula, dan sedikit kayu manis, tanpa "
        "pengawet. Banyak dipesan menjelang Lebaran.",
        photo_alt="Selai nanas kuning kecokelatan dalam toples kaca bertutup",
        whatsapp="0812-0000-0141",
        price_min=18000,
        price_max=18000,
        unit="per toples 250 g",
    ),
    DemoProduct(
        village=JUNGAI,
        slug="madu-kelulut",
        title="Madu Kelulut",
        producer="Kelompok Tani Hutan Lebah Jaya",
        category=ProductCategory.LIVESTOCK,
        summary="Madu lebah kelulut (lebah tanpa sengat) yang asam-manis, dari stup di "
        "pekarangan warga.",
        description="Dipanen dari kotak stup tanpa dipanaskan. Rasanya asam segar, "
        "berbeda dari madu lebah biasa.",
        photo_alt="Botol madu kelulut berwarna cokelat bening di samping kotak stup kayu",
        whatsapp="0812-0000-0142",
        price_min=90000,
        price_max=150000,
        unit="per botol",
    ),
    DemoProduct(
        village=TALANG_BATU,
        slug="anyaman-bambu",
        title="Anyaman Bambu",
        producer="UMKM Bambu Lestari",
        category=ProductCategory.CRAFT,
        summary="Bakul, tampah, dan kipas dari bambu tali, kuat dan rapi.",
        description="Bambu dipilih yang tua supaya awet dan tidak mudah berjamur. "
        "Menerima pesanan dalam jumlah besar untuk hajatan.",
        photo_alt="Tampah dan bakul anyaman bambu berbagai ukuran tersusun di teras rumah",
        whatsapp="0812-0000-0151",
        price_min=15000,
        price_max=75000,
        unit="per buah",
    ),
    DemoProduct(
        village=TALANG_BATU,
        slug="telur-ayam-kampung",
        title="Telur Ayam Kampung",
        producer="Peternak Ayam Kampung Maju Bersama",
        category=ProductCategory.LIVESTOCK,
        summary="Telur ayam kampung dari ayam yang diumbar di kebun, dipanen setiap hari.",
        description="Ayam diberi pakan dedak, jagung, dan sisa sayur. Dijual per butir atau "
        "per papan isi 30.",
        photo_alt="Telur ayam kampung berwarna krem di dalam wadah karton",
        whatsapp="0812-0000-0152",
        price_min=2500,
        price_max=3000,
        unit="per butir",
    ),
    DemoProduct(
        village=KARANG_BINDU,
        slug="kopi-robusta-biji-sangrai",
        title="Kopi Robusta Biji Sangrai",
        producer="Kelompok Tani Kopi Bukit Indah",
        category=ProductCategory.FOOD,
        summary="Biji kopi robusta sangrai sedang, untuk kedai kopi dan penikmat seduh manual.",
        description="Biji dipetik merah dan diproses basah. Bisa digiling sesuai pesanan.",
        photo_alt="Biji kopi robusta sangrai berwarna cokelat tua di atas tampah",
        whatsapp="0812-0000-0161",
        price_min=110000,
        price_max=130000,
        unit="per kg",
    ),
    DemoProduct(
        village=KARANG_BINDU,
        slug="gula-aren-semut",
        title="Gula Aren Semut",
        producer="UMKM Aren Manis",
        category=ProductCategory.FOOD,
        summary="Gula aren bubuk (gula semut) yang mudah larut, untuk kopi dan kue.",
        description="Nira aren dimasak sampai mengkristal lalu diayak halus. Kering dan "
        "tahan lama.",
        photo_alt="Gula aren semut cokelat muda dalam kemasan plastik 500 gram",
        whatsapp="0812-0000-0162",
        price_min=28000,
        price_max=28000,
        unit="per bungkus 500 g",
    ),
    DemoProduct(
        village=SINAR_RAMBANG,
        slug="pempek-ikan-patin",
        title="Pempek Ikan Patin",
        producer="UMKM Pempek Cek Ani",
        category=ProductCategory.FOOD,
        summary="Pempek kapal selam dan lenjer dari ikan patin, lengkap dengan cuko.",
        description="Tersedia matang atau beku untuk dibawa pulang. Satu paket berisi 20 "
        "potong dan sebotol cuko.",
        photo_alt="Pempek kapal selam dan lenjer di piring dengan semangkuk cuko",
        whatsapp="0812-0000-0171",
        price_min=50000,
        price_max=60000,
        unit="per paket isi 20",
    ),
    DemoProduct(
        village=SINAR_RAMBANG,
        slug="benih-ikan-patin",
        title="Benih Ikan Patin",
        producer="Pokdakan Sinar Mina",
        category=ProductCategory.FISHERIES,
        summary="Benih patin ukuran 2–3 inci untuk pembesaran di kolam atau keramba.",
        description="Benih sehat dari pembenihan kelompok, diantar dalam kantong oksigen.",
        photo_alt="Benih ikan patin kecil berenang di dalam kantong plastik berisi air",
        whatsapp="0812-0000-0172",
        price_min=300,
        price_max=500,
        unit="per ekor",
    ),
    DemoProduct(
        village=KEMANG_TANDUK,
        slug="karet-lump-kemang-tanduk",
        title="Karet Lump Kemang Tanduk",
        producer="Kelompok Tani Kemang Makmur",
        category=ProductCategory.FARMING,
        summary="Karet lump dari kebun rakyat, dijual lewat pasar lelang karet desa.",
        description="Lelang diadakan setiap Kamis di gudang kelompok. Pembeli dapat "
        "melihat contoh bokar lebih dulu.",
        photo_alt="Karung berisi karet lump ditimbang di gudang lelang desa",
        whatsapp="0812-0000-0181",
        price_min=11500,
        price_max=12500,
        unit="per kg",
    ),
    DemoProduct(
        village=KEMANG_TANDUK,
        slug="sewa-tenda-dan-kursi",
        title="Sewa Tenda dan Kursi Hajatan",
        producer="UMKM Berkah Tenda",
        category=ProductCategory.SERVICES,
        summary="Sewa tenda, kursi, dan perlengkapan hajatan, termasuk pemasangan.",
        description="Harga tergantung ukuran tenda dan jumlah kursi. Tanyakan paket "
        "lewat WhatsApp.",
        photo_alt="Tenda hajatan putih dengan deretan kursi plastik di halaman rumah",
        whatsapp="0812-0000-0182",
    ),
]
