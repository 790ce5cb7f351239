"""Onboarding makes a whole tenant or nothing, and repeating it changes nothing."""

from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Site,
)

from cms.models import LeaderTitle, SiteProfile
from tenants.models import KecamatanFolder, KecamatanHomePage, Tenant, VillageHomePage
from tenants.onboarding import OnboardingError, onboard_kecamatan, onboard_village
from tests.conftest import build_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(db):
    """Built in each test here, not once per module: this module's other
    tests onboard into, or count the sites of, a database without it."""
    return build_tree()


def snapshot():
    """Counts of everything onboarding may create."""
    return {
        model.__name__: model.objects.count()
        for model in (
            Tenant,
            Page,
            Site,
            Group,
            Collection,
            GroupPagePermission,
            GroupCollectionPermission,
            SiteProfile,
            Revision,
        )
    }


def test_kecamatan_onboarding_creates_everything_it_owns():
    result = onboard_kecamatan("16.74.04", "Rambang Kapak Tengah", "RKT.example.id")
    tenant = result.tenant
    assert result.created
    assert tenant.kind == "kecamatan"
    assert tenant.site.hostname == "rkt.example.id"
    assert tenant.site.root_page.specific_class is KecamatanHomePage
    assert tenant.home_page.get_parent().specific_class is KecamatanFolder
    assert {p.slug for p in tenant.home_page.get_children()} >= {"desa"}
    profile = SiteProfile.for_site(tenant.site)
    assert profile.display_name == "Kecamatan Rambang Kapak Tengah"
    assert profile.leader_title == LeaderTitle.CAMAT
    # The editor group's page permissions cover only the portal home.
    assert set(
        GroupPagePermission.objects.filter(group=tenant.editor_group).values_list(
            "page_id", flat=True
        )
    ) == {tenant.home_page.pk}
    # The admin group's cover the whole folder, so it reaches the villages.
    assert set(
        GroupPagePermission.objects.filter(group=tenant.admin_group).values_list(
            "page_id", flat=True
        )
    ) == {tenant.home_page.get_parent().pk}
    assert tenant.editor_group.permissions.filter(codename="access_admin").exists()
    assert (
        GroupCollectionPermission.objects.filter(
            group=tenant.editor_group, collection=tenant.collection
        ).count()
        == 8
    )


def test_first_kecamatan_becomes_the_default_site_and_later_ones_do_not():
    first = onboard_kecamatan("16.74.04", "Rambang Kapak Tengah", "rkt.example.id").tenant
    second = onboard_kecamatan("16.74.05", "Rambang Kapak Hilir", "rkh.example.id").tenant
    first.site.refresh_from_db()
    assert first.site.is_default_site
    assert not second.site.is_default_site
    third = onboard_kecamatan("16.74.06", "Lain", "lain.example.id", make_default=True).tenant
    first.site.refresh_from_db()
    assert third.site.is_default_site and not first.site.is_default_site
    assert Site.objects.filter(is_default_site=True).count() == 1


def test_village_onboarding_defaults_hostname_under_its_kecamatan(tree):
    result = onboard_village("16.74.04.2009", "Karang Bindu")
    village = result.tenant
    assert village.site.hostname == "karang-bindu.kec-a.test"
    assert village.site.port == tree.kec_a.site.port
    assert village.kecamatan == tree.kec_a
    assert village.kind == "desa"
    assert village.home_page.get_parent().pk == tree.kec_a.home_page.get_parent().pk
    assert village.home_page.specific_class is VillageHomePage
    assert village.collection.get_parent().pk == tree.kec_a.collection.get_parent().pk
    assert SiteProfile.for_site(village.site).leader_title == LeaderTitle.KEPALA_DESA
    assert set(
        GroupPagePermission.objects.filter(group=village.editor_group).values_list(
            "page_id", flat=True
        )
    ) == {village.home_page.pk}


def test_kelurahan_gets_a_lurah(tree):
    village = onboard_village("16.74.04.1002", "Tanjung Rambang", "tr.example.id").tenant
    assert village.kind == "kelurahan"
    assert village.site.hostname == "tr.example.id"
    assert SiteProfile.for_site(village.site).leader_title == LeaderTitle.LURAH


