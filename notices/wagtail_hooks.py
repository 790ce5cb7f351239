"""Admin and home-page wiring of notices: a site-scoped snippet and a home section."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.snippets.models import register_snippet

from access.scoped import SiteChoiceFormMixin, SiteScopedSnippetViewSet
from notices.models import Notice
from tenants import scoping
from tenants.models.pages import HOME_SECTIONS_HOOK

HOME_LIMIT = 3


class NoticeForm(SiteChoiceFormMixin, WagtailAdminModelForm):
    """The notice form, offering only the sites the user manages."""


class NoticeViewSet(SiteScopedSnippetViewSet):
    """ "Pemberitahuan" in the admin: each user sees and edits only their sites' notices."""

    model = Notice
    icon = "warning"
    menu_label = _("Pemberitahuan")
    menu_order = 250
    add_to_admin_menu = True
    edit_handler = ObjectList(
        [
            FieldPanel("site"),
            FieldPanel("title"),
            FieldPanel("text"),
            FieldPanel("link"),
            FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        ],
        base_form_class=NoticeForm,
    )
    list_display = ["title", "site", "valid_from", "valid_until"]
    search_fields = ["title", "text"]


register_snippet(NoticeViewSet)


@hooks.register(HOME_SECTIONS_HOOK, order=5)
def current_notices_section(request, home):
    """The notices of this site in force today, newest first; "" when there are none."""
    notices = list(Notice.objects.current().filter(site=scoping.current_site(request))[:HOME_LIMIT])
    if not notices:
        return ""
    return render_to_string(
        "notices/includes/current_notices.html", {"notices": notices}, request=request
    )
