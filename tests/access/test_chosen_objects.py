"""Forms save only ids the editor may choose (issue 16, finding 10).

The choosers are scoped, but an operator saved a page with another
village's image as its lead image and a rich-text link to another village's
private document by posting the ids. ``access.chosen`` checks every page,
image and document id in a bound admin form (foreign keys with a chooser,
StreamField blocks at any depth, rich text, inline panel rows) against what
the user may choose, and refuses the field with an Indonesian message while
keeping everything else typed. The permission matrix covers each role; the
tests here cover the shapes and the exceptions.
"""

import pytest
from django.forms import ModelChoiceField
from django.urls import reverse
from wagtail import blocks
from wagtail.admin.panels import get_edit_handler
from wagtail.admin.viewsets import viewsets
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from access import chosen
from cms.forms import CheckedAdminFormMixin
from cms.models import SiteProfile
from tests.access.test_matrix import REFUSALS, XHR, page_form

pytestmark = pytest.mark.django_db

# Admin screens only superusers reach (access.entry_points): no reach to keep.
SUPERUSER_ONLY_MODELS = ("auth.", "wagtailcore.Site ", "wagtailcore.Workflow", "wagtailcore.Task")


def edit(client, page, **fields):
    return client.post(f"/admin/pages/{page.pk}/edit/", page_form(page, **fields), **XHR)


def latest(page):
    """The page as its latest revision has it (the in-memory object's revision id is stale)."""
    return Page.objects.get(pk=page.pk).specific.get_latest_revision_as_object()


@pytest.fixture
def operator(world, client):
    client.force_login(world.users["operator"])
    return client


def test_a_refused_field_keeps_every_other_input_and_saves_nothing(world, operator):
    page = world.role_pages["operator"]
    revisions = page.revisions.count()
    response = edit(
        operator, page, title="Judul yang baru diketik", lead_image=world.objects["K"].image.pk
    )
    assert response.status_code == 200
    assert REFUSALS["image"] in response.text
    assert 'value="Judul yang baru diketik"' in response.text
    assert page.revisions.count() == revisions
    page.refresh_from_db()
    assert page.lead_image_id is None


def test_a_foreign_image_inside_a_struct_block_is_marked_on_its_block(world, operator):
    page = world.role_pages["operator"]
    value = {"image": {"image": world.objects["K"].image.pk, "alt_text": "Foto"}, "caption": "x"}
    response = edit(operator, page, body=streamfield([("figure", value)]))
    assert response.status_code == 200
    # The StreamField error names the block: blockErrors → 0 → image → image.
    assert "blockErrors" in response.text
    assert REFUSALS["image"] in response.text
    assert "Ada isi dari situs lain di bagian ini" in response.text


def test_own_image_and_links_are_saved(world, operator):
    a1 = world.objects["A1"]
    page = world.role_pages["operator"]
    html = (
        f'<p><a linktype="page" id="{a1.page.pk}">berita</a> '
        f'<a linktype="document" id="{a1.document.pk}">unduh</a></p>'
    )
    response = edit(
        operator,
        page,
        lead_image=a1.image.pk,
        body=streamfield([("paragraph", rich_text(html))]),
    )
    assert response.status_code == 302
    saved = latest(page)
    assert saved.lead_image_id == a1.image.pk
    assert f'id="{a1.document.pk}"' in str(saved.body[0].value.source)


def test_a_kecamatan_editor_may_link_its_villages_pages_but_not_use_their_images(world, client):
    client.force_login(world.users["kec_editor"])
    a1 = world.objects["A1"]
    page = world.role_pages["kec_editor"]
    link = f'<p><a linktype="page" id="{a1.page.pk}">berita desa</a></p>'
    assert edit(client, page, body=streamfield([("paragraph", rich_text(link))])).status_code == 302
    refused = edit(client, page, lead_image=a1.image.pk)
    assert refused.status_code == 200
    assert REFUSALS["image"] in refused.text


def test_ids_the_page_already_held_stay_allowed(world, client):
    """A kecamatan admin set a portal image on a village page; its operator can still save it."""
    a1 = world.objects["A1"]
    page = a1.page
    k_image = world.objects["K"].image
    client.force_login(world.users["kec_admin"])
    assert edit(client, page, lead_image=k_image.pk).status_code == 302
    client.force_login(world.users["operator"])
    kept = latest(page)
    assert kept.lead_image_id == k_image.pk
    assert edit(client, kept, title="Diperbarui operator", lead_image=k_image.pk).status_code == 302
    # …but the operator cannot put it anywhere new.
    other = world.role_pages["operator"]
    assert edit(client, other, lead_image=k_image.pk).status_code == 200
    assert edit(client, page, lead_image="").status_code == 302  # and may remove it


def test_non_numeric_and_missing_ids_in_rich_text_are_refused(world, operator):
    page = world.role_pages["operator"]
    for link in ('<a linktype="page" id="999999">x</a>', '<a linktype="document" id="abc">x</a>'):
        html = f"<p>{link}</p>"
        response = edit(operator, page, body=streamfield([("paragraph", rich_text(html))]))
        assert response.status_code == 200, link


