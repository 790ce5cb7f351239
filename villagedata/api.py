"""Read-only API of village data: per village, and summed per kecamatan.

Same figures as the public page (``villagedata.figures``). Scoped like every
public query: a portal's host answers for the kecamatan and its villages, a
village's host for that village only; any other code is a 404. Mounted by
the lead under ``/api/v2/`` (``villagedata.api_urls``).
"""

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from tenants.codes import TenantKind
from tenants.scoping import tenants_in_scope
from villagedata import figures
from villagedata.models import parse_period_key, period_key


class RegionSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Kode wilayah Kemendagri, mis. 16.74.04.2008.")
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=["kecamatan", "kelurahan", "desa"])


class DatasetMetaSerializer(RegionSerializer):
    period = serializers.CharField(help_text="Periode: 2024, 2024-1, 2024-2, atau tanggal profil.")
    sources = serializers.ListField(child=serializers.CharField())
    as_of = serializers.DateField()
    updated_at = serializers.DateTimeField()
    missing = RegionSerializer(
        many=True, help_text="Desa/kelurahan yang belum punya data untuk periode ini."
    )


class PopulationRowSerializer(serializers.Serializer):
    category = serializers.CharField()
    label = serializers.CharField()
    male = serializers.IntegerField()
    female = serializers.IntegerField()
    total = serializers.IntegerField()


class PopulationGroupSerializer(serializers.Serializer):
    code = serializers.CharField()
    label = serializers.CharField()
    rows = PopulationRowSerializer(many=True)


class PopulationVillageSerializer(RegionSerializer):
    source = serializers.CharField()
    as_of = serializers.DateField()
    male = serializers.IntegerField()
    female = serializers.IntegerField()
    total = serializers.IntegerField()
    households = serializers.IntegerField()


class PopulationSerializer(DatasetMetaSerializer):
    period_label = serializers.CharField()
    year = serializers.IntegerField()
    semester = serializers.ChoiceField(choices=["0", "1", "2"], help_text="0 = tahunan.")
    groups = PopulationGroupSerializer(many=True)
    villages = PopulationVillageSerializer(many=True)
    available_periods = serializers.ListField(child=serializers.CharField())


class BudgetRowSerializer(serializers.Serializer):
    category = serializers.CharField()
    label = serializers.CharField()
    planned = serializers.IntegerField(help_text="Anggaran, rupiah.")
    realised = serializers.IntegerField(help_text="Realisasi, rupiah.")


class BudgetGroupSerializer(serializers.Serializer):
    code = serializers.ChoiceField(choices=["pendapatan", "belanja", "pembiayaan"])
    label = serializers.CharField()
    rows = BudgetRowSerializer(many=True)
    planned = serializers.IntegerField()
    realised = serializers.IntegerField()


class BudgetVillageSerializer(RegionSerializer):
    source = serializers.CharField()
    as_of = serializers.DateField()
    income_planned = serializers.IntegerField()
    income_realised = serializers.IntegerField()
    spending_planned = serializers.IntegerField()
    spending_realised = serializers.IntegerField()


class BudgetSerializer(DatasetMetaSerializer):
    year = serializers.IntegerField()
    groups = BudgetGroupSerializer(many=True)
    villages = BudgetVillageSerializer(many=True)
    available_years = serializers.ListField(child=serializers.IntegerField())


class ProfileCountSerializer(serializers.Serializer):
    field = serializers.CharField()
    label = serializers.CharField()
    value = serializers.IntegerField()


class ProfileRecordSerializer(serializers.Serializer):
    kode_wilayah = serializers.CharField()
    nama_wilayah = serializers.CharField()
    tanggal_data = serializers.DateField()
    sumber = serializers.CharField()
    luas_km2 = serializers.DecimalField(max_digits=9, decimal_places=3, allow_null=True)
    ketinggian_mdpl = serializers.IntegerField(allow_null=True)
    batas_utara = serializers.CharField(allow_blank=True)
    batas_timur = serializers.CharField(allow_blank=True)
    batas_selatan = serializers.CharField(allow_blank=True)
    batas_barat = serializers.CharField(allow_blank=True)
    jumlah_dusun = serializers.IntegerField()
    jumlah_rw = serializers.IntegerField()
    jumlah_rt = serializers.IntegerField()
    sekolah_paud = serializers.IntegerField()
    sekolah_sd = serializers.IntegerField()
    sekolah_smp = serializers.IntegerField()
    sekolah_sma = serializers.IntegerField()
    puskesmas = serializers.IntegerField()
    pustu = serializers.IntegerField()
    posyandu = serializers.IntegerField()
    masjid = serializers.IntegerField()
    musala = serializers.IntegerField()
    gereja = serializers.IntegerField()
    pura = serializers.IntegerField()
    vihara = serializers.IntegerField()
    pasar = serializers.IntegerField()


class ProfileSerializer(DatasetMetaSerializer):
    area_km2 = serializers.DecimalField(max_digits=12, decimal_places=3, allow_null=True)
    counts = ProfileCountSerializer(many=True)
    villages = ProfileRecordSerializer(many=True)


