"""``/api/v2/sites/``: the tenant directory, every kecamatan and village.

This is the one endpoint not scoped to a site: the directory of who is
hosted here is public by nature, and it is how an app finds the hostname
to pass as ``?site=`` to the other endpoints. It carries only what the
sites publish themselves: names, codes, addresses, the leader's public
title and name, and the office's public contact.
"""

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from api import schema
from api.pagination import ApiPagination
from api.parameters import KECAMATAN_CODE_PATTERN, parse_pattern
from api.views.base import ScopedEndpointMixin, check_known_parameters, parse_choice, parse_search
from cms.models import SiteProfile
from tenants.codes import TenantKind
from tenants.models import Tenant


class ParentSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


class LeaderSerializer(serializers.Serializer):
    title = serializers.CharField(help_text="camat, lurah or kepala_desa")
    title_label = serializers.CharField()
    name = serializers.CharField()


class ContactSerializer(serializers.Serializer):
    address = serializers.CharField()
    phone = serializers.CharField()
    whatsapp = serializers.CharField()
    email = serializers.CharField()
    office_hours = serializers.CharField()


class SiteEntrySerializer(serializers.Serializer):
    """One hosted kecamatan or village."""

    code = serializers.CharField(help_text="Kemendagri region code, e.g. 16.74.04.2008")
    name = serializers.CharField()
    display_name = serializers.CharField()
    kind = serializers.ChoiceField(choices=TenantKind.values)
    hostname = serializers.CharField()
    url = serializers.CharField()
    kecamatan = ParentSerializer(allow_null=True)
    leader = LeaderSerializer()
    contact = ContactSerializer()


def site_entry(tenant: Tenant, profile: SiteProfile | None) -> dict:
    """A tenant as the directory shows it."""
    return {
        "code": tenant.code,
        "name": tenant.name,
        "display_name": profile.display_name if profile else tenant.display_name,
        "kind": tenant.kind,
        "hostname": tenant.site.hostname,
        "url": tenant.url,
        "kecamatan": (
            {"code": tenant.kecamatan.code, "name": tenant.kecamatan.name}
            if tenant.kecamatan_id
            else None
        ),
        "leader": {
            "title": profile.leader_title if profile else "",
            "title_label": str(profile.get_leader_title_display()) if profile else "",
            "name": profile.leader_name if profile else "",
        },
        "contact": {
            "address": profile.address if profile else "",
            "phone": profile.phone if profile else "",
            "whatsapp": profile.whatsapp if profile else "",
            "email": profile.email if profile else "",
            "office_hours": profile.office_hours if profile else "",
        },
    }


def _entries(tenants) -> list[dict]:
    tenants = list(tenants)
    profiles = {
        profile.site_id: profile
        for profile in SiteProfile.objects.filter(site_id__in=[t.site_id for t in tenants])
    }
    return [site_entry(tenant, profiles.get(tenant.site_id)) for tenant in tenants]


def _base_queryset():
    return Tenant.objects.select_related("site", "kecamatan").filter(home_page__live=True)


class SitesListView(ScopedEndpointMixin, GenericAPIView):
    """Every hosted kecamatan and village, by code."""

    pagination_class = ApiPagination
    serializer_class = SiteEntrySerializer
    # The directory is about no one site; its URLs are absolute already.
    absolutize_urls = False
    known_parameters = {"kecamatan", "kind", "search", "limit", "offset", "format"}

    @extend_schema(
        operation_id="sites_list",
        summary="Tenant directory",
        parameters=[
            OpenApiParameter(
                "kecamatan",
                OpenApiTypes.STR,
                description="Kecamatan code: that kecamatan and its villages, e.g. 16.74.04.",
                pattern=KECAMATAN_CODE_PATTERN,
            ),
            OpenApiParameter("kind", OpenApiTypes.STR, enum=TenantKind.values),
            schema.SEARCH,
            *schema.PAGINATION_PARAMETERS,
        ],
        responses=schema.list_responses("SiteList", SiteEntrySerializer),
    )
    def get(self, request):
        check_known_parameters(request, self.known_parameters)
        tenants = _base_queryset()
        kecamatan = parse_pattern(
            request, "kecamatan", KECAMATAN_CODE_PATTERN, "a kecamatan code like 16.74.04"
        )
        if kecamatan:
            tenants = tenants.filter(code__startswith=kecamatan)
        kind = parse_choice(request, "kind", TenantKind.values)
        if kind:
            tenants = tenants.filter(kind=kind)
        search = parse_search(request)
        if search:
            tenants = tenants.filter(name__icontains=search)
        page = self.paginate_queryset(tenants.order_by("code"))
        return self.get_paginated_response(_entries(page))


class SiteDetailView(ScopedEndpointMixin, GenericAPIView):
    """One hosted kecamatan or village, by its Kemendagri code."""

    serializer_class = SiteEntrySerializer
    absolutize_urls = False

    @extend_schema(
        operation_id="sites_detail",
        summary="One tenant",
        responses={
            200: SiteEntrySerializer,
            404: schema.ErrorSerializer,
        },
    )
    def get(self, request, code):
        check_known_parameters(request, {"format"})
        entries = _entries(_base_queryset().filter(code=code))
        if not entries:
            raise Http404(f"No site with code '{code}'.")
        return Response(entries[0])
