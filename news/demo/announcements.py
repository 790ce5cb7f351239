"""Demo announcements, keyed by Kemendagri code. DEMO DATA, not real announcements.

Some end dates are already past in late 2026, so the index shows both current
and ended announcements.
"""

from datetime import date

from news.demo.common import DemoAnnouncement

KECAMATAN_ANNOUNCEMENTS = (
    DemoAnnouncement(
        slug="pelayanan-paten-libur-idul-fitri-1447-h",
        title="Jadwal Pelayanan PATEN selama Libur Idul Fitri 1447 H",
        date=date(2026, 3, 10),
        valid_until=date(2026, 3, 27),
        paragraphs=(
            "Sehubungan dengan libur nasional dan cuti bersama Idul Fitri 1447 H, loket PATEN "
            "Kantor Camat Rambang Kapak Tengah tutup pada 18–24 Maret 2026 dan buka kembali "
            "pada Rabu, 25 Maret 2026.",
            "Untuk keperluan mendesak, seperti surat keterangan kematian, hubungi petugas piket "
            "melalui WhatsApp layanan kecamatan.",
        ),
    ),
    DemoAnnouncement(
        slug="pembayaran-pbb-p2-2026",
        title="Pembayaran PBB-P2 Tahun 2026 Jatuh Tempo 31 Agustus",
        date=date(2026, 5, 4),
        valid_until=date(2026, 8, 31),
        paragraphs=(
            "Surat Pemberitahuan Pajak Terutang (SPPT) PBB-P2 tahun 2026 sudah dibagikan melalui "
            "kantor desa dan kelurahan. Pembayaran dapat dilakukan di bank yang ditunjuk, "
            "kantor pos, atau aplikasi pembayaran resmi.",
            "Pembayaran setelah 31 Agustus 2026 dikenakan denda sesuai peraturan daerah. Warga "
            "yang SPPT-nya belum diterima atau datanya salah dapat melapor ke loket PATEN.",
        ),
        attachment=(
            "Surat Edaran Pembayaran PBB-P2 2026",
            (
                "SURAT EDARAN CAMAT RAMBANG KAPAK TENGAH",
                "Tentang Pembayaran PBB-P2 Tahun 2026",
                "",
                "SPPT PBB-P2 tahun 2026 telah dibagikan melalui kantor desa/kelurahan.",
                "Batas akhir pembayaran: 31 Agustus 2026.",
                "Tempat pembayaran: bank yang ditunjuk, kantor pos, aplikasi resmi.",
                "",
                "(Contoh dokumen untuk demo, bukan surat resmi.)",
            ),
        ),
    ),
    DemoAnnouncement(
        slug="pendaftaran-objek-pajak-baru-pbb-p2",
        title="Pendaftaran Objek Pajak Baru dan Pemutakhiran Data PBB-P2",
        date=date(2026, 10, 1),
        valid_until=date(2026, 12, 15),
        paragraphs=(
            "Warga yang memiliki tanah atau bangunan yang belum terdaftar sebagai objek PBB-P2, "
            "atau yang datanya berubah karena jual beli, waris, atau pemecahan bidang, dapat "
            "mendaftar di loket PATEN sampai 15 Desember 2026.",
            "Pendaftaran tidak dipungut biaya. Bawalah dokumen berikut:",
        ),
        items=(
            "Fotokopi KTP-el dan Kartu Keluarga",
            "Fotokopi sertifikat, akta jual beli, atau surat keterangan tanah",
            "SPPT tahun sebelumnya, bila ada",
            "Formulir Surat Pemberitahuan Objek Pajak (SPOP) yang sudah diisi",
        ),
    ),
    DemoAnnouncement(
        slug="jadwal-vaksinasi-desember-2026",
        title="Jadwal Imunisasi Anak dan Vaksinasi Dewasa Bulan Desember 2026",
        date=date(2026, 11, 25),
        valid_until=date(2026, 12, 31),
        paragraphs=(
            "Puskesmas Rambang Kapak Tengah membuka layanan imunisasi dasar untuk bayi dan "
            "balita serta vaksinasi dewasa setiap Selasa dan Kamis pukul 08.00–12.00.",
            "Bawalah buku KIA untuk anak dan KTP-el untuk dewasa. Layanan tidak dipungut biaya.",
        ),
        items=(
            "Imunisasi dasar lengkap dan lanjutan untuk bayi dan balita",
            "Vaksin HPV untuk anak perempuan kelas 5 dan 6 SD yang belum mendapatkannya",
            "Vaksin tetanus-difteri untuk calon pengantin dan ibu hamil",
        ),
    ),
    DemoAnnouncement(
        slug="pelayanan-libur-natal-tahun-baru-2027",
        title="Jadwal Pelayanan Kantor Camat selama Libur Natal dan Tahun Baru",
        date=date(2026, 11, 20),
        valid_until=date(2027, 1, 2),
        paragraphs=(
            "Loket PATEN tutup pada hari libur nasional Natal, 25 Desember 2026, dan Tahun Baru, "
            "1 Januari 2027. Pada cuti bersama 24 Desember 2026, loket buka dengan petugas piket "
            "pukul 08.00–12.00.",
            "Pelayanan kembali normal pada Senin, 4 Januari 2027. Rincian jadwal ada pada surat "
            "edaran terlampir.",
        ),
        attachment=(
            "Surat Edaran Pelayanan Libur Natal dan Tahun Baru",
            (
                "SURAT EDARAN CAMAT RAMBANG KAPAK TENGAH",
                "Tentang Pelayanan selama Libur Natal dan Tahun Baru",
                "",
                "24 Desember 2026 (cuti bersama): loket PATEN buka 08.00-12.00, petugas piket.",
                "25 Desember 2026 (Natal): tutup.",
                "1 Januari 2027 (Tahun Baru): tutup.",
                "4 Januari 2027: pelayanan normal.",
                "",
                "(Contoh dokumen untuk demo, bukan surat resmi.)",
            ),
        ),
    ),
)

