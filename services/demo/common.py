"""Building blocks of the demo services: block helpers and texts many services share.

DEMO DATA: modelled on standards that kecamatan and kelurahan typically
publish, not the decree of any real office.
"""

import datetime
from dataclasses import dataclass

# Fixed, so that a rerun of the seed compares equal and changes nothing.
LAST_REVIEWED = datetime.date(2026, 10, 1)

PETUGAS_LOKET = "Petugas loket PATEN"
PETUGAS_DESA = "Petugas pelayanan desa/kelurahan"
KADES_LURAH = "Kepala desa/lurah"

UNIT_KECAMATAN = "Seksi Pelayanan Umum"
UNIT_DESA = "Seksi Pemerintahan desa/kelurahan"
UNIT_BOTH = "Seksi Pelayanan Umum kecamatan dan Seksi Pemerintahan desa/kelurahan"

COMPLAINTS_KECAMATAN = (
    "Sampaikan pengaduan, saran, atau masukan di loket PATEN Kantor Camat Rambang Kapak "
    "Tengah, lewat kotak saran di ruang tunggu, atau lewat WhatsApp layanan kecamatan. "
    "Setiap pengaduan ditanggapi paling lambat 3 hari kerja."
)
COMPLAINTS_DESA = (
    "Sampaikan pengaduan kepada kepala desa/lurah atau petugas pelayanan di kantor "
    "desa/kelurahan. Bila belum selesai, sampaikan ke loket PATEN Kantor Camat Rambang "
    "Kapak Tengah."
)

# Legal bases (internal components, never shown publicly).
LEGAL_ADMINDUK = (
    "UU No. 23 Tahun 2006 jo. UU No. 24 Tahun 2013 tentang Administrasi Kependudukan; "
    "Perpres No. 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan "
    "Pencatatan Sipil; Permendagri No. 4 Tahun 2010 tentang Pedoman PATEN."
)
LEGAL_DESA = (
    "UU No. 6 Tahun 2014 tentang Desa; UU No. 23 Tahun 2006 jo. UU No. 24 Tahun 2013 "
    "tentang Administrasi Kependudukan; PP No. 17 Tahun 2018 tentang Kecamatan."
)
LEGAL_KECAMATAN = (
    "UU No. 25 Tahun 2009 tentang Pelayanan Publik; PP No. 17 Tahun 2018 tentang "
    "Kecamatan; Permendagri No. 4 Tahun 2010 tentang Pedoman PATEN."
)
LEGAL_PERKAWINAN = (
    "UU No. 1 Tahun 1974 jo. UU No. 16 Tahun 2019 tentang Perkawinan; PP No. 9 Tahun 1975 "
    "tentang Pelaksanaan UU Perkawinan; PMA No. 20 Tahun 2019 tentang Pencatatan Pernikahan."
)

# The other internal components: the same for every demo service unless overridden.
FACILITIES_KECAMATAN = (
    "Loket PATEN dengan nomor antrean, ruang tunggu berkursi, komputer dan printer, papan "
    "informasi standar pelayanan, kotak saran, toilet, serta jalur landai untuk kursi roda."
)
FACILITIES_DESA = (
    "Meja pelayanan kantor desa/kelurahan, komputer dan printer, stempel dinas, papan "
    "informasi persyaratan, kursi tunggu, dan kotak saran; loket PATEN kecamatan sebagai "
    "tempat pelayanan cadangan."
)
STAFF_COMPETENCE = (
    "Memahami ketentuan administrasi kependudukan dan tata naskah dinas, mampu "
    "mengoperasikan komputer dan aplikasi pelayanan, serta bersikap ramah dan komunikatif."
)
INTERNAL_OVERSIGHT = (
    "Pengawasan melekat oleh atasan langsung (Kasi Pelayanan Umum dan Sekretaris Camat) "
    "serta pemeriksaan buku register pelayanan setiap bulan."
)
SERVICE_GUARANTEE = (
    "Berkas yang lengkap diselesaikan dalam waktu yang diumumkan oleh petugas yang "
    "kompeten, tanpa pungutan di luar ketentuan."
)
SAFETY_GUARANTEE = (
    "Berkas dan data pribadi pemohon dijaga kerahasiaannya dan hanya dipakai untuk layanan "
    "ini; ruang pelayanan dilengkapi alat pemadam api ringan dan jalur evakuasi."
)
PERFORMANCE_EVALUATION = (
    "Survei Kepuasan Masyarakat setiap semester (Permenpan RB No. 14 Tahun 2017) dan rapat "
    "evaluasi pelayanan bulanan yang dipimpin Camat."
)


@dataclass(frozen=True)
class DemoService:
    """One demo service: its slug, title, topic slugs and the other ServicePage fields.

    ``fields`` maps ServicePage field names to values; ``requirements`` and
    ``procedure`` are raw StreamField data (lists of ``{"type", "value"}``).
    """

    slug: str
    title: str
    topics: tuple[str, ...]
    fields: dict


def requirement(text: str, form: str = "fotokopi", quantity: int = 1, note: str = "") -> dict:
    """Raw data of one requirement block; ``form`` is asli, fotokopi, asli_fotokopi or lainnya."""
    value = {"text": text, "document_form": form, "quantity": quantity, "note": note}
    return {"type": "requirement", "value": value}


def step(actor: str, description: str) -> dict:
    """Raw data of one procedure step: who acts, and what they do."""
    return {"type": "step", "value": {"actor": actor, "description": description}}


def service(slug: str, title: str, topics: tuple[str, ...], **fields) -> DemoService:
    """A free demo service whose unset fields get the shared defaults.

    Village-level services (``handled_at`` desa) default to the village's
    complaints text, unit and facilities; the others to the kecamatan's.
    """
    at_village = fields.get("handled_at") == "desa"
    defaults = {
        "kind": "non_perizinan",
        "fee_amount": 0,
        "fee_legal_basis": "",
        "responsible_unit": UNIT_DESA if at_village else UNIT_KECAMATAN,
        "complaints": COMPLAINTS_DESA if at_village else COMPLAINTS_KECAMATAN,
        "last_reviewed": LAST_REVIEWED,
        "legal_basis": LEGAL_KECAMATAN,
        "facilities": FACILITIES_DESA if at_village else FACILITIES_KECAMATAN,
        "staff_competence": STAFF_COMPETENCE,
        "internal_oversight": INTERNAL_OVERSIGHT,
        "staff_count": 2,
        "service_guarantee": SERVICE_GUARANTEE,
        "safety_guarantee": SAFETY_GUARANTEE,
        "performance_evaluation": PERFORMANCE_EVALUATION,
    }
    return DemoService(slug=slug, title=title, topics=topics, fields=defaults | fields)


# Requirements and steps that many services share.
PENGANTAR_RT = requirement("Surat pengantar RT/RW", "asli")
PENGANTAR_DESA = requirement("Surat pengantar desa/kelurahan", "asli")
KTP = requirement("KTP-el pemohon", note="yang masih berlaku")
KK = requirement("Kartu Keluarga (KK)")
ASK_RT = step("Pemohon", "Meminta surat pengantar kepada Ketua RT/RW tempat tinggal.")
