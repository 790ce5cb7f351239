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

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import Http404
from wagtail.api.v2.filters import LocaleFilter, TranslationOfFilter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models

from api import schema
from api.fields import on_the_site_read
from api.filters import OrderingFilter, PageTreeFilter, SearchFilter, ValidatedFieldsFilter
from api.parameters import parse_id
from api.views.base import WagtailEndpointMixin


def _image_fields(model) -> list[str]:
    """Names of the image foreign keys among ``model``'s ``api_fields``."""
    names = []
    for field in getattr(model, "api_fields", ()):
        name = getattr(field, "name", field)
        try:
            db_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(db_field, models.ForeignKey) and issubclass(
            db_field.related_model, get_image_model()
        ):
            names.append(name)
    return names


class PagesEndpoint(WagtailEndpointMixin, PagesAPIViewSet):
    """Live, public pages of the site the request is about (Host or ``?site=``)."""

    base_serializer_class = on_the_site_read(PagesAPIViewSet.base_serializer_class)
    filter_backends = [
        ValidatedFieldsFilter,
        PageTreeFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        SearchFilter,  # last: a search result cannot be filtered further
    ]
    # The field filters the schema describes (any page type has them).
    filter_fields = ["id", "title", "slug", "show_in_menus", "seo_title", "search_description"]

    def get_base_queryset(self):
        return self.scope.pages()

    def get_queryset(self):
        """Wagtail's, plus the images a single page type's ``api_fields`` show,
        joined and their renditions prefetched, so a listing's queries do not
        grow with ``limit``."""
        queryset = super().get_queryset()
        model = queryset.model
        for name in _image_fields(model):
            queryset = queryset.select_related(name).prefetch_related(f"{name}__renditions")
        return queryset

    def get_root_page(self):
        """``child_of=root`` means the site's home page."""
        return self.scope.site.root_page

    def find_object(self, queryset, request):
        """``find/?html_path=`` routes on the scoped site, not the Host's;
        ``find/?id=`` as every endpoint."""
        parse_id(request, "id")  # a malformed id is a 400 even beside html_path
        if "html_path" in request.GET:
            components = [part for part in request.GET["html_path"].split("/") if part]
            try:
                page, _, _ = self.scope.site.root_page.specific.route(request, components)
            except Http404:
                return None
            return page if queryset.filter(id=page.id).exists() else None
        return super().find_object(queryset, request)


schema.describe_endpoint(
    PagesEndpoint,
    "pages",
    schema.PAGE,
    "Live, public pages",
    Page,
    listing=[
        schema.page_type_parameter(get_page_models()),
        *schema.page_tree_filters(),
        schema.text_parameter("locale", "Only pages in this language (its code); unknown: 404."),
    ],
    find=[
        schema.text_parameter(
            "html_path", "Find by the page's path on the site, e.g. /berita/judul/."
        )
    ],
)
