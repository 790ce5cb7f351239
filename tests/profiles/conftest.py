"""Fixtures: the two-kecamatan tree with leaders, officials and contact details filled in.

Onboarding six tenants costs seconds, so ``profiles`` builds the tree once per
module inside a transaction that is rolled back after the module's last test
(the approach of ``tests/services/test_demo_services.py``); each test runs in
its own savepoint, so what a test changes is undone before the next.
"""

import pytest

from cms.demo_images import demo_image
from cms.models import LeaderTitle, SiteProfile
from profiles.models import ContactPage, ExtraContact, Official, ProfilePage
from tests.demo_seed import rolled_back
from tests.factories import KecamatanFactory, VillageFactory


def profile_page_of(tenant) -> ProfilePage:
    return ProfilePage.objects.child_of(tenant.home_page).get()


def contact_page_of(tenant) -> ContactPage:
    return ContactPage.objects.child_of(tenant.home_page).get()


def set_profile(tenant, **fields) -> SiteProfile:
    """Store ``fields`` in the tenant's SiteProfile."""
    profile = SiteProfile.for_site(tenant.site)
    for name, value in fields.items():
        setattr(profile, name, value)
    profile.full_clean()
    profile.save()
    return profile


def publish(page, **fields):
    """Set ``fields`` (inline relations given as lists) and publish a revision."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


class Tree:
    """The tenants of ``build_tree``, by the names ``tests/conftest.py``'s ``tree`` uses."""


def build_tree() -> Tree:
    """The same two kecamatan and four villages as the shared ``tree`` fixture."""
    t = Tree()
    t.kec_a = KecamatanFactory(
        code="16.74.04", name="Rambang Kapak Tengah", hostname="kec-a.test", make_default=True
    )
    t.village_a1 = VillageFactory(kecamatan=t.kec_a, serial=1001, name="Satu")
    t.village_a2 = VillageFactory(kecamatan=t.kec_a, serial=2008, name="Dua")
    t.kec_b = KecamatanFactory(code="16.74.05", name="Rambang Kapak Hilir", hostname="kec-b.test")
    t.village_b1 = VillageFactory(kecamatan=t.kec_b, serial=1001, name="Tiga")
    t.village_b2 = VillageFactory(kecamatan=t.kec_b, serial=2002, name="Empat")
    return t


@pytest.fixture(scope="module")
def module_profiles(django_db_setup, django_db_blocker):
    """The tree with profiles filled in, built once for the module."""
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            tree = fill_profiles(build_tree())
        yield tree


@pytest.fixture
def profiles(module_profiles, db):
    """The module's tree, each test in its own savepoint."""
    return module_profiles


def fill_profiles(tree):
    """Village Satu (kec A) and Tiga (kec B) with leaders, officials and contacts."""
    set_profile(
        tree.village_a1,
        leader_title=LeaderTitle.LURAH,
        leader_name="Hendra Saputra, S.STP.",
        address="Jl. Kelurahan Satu No. 1",
        phone="0713-000111",
        whatsapp="0812-0000-1111",
        email="kantor@satu.example",
        office_hours="Senin–Jumat 08.00–14.00 WIB",
        map_url="https://www.openstreetmap.org/search?query=Satu",
        facebook_url="https://www.facebook.com/kelurahan.satu",
    )
    set_profile(tree.village_b1, leader_name="Darmawan", address="Jl. Desa Tiga No. 3")
    photo = demo_image(
        "Foto Siti Aminah", tree.village_a1.collection, size=(120, 150), alt="Siti Aminah di kantor"
    )
    chart = demo_image("Bagan Satu", tree.village_a1.collection, size=(300, 200))
    publish(
        profile_page_of(tree.village_a1),
        welcome="<p>Selamat datang di Kelurahan Satu.</p>",
        history="<p>Kelurahan Satu berdiri di tepi sungai.</p>",
        vision="Kelurahan Satu yang bersih dan ramah.",
        mission=[("item", "Melayani dengan cepat."), ("item", "Menjaga kebersihan.")],
        officials=[
            Official(
                name="Siti Aminah", position="Sekretaris Kelurahan", photo=photo, sort_order=0
            ),
            Official(name="Budi Santoso", position="Kepala Seksi Pemerintahan", sort_order=1),
        ],
        org_chart=chart,
        org_chart_alt="Bagan: Lurah membawahi Sekretaris Kelurahan dan satu kepala seksi.",
    )
    publish(
        profile_page_of(tree.village_b1),
        officials=[Official(name="Rahasia Tiga", position="Sekretaris Desa", sort_order=0)],
    )
    publish(
        contact_page_of(tree.village_a1),
        intro="Datang pada jam pelayanan.",
        extra_contacts=[
            ExtraContact(label="Bidan kelurahan", phone="0812-0001-1001", sort_order=0),
            ExtraContact(label="PKK", email="pkk@satu.example", sort_order=1),
        ],
    )
    publish(
        contact_page_of(tree.village_b1),
        extra_contacts=[ExtraContact(label="Babinsa Tiga", phone="0812-0009-9999", sort_order=0)],
    )
    return tree