def test_inline_panel_rows_are_checked_too(world, operator):
    """An official's photo on the village's profile page (an InlinePanel row)."""
    from profiles.models import ProfilePage

    profile = ProfilePage.objects.descendant_of(world.village_a1.home_page).get()
    data = nested_form_data(
        {
            "title": profile.title,
            "slug": profile.slug,
            "welcome": rich_text("<p>Selamat datang.</p>"),
            "history": rich_text("<p>Sejarah.</p>"),
            "mission": streamfield([]),
            "officials": inline_formset(
                [{"name": "Budi", "position": "Kepala Desa", "photo": world.objects["K"].image.pk}]
            ),
            "comments": inline_formset([]),
        }
    )
    response = operator.post(f"/admin/pages/{profile.pk}/edit/", data, **XHR)
    assert response.status_code == 200
    assert REFUSALS["image"] in response.text


def test_site_settings_logo_must_be_an_image_the_user_may_choose(world, client):
    client.force_login(world.users["operator"])
    site_id = world.village_a1.site_id
    profile = SiteProfile.objects.get(site_id=site_id)
    data = {
        "display_name": profile.display_name,
        "brand_colour": profile.brand_colour,
        "leader_title": profile.leader_title,
        "logo": world.objects["K"].image.pk,
    }
    url = f"/admin/settings/cms/siteprofile/{site_id}/"
    response = client.post(url, data, **XHR)
    assert response.status_code == 200
    assert REFUSALS["image"] in response.text
    profile.refresh_from_db()
    assert profile.logo_id is None
    data["logo"] = world.objects["A1"].image.pk
    assert client.post(url, data, **XHR).status_code == 302


# --- The walk over nested blocks, without the database -------------------------------


def test_block_walk_marks_choosers_nested_in_lists_and_structs(world):
    a1, k = world.objects["A1"], world.objects["K"]
    stream = blocks.StreamBlock(
        [
            (
                "card",
                blocks.StructBlock(
                    [
                        ("links", blocks.ListBlock(blocks.PageChooserBlock())),
                        ("file", DocumentChooserBlock()),
                    ]
                ),
            ),
            ("photo", ImageChooserBlock()),
        ]
    )
    value = stream.to_python(
        [
            {"type": "photo", "value": a1.image.pk},
            {
                "type": "card",
                "value": {"links": [a1.page.pk, k.page.pk], "file": k.document.pk},
            },
        ]
    )
    foreign = {("page", str(k.page.pk)), ("document", str(k.document.pk))}
    error = chosen.block_error(stream, value, lambda ref: (ref[0], ref[2]) in foreign)
    assert set(error.block_errors) == {1}
    card = error.block_errors[1]
    assert set(card.block_errors) == {"links", "file"}
    assert set(card.block_errors["links"].block_errors) == {1}
    assert chosen.block_error(stream, value, lambda ref: False) is None


# --- Every admin form is a checked one -------------------------------------------------


def _carries_choices(form_class) -> bool:
    """Does the form (or an inline panel's row form) hold a chooser, rich text or StreamField?"""
    model = form_class._meta.model
    for name, field in form_class.base_fields.items():
        if hasattr(field, "block"):
            return True
        if isinstance(field, ModelChoiceField) and chosen.kind_of(field.queryset.model):
            return True
        try:
            if isinstance(model._meta.get_field(name), RichTextField):
                return True
        except Exception:
            continue
    return any(_carries_choices(fs.form) for fs in getattr(form_class, "formsets", {}).values())


def admin_form_classes():
    """The form class of every page type, snippet, setting and model viewset in the admin."""
    reverse("wagtailadmin_home")  # loads the admin URLs, which registers the viewsets
    forms = {}
    for model in get_page_models():
        if model is not Page:
            forms[model._meta.label] = model.get_edit_handler().get_form_class()
    for model in get_snippet_models():
        forms[model._meta.label] = model.snippet_viewset.get_form_class()
    for model in settings_registry:
        forms[model._meta.label] = get_edit_handler(model).get_form_class()
    for viewset in viewsets.viewsets:
        model = getattr(viewset, "model", None)
        if model is not None and hasattr(viewset, "get_form_class"):
            forms.setdefault(f"{model._meta.label} ({viewset.name})", viewset.get_form_class())
    return forms


def test_every_admin_form_with_choosers_or_rich_text_is_checked():
    """A new page type, snippet or setting with a chooser must use a checked form class.

    Pages get it from ``BasePage``; snippets, settings and viewsets set
    ``base_form_class = cms.forms.BaseAdminModelForm``. Wagtail's own
    superuser-only screens (users, groups, sites, workflows) are exempt.
    """
    unchecked = [
        label
        for label, form_class in admin_form_classes().items()
        if _carries_choices(form_class)
        and not issubclass(form_class, CheckedAdminFormMixin)
        and not label.startswith(SUPERUSER_ONLY_MODELS)
    ]
    assert "news.NewsPage" in admin_form_classes()
    assert "cms.SiteProfile" in admin_form_classes()
    assert unchecked == []


def test_a_redirect_cannot_point_at_a_page_the_user_may_not_choose(world, operator):
    site = world.village_a1.site_id
    data = {"old_path": "/ke-portal", "site": site, "redirect_page": world.objects["K"].page.pk}
    response = operator.post("/admin/pengalihan/new/", data, **XHR)
    assert response.status_code == 200
    assert REFUSALS["page"] in response.text
    data["redirect_page"] = world.objects["A1"].page.pk
    assert operator.post("/admin/pengalihan/new/", data, **XHR).status_code == 302
