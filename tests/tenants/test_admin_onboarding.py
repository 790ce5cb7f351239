"""Kecamatan admins onboard villages from the Wagtail admin, and nobody else can."""

import json
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, Site

from tenants.models import Tenant, VillageHomePage
from tests.conftest import build_tree
from tests.demo_seed import rolled_back
from tests.factories import UserFactory

INDEX_URL = "/admin/wilayah/"
ADD_URL = "/admin/wilayah/tambah/"
SIDEBAR_PROPS_RE = re.compile(
    r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', re.S
)


@pytest.fixture(scope="module")
def tree(django_db_setup, django_db_blocker):
    """The two-kecamatan tree, built once for this module and rolled back after it.

    Overrides the per-test ``tree`` of ``tests/conftest.py``: onboarding six
    sites costs seconds, and every test here runs in its own savepoint.
    """
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            built = build_tree()
        yield built


@pytest.fixture(autouse=True)
def _savepoint(db):
    """Each test in its own savepoint inside the module's transaction."""


@pytest.fixture
def client():
    """A test client on the kecamatan A host: unknown hosts get a 400 from KnownHostMiddleware."""
    return Client(HTTP_HOST="kec-a.test")


@pytest.fixture
def kec_a_admin(tree):
    return UserFactory(groups=[tree.kec_a.admin_group])


@pytest.fixture
def superuser(tree):
    return UserFactory(is_superuser=True)


