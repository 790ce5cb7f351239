"""Admin wiring for the content API: the "Pratinjau headless" link on pages."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from api import preview


@hooks.register("register_admin_urls")
def register_preview_url():
    return [
        path(
            "api-pratinjau/<int:page_id>/",
            preview.admin_preview_link,
            name="api_headless_preview",
        )
    ]


def _preview_button(page, user, priority):
    if page.is_root():
        return
    if page.latest_revision_id is None:
        return
    if not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Pratinjau headless"),
        reverse("api_headless_preview", args=[page.pk]),
        icon_name="view",
        priority=priority,
    )


@hooks.register("register_page_header_buttons")
def header_preview_button(page, user, view_name=None, next_url=None):
    yield from _preview_button(page, user, priority=40)


@hooks.register("register_page_listing_more_buttons")
def listing_preview_button(page, user, next_url=None):
    yield from _preview_button(page, user, priority=7)
