"""Demo news of the villages of Rambang Kapak Tengah, keyed by Kemendagri code.

DEMO DATA: plausible village news, not real events. Amounts follow the usual
scale of village programmes (e.g. BLT Dana Desa at Rp300.000 a month).
"""

from datetime import date

from news.demo.common import DemoNews

TANJUNG_RAMBANG = (
    DemoNews(
        slug="siskamling-rt-05-kembali-aktif",
        title="Siskamling RT 05 Kembali Digiatkan",
        date=date(2026, 3, 4),
        category="keamanan",
        summary=(
            "Warga RT 05 Kelurahan Tanjung Rambang kembali menjalankan ronda malam bergilir "
            "setelah beberapa kasus pencurian sepeda motor."
        ),
        paragraphs=(
            "Jadwal ronda disusun dalam rapat warga di rumah Ketua RT. Setiap malam empat warga "
            "berjaga di pos kamling mulai pukul 22.00 sampai 04.00.",
            "Bhabinkamtibmas Kelurahan Tanjung Rambang ikut memberikan pengarahan dan meminta "
            "warga memasang kunci ganda pada kendaraan.",
        ),
        photo="Pos kamling RT 05 Tanjung Rambang",
        photo_alt="Empat warga berjaga di pos kamling kayu pada malam hari.",
        caption="Warga berjaga di pos kamling RT 05.",
    ),
    DemoNews(
        slug="posbindu-ptm-periksa-86-warga",
        title="Posbindu PTM Kelurahan Tanjung Rambang Periksa 86 Warga",
        date=date(2026, 9, 10),
        category="kesehatan",
        summary=(
            "Pemeriksaan gula darah, tekanan darah, dan kolesterol gratis diikuti 86 warga "
            "berusia 15 tahun ke atas."
        ),
        paragraphs=(
            "Pos Pembinaan Terpadu Penyakit Tidak Menular dibuka di aula kantor kelurahan "
            "bersama petugas Puskesmas. Sebanyak 19 warga diketahui bertekanan darah tinggi "
            "dan dirujuk untuk pemeriksaan lanjutan.",
            "Posbindu PTM digelar setiap Kamis minggu kedua. Warga cukup membawa KTP-el.",
        ),
        photo="Posbindu PTM Tanjung Rambang",
        photo_alt="Petugas puskesmas mengukur tekanan darah seorang bapak di meja pemeriksaan.",
        caption="Pemeriksaan tekanan darah di Posbindu PTM kelurahan.",
    ),
    DemoNews(
        slug="kerja-bakti-bersihkan-saluran-air",
        title="Kerja Bakti Bersihkan Saluran Air Jelang Musim Hujan",
        date=date(2026, 10, 18),
        category="kegiatan-warga",
        summary=(
            "Ratusan warga dari enam RT membersihkan parit dan gorong-gorong agar air hujan "
            "tidak menggenangi permukiman."
        ),
        paragraphs=(
            "Kerja bakti dimulai pukul 07.00 dan dipimpin langsung oleh Lurah Tanjung Rambang. "
            "Sampah dan lumpur dari saluran diangkut dengan truk bantuan Dinas Lingkungan Hidup.",
            "Lurah berpesan agar warga tidak membuang sampah ke parit, karena saluran yang "
            "tersumbat menjadi penyebab utama genangan tahun lalu.",
        ),
        photo="Kerja bakti saluran air Tanjung Rambang",
        photo_alt="Warga bercangkul mengangkat lumpur dari parit di tepi jalan.",
        caption="Warga membersihkan parit di Jalan Lintas, Tanjung Rambang.",
    ),
)

