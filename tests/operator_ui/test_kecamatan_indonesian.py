"""Every admin screen a kecamatan admin (a camat) uses is in Indonesian.

The operator's screens are checked in ``test_admin_indonesian.py``; this
module does the same for a member of the kecamatan's admin group: the
dashboard with a village's change waiting for approval, the explorer and
the editor of the portal, the review of a village's submission, Wagtail's
reports, redirects, settings and notices, the villages and their operators,
village data and OpenSID keys, the citizens' inbox, images and documents.
Each screen is fetched with Django's test client and audited by
:func:`tests.i18n_audit.untranslated_strings` (``tests/operator_ui/audit.py``).

Besides the fixed list, one test follows every admin link in the camat's
sidebar, so a screen added to their menu later is audited the day it appears.
"""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, WorkflowState

from dashboard.approvals import pending_approvals
from notices.models import Notice
from tests.citizens.conftest import make_case
from tests.factories import UserFactory
from tests.news.conftest import add_news
from tests.operator_ui.audit import assert_indonesian, visible_text

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "kec-a.test"}


def submit(page, user):
    """``user`` sends ``page``'s latest change to its village's approval workflow.

    The page is read again first: ``kec`` is built once per module, and a
    test's submission (rolled back after it) leaves the object pointing at
    a revision that no longer exists.
    """
    page.refresh_from_db()
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


@pytest.fixture(scope="module")
def kec(world, django_db_blocker):
    """The operator world plus a camat and what a camat meets on an ordinary day.

    Village Dua needs approval: one of its changes waits for the camat, one
    was approved and one sent back. A portal article is locked by the camat,
    a village article by its operator. The portal has a redirect, a notice
    and a complaint of its own. Rolled back with ``world``.
    """
    with django_db_blocker.unblock():
        w = world
        w.camat = UserFactory(username="camat.a", first_name="Camat", groups=[w.kec_a.admin_group])
        w.portal_news = add_news(w.kec_a, "Rapat koordinasi kecamatan", timezone.localdate())
        Page.objects.filter(pk=w.portal_news.pk).update(
            locked=True, locked_by=w.camat, locked_at=timezone.now()
        )
        Page.objects.filter(pk=w.satu.news.pk).update(
            locked=True, locked_by=w.operator, locked_at=timezone.now()
        )
        w.waiting = submit(w.dua.news, w.moderated_operator)
        approved = submit(w.dua.announcement, w.moderated_operator)
        approved.current_task_state.approve(user=w.camat, comment="Sudah baik.")
        rejected = submit(w.dua.album, w.moderated_operator)
        rejected.current_task_state.reject(user=w.camat, comment="Fotonya kurang jelas.")
        w.redirect = Redirect.objects.create(
            old_path="/kantor-lama", site=w.kec_a.site, redirect_link="https://kec-a.test/kontak/"
        )
        w.notice = Notice.objects.create(
            site=w.kec_a.site, title="Kantor tutup", text="Kantor kecamatan tutup hari Senin."
        )
        w.complaint = make_case(w.kec_a, "Kecamatan")
    return w


@pytest.fixture
def camat(kec, client):
    """The test client, logged in as kecamatan A's admin."""
    client.force_login(kec.camat)
    return client


def task_state(w):
    return w.waiting.current_task_state


