"""Demo services handled at the village office (desa/kelurahan), as data.

These are shared services of the kecamatan's catalogue that every village
site shows. DEMO DATA: requirements, steps and times follow what kelurahan
and desa typically publish; they are not the decree of any real office.
"""

from services.demo.common import (
    ASK_RT,
    KADES_LURAH,
    KK,
    KTP,
    LEGAL_ADMINDUK,
    LEGAL_DESA,
    LEGAL_PERKAWINAN,
    PENGANTAR_RT,
    PETUGAS_DESA,
    requirement,
    service,
    step,
)

SUBMIT = step(
    "Pemohon", "Menyerahkan berkas persyaratan kepada petugas pelayanan di kantor desa/kelurahan."
)
CHECK = step(
    PETUGAS_DESA,
    "Memeriksa kelengkapan berkas, mencocokkan data dengan buku induk penduduk, lalu "
    "mengetik surat.",
)
SIGN = step(KADES_LURAH, "Memeriksa dan menandatangani surat.")
HAND_OVER = step(
    PETUGAS_DESA, "Memberi nomor dan stempel, mencatat di buku register, lalu menyerahkan surat."
)

DESA_SERVICES = [
    service(
        "surat-keterangan-domisili",
        "Surat Keterangan Domisili",
        ("pindah-domisili", "kependudukan"),
        summary=(
            "Surat yang menerangkan bahwa Anda bertempat tinggal di desa/kelurahan ini, untuk "
            "keperluan sekolah, pekerjaan, bank, atau pelayanan publik lainnya."
        ),
        handled_at="desa",
        requirements=[
            PENGANTAR_RT,
            KTP,
            KK,
            requirement(
                "Surat keterangan pindah atau KTP-el daerah asal",
                note="bagi pendatang yang belum pindah KK",
            ),
        ],
        procedure=[ASK_RT, SUBMIT, CHECK, SIGN, HAND_OVER],
        time_value=10,
        time_unit="menit",
        product="Surat Keterangan Domisili",
        legal_basis=LEGAL_DESA,
    ),
    service(
        "surat-keterangan-tidak-mampu",
        "Surat Keterangan Tidak Mampu (SKTM)",
        ("sosial",),
        summary=(
            "Surat yang menerangkan bahwa keluarga Anda tergolong kurang mampu, untuk "
            "keringanan biaya sekolah, biaya berobat, atau pengajuan bantuan sosial."
        ),
        handled_at="desa",
        requirements=[
            PENGANTAR_RT,
            KTP,
            KK,
            requirement(
                "Surat pernyataan tidak mampu yang ditandatangani pemohon",
                "asli",
                note="formulirnya tersedia di kantor desa/kelurahan",
            ),
            requirement("Kartu KIS, KIP, atau PKH", note="bila ada"),
        ],
        procedure=[
            ASK_RT,
            SUBMIT,
            step(
                PETUGAS_DESA,
                "Memeriksa berkas dan mencocokkan keluarga pemohon dengan data kesejahteraan "
                "sosial; bila perlu, meninjau rumah pemohon.",
            ),
            SIGN,
            HAND_OVER,
        ],
        time_value=15,
        time_unit="menit",
        product="Surat Keterangan Tidak Mampu",
        legal_basis=(
            "UU No. 13 Tahun 2011 tentang Penanganan Fakir Miskin; UU No. 6 Tahun 2014 "
            "tentang Desa; Permensos No. 3 Tahun 2021 tentang Pengelolaan Data Terpadu "
            "Kesejahteraan Sosial."
        ),
    ),
    service(
        "pengantar-akta-kelahiran",
        "Pengantar Akta Kelahiran",
        ("kelahiran", "kependudukan"),
        summary=(
            "Surat keterangan kelahiran dari desa/kelurahan untuk mengurus akta kelahiran di "
            "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kota Prabumulih. Akta "
            "kelahiran diterbitkan tanpa biaya."
        ),
        handled_at="desa",
        requirements=[
            requirement("Surat keterangan lahir dari bidan, puskesmas, atau rumah sakit", "asli"),
            requirement("Kartu Keluarga (KK) orang tua"),
            requirement("KTP-el ayah dan ibu", quantity=2),
            requirement("Buku nikah atau akta perkawinan orang tua"),
            requirement("KTP-el 2 orang saksi", quantity=2),
        ],
        procedure=[
            SUBMIT,
            step(PETUGAS_DESA, "Memeriksa berkas dan mengisi formulir pelaporan kelahiran."),
            SIGN,
            HAND_OVER,
            step(
                "Pemohon",
                "Membawa surat keterangan kelahiran dan berkasnya ke Disdukcapil, atau "
                "mengajukannya secara daring; akta kelahiran diterbitkan oleh Disdukcapil.",
            ),
        ],
        time_value=15,
        time_unit="menit",
        product="Surat Keterangan Kelahiran",
        legal_basis=LEGAL_ADMINDUK,
    ),
    service(
        "pengantar-akta-kematian",
        "Pengantar Akta Kematian",
        ("kematian", "kependudukan"),
        summary=(
            "Surat keterangan kematian dari desa/kelurahan untuk mengurus akta kematian di "
            "Disdukcapil. Laporkan kematian paling lambat 30 hari setelah meninggal."
        ),
        handled_at="desa",
        requirements=[
            PENGANTAR_RT,
            requirement(
                "Surat keterangan kematian dari rumah sakit atau puskesmas",
                "asli",
                note="bila meninggal di fasilitas kesehatan",
            ),
            requirement("KTP-el almarhum/almarhumah", "asli"),
            requirement("Kartu Keluarga (KK) almarhum/almarhumah"),
            requirement("KTP-el pelapor"),
            requirement("KTP-el 2 orang saksi", quantity=2),
        ],
        procedure=[ASK_RT, SUBMIT, CHECK, SIGN, HAND_OVER],
        time_value=15,
        time_unit="menit",
        product="Surat Keterangan Kematian",
        legal_basis=LEGAL_ADMINDUK,
    ),
    service(
        "pengantar-skck",
        "Pengantar SKCK",
        ("kependudukan",),
        summary=(
            "Surat pengantar dari desa/kelurahan untuk mengurus Surat Keterangan Catatan "
            "Kepolisian (SKCK) di Polsek atau Polres. SKCK sendiri dikenai PNBP oleh kepolisian."
        ),
        handled_at="desa",
        requirements=[
            PENGANTAR_RT,
            KTP,
            KK,
            requirement("Akta kelahiran atau ijazah terakhir"),
            requirement("Pas foto 4x6 berwarna", "lainnya", 2, "latar belakang merah"),
        ],
        procedure=[
            ASK_RT,
            SUBMIT,
            CHECK,
            SIGN,
            HAND_OVER,
            step("Pemohon", "Membawa surat pengantar ke Polsek atau Polres Prabumulih."),
        ],
        time_value=15,
        time_unit="menit",
        product="Surat Pengantar SKCK",
        legal_basis=(
            "UU No. 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia; Peraturan "
            "Kapolri No. 18 Tahun 2014 tentang Tata Cara Penerbitan SKCK; UU No. 6 Tahun 2014 "
            "tentang Desa."
        ),
    ),
    service(
        "surat-keterangan-kehilangan",
        "Surat Keterangan Kehilangan",
        ("kependudukan",),
        summary=(
            "Surat yang menerangkan bahwa Anda kehilangan dokumen atau barang, sebagai "
            "pengantar laporan ke kepolisian atau untuk mengurus dokumen pengganti."
        ),
        handled_at="desa",
        requirements=[
            PENGANTAR_RT,
            requirement("KTP-el pemohon", note="atau Kartu Keluarga bila KTP-el yang hilang"),
            requirement("Fotokopi dokumen yang hilang", note="bila ada"),
            requirement(
                "Keterangan waktu dan tempat kehilangan",
                "lainnya",
                note="cukup disampaikan kepada petugas",
            ),
        ],
        procedure=[
            ASK_RT,
            SUBMIT,
            CHECK,
            SIGN,
            HAND_OVER,
            step(
                "Pemohon",
                "Bila diperlukan, membawa surat ke Polsek untuk mendapatkan surat tanda "
                "penerimaan laporan kehilangan.",
            ),
        ],
        time_value=15,
        time_unit="menit",
        product="Surat Keterangan Kehilangan",
        legal_basis=LEGAL_DESA,
    ),
    service(
        "surat-pengantar-nikah",
        "Surat Pengantar Nikah (N1–N6)",
        ("perkawinan",),
        summary=(
            "Formulir pengantar nikah model N1 sampai N6 dari desa/kelurahan, untuk "
            "mendaftarkan kehendak nikah ke KUA kecamatan. Bagi non-Muslim, perkawinan "
            "dicatat di Disdukcapil setelah pemberkatan."
        ),
        handled_at="desa",
        requirements=[
            PENGANTAR_RT,
            requirement("KTP-el calon pengantin"),
            requirement("Kartu Keluarga (KK) calon pengantin"),
            requirement("Akta kelahiran atau ijazah terakhir"),
            requirement(
                "Pas foto berwarna latar biru", "lainnya", 6, "2x3 empat lembar, 4x6 dua lembar"
            ),
            requirement("Surat keterangan sehat calon pengantin dari puskesmas", "asli"),
            requirement("KTP-el 2 orang saksi", quantity=2),
            requirement(
                "Akta cerai atau akta kematian pasangan terdahulu", note="bagi duda atau janda"
            ),
        ],
        procedure=[
            ASK_RT,
            SUBMIT,
            step(PETUGAS_DESA, "Memeriksa berkas dan mengisi formulir N1 sampai N6."),
            step(KADES_LURAH, "Menandatangani formulir pengantar nikah."),
            HAND_OVER,
            step(
                "Pemohon",
                "Mendaftarkan kehendak nikah ke KUA paling lambat 10 hari kerja sebelum akad; "
                "bila kurang dari 10 hari kerja, urus dispensasi nikah di kantor camat.",
            ),
        ],
        time_value=1,
        time_unit="hari_kerja",
        product="Formulir pengantar nikah N1–N6 yang ditandatangani kepala desa/lurah",
        legal_basis=LEGAL_PERKAWINAN,
    ),
]
