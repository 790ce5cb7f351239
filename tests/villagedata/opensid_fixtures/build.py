"""Requests exactly as OpenSID v2410's sender code builds them (see README.md).

Each builder returns a :class:`Recorded` request: method, path under the
server setting, headers in the order the sender's HTTP library writes them
(without ``Host`` and ``Content-Length``, which the replaying client adds as
Guzzle and curl do) and the body bytes. Values are synthetic. Nothing here
talks to a server; ``tests/villagedata/test_opensid_replay.py`` replays them.

The multipart bodies are Guzzle 7 / guzzlehttp/psr7 2 ``MultipartStream``
output; the ZIPs are CodeIgniter 3's ``CI_Zip`` archives (basenames, deflated)
of an OpenSpout 3 CSV (UTF-8 BOM, PHP ``fputcsv`` quoting, ``\\n`` line ends)
plus the photos named in it.
"""

import base64
import io
import json
import zipfile
from dataclasses import dataclass
from urllib.parse import quote_plus

OPENSID_COMMIT = "4b3d56778f23b0e1230c1e667db554f012bbcdc6"  # branch umum, "Rilis v2410.0.0"
GUZZLE_USER_AGENT = "GuzzleHttp/7"  # guzzlehttp/guzzle src/Utils.php defaultUserAgent()
# libcurl's list for CURLOPT_ENCODING '' (Laporan_apbdes::kirim); it depends on the build.
CURL_ACCEPT_ENCODING = "deflate, gzip, br, zstd"
# The date namafile() appends (date('d_m_Y')); fixed so that the fixtures are stable.
NAMAFILE_DATE = "02_12_2026"
# A 1x1 JPEG-like stand-in: the receiver stores photos as files, it does not decode them.
TINY_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b"
    "0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ff"
    "c0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0b"
    "ffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a108"
    "2342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a53545556"
    "5758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9"
    "aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7"
    "f8f9faffda0008010100003f00fbd3ffd9"
)
TINY_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclass
class Recorded:
    name: str
    method: str
    path: str  # appended to OpenSID's api_opendk_server setting
    headers: list[tuple[str, str]]
    body: bytes
    sender: str  # which reply handling applies (contract §7): guzzle, curl, pesan, axios


# --- PHP behaviour the senders rely on --------------------------------------------


def php_http_build_query(params: dict) -> str:
    """``http_build_query($params, '', '&')`` (Guzzle form_params): RFC 1738, nulls dropped."""
    return "&".join(
        f"{quote_plus(str(k), safe='-_.')}={quote_plus(str(v), safe='-_.')}"
        for k, v in params.items()
        if v is not None
    )


def php_json_encode(value) -> bytes:
    """``json_encode($value, JSON_THROW_ON_ERROR)``: ``\\/`` and ``\\uXXXX`` escapes, no spaces."""
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=True)
    return text.replace("/", "\\/").encode()


def php_fputcsv_line(fields) -> str:
    """One ``fputcsv($fh, $fields, ',', '"', '')`` line (OpenSpout disables the escape char)."""
    out = []
    for field in fields:
        text = "" if field is None else str(field)
        if any(c in text for c in ',"\n\r\t '):
            text = '"' + text.replace('"', '""') + '"'
        out.append(text)
    return ",".join(out) + "\n"


def openspout_csv(header, rows) -> bytes:
    """OpenSpout 3's CSV writer with its defaults (``SHOULD_ADD_BOM`` true)."""
    return ("\ufeff" + "".join(php_fputcsv_line(r) for r in [header, *rows])).encode()


def ci_zip(files: list[tuple[str, bytes]]) -> bytes:
    """``CI_Zip::read_file($path)`` for each file then ``archive()``: basenames, deflated,
    in the order read (photos first, the CSV last, as ``data_pembangunan`` reads them)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    return buffer.getvalue()


def guzzle_multipart(parts: list[tuple[str, bytes, str | None]], boundary: str):
    """guzzlehttp/psr7 ``MultipartStream``: per part Content-Disposition, Content-Length
    and, for a file, Content-Type guessed from the filename."""
    body = b""
    for name, contents, filename in parts:
        headers = []
        if filename:
            headers.append(f'Content-Disposition: form-data; name="{name}"; filename="{filename}"')
        else:
            headers.append(f'Content-Disposition: form-data; name="{name}"')
        if contents:
            headers.append(f"Content-Length: {len(contents)}")
        if filename:
            headers.append(
                "Content-Type: "
                + ("application/zip" if filename.endswith(".zip") else "application/octet-stream")
            )
        body += f"--{boundary}\r\n".encode() + "\r\n".join(headers).encode() + b"\r\n\r\n"
        body += contents + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def guzzle_headers(key: str, content_type: str) -> list[tuple[str, str]]:
    """``opendk_api()`` (donjolib_helper.php): its two headers plus Guzzle's own."""
    return [
        ("X-Requested-With", "XMLHttpRequest"),
        ("Authorization", f"Bearer {key}"),
        ("User-Agent", GUZZLE_USER_AGENT),
        ("Content-Type", content_type),
    ]


