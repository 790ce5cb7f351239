"""Every admin URL, classified by what keeps a user inside their reach there.

DESIGN.md: "Every admin screen Wagtail adds (bulk actions, usage, tag
autocomplete, choosers, reports) is an entry point; when Wagtail is
upgraded, list its admin URLs again and check each against the reach."
This is that list. ``tests/access/test_entry_points.py`` resolves every URL
under ``/admin/`` and fails for one that is not classified here, so a new
screen (from a Wagtail upgrade, a new viewset or an app) fails CI until
someone has looked at it and decided.

The classes:

``WAGTAIL``
    Wagtail's own permission checks hold the reach: page permissions granted
    per home page by onboarding (explorer, edit, revisions, reports, …),
    collection permissions per tenant collection (images, documents), site
    permissions per Site (settings). Proven cell by cell by the matrix.
``PROJECT``
    Scoped by this project: ``access.middleware`` (chooser endpoints, bulk
    actions, tags), the ``access.scoped`` registry (site-scoped viewsets:
    every URL naming an object is checked), ``access.admin_api`` and the
    project's own admin views, which check the reach themselves.
``SUPERUSER``
    For superusers only: refused by ``access.middleware`` (redirects,
    workflows, install-wide reports, the admin media API), or guarded by a
    Wagtail model permission that no tenant group holds (users, groups,
    sites, group security).
``HARMLESS``
    Shows no tenant's data: login and logout, password reset, the user's own
    account and two-step login, the JS catalog, icons, static choosers, the
    project's guides.
"""

from access.scoped import SCOPED_NAMESPACES

WAGTAIL = "checked by Wagtail's own permissions"
PROJECT = "scoped by this project"
SUPERUSER = "superuser only"
HARMLESS = "harmless"


def _names(prefix: str, names: str) -> list[str]:
    return [f"{prefix}{name}" for name in names.split()]


def _classify(cls: str, *groups: list[str]) -> list[tuple[str, str]]:
    return [(name, cls) for group in groups for name in group]