KARYA_MULYA = (
    DemoNews(
        slug="pelatihan-pupuk-kompos-kelompok-tani",
        title="Kelompok Tani Karya Mulya Belajar Membuat Pupuk Kompos dari Pelepah Sawit",
        date=date(2026, 4, 22),
        category="pertanian",
        summary=(
            "Penyuluh pertanian melatih 35 anggota kelompok tani mengolah pelepah sawit dan "
            "kotoran ternak menjadi pupuk kompos."
        ),
        paragraphs=(
            "Pelatihan berlangsung di kebun contoh milik Kelompok Tani Makmur Jaya. Peserta "
            "mencacah pelepah sawit, mencampurnya dengan kotoran sapi dan dekomposer, lalu "
            "menutupnya selama tiga minggu.",
            "Dengan kompos buatan sendiri, petani berharap dapat mengurangi pembelian pupuk "
            "kimia yang harganya terus naik.",
        ),
        photo="Pelatihan kompos Karya Mulya",
        photo_alt="Petani mencacah pelepah sawit di bawah tenda kebun contoh.",
        caption="Anggota kelompok tani mencacah pelepah sawit untuk kompos.",
    ),
    DemoNews(
        slug="rabat-beton-dusun-ii-rampung",
        title="Jalan Rabat Beton Dusun II Sepanjang 350 Meter Rampung",
        date=date(2026, 9, 2),
        category="pembangunan",
        summary=(
            "Jalan rabat beton yang dibangun dengan Dana Desa 2026 kini menghubungkan Dusun II "
            "dengan jalan poros desa."
        ),
        paragraphs=(
            "Pekerjaan dikerjakan secara padat karya oleh 24 warga setempat selama lima minggu. "
            "Papan informasi proyek di ujung jalan mencantumkan besar anggaran dan volumenya.",
            "Sebelumnya jalan tanah tersebut licin dan sulit dilalui saat hujan, sehingga anak "
            "sekolah sering terlambat.",
        ),
        photo="Rabat beton Dusun II Karya Mulya",
        photo_alt="Jalan beton baru yang lurus di antara rumah warga dan kebun.",
        caption="Jalan rabat beton Dusun II yang baru selesai.",
    ),
)

RAMBANG_SENULING = (
    DemoNews(
        slug="posyandu-vitamin-a-agustus",
        title="Posyandu Bulan Agustus: 94 Balita Terima Vitamin A",
        date=date(2026, 8, 5),
        category="kesehatan",
        summary=(
            "Kader posyandu dan bidan desa membagikan kapsul vitamin A serta menimbang dan "
            "mengukur tinggi badan 94 balita."
        ),
        paragraphs=(
            "Bulan Agustus adalah bulan pemberian vitamin A. Balita usia 6–11 bulan menerima "
            "kapsul biru, sedangkan anak usia 1–5 tahun menerima kapsul merah.",
            "Bidan desa juga mencatat perkembangan tinggi badan anak untuk memantau risiko "
            "stunting, lalu memberi penyuluhan makanan bergizi kepada para ibu.",
        ),
        photo="Posyandu Rambang Senuling",
        photo_alt="Kader posyandu menimbang bayi dengan timbangan gantung.",
        caption="Penimbangan balita di posyandu desa.",
    ),
    DemoNews(
        slug="panen-ikan-patin-bumdes",
        title="Panen Ikan Patin di Kolam BUMDes Rambang Senuling Capai 2,3 Ton",
        date=date(2026, 8, 14),
        category="ekonomi",
        summary=(
            "BUMDes Senuling Makmur memanen 2,3 ton ikan patin dari empat kolam, hasil "
            "penyertaan modal Dana Desa tahun lalu."
        ),
        paragraphs=(
            "Panen perdana dihadiri Camat Rambang Kapak Tengah dan Kepala Desa Rambang Senuling. "
            "Ikan dijual kepada pedagang pasar Prabumulih dan warga sekitar seharga Rp24.000 "
            "per kilogram.",
            "Sebagian keuntungan akan dipakai menambah dua kolam dan membeli mesin pelet "
            "sendiri, agar biaya pakan lebih murah.",
            "Warga yang ingin membeli patin segar dapat memesan langsung di kantor BUMDes.",
        ),
        quote=(
            "Kolam ini dikelola pemuda desa sendiri. Harapan kami, uangnya berputar di desa.",
            "Direktur BUMDes Senuling Makmur",
        ),
        photo="Panen ikan patin BUMDes Rambang Senuling",
        photo_alt="Warga mengangkat jaring berisi ikan patin dari kolam tanah.",
        caption="Panen ikan patin di kolam BUMDes Senuling Makmur.",
    ),
)

