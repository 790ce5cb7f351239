"""What each Rambang Kapak Tengah site's profile and contact pages should hold.

The leader's name and title are read from the site's SiteProfile (written by
``tenants.demo``), never repeated here; they appear on the organisation
chart, which is drawn from the same people as the officials list.
"""

from dataclasses import dataclass

from django.utils.html import escape

from cms.demo_images import demo_image
from cms.models import SiteProfile
from profiles.demo.content import (
    DEMO_NOTE,
    DESA_POSITIONS,
    FAMILY_NAMES,
    FIRST_NAMES,
    KELURAHAN_POSITIONS,
    RKT_CONTACT_INTRO,
    RKT_CONTACTS,
    RKT_HISTORY,
    RKT_MISSION,
    RKT_OFFICIALS,
    RKT_VISION,
    RKT_WELCOME,
    VILLAGE_ORIGINS,
    DemoContact,
    DemoOfficial,
)
from profiles.demo.orgchart import org_chart_image
from tenants.codes import TenantKind
from tenants.models import Tenant

PORTRAIT_SIZE = (480, 600)


@dataclass(frozen=True)
class WantedPage:
    """Field values of a page, and the rows of its one inline relation.

    ``rows`` are keyword arguments for the inline model (e.g. Official),
    including ``sort_order``; foreign keys are given as ``<name>_id``.
    """

    fields: dict
    rows: list[dict]


def demo_name(slot: int) -> str:
    """A different name for every slot up to 150; every third slot a woman's name.

    The name lists alternate a man's name and a woman's, so a name takes its
    first and family names from the same side.
    """
    women_before = (slot + 2) // 3
    side, count = (1, women_before) if slot % 3 == 0 else (0, slot - women_before)
    first = FIRST_NAMES[side + 2 * (count % 10)]
    family = FAMILY_NAMES[side + 2 * ((count // 10 + 3 * count) % 10)]
    return f"{first} {family}"


def village_officials(tenant: Tenant) -> list[DemoOfficial]:
    """Demo officials of an RKT village, with names no other village's officials share."""
    positions = KELURAHAN_POSITIONS if tenant.kind == TenantKind.KELURAHAN else DESA_POSITIONS
    first_slot = sorted(VILLAGE_ORIGINS).index(tenant.code) * len(DESA_POSITIONS)
    return [
        DemoOfficial(demo_name(first_slot + j), position) for j, position in enumerate(positions)
    ]


def org_chart_alt(tenant: Tenant, leader_title: str, officials: list[DemoOfficial]) -> str:
    """A one-sentence summary of the chart for screen readers."""
    alt = f"Bagan struktur organisasi {tenant.display_name}: {leader_title} di puncak"
    if officials:
        alt += f", membawahi {officials[0].position} dan {len(officials) - 1} pejabat lainnya"
    return alt + ". Nama setiap pejabat ada pada daftar pejabat di halaman ini."


def official_rows(tenant: Tenant, officials: list[DemoOfficial]) -> list[dict]:
    """Rows for the Official model, with a placeholder portrait where asked."""
    rows = []
    for i, official in enumerate(officials):
        photo = None
        if official.photo:
            photo = demo_image(
                f"Foto {official.name}",
                tenant.collection,
                size=PORTRAIT_SIZE,
                alt=f"Foto {official.name}, {official.position}",
            )
        rows.append(
            {
                "sort_order": i,
                "name": official.name,
                "position": official.position,
                "photo_id": photo.pk if photo else None,
            }
        )
    return rows


def profile_page(tenant: Tenant, site_profile: SiteProfile) -> WantedPage:
    """The profile page of ``tenant``, an RKT portal or village."""
    name = escape(tenant.display_name)
    if tenant.is_village:
        officials = village_officials(tenant)
        welcome = (
            "<p>Assalamualaikum warahmatullahi wabarakatuh, salam sejahtera.</p>"
            f"<p>Selamat datang di situs resmi {name}. Di sini warga dapat membaca kabar "
            f"{tenant.kind}, persyaratan surat-menyurat, dan dokumen yang sudah kami tetapkan. "
            "Kami berharap situs ini memudahkan warga dan mendekatkan pemerintah dengan "
            "masyarakat.</p>"
        )
        history = (
            f"<p>{escape(VILLAGE_ORIGINS[tenant.code])}</p>"
            f"<p>{name} termasuk Kecamatan Rambang Kapak Tengah, yang sejak tahun 2001 menjadi "
            "bagian dari Kota Prabumulih. Sebelumnya wilayah ini termasuk Kabupaten Muara "
            "Enim.</p>"
        )
        vision = (
            f"Terwujudnya {tenant.display_name} yang maju, mandiri, dan sejahtera melalui "
            "pelayanan yang ramah dan gotong royong warga."
        )
        mission = [
            "Memberikan pelayanan administrasi yang cepat, ramah, dan tanpa pungutan.",
            "Membangun sarana dan prasarana lingkungan secara terbuka bersama warga.",
            "Mengembangkan ekonomi warga dari kebun karet, sawit, dan nanas.",
            "Menjaga kerukunan, keamanan, dan kebersihan lingkungan.",
        ]
    else:
        officials = RKT_OFFICIALS
        welcome, history, vision, mission = RKT_WELCOME, RKT_HISTORY, RKT_VISION, RKT_MISSION
    leader_title = str(site_profile.get_leader_title_display())
    chart = org_chart_image(
        f"Bagan organisasi {tenant.display_name}",
        tenant.collection,
        alt=org_chart_alt(tenant, leader_title, officials),
        heading=f"Bagan Organisasi {tenant.display_name}",
        leader=(leader_title, site_profile.leader_name),
        staff=[(official.position, official.name) for official in officials],
    )
    fields = {
        "welcome": welcome,
        "history": history + DEMO_NOTE,
        "vision": vision,
        "mission": [{"type": "item", "value": item} for item in mission],
        "org_chart": chart,
        "org_chart_alt": chart.description,
    }
    return WantedPage(fields=fields, rows=official_rows(tenant, officials))


def contact_page(tenant: Tenant) -> WantedPage:
    """The contact page of ``tenant``: an intro and its extra contacts."""
    if tenant.is_village:
        serial = tenant.code[-4:]
        intro = (
            f"Kantor {tenant.kind} melayani warga pada jam pelayanan. Untuk urusan surat, "
            "bawalah KTP-el dan Kartu Keluarga; tanyakan dulu persyaratannya lewat WhatsApp "
            "bila ragu."
        )
        contacts = [
            DemoContact(f"Bidan {tenant.kind}", phone=f"0812-0001-{serial}"),
            DemoContact("Babinsa", phone=f"0812-0002-{serial}"),
            DemoContact("Bhabinkamtibmas", phone=f"0812-0003-{serial}"),
        ]
    else:
        intro, contacts = RKT_CONTACT_INTRO, RKT_CONTACTS
    rows = [
        {"sort_order": i, "label": c.label, "phone": c.phone, "email": c.email}
        for i, c in enumerate(contacts)
    ]
    return WantedPage(fields={"intro": intro}, rows=rows)