# (screen, URL for the world ``w``). Each is opened by the camat and must be Indonesian.
SCREENS = [
    ("dasbor", lambda w: "/admin/"),
    ("akun", lambda w: "/admin/account/"),
    # The portal's pages.
    ("penjelajah portal", lambda w: f"/admin/pages/{w.kec_a.home_page_id}/"),
    ("penjelajah berita portal", lambda w: f"/admin/pages/{w.portal_news.get_parent().pk}/"),
    ("penjelajah desa", lambda w: f"/admin/pages/{w.village_a2.home_page_id}/"),
    ("cari halaman", lambda w: "/admin/pages/search/?q=rapat"),
    # The dashboard's search box searches below the user's root, in the explorer.
    ("cari dari dasbor", lambda w: f"/admin/pages/{w.kec_a.home_page_id}/?q=rapat"),
    (
        "cari di seluruh situs",
        lambda w: f"/admin/pages/{w.kec_a.home_page_id}/?q=rapat&search_all=1",
    ),
    ("ubah beranda portal", lambda w: f"/admin/pages/{w.kec_a.home_page_id}/edit/"),
    ("ubah berita portal (terkunci)", lambda w: f"/admin/pages/{w.portal_news.pk}/edit/"),
    (
        "tambah berita portal",
        lambda w: f"/admin/pages/add/news/newspage/{w.portal_news.get_parent().pk}/",
    ),
    ("riwayat halaman", lambda w: f"/admin/pages/{w.portal_news.pk}/history/"),
    ("pindahkan halaman", lambda w: f"/admin/pages/{w.portal_news.pk}/move/"),
    ("salin halaman", lambda w: f"/admin/pages/{w.portal_news.pk}/copy/"),
    ("hapus halaman", lambda w: f"/admin/pages/{w.portal_news.pk}/delete/"),
    ("batalkan terbit", lambda w: f"/admin/pages/{w.portal_news.pk}/unpublish/"),
    ("penggunaan halaman", lambda w: f"/admin/pages/{w.portal_news.pk}/usage/"),
    ("pilih halaman", lambda w: "/admin/choose-page/"),
    # A village's change waiting for the camat.
    ("tinjau berita desa", lambda w: f"/admin/pages/{w.dua.news.pk}/edit/"),
    (
        "setujui dengan komentar",
        lambda w: f"/admin/pages/workflow/action/{w.dua.news.pk}/approve/{task_state(w).pk}/",
    ),
    (
        "minta perubahan",
        lambda w: f"/admin/pages/workflow/action/{w.dua.news.pk}/reject/{task_state(w).pk}/",
    ),
    (
        "setujui sambil mengubah",
        lambda w: (
            f"/admin/pages/workflow/collect_action_data/{w.dua.news.pk}/approve/{task_state(w).pk}/"
        ),
    ),
    ("daftar persetujuan", lambda w: "/admin/persetujuan/"),
    ("riwayat persetujuan", lambda w: f"/admin/pages/{w.dua.news.pk}/workflow_history/"),
    (
        "rincian persetujuan",
        lambda w: f"/admin/pages/{w.dua.news.pk}/workflow_history/detail/{w.waiting.pk}/",
    ),
    (
        "riwayat persetujuan (disetujui)",
        lambda w: f"/admin/pages/{w.dua.announcement.pk}/workflow_history/",
    ),
    (
        "riwayat persetujuan (dikembalikan)",
        lambda w: f"/admin/pages/{w.dua.album.pk}/workflow_history/",
    ),
    (
        "bandingkan revisi",
        lambda w: f"/admin/pages/{w.dua.news.pk}/revisions/compare/live...latest/",
    ),
    # Wagtail's reports.
    ("laporan halaman terkunci", lambda w: "/admin/reports/locked/"),
    ("laporan alur persetujuan", lambda w: "/admin/reports/workflow/"),
    ("laporan alur persetujuan (disetujui)", lambda w: "/admin/reports/workflow/?status=approved"),
    ("laporan tugas persetujuan", lambda w: "/admin/reports/workflow_tasks/"),
    ("laporan halaman lama", lambda w: "/admin/reports/aging-pages/"),
    # Settings: redirects, site profile, notices.
    ("pengalihan", lambda w: "/admin/pengalihan/"),
    ("tambah pengalihan", lambda w: "/admin/pengalihan/new/"),
    ("ubah pengalihan", lambda w: f"/admin/pengalihan/edit/{w.redirect.pk}/"),
    ("hapus pengalihan", lambda w: f"/admin/pengalihan/delete/{w.redirect.pk}/"),
    ("riwayat pengalihan", lambda w: f"/admin/pengalihan/history/{w.redirect.pk}/"),
    ("profil situs", lambda w: f"/admin/settings/cms/siteprofile/{w.kec_a.site.pk}/"),
    ("pemberitahuan", lambda w: "/admin/snippets/notices/notice/"),
    ("tambah pemberitahuan", lambda w: "/admin/snippets/notices/notice/add/"),
    ("ubah pemberitahuan", lambda w: f"/admin/snippets/notices/notice/edit/{w.notice.pk}/"),
    ("hapus pemberitahuan", lambda w: f"/admin/snippets/notices/notice/delete/{w.notice.pk}/"),
    ("riwayat pemberitahuan", lambda w: f"/admin/snippets/notices/notice/history/{w.notice.pk}/"),
    # The villages and their operators.
    ("desa & kelurahan", lambda w: "/admin/wilayah/"),
    ("tambah desa", lambda w: "/admin/wilayah/tambah/"),
    ("operator desa", lambda w: f"/admin/wilayah/{w.village_a2.pk}/operator/"),
    ("tambah operator", lambda w: f"/admin/wilayah/{w.village_a2.pk}/operator/tambah/"),
    (
        "sandi operator",
        lambda w: f"/admin/wilayah/{w.village_a2.pk}/operator/{w.moderated_operator.pk}/sandi/",
    ),
    # "Pantauan desa", sorted by the oldest open complaint.
    ("pantauan desa", lambda w: "/admin/pantauan-desa/?urut=-pengaduan_umur"),
    # Village data and OpenSID keys.
    ("impor data desa", lambda w: "/admin/data-desa/"),
    ("kunci OpenSID", lambda w: "/admin/data-desa/kunci/"),
    ("kegiatan pembangunan", lambda w: "/admin/data-desa/pembangunan/"),
    ("tambah kegiatan pembangunan", lambda w: "/admin/data-desa/pembangunan/tambah/"),
    # The citizens' inbox.
    ("kotak pengaduan", lambda w: "/admin/warga/pengaduan/"),
    ("rincian pengaduan", lambda w: f"/admin/warga/pengaduan/{w.complaint.code}/"),
    ("kotak permohonan", lambda w: "/admin/warga/permohonan/"),
    ("rincian permohonan", lambda w: f"/admin/warga/permohonan/{w.satu.request.code}/"),
    ("kepuasan warga", lambda w: "/admin/warga/kepuasan/"),
    ("kategori pengaduan", lambda w: "/admin/warga/kategori/"),
    # Images and documents.
    ("gambar", lambda w: "/admin/images/"),
    ("ubah gambar", lambda w: f"/admin/images/{w.satu.image.pk}/"),
    ("hapus gambar", lambda w: f"/admin/images/{w.satu.image.pk}/delete/"),
    ("penggunaan gambar", lambda w: f"/admin/images/usage/{w.satu.image.pk}/"),
    ("unggah gambar", lambda w: "/admin/images/multiple/add/"),
    ("pilih gambar", lambda w: "/admin/images/chooser/"),
    ("dokumen", lambda w: "/admin/documents/"),
    ("ubah dokumen", lambda w: f"/admin/documents/edit/{w.satu.document.pk}/"),
    ("hapus dokumen", lambda w: f"/admin/documents/delete/{w.satu.document.pk}/"),
    ("penggunaan dokumen", lambda w: f"/admin/documents/usage/{w.satu.document.pk}/"),
    ("unggah dokumen", lambda w: "/admin/documents/multiple/add/"),
    ("pilih dokumen", lambda w: "/admin/documents/chooser/"),
]