JUNGAI = (
    DemoNews(
        slug="penyuluhan-penyadapan-karet",
        title="Penyuluhan Cara Menyadap Karet agar Pohon Tetap Produktif",
        date=date(2026, 3, 18),
        category="pertanian",
        summary=(
            "Petani karet Desa Jungai belajar teknik sadap yang benar dan cara menjaga mutu "
            "bokar agar harga jualnya lebih tinggi."
        ),
        paragraphs=(
            "Penyuluh menjelaskan kedalaman dan sudut sadapan yang tepat, serta pentingnya "
            "tidak menyadap terlalu sering supaya kulit pohon sempat pulih.",
            "Petani juga diajak menjual bokar bersih melalui Unit Pengolahan dan Pemasaran "
            "Bokar agar harga tidak ditekan tengkulak.",
        ),
        photo="Penyuluhan karet Desa Jungai",
        photo_alt="Penyuluh memperagakan cara menyadap pohon karet di depan petani.",
        caption="Peragaan teknik sadap karet di kebun warga Desa Jungai.",
    ),
    DemoNews(
        slug="gotong-royong-perbaiki-jembatan-dusun-i",
        title="Gotong Royong Warga Perbaiki Jembatan Kayu Dusun I",
        date=date(2026, 5, 10),
        category="kegiatan-warga",
        summary=(
            "Warga Dusun I mengganti papan lantai jembatan kayu yang lapuk, sehingga jembatan "
            "kembali aman dilalui sepeda motor."
        ),
        paragraphs=(
            "Kayu untuk lantai jembatan disumbangkan oleh warga, sedangkan paku dan baut "
            "dibeli dari kas dusun. Pekerjaan selesai dalam satu hari.",
            "Kepala Desa Jungai menyampaikan bahwa penggantian jembatan dengan konstruksi beton "
            "sudah diusulkan dalam musrenbang untuk tahun depan.",
        ),
        photo="Gotong royong jembatan Dusun I Jungai",
        photo_alt="Warga memaku papan baru pada jembatan kayu di atas sungai kecil.",
        caption="Warga memasang papan lantai jembatan Dusun I.",
    ),
)

TALANG_BATU = (
    DemoNews(
        slug="sosialisasi-cegah-stunting-calon-pengantin",
        title="Sosialisasi Pencegahan Stunting untuk Calon Pengantin",
        date=date(2026, 6, 3),
        category="kesehatan",
        summary=(
            "Tim Pendamping Keluarga mengajak calon pengantin memeriksakan kesehatan tiga "
            "bulan sebelum menikah."
        ),
        paragraphs=(
            "Sosialisasi di balai desa diikuti 18 pasangan calon pengantin beserta orang tua. "
            "Bidan desa menjelaskan pentingnya tablet tambah darah dan pemeriksaan lingkar "
            "lengan atas bagi calon ibu.",
            "Calon pengantin yang mendaftar di KUA kini juga diminta menunjukkan sertifikat "
            "elektronik siap nikah dari aplikasi Elsimil.",
        ),
        photo="Sosialisasi stunting Talang Batu",
        photo_alt="Bidan berbicara di depan pasangan muda yang duduk di balai desa.",
        caption="Bidan desa memberi materi kepada calon pengantin.",
    ),
    DemoNews(
        slug="pasar-tani-nanas-dan-sayuran",
        title="Pasar Tani Talang Batu Jual Nanas dan Sayuran Langsung dari Kebun",
        date=date(2026, 7, 26),
        category="ekonomi",
        summary=(
            "Setiap Minggu pagi, petani Talang Batu menjual nanas, cabai, dan sayuran langsung "
            "kepada pembeli di halaman balai desa."
        ),
        paragraphs=(
            "Pasar tani dibuka pukul 06.00 sampai 10.00. Pembeli dari Prabumulih datang karena "
            "harga lebih murah dan sayuran masih segar.",
            "Pemerintah desa menyediakan tenda dan meja, sedangkan kelompok wanita tani "
            "mengatur giliran berjualan.",
        ),
        photo="Pasar tani Talang Batu",
        photo_alt="Tumpukan nanas dan sayuran di meja pedagang di bawah tenda.",
        caption="Nanas dan sayuran segar di pasar tani Minggu pagi.",
    ),
)