def test_running_onboarding_twice_changes_nothing(tree):
    before = snapshot()
    again = onboard_kecamatan("16.74.04", "Rambang Kapak Tengah", "kec-a.test")
    village = onboard_village("16.74.04.2008", "Dua")
    assert not again.created and not village.created
    assert again.tenant == tree.kec_a
    assert village.tenant == tree.village_a2
    assert snapshot() == before


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: onboard_kecamatan("16.74.4", "X", "x.test"), "tidak sah"),
        (lambda: onboard_kecamatan("16.74.04.2001", "X", "x.test"), "bukan kecamatan"),
        (lambda: onboard_village("16.74.04", "X"), "bukan desa"),
        (lambda: onboard_kecamatan("16.74.04", "Nama Lain", "kec-a.test"), "sudah terdaftar"),
        (lambda: onboard_kecamatan("16.74.09", "Baru", "kec-b.test"), "sudah dipakai"),
        (lambda: onboard_kecamatan("16.74.09", "Baru", "http://baru.test/"), "tidak sah"),
        (lambda: onboard_kecamatan("16.74.09", "  ", "baru.test"), "wajib"),
        (lambda: onboard_village("16.74.08.2001", "Yatim"), "belum terdaftar"),
        (lambda: onboard_village("16.74.04.2010", "X", "satu.kec-a.test"), "sudah dipakai"),
        (lambda: onboard_village("16.74.04.2008", "Bukan Dua"), "sudah terdaftar"),
    ],
    ids=[
        "invalid-code",
        "village-code-for-kecamatan",
        "kecamatan-code-for-village",
        "same-code-other-name",
        "hostname-taken-by-kecamatan",
        "hostname-with-scheme",
        "blank-name",
        "unknown-kecamatan",
        "hostname-taken-by-village",
        "village-same-code-other-name",
    ],
)
def test_bad_onboarding_gives_a_clear_error_and_creates_nothing(tree, call, message):
    before = snapshot()
    with pytest.raises(OnboardingError) as exc:
        call()
    assert message in str(exc.value)
    assert snapshot() == before


@pytest.mark.parametrize(
    "failing_step",
    [
        "tenants.onboarding._grant_collection_permissions",
        "tenants.onboarding.SiteProfile.objects.create",
        "tenants.onboarding._make_site",
    ],
)
def test_a_failure_midway_through_kecamatan_onboarding_leaves_no_trace(failing_step):
    before = snapshot()
    with (
        mock.patch(failing_step, side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError),
    ):
        onboard_kecamatan("16.74.04", "Rambang Kapak Tengah", "rkt.example.id")
    assert snapshot() == before
    # Nothing half-made blocks a clean retry.
    assert onboard_kecamatan("16.74.04", "Rambang Kapak Tengah", "rkt.example.id").created


def test_a_failure_midway_through_village_onboarding_leaves_no_trace(tree):
    before = snapshot()
    with (
        mock.patch("tenants.onboarding.Tenant.save", side_effect=RuntimeError("boom")),
        pytest.raises(RuntimeError),
    ):
        onboard_village("16.74.04.2011", "Gagal")
    assert snapshot() == before
    assert not Site.objects.filter(hostname="gagal.kec-a.test").exists()


def test_commands_report_errors_without_a_traceback(tree, capsys):
    with pytest.raises(CommandError, match="belum terdaftar"):
        call_command("onboard_village", "--code", "16.74.08.2001", "--name", "Yatim")
    call_command("onboard_village", "--code", "16.74.04.2008", "--name", "Dua")
    assert "tidak ada yang diubah" in capsys.readouterr().out


def test_commands_onboard_a_kecamatan_and_a_village(db, capsys):
    call_command(
        "onboard_kecamatan",
        "--code",
        "16.74.04",
        "--name",
        "Rambang Kapak Tengah",
        "--hostname",
        "rkt.localhost",
    )
    call_command("onboard_village", "--code", "16.74.04.2008", "--name", "Karangan")
    out = capsys.readouterr().out
    assert "Dibuat: Kecamatan Rambang Kapak Tengah" in out
    assert Tenant.objects.get(code="16.74.04.2008").site.hostname == "karangan.rkt.localhost"


def test_tenant_clean_refuses_a_village_outside_its_kecamatan(tree):
    from django.core.exceptions import ValidationError

    village = tree.village_b1
    village.kecamatan = tree.kec_a
    with pytest.raises(ValidationError, match="tidak berada di bawah"):
        village.full_clean()
