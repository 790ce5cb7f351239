"""Wagtail admin wiring for tenant isolation (choosers, redirects, documents) and
for account security (two-step login, group security rules)."""

from django.contrib import messages
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.redirects.models import Redirect
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import policy_registry

from access import chosen, reach, twofactor
from access.admin_api import PagesInReachAdminAPIViewSet
from access.middleware import SUPERUSER_ONLY_REPORT_ITEMS
from access.models import GroupSecurity
from access.redirects import SiteRedirectViewSet
from access.scoped import register_site_scoped
from cms.forms import ADMIN_FORM_CHECK_HOOK
from tenants import scoping

# Redirects are granted per site (access.permissions), so their policy must
# read GroupSitePermission. Registered here, after wagtail.contrib.redirects'
# ready() registered its global one, which this replaces.
policy_registry.register(Redirect, SitePermissionPolicy(Redirect))

site_redirect_viewset = SiteRedirectViewSet()
register_site_scoped(site_redirect_viewset.name, Redirect)


@hooks.register("register_admin_viewset")
def register_site_redirects():
    return site_redirect_viewset


@hooks.register("construct_page_chooser_queryset")
def scope_page_chooser(pages, request):
    """Offer only pages the user may choose, plus the ancestors needed to browse to them."""
    roots = reach.chooser_roots(request.user)
    if roots is None:
        return pages
    return pages.filter(reach.within(roots) | Q(path__in=reach.ancestor_paths(roots)))


@hooks.register("construct_admin_api")
def scope_admin_pages_api(router):
    """The explorer's pages API answers every admin user, within their reach."""
    router.register_endpoint("pages", PagesInReachAdminAPIViewSet)


@hooks.register(ADMIN_FORM_CHECK_HOOK)
def refuse_chosen_objects_outside_reach(form):
    """Page, image and document ids in a saved form must be ones the user may choose."""
    chosen.limit_chosen_objects_to_reach(form)


@hooks.register("construct_settings_menu")
def hide_global_redirects(request, menu_items):
    """Wagtail's all-sites redirects screen is for superusers; others use "Pengalihan"."""
    if not request.user.is_superuser:
        menu_items[:] = [item for item in menu_items if item.name != "redirects"]


@hooks.register("construct_reports_menu")
def hide_install_wide_reports(request, menu_items):
    """Reports that read every site are for superusers (access.middleware refuses them)."""
    if not request.user.is_superuser:
        menu_items[:] = [
            item for item in menu_items if item.name not in SUPERUSER_ONLY_REPORT_ITEMS
        ]


@hooks.register("before_delete_page")
@hooks.register("before_move_page")
@hooks.register("before_unpublish_page")
def keep_the_tenancy_structure(request, page, *args):
    """Only a superuser deletes, moves or unpublishes a kecamatan folder or a site's home.

    A camat's reach is the kecamatan's folder, so Wagtail would let them
    take the folder (every village with it) or a village's home away in one
    click. The confirmation screen itself is refused, with a message.
    """
    if request.user.is_superuser or not reach.structural_page_ids([page.pk]):
        return None
    messages.error(
        request,
        gettext(
            "Halaman ini adalah beranda situs atau folder kecamatan: hanya superuser yang "
            "boleh menghapus, memindahkan, atau menarik terbitnya."
        ),
    )
    return redirect("wagtailadmin_explore", page.pk)


@hooks.register("before_serve_document")
def serve_documents_on_their_own_sites(document, request):
    """``/documents/<id>/<file>`` answers only on the owning tenant's family of sites.

    A document in a tenant's collection is served on that tenant's host, a
    kecamatan's also on its villages' hosts and a village's on its portal
    (see ``access.reach.same_family``), and anywhere to a signed-in user who
    may choose or edit it. Anything else is 404, so ids cannot be walked
    from another tenant's host. Documents outside every tenant's collection
    are shared by the whole install.
    """
    owner = reach.tenant_of_collection(document.collection)
    if owner is None or reach.same_family(owner, scoping.current_tenant(request)):
        return None
    user = request.user
    if user.is_authenticated:
        policy = policy_registry.get_by_type(type(document))
        if policy.user_has_any_permission_for_instance(user, ["choose", "change"], document):
            return None
    raise Http404


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path(
            "dua-langkah/",
            include((twofactor.urlpatterns, twofactor.app_name), namespace=twofactor.app_name),
        )
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("access_2fa:manage"),
        "label": gettext("Verifikasi dua langkah"),
        "help_text": gettext("Minta kode dari aplikasi di ponsel setiap kali masuk."),
    }


class GroupSecurityViewSet(ModelViewSet):
    """ "Keamanan grup": which groups must use two-step login (superusers only)."""

    model = GroupSecurity
    icon = "key"
    menu_label = _("Keamanan grup")
    add_to_settings_menu = True
    menu_order = 620
    form_fields = ["group", "require_two_factor"]
    list_display = ["group", "require_two_factor"]


@hooks.register("register_admin_viewset")
def register_group_security():
    return GroupSecurityViewSet("keamanan_grup")
