"""Everything the demo writes for Rambang Kapak Tengah: services, maklumat, local notes.

DEMO DATA, based on typical published service standards; not an official
decree. ``apply`` writes it.
"""

import datetime
from dataclasses import dataclass

from services.demo.common import DemoService, requirement
from services.demo.desa_services import DESA_SERVICES
from services.demo.kecamatan_services import KECAMATAN_SERVICES
from services.demo.keduanya_services import KEDUANYA_SERVICES

# Every service of the kecamatan's shared catalogue, by where it is handled.
SERVICES: list[DemoService] = DESA_SERVICES + KEDUANYA_SERVICES + KECAMATAN_SERVICES

# The maklumat pelayanan's signature. The signatory's name is not here: it is
# read from the kecamatan's site profile, so the camat is named in one place.
PLEDGE = {
    "signed_place": "Prabumulih",
    "signed_on": datetime.date(2026, 1, 5),
    "signatory_title": "Camat Rambang Kapak Tengah",
}

KARANGAN_CODE = "16.74.04.2008"


@dataclass(frozen=True)
class DemoLocalNote:
    """A village's note on one shared service, found by the service's slug.

    ``extra_requirements`` is raw StreamField data, like a service's requirements.
    """

    service_slug: str
    extra_requirements: list
    office_hours: str = ""
    note: str = ""


# Keyed by the village's Kemendagri code.
LOCAL_NOTES: dict[str, list[DemoLocalNote]] = {
    KARANGAN_CODE: [
        DemoLocalNote(
            service_slug="surat-keterangan-domisili",
            extra_requirements=[
                requirement(
                    "Surat pengantar Kepala Dusun", "asli", note="diminta setelah pengantar RT"
                )
            ],
            office_hours="Senin–Kamis 08.00–14.00",
            note="Surat domisili ditandatangani kepala desa pada hari yang sama.",
        ),
        DemoLocalNote(
            service_slug="surat-keterangan-tidak-mampu",
            extra_requirements=[
                requirement(
                    "Foto rumah tampak depan", "lainnya", note="cetak, atau tunjukkan di ponsel"
                )
            ],
            note="Perangkat desa dapat meninjau rumah pemohon sebelum surat ditandatangani.",
        ),
    ],
}