VILLAGE_ANNOUNCEMENTS = {
    "16.74.04.1001": (
        DemoAnnouncement(
            slug="kerja-bakti-serentak-6-desember",
            title="Kerja Bakti Serentak Minggu, 6 Desember 2026",
            date=date(2026, 11, 26),
            valid_until=date(2026, 12, 6),
            paragraphs=(
                "Seluruh warga Kelurahan Tanjung Rambang diajak mengikuti kerja bakti serentak "
                "membersihkan lingkungan RT masing-masing pada Minggu, 6 Desember 2026, mulai "
                "pukul 07.00.",
                "Bawalah cangkul, parang, dan karung sampah. Truk sampah akan berkeliling mulai "
                "pukul 10.00.",
            ),
        ),
    ),
    "16.74.04.2008": (
        DemoAnnouncement(
            slug="pengambilan-blt-dana-desa-tahap-iv",
            title="Pengambilan BLT Dana Desa Tahap IV",
            date=date(2026, 11, 16),
            valid_until=date(2026, 12, 5),
            paragraphs=(
                "BLT Dana Desa untuk Oktober sampai Desember 2026 dapat diambil di Balai Desa "
                "Karangan pada Sabtu, 5 Desember 2026, pukul 08.00–12.00.",
                "Keluarga penerima wajib membawa KTP-el dan Kartu Keluarga asli. Penerima yang "
                "sakit dapat diwakili anggota keluarga dengan surat kuasa dari ketua RT.",
            ),
        ),
        DemoAnnouncement(
            slug="jadwal-posyandu-melati-desember-2026",
            title="Jadwal Posyandu Melati Bulan Desember 2026",
            date=date(2026, 11, 24),
            valid_until=date(2026, 12, 8),
            paragraphs=(
                "Posyandu Melati buka Selasa, 8 Desember 2026, pukul 08.00–11.00 di rumah kader "
                "Dusun I. Bawalah buku KIA.",
                "Bulan ini ada pemberian makanan tambahan dan pemeriksaan ibu hamil oleh bidan "
                "desa.",
            ),
        ),
        DemoAnnouncement(
            slug="pendaftaran-penerima-blt-2026",
            title="Pendataan Calon Penerima BLT Dana Desa 2026",
            date=date(2026, 1, 6),
            valid_until=date(2026, 1, 31),
            paragraphs=(
                "Pemerintah Desa Karangan mendata calon penerima BLT Dana Desa 2026. Warga yang "
                "merasa memenuhi syarat dapat melapor kepada ketua RT sampai 31 Januari 2026.",
                "Daftar penerima ditetapkan dalam musyawarah desa khusus pada bulan Februari.",
            ),
        ),
    ),
}
