"""Redirects per site: an admin screen that shows and edits only the user's sites' redirects.

Wagtail's own redirects screen lists every site's redirects to anyone with
the model permission, so it stays for superusers (see
``access.middleware``) and everyone else uses this one. Redirects keep
Wagtail's model, form and per-site matching.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.redirects.forms import RedirectForm
from wagtail.contrib.redirects.models import Redirect

from access.scoped import SiteChoiceFormMixin, SiteScopedIndexMixin
from cms.forms import CheckedAdminFormMixin


class SiteRedirectForm(CheckedAdminFormMixin, SiteChoiceFormMixin, RedirectForm):
    """Wagtail's redirect form, with the site limited to the user's own and the
    target page to one the user may choose (``access.chosen``)."""


class SiteRedirectIndexView(SiteScopedIndexMixin, generic.IndexView):
    """The redirect listing, cut down to the user's sites."""


class SiteRedirectViewSet(ModelViewSet):
    """ "Pengalihan": per-site redirects for operators and kecamatan staff."""

    model = Redirect
    name = "site_redirects"
    url_prefix = "pengalihan"
    icon = "redirect"
    menu_label = _("Pengalihan alamat")
    add_to_settings_menu = True
    menu_order = 801
    form_class = SiteRedirectForm
    index_view_class = SiteRedirectIndexView
    search_fields = ["old_path", "redirect_link"]
    list_display = [
        "old_path",
        "site",
        "link",
        # A method has no label of its own: without one the header read
        # "Get is permanent display".
        StatusTagColumn(
            "is_permanent",
            accessor="get_is_permanent_display",
            label=_("Jenis"),
            sort_key="is_permanent",
            primary=lambda redirect: redirect.is_permanent,
        ),
    ]

    def get_form_class(self, for_update=False):
        return SiteRedirectForm
