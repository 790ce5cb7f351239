"""Village data in the content API: per village, and summed per kecamatan.

The same figures as the public page (``villagedata.figures``), on the same
base as every other endpoint (``ScopedEndpointMixin``): the site read is the
request's or ``?site=``'s; a portal answers for the kecamatan and its
villages, a village site for that village only, and any other code is a
404. Unknown parameters and malformed values are a 400; every error is
``{"message": …}``.
"""

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError

from api import schema
from api.views.base import ScopedEndpointMixin, check_known_parameters
from tenants.codes import TenantKind
from villagedata import aid, development, figures, pushed
from villagedata.models import parse_period_key, period_key
from villagedata.serializers import (
    AidSerializer,
    BudgetSerializer,
    DevelopmentSerializer,
    PopulationSerializer,
    ProfileSerializer,
    PushedDataSerializer,
    RegionIndexSerializer,
)

CODE_DOC = "Kode wilayah Kemendagri: kecamatan (16.74.04) atau desa/kelurahan (16.74.04.2008)."
CODE = OpenApiParameter("code", OpenApiTypes.STR, OpenApiParameter.PATH, description=CODE_DOC)
ERRORS = {400: schema.ErrorSerializer, 404: schema.ErrorSerializer}
TAGS = ["data desa"]


class VillageDataView(ScopedEndpointMixin, GenericAPIView):
    """Base: read-only, scoped to the site read, the API's parameters and errors."""

    http_method_names = ["get", "head", "options"]
    # Region URLs are built absolute on the site read; nothing to rewrite.
    absolutize_urls = False
    known_parameters = {"site", "format"}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_known_parameters(request, self.known_parameters)

    def get_region(self, code: str):
        """The tenant with ``code`` among the site's scope; 404 otherwise."""
        for tenant in self.scope.tenants:
            if tenant.code == code:
                return tenant
        raise Http404("Wilayah tidak ditemukan di situs ini.")


class RegionIndexView(VillageDataView):
    """The regions this site offers data for, with their endpoints."""

    @extend_schema(
        operation_id="data_regions",
        summary="Regions with village data on a site",
        parameters=[schema.SITE],
        responses={200: RegionIndexSerializer(many=True), 400: schema.ErrorSerializer},
        tags=TAGS,
    )
    def get(self, request):
        base = f"{self.scope.root_url}/api/v2/data/"
        rows = [
            {
                "code": t.code,
                "name": t.name,
                "kind": t.kind,
                "population": f"{base}{t.code}/population/",
                "profile": f"{base}{t.code}/profile/",
                "apbdes": None if t.kind == TenantKind.KELURAHAN else f"{base}{t.code}/apbdes/",
                "opensid": f"{base}{t.code}/opensid/",
                "bantuan": f"{base}{t.code}/bantuan/",
                "pembangunan": f"{base}{t.code}/pembangunan/",
            }
            for t in self.scope.tenants
        ]
        return Response(RegionIndexSerializer(rows, many=True).data)


class PopulationView(VillageDataView):
    """Population aggregates of a village, or of a kecamatan summed over its villages."""

    known_parameters = {"site", "format", "periode"}

    @extend_schema(
        operation_id="data_population",
        summary="Population of a village or a kecamatan",
        parameters=[
            CODE,
            schema.SITE,
            OpenApiParameter(
                "periode",
                OpenApiTypes.STR,
                pattern=r"^[0-9]{4}(-[012])?$",
                description="2024, 2024-1 atau 2024-2; default terbaru.",
            ),
        ],
        responses={200: PopulationSerializer, **ERRORS},
        tags=TAGS,
    )
    def get(self, request, code):
        value = request.query_params.get("periode")
        wanted = parse_period_key(value) if value and value.isascii() else None
        if value is not None and wanted is None:
            raise BadRequestError("periode: gunakan 2024, 2024-1 atau 2024-2.")
        tenant = self.get_region(code)
        coverage = figures.Coverage(tenant)
        periods = figures.population_periods(tenant, coverage)
        if wanted and wanted not in periods:
            raise Http404("Tidak ada data untuk periode ini.")
        chosen = wanted or (periods[0] if periods else None)
        data = figures.population(tenant, *chosen, coverage) if chosen else None
        if data is None:
            raise Http404("Belum ada data penduduk.")
        data["available_periods"] = [period_key(*p) for p in periods]
        return Response(PopulationSerializer(data).data)