def sidebar_menu_urls(response) -> set[str]:
    """Every URL in the admin sidebar's main menu, read from its JSON props."""
    match = SIDEBAR_PROPS_RE.search(response.content.decode())
    assert match, "the page has no Wagtail sidebar"
    urls = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("url"), str):
                urls.add(node["url"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(match[1]))
    return urls


def karangan(kecamatan, **overrides):
    """Form data for "Desa Karangan" (serial 2009) in ``kecamatan``."""
    return {
        "kecamatan": kecamatan.pk,
        "code": f"{kecamatan.code}.2009",
        "name": "Karangan",
        "hostname": "",
        **overrides,
    }


def test_the_admin_urls_are_under_wilayah():
    assert reverse("tenants_admin:index") == INDEX_URL
    assert reverse("tenants_admin:add") == ADD_URL


def test_a_kecamatan_admin_sees_the_menu_item(client, kec_a_admin):
    client.force_login(kec_a_admin)

    response = client.get("/admin/")

    assert response.status_code == 200
    assert INDEX_URL in sidebar_menu_urls(response)


@pytest.mark.parametrize("role", ["village operator", "kecamatan editor"])
def test_operators_and_kecamatan_editors_do_not_see_the_menu_item(client, tree, role):
    group = tree.village_a1.editor_group if role == "village operator" else tree.kec_a.editor_group
    client.force_login(UserFactory(groups=[group]))

    response = client.get("/admin/")

    assert response.status_code == 200
    menu_urls = sidebar_menu_urls(response)
    assert "/admin/pages/" in menu_urls  # the menu was read: they do see Pages
    assert INDEX_URL not in menu_urls


def test_the_list_shows_only_the_admins_own_villages(client, tree, kec_a_admin):
    client.force_login(kec_a_admin)

    response = client.get(INDEX_URL)

    assert response.status_code == 200
    html = response.content.decode()
    for village in (tree.village_a1, tree.village_a2):
        assert village.code in html
        assert f'href="{village.url}"' in html
        assert reverse("wagtailadmin_pages:edit", args=[village.home_page_id]) in html
    assert "<td>Kelurahan</td>" in html and "<td>Desa</td>" in html  # the kind column
    for village in (tree.village_b1, tree.village_b2):
        assert village.code not in html
        assert village.url not in html
    assert f'href="{ADD_URL}"' in html


def test_the_form_offers_and_preselects_only_the_admins_kecamatan(client, tree, kec_a_admin):
    client.force_login(kec_a_admin)

    response = client.get(ADD_URL)

    assert response.status_code == 200
    field = response.context["form"]["kecamatan"]
    assert list(field.field.queryset) == [tree.kec_a]
    assert field.value() == tree.kec_a.pk
    assert "16.74.04.2008" in response.content.decode()  # the example in the help text


def test_the_form_proposes_the_next_free_codes_and_names_the_kecamatans_host(
    client, tree, kec_a_admin
):
    client.force_login(kec_a_admin)

    html = client.get(ADD_URL).content.decode()

    # kec_a has kelurahan 1001 and desa 2008; kec_b's codes do not count.
    assert "16.74.04.2009 (desa), 16.74.04.1002 (kelurahan)" in html
    assert 'placeholder="16.74.04.2009"' in html
    assert "&lt;nama-desa&gt;.kec-a.test" in html


def test_checking_first_shows_the_hostname_and_creates_nothing(client, tree, kec_a_admin):
    client.force_login(kec_a_admin)

    response = client.post(ADD_URL, {**karangan(tree.kec_a), "periksa": "1"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Yang akan dibuat" in html
    assert "<strong>karangan.kec-a.test</strong>" in html
    assert "Operator Desa Karangan (16.74.04.2009)" in html
    assert not Tenant.objects.filter(code="16.74.04.2009").exists()
    assert not Site.objects.filter(hostname="karangan.kec-a.test").exists()
    assert response.context["form"]["name"].value() == "Karangan"  # kept for Daftarkan


def test_checking_first_still_shows_the_forms_errors(client, tree, kec_a_admin):
    client.force_login(kec_a_admin)

    response = client.post(ADD_URL, {**karangan(tree.kec_a, code="16.74.05.2009"), "periksa": "1"})

    assert "Yang akan dibuat" not in response.content.decode()
    assert response.context["form"].errors["code"]


def test_a_kecamatan_admin_can_onboard_a_village_in_its_own_kecamatan(client, tree, kec_a_admin):
    client.force_login(kec_a_admin)

    response = client.post(ADD_URL, karangan(tree.kec_a), follow=True)

    assert response.redirect_chain == [(INDEX_URL, 302)]
    tenant = Tenant.objects.get(code="16.74.04.2009")
    assert (tenant.name, tenant.kind, tenant.kecamatan) == ("Karangan", "desa", tree.kec_a)
    site = Site.objects.get(hostname="karangan.kec-a.test")
    assert tenant.site == site
    assert isinstance(site.root_page.specific, VillageHomePage)
    assert site.root_page.title == "Desa Karangan"
    html = response.content.decode()
    assert "Desa Karangan berhasil didaftarkan: http://karangan.kec-a.test/" in html
    assert "16.74.04.2009" in html  # and it is now in the list


def test_the_new_sites_pages_name_the_admin_who_onboarded_it(client, tree, kec_a_admin):
    """The operator's dashboard said "Oleh —" for every page onboarding made."""
    client.force_login(kec_a_admin)

    client.post(ADD_URL, karangan(tree.kec_a))

    home = Tenant.objects.get(code="16.74.04.2009").home_page
    pages = Page.objects.descendant_of(home, inclusive=True).select_related("latest_revision")
    assert pages.count() > 5  # the home and its standard pages
    assert {page.latest_revision.user for page in pages} == {kec_a_admin}
    assert {page.owner_id for page in pages} == {kec_a_admin.pk}


def test_the_onboarded_village_uses_the_hostname_given(client, tree, kec_a_admin):
    client.force_login(kec_a_admin)

    client.post(ADD_URL, karangan(tree.kec_a, hostname="Karangan-Baru.Kec-A.Test"))

    assert Tenant.objects.get(code="16.74.04.2009").site.hostname == "karangan-baru.kec-a.test"


def test_a_kecamatan_admin_cannot_give_a_hostname_outside_its_own_kecamatan(
    client, tree, kec_a_admin
):
    client.force_login(kec_a_admin)
    counts_before = (Tenant.objects.count(), Site.objects.count(), Group.objects.count())

    for hostname in (
        "pengaduan.kec-b.test",  # inside another kecamatan's namespace
        "karangan.desa.test",  # under no kecamatan at all
        "a.karangan.kec-a.test",  # deeper than one label under its own host
        "karangan.kec-a.test.evil.test",
        "kec-a.test.kec-b.test",
    ):
        response = client.post(ADD_URL, karangan(tree.kec_a, hostname=hostname))

        assert response.status_code == 200, hostname
        errors = response.context["form"].errors
        assert list(errors) == ["hostname"], (hostname, errors)
        assert "langsung di bawah kec-a.test" in errors["hostname"][0]
        assert "pengelola platform" in errors["hostname"][0]
        assert f'value="{hostname}"' in response.text  # the input is kept
    assert (Tenant.objects.count(), Site.objects.count(), Group.objects.count()) == counts_before
    assert not Site.objects.filter(hostname="pengaduan.kec-b.test").exists()


def test_onboarding_on_behalf_of_a_kecamatan_admin_refuses_foreign_hostnames_and_kecamatan(
    tree, kec_a_admin
):
    from tenants.onboarding import OnboardingError, onboard_village

    with pytest.raises(OnboardingError, match="langsung di bawah kec-a.test"):
        onboard_village(
            "16.74.04.2009", "Karangan", "pengaduan.kec-b.test", requested_by=kec_a_admin
        )
    with pytest.raises(OnboardingError, match="tidak mengelola"):
        onboard_village("16.74.05.2009", "Karangan", requested_by=kec_a_admin)
    # Re-onboarding another kecamatan's village does not name its host either.
    with pytest.raises(OnboardingError, match="tidak mengelola"):
        onboard_village(tree.village_b1.code, "Tiga", requested_by=kec_a_admin)
    assert not Tenant.objects.filter(code__in=["16.74.04.2009", "16.74.05.2009"]).exists()

    created = onboard_village("16.74.04.2009", "Karangan", requested_by=kec_a_admin)
    assert created.tenant.site.hostname == "karangan.kec-a.test"


def test_a_superuser_may_give_any_hostname(client, tree, superuser):
    client.force_login(superuser)

    response = client.post(ADD_URL, karangan(tree.kec_a, hostname="karangan.desa.test"))

    assert response.status_code == 302
    assert Tenant.objects.get(code="16.74.04.2009").site.hostname == "karangan.desa.test"


def test_a_kecamatan_admin_cannot_pick_another_kecamatan(client, tree, kec_a_admin):
    client.force_login(kec_a_admin)

    response = client.post(ADD_URL, karangan(tree.kec_b))

    assert response.status_code == 200
    assert "kecamatan" in response.context["form"].errors
    assert not Tenant.objects.filter(code="16.74.05.2009").exists()


def test_a_code_outside_the_chosen_kecamatan_is_rejected_on_the_code_field(
    client, tree, kec_a_admin
):
    client.force_login(kec_a_admin)
    pages_before = Page.objects.count()

    response = client.post(ADD_URL, karangan(tree.kec_a, code="16.74.05.2009"))

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["code"]
    assert "tidak berada di bawah" in errors["code"][0]
    assert not Tenant.objects.filter(code="16.74.05.2009").exists()
    assert Page.objects.count() == pages_before


@pytest.mark.parametrize(
    ("code", "expected"),
    [("16.74.04", "kode kecamatan"), ("karangan", "tidak sah")],
)
def test_a_code_that_is_not_a_village_code_is_rejected_on_the_code_field(
    client, tree, kec_a_admin, code, expected
):
    client.force_login(kec_a_admin)

    response = client.post(ADD_URL, karangan(tree.kec_a, code=code))

    assert response.status_code == 200
    assert expected in response.context["form"].errors["code"][0]
    assert not Tenant.objects.filter(name="Karangan").exists()


def test_a_hostname_in_use_shows_the_error_keeps_the_input_and_creates_nothing(
    client, tree, kec_a_admin
):
    client.force_login(kec_a_admin)
    counts_before = (Tenant.objects.count(), Page.objects.count(), Group.objects.count())

    response = client.post(ADD_URL, karangan(tree.kec_a, hostname="satu.kec-a.test"))

    assert response.status_code == 200
    form = response.context["form"]
    assert "sudah dipakai" in form.non_field_errors()[0]
    html = response.content.decode()
    assert "sudah dipakai" in html
    assert 'value="16.74.04.2009"' in html
    assert 'value="Karangan"' in html
    assert 'value="satu.kec-a.test"' in html
    assert (Tenant.objects.count(), Page.objects.count(), Group.objects.count()) == counts_before
    assert Site.objects.get(hostname="satu.kec-a.test").tenant == tree.village_a1


def test_onboarding_an_existing_village_again_says_nothing_changed(client, tree, kec_a_admin):
    client.force_login(kec_a_admin)
    tenants_before = Tenant.objects.count()

    response = client.post(
        ADD_URL, karangan(tree.kec_a, code=tree.village_a2.code, name="Dua"), follow=True
    )

    assert response.redirect_chain == [(INDEX_URL, 302)]
    assert "tidak ada yang berubah" in response.content.decode()
    assert "berhasil didaftarkan" not in response.content.decode()
    assert Tenant.objects.count() == tenants_before


@pytest.mark.parametrize("url", [INDEX_URL, ADD_URL])
@pytest.mark.parametrize("role", ["village operator", "kecamatan editor"])
def test_operators_and_kecamatan_editors_get_403(client, tree, url, role):
    group = tree.village_a1.editor_group if role == "village operator" else tree.kec_a.editor_group
    client.force_login(UserFactory(groups=[group]))

    assert client.get(url).status_code == 403


@pytest.mark.parametrize("role", ["village operator", "kecamatan editor"])
def test_operators_and_kecamatan_editors_cannot_onboard_by_posting(client, tree, role):
    group = tree.village_a1.editor_group if role == "village operator" else tree.kec_a.editor_group
    client.force_login(UserFactory(groups=[group]))

    response = client.post(ADD_URL, karangan(tree.kec_a))

    assert response.status_code == 403
    assert not Tenant.objects.filter(code="16.74.04.2009").exists()


@pytest.mark.parametrize("url", [INDEX_URL, ADD_URL])
def test_anonymous_visitors_are_sent_to_the_admin_login(client, tree, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_a_superuser_can_onboard_in_any_kecamatan(client, tree, superuser):
    client.force_login(superuser)

    form = client.get(ADD_URL).context["form"]
    response = client.post(ADD_URL, karangan(tree.kec_b))

    assert set(form.fields["kecamatan"].queryset) == {tree.kec_a, tree.kec_b}
    assert response.status_code == 302
    tenant = Tenant.objects.get(code="16.74.05.2009")
    assert tenant.kecamatan == tree.kec_b
    assert tenant.site.hostname == "karangan.kec-b.test"


def test_a_superuser_sees_the_villages_of_every_kecamatan(client, tree, superuser):
    client.force_login(superuser)

    html = client.get(INDEX_URL).content.decode()

    for village in (tree.village_a1, tree.village_a2, tree.village_b1, tree.village_b2):
        assert village.code in html


def test_the_village_list_shows_and_switches_approval(client, tree, kec_a_admin):
    """The switch was only on each village's operator page; the list showed nothing."""
    from tenants.moderation import moderation_enabled

    client.force_login(kec_a_admin)
    cell = f'data-moderation="{tree.village_a2.code}"'
    html = client.get(INDEX_URL).content.decode()
    assert "Persetujuan kecamatan" in html
    assert "Tidak" in html.split(cell, 1)[1].split("</td>", 1)[0]

    url = reverse("tenants_admin:moderation", args=[tree.village_a2.pk])
    response = client.post(url, {"enabled": "1", "kembali": "daftar"}, follow=True)

    assert response.redirect_chain == [(INDEX_URL, 302)]
    assert moderation_enabled(tree.village_a2)
    html = response.content.decode()
    assert "Wajib" in html.split(cell, 1)[1].split("</td>", 1)[0]
    assert "kini perlu persetujuan kecamatan" in html
    assert not moderation_enabled(tree.village_a1)