class RegionIndexSerializer(RegionSerializer):
    population = serializers.URLField()
    profile = serializers.URLField()
    apbdes = serializers.URLField(allow_null=True)


class DataErrorSerializer(serializers.Serializer):
    """An error, shaped like every other error of the content API."""

    message = serializers.CharField()


class VillageDataAPIView(APIView):
    """Base: open to anyone, read-only, and scoped to the request's site."""

    permission_classes = [AllowAny]
    http_method_names = ["get", "head", "options"]

    def handle_exception(self, exc):
        """A 404 answers ``{"message": …}``, like the rest of ``/api/v2/``."""
        if isinstance(exc, Http404):
            return Response({"message": str(exc) or "Not found."}, status=404)
        return super().handle_exception(exc)

    def get_region(self, code: str):
        """The tenant with ``code`` among this site's scope; 404 otherwise."""
        for tenant in tenants_in_scope(self.request):
            if tenant.code == code:
                return tenant
        raise Http404("Wilayah tidak ditemukan di situs ini.")


CODE_DOC = "Kode wilayah Kemendagri: kecamatan (16.74.04) atau desa/kelurahan (16.74.04.2008)."


class RegionIndexAPIView(VillageDataAPIView):
    """The regions this site offers data for, with their endpoints."""

    @extend_schema(responses=RegionIndexSerializer(many=True), tags=["data desa"])
    def get(self, request):
        base = request.build_absolute_uri().split("?")[0]
        rows = [
            {
                "code": t.code,
                "name": t.name,
                "kind": t.kind,
                "population": f"{base}{t.code}/population/",
                "profile": f"{base}{t.code}/profile/",
                "apbdes": None if t.kind == TenantKind.KELURAHAN else f"{base}{t.code}/apbdes/",
            }
            for t in tenants_in_scope(request)
        ]
        return Response(RegionIndexSerializer(rows, many=True).data)


class PopulationAPIView(VillageDataAPIView):
    """Population aggregates of a village, or of a kecamatan summed over its villages."""

    @extend_schema(
        parameters=[
            OpenApiParameter("code", OpenApiTypes.STR, OpenApiParameter.PATH, description=CODE_DOC),
            OpenApiParameter(
                "periode",
                OpenApiTypes.STR,
                description="2024, 2024-1 atau 2024-2; default terbaru.",
            ),
        ],
        responses={200: PopulationSerializer, 404: DataErrorSerializer},
        tags=["data desa"],
    )
    def get(self, request, code):
        tenant = self.get_region(code)
        coverage = figures.Coverage(tenant)
        periods = figures.population_periods(tenant, coverage)
        wanted = parse_period_key(request.query_params.get("periode", ""))
        if request.query_params.get("periode") and wanted not in periods:
            raise Http404("Tidak ada data untuk periode ini.")
        chosen = wanted or (periods[0] if periods else None)
        data = figures.population(tenant, *chosen, coverage) if chosen else None
        if data is None:
            raise Http404("Belum ada data penduduk.")
        data["available_periods"] = [period_key(*p) for p in periods]
        return Response(PopulationSerializer(data).data)


class BudgetAPIView(VillageDataAPIView):
    """APBDes of a desa, or of a kecamatan summed over its desa. Kelurahan have none."""

    @extend_schema(
        parameters=[
            OpenApiParameter("code", OpenApiTypes.STR, OpenApiParameter.PATH, description=CODE_DOC),
            OpenApiParameter(
                "tahun", OpenApiTypes.INT, description="Tahun anggaran; default terbaru."
            ),
        ],
        responses={200: BudgetSerializer, 404: DataErrorSerializer},
        tags=["data desa"],
    )
    def get(self, request, code):
        tenant = self.get_region(code)
        if tenant.kind == TenantKind.KELURAHAN:
            raise Http404("Kelurahan tidak memiliki APBDes.")
        coverage = figures.Coverage(tenant)
        years = figures.budget_years(tenant, coverage)
        value = request.query_params.get("tahun", "")
        if value and (not value.isdigit() or int(value) not in years):
            raise Http404("Tidak ada APBDes untuk tahun ini.")
        year = int(value) if value else (years[0] if years else None)
        data = figures.budget(tenant, year, coverage) if year else None
        if data is None:
            raise Http404("Belum ada data APBDes.")
        data["available_years"] = years
        return Response(BudgetSerializer(data).data)


class ProfileAPIView(VillageDataAPIView):
    """The latest profile of a village, or a kecamatan's villages' profiles summed."""

    @extend_schema(
        parameters=[
            OpenApiParameter("code", OpenApiTypes.STR, OpenApiParameter.PATH, description=CODE_DOC)
        ],
        responses={200: ProfileSerializer, 404: DataErrorSerializer},
        tags=["data desa"],
    )
    def get(self, request, code):
        data = figures.profile(self.get_region(code))
        if data is None:
            raise Http404("Belum ada profil wilayah.")
        return Response(ProfileSerializer(data).data)