@pytest.mark.parametrize("screen, url", SCREENS, ids=[name for name, _url in SCREENS])
def test_the_camats_screen_is_indonesian(camat, kec, screen, url):
    assert_indonesian(camat.get(url(kec), **HOST), screen)


def sidebar_links(body: str) -> list[str]:
    """Every URL in the admin sidebar (Wagtail renders its menu as JSON)."""
    props = BeautifulSoup(body, "html.parser").find(id="wagtail-sidebar-props")
    return re.findall(r'"url": "([^"]+)"', json.dumps(json.loads(props.string)))


def test_every_screen_in_the_camats_menu_is_indonesian(camat, kec):
    links = sidebar_links(camat.get("/admin/", **HOST).content.decode())
    admin_links = [url for url in links if url.startswith("/admin/")]
    assert "/admin/wilayah/" in admin_links and "/admin/reports/workflow/" in admin_links
    assert "/admin/pantauan-desa/" in admin_links
    for url in admin_links:
        response = camat.get(url, follow=True, **HOST)
        assert_indonesian(response, f"menu {url}")


def test_help_points_to_the_projects_guides_not_wagtails(camat, kec):
    dashboard = camat.get("/admin/", **HOST).content.decode()
    links = sidebar_links(dashboard)
    assert not [url for url in links if "wagtail.org" in url]
    assert "/admin/panduan/panduan-operator/" in links
    assert "/admin/panduan/panduan-kecamatan/" in links
    # The dashboard's account summary links to the same guides, not Wagtail's.
    assert "guide.wagtail.org" not in dashboard
    assert 'href="/admin/panduan/panduan-kecamatan/"' in dashboard
    body = assert_indonesian(camat.get("/admin/panduan/panduan-kecamatan/", **HOST), "panduan")
    assert "Panduan Admin Kecamatan" in body
    assert '<h2 class="w-h2 w-mt-8">5. Menyetujui perubahan dari desa</h2>' in body
    for screenshot in re.findall(r'<img src="([^"]+)"', body):
        response = camat.get(screenshot, **HOST)
        assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    body = assert_indonesian(camat.get("/admin/panduan/panduan-operator/", **HOST), "panduan")
    assert "Panduan Operator Desa/Kelurahan" in body
    assert '<h2 class="w-h2 w-mt-8">2. Menulis berita</h2>' in body
    screenshot = re.search(r'<img src="([^"]+)" alt="Halaman masuk"', body).group(1)
    response = camat.get(screenshot, **HOST)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"