class BudgetView(VillageDataView):
    """APBDes of a desa, or of a kecamatan summed over its desa. Kelurahan have none."""

    known_parameters = {"site", "format", "tahun"}

    @extend_schema(
        operation_id="data_apbdes",
        summary="APBDes of a desa or a kecamatan",
        parameters=[
            CODE,
            schema.SITE,
            OpenApiParameter(
                "tahun",
                {"type": "integer", "minimum": 1900, "maximum": 9999},
                description="Tahun anggaran; default terbaru.",
            ),
        ],
        responses={200: BudgetSerializer, **ERRORS},
        tags=TAGS,
    )
    def get(self, request, code):
        value = request.query_params.get("tahun")
        if value is not None and not (
            value.isascii() and value.isdigit() and 1900 <= int(value) <= 9999
        ):
            raise BadRequestError("tahun: tahun empat angka, mis. 2024.")
        tenant = self.get_region(code)
        if tenant.kind == TenantKind.KELURAHAN:
            raise Http404("Kelurahan tidak memiliki APBDes.")
        coverage = figures.Coverage(tenant)
        years = figures.budget_years(tenant, coverage)
        if value and int(value) not in years:
            raise Http404("Tidak ada APBDes untuk tahun ini.")
        year = int(value) if value else (years[0] if years else None)
        data = figures.budget(tenant, year, coverage) if year else None
        if data is None:
            raise Http404("Belum ada data APBDes.")
        data["available_years"] = years
        return Response(BudgetSerializer(data).data)


class ProfileView(VillageDataView):
    """The latest profile of a village, or a kecamatan's villages' profiles summed."""

    @extend_schema(
        operation_id="data_profile",
        summary="Profile of a village or a kecamatan",
        parameters=[CODE, schema.SITE],
        responses={200: ProfileSerializer, **ERRORS},
        tags=TAGS,
    )
    def get(self, request, code):
        data = figures.profile(self.get_region(code))
        if data is None:
            raise Http404("Belum ada profil wilayah.")
        return Response(ProfileSerializer(data).data)


class PushedDataView(VillageDataView):
    """What OpenSID pushed: website, boundary outline and report PDFs, with their dates."""

    @extend_schema(
        operation_id="data_opensid",
        summary="Identity and report documents pushed by OpenSID",
        description=(
            "Per desa/kelurahan (satu untuk kode desa, semua desa untuk kode kecamatan): "
            "situs web, garis batas wilayah (SVG ringkas dan tautan peta), dan laporan "
            "penduduk/APBDes (PDF) beserta tanggal diterima. Tidak ada data perorangan."
        ),
        parameters=[CODE, schema.SITE],
        responses={200: PushedDataSerializer, **ERRORS},
        tags=TAGS,
    )
    def get(self, request, code):
        tenant = self.get_region(code)
        data = {
            "code": tenant.code,
            "name": tenant.name,
            "kind": tenant.kind,
            "villages": pushed.pushed_data(tenant),
        }
        return Response(PushedDataSerializer(data).data)


class AidView(VillageDataView):
    """Aid programmes of a village, or of a kecamatan's villages with their sums."""

    @extend_schema(
        operation_id="data_bantuan",
        summary="Aid programmes (bantuan sosial) of a village or a kecamatan",
        description=(
            "Program bantuan yang dikirim OpenSID: nama, sasaran, periode, asal dana dan "
            "jumlah penerima. Tidak pernah memuat data penerima."
        ),
        parameters=[CODE, schema.SITE],
        responses={200: AidSerializer, **ERRORS},
        tags=TAGS,
    )
    def get(self, request, code):
        data = aid.aid_data(self.get_region(code))
        if data is None:
            raise Http404("Belum ada data program bantuan.")
        return Response(AidSerializer(data).data)


class DevelopmentView(VillageDataView):
    """Development projects of a village, or of a kecamatan's villages with their sums."""

    @extend_schema(
        operation_id="data_pembangunan",
        summary="Development projects (pembangunan) of a village or a kecamatan",
        description=(
            "Kegiatan pembangunan yang dikirim OpenSID: nama, lokasi, tahun anggaran, sumber "
            "dana, anggaran, volume, kemajuan dan foto tiap tahap."
        ),
        parameters=[CODE, schema.SITE],
        responses={200: DevelopmentSerializer, **ERRORS},
        tags=TAGS,
    )
    def get(self, request, code):
        data = development.development_data(self.get_region(code))
        if data is None:
            raise Http404("Belum ada data pembangunan.")
        return Response(DevelopmentSerializer(data).data)
