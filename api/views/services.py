"""``/api/v2/services/``: the structured PATEN service catalogue of one site.

On a kecamatan site: its shared catalogue. On a village site: its own
services plus the kecamatan's shared services that village offices handle,
each with the village's local note (extra requirements, hours, a note), and
each at its address on the village's site. Only the public components of
the standard go out; the internal ones (``services.INTERNAL_COMPONENTS``)
are never read here.
"""

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from api import schema
from api.pagination import ApiPagination
from api.parameters import SLUG_PATTERN, parse_pattern
from api.views.base import ScopedEndpointMixin, check_known_parameters, parse_choice, parse_search
from services.finder import narrow_services, site_finder
from services.models import (
    HandledAt,
    LocalServiceNote,
    ServiceKind,
    ServicePage,
    ServiceTopic,
    TimeUnit,
    VillageServiceIndexPage,
)
from services.serializers import TopicSerializer


class RequirementSerializer(serializers.Serializer):
    text = serializers.CharField()
    document_form = serializers.CharField(help_text="asli, fotokopi, …")
    quantity = serializers.IntegerField()
    note = serializers.CharField()


class StepSerializer(serializers.Serializer):
    actor = serializers.CharField()
    description = serializers.CharField()


class TimeSerializer(serializers.Serializer):
    value = serializers.IntegerField()
    unit = serializers.ChoiceField(choices=TimeUnit.values)
    display = serializers.CharField()


class FeeSerializer(serializers.Serializer):
    amount = serializers.IntegerField(help_text="Rupiah; 0 means free.")
    display = serializers.CharField()
    legal_basis = serializers.CharField()


class FormSerializer(serializers.Serializer):
    title = serializers.CharField()
    url = serializers.CharField()


class LocalNoteSerializer(serializers.Serializer):
    extra_requirements = RequirementSerializer(many=True)
    office_hours = serializers.CharField()
    note = serializers.CharField()


class ServiceSerializer(serializers.Serializer):
    """One service and the public components of its standard."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    url = serializers.CharField(help_text="The service's address on the requested site.")
    shared = serializers.BooleanField(
        help_text="True for a kecamatan service shown on a village site."
    )
    summary = serializers.CharField()
    kind = serializers.ChoiceField(choices=ServiceKind.values)
    topics = TopicSerializer(many=True)
    handled_at = serializers.ChoiceField(choices=HandledAt.values)
    responsible_unit = serializers.CharField()
    requirements = RequirementSerializer(many=True)
    procedure = StepSerializer(many=True)
    time = TimeSerializer()
    fee = FeeSerializer()
    product = serializers.CharField()
    complaints = serializers.CharField()
    forms = FormSerializer(many=True)
    last_reviewed = serializers.DateField(allow_null=True)
    local_note = LocalNoteSerializer(allow_null=True)


def _requirements(stream) -> list[dict]:
    return [
        {
            "text": block.value["text"],
            "document_form": block.value["document_form"],
            "quantity": block.value["quantity"],
            "note": block.value["note"] or "",
        }
        for block in stream
        if block.block_type == "requirement"
    ]


def service_entry(service: ServicePage, url: str, shared: bool, note) -> dict:
    """A service as the API shows it (public components only)."""
    return {
        "id": service.pk,
        "title": service.title,
        "slug": service.slug,
        "url": url,
        "shared": shared,
        "summary": service.summary,
        "kind": service.kind,
        "topics": [{"slug": t.slug, "name": t.name} for t in service.topics.all()],
        "handled_at": service.handled_at,
        "responsible_unit": service.responsible_unit,
        "requirements": _requirements(service.requirements),
        "procedure": [
            {"actor": block.value["actor"], "description": block.value["description"]}
            for block in service.procedure
            if block.block_type == "step"
        ],
        "time": {
            "value": service.time_value,
            "unit": service.time_unit,
            "display": service.time_display,
        },
        "fee": {
            "amount": service.fee_amount,
            "display": service.fee_display,
            "legal_basis": service.fee_legal_basis,
        },
        "product": service.product,
        "complaints": service.complaints,
        "forms": [
            {"title": form.display_title, "url": form.document.url}
            for form in service.downloadable_forms.all()
        ],
        "last_reviewed": service.last_reviewed.isoformat() if service.last_reviewed else None,
        "local_note": (
            {
                "extra_requirements": _requirements(note.extra_requirements),
                "office_hours": note.office_hours,
                "note": note.note,
            }
            if note is not None
            else None
        ),
    }


class ServicesView(ScopedEndpointMixin, GenericAPIView):
    """Services offered on one site; see the module docstring."""

    pagination_class = ApiPagination
    serializer_class = ServiceSerializer
    list_parameters = {"site", "kind", "topic", "handled_at", "search", "limit", "offset", "format"}

    def get_index(self):
        """The site's catalogue page (kecamatan) or services index (village), or None."""
        return site_finder(self.scope)

    def offered(self):
        """``[(service, url, shared, note)]`` for the site, queries flat in their number."""
        index = self.get_index()
        if index is None:
            return []
        queryset = ServicePage.objects.prefetch_related("topics", "downloadable_forms__document")
        offered = index.offered_services(queryset)
        notes, base = {}, ""
        if isinstance(index, VillageServiceIndexPage):
            notes = {note.service_id: note for note in LocalServiceNote.objects.filter(page=index)}
            base = index.get_full_url()
        items = []
        for service, shared in offered:
            url = f"{base}{service.slug}/" if shared else service.get_full_url()
            items.append((service, url, shared, notes.get(service.pk) if shared else None))
        return items

    def filtered(self, items):
        request = self.request
        kind = parse_choice(request, "kind", ServiceKind.values)
        handled_at = parse_choice(request, "handled_at", HandledAt.values)
        topic = parse_pattern(request, "topic", SLUG_PATTERN, "a topic slug like kelahiran")
        if topic and not ServiceTopic.objects.filter(slug=topic).exists():
            raise Http404(f"topic: no topic '{topic}'.")
        search = parse_search(request)
        return narrow_services(items, kind=kind, topic=topic, handled_at=handled_at, search=search)

    @extend_schema(
        operation_id="services_list",
        summary="Service catalogue of a site",
        parameters=[
            schema.SITE,
            OpenApiParameter("kind", OpenApiTypes.STR, enum=ServiceKind.values),
            OpenApiParameter(
                "topic",
                OpenApiTypes.STR,
                description="Topic slug, e.g. kelahiran; an unknown topic is a 404.",
                pattern=SLUG_PATTERN,
            ),
            OpenApiParameter("handled_at", OpenApiTypes.STR, enum=HandledAt.values),
            schema.SEARCH,
            *schema.PAGINATION_PARAMETERS,
        ],
        responses=schema.list_responses("ServiceList", ServiceSerializer),
    )
    def get(self, request):
        check_known_parameters(request, self.list_parameters)
        items = self.filtered(self.offered())
        page = self.paginate_queryset(items)
        return self.get_paginated_response([service_entry(*item) for item in page])


class ServiceDetailView(ServicesView):
    """One service offered on the site, by id."""

    @extend_schema(
        operation_id="services_detail",
        summary="One service on a site",
        parameters=[schema.SITE],
        responses={
            200: ServiceSerializer,
            400: schema.ErrorSerializer,
            404: schema.ErrorSerializer,
        },
    )
    def get(self, request, pk):
        check_known_parameters(request, {"site", "format"})
        for item in self.offered():
            if item[0].pk == pk:
                return Response(service_entry(*item))
        raise Http404("No such service on this site.")
