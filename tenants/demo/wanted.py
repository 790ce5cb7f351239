"""What each demo tenant's home page, village directory and site profile should hold.

Rambang Kapak Tengah and its villages get the full texts of ``content.py``.
Every other tenant gets a short intro and a contact profile built from its
name, its kecamatan and its postal code. Only the fields named here are ever
written, so anything else an editor fills in is left alone.
"""

from dataclasses import dataclass, field
from urllib.parse import quote

from django.utils.html import escape

from cms.models import LeaderTitle
from tenants.codes import TenantKind
from tenants.demo import RKT_CODE
from tenants.demo.content import (
    DEMO_NOTE,
    KECAMATAN_OFFICE_HOURS,
    RKT_PORTAL,
    RKT_VILLAGES,
    VILLAGE_OFFICE_HOURS,
    PortalText,
    VillageText,
)
from tenants.models import Tenant

KOTA = "Kota Prabumulih"
PROVINCE = "Sumatera Selatan"


@dataclass(frozen=True)
class WantedContent:
    """Field values to publish on a tenant's pages and to store in its SiteProfile.

    ``home`` and ``village_index`` map page field names to values (a body is
    raw StreamField data: a list of ``{"type", "value"}`` dicts); an empty
    ``village_index`` means the tenant has no directory page to fill.
    """

    home: dict
    profile: dict
    village_index: dict = field(default_factory=dict)


def map_url(query: str) -> str:
    """An OpenStreetMap search for ``query``; a search, not invented coordinates."""
    return "https://www.openstreetmap.org/search?query=" + quote(query)


def heading(text: str, size: str = "h2") -> dict:
    """Raw data of a heading block."""
    return {"type": "heading", "value": {"text": text, "size": size}}


def paragraph(html: str) -> dict:
    """Raw data of a paragraph block; ``html`` is Wagtail's stored rich-text format."""
    return {"type": "paragraph", "value": html}


def village_count_sentence(kecamatan: Tenant) -> str:
    """E.g. "Kecamatan Rambang Kapak Tengah terdiri dari 1 kelurahan dan 8 desa."."""
    kinds = list(kecamatan.villages.values_list("kind", flat=True))
    parts = [
        f"{kinds.count(kind)} {kind.value}"
        for kind in (TenantKind.KELURAHAN, TenantKind.DESA)
        if kinds.count(kind)
    ]
    if not parts:
        return f"{kecamatan.display_name} belum memiliki desa atau kelurahan yang terdaftar."
    return f"{kecamatan.display_name} terdiri dari {' dan '.join(parts)}."


def wanted_for(tenant: Tenant, postal_code: str = "") -> WantedContent:
    """The demo content of ``tenant``; ``postal_code`` completes a village address."""
    if tenant.code == RKT_CODE:
        return rkt_portal(tenant, RKT_PORTAL)
    if tenant.code in RKT_VILLAGES:
        return rkt_village(tenant, RKT_VILLAGES[tenant.code], postal_code)
    if tenant.is_village:
        return plain_village(tenant, postal_code)
    return plain_kecamatan(tenant)


def rkt_portal(tenant: Tenant, text: PortalText) -> WantedContent:
    """The Rambang Kapak Tengah portal: full profile, intro and body."""
    body = [
        heading("Tentang kecamatan"),
        paragraph(text.about),
        heading("Layanan PATEN"),
        paragraph(text.services),
        heading("Pengaduan dan saran"),
        paragraph(text.complaints),
        {"type": "quote", "value": {"text": text.motto, "attribution": f"Camat {tenant.name}"}},
        paragraph(DEMO_NOTE),
    ]
    profile = {
        "tagline": text.tagline,
        "brand_colour": text.brand_colour,
        "address": text.address,
        "phone": text.phone,
        "whatsapp": text.whatsapp,
        "email": text.email,
        "office_hours": KECAMATAN_OFFICE_HOURS,
        "map_url": map_url(text.map_query),
        "leader_title": LeaderTitle.CAMAT,
        "leader_name": text.leader_name,
    }
    return WantedContent(
        home={"intro": text.intro, "body": body},
        profile=profile,
        village_index={"intro": village_count_sentence(tenant)},
    )


