"""Every agenda list and feed shows its own site's events; the portal home labels villages'."""

import pytest

from tests.events.conftest import days, make_event

pytestmark = pytest.mark.django_db


def section(html):
    start = html.index('id="agenda-terdekat"')
    return html[start : html.index("</section>", start)]


def test_village_agenda_lists_only_its_own_events(events, client):
    html = client.get("/agenda/", HTTP_HOST="satu.kec-a.test").text
    assert "Posyandu balita Satu" in html
    assert "Kerja bakti Satu" in html
    for other in ("Pelatihan patin Dua", "Musrenbang Kecamatan", "Vaksinasi Tiga"):
        assert other not in html


def test_portal_agenda_lists_only_the_portals_own_events(events, client):
    html = client.get("/agenda/", HTTP_HOST="kec-a.test").text
    assert "Musrenbang Kecamatan" in html
    assert "Posyandu balita Satu" not in html
    assert "Vaksinasi Tiga" not in html


def test_village_ical_feed_holds_only_its_own_events(events, client):
    feed = client.get("/agenda/ical/", HTTP_HOST="satu.kec-a.test").text
    assert feed.count("BEGIN:VEVENT") == 2
    assert f"UID:event-{events.satu_soon.pk}@satu.kec-a.test" in feed
    assert f"UID:event-{events.satu_past.pk}@satu.kec-a.test" in feed
    assert "Pelatihan patin Dua" not in feed
    assert "Vaksinasi Tiga" not in feed


def test_another_sites_event_is_not_served_through_this_sites_agenda(events, client):
    response = client.get(f"/agenda/{events.dua_next.slug}/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 404


def test_portal_home_shows_its_villages_events_labelled_and_soonest_first(events, client):
    html = section(client.get("/", HTTP_HOST="kec-a.test").text)
    assert html.index("Posyandu balita Satu") < html.index("Pelatihan patin Dua")
    assert html.index("Pelatihan patin Dua") < html.index("Musrenbang Kecamatan")
    assert "Kelurahan Satu" in html
    assert "Desa Dua" in html
    # Village events link to the village's own host; the portal's own stay relative.
    assert 'href="http://satu.kec-a.test/agenda/posyandu-balita-satu/"' in html
    assert 'href="/agenda/musrenbang-kecamatan/"' in html
    assert "Vaksinasi Tiga" not in html  # kecamatan B's village
    assert "Kerja bakti Satu" not in html  # past


def test_home_section_shows_at_most_three_upcoming_events(tree, events, client):
    make_event(tree.kec_a, "Keempat", days(30))
    html = section(client.get("/", HTTP_HOST="kec-a.test").text)
    assert html.count("<li>") == 3
    assert "Keempat" not in html


def test_village_home_shows_its_own_events_without_a_village_label(events, client):
    html = section(client.get("/", HTTP_HOST="dua.kec-a.test").text)
    assert "Pelatihan patin Dua" in html
    assert "Posyandu balita Satu" not in html
    assert "Musrenbang Kecamatan" not in html
    assert "<small>" not in html
    assert 'href="/agenda/"' in html


def test_home_without_upcoming_events_has_no_agenda_section(tree, client):
    make_event(tree.village_b2, "Sudah lewat", days(-1))
    html = client.get("/", HTTP_HOST="empat.kec-b.test").text
    assert 'id="agenda-terdekat"' not in html