def test_a_village_operator_is_offered_the_operator_guide_only(kec, client):
    """An operator's menu has no Help (``OPERATOR_HIDDEN_MENU_ITEMS``): their dashboard
    links to their guide, and not to the kecamatan's."""
    client.force_login(kec.operator)
    dashboard = client.get("/admin/", **HOST).content.decode()
    assert 'href="/admin/panduan/panduan-operator/"' in dashboard
    assert "/admin/panduan/panduan-kecamatan/" not in dashboard
    assert "guide.wagtail.org" not in dashboard


def test_the_aging_report_shows_no_none_for_pages_published_by_no_user(camat, kec):
    """Onboarding publishes without a user; the report said "None" for those pages."""
    body = assert_indonesian(camat.get("/admin/reports/aging-pages/", **HOST), "halaman lama")
    assert kec.kec_a.home_page.title in body
    assert "None" not in visible_text(body)
    assert "—" in visible_text(body)


def test_the_dashboard_shows_the_waiting_change_in_indonesian(camat, kec):
    body = assert_indonesian(camat.get("/admin/", **HOST), "dasbor")
    assert kec.dua.news.title in body
    assert "Minta perubahan" in body


def test_the_publish_menu_offers_no_moderators_workflow(camat, kec):
    """Wagtail's default "Moderators approval" workflow no longer covers the portal."""
    for page in (kec.kec_a.home_page, kec.portal_news):
        body = camat.get(f"/admin/pages/{page.pk}/edit/", **HOST).content.decode()
        assert "Moderators" not in body
        assert 'name="action-submit"' not in body


def test_approving_a_change_lands_on_an_indonesian_dashboard(camat, kec):
    page = kec.dua.news
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state(kec).pk}/"
    response = camat.post(url, {"comment": "Sudah baik."}, **HOST)
    assert response.status_code == 302
    assert_indonesian(camat.get(response["Location"], **HOST), "setelah menyetujui")
    assert WorkflowState.objects.get(pk=kec.waiting.pk).status == WorkflowState.STATUS_APPROVED


def test_requesting_changes_lands_on_an_indonesian_dashboard(camat, kec):
    page = kec.dua.news
    url = f"/admin/pages/workflow/action/{page.pk}/reject/{task_state(kec).pk}/"
    response = camat.post(url, {"comment": "Tambahkan foto."}, **HOST)
    assert response.status_code == 302
    assert_indonesian(camat.get(response["Location"], **HOST), "setelah minta perubahan")
    state = WorkflowState.objects.get(pk=kec.waiting.pk)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES


def test_no_screen_sends_a_users_email_hash_to_gravatar(camat, kec):
    """Avatars were loaded from gravatar.com: broken offline, and a third party saw every hash."""
    screens = [
        "/admin/",
        f"/admin/wilayah/{kec.village_a2.pk}/operator/",
        f"/admin/pages/{kec.portal_news.pk}/history/",
        "/admin/account/",
    ]
    for url in screens:
        body = camat.get(url, **HOST).content.decode()
        assert "gravatar" not in body, url
        assert "avatar" in body, url  # Wagtail's own default avatar is still shown


def panel_ids(body: str) -> list[str]:
    """The dashboard's panels, top to bottom."""
    return [section["id"] for section in BeautifulSoup(body, "html.parser").select("section[id]")]


def test_the_waiting_change_is_on_top_of_the_dashboard_with_its_village(camat, kec):
    body = camat.get("/admin/", **HOST).content.decode()
    assert panel_ids(body)[0].startswith("persetujuan")
    row = BeautifulSoup(body, "html.parser").find(attrs={"data-approval": str(kec.dua.news.pk)})
    cells = [td.get_text(" ", strip=True) for td in row.find_all("td")]
    assert cells[0] == kec.village_a2.display_name
    assert cells[1] == kec.dua.news.title
    assert cells[2] == "operator.dua"
    review = row.find("a", href=f"/admin/pages/{kec.dua.news.pk}/edit/")
    assert review.get_text(" ", strip=True).startswith("Tinjau")
    # Wagtail's own panel (no village, low on the page) is gone.
    assert "workflow-objects-to-moderate" not in body


def test_the_sidebar_counts_the_waiting_changes(camat, kec):
    links = json.loads(
        BeautifulSoup(camat.get("/admin/", **HOST).content.decode(), "html.parser")
        .find(id="wagtail-sidebar-props")
        .string
    )
    assert "Persetujuan (1)" in json.dumps(links)


def test_operators_and_another_kecamatans_camat_see_no_approvals(client, kec):
    client.force_login(kec.moderated_operator)
    assert "/admin/persetujuan/" not in client.get("/admin/", **HOST).content.decode()
    other_camat = UserFactory(groups=[kec.kec_b.admin_group])
    assert pending_approvals(other_camat) == []
    client.force_login(other_camat)
    body = client.get("/admin/persetujuan/", **HOST).content.decode()
    assert kec.dua.news.title not in body


def test_the_list_costs_the_same_queries_for_one_or_two_waiting_changes(kec):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            approvals = pending_approvals(kec.camat)
        return len(approvals), len(captured)

    queries()  # content types and the like, cached for the process
    one = queries()
    submit(kec.dua.announcement, kec.moderated_operator)
    two = queries()
    assert (one[0], two[0]) == (1, 2)
    assert one[1] == two[1] <= 5


def test_the_dashboard_confirms_an_approval_with_the_village(camat, kec):
    page = kec.dua.news
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state(kec).pk}/"
    camat.post(url, {"comment": ""}, **HOST)
    body = assert_indonesian(camat.get("/admin/", **HOST), "dasbor setelah menyetujui")
    confirmation = BeautifulSoup(body, "html.parser").find(attrs={"data-decision": str(page.pk)})
    text = confirmation.get_text(" ", strip=True)
    assert f"Anda menyetujui “{page.title}” ({kec.village_a2.display_name})" in text
    assert "sudah tayang" in text
    assert Page.objects.get(pk=page.pk).live


def test_the_camat_gets_an_indonesian_email_when_a_village_submits(kec):
    """Wagtail's workflow notification, to the approval step's group, in Indonesian."""
    mail.outbox.clear()
    state = submit(kec.dua.announcement, kec.moderated_operator)
    to_camat = [message for message in mail.outbox if kec.camat.email in message.to]
    assert len(to_camat) == 1
    message = to_camat[0]
    assert f'Halaman "{kec.dua.announcement.title}" diajukan untuk disetujui' in message.subject
    assert "Persetujuan admin Kecamatan Rambang Kapak Tengah" in message.subject
    task_id = state.current_task_state.task_id
    assert f"/admin/pages/workflow/preview/{kec.dua.announcement.pk}/{task_id}/" in message.body
    assert not [m for m in mail.outbox if kec.moderated_operator.email in m.to]