def rkt_village(tenant: Tenant, text: VillageText, postal_code: str) -> WantedContent:
    """A village of Rambang Kapak Tengah: full profile, intro and body."""
    name = escape(tenant.display_name)
    kecamatan = escape(tenant.kecamatan.display_name)
    kind = tenant.kind  # "desa" or "kelurahan", the Indonesian words themselves
    population = f"{text.population:,}".replace(",", ".")
    body = [
        heading("Letak wilayah"),
        paragraph(
            f"<p>{name} (kode wilayah {tenant.code}) berada di {kecamatan}, {KOTA}, "
            f"{PROVINCE}. {escape(text.location)}</p>"
        ),
        heading("Penduduk dan mata pencaharian"),
        paragraph(f"<p>{name} dihuni sekitar {population} jiwa. {escape(text.livelihoods)}</p>"),
        heading(f"Pelayanan di kantor {kind}"),
        paragraph(
            f"<p>Surat pengantar dan surat keterangan diurus di kantor {kind} pada jam "
            "pelayanan, tanpa biaya. Bawalah KTP-el dan Kartu Keluarga, serta surat "
            "pengantar RT bila diminta.</p><ul><li>Surat keterangan domisili</li>"
            "<li>Surat keterangan usaha</li><li>Surat keterangan tidak mampu (SKTM)</li>"
            "<li>Surat pengantar nikah</li></ul>"
        ),
        paragraph(DEMO_NOTE),
    ]
    serial = tenant.code[-4:]
    slug = tenant.home_page.slug
    profile = village_contact(tenant, postal_code) | {
        "tagline": text.tagline,
        "brand_colour": text.brand_colour,
        "phone": f"0713-00{serial}",
        "whatsapp": f"+62 812-0000-{serial}",
        "email": f"kantor@{slug}.rkt.example",
        "leader_name": text.leader_name,
    }
    intro = (
        f"Selamat datang di situs resmi {tenant.display_name}, {tenant.kecamatan.display_name}, "
        f"{KOTA}. Temukan informasi pelayanan, kabar terbaru, dan kontak kantor {kind} di sini."
    )
    return WantedContent(home={"intro": intro, "body": body}, profile=profile)


def village_contact(tenant: Tenant, postal_code: str) -> dict:
    """Address, office hours and map search of a village office."""
    address = (
        f"Kantor {tenant.display_name}, {tenant.kecamatan.display_name}, {KOTA}, "
        f"{PROVINCE} {postal_code}"
    ).strip()
    return {
        "address": address,
        "office_hours": VILLAGE_OFFICE_HOURS,
        "map_url": map_url(f"{tenant.name}, {tenant.kecamatan.name}, Prabumulih"),
    }


def plain_village(tenant: Tenant, postal_code: str) -> WantedContent:
    """Any other village: a one-line intro and the office's contact details."""
    intro = (
        f"Selamat datang di situs resmi {tenant.display_name}, "
        f"{tenant.kecamatan.display_name}, {KOTA}."
    )
    return WantedContent(home={"intro": intro}, profile=village_contact(tenant, postal_code))


def plain_kecamatan(tenant: Tenant) -> WantedContent:
    """Any other kecamatan: a short intro, a directory intro and a contact profile."""
    intro = (
        f"Selamat datang di situs resmi {tenant.display_name}, {KOTA}. "
        f"{village_count_sentence(tenant)}"
    )
    profile = {
        "tagline": f"Melayani warga {tenant.display_name}",
        "address": f"{tenant.display_name}, {KOTA}, {PROVINCE}",
        "office_hours": KECAMATAN_OFFICE_HOURS,
        "map_url": map_url(f"Kecamatan {tenant.name}, Prabumulih"),
    }
    return WantedContent(
        home={"intro": intro},
        profile=profile,
        village_index={"intro": village_count_sentence(tenant)},
    )
