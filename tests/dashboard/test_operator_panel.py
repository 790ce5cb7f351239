"""The village operator's dashboard: their site only, their counts only, the right links."""

import datetime
import re
import urllib.parse

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import resolve
from django.utils import timezone
from wagtail.models import Page

from citizens.models import ComplaintStatus, RequestStatus
from dashboard import recent
from dashboard.panels import OperatorPanel
from gallery.models import GalleryIndexPage
from news.models import AnnouncementIndexPage, NewsIndexPage, NewsPage
from profiles.models import ProfilePage
from tenants.moderation import set_moderation
from tests.dashboard.conftest import make_case
from tests.news.conftest import add_news

pytestmark = pytest.mark.django_db

PAGE_IDS = re.compile(r'data-page-id="(\d+)"')
ACTION_LINKS = re.compile(
    r'data-quick-action="([a-z]+)".*?<a class="button[^"]*" href="([^"]+)"', re.S
)


def dashboard(login, user, tenant):
    response = login(user).get("/admin/", HTTP_HOST=tenant.site.hostname)
    assert response.status_code == 200
    return response.text


def test_operator_sees_only_their_own_sites_pages(world, login):
    html = dashboard(login, world.users["operator"], world.village_a1)
    shown = {int(pk) for pk in PAGE_IDS.findall(html)}
    own = set(
        Page.objects.descendant_of(world.village_a1.home_page, inclusive=True).values_list(
            "pk", flat=True
        )
    )
    assert shown and shown <= own
    assert world.news["A1"].pk in shown
    for label in ("K", "A2", "B1"):
        assert world.news[label].title not in html


def test_operator_dashboard_replaces_wagtails_panels(world, login):
    html = dashboard(login, world.users["operator"], world.village_a1)
    assert 'id="halaman-terbaru-section"' in html
    assert 'id="recent-edits-section"' not in html  # Wagtail's "Your most recent edits"


def test_latest_edit_comes_first_with_status_and_editor(world, login):
    operator = world.users["operator"]
    draft = NewsPage(
        title="Draf rapat desa",
        slug="draf-rapat-desa",
        date=timezone.localdate(),
        category="pemerintahan",
        summary="Ringkasan.",
        live=False,
    )
    NewsIndexPage.objects.child_of(world.village_a1.home_page).get().add_child(instance=draft)
    draft.save_revision(user=operator)
    rows = recent.recent_pages(world.village_a1.home_page)
    assert rows[0].page.pk == draft.pk
    assert (rows[0].status_label, rows[0].edited_by) == ("Draf", "Siti")
    by_pk = {row.page.pk: row for row in rows}
    assert by_pk[world.news["A1"].pk].status_label == "Terbit"
    html = dashboard(login, operator, world.village_a1)
    assert PAGE_IDS.findall(html)[0] == str(draft.pk)


def test_status_labels_cover_scheduled_and_waiting_for_approval(world):
    page = world.news["A1"]
    page.go_live_at = timezone.now() + datetime.timedelta(days=2)
    page.save_revision(approved_go_live_at=page.go_live_at)
    rows = {r.page.pk: r for r in recent.recent_pages(world.village_a1.home_page)}
    assert rows[page.pk].status_label == "Terjadwal"
    # Only a village whose changes need the kecamatan's approval has a workflow.
    set_moderation(world.village_a2, True)
    other = world.news["A2"]
    workflow = other.get_workflow()
    workflow.start(other, world.users["operator_a2"])
    rows = {r.page.pk: r for r in recent.recent_pages(world.village_a2.home_page)}
    assert rows[other.pk].status_label == "Menunggu persetujuan"


def test_quick_actions_point_under_the_operators_own_pages_and_open(world, login):
    client = login(world.users["operator"])
    html = dashboard(login, world.users["operator"], world.village_a1)
    links = dict(ACTION_LINKS.findall(html))
    assert list(links) == ["berita", "pengumuman", "galeri", "profil", "warga"]
    home = world.village_a1.home_page
    expected_parent = {
        "berita": NewsIndexPage,
        "pengumuman": AnnouncementIndexPage,
        "galeri": GalleryIndexPage,
    }
    for key, model in expected_parent.items():
        match = resolve(links[key])
        assert match.url_name == "add"
        parent = Page.objects.get(pk=match.kwargs["parent_page_id"])
        assert parent.get_parent().pk == home.pk
        assert parent.specific_class is model
    profile = Page.objects.get(pk=resolve(links["profil"]).kwargs["page_id"])
    assert profile.specific_class is ProfilePage and profile.get_parent().pk == home.pk
    for key, url in links.items():
        response = client.get(url, HTTP_HOST=world.village_a1.site.hostname)
        assert response.status_code == 200, key


def test_quick_actions_promise_going_live_only_when_the_operator_can_publish(world, login):
    """With approval on, "Tulis berita" said "Langsung tampil di situs" and it did not."""
    html = dashboard(login, world.users["operator_a2"], world.village_a2)
    assert "Langsung tampil di situs." in html
    set_moderation(world.village_a2, True)
    html = dashboard(login, world.users["operator_a2"], world.village_a2)
    assert "Langsung tampil di situs." not in html
    assert "Tampil di situs setelah disetujui kecamatan." in html


def test_news_form_opens_without_choosing_a_parent(world, login):
    """ "Tulis berita" is the add form itself, not the page-type chooser."""
    html = dashboard(login, world.users["operator"], world.village_a1)
    url = dict(ACTION_LINKS.findall(html))["berita"]
    response = login(world.users["operator"]).get(url, HTTP_HOST=world.village_a1.site.hostname)
    assert response.status_code == 200
    assert 'name="title"' in response.text and 'name="lead_image"' in response.text