# --- The senders ---------------------------------------------------------------------

BOUNDARY = "5f1c0e3a9b7d4c2e8f6a1b3c5d7e9f0a1b2c3d4e"  # bin2hex(random_bytes(20)) in Guzzle


def identitas_desa(key, kode_desa, website="http://dua.desa.test/", path=None):
    """``Sinkronisasi::sinkronisasi_identitas_desa()``: form_params through ``opendk_api()``.
    ``path`` null (no boundary drawn) is left out by http_build_query (contract §3 quirk)."""
    body = php_http_build_query(
        {"kode_desa": kode_desa, "sebutan_desa": "Desa", "website": website, "path": path}
    ).encode()
    return Recorded(
        "identitas-desa",
        "POST",
        "/api/v1/identitas-desa",
        guzzle_headers(key, "application/x-www-form-urlencoded"),
        body,
        "guzzle",
    )


BOUNDARY_PATH = json.dumps(
    [[[[-3.4301, 104.2301], [-3.4402, 104.2503], [-3.4503, 104.2404], [-3.4301, 104.2301]]]],
    separators=(",", ":"),
)


def _laporan(tipe, key, desa_id, part_key, items):
    """``Laporan_apbdes::kirim()`` (``Laporan_penduduk`` inherits it): raw curl, JSON."""
    rows = []
    for id_, judul, part, tahun in items:
        nama_file = f"{judul.lower().replace(' ', '_')}_{NAMAFILE_DATE}.pdf"
        rows.append(
            {
                "id": id_,
                "judul": judul,
                part_key: part,
                "nama_file": nama_file,
                "tahun": tahun,
                "created_at": "2026-11-05T02:10:00.000000Z",
                "updated_at": "2026-11-05T02:10:00.000000Z",
                "file": base64.b64encode(TINY_PDF).decode(),
            }
        )
    body = php_json_encode({"desa_id": desa_id, tipe: rows})
    headers = [
        ("Accept-Encoding", CURL_ACCEPT_ENCODING),
        ("Accept", "application/json"),
        ("Content-Type", "application/json"),
        ("Authorization", f"Bearer {key}"),
    ]
    return Recorded(
        tipe.replace("_", "-"), "POST", "/api/v1/" + tipe.replace("_", "-"), headers, body, "curl"
    )


def laporan_penduduk(key, desa_id):
    # opendk(): 'bulan' carries the row's semester column for laporan_penduduk.
    return _laporan(
        "laporan_penduduk",
        key,
        desa_id,
        "bulan",
        [
            (7, "Laporan Penduduk Oktober 2026", 10, 2026),
            (8, "Laporan Penduduk November 2026", 11, 2026),
        ],
    )


def laporan_apbdes(key, desa_id):
    return _laporan(
        "laporan_apbdes", key, desa_id, "semester", [(3, "APBDes 2026 Semester 1", 1, 2026)]
    )


def _zip_upload(name, path, key, desa_id, zip_name, zip_bytes):
    """``opendk_api()`` with ``multipart``: ``file`` (the ZIP) then ``desa_id``."""
    body, content_type = guzzle_multipart(
        [("file", zip_bytes, zip_name), ("desa_id", desa_id.encode(), None)], BOUNDARY
    )
    return Recorded(name, "POST", path, guzzle_headers(key, content_type), body, "guzzle")


PROGRAM_HEADER = [
    "desa_id",
    "id",
    "nama",
    "sasaran",
    "ndesc",
    "sdate",
    "edate",
    "status",
    "asaldana",
]


def program_bantuan(key, desa_id):
    """``kirim_program_bantuan()`` / ``data_program_bantuan()``: ten values under nine
    header columns (``userid`` between ``edate`` and ``status``), so ``status`` holds
    the user id and ``asaldana`` the status, and the source of funds has no column."""
    rows = [
        [
            desa_id,
            1,
            "BLT Dana Desa 2026",
            1,
            "Bantuan langsung tunai, dana desa",
            "2026-01-01",
            "2026-12-31",
            1,
            1,
            "Dana Desa",
        ],
        [
            desa_id,
            2,
            "Bantuan Bibit Padi",
            2,
            "Bibit untuk kelompok tani",
            "2026-03-01",
            "2026-06-30",
            1,
            0,
            "APBD Kabupaten",
        ],
    ]
    csv = openspout_csv(PROGRAM_HEADER, rows)
    zip_bytes = ci_zip([(f"program_bantuan_{NAMAFILE_DATE}_opendk.csv", csv)])
    return _zip_upload(
        "program-bantuan",
        "/api/v1/program-bantuan",
        key,
        desa_id,
        f"program_bantuan_{NAMAFILE_DATE}_opendk.zip",
        zip_bytes,
    )


PEMBANGUNAN_HEADER = [
    "desa_id",
    "id",
    "sumber_dana",
    "lokasi",
    "judul",
    "keterangan",
    "volume",
    "tahun_anggaran",
    "pelaksana_kegiatan",
    "status",
    "anggaran",
    "perubahan_anggaran",
    "sumber_biaya_pemerintah",
    "sumber_biaya_provinsi",
    "sumber_biaya_kab_kota",
    "sumber_biaya_swadaya",
    "sumber_biaya_jumlah",
    "manfaat",
    "waktu",
    "sifat_proyek",
    "foto",
]


