"""Admin models scoped to sites: one registry that the listings and the middleware share.

Register a model with :func:`register_site_scoped` (one line, e.g. from an
app's ``wagtail_hooks``) and:

* its listing shows only objects of the Sites the user has a permission on
  (``SiteScopedIndexMixin``, or ``SiteScopedSnippetViewSet.get_queryset``);
* every admin URL of its viewset that names one object (edit, delete,
  history, usage, revisions, compare, copy, …) answers 404 for an object of
  another site (``access.middleware.AdminIsolationMiddleware``).

The model's permission policy must be a Wagtail ``SitePermissionPolicy``
(per-site ``GroupSitePermission`` rows, see ``access.permissions``).
"""

from dataclasses import dataclass

from django.contrib.admin.utils import unquote
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

# Every action the site policies know; holding any one on the object's site is enough.
ANY_ACTION = ["add", "change", "delete", "publish", "lock", "unlock", "view"]


@dataclass(frozen=True)
class ScopedViews:
    """How to check one URL namespace: its model, the URL keyword naming an
    object, and the actions of which the user must hold one on that object."""

    model: type
    pk_kwarg: str = "pk"
    actions: tuple[str, ...] = tuple(ANY_ACTION)


# URL namespace of a viewset → how to check the object its URLs name.
SCOPED_NAMESPACES: dict[str, ScopedViews] = {}


def register_site_scoped(namespace: str, model, pk_kwarg: str = "pk", actions=ANY_ACTION) -> None:
    """Refuse (404) the admin URLs in ``namespace`` for an object the user may not reach.

    "Reach" is the model's registered permission policy: a user must hold
    one of ``actions`` on the object itself (for a ``SitePermissionPolicy``,
    on the object's site; for media, on its collection).
    """
    SCOPED_NAMESPACES[namespace] = ScopedViews(model, pk_kwarg, tuple(actions))


def scoped_queryset(model, user, queryset=None):
    """``queryset`` (all of ``model`` by default) cut down to the user's sites."""
    policy = policy_registry.get_by_type(model)
    allowed = policy.instances_user_has_any_permission_for(user, ANY_ACTION)
    if queryset is None:
        return allowed
    return queryset.filter(pk__in=allowed.values("pk"))


def user_may_reach(user, scoped: ScopedViews, pk) -> bool:
    """True if the object may be reached (or does not exist: the view answers 404)."""
    obj = scoped.model._default_manager.filter(pk=unquote(str(pk))).first()
    if obj is None:
        return True
    policy = policy_registry.get_by_type(scoped.model)
    return policy.user_has_any_permission_for_instance(user, list(scoped.actions), obj)


class SiteScopedIndexMixin:
    """For a ModelViewSet's index view: list only objects of the user's sites."""

    def get_base_queryset(self):
        return scoped_queryset(self.model, self.request.user, super().get_base_queryset())


class SiteScopedChooseMixin:
    """For a chooser's listing views: offer only objects of the user's sites."""

    def get_object_list(self):
        return scoped_queryset(self.model_class, self.request.user, super().get_object_list())


class SiteScopedChooseView(SiteScopedChooseMixin, ChooseView):
    pass


class SiteScopedChooseResultsView(SiteScopedChooseMixin, ChooseResultsView):
    pass


class SiteScopedSnippetChooserViewSet(SnippetChooserViewSet):
    """The snippet chooser, limited to the user's sites."""

    choose_view_class = SiteScopedChooseView
    choose_results_view_class = SiteScopedChooseResultsView


class SiteScopedSnippetViewSet(SnippetViewSet):
    """A snippet viewset limited to the user's sites: listing, chooser and every object URL."""

    chooser_viewset_class = SiteScopedSnippetChooserViewSet

    def get_queryset(self, request):
        return scoped_queryset(self.model, request.user)

    def on_register(self):
        super().on_register()
        register_site_scoped(self.url_namespace, self.model)
        register_site_scoped(self.get_chooser_admin_url_namespace(), self.model)


class SiteChoiceFormMixin:
    """For a ``WagtailAdminModelForm`` with a ``site`` field: offer only the user's sites.

    A non-superuser must pick a site: an object for "all sites" would reach
    into every other tenant.
    """

    site_actions = ["add", "change"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        field = self.fields.get("site")
        if user is None or field is None or user.is_superuser:
            return
        policy = policy_registry.get_by_type(self._meta.model)
        field.queryset = policy.sites_user_has_any_permission_for(user, self.site_actions)
        field.required = True
        field.empty_label = None