def test_an_action_whose_section_is_missing_is_left_out(world, login):
    GalleryIndexPage.objects.child_of(world.village_a1.home_page).get().delete()
    html = dashboard(login, world.users["operator"], world.village_a1)
    keys = [key for key, _url in ACTION_LINKS.findall(html)]
    assert "galeri" not in keys and "berita" in keys


def inbox_counts(html) -> dict:
    return {
        kind: int(count)
        for kind, count in re.findall(
            r'data-inbox="([a-z]+)">[^<]*<span data-count>(\d+)</span>', html
        )
    }


def test_inbox_counts_are_new_cases_of_the_operators_village_only(world, login):
    html = dashboard(login, world.users["operator"], world.village_a1)
    # A1 has 2 new complaints and 1 new request (A2 has 3 and 1, B1 1 and 1).
    assert inbox_counts(html) == {"pengaduan": 2, "permohonan": 1}
    make_case(world.village_a1)
    make_case(world.village_a2)
    make_case(world.village_b1, kind="request")
    html = dashboard(login, world.users["operator"], world.village_a1)
    assert inbox_counts(html) == {"pengaduan": 3, "permohonan": 1}
    html = dashboard(login, world.users["operator_a2"], world.village_a2)
    assert inbox_counts(html) == {"pengaduan": 4, "permohonan": 1}


def test_inbox_links_list_exactly_the_counted_cases(world, login):
    client = login(world.users["operator"])
    html = dashboard(login, world.users["operator"], world.village_a1)
    links = dict(re.findall(r'href="([^"]+)" data-inbox="([a-z]+)"', html))
    by_kind = {kind: url.replace("&amp;", "&") for url, kind in links.items()}
    new = {
        "pengaduan": [
            c.code
            for c in world.cases["A1"]
            if c.tenant_id == world.village_a1.pk and c.status == ComplaintStatus.RECEIVED
        ],
        "permohonan": [
            c.code
            for c in world.cases["A1"]
            if c.tenant_id == world.village_a1.pk and c.status == RequestStatus.SUBMITTED
        ],
    }
    all_codes = {c.code for cases in world.cases.values() for c in cases}
    for kind, url in by_kind.items():
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        assert query["kantor"] == [str(world.village_a1.pk)]
        listing = client.get(url, HTTP_HOST=world.village_a1.site.hostname).text
        shown = {code for code in all_codes if code in listing}
        assert shown == set(new[kind]), kind


@pytest.mark.parametrize(
    ("days_ago", "stale"), [(0, False), (29, False), (30, True), (45, True), (None, True)]
)
def test_freshness_turns_stale_at_thirty_days(days_ago, stale):
    today = datetime.date(2026, 11, 28)
    last = None if days_ago is None else today - datetime.timedelta(days=days_ago)
    assert recent.freshness(last, today=today).stale is stale


def test_news_reminder_appears_and_disappears_with_the_date(world, login):
    operator = world.users["operator"]
    html = dashboard(login, operator, world.village_a1)  # A1's news is 3 days old
    assert "data-news-reminder" not in html
    today = timezone.localdate()
    NewsPage.objects.filter(pk=world.news["A1"].pk).update(date=today - datetime.timedelta(days=31))
    html = dashboard(login, operator, world.village_a1)
    assert "data-news-reminder" in html
    assert "Belum ada berita selama 30 hari" in html
    # The reminder links to the news form of this village.
    news_index = NewsIndexPage.objects.child_of(world.village_a1.home_page).get()
    assert f"/admin/pages/add/news/newspage/{news_index.pk}/" in html
    add_news(world.village_a1, "Berita baru Satu", today - datetime.timedelta(days=29))
    assert "data-news-reminder" not in dashboard(login, operator, world.village_a1)


def test_another_villages_news_does_not_silence_the_reminder(world, login):
    NewsPage.objects.filter(pk=world.news["A1"].pk).update(
        date=timezone.localdate() - datetime.timedelta(days=60)
    )
    add_news(world.village_a2, "Berita segar Dua", timezone.localdate())
    assert "data-news-reminder" in dashboard(login, world.users["operator"], world.village_a1)


def panel_queries(world, user) -> int:
    request = RequestFactory().get("/admin/", HTTP_HOST=world.village_a1.site.hostname)
    request.user = type(user).objects.get(pk=user.pk)  # no per-request caches carried over
    with CaptureQueriesContext(connection) as queries:
        html = OperatorPanel(world.village_a1).render_html({"request": request})
    assert "Halaman terbaru" in html
    return len(queries)


def test_query_count_does_not_grow_with_pages_sites_or_cases(world, django_assert_max_num_queries):
    user = world.users["operator"]
    before = panel_queries(world, user)
    assert before <= 15
    for n in range(12):
        add_news(world.village_a1, f"Berita tambahan {n}", timezone.localdate())
        add_news(world.village_a2, f"Berita Dua tambahan {n}", timezone.localdate())
        make_case(world.village_a1)
        make_case(world.village_a1, kind="request")
    from tests.factories import VillageFactory

    VillageFactory(kecamatan=world.kec_a, serial=2099, name="Baru")
    request = RequestFactory().get("/admin/", HTTP_HOST=world.village_a1.site.hostname)
    request.user = type(user).objects.get(pk=user.pk)
    with django_assert_max_num_queries(before):
        OperatorPanel(world.village_a1).render_html({"request": request})
