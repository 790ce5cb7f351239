"""The profile page: the SiteProfile's leader, officials in order, and scoping."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils.html import escape

from cms.demo_images import demo_image
from profiles.models import ContactPage, Official, ProfilePage
from tests.profiles.conftest import profile_page_of

pytestmark = pytest.mark.django_db


def get_html(client, host, path="/profil/") -> str:
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, f"{host}{path}: {response.status_code}"
    return response.content.decode()


def test_every_onboarded_tenant_gets_a_live_profile_and_contact_page_in_its_menu(profiles):
    tree = profiles
    tenants = [tree.kec_a, tree.village_a1, tree.village_a2, tree.kec_b, tree.village_b1]
    for tenant in tenants:
        for model, slug, title in [
            (ProfilePage, "profil", "Profil"),
            (ContactPage, "kontak", "Kontak"),
        ]:
            page = model.objects.child_of(tenant.home_page).get()
            assert (page.slug, page.title, page.live, page.show_in_menus) == (
                slug,
                title,
                True,
                True,
            )


def test_profile_shows_the_leader_from_the_site_profile_with_the_welcome(profiles, client):
    html = get_html(client, "satu.kec-a.test")
    assert "Sambutan Lurah" in html
    assert "Selamat datang di Kelurahan Satu." in html
    assert "<strong>Hendra Saputra, S.STP.</strong>" in html
    # The leader heads the officials list, the text version of the chart.
    officials = html[html.index('id="pejabat"') :]
    assert officials.index("Hendra Saputra") < officials.index("Siti Aminah")
    assert officials.index("Siti Aminah") < officials.index("Budi Santoso")


def test_changing_the_leader_in_the_site_profile_changes_the_profile_page(profiles, client):
    from tests.profiles.conftest import set_profile

    set_profile(profiles.village_a1, leader_name="Rina Marlina, S.E.")
    html = get_html(client, "satu.kec-a.test")
    assert "Rina Marlina, S.E." in html
    assert "Hendra Saputra" not in html


def test_profile_shows_history_vision_and_the_mission_as_an_ordered_list(profiles, client):
    html = get_html(client, "satu.kec-a.test")
    assert html.count("<h1") == 1
    assert "Kelurahan Satu berdiri di tepi sungai." in html
    assert "Kelurahan Satu yang bersih dan ramah." in html
    mission = re.search(r'<ol class="mission">(.*?)</ol>', html, re.S).group(1)
    assert re.findall(r"<li>(.*?)</li>", mission) == [
        "Melayani dengan cepat.",
        "Menjaga kebersihan.",
    ]


def test_official_photo_and_org_chart_are_responsive_images_with_their_alt_text(profiles, client):
    html = get_html(client, "satu.kec-a.test")
    photo = re.search(r'<img[^>]*alt="Siti Aminah di kantor"[^>]*>', html).group(0)
    assert 'loading="lazy"' in photo and "width=" in photo and "srcset=" in photo
    chart_alt = escape("Bagan: Lurah membawahi Sekretaris Kelurahan dan satu kepala seksi.")
    chart = re.search(rf'<img[^>]*alt="{re.escape(chart_alt)}"[^>]*>', html).group(0)
    assert "srcset=" in chart
    assert 'type="image/webp"' in html
    assert '<a href="#pejabat">' in html


def test_a_village_profile_never_shows_another_sites_officials(profiles, client):
    satu = get_html(client, "satu.kec-a.test")
    tiga = get_html(client, "tiga.kec-b.test")
    portal = get_html(client, "kec-a.test")
    assert "Rahasia Tiga" in tiga and "Darmawan" in tiga
    assert "Rahasia Tiga" not in satu and "Darmawan" not in satu
    assert "Siti Aminah" not in tiga and "Hendra Saputra" not in tiga
    assert "Siti Aminah" not in portal and "Rahasia Tiga" not in portal


def test_an_org_chart_image_requires_its_text_for_screen_readers(profiles):
    page = profile_page_of(profiles.village_a2)
    page.org_chart = demo_image("Bagan Dua", profiles.village_a2.collection, size=(40, 30))
    page.org_chart.description = ""  # a description would count as the alt text
    page.org_chart_alt = "  "
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "org_chart_alt" in error.value.message_dict
    page.org_chart_alt = "Bagan organisasi Desa Dua."
    page.full_clean()


def test_official_photo_alt_falls_back_to_the_officials_name(profiles):
    image = demo_image("IMG_2031", profiles.village_a1.collection, size=(40, 50))
    image.description = ""
    official = Official(name="Budi Santoso", position="Kasi", photo=image)
    assert official.photo_alt == "Foto Budi Santoso"
    assert Official(name="Tanpa Foto", position="Kasi").photo_alt == ""


def test_profile_meta_description_is_the_vision_unless_a_search_description_is_set(profiles):
    page = profile_page_of(profiles.village_a1)
    assert page.get_meta_description() == "Kelurahan Satu yang bersih dan ramah."
    page.search_description = "Profil resmi Kelurahan Satu."
    assert page.get_meta_description() == "Profil resmi Kelurahan Satu."
    assert page.get_social_image() == page.org_chart


def test_site_search_index_finds_a_profile_by_an_officials_name(
    profiles, django_capture_on_commit_callbacks
):
    # Wagtail indexes a page after the transaction commits, with its inline rows saved.
    with django_capture_on_commit_callbacks(execute=True):
        profile_page_of(profiles.village_a1).save_revision().publish()
    found = ProfilePage.objects.live().search("Aminah")
    assert [page.pk for page in found] == [profile_page_of(profiles.village_a1).pk]
