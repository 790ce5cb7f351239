"""Demo services handled only at the kecamatan's PATEN counter, as data.

DEMO DATA: requirements, steps and times follow what kecamatan typically
publish; they are not the decree of any real office.
"""

from services.demo.common import (
    KTP,
    LEGAL_KECAMATAN,
    LEGAL_PERKAWINAN,
    PENGANTAR_DESA,
    PETUGAS_LOKET,
    requirement,
    service,
    step,
)

SUBMIT_PATEN = step("Pemohon", "Menyerahkan berkas persyaratan ke loket PATEN kantor camat.")
CHECK_PATEN = step(
    PETUGAS_LOKET, "Memeriksa kelengkapan berkas dan mencatat permohonan di buku register."
)
CAMAT_SIGNS = step("Camat", "Memeriksa dan menandatangani surat.")
HAND_OVER = step(PETUGAS_LOKET, "Memberi nomor dan stempel, lalu menyerahkan surat kepada pemohon.")

KECAMATAN_SERVICES = [
    service(
        "rekomendasi-pbg",
        "Rekomendasi PBG (dulu IMB)",
        ("tanah-bangunan",),
        summary=(
            "Rekomendasi camat yang diperlukan di Kota Prabumulih untuk mengajukan "
            "Persetujuan Bangunan Gedung (PBG, dulu IMB) lewat aplikasi SIMBG."
        ),
        kind="perizinan",
        handled_at="kecamatan",
        responsible_unit="Seksi Ekonomi dan Pembangunan",
        requirements=[
            requirement("Surat permohonan rekomendasi kepada Camat", "asli"),
            KTP,
            requirement("Sertifikat tanah, akta jual beli, atau surat pengakuan hak"),
            requirement("SPPT PBB tahun berjalan dan bukti lunasnya"),
            requirement("Gambar rencana bangunan", "lainnya", note="denah, tampak, dan potongan"),
            requirement("Surat keterangan tanah tidak dalam sengketa dari desa/kelurahan", "asli"),
            requirement("Foto lokasi bangunan", "lainnya", 2),
        ],
        procedure=[
            SUBMIT_PATEN,
            CHECK_PATEN,
            step(
                "Tim teknis kecamatan",
                "Meninjau lokasi bersama aparat desa/kelurahan: batas tanah, jalan, dan saluran.",
            ),
            step("Kasi Ekonomi dan Pembangunan", "Menyusun konsep surat rekomendasi."),
            CAMAT_SIGNS,
            HAND_OVER,
            step(
                "Pemohon",
                "Mengunggah rekomendasi ke SIMBG; retribusi PBG dibayar di dinas teknis "
                "sesuai peraturan daerah.",
            ),
        ],
        time_value=3,
        time_unit="hari_kerja",
        product="Surat Rekomendasi Camat untuk pengajuan PBG",
        legal_basis=(
            "UU No. 28 Tahun 2002 tentang Bangunan Gedung sebagaimana diubah UU No. 6 Tahun "
            "2023; PP No. 16 Tahun 2021 tentang Peraturan Pelaksanaan UU Bangunan Gedung; "
            "Permendagri No. 4 Tahun 2010 tentang Pedoman PATEN."
        ),
        staff_count=4,
    ),
    service(
        "rekomendasi-izin-keramaian",
        "Rekomendasi Izin Keramaian",
        ("sosial",),
        summary=(
            "Rekomendasi camat untuk acara yang mengundang keramaian, seperti hajatan dengan "
            "hiburan atau pertunjukan, sebagai syarat izin keramaian dari kepolisian."
        ),
        kind="perizinan",
        handled_at="kecamatan",
        responsible_unit="Seksi Ketenteraman dan Ketertiban Umum",
        requirements=[
            requirement("Surat permohonan", "asli", note="jenis, waktu, dan tempat acara"),
            requirement("KTP-el penanggung jawab acara"),
            PENGANTAR_DESA,
            requirement(
                "Surat persetujuan tetangga sekitar", "asli", note="bila memakai jalan umum"
            ),
            requirement("Susunan acara", "lainnya"),
        ],
        procedure=[
            step(
                "Pemohon", "Menyerahkan berkas ke loket PATEN, paling lambat 7 hari sebelum acara."
            ),
            CHECK_PATEN,
            step("Kasi Trantib", "Memeriksa lokasi, jadwal, dan rencana pengamanan acara."),
            CAMAT_SIGNS,
            HAND_OVER,
            step("Pemohon", "Membawa rekomendasi ke Polsek atau Polres untuk izin keramaian."),
        ],
        time_value=1,
        time_unit="hari_kerja",
        product="Surat Rekomendasi Camat untuk izin keramaian",
        legal_basis=(
            "UU No. 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia; Juklap Kapolri "
            "No. Pol/02/XII/95 tentang Perizinan dan Pemberitahuan Kegiatan Masyarakat; PP "
            "No. 17 Tahun 2018 tentang Kecamatan."
        ),
    ),
    service(
        "dispensasi-nikah",
        "Dispensasi Nikah",
        ("perkawinan",),
        summary=(
            "Izin camat untuk menikah bila kehendak nikah didaftarkan ke KUA kurang dari 10 "
            "hari kerja sebelum akad. Dispensasi usia nikah diurus di Pengadilan Agama."
        ),
        handled_at="kecamatan",
        responsible_unit="Seksi Pemerintahan",
        requirements=[
            requirement("Rekomendasi dari desa/kelurahan", "asli"),
            requirement("Formulir N1, N2, dan N4"),
            requirement("Surat pemberitahuan kekurangan hari dari KUA", "asli"),
            requirement("KTP-el kedua calon pengantin", quantity=2),
            requirement("Kartu Keluarga (KK) kedua calon pengantin", quantity=2),
        ],
        procedure=[
            SUBMIT_PATEN,
            CHECK_PATEN,
            step("Kasi Pemerintahan", "Menyusun surat dispensasi nikah."),
            CAMAT_SIGNS,
            HAND_OVER,
            step("Pemohon", "Menyerahkan surat dispensasi ke KUA."),
        ],
        time_value=10,
        time_unit="menit",
        product="Surat Dispensasi Nikah dari Camat",
        legal_basis=LEGAL_PERKAWINAN + " PP No. 9 Tahun 1975 Pasal 3 ayat (3).",
    ),
    service(
        "surat-keterangan-ahli-waris",
        "Surat Keterangan Ahli Waris",
        ("kematian", "tanah-bangunan"),
        summary=(
            "Surat yang menerangkan siapa ahli waris orang yang meninggal, disaksikan kepala "
            "desa/lurah dan dikuatkan camat, untuk balik nama tanah atau pencairan tabungan."
        ),
        handled_at="kecamatan",
        responsible_unit="Seksi Pemerintahan",
        requirements=[
            requirement("Akta kematian atau surat keterangan kematian pewaris"),
            requirement(
                "Surat pernyataan ahli waris bermeterai Rp10.000",
                "asli",
                note="ditandatangani semua ahli waris; meterai dibeli sendiri",
            ),
            requirement("KTP-el dan KK semua ahli waris"),
            requirement("Buku nikah pewaris"),
            requirement("KTP-el 2 orang saksi", quantity=2),
            PENGANTAR_DESA,
        ],
        procedure=[
            step(
                "Pemohon",
                "Menyiapkan surat pernyataan yang ditandatangani ahli waris dan 2 saksi, "
                "diketahui kepala desa/lurah.",
            ),
            SUBMIT_PATEN,
            CHECK_PATEN,
            step("Kasi Pemerintahan", "Meneliti silsilah; bila perlu memanggil para ahli waris."),
            step("Camat", "Menandatangani penguatan surat keterangan ahli waris."),
            HAND_OVER,
        ],
        time_value=90,
        time_unit="menit",
        product="Surat Keterangan Ahli Waris yang dikuatkan Camat",
        legal_basis=(
            "Kitab Undang-Undang Hukum Perdata; Kompilasi Hukum Islam (Inpres No. 1 Tahun "
            "1991); PMNA/Kepala BPN No. 3 Tahun 1997 Pasal 111 sebagaimana diubah terakhir "
            "dengan Permen ATR/Kepala BPN No. 16 Tahun 2021."
        ),
    ),
    service(
        "legalisasi-dokumen",
        "Legalisasi Dokumen",
        ("kependudukan",),
        summary=(
            "Pengesahan fotokopi surat yang diterbitkan kecamatan atau desa/kelurahan. KK dan "
            "akta dengan tanda tangan elektronik dari Disdukcapil tidak perlu dilegalisasi."
        ),
        handled_at="kecamatan",
        requirements=[
            requirement("Dokumen yang akan dilegalisasi", "asli"),
            requirement("Fotokopi dokumen", quantity=3, note="paling banyak 10 lembar"),
            KTP,
        ],
        procedure=[
            SUBMIT_PATEN,
            step(PETUGAS_LOKET, "Mencocokkan fotokopi dengan dokumen aslinya."),
            step("Camat atau Sekretaris Camat", "Menandatangani cap legalisasi."),
            step(PETUGAS_LOKET, "Memberi stempel, mencatat, lalu mengembalikan dokumen asli."),
        ],
        time_value=15,
        time_unit="menit",
        product="Fotokopi dokumen yang dilegalisasi",
        legal_basis=LEGAL_KECAMATAN,
    ),
]
