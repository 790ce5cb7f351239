"""RSS and Atom feeds: valid XML, the serving site's news only, absolute links on its host."""

import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(client, host):
    response = client.get("/berita/rss/", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def atom_entries(client, host):
    response = client.get("/berita/atom/", HTTP_HOST=host)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, feed.findall(f"{ATOM}entry")


def test_village_rss_holds_only_its_news_with_absolute_links_on_its_host(news, client):
    channel, items = rss_items(client, "satu.kec-a.test")
    assert channel.findtext("link") == "http://satu.kec-a.test/berita/"
    assert channel.findtext("language") == "id"
    assert [item.findtext("title") for item in items] == ["Kerja bakti Satu"]
    item = items[0]
    assert item.findtext("link") == "http://satu.kec-a.test/berita/kerja-bakti-satu/"
    assert item.findtext("guid") == item.findtext("link")
    assert item.findtext("description") == "Ringkasan Kerja bakti Satu."
    assert item.findtext("category") == "Kegiatan Warga"
    assert item.findtext("pubDate").startswith("Thu, 05 Mar 2026 00:00:00 +0700")


def test_portal_rss_holds_only_the_portal_news_not_its_villages(news, client):
    channel, items = rss_items(client, "kec-a.test")
    assert [item.findtext("title") for item in items] == ["Musrenbang Kecamatan A"]
    assert items[0].findtext("link") == "http://kec-a.test/berita/musrenbang-kecamatan-a/"


def test_atom_feed_holds_only_the_site_news_with_links_on_its_host(news, client):
    feed, entries = atom_entries(client, "tiga.kec-b.test")
    assert feed.findtext(f"{ATOM}title").startswith("Berita")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Panen patin Tiga"]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == "http://tiga.kec-b.test/berita/panen-patin-tiga/"
    self_link = [el for el in feed.findall(f"{ATOM}link") if el.get("rel") == "self"][0]
    assert self_link.get("href") == "http://tiga.kec-b.test/berita/atom/"


def test_a_feed_without_news_is_still_valid(tree, client):
    _channel, items = rss_items(client, "empat.kec-b.test")
    assert items == []
    _feed, entries = atom_entries(client, "empat.kec-b.test")
    assert entries == []


def test_index_head_announces_both_feeds(news, client):
    html = client.get("/berita/", HTTP_HOST="dua.kec-a.test").text
    head = html[: html.index("</head>")]
    assert '<link rel="alternate" type="application/rss+xml"' in head
    assert 'href="http://dua.kec-a.test/berita/rss/"' in head
    assert 'type="application/atom+xml"' in head
    assert 'href="http://dua.kec-a.test/berita/atom/"' in head
