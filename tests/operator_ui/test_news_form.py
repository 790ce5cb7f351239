"""Writing news asks for four things; the rest is folded away and filled in for the operator."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.demo_images import demo_image
from cms.summaries import summary_from_body
from news.models import NewsCategory, NewsPage
from news.models.news import NewsPageForm
from tests.factories import UserFactory
from tests.news.conftest import news_index_of

pytestmark = pytest.mark.django_db

MAIN_FIELDS = ["title", "date", "lead_image", "lead_image_alt", "body"]
EXTRA_FIELDS = ["category", "summary", "lead_image_caption"]
MISSING_ALT = "belum punya teks alternatif"
BODY = (
    "<p>Sebanyak 45 keluarga menerima BLT Dana Desa tahap pertama di balai desa. "
    "Penyaluran dipimpin kepala desa. Warga diminta membawa KTP.</p>"
)


def names(panel) -> list[str]:
    """Field names under ``panel``, in order."""
    if isinstance(panel, FieldPanel):
        return [panel.field_name]
    return [name for child in panel.children for name in names(child)]


@pytest.fixture
def operator_client(tree, client):
    """A client logged in as the operator of village Satu."""
    client.force_login(UserFactory(username="operator.satu", groups=[tree.village_a1.editor_group]))
    return client


def photo(tree, description=""):
    """A photo in Satu's collection with the given description (its alt text)."""
    image = demo_image("Penyaluran BLT", tree.village_a1.collection, size=(320, 180))
    image.description = description
    image.save()
    return image


def add_url(tree):
    index = news_index_of(tree.village_a1)
    return reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk])


def news_post(*, image=None, alt="", body=BODY, action="action-publish", **extra):
    """The add form as a browser sends it: the four main fields, and the folded panel's
    defaults (the category select always submits its preselected "Umum")."""
    data = {
        "title": "Penyaluran BLT tahap pertama",
        "slug": "penyaluran-blt-tahap-pertama",  # the admin's script fills it from the title
        "date": "2026-03-02",
        "lead_image": image.pk if image else "",
        "lead_image_alt": alt,
        "body": streamfield([("paragraph", rich_text(body))]),
        "category": "umum",
        "summary": "",
        "lead_image_caption": "",
        "comments": inline_formset([]),
        action: action,
    } | extra
    return nested_form_data(data)


def test_the_main_panel_holds_title_date_photo_alt_and_text_and_the_rest_is_folded():
    content = NewsPage.get_edit_handler().children[0]
    folded = [
        p for p in content.children if isinstance(p, MultiFieldPanel) and "collapsed" in p.classname
    ]
    assert len(folded) == 1
    main = [name for p in content.children if p not in folded for name in names(p)]
    assert main == MAIN_FIELDS
    assert names(folded[0]) == EXTRA_FIELDS
    assert str(folded[0].heading) == "Tambahan (boleh dilewati)"


