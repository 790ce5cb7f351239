"""Admin isolation checks that Wagtail's own views do not make.

Wagtail checks page permissions on edit, history, revisions, compare and
copy, and limits the explorer, admin search and reports to the pages a user
may explore. It does not limit:

* the page chooser's browse and "chosen" endpoints, which answer for any
  page id (the listing itself is filtered by the
  ``construct_page_chooser_queryset`` hook in ``access.wagtail_hooks``);
* generic model views (snippets, redirects), whose edit, delete, history,
  revision and copy views load any object by id once the user holds the
  model permission for some site;
* Wagtail's own redirects screen, which lists every site's redirects;
* the install-wide reports: "Page types usage" names the latest page of
  each type anywhere, and "Site history" lists the log entries (titles,
  editors) of every object of a model the user holds any permission for;
* bulk actions, which list any id's title and act on ``id=all`` of the
  whole install (checked and narrowed by ``access.bulk``);
* the admin API's images and documents endpoints, which list every
  collection (the pages endpoint is scoped in ``access.admin_api``);
* the workflow screens, whose task chooser lists every kecamatan's tasks
  (approving a page stays with the page's own workflow actions);
* the workflow reports' filters, which list every workflow, task and
  submitter of the install (narrowed by ``access.workflow_reports``).

This middleware answers 404 for those, before the view runs, so nothing of
another tenant is shown or touched. Where Wagtail offers no hook to narrow a
view that lists install-wide data (tags), it serves the project's narrowed
subclass of Wagtail's view instead (``SCOPED_VIEWS``). Superusers are never
limited.

``access.entry_points`` classifies every admin URL; a test fails for a URL
that no one has classified (a new Wagtail screen after an upgrade).
"""

from django.core.exceptions import ImproperlyConfigured
from django.http import Http404
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access

from access import bulk, reach, tags, workflow_reports
from access.scoped import SCOPED_NAMESPACES, user_may_reach

CHOOSER_BROWSE = "wagtailadmin_choose_page_child"
CHOOSER_CHOSEN = "wagtailadmin_choose_page_chosen_multiple"
SUPERUSER_ONLY_NAMESPACES = {
    "wagtailredirects",
    # Workflows are the superuser's (DESIGN.md); Wagtail's task chooser in this
    # namespace lists and names every kecamatan's approval tasks to any editor.
    "wagtailadmin_workflows",
    # Wagtail's admin API for media lists every collection; no admin screen uses it.
    "wagtailadmin_api:images",
    "wagtailadmin_api:documents",
}
# Report views that read the whole install; their menu items are hidden too.
SUPERUSER_ONLY_VIEWS = {
    f"wagtailadmin_reports:{name}"
    for name in (
        "page_types_usage",
        "page_types_usage_results",
        "site_history",
        "site_history_results",
    )
}
SUPERUSER_ONLY_REPORT_ITEMS = {"page-types-usage", "site-history"}
# Wagtail views that list install-wide tags → the project's view narrowed to the reach.
SCOPED_VIEWS = {
    "wagtailadmin_tag_autocomplete": tags.autocomplete,
    "wagtailadmin_tag_model_autocomplete": tags.autocomplete,
    "wagtailimages:index": tags.ImageIndexInReachView,
    "wagtailimages:index_results": tags.ImageIndexInReachView,
    "wagtaildocs:index": tags.DocumentIndexInReachView,
    "wagtaildocs:index_results": tags.DocumentIndexInReachView,
    "wagtailimages_chooser:choose": tags.ImageChooseInReachView,
    # Workflow reports: their filters named every kecamatan's workflows and submitters.
    "wagtailadmin_reports:workflow": workflow_reports.WorkflowInReachView,
    "wagtailadmin_reports:workflow_results": workflow_reports.WorkflowInReachView,
    "wagtailadmin_reports:workflow_tasks": workflow_reports.WorkflowTasksInReachView,
    "wagtailadmin_reports:workflow_tasks_results": workflow_reports.WorkflowTasksInReachView,
}


class AdminIsolationMiddleware:
    """Refuse admin URLs that name a page or object outside the user's reach."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        match = request.resolver_match
        if user is None or not user.is_authenticated or user.is_superuser or match is None:
            return None
        if match.view_name == CHOOSER_BROWSE:
            self.check_browse(user, view_kwargs["parent_page_id"])
        elif match.view_name == CHOOSER_CHOSEN:
            self.check_chosen(user, request.GET.getlist("id"))
        elif (
            match.namespace in SUPERUSER_ONLY_NAMESPACES or match.view_name in SUPERUSER_ONLY_VIEWS
        ):
            raise Http404
        elif match.view_name == bulk.BULK_ACTION:
            bulk.limit_bulk_request(request, **view_kwargs)
        elif match.view_name in SCOPED_VIEWS:
            replacement = SCOPED_VIEWS[match.view_name]
            return self.serve_scoped(request, view_func, replacement, view_args, view_kwargs)
        elif match.namespace in SCOPED_NAMESPACES:
            scoped = SCOPED_NAMESPACES[match.namespace]
            pks = request.GET.getlist("id") if match.url_name == "chosen_multiple" else []
            if scoped.pk_kwarg in view_kwargs:
                pks.append(view_kwargs[scoped.pk_kwarg])
            if any(not user_may_reach(user, scoped, pk) for pk in pks):
                raise Http404
        return None

    @staticmethod
    def serve_scoped(request, view_func, replacement, view_args, view_kwargs):
        """Answer with ``replacement`` (a narrowed subclass of Wagtail's view, or a function).

        It is wrapped as Wagtail wraps its admin views (admin access, no caching).
        A class-based replacement takes the original's arguments, so it must
        subclass the original: if an upgrade swapped Wagtail's view, fail loudly.
        """
        view = replacement
        if isinstance(replacement, type):
            original = getattr(view_func, "view_class", None)
            if original is None or not issubclass(replacement, original):
                raise ImproperlyConfigured(
                    f"{replacement.__name__} no longer replaces {original}: check access.tags"
                )
            view = replacement.as_view(**view_func.view_initkwargs)
        return never_cache(require_admin_access(view))(request, *view_args, **view_kwargs)

    @staticmethod
    def check_browse(user, page_id) -> None:
        """Browsing may start at an ancestor of the user's reach, or inside it."""
        roots = reach.chooser_roots(user)
        page = reach.Page.objects.filter(pk=page_id).only("path").first()
        if page is None:
            return  # the view answers 404
        if not (reach.page_in(roots, page) or page.path in reach.ancestor_paths(roots)):
            raise Http404

    @staticmethod
    def check_chosen(user, ids) -> None:
        """Every chosen page must be one the user may choose."""
        roots = reach.chooser_roots(user)
        wanted = [i for i in ids if str(i).isdigit()]
        pages = reach.Page.objects.filter(pk__in=wanted).only("path")
        if any(not reach.page_in(roots, page) for page in pages):
            raise Http404