def pembangunan(key, desa_id):
    """``kirim_pembangunan()`` / ``data_pembangunan()``: each project's photo read into
    the ZIP before the CSV (``$this->zip->read_file`` in the row loop)."""
    rows = [
        [
            desa_id,
            11,
            "Dana Desa",
            "Dusun I RT 001",
            "Rabat Beton Jalan Dusun I",
            "Jalan lingkungan",
            "250 m",
            2026,
            "TPK Desa Dua",
            1,
            150000000,
            0,
            150000000,
            0,
            0,
            5000000,
            155000000,
            "Akses jalan warga",
            90,
            "BARU",
            "pembangunan_11_rabat.jpg",
        ],
        [
            desa_id,
            12,
            "ADD",
            "Dusun II",
            "Sumur Bor",
            None,
            "1 unit",
            2026,
            "TPK Desa Dua",
            1,
            45000000,
            0,
            45000000,
            0,
            0,
            0,
            45000000,
            "Air bersih",
            60,
            "BARU",
            None,
        ],
    ]
    csv = openspout_csv(PEMBANGUNAN_HEADER, rows)
    zip_bytes = ci_zip(
        [("pembangunan_11_rabat.jpg", TINY_JPEG), (f"pembangunan_{NAMAFILE_DATE}_opendk.csv", csv)]
    )
    return _zip_upload(
        "pembangunan",
        "/api/v1/pembangunan",
        key,
        desa_id,
        f"pembangunan_{NAMAFILE_DATE}_opendk.zip",
        zip_bytes,
    )


DOKUMENTASI_HEADER = [
    "desa_id",
    "id",
    "id_pembangunan",
    "gambar",
    "persentase",
    "keterangan",
    "created_at",
    "updated_at",
]


def pembangunan_dokumentasi(key, desa_id):
    """``kirim_dokumentasi_pembangunan()`` / ``make_dokumentasi_pembangunan()``."""
    rows = [
        [desa_id, 21, 11, "dok_11_0.jpg", "0%", "Sebelum dikerjakan", "2026-05-02", "2026-05-02"],
        [desa_id, 22, 11, "dok_11_50.jpg", "50%", "Setengah jalan", "2026-06-10", "2026-06-10"],
    ]
    csv = openspout_csv(DOKUMENTASI_HEADER, rows)
    zip_bytes = ci_zip(
        [
            ("dok_11_0.jpg", TINY_JPEG),
            ("dok_11_50.jpg", TINY_JPEG),
            (f"dokumentasi_pembangunan_{NAMAFILE_DATE}_opendk.csv", csv),
        ]
    )
    return _zip_upload(
        "pembangunan-dokumentasi",
        "/api/v1/pembangunan/dokumentasi",
        key,
        desa_id,
        f"dokumentasi_pembangunan_{NAMAFILE_DATE}_opendk.zip",
        zip_bytes,
    )


def getpesan(key, kode_desa, last_id=0):
    """``get_pesan_opendk()`` (donjolib_helper.php): Guzzle form_params, on every dashboard load."""
    body = php_http_build_query({"kode_desa": kode_desa, "id": int(last_id)}).encode()
    return Recorded(
        "pesan-getpesan",
        "POST",
        "/api/v1/pesan/getpesan",
        guzzle_headers(key, "application/x-www-form-urlencoded"),
        body,
        "pesan",
    )


def auth_login(email, password, origin="https://desa-dua.example.id"):
    """``get_token()`` in ``views/sinkronisasi/index.php``: axios posts JSON. Its
    ``'header'`` option is a typo for ``headers``, so axios's default Accept is sent."""
    body = json.dumps({"email": email, "password": password}).encode()
    headers = [
        ("Accept", "application/json, text/plain, */*"),
        ("Content-Type", "application/json"),
        ("Origin", origin),
    ]
    return Recorded("auth-login", "POST", "/api/v1/auth/login", headers, body, "axios")


def auth_login_preflight(origin="https://desa-dua.example.id"):
    """The browser's CORS preflight for that JSON post."""
    headers = [
        ("Origin", origin),
        ("Access-Control-Request-Method", "POST"),
        ("Access-Control-Request-Headers", "content-type"),
    ]
    return Recorded(
        "auth-login-preflight", "OPTIONS", "/api/v1/auth/login", headers, b"", "preflight"
    )


def every_push(key, desa_id):
    """Every sync request of contract §1 that carries no personal records, in send order."""
    return [
        identitas_desa(key, desa_id, path=BOUNDARY_PATH),
        identitas_desa(key, desa_id),  # a desa without a drawn boundary
        laporan_penduduk(key, desa_id),
        laporan_apbdes(key, desa_id),
        program_bantuan(key, desa_id),
        pembangunan(key, desa_id),
        pembangunan_dokumentasi(key, desa_id),
        getpesan(key, desa_id),
    ]
