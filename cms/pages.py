"""Small page-tree helpers shared by onboarding, signal receivers and demo seeding."""

import copy

from wagtail.fields import StreamField
from wagtail.models import Page


def publish_child(parent: Page, page: Page, *, user=None) -> Page:
    """Add ``page`` under ``parent`` and publish it, so it has a first revision.

    ``user`` (the admin who asked for it, if any) becomes the page's owner and
    the revision's author, so the admin says who made the page instead of "—".
    """
    if user is not None:
        page.owner = user
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=False).publish(log_action=False)
    return page


def ensure_child(parent: Page, model: type[Page], *, user=None, **fields) -> Page:
    """The first ``model`` child of ``parent``; created and published if there is none.

    Idempotent: used by ``tenant_onboarded`` receivers to give every new
    tenant its standard sections (services, news, …). New sections appear in
    the site's menu unless ``show_in_menus=False`` is passed.
    """
    existing = model.objects.child_of(parent).first()
    if existing is not None:
        return existing
    fields.setdefault("show_in_menus", True)
    return publish_child(parent, model(**fields), user=user)


def comparable(page: Page, name: str, value):
    """``value`` of field ``name`` in a form that compares equal when the content is.

    A StreamField is compared block by block through each block's own
    ``get_prep_value``, so raw data and values loaded from the database match
    regardless of block ids or how lazily they were loaded.
    """
    model_field = page._meta.get_field(name)
    if not isinstance(model_field, StreamField):
        return value
    if not hasattr(value, "raw_data"):  # raw data, not yet a StreamValue
        value = model_field.to_python(copy.deepcopy(value))
    return [(child.block_type, child.block.get_prep_value(child.value)) for child in value]


def apply_page(page: Page, fields: dict) -> bool:
    """Publish ``fields`` on ``page`` through a new revision if any differs; True if so.

    ``page`` must be the specific page. Fields not named are left as they are.
    Demo seeding uses this so that a second run writes nothing.
    """
    changed = {
        name: value
        for name, value in fields.items()
        if comparable(page, name, getattr(page, name)) != comparable(page, name, value)
    }
    if not changed:
        return False
    for name, value in changed.items():
        setattr(page, name, copy.deepcopy(value))
    page.save_revision(log_action=False).publish(log_action=False)
    return True