KARANGAN = (
    DemoNews(
        slug="gotong-royong-jelang-ramadan",
        title="Gotong Royong Bersihkan Masjid dan Makam Jelang Ramadan",
        date=date(2026, 2, 14),
        category="kegiatan-warga",
        summary=(
            "Warga Desa Karangan membersihkan Masjid Al-Ikhlas dan kompleks pemakaman umum "
            "menyambut bulan suci Ramadan."
        ),
        paragraphs=(
            "Bapak-bapak membersihkan halaman dan mengecat pagar masjid, sedangkan ibu-ibu "
            "mencuci karpet dan menyiapkan konsumsi.",
            "Pemuda desa memangkas rumput dan membersihkan jalan setapak menuju pemakaman umum "
            "yang akan ramai dikunjungi peziarah.",
        ),
        photo="Gotong royong Masjid Al-Ikhlas Karangan",
        photo_alt="Warga mengecat pagar masjid sementara yang lain menyapu halaman.",
        caption="Warga mengecat pagar Masjid Al-Ikhlas, Desa Karangan.",
    ),
    DemoNews(
        slug="penyaluran-blt-dana-desa-tahap-i",
        title="Penyaluran BLT Dana Desa Tahap I kepada 45 Keluarga Penerima",
        date=date(2026, 3, 12),
        category="sosial",
        summary=(
            "Pemerintah Desa Karangan menyerahkan BLT Dana Desa untuk Januari sampai Maret, "
            "Rp900.000 per keluarga, kepada 45 keluarga penerima manfaat."
        ),
        paragraphs=(
            "Penyaluran berlangsung di Balai Desa Karangan dan disaksikan Pendamping Desa, "
            "Babinsa, Bhabinkamtibmas, serta perwakilan kecamatan. Setiap keluarga menerima "
            "Rp300.000 per bulan untuk tiga bulan.",
            "Penerima ditetapkan melalui musyawarah desa khusus dengan memprioritaskan keluarga "
            "miskin ekstrem, lanjut usia yang hidup sendiri, dan keluarga dengan anggota yang "
            "sakit menahun.",
            "Penerima yang berhalangan hadir diantarkan bantuannya ke rumah oleh perangkat desa "
            "dan ketua RT, disertai foto serah terima sebagai bukti.",
        ),
        quote=(
            "Bantuan ini hak warga yang berhak. Tidak boleh ada potongan sepeser pun; bila ada "
            "yang meminta, laporkan kepada kami.",
            "Kepala Desa Karangan",
        ),
        photo="Penyaluran BLT Dana Desa Karangan",
        photo_alt=(
            "Kepala desa menyerahkan amplop bantuan kepada seorang ibu lanjut usia di balai desa."
        ),
        caption="Penyerahan BLT Dana Desa tahap I di Balai Desa Karangan.",
    ),
    DemoNews(
        slug="posyandu-melati-timbang-62-balita",
        title="Posyandu Melati Timbang 62 Balita dan Beri Makanan Tambahan",
        date=date(2026, 4, 8),
        category="kesehatan",
        summary=(
            "Kader Posyandu Melati menimbang 62 balita dan membagikan makanan tambahan berbahan "
            "ikan dan telur."
        ),
        paragraphs=(
            "Posyandu Melati buka setiap tanggal 8 di rumah kader Dusun I. Selain penimbangan, "
            "bidan desa memberikan imunisasi dasar kepada 11 bayi.",
            "Makanan tambahan berupa bubur ikan, telur rebus, dan buah dibiayai dari Dana Desa "
            "bidang kesehatan.",
        ),
        photo="Posyandu Melati Karangan",
        photo_alt="Ibu-ibu menggendong balita mengantre di meja pendaftaran posyandu.",
        caption="Antrean penimbangan di Posyandu Melati.",
    ),
    DemoNews(
        slug="musdes-rkp-desa-2027",
        title="Musyawarah Desa Bahas Rencana Kerja Pemerintah Desa 2027",
        date=date(2026, 10, 7),
        category="pemerintahan",
        summary=(
            "BPD dan Pemerintah Desa Karangan menyepakati rencana kerja 2027, dengan prioritas "
            "air bersih, jalan usaha tani, dan pelatihan pengolahan nanas."
        ),
        paragraphs=(
            "Musyawarah dihadiri 54 peserta dari unsur BPD, ketua RT, kelompok tani, PKK, dan "
            "karang taruna. Usulan setiap dusun dibacakan dan diberi skor bersama.",
            "Rancangan RKP Desa 2027 akan ditetapkan dengan peraturan kepala desa dan diumumkan "
            "di papan informasi desa.",
        ),
        photo="Musyawarah desa Karangan",
        photo_alt="Peserta musyawarah duduk melingkar di balai desa mendengarkan paparan.",
        caption="Musyawarah desa RKP Desa 2027 di Balai Desa Karangan.",
    ),
)