_DECISIONS: list[tuple[str, str]] = [
    # Dashboard: Wagtail's panels follow page permissions, the project's the reach.
    *_classify(WAGTAIL, _names("", "wagtailadmin_home")),
    # The page explorer, page actions and reports on pages.
    *_classify(
        WAGTAIL,
        _names("", "wagtailadmin_explore_root wagtailadmin_explore wagtailadmin_explore_results"),
        _names(
            "wagtailadmin_pages:",
            "add preview_on_add type_use type_use_results choose_parent usage edit "
            "preview_on_edit view_draft add_subpage delete unpublish convert_alias search "
            "search_results move move_confirm set_page_position copy workflow_action "
            "collect_workflow_action_data confirm_workflow_cancellation workflow_preview "
            "set_privacy lock unlock revisions_index revisions_view revisions_revert "
            "revisions_unschedule revisions_compare workflow_history workflow_history_detail "
            "history history_results",
        ),
        _names(
            "wagtailadmin_reports:",
            "locked_pages locked_pages_results workflow workflow_results workflow_tasks "
            "workflow_tasks_results aging_pages aging_pages_results",
        ),
        _names(
            "wagtailforms:",
            "index index_results list_submissions list_submissions_results delete_submissions",
        ),
        _names("wagtailadmin_editing_sessions:", "ping"),
    ),
    # The page chooser: its listing by the construct_page_chooser_queryset hook,
    # browsing and "chosen" by the middleware.
    *_classify(
        PROJECT,
        _names(
            "",
            "wagtailadmin_choose_page wagtailadmin_choose_page_child "
            "wagtailadmin_choose_page_search wagtailadmin_choose_page_chosen_multiple",
        ),
    ),
    *_classify(
        HARMLESS,
        _names(
            "",
            "wagtailadmin_choose_page_external_link wagtailadmin_choose_page_email_link "
            "wagtailadmin_choose_page_phone_link wagtailadmin_choose_page_anchor_link",
        ),
    ),
    # Bulk actions and tags: access.bulk and access.tags through the middleware.
    *_classify(
        PROJECT,
        _names(
            "",
            "wagtail_bulk_action wagtailadmin_tag_autocomplete wagtailadmin_tag_model_autocomplete",
        ),
    ),
    # The admin API: pages in reach (access.admin_api), media for superusers.
    *_classify(PROJECT, _names("wagtailadmin_api:pages:", "listing detail find action")),
    *_classify(
        SUPERUSER,
        _names("wagtailadmin_api:images:", "listing detail find"),
        _names("wagtailadmin_api:documents:", "listing detail find"),
    ),
    # Collections: Wagtail's collection permissions (no tenant group manages them).
    *_classify(WAGTAIL, _names("wagtailadmin_collections:", "index add edit delete set_privacy")),
    # Images and documents: collection permissions; listings narrowed for tags.
    *_classify(
        WAGTAIL,
        _names(
            "wagtailimages:",
            "edit delete url_generator url_generator_output preview add image_usage "
            "add_multiple edit_multiple create_multiple_from_uploaded_image delete_multiple "
            "delete_upload_multiple",
        ),
        _names(
            "wagtaildocs:",
            "add edit delete add_multiple edit_multiple "
            "create_multiple_from_uploaded_document delete_multiple delete_upload_multiple "
            "document_usage",
        ),
        _names(
            "wagtailimages_chooser:",
            "choose_results chosen chosen_multiple create select_format",
        ),
        _names("wagtaildocs_chooser:", "choose choose_results chosen chosen_multiple create"),
    ),
    *_classify(
        PROJECT,
        _names("wagtailimages:", "index index_results"),
        _names("wagtaildocs:", "index index_results"),
        _names("wagtailimages_chooser:", "choose"),
    ),
    # Site settings: per-Site permissions (access.permissions); the form's
    # choosers by access.chosen.
    *_classify(WAGTAIL, _names("wagtailsettings:", "edit preview_on_edit")),
    # The snippets menu lists the models a user holds permissions on.
    *_classify(WAGTAIL, _names("wagtailsnippets:", "index")),
    # Install-wide screens.
    *_classify(
        SUPERUSER,
        _names(
            "wagtailadmin_reports:",
            "site_history site_history_results page_types_usage page_types_usage_results",
        ),
        _names(
            "wagtailredirects:",
            "index index_results add edit delete start_import process_import",
        ),
        _names(
            "wagtailadmin_workflows:",
            "index index_results add enable disable edit usage usage_results remove add_task "
            "select_task_type task_index task_index_results edit_task disable_task enable_task "
            "task_chooser task_chooser_results task_chooser_create task_chosen",
        ),
        _names(
            "wagtailsites:",
            "index index_results add edit delete history history_results usage copy",
        ),
        _names(
            "wagtailusers_users:",
            "index index_results add edit delete history history_results usage copy",
        ),
        _names(
            "wagtailusers_groups:",
            "index index_results add edit delete history history_results usage",
        ),
        _names(
            "keamanan_grup:",
            "index index_results add edit delete history history_results usage copy",
        ),
    ),
    # The project's own admin views, each checking the reach itself.
    *_classify(
        PROJECT,
        _names(
            "tenants_admin:",
            "index add operators moderation operator_add operator_password operator_active",
        ),
        # Imports, keys and development projects: the villages the user may
        # write (villagedata.permissions.importable_villages), 404 otherwise.
        _names(
            "villagedata_admin:",
            "import template keys revoke projects project_add project_edit project_delete",
        ),
        # webhooks.permissions: a kecamatan admin's own kecamatan, a superuser's all.
        _names("webhooks_admin:", "index create detail edit delete regenerate resend"),
        _names(
            "citizens_admin:",
            "file satisfaction categories take_over inbox export detail",
        ),
        # "Pantauan desa": the villages of the kecamatan the user administers
        # (tenants.reach.villages_administered); 403 for everyone else.
        _names("pantauan_desa:", "index"),
        # "Persetujuan": only the task states Wagtail says the user may review
        # (TaskState.objects.reviewable_by), labelled with their villages.
        _names("", "approvals api_headless_preview"),
    ),
    *_classify(
        HARMLESS,
        _names(
            "",
            "wagtailadmin_account wagtailadmin_logout wagtailadmin_dismissibles "
            "wagtailadmin_sprite wagtailadmin_login wagtailadmin_password_reset "
            "wagtailadmin_password_reset_done wagtailadmin_password_reset_confirm "
            "wagtailadmin_password_reset_complete wagtailadmin_javascript_catalog "
            "wagtailadmin_block_preview wagtailadmin_error_test",
        ),
        _names("wagtailadmin_editing_sessions:", "release"),
        _names("wagtailembeds:", "chooser chooser_upload"),
        _names("access_2fa:", "manage setup verify"),
        # The project's guides from docs/ (dashboard.guides): the same for everyone.
        _names("guides:", "guide asset"),
    ),
]

# URL name → class. A name decided twice is a mistake, caught here.
ENTRY_POINTS: dict[str, str] = {}
for _name, _cls in _DECISIONS:
    if _name in ENTRY_POINTS:
        raise ValueError(f"{_name} is classified twice in access.entry_points")
    ENTRY_POINTS[_name] = _cls

# URL names a site-scoped viewset (``access.scoped``) may have: its listing is
# cut to the user's sites, every URL naming an object checked by the middleware.
SCOPED_VIEWSET_URLS = {
    "index",
    "index_results",
    "list",
    "list_results",
    "add",
    "edit",
    "delete",
    "usage",
    "history",
    "history_results",
    "copy",
    "choose",
    "choose_results",
    "chosen",
    "chosen_multiple",
    "create",
}

# Admin routes without a name: Wagtail's 404 test page and its catch-all 404.
UNNAMED_ROUTES = {"admin/test404/": HARMLESS, "admin/^.*/$": HARMLESS}


def classify(view_name: str | None, route: str) -> str | None:
    """The class of one admin URL, or None if no one has decided yet."""
    if view_name is None:
        return UNNAMED_ROUTES.get(route)
    if view_name in ENTRY_POINTS:
        return ENTRY_POINTS[view_name]
    namespace, _sep, url_name = view_name.rpartition(":")
    if namespace in SCOPED_NAMESPACES and url_name in SCOPED_VIEWSET_URLS:
        return PROJECT
    return None
