"""Every admin screen on a village operator's everyday paths is in Indonesian.

Each test opens one screen as the operator would (Django's test client,
the same requests the browser makes) and asserts its status and that
:func:`tests.i18n_audit.untranslated_strings` finds no English in it.

To list what still needs translating after a Wagtail upgrade, run this
module with ``I18N_AUDIT_DUMP=/tmp/english.txt`` (see ``tests/operator_ui/audit.py``).
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.i18n_audit import untranslated_strings
from tests.operator_ui.audit import assert_indonesian

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "kec-a.test"}


def png(name="foto.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (30, 20), (10, 120, 60)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def operator(world, client):
    """The test client, logged in as the operator of village Satu (publishes directly)."""
    client.force_login(world.operator)
    return client


@pytest.fixture
def moderated_operator(world, client):
    """The test client, logged in as the operator of village Dua (needs approval)."""
    client.force_login(world.moderated_operator)
    return client


def news_post_data(page, title: str, action: str) -> dict:
    """The edit form of a news page as the browser posts it, with ``action`` pressed."""
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "category": page.category,
            "summary": page.summary,
            "body": streamfield([("paragraph", rich_text("<p>Isi berita yang diperbarui.</p>"))]),
            "comments": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            },
        }
    )
    data[action] = "1"
    return data


# --- anonymous ---------------------------------------------------------------------------


def test_login_page_is_indonesian(client, world):
    body = assert_indonesian(client.get("/admin/login/", **HOST), "login")
    assert 'lang="id"' in body


def test_a_wrong_password_is_refused_in_indonesian(client, world):
    response = client.post(
        "/admin/login/", {"username": "operator.satu", "password": "salah-sandi-1"}, **HOST
    )
    assert_indonesian(response, "login salah")


def test_password_reset_page_is_indonesian(client, world):
    assert_indonesian(client.get("/admin/password_reset/", **HOST), "lupa sandi")


# --- dashboard, explorer, account ---------------------------------------------------------


def test_dashboard_is_indonesian(operator, world):
    body = assert_indonesian(operator.get("/admin/", **HOST), "dasbor")
    assert "Dasbor" in body


def test_explorer_of_the_village_home_is_indonesian(operator, world):
    home = world.village_a1.home_page_id
    body = assert_indonesian(operator.get(f"/admin/pages/{home}/", **HOST), "penjelajah")
    assert "Berita" in body


def test_explorer_of_the_news_index_is_indonesian(operator, world):
    index = world.satu.news.get_parent().pk
    body = assert_indonesian(operator.get(f"/admin/pages/{index}/", **HOST), "daftar berita")
    assert world.satu.news.title in body


def test_add_subpage_choice_is_indonesian(operator, world):
    home = world.village_a1.home_page_id
    response = operator.get(f"/admin/pages/{home}/add_subpage/", **HOST)
    if response.status_code == 302:  # only one page type may be added here: its form
        response = operator.get(response["Location"], **HOST)
    assert_indonesian(response, "tambah halaman")


def test_account_page_is_indonesian(operator, world):
    assert_indonesian(operator.get("/admin/account/", **HOST), "akun")


def test_admin_search_is_indonesian(operator, world):
    assert_indonesian(operator.get("/admin/pages/search/?q=kerja", **HOST), "cari halaman")


# --- page editor --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["news", "announcement", "album"])
def test_page_edit_form_is_indonesian(operator, world, kind):
    page = getattr(world.satu, kind)
    body = assert_indonesian(operator.get(f"/admin/pages/{page.pk}/edit/", **HOST), f"ubah {kind}")
    assert page.title in body


@pytest.mark.parametrize(
    "kind, model", [("news", "newspage"), ("announcement", "announcementpage"), ("album", "")]
)
def test_page_add_form_is_indonesian(operator, world, kind, model):
    page = getattr(world.satu, kind)
    app, model = ("gallery", "gallerypage") if kind == "album" else ("news", model)
    parent = page.get_parent().pk
    url = f"/admin/pages/add/{app}/{model}/{parent}/"
    assert_indonesian(operator.get(url, **HOST), f"tambah {kind}")


def test_page_history_is_indonesian(operator, world):
    page = world.satu.news
    assert_indonesian(operator.get(f"/admin/pages/{page.pk}/history/", **HOST), "riwayat")


def test_publishing_says_so_in_indonesian(operator, world):
    page = world.satu.news
    url = f"/admin/pages/{page.pk}/edit/"
    data = news_post_data(page, "Kerja bakti diperbarui", "action-publish")
    response = operator.post(url, data, **HOST)
    assert response.status_code == 302, untranslated_strings(response.content.decode())
    body = assert_indonesian(operator.get(response["Location"], **HOST), "setelah terbit")
    page.refresh_from_db()
    assert page.title == "Kerja bakti diperbarui"
    assert "telah diterbitkan" in body


def test_saving_a_draft_says_so_in_indonesian(operator, world):
    page = world.satu.news
    url = f"/admin/pages/{page.pk}/edit/"
    response = operator.post(
        url, news_post_data(page, "Kerja bakti (draf)", "action-draft"), **HOST
    )
    assert response.status_code == 302
    body = assert_indonesian(operator.get(response["Location"], **HOST), "setelah simpan draf")
    assert "Kerja bakti (draf)" in body


def test_an_invalid_form_is_explained_in_indonesian(operator, world):
    page = world.satu.news
    data = news_post_data(page, "", "action-publish")
    response = operator.post(f"/admin/pages/{page.pk}/edit/", data, **HOST)
    body = assert_indonesian(response, "formulir salah")
    assert "harus diisi" in body


def test_preview_is_indonesian(operator, world):
    page = world.satu.news
    url = f"/admin/pages/{page.pk}/edit/preview/"
    data = news_post_data(page, "Kerja bakti pratinjau", "action-draft")
    response = operator.post(url, data, **HOST)
    assert response.json() == {"is_valid": True, "is_available": True}
    body = assert_indonesian(operator.get(url, **HOST), "pratinjau")
    assert "Kerja bakti pratinjau" in body


# --- moderation ---------------------------------------------------------------------------


def test_submitting_for_approval_says_so_in_indonesian(moderated_operator, world):
    page = world.dua.news
    url = f"/admin/pages/{page.pk}/edit/"
    edit = assert_indonesian(moderated_operator.get(url, **HOST), "ubah (perlu persetujuan)")
    assert "action-publish" not in edit
    data = news_post_data(page, "Kerja bakti Dua diajukan", "action-submit")
    response = moderated_operator.post(url, data, **HOST)
    assert response.status_code == 302
    body = assert_indonesian(moderated_operator.get(response["Location"], **HOST), "diajukan")
    assert "Kerja bakti Dua diajukan" in body
    # The page is now in the kecamatan's workflow: its editor, dashboard and history.
    assert_indonesian(moderated_operator.get(url, **HOST), "ubah (menunggu persetujuan)")
    assert_indonesian(moderated_operator.get("/admin/", **HOST), "dasbor (menunggu)")
    history = f"/admin/pages/{page.pk}/workflow_history/"
    assert_indonesian(moderated_operator.get(history, **HOST), "riwayat alur kerja")


# --- images and documents -----------------------------------------------------------------


def test_image_library_is_indonesian(operator, world):
    body = assert_indonesian(operator.get("/admin/images/", **HOST), "gambar")
    assert world.satu.image.title in body
    assert world.other.image.title not in body


def test_image_edit_is_indonesian(operator, world):
    image = world.satu.image
    assert_indonesian(operator.get(f"/admin/images/{image.pk}/", **HOST), "ubah gambar")


def test_image_upload_is_indonesian(operator, world):
    assert_indonesian(operator.get("/admin/images/multiple/add/", **HOST), "unggah gambar")
    response = operator.post(
        "/admin/images/multiple/add/",
        {"files[]": png(), "collection": world.village_a1.collection.pk},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        **HOST,
    )
    assert response.status_code == 200
    assert response.json()["success"] is True
    assert_indonesian(response, "unggah gambar: hasil")


def test_image_chooser_and_its_upload_step_are_indonesian(operator, world):
    response = operator.get("/admin/images/chooser/", **HOST)
    assert_indonesian(response, "pilih gambar")
    assert world.satu.image.title in response.json()["html"]
    upload = operator.post(
        "/admin/images/chooser/create/",
        {"image-chooser-upload-title": "", "image-chooser-upload-file": ""},
        **HOST,
    )
    body = assert_indonesian(upload, "pilih gambar: unggah salah")
    assert upload.json()["step"] == "reshow_creation_form"
    assert "harus diisi" in body


def test_document_library_is_indonesian(operator, world):
    body = assert_indonesian(operator.get("/admin/documents/", **HOST), "dokumen")
    assert world.satu.document.title in body


def test_document_upload_is_indonesian(operator, world):
    assert_indonesian(operator.get("/admin/documents/multiple/add/", **HOST), "unggah dokumen")


def test_document_chooser_is_indonesian(operator, world):
    response = operator.get("/admin/documents/chooser/", **HOST)
    assert_indonesian(response, "pilih dokumen")
    assert world.satu.document.title in response.json()["html"]


def test_page_chooser_is_indonesian(operator, world):
    response = operator.get("/admin/choose-page/", **HOST)
    assert_indonesian(response, "pilih halaman")


# --- citizens' complaints and requests ----------------------------------------------------


@pytest.mark.parametrize("kind", ["pengaduan", "permohonan"])
def test_citizens_inbox_is_indonesian(operator, world, kind):
    case = world.satu.complaint if kind == "pengaduan" else world.satu.request
    body = assert_indonesian(operator.get(f"/admin/warga/{kind}/", **HOST), f"kotak {kind}")
    assert case.code in body
    detail = operator.get(f"/admin/warga/{kind}/{case.code}/", **HOST)
    assert case.code in assert_indonesian(detail, f"rincian {kind}")


# --- refusals -----------------------------------------------------------------------------


def test_another_villages_page_is_refused_in_indonesian(operator, world):
    page = world.other.news
    response = operator.get(f"/admin/pages/{page.pk}/edit/", **HOST)
    # Wagtail answers a page it will not edit with a redirect to the dashboard
    # and a message there; a 403/404 page would be audited as it is.
    if response.status_code == 302:
        assert response["Location"] == "/admin/"
        body = assert_indonesian(operator.get("/admin/", **HOST), "ditolak")
        assert "Maaf" in body
    else:
        assert response.status_code in (403, 404)
        assert_indonesian(response, "halaman desa lain", response.status_code)


def test_a_forbidden_admin_screen_is_indonesian(operator, world):
    response = operator.get("/admin/users/", **HOST)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        response = operator.get(response["Location"], **HOST)
    assert_indonesian(response, "terlarang", response.status_code)


def test_an_unknown_admin_address_is_indonesian(operator, world):
    assert_indonesian(operator.get("/admin/tidak-ada/", **HOST), "404", 404)


def test_the_root_explorer_shows_only_the_village(operator, world):
    root = Page.get_first_root_node().pk
    response = operator.get(f"/admin/pages/{root}/", **HOST)
    assert response.status_code in (200, 302, 403)
    if response.status_code == 200:
        assert_indonesian(response, "penjelajah akar")


# --- the detector itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    "html, english",
    [
        ("<button>Save draft</button>", ["Save draft"]),
        ("<li class='success'>Page 'x' has been published.</li>", ["Page 'x' has been published."]),
        # A message whose title sits in its own element still reads as one sentence.
        ("<p>Page '<b>Kerja bakti</b>' has been published.</p>", None),
        ('<input type="submit" value="Search">', ["Search"]),
        ('<nav aria-label="Actions"></nav>', ["Actions"]),
        ('<input placeholder="Search…">', ["Search…"]),
        # Hard-coded English outside any catalog, caught by the word list.
        ("<p>Click here to upload your photo</p>", ["Click here to upload your photo"]),
        # Wagtail's JSON: the config's STRINGS, a telepath block label, a modal body.
        (
            '<script id="wagtail-config" type="application/json">'
            '{"STRINGS": {"EDIT": "Edit this"}}</script>',
            ["Edit this"],
        ),
        ('<div data-w-block-data-value=\'{"label": "Choose a page"}\'></div>', None),
        ('{"html": "<h2>Choose an image</h2>", "step": "choose"}', ["Choose an image"]),
    ],
)
def test_the_detector_finds_english(html, english):
    found = untranslated_strings(html)
    if english is None:
        assert found, html
    else:
        assert english[0] in found, found


@pytest.mark.parametrize(
    "html",
    [
        "<button>Simpan draf</button>",
        "<li>Halaman 'Kerja bakti' telah diterbitkan.</li>",
        "<p>Musyawarah desa membahas rencana pembangunan jalan usaha tani. Warga diminta "
        "hadir di balai desa pada hari Sabtu pukul 09.00 WIB dan membawa fotokopi KTP. "
        "Status pengajuan dapat dilihat di menu Data, dan email pemberitahuan dikirim "
        "ke alamat yang terdaftar.</p>",
        # Names, codes, identifiers and data that are not English words.
        '<td>Kelurahan Satu</td><td>RT 01/a</td><td>A1</td><a href="/admin/pages/">x</a>',
        '<select><option value="America/New_York">America/New_York</option></select>',
        '<div data-controller="w-dropdown" data-w-swap-target-value="#listing-results"></div>',
        '<script>var help = "Save the page";</script><style>.page{}</style>',
        "<p>Wagtail</p><p>WhatsApp</p><p>PDF</p><p>Status</p>",
    ],
)
def test_the_detector_passes_indonesian(html):
    assert untranslated_strings(html) == []
