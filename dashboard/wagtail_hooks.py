"""Wagtail wiring: the operator dashboard, a shorter menu for operators, publish first.

* ``construct_homepage_panels``: a village operator gets one panel of their
  own (``panels.OperatorPanel``) instead of Wagtail's; a kecamatan admin
  keeps Wagtail's panels plus a summary of "Pantauan desa" (villages with
  late cases, without data, without news); superusers see Wagtail's
  dashboard unchanged.
* "Pantauan desa" (``views.VillageOverviewView``): its URL and menu item,
  shown to kecamatan admins and superusers.
* ``construct_main_menu``: an operator does not see Reports and Help.
* ``construct_help_menu``: Help lists the project's own guides
  (``dashboard.guides``) instead of Wagtail's English editor guide and
  release notes.
* ``construct_page_action_menu``: the strongest action the user may take
  is the big button, for every user.
* Approvals (``dashboard.approvals``): for a reviewer, the changes waiting
  for them, with their villages, at the top of the dashboard instead of
  Wagtail's panel, at ``/admin/persetujuan/`` and counted in the sidebar.
"""

import copy

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.admin.menu import MenuItem

from dashboard import approvals, audience, guides, views
from dashboard.panels import OperatorPanel, OverviewPanel

# Main menu items a village operator has no use for: Wagtail's reports (their
# dashboard shows their pages' status) and Help (guides and keyboard shortcuts).
OPERATOR_HIDDEN_MENU_ITEMS = frozenset({"reports", "help"})

# Wagtail's Help items that open its English guide on guide.wagtail.org.
WAGTAIL_GUIDE_ITEMS = ("editor-guide", "whats-new-in-wagtail-")

# (action name, label on the big button). Publishing when the user may publish
# the page, otherwise submitting it for the kecamatan's approval
# (tenants.moderation takes publish away from a moderated village's operators).
PRIMARY_ACTIONS = (
    ("action-publish", _("Terbitkan")),
    ("action-submit", _("Ajukan untuk ditinjau")),
)


@hooks.register("construct_homepage_panels")
def operator_dashboard(request, panels):
    """Replace the panels for a village operator; add the villages' summary for kecamatan admins."""
    user = request.user
    if user.is_superuser:
        return
    village = audience.operator_village(user)
    if village is not None:
        panels[:] = [OperatorPanel(village)]
        return
    if audience.oversees_villages(user):
        panels.append(OverviewPanel(user, audience.villages_overseen(user)))


@hooks.register("construct_main_menu")
def hide_menu_items_for_operators(request, menu_items):
    """Village operators see only the menu items they work with."""
    if audience.operator_village(request.user) is not None:
        menu_items[:] = [i for i in menu_items if i.name not in OPERATOR_HIDDEN_MENU_ITEMS]


def _relabelled(item, label):
    """A copy of ``item`` whose button reads ``label`` (the shared item is left alone)."""
    clone = copy.copy(item)
    get_context_data = clone.get_context_data

    def relabel(parent_context):
        context = get_context_data(parent_context)
        context["label"] = label
        return context

    clone.get_context_data = relabel
    return clone


@hooks.register("construct_page_action_menu")
def primary_action_first(menu_items, request, context):
    """Make "Terbitkan" (or, without publish permission, "Ajukan untuk ditinjau") the big button.

    Wagtail puts "Save draft" first and hides Publish in the drop-up. The
    same rule holds for every user, so an operator and the kecamatan staff
    helping them see the same button. Left as Wagtail orders it while the
    user is reviewing the page in a workflow (approve / request changes).
    """
    if any(isinstance(item, WorkflowMenuItem) for item in menu_items):
        return
    for name, label in PRIMARY_ACTIONS:
        for position, item in enumerate(menu_items):
            if item.name == name:
                menu_items.pop(position)
                menu_items.insert(0, _relabelled(item, label))
                return


@hooks.register("register_admin_urls")
def register_guide_urls():
    urls = [
        path("berkas/<path:path>", guides.asset_view, name="asset"),
        path("<slug:slug>/", guides.guide_view, name="guide"),
    ]
    # Under /admin/, so only signed-in admin users read them.
    return [path("panduan/", include((urls, "guides"), namespace="guides"))]


@hooks.register("construct_help_menu")
def project_guides_instead_of_wagtails(request, menu_items):
    """Help opens the project's guides (``docs/``), not Wagtail's English ones."""
    kept = [item for item in menu_items if not item.name.startswith(WAGTAIL_GUIDE_ITEMS)]
    menu_items[:] = [
        MenuItem(
            guide.label,
            reverse("guides:guide", args=[guide.slug]),
            name=guide.slug,
            icon_name="help",
            order=900 + position,
        )
        for position, guide in enumerate(guides.available_guides(request.user))
    ] + kept


# Wagtail's own "awaiting your review" panel, replaced by approvals.ApprovalsPanel.
WAGTAIL_MODERATION_PANEL = "workflow_objects_to_moderate"


@hooks.register("construct_homepage_panels")
def approvals_first(request, panels):
    """A reviewer's waiting changes, with their villages, on top of the dashboard."""
    if not approvals.may_review(request.user):
        return
    panels[:] = [p for p in panels if getattr(p, "name", "") != WAGTAIL_MODERATION_PANEL]
    panels.insert(0, approvals.ApprovalsPanel())


@hooks.register("register_admin_urls")
def register_approvals_url():
    return [path("persetujuan/", approvals.ApprovalsView.as_view(), name="approvals")]


@hooks.register("register_admin_menu_item")
def register_approvals_menu_item():
    return approvals.ApprovalsMenuItem(
        _("Persetujuan"), reverse("approvals"), name="persetujuan", icon_name="tasks", order=150
    )


class VillageOverviewMenuItem(MenuItem):
    """Shown to those the screen lets in: kecamatan admins and superusers."""

    def is_shown(self, request):
        return audience.oversees_villages(request.user)


@hooks.register("register_admin_urls")
def register_overview_urls():
    urls = [path("", views.VillageOverviewView.as_view(), name="index")]
    # Under /admin/, so Wagtail's wrapper sends anonymous users to the login page.
    return [path("pantauan-desa/", include((urls, "pantauan_desa"), namespace="pantauan_desa"))]


@hooks.register("register_admin_menu_item")
def register_overview_menu_item():
    return VillageOverviewMenuItem(
        views.TITLE,
        reverse("pantauan_desa:index"),
        name="pantauan-desa",
        icon_name="clipboard-list",
        order=155,
    )
