"""Demo news of the Kecamatan Rambang Kapak Tengah portal. DEMO DATA, not real events."""

from datetime import date

from news.demo.common import DemoNews

KECAMATAN_NEWS = (
    DemoNews(
        slug="musrenbang-kecamatan-2027",
        title="Musrenbang Kecamatan Tetapkan 24 Usulan Prioritas untuk 2027",
        date=date(2026, 2, 12),
        category="pemerintahan",
        summary=(
            "Musyawarah Perencanaan Pembangunan Kecamatan Rambang Kapak Tengah menyepakati 24 "
            "usulan prioritas dari sembilan desa dan kelurahan untuk diajukan ke tingkat kota."
        ),
        paragraphs=(
            "Musrenbang kecamatan digelar di aula Kantor Camat Rambang Kapak Tengah, dihadiri "
            "kepala desa, lurah, Badan Permusyawaratan Desa, tokoh masyarakat, perwakilan "
            "perempuan dan pemuda, serta utusan perangkat daerah Kota Prabumulih.",
            "Dari 61 usulan hasil musrenbang desa dan kelurahan, peserta menyepakati 24 usulan "
            "prioritas. Perbaikan jalan poros antardesa, sumur bor air bersih, dan rehabilitasi "
            "posyandu menempati urutan teratas.",
            "Usulan yang disepakati akan dibawa ke Musrenbang Kota Prabumulih pada bulan Maret. "
            "Warga dapat melihat daftar lengkapnya di papan pengumuman kantor camat.",
        ),
        quote=(
            "Usulan yang kami bawa ke kota adalah usulan warga sendiri, bukan titipan. "
            "Karena itu setiap desa wajib hadir dan menjelaskan prioritasnya.",
            "Camat Rambang Kapak Tengah",
        ),
        photo="Musrenbang Kecamatan Rambang Kapak Tengah",
        photo_alt=(
            "Peserta musrenbang duduk berjajar di aula kantor camat menghadap layar presentasi."
        ),
        caption="Suasana Musrenbang Kecamatan di aula Kantor Camat, 12 Februari 2026.",
    ),
    DemoNews(
        slug="pelayanan-ktp-el-keliling-untuk-lansia",
        title="Pelayanan KTP-el Keliling Datangi Warga Lansia di Lima Desa",
        date=date(2026, 5, 20),
        category="pemerintahan",
        summary=(
            "Petugas PATEN dan Disdukcapil merekam data KTP-el 73 warga lanjut usia dan "
            "penyandang disabilitas langsung di balai desa, tanpa biaya."
        ),
        paragraphs=(
            "Pelayanan keliling ini menyasar warga yang sulit datang ke kantor camat, terutama "
            "lanjut usia dan penyandang disabilitas. Selama tiga hari, petugas berkeliling ke "
            "Desa Jungai, Kemang Tanduk, Karang Bindu, Talang Batu, dan Karangan.",
            "Sebanyak 73 warga direkam datanya, dan 28 di antaranya dikunjungi langsung di "
            "rumah karena sakit. KTP-el yang sudah dicetak akan diantar melalui kantor desa.",
            "Warga yang belum terlayani dapat mendaftar melalui kantor desa atau kelurahan "
            "masing-masing untuk jadwal pelayanan keliling berikutnya.",
        ),
        photo="Pelayanan KTP-el keliling untuk lansia",
        photo_alt="Petugas memotret seorang nenek untuk KTP-el di balai desa.",
        caption="Perekaman KTP-el warga lanjut usia di Balai Desa Jungai.",
    ),
    DemoNews(
        slug="apel-siaga-karhutla-2026",
        title="Apel Siaga Kebakaran Hutan dan Lahan Jelang Musim Kemarau",
        date=date(2026, 6, 16),
        category="keamanan",
        summary=(
            "Kecamatan bersama Polsek, Koramil, dan Manggala Agni menyiapkan regu siaga "
            "di setiap desa untuk mencegah kebakaran kebun dan lahan selama kemarau."
        ),
        paragraphs=(
            "Apel siaga digelar di halaman Kantor Camat Rambang Kapak Tengah dan diikuti "
            "anggota Polsek, Koramil, Manggala Agni, perangkat desa, serta Masyarakat Peduli Api.",
            "Camat mengingatkan warga agar tidak membuka kebun dengan cara membakar. Setiap desa "
            "diminta menyiapkan regu siaga, pompa air, dan nomor telepon darurat.",
            "Warga yang melihat titik api diminta segera melapor ke kantor desa, Bhabinkamtibmas, "
            "atau Babinsa terdekat.",
        ),
        photo="Apel siaga karhutla Rambang Kapak Tengah",
        photo_alt="Barisan petugas berseragam mengikuti apel di halaman kantor camat.",
        caption="Apel siaga kebakaran hutan dan lahan di halaman Kantor Camat.",
    ),
    DemoNews(
        slug="perbaikan-jalan-poros-karangan-jungai",
        title="Perbaikan Jalan Poros Karangan–Jungai Sepanjang 1,2 Kilometer Dimulai",
        date=date(2026, 7, 8),
        category="pembangunan",
        summary=(
            "Ruas jalan poros yang rusak berat di antara Desa Karangan dan Desa Jungai mulai "
            "diperbaiki dan ditargetkan selesai dalam 60 hari kerja."
        ),
        paragraphs=(
            "Perbaikan ruas jalan ini merupakan usulan prioritas Musrenbang Kecamatan tahun lalu. "
            "Jalan tersebut menjadi jalur utama pengangkutan getah karet dan sawit warga.",
            "Selama pekerjaan berlangsung, kendaraan bermuatan berat diminta melintas melalui "
            "jalan Desa Karang Bindu. Pengendara diimbau berhati-hati di sekitar lokasi kerja.",
            "Warga dapat menyampaikan keluhan tentang pelaksanaan pekerjaan melalui loket "
            "PATEN atau kantor desa.",
        ),
        photo="Perbaikan jalan poros Karangan-Jungai",
        photo_alt="Alat berat meratakan batu di ruas jalan tanah di antara kebun karet.",
        caption="Pekerjaan awal perbaikan jalan poros Karangan–Jungai.",
    ),
    DemoNews(
        slug="karang-bindu-juara-lomba-desa",
        title="Desa Karang Bindu Juara Lomba Desa Tingkat Kecamatan 2026",
        date=date(2026, 8, 25),
        category="kegiatan-warga",
        summary=(
            "Tim penilai kecamatan menetapkan Desa Karang Bindu sebagai juara pertama lomba desa, "
            "disusul Desa Karangan dan Desa Sinar Rambang."
        ),
        paragraphs=(
            "Penilaian meliputi tertib administrasi pemerintahan desa, kebersihan lingkungan, "
            "kegiatan posyandu dan PKK, serta partisipasi warga dalam gotong royong.",
            "Desa Karang Bindu dinilai unggul dalam pengelolaan administrasi dan kegiatan "
            "kelompok ternak. Desa ini akan mewakili kecamatan pada lomba desa tingkat kota.",
        ),
        photo="Lomba desa tingkat kecamatan 2026",
        photo_alt="Camat menyerahkan piala kepada kepala desa di atas panggung.",
        caption="Penyerahan piala juara lomba desa tingkat kecamatan.",
    ),
)