KARANG_BINDU = (
    DemoNews(
        slug="vaksinasi-ternak-gratis",
        title="Vaksinasi Gratis untuk 210 Ekor Sapi dan Kambing Warga",
        date=date(2026, 6, 24),
        category="pertanian",
        summary=(
            "Petugas kesehatan hewan memvaksin sapi dan kambing milik warga Karang Bindu untuk "
            "mencegah penyakit mulut dan kuku."
        ),
        paragraphs=(
            "Vaksinasi dilakukan dari kandang ke kandang selama dua hari. Pemilik ternak juga "
            "menerima vitamin dan obat cacing gratis.",
            "Kelompok ternak desa diminta melapor segera bila ada ternak yang sakit, agar "
            "penyakit tidak menular ke desa lain.",
        ),
        photo="Vaksinasi ternak Karang Bindu",
        photo_alt="Petugas menyuntik seekor sapi yang dipegangi pemiliknya di kandang.",
        caption="Vaksinasi sapi milik anggota kelompok ternak.",
    ),
    DemoNews(
        slug="syukuran-juara-lomba-desa",
        title="Warga Karang Bindu Syukuran atas Juara Lomba Desa",
        date=date(2026, 8, 29),
        category="kegiatan-warga",
        summary=(
            "Warga menggelar syukuran sederhana di balai desa setelah Karang Bindu menjadi juara "
            "pertama lomba desa tingkat kecamatan."
        ),
        paragraphs=(
            "Kepala desa berterima kasih kepada seluruh warga, kader PKK, dan kelompok ternak "
            "yang ikut menata lingkungan selama penilaian.",
            "Desa kini bersiap mengikuti penilaian tingkat Kota Prabumulih pada bulan Oktober.",
        ),
        photo="Syukuran lomba desa Karang Bindu",
        photo_alt="Warga makan bersama di balai desa yang dihias bendera merah putih.",
        caption="Syukuran warga di Balai Desa Karang Bindu.",
    ),
)

