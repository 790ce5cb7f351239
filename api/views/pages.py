"""``/api/v2/pages/``: Wagtail's pages endpoint, held to one site.

Wagtail's own endpoint already limits pages to the request's site, but it
lets a page through when the *requesting browser* passes its view
restriction (a logged-in group member, a session that knows the password),
and the responses here are cached publicly. So the base queryset is
``live().public()`` under the site's root: restricted pages and their
descendants never appear, for anyone. Every filter Wagtail offers
(``child_of``, ``descendant_of``, ``ancestor_of``, ``find``, ``search``,
``type``, ``fields``) starts from that base queryset.
"""

from django.http import Http404
from wagtail.api.v2.views import PagesAPIViewSet

from api import schema
from api.views.base import ScopedEndpointMixin


class PagesEndpoint(
    schema.described_endpoint(
        "pages",
        schema.PAGE,
        "Live, public pages",
        [*schema.COMMON_LISTING, *schema.PAGE_FILTERS, schema.RICH_TEXT],
        [schema.RICH_TEXT],
    ),
    ScopedEndpointMixin,
    PagesAPIViewSet,
):
    """Live, public pages of the site the request is about (Host or ``?site=``)."""

    def get_base_queryset(self):
        return self.scope.pages()

    def get_root_page(self):
        """``child_of=root`` means the site's home page."""
        return self.scope.site.root_page

    def find_object(self, queryset, request):
        """``find/?html_path=`` routes on the scoped site, not the Host's."""
        if "html_path" in request.GET:
            components = [part for part in request.GET["html_path"].split("/") if part]
            try:
                page, _, _ = self.scope.site.root_page.specific.route(request, components)
            except Http404:
                return None
            return page if queryset.filter(id=page.id).exists() else None
        return super().find_object(queryset, request)
