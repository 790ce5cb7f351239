"""``/api/v2/news/``: news of a site, or on a kecamatan site, of the
kecamatan together with all of its villages.

Every item is labelled with the site it comes from and links to its page
there. ``?village=<code>`` narrows a portal's feed to one of its own
villages (or to the kecamatan itself with its own code); any other code is
a 400, so a portal can never be made to show another kecamatan's news.
"""

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.generics import GenericAPIView

from api import schema
from api.fields import RENDITION_SIZES, RenditionSerializer, image_summary
from api.pagination import ApiPagination
from api.parameters import REGION_CODE_PATTERN, parse_pattern
from api.views.base import ScopedEndpointMixin, check_known_parameters, parse_choice, parse_search
from news.models import NewsCategory, NewsPage
from tenants.scoping import label_pages_for


class NewsSiteSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    kind = serializers.CharField()
    url = serializers.CharField()


class NewsImageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    alt = serializers.CharField()
    renditions = inline_serializer(
        "NewsImageRenditions",
        {name: RenditionSerializer(allow_null=True) for name in RENDITION_SIZES},
    )


class NewsItemSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    date = serializers.DateField()
    category = serializers.ChoiceField(choices=NewsCategory.values)
    category_label = serializers.CharField()
    summary = serializers.CharField()
    url = serializers.CharField()
    detail_url = serializers.CharField(help_text="The full article in /api/v2/pages/.")
    site = NewsSiteSerializer()
    lead_image = NewsImageSerializer(allow_null=True)


class NewsView(ScopedEndpointMixin, GenericAPIView):
    """Newest first; see the module docstring."""

    pagination_class = ApiPagination
    serializer_class = NewsItemSerializer
    known_parameters = {"site", "village", "category", "search", "limit", "offset", "format"}

    def tenants(self):
        """The tenants whose news this site aggregates: itself, and its villages on a portal."""
        tenant = self.scope.tenant
        if tenant is None:
            return []
        if not self.scope.is_kecamatan:
            return [tenant]
        return [tenant, *tenant.villages.select_related("site", "home_page")]

    @extend_schema(
        operation_id="news_list",
        summary="News of a site; a kecamatan's includes its villages'",
        parameters=[
            schema.SITE,
            OpenApiParameter(
                "village",
                OpenApiTypes.STR,
                description="On a kecamatan site: only this village's news (its code); "
                "a code that is not of this kecamatan is a 404.",
                pattern=REGION_CODE_PATTERN,
            ),
            OpenApiParameter("category", OpenApiTypes.STR, enum=NewsCategory.values),
            schema.SEARCH,
            *schema.PAGINATION_PARAMETERS,
        ],
        responses=schema.list_responses("NewsList", NewsItemSerializer),
    )
    def get(self, request):
        check_known_parameters(request, self.known_parameters)
        tenants = self.tenants()
        pages = self.scope.kecamatan_pages(NewsPage)
        village = parse_pattern(request, "village", REGION_CODE_PATTERN, "a region code")
        if village:
            chosen = [t for t in tenants if t.code == village]
            if not chosen:
                raise Http404(f"village: '{village}' is not a site of this kecamatan.")
            pages = pages.filter(path__startswith=chosen[0].home_page.path)
        category = parse_choice(request, "category", NewsCategory.values)
        if category:
            pages = pages.filter(category=category)
        search = parse_search(request)
        pages = pages.select_related("lead_image").prefetch_related("lead_image__renditions")
        if search:
            # The search index can sort by indexed filter fields only (date).
            pages = pages.order_by("-date").search(search, order_by_relevance=False)
        else:
            pages = pages.order_by("-date", "-pk")
        page = self.paginate_queryset(pages)
        return self.get_paginated_response(
            [self.entry(news, tenant) for news, tenant in label_pages_for(tenants, page)]
        )

    def entry(self, news: NewsPage, tenant) -> dict:
        return {
            "id": news.pk,
            "title": news.title,
            "date": news.date.isoformat(),
            "category": news.category,
            "category_label": news.category_label,
            "summary": news.summary,
            "url": news.get_full_url(),
            "detail_url": f"{tenant.site.root_url}/api/v2/pages/{news.pk}/",
            "site": {
                "code": tenant.code,
                "name": tenant.display_name,
                "kind": tenant.kind,
                "url": tenant.url,
            },
            "lead_image": image_summary(news.lead_image, news.lead_image_alt_text),
        }