def test_the_operator_sees_the_folded_panel_and_sensible_defaults(tree, operator_client):
    response = operator_client.get(add_url(tree), HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    html = response.content.decode()
    for name in MAIN_FIELDS + EXTRA_FIELDS:
        # A StreamField renders as a <div id="body" data-block>, filled in by script.
        assert f'name="{name}"' in html or f'<div id="{name}" data-block' in html, name
    assert "Tambahan (boleh dilewati)" in html
    assert 'class="w-panel collapsed"' in html
    form = response.context["form"]
    assert form.initial["category"] == NewsCategory.UMUM
    initial_date = form.initial["date"]
    assert (initial_date() if callable(initial_date) else initial_date) == timezone.localdate()
    # The text starts as one empty paragraph: typing needs no block menu.
    assert [block.block_type for block in form.instance.body] == ["paragraph"]


def test_news_with_only_the_main_fields_publishes_with_a_summary_from_the_body(
    tree, operator_client
):
    image = photo(tree, description="")
    response = operator_client.post(
        add_url(tree),
        news_post(image=image, alt="Kepala desa menyerahkan amplop BLT kepada warga"),
        HTTP_HOST="satu.kec-a.test",
    )
    assert response.status_code == 302, response.context["form"].errors
    page = NewsPage.objects.get(title="Penyaluran BLT tahap pertama")
    assert page.live
    assert page.category == NewsCategory.UMUM
    assert page.summary.startswith("Sebanyak 45 keluarga menerima BLT Dana Desa")
    assert len(page.summary) <= 300
    assert page.get_meta_description() == page.summary
    # The API and the feed read the stored summary.
    assert page.lead_image_alt_text == "Kepala desa menyerahkan amplop BLT kepada warga"
    # On the article, a derived summary is not printed again above the body.
    html = operator_client.get(page.url, HTTP_HOST="satu.kec-a.test").text
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    assert article.count("Sebanyak 45 keluarga menerima BLT Dana Desa") == 1
    page.summary = "Ringkasan yang ditulis sendiri oleh operator."
    page.save_revision().publish()
    html = operator_client.get(page.url, HTTP_HOST="satu.kec-a.test").text
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    assert 'class="lead"' in article
    assert "Ringkasan yang ditulis sendiri oleh operator." in article


def test_publishing_a_photo_without_alt_text_fails_with_the_indonesian_message(
    tree, operator_client
):
    image = photo(tree, description="")
    response = operator_client.post(
        add_url(tree), news_post(image=image), HTTP_HOST="satu.kec-a.test"
    )
    assert response.status_code == 200
    error = str(response.context["form"].errors["lead_image_alt"])
    assert MISSING_ALT in error and "Contoh:" in error
    assert not NewsPage.objects.exists()


def test_a_draft_may_wait_for_its_alt_text(tree, operator_client):
    image = photo(tree, description="")
    data = news_post(image=image, action="action-save")
    del data["action-save"]  # "Simpan draf" is the form's default action
    response = operator_client.post(add_url(tree), data, HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 302
    page = NewsPage.objects.get()
    assert not page.live
    with pytest.raises(Exception, match=MISSING_ALT):
        page.save_revision().publish()


def test_the_image_description_given_at_upload_counts_as_alt_text(tree, operator_client):
    image = photo(tree, description="Warga antre menerima BLT di balai desa")
    response = operator_client.post(
        add_url(tree), news_post(image=image), HTTP_HOST="satu.kec-a.test"
    )
    assert response.status_code == 302
    assert NewsPage.objects.get().lead_image_alt_text == "Warga antre menerima BLT di balai desa"


def test_a_derived_summary_follows_the_body_until_the_operator_writes_one(tree):
    index = news_index_of(tree.village_a1)
    body = [("paragraph", RichText("<p>Warga membersihkan parit. Lanjut.</p>"))]
    page = index.add_child(instance=NewsPage(title="Kerja bakti", body=body))
    assert page.summary == "Warga membersihkan parit. Lanjut."
    form_class = NewsPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, NewsPageForm)
    # The operator left the derived summary as it was and rewrote the body.
    form = form_class(
        nested_form_data(
            {
                "title": "Kerja bakti",
                "slug": page.slug,
                "date": "2026-03-02",
                "lead_image": "",
                "lead_image_alt": "",
                "body": streamfield(
                    [("paragraph", rich_text("<p>Warga menanam pohon. Lanjut.</p>"))]
                ),
                "category": "umum",
                "summary": page.summary,
                "lead_image_caption": "",
                "comments": inline_formset([]),
            }
        ),
        instance=page,
        parent_page=index,
        for_user=UserFactory(is_superuser=True),
    )
    assert form.is_valid(), form.errors
    assert form.instance.summary == "Warga menanam pohon. Lanjut."
    # A summary the operator wrote stays.
    page.summary = "Ringkasan tulisan operator."
    page.save()
    assert NewsPage.objects.get(pk=page.pk).summary == "Ringkasan tulisan operator."


def test_summary_from_body_takes_whole_sentences_and_cuts_an_overlong_one():
    page = NewsPage(body=[("paragraph", RichText("<p>" + "Kata " * 80 + "akhir. Dua.</p>"))])
    summary = summary_from_body(page.body, max_chars=300)
    assert 0 < len(summary) <= 300 and summary.endswith("…")
    short = NewsPage(
        body=[("heading", {"text": "Judul", "size": "h2"}), ("paragraph", RichText(BODY))]
    )
    assert summary_from_body(short.body).startswith("Sebanyak 45 keluarga")  # headings skipped
    assert summary_from_body(NewsPage(body=[]).body) == ""
