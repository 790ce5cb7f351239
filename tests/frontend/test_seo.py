"""Per-site sitemap and robots.txt, meta and Open Graph tags, security headers."""

import xml.etree.ElementTree as ET

import pytest

from cms.models import SiteProfile
from services.models import ServiceCatalogPage
from tests.factories import ServicePageFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_locations(client, host):
    response = client.get("/sitemap.xml", HTTP_HOST=host)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]


def test_each_site_has_its_own_sitemap(tree, client):
    catalog = ServiceCatalogPage.objects.child_of(tree.kec_a.home_page).get()
    ServicePageFactory(parent=catalog, title="Surat Domisili", slug="surat-domisili")
    portal = sitemap_locations(client, "kec-a.test")
    village = sitemap_locations(client, "satu.kec-a.test")
    assert "http://kec-a.test/" in portal
    assert "http://kec-a.test/layanan/surat-domisili/" in portal
    assert all(loc.startswith("http://kec-a.test/") for loc in portal)
    assert "http://satu.kec-a.test/" in village
    # The shared service appears at the village's own address.
    assert "http://satu.kec-a.test/layanan/surat-domisili/" in village
    assert all(loc.startswith("http://satu.kec-a.test/") for loc in village)


def test_robots_txt_points_to_the_sites_own_sitemap(tree, client):
    response = client.get("/robots.txt", HTTP_HOST="dua.kec-a.test")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://dua.kec-a.test/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text


def test_pages_carry_description_canonical_and_open_graph(tree, client):
    catalog = ServiceCatalogPage.objects.child_of(tree.kec_a.home_page).get()
    ServicePageFactory(
        parent=catalog,
        title="Surat Domisili",
        slug="surat-domisili",
        summary="Surat keterangan tempat tinggal.",
    )
    html = client.get("/layanan/surat-domisili/", HTTP_HOST="satu.kec-a.test").text
    assert '<link rel="canonical" href="http://satu.kec-a.test/layanan/surat-domisili/">' in html
    assert '<meta name="description" content="Surat keterangan tempat tinggal.">' in html
    assert '<meta property="og:title" content="Surat Domisili">' in html
    assert '<meta property="og:site_name" content="Kelurahan Satu">' in html


def test_og_image_falls_back_to_the_site_logo_as_an_absolute_url(tree, client):
    from cms.demo_images import demo_image

    profile = SiteProfile.for_site(tree.kec_a.site)
    profile.logo = demo_image("Logo uji", tree.kec_a.collection, size=(300, 300))
    profile.save()
    html = client.get("/", HTTP_HOST="kec-a.test").text
    assert '<meta property="og:image" content="http://kec-a.test/media/images/' in html


def test_a_lost_image_file_costs_the_preview_image_not_the_page(tree, client):
    from cms.demo_images import demo_image

    profile = SiteProfile.for_site(tree.kec_a.site)
    profile.logo = demo_image("Logo hilang", tree.kec_a.collection, size=(300, 300))
    profile.save()
    profile.logo.renditions.all().delete()
    profile.logo.file.storage.delete(profile.logo.file.name)
    response = client.get("/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    # The preview falls back to the default card, still absolute.
    assert '<meta property="og:image" content="http://kec-a.test/static/img/kartu-situs' in (
        response.text
    )


def test_public_pages_send_a_strict_csp_and_security_headers(tree, client):
    response = client.get("/", HTTP_HOST="kec-a.test")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "'unsafe-inline'" not in csp
    assert "object-src 'none'" in csp
    nonce = csp.split("'nonce-")[1].split("'")[0]
    assert f'<style nonce="{nonce}">' in response.text
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_public_pages_contain_no_inline_script(tree, client):
    html = client.get("/", HTTP_HOST="kec-a.test").text
    # JSON-LD data blocks are allowed; executable inline scripts are not.
    assert "<script>" not in html and "<script " not in html.replace(
        '<script type="application/ld+json">', ""
    )


def test_admin_is_not_given_the_public_csp(tree, client):
    response = client.get("/admin/login/", HTTP_HOST="kec-a.test")
    assert "Content-Security-Policy" not in response


def test_404_is_indonesian_and_in_the_sites_branding(tree, client):
    response = client.get("/tidak-ada/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.text
    assert "Kelurahan Satu" in response.text


def test_public_site_stays_indonesian_whatever_the_browser_asks(tree, client):
    import datetime

    catalog = ServiceCatalogPage.objects.child_of(tree.kec_a.home_page).get()
    ServicePageFactory(
        parent=catalog,
        title="Surat Domisili",
        slug="surat-domisili",
        last_reviewed=datetime.date(2026, 12, 1),
    )
    html = client.get(
        "/layanan/surat-domisili/", HTTP_HOST="kec-a.test", HTTP_ACCEPT_LANGUAGE="en"
    ).text
    assert "1 Desember 2026" in html
    assert "December" not in html


def test_500_page_is_indonesian_in_the_sites_branding(tree, rf):
    from django.urls import get_resolver

    from frontend.views import server_error

    assert get_resolver().resolve_error_handler(500) is server_error

    profile = SiteProfile.for_site(tree.village_a2.site)
    profile.phone = "0713-000111"
    profile.save()
    response = server_error(rf.get("/", HTTP_HOST="dua.kec-a.test"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Terjadi gangguan" in html
    assert "Desa Dua" in html
    assert "0713-000111" in html


def test_500_page_falls_back_when_the_database_is_the_problem(tree, rf):
    from unittest import mock

    from frontend.views import server_error

    with mock.patch("tenants.scoping.current_site", side_effect=RuntimeError("db down")):
        response = server_error(rf.get("/", HTTP_HOST="dua.kec-a.test"))
    assert response.status_code == 500
    assert "Terjadi gangguan" in response.content.decode()


def test_a_home_page_title_names_the_site_once(tree, client):
    """A new village's home read "Desa Dua · Desa Dua" in the browser tab."""
    html = client.get("/", HTTP_HOST="dua.kec-a.test").text
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title == tree.village_a2.display_name
    inner = client.get("/profil/", HTTP_HOST="dua.kec-a.test").text
    assert "<title>Profil · Desa Dua</title>" in inner
