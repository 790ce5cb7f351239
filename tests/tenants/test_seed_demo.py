"""``manage.py seed_demo``: the whole Kota Prabumulih demo, seeded once for this module.

Seeding 51 tenants takes seconds, so the ``seeded`` fixture runs the command
once inside a transaction that stays open for the module and is rolled back
at its end. Each test still runs in its own savepoint (pytest-django's
default), so reruns and edits made by one test do not leak into the next.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings
from django.utils.html import escape
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Site,
)

from cms.models import LeaderTitle, SiteProfile
from tenants.demo.content import RKT_VILLAGES
from tenants.models import Tenant, VillageIndexPage
from tests.demo_seed import PASSWORD, seed

RKT = "16.74.04"
KARANGAN = "16.74.04.2008"


def tenant(code: str) -> Tenant:
    return Tenant.objects.select_related("site", "home_page").get(code=code)


def snapshot() -> dict:
    """Everything a rerun could touch, in comparable form."""
    User = get_user_model()
    models = [Tenant, Site, Page, Group, User, Collection, Revision]
    models += [GroupPagePermission, GroupCollectionPermission, User.groups.through]
    return {
        "counts": {model.__name__: model.objects.count() for model in models},
        "pages": list(
            Page.objects.order_by("pk").values_list(
                "pk", "latest_revision_id", "last_published_at", "has_unpublished_changes"
            )
        ),
        "profiles": list(SiteProfile.objects.order_by("pk").values()),
        "sites": list(Site.objects.order_by("pk").values()),
        "users": list(
            User.objects.order_by("pk").values_list(
                "username", "password", "is_staff", "is_superuser"
            )
        ),
    }


@pytest.mark.django_db
def test_seed_builds_six_kecamatan_and_45_villages_with_rkt_as_default_site(seeded):
    assert Tenant.objects.kecamatan().count() == 6
    assert Tenant.objects.villages().count() == 45
    rkt = tenant(RKT)
    assert rkt.site.hostname == "rkt.localhost"
    assert rkt.site.is_default_site
    assert list(Site.objects.filter(is_default_site=True)) == [rkt.site]
    assert tenant(KARANGAN).site.hostname == "karangan.rkt.localhost"
    assert tenant("16.74.01").site.hostname == "prabumulih-barat.localhost"
    for village in Tenant.objects.villages().select_related("site", "kecamatan__site"):
        assert village.site.hostname.endswith("." + village.kecamatan.site.hostname)
    assert set(Site.objects.values_list("port", flat=True)) == {8000}
    assert "http://karangan.rkt.localhost:8000/" in seeded
    assert "http://tanjung-menang.prabumulih-selatan.localhost:8000/" in seeded
    assert PASSWORD not in seeded


@pytest.mark.django_db
def test_rkt_and_its_villages_get_demo_content_and_others_a_short_profile(seeded):
    rkt = tenant(RKT)
    profile = SiteProfile.for_site(rkt.site)
    assert profile.leader_title == LeaderTitle.CAMAT and profile.leader_name
    assert profile.map_url.startswith("https://www.openstreetmap.org/")
    assert "Kota Prabumulih" in profile.address and profile.phone and profile.whatsapp
    index = VillageIndexPage.objects.child_of(rkt.home_page).get()
    assert index.intro == "Kecamatan Rambang Kapak Tengah terdiri dari 1 kelurahan dan 8 desa."
    assert [block.block_type for block in rkt.home_page.specific.body][:2] == [
        "heading",
        "paragraph",
    ]
    for village in rkt.villages.select_related("site", "home_page"):
        village_profile = SiteProfile.for_site(village.site)
        assert village_profile.leader_name == RKT_VILLAGES[village.code].leader_name
        assert village_profile.tagline and village_profile.email
        assert len(village.home_page.specific.body) >= 4
    cambai = tenant("16.74.03")
    assert "Kota Prabumulih" in cambai.home_page.specific.intro
    assert SiteProfile.for_site(cambai.site).leader_name == ""
    pangkul = SiteProfile.for_site(tenant("16.74.03.2003").site)
    assert pangkul.address.endswith("31143")  # the postal code from the region file


@pytest.mark.django_db
def test_every_seeded_page_renders_on_its_own_host(seeded, client):
    hostnames = dict(Site.objects.values_list("pk", "hostname"))
    failures, rendered = [], set()
    for page in Page.objects.live().specific().order_by("path"):
        parts = page.get_url_parts()
        if parts is None:  # the root and the non-routable kecamatan folders
            continue
        site_id, _root_url, path = parts
        response = client.get(path, HTTP_HOST=hostnames[site_id])
        rendered.add(page.pk)
        if response.status_code != 200:
            failures.append(f"{hostnames[site_id]}{path}: {response.status_code}")
        elif escape(page.title) not in response.content.decode():
            failures.append(f"{hostnames[site_id]}{path}: title {page.title!r} missing")
    assert failures == []
    # Other apps may add pages on onboarding; these must be among the rendered ones.
    must_render = set(Tenant.objects.values_list("home_page_id", flat=True))
    must_render |= set(VillageIndexPage.objects.values_list("pk", flat=True))
    assert len(must_render) == 51 + 6
    assert must_render <= rendered
    karangan = client.get("/", HTTP_HOST="karangan.rkt.localhost").content.decode()
    assert "dihuni sekitar" in karangan and "data contoh" in karangan
    # localhost is not a Site: it is served the default site, Rambang Kapak Tengah.
    home = client.get("/", HTTP_HOST="localhost").content.decode()
    assert "Kecamatan Rambang Kapak Tengah" in home


@pytest.mark.django_db
def test_running_seed_demo_again_changes_nothing(seeded, monkeypatch):
    before = snapshot()
    monkeypatch.setenv("DEMO_PASSWORD", "kata-sandi-lain-2026")
    output = seed(password=None)  # no --password: the environment variable is used
    assert snapshot() == before
    assert "DEMO_PASSWORD" in output
    assert "0 baru" in output and "0 situs diperbarui" in output
    assert get_user_model().objects.get(username="admin").check_password(PASSWORD)


@pytest.mark.django_db
def test_seed_demo_restores_changed_content_with_one_new_revision(seeded):
    karangan = tenant(KARANGAN)
    home = karangan.home_page.specific
    wanted_intro = home.intro
    home.intro = "Diubah oleh operator."
    home.save_revision().publish()
    profile = SiteProfile.for_site(karangan.site)
    profile.tagline = "Slogan lain"
    profile.save()
    revisions = Revision.objects.count()

    seed(password=PASSWORD)

    home.refresh_from_db()
    assert home.intro == wanted_intro
    assert SiteProfile.for_site(karangan.site).tagline == RKT_VILLAGES[KARANGAN].tagline
    assert Revision.objects.count() == revisions + 1


@pytest.mark.django_db
def test_seed_demo_refuses_without_debug_unless_forced(seeded):
    before = snapshot()
    with override_settings(DEBUG=False), pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo", password=PASSWORD, stdout=StringIO())
    out = StringIO()
    with override_settings(DEBUG=False):
        call_command("seed_demo", password=PASSWORD, force=True, stdout=out)
    assert "Situs demo" in out.getvalue()
    assert snapshot() == before


@pytest.mark.django_db
def test_seed_demo_refuses_without_a_password(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    tenants = Tenant.objects.count()
    with pytest.raises(CommandError, match="DEMO_PASSWORD"):
        seed(password=None)
    with pytest.raises(CommandError, match="Kata sandi ditolak"):
        seed(password="12345")
    assert Tenant.objects.count() == tenants


@pytest.mark.django_db
def test_seed_demo_refuses_a_region_file_with_bad_lines_and_saves_nothing(tmp_path):
    regions = tmp_path / "wilayah.tsv"
    regions.write_text("kode\tnama\tjenis\n16.74.09\tUji\tkecamatan\n16.74.09.3001\tX\tdesa\n")
    tenants = Tenant.objects.count()
    with pytest.raises(CommandError, match="baris 3"):
        seed(password=PASSWORD, regions=regions)
    assert Tenant.objects.count() == tenants


@pytest.mark.django_db
def test_demo_users_belong_to_the_right_groups_and_edit_only_their_sites(seeded):
    User = get_user_model()
    admin = User.objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff and admin.check_password(PASSWORD)

    rkt, karangan, jungai = tenant(RKT), tenant(KARANGAN), tenant("16.74.04.2006")
    camat = User.objects.get(username="camat.rkt")
    assert set(camat.groups.all()) == {rkt.editor_group, rkt.admin_group}
    assert not camat.is_staff and camat.has_perm("wagtailadmin.access_admin")
    assert karangan.home_page.permissions_for_user(camat).can_edit()
    assert not tenant("16.74.03").home_page.permissions_for_user(camat).can_edit()

    operators = User.objects.filter(username__startswith="operator.")
    assert operators.count() == 9
    operator = User.objects.get(username="operator.karangan")
    assert list(operator.groups.all()) == [karangan.editor_group]
    assert not operator.is_staff and operator.has_perm("wagtailadmin.access_admin")
    assert karangan.home_page.permissions_for_user(operator).can_edit()
    assert not jungai.home_page.permissions_for_user(operator).can_edit()
    assert not rkt.home_page.permissions_for_user(operator).can_edit()


@pytest.mark.django_db
def test_the_demo_camat_finds_the_oldest_open_complaint_in_pantauan_desa(seeded, client):
    """The demo has open complaints of different ages (``citizens.demo``), none in Karangan."""
    client.force_login(get_user_model().objects.get(username="camat.rkt"))
    rkt = tenant(RKT)
    response = client.get("/admin/pantauan-desa/?urut=-pengaduan_umur", HTTP_HOST=rkt.site.hostname)
    assert response.status_code == 200
    rows = response.context["rows"]
    assert len(rows) == len(RKT_VILLAGES) == 9
    assert {row.village.kecamatan_id for row in rows} == {rkt.pk}
    oldest = rows[0]
    assert oldest.village.code == "16.74.04.1001"  # Tanjung Rambang, 40 days
    assert oldest.complaints.oldest_days == 40 and oldest.complaints.late == 1
    karangan = next(row for row in rows if row.village.code == KARANGAN)
    assert karangan.complaints.open == 0