SINAR_RAMBANG = (
    DemoNews(
        slug="pelatihan-kemasan-keripik-nanas",
        title="Ibu-ibu PKK Belajar Mengemas Keripik Nanas agar Tembus Toko Oleh-oleh",
        date=date(2026, 5, 28),
        category="ekonomi",
        summary=(
            "Pelatihan pengemasan dan pengurusan izin PIRT diikuti 30 anggota PKK yang "
            "memproduksi keripik nanas."
        ),
        paragraphs=(
            "Peserta belajar memilih plastik kemasan yang kedap udara, membuat label dengan "
            "tanggal kedaluwarsa, dan memotret produk untuk dijual secara daring.",
            "Pendamping juga menjelaskan cara mengurus izin PIRT dan sertifikat halal gratis "
            "bagi usaha mikro.",
        ),
        photo="Pelatihan kemasan keripik nanas Sinar Rambang",
        photo_alt="Ibu-ibu menimbang keripik nanas dan memasukkannya ke kemasan berlabel.",
        caption="Anggota PKK mengemas keripik nanas.",
    ),
    DemoNews(
        slug="bantuan-seragam-sekolah-40-siswa",
        title="Bantuan Seragam Sekolah untuk 40 Siswa SD dari Keluarga Kurang Mampu",
        date=date(2026, 7, 13),
        category="pendidikan",
        summary=(
            "Pemerintah Desa Sinar Rambang membagikan seragam, sepatu, dan tas kepada 40 siswa "
            "sekolah dasar pada hari pertama tahun ajaran baru."
        ),
        paragraphs=(
            "Penerima bantuan diusulkan oleh sekolah dan ketua RT, lalu diverifikasi perangkat "
            "desa. Bantuan dibiayai dari Dana Desa bidang pendidikan.",
            "Kepala desa berharap bantuan ini meringankan beban orang tua dan tidak ada anak "
            "yang berhenti sekolah karena biaya.",
        ),
        photo="Bantuan seragam sekolah Sinar Rambang",
        photo_alt="Anak-anak berseragam merah putih baru berfoto di halaman sekolah.",
        caption="Siswa SD menerima seragam baru dari pemerintah desa.",
    ),
)

KEMANG_TANDUK = (
    DemoNews(
        slug="taman-baca-desa-dibuka",
        title="Taman Baca Desa Kemang Tanduk Dibuka Setiap Sore",
        date=date(2026, 4, 29),
        category="pendidikan",
        summary=(
            "Ruang bekas gudang desa kini menjadi taman baca dengan 600 buku sumbangan, buka "
            "Senin sampai Sabtu pukul 15.00–17.30."
        ),
        paragraphs=(
            "Taman baca dikelola karang taruna secara sukarela. Anak-anak dapat membaca di "
            "tempat atau meminjam buku selama satu minggu.",
            "Warga yang ingin menyumbang buku cerita anak atau buku pertanian dapat "
            "menyerahkannya ke kantor desa.",
        ),
        photo="Taman baca Kemang Tanduk",
        photo_alt="Anak-anak duduk di tikar membaca buku di depan rak kayu.",
        caption="Anak-anak membaca di taman baca desa.",
    ),
    DemoNews(
        slug="sumur-bor-air-bersih-60-rumah",
        title="Sumur Bor Dana Desa Alirkan Air Bersih ke 60 Rumah",
        date=date(2026, 9, 22),
        category="pembangunan",
        summary=(
            "Sumur bor sedalam 80 meter dengan menara tandon kini mengalirkan air bersih ke 60 "
            "rumah di Dusun II Kemang Tanduk."
        ),
        paragraphs=(
            "Selama ini warga Dusun II mengandalkan air hujan dan sumur gali yang kering saat "
            "kemarau. Pembangunan sumur bor merupakan usulan utama musyawarah desa tahun lalu.",
            "Pengelolaan diserahkan kepada kelompok pengelola air yang memungut iuran Rp15.000 "
            "per bulan untuk listrik pompa dan perawatan.",
        ),
        photo="Sumur bor Kemang Tanduk",
        photo_alt="Menara tandon air biru di samping rumah pompa kecil.",
        caption="Menara tandon sumur bor di Dusun II.",
    ),
)

VILLAGE_NEWS = {
    "16.74.04.1001": TANJUNG_RAMBANG,
    "16.74.04.2003": KARYA_MULYA,
    "16.74.04.2005": RAMBANG_SENULING,
    "16.74.04.2006": JUNGAI,
    "16.74.04.2007": TALANG_BATU,
    "16.74.04.2008": KARANGAN,
    "16.74.04.2009": KARANG_BINDU,
    "16.74.04.2010": SINAR_RAMBANG,
    "16.74.04.2011": KEMANG_TANDUK,
}
