"""Each host is served from its own root, and unknown hosts are refused."""

import pytest
from django.test import override_settings
from wagtail.models import Site

from tenants import hosts
from tests.factories import VillageFactory

pytestmark = pytest.mark.django_db


def tenants_of(tree):
    return [tree.kec_a, tree.village_a1, tree.village_a2, tree.kec_b, tree.village_b1]


def test_each_host_is_served_from_its_own_root(tree, client):
    for tenant in tenants_of(tree):
        response = client.get("/", HTTP_HOST=tenant.site.hostname)
        assert response.status_code == 200, tenant
        assert response.context["page"].pk == tenant.home_page.pk
        assert tenant.home_page.title in response.text


def test_host_match_ignores_the_port(tree, client):
    response = client.get("/", HTTP_HOST="satu.kec-a.test:8000")
    assert response.status_code == 200
    assert response.context["page"].pk == tree.village_a1.home_page.pk


def test_host_match_ignores_letter_case(tree, client):
    response = client.get("/", HTTP_HOST="SATU.Kec-A.test")
    assert response.status_code == 200
    assert response.context["page"].pk == tree.village_a1.home_page.pk


@pytest.mark.parametrize(
    "host", ["evil.example", "kec-a.test.evil.example", "testserver", "127.0.0.1", "x.kec-a.test"]
)
def test_a_host_that_matches_no_site_gets_400(tree, client, host):
    response = client.get("/", HTTP_HOST=host)
    assert response.status_code == 400
    assert b"Rambang" not in response.content


def test_a_malformed_host_gets_400(tree, client):
    response = client.get("/", HTTP_HOST="kec-a.test/../")
    assert response.status_code == 400


def test_plain_localhost_serves_the_default_site(tree, client):
    response = client.get("/", HTTP_HOST="localhost:8000")
    assert response.status_code == 200
    assert response.context["page"].pk == tree.kec_a.home_page.pk


@override_settings(EXTRA_ALLOWED_HOSTS=[])
def test_localhost_is_refused_when_not_listed_as_extra_host(tree, client):
    assert client.get("/", HTTP_HOST="localhost").status_code == 400


def test_admin_is_refused_on_unknown_hosts_too(tree, client):
    assert client.get("/admin/login/", HTTP_HOST="evil.example").status_code == 400


def test_a_village_page_is_404_on_another_village_and_on_the_portal(tree, client):
    directory_path = "/desa/"
    assert client.get(directory_path, HTTP_HOST="kec-a.test").status_code == 200
    # The portal's directory page does not exist on village hosts.
    assert client.get(directory_path, HTTP_HOST="satu.kec-a.test").status_code == 404
    # A village's home page slug, tried as a path on sibling hosts, is not served.
    village_slug = tree.village_a2.home_page.slug
    for host in ["kec-a.test", "satu.kec-a.test", "kec-b.test"]:
        response = client.get(f"/{village_slug}/", HTTP_HOST=host)
        assert response.status_code == 404, host
    # Nor is the village's tree path from the root.
    full_path = tree.village_a2.home_page.url_path
    assert client.get(full_path, HTTP_HOST="kec-a.test").status_code == 404


def test_a_new_site_is_served_at_once(tree, client):
    assert client.get("/", HTTP_HOST="baru.kec-a.test").status_code == 400
    village = VillageFactory(kecamatan=tree.kec_a, serial=2099, name="Baru")
    response = client.get("/", HTTP_HOST="baru.kec-a.test")
    assert response.status_code == 200
    assert response.context["page"].pk == village.home_page.pk


def test_a_deleted_site_is_refused_at_once(tree, client):
    assert client.get("/", HTTP_HOST="kec-a.test").status_code == 200
    Site.objects.filter(hostname="kec-a.test").update(hostname="renamed.test")
    # A queryset update sends no signal; bump as an admin save would.
    hosts.bump_generation()
    assert client.get("/", HTTP_HOST="kec-a.test").status_code == 400


def test_host_check_reads_the_site_list_once_per_generation(tree, django_assert_num_queries):
    hosts.site_hostnames()
    with django_assert_num_queries(0):
        for _ in range(50):
            assert hosts.is_known_host("kec-b.test")


def test_site_created_by_another_process_is_found_without_a_bump(tree):
    hosts.site_hostnames()  # warm the local copy
    # Simulate another worker onboarding a site whose generation bump we
    # never saw (e.g. per-process caches): write the Site without signals.
    Site.objects.bulk_create([Site(hostname="lain.test", port=80, root_page=tree.kec_b.home_page)])
    assert hosts.is_known_host("lain.test")
