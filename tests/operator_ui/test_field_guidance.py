"""Every field a village operator fills explains itself, with an example where one helps.

The audit walks the edit handlers of every page type an operator can
create or edit under a village home, the snippets and the site settings.
For each field panel it asserts a non-empty help text; for fields where the
operator types free text it also asserts the help text gives an example
("Contoh:"). Inside StreamFields it checks every block the operator types
into the same way.

The rule for "needs an example" is explicit below: free text does; choices,
dates, yes/no boxes and choosers (image, document, page, snippet) do not,
because an example of picking from a list or a calendar adds nothing.
"""

import pytest
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, get_edit_handler
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.fields import RichTextField, StreamField
from wagtail.snippets.models import get_snippet_models

from tenants.models import VillageHomePage

EXAMPLE_MARKER = "Contoh:"

# Wagtail's own page fields on the promote and settings tabs: their help text
# is Wagtail's, translated in locale/, and operators rarely touch them.
WAGTAIL_CORE_FIELDS = {"slug", "seo_title", "search_description", "show_in_menus"}
WAGTAIL_CORE_FIELDS |= {"go_live_at", "expire_at"}

# Model fields an operator types free text into: these need an example.
FREE_TEXT_FIELDS = (models.CharField, models.TextField, RichTextField)
# Blocks an operator types free text into.
FREE_TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock, blocks.URLBlock)


def operator_page_models() -> list[type]:
    """Page types an operator meets: the village home and everything creatable below it."""
    found, todo = [], [VillageHomePage]
    while todo:
        model = todo.pop()
        if model in found:
            continue
        found.append(model)
        todo.extend(model.allowed_subpage_models())
    return sorted(found, key=lambda m: m._meta.label)


def edited_models() -> list[type]:
    """Pages, snippets and settings an operator edits."""
    return operator_page_models() + list(get_snippet_models()) + list(settings_registry)


def edit_handler_of(model):
    """The bound edit handler the admin uses for ``model``."""
    if hasattr(model, "snippet_viewset"):
        return model.snippet_viewset.get_edit_handler()
    if hasattr(model, "get_edit_handler"):
        return model.get_edit_handler()
    return get_edit_handler(model)


def field_panels(panel):
    """Yield every FieldPanel in ``panel``'s tree, inline panels' children included."""
    if isinstance(panel, InlinePanel):
        yield from field_panels(panel.child_edit_handler)
        return
    if isinstance(panel, FieldPanel):
        yield panel
        return
    for child in getattr(panel, "children", []):
        yield from field_panels(child)


def needs_example(db_field) -> bool:
    """True for free-text fields: not a choice, date, boolean or chooser."""
    if getattr(db_field, "choices", None):
        return False
    return isinstance(db_field, FREE_TEXT_FIELDS)


def block_problems(block, path: str) -> list[str]:
    """Problems with the typed-into blocks inside ``block`` (a StreamField's block tree)."""
    problems = []
    if isinstance(block, (blocks.StreamBlock, blocks.StructBlock)):
        for name, child in block.child_blocks.items():
            problems += block_problems(child, f"{path}.{name}")
    elif isinstance(block, blocks.ListBlock):
        problems += block_problems(block.child_block, f"{path}[]")
    elif isinstance(block, FREE_TEXT_BLOCKS):
        help_text = getattr(block.meta, "help_text", None) or block.field.help_text
        help_text = str(help_text or "")
        if EXAMPLE_MARKER not in help_text:
            problems.append(f"{path}: block help text lacks '{EXAMPLE_MARKER}' ({help_text!r})")
    return problems


def field_problems(model) -> list[str]:
    """Every operator-filled field of ``model`` without adequate help text."""
    problems = []
    handler = edit_handler_of(model)
    for panel in field_panels(handler):
        name = panel.field_name
        if name in WAGTAIL_CORE_FIELDS:
            continue
        db_field = panel.db_field
        help_text = str(panel.help_text or getattr(db_field, "help_text", "") or "").strip()
        where = f"{panel.model._meta.label}.{name}"
        if not help_text:
            problems.append(f"{where}: no help text")
            continue
        if needs_example(db_field) and EXAMPLE_MARKER not in help_text:
            problems.append(f"{where}: help text lacks '{EXAMPLE_MARKER}' ({help_text!r})")
        if isinstance(db_field, StreamField):
            problems += block_problems(db_field.stream_block, where)
    return problems


def test_the_audit_covers_the_content_an_operator_edits():
    labels = {model._meta.label for model in edited_models()}
    for label in [
        "news.NewsPage",
        "events.EventPage",
        "gallery.GalleryPage",
        "profiles.ProfilePage",
        "umkm.ProductPage",
        "regulations.LegalDocumentPage",
        "services.VillageServiceIndexPage",
        "notices.Notice",
        "cms.SiteProfile",
    ]:
        assert label in labels
    # The kecamatan's own structure is not the village operator's to edit.
    assert "tenants.KecamatanFolder" not in labels


def test_the_rule_tells_free_text_from_pickers():
    from news.models import NewsPage

    assert needs_example(NewsPage._meta.get_field("title"))
    assert needs_example(NewsPage._meta.get_field("lead_image_alt"))
    assert not needs_example(NewsPage._meta.get_field("category"))  # a choice
    assert not needs_example(NewsPage._meta.get_field("date"))
    assert not needs_example(NewsPage._meta.get_field("lead_image"))  # a chooser


@pytest.mark.parametrize("model", edited_models(), ids=lambda m: m._meta.label)
def test_every_field_an_operator_fills_has_help_text_with_an_example(model):
    assert field_problems(model) == []
