"""Demo services handled both at the village office and at the kecamatan (keduanya), as data.

DEMO DATA: requirements, steps and times follow what kecamatan and kelurahan
typically publish; they are not the decree of any real office.
"""

from services.demo.common import (
    ASK_RT,
    KADES_LURAH,
    KK,
    KTP,
    LEGAL_ADMINDUK,
    PENGANTAR_RT,
    PETUGAS_DESA,
    PETUGAS_LOKET,
    UNIT_BOTH,
    requirement,
    service,
    step,
)

SUBMIT_EITHER = step(
    "Pemohon", "Menyerahkan berkas ke kantor desa/kelurahan atau ke loket PATEN kecamatan."
)

KEDUANYA_SERVICES = [
    service(
        "surat-keterangan-usaha",
        "Surat Keterangan Usaha (SKU)",
        ("usaha",),
        summary=(
            "Surat yang menerangkan bahwa Anda menjalankan usaha di wilayah ini, untuk "
            "pengajuan kredit usaha rakyat (KUR) atau bantuan usaha. Izin berusaha sendiri "
            "(NIB) didaftarkan lewat OSS."
        ),
        handled_at="keduanya",
        responsible_unit=UNIT_BOTH,
        requirements=[
            PENGANTAR_RT,
            KTP,
            KK,
            requirement("Foto tempat usaha", "lainnya", note="cetak, atau tunjukkan di ponsel"),
            requirement("SPPT PBB tempat usaha tahun berjalan", note="bila milik sendiri"),
        ],
        procedure=[
            ASK_RT,
            step("Pemohon", "Menyerahkan berkas ke kantor desa/kelurahan."),
            step(PETUGAS_DESA, "Memeriksa berkas; bila perlu, meninjau tempat usaha."),
            step(KADES_LURAH, "Menandatangani surat keterangan usaha."),
            step(
                "Pemohon",
                "Bila bank atau lembaga meminta surat diketahui camat, membawanya ke loket PATEN.",
            ),
            step("Camat", "Menandatangani kolom mengetahui pada surat keterangan usaha."),
        ],
        time_value=30,
        time_unit="menit",
        product="Surat Keterangan Usaha",
        legal_basis=(
            "UU No. 20 Tahun 2008 tentang Usaha Mikro, Kecil, dan Menengah; PP No. 7 Tahun "
            "2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan UMKM; "
            "Permendagri No. 4 Tahun 2010 tentang Pedoman PATEN."
        ),
        staff_count=3,
    ),
    service(
        "pengantar-ktp-el",
        "Pengantar KTP-el",
        ("kependudukan",),
        summary=(
            "Pengantar untuk perekaman KTP-el pertama kali (usia 17 tahun atau sudah menikah), "
            "perubahan data, atau penggantian KTP-el yang hilang atau rusak. KTP-el gratis."
        ),
        handled_at="keduanya",
        responsible_unit=UNIT_BOTH,
        requirements=[
            PENGANTAR_RT,
            KK,
            requirement("Formulir F-1.02", "lainnya", note="diisi di kantor desa/kelurahan"),
            requirement("Surat keterangan kehilangan dari kepolisian", "asli", note="bila hilang"),
            requirement("KTP-el yang rusak", "asli", note="bila rusak"),
        ],
        procedure=[
            ASK_RT,
            SUBMIT_EITHER,
            step(PETUGAS_DESA, "Memeriksa NIK pada KK dan mengisi formulir F-1.02."),
            step(KADES_LURAH, "Menandatangani surat pengantar."),
            step(
                "Operator perekaman KTP-el kecamatan",
                "Merekam foto, sidik jari, iris mata, dan tanda tangan pemohon.",
            ),
            step("Pemohon", "Mengambil KTP-el setelah dicetak Disdukcapil."),
        ],
        time_value=45,
        time_unit="menit",
        product="Surat pengantar KTP-el dan perekaman data",
        legal_basis=LEGAL_ADMINDUK,
        staff_count=3,
    ),
    service(
        "pengantar-kartu-keluarga",
        "Pengantar Kartu Keluarga (KK)",
        ("kependudukan", "kelahiran"),
        summary=(
            "Pengantar untuk membuat Kartu Keluarga baru, menambah atau mengurangi anggota "
            "keluarga, atau mengganti KK yang hilang atau rusak. KK diterbitkan Disdukcapil."
        ),
        handled_at="keduanya",
        responsible_unit=UNIT_BOTH,
        requirements=[
            PENGANTAR_RT,
            requirement("Kartu Keluarga (KK) lama", "asli", note="bila perubahan atau rusak"),
            requirement("Buku nikah atau akta perkawinan", note="untuk KK pasangan baru menikah"),
            requirement("Akta kelahiran anggota yang ditambahkan", note="bila ada"),
            requirement("Surat keterangan pindah", "asli", note="bagi pendatang"),
            requirement("Surat keterangan kehilangan dari kepolisian", "asli", note="bila hilang"),
        ],
        procedure=[
            ASK_RT,
            SUBMIT_EITHER,
            step(PETUGAS_DESA, "Memeriksa berkas dan mengisi formulir biodata keluarga F-1.01."),
            step(KADES_LURAH, "Menandatangani surat pengantar."),
            step(PETUGAS_LOKET, "Mengirim permohonan ke Disdukcapil lewat aplikasi daring."),
            step("Pemohon", "Mencetak atau mengambil KK baru yang diterbitkan Disdukcapil."),
        ],
        time_value=45,
        time_unit="menit",
        product="Surat pengantar dan formulir F-1.01 untuk penerbitan KK",
        legal_basis=LEGAL_ADMINDUK,
    ),
    service(
        "surat-pengantar-pindah",
        "Surat Pengantar Pindah",
        ("pindah-domisili", "kependudukan"),
        summary=(
            "Pengantar untuk mengurus Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) "
            "di Disdukcapil bila Anda pindah ke luar kecamatan atau ke luar kota."
        ),
        handled_at="keduanya",
        responsible_unit=UNIT_BOTH,
        requirements=[
            PENGANTAR_RT,
            requirement("Kartu Keluarga (KK)", "asli"),
            requirement("KTP-el semua anggota keluarga yang pindah"),
            requirement("Formulir perpindahan F-1.03", "lainnya", note="diisi di kantor"),
            requirement("Alamat tujuan lengkap", "lainnya", note="sampai RT/RW dan kode pos"),
        ],
        procedure=[
            ASK_RT,
            SUBMIT_EITHER,
            step(PETUGAS_DESA, "Memeriksa berkas dan mengisi formulir F-1.03."),
            step(KADES_LURAH, "Menandatangani surat pengantar pindah."),
            step(PETUGAS_LOKET, "Meneruskan permohonan ke Disdukcapil untuk penerbitan SKPWNI."),
            step("Pemohon", "Membawa SKPWNI ke Disdukcapil daerah tujuan."),
        ],
        time_value=1,
        time_unit="hari_kerja",
        product="Surat pengantar pindah untuk penerbitan SKPWNI",
        legal_basis=LEGAL_ADMINDUK,
    ),
]
