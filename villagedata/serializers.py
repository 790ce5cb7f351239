"""The shapes of village data in the content API (``api/views/villagedata.py``).

The same figures as the public ``/data/`` page (``villagedata.figures``).
"""

from rest_framework import serializers


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
    opensid = serializers.URLField(help_text="Identitas dan laporan yang dikirim OpenSID.")
    bantuan = serializers.URLField(help_text="Program bantuan sosial (tanpa data penerima).")
    pembangunan = serializers.URLField(help_text="Kegiatan pembangunan desa, dengan fotonya.")


class BoundarySerializer(serializers.Serializer):
    """The boundary OpenSID pushed, reduced when it was received (``villagedata.boundary``)."""

    path = serializers.CharField(help_text="Data path SVG garis batas (disederhanakan).")
    view_box = serializers.CharField(help_text="viewBox SVG untuk path.")
    width = serializers.FloatField()
    height = serializers.FloatField()
    centre = serializers.ListField(
        child=serializers.FloatField(), help_text="Titik tengah [lintang, bujur]."
    )
    bbox = serializers.ListField(
        child=serializers.FloatField(), help_text="[selatan, barat, utara, timur], derajat."
    )
    points = serializers.IntegerField(help_text="Jumlah titik poligon yang dikirim OpenSID.")
    map_url = serializers.URLField(help_text="Peta OpenStreetMap di titik tengah.")


class ReportDocumentSerializer(serializers.Serializer):
    """A report document (PDF) OpenSID pushed: laporan penduduk or APBDes."""

    kind = serializers.ChoiceField(choices=["laporan_penduduk", "laporan_apbdes"])
    kind_label = serializers.CharField()
    title = serializers.CharField()
    year = serializers.IntegerField()
    month = serializers.IntegerField(allow_null=True, help_text="1–12, laporan penduduk.")
    semester = serializers.IntegerField(allow_null=True, help_text="1 atau 2, laporan APBDes.")
    period_label = serializers.CharField()
    received_at = serializers.DateTimeField()
    size = serializers.IntegerField(help_text="Ukuran berkas, bita.")
    url = serializers.URLField(allow_null=True, help_text="Unduhan PDF di situs desa.")


class PushedVillageSerializer(RegionSerializer):
    """What one village's OpenSID delivered, with the dates it was received."""

    data_page = serializers.URLField(allow_null=True)
    village_term = serializers.CharField(allow_null=True, help_text="Sebutan desa di OpenSID.")
    website = serializers.CharField(allow_blank=True)
    identity_received_at = serializers.DateTimeField(allow_null=True)
    boundary = BoundarySerializer(allow_null=True)
    documents = ReportDocumentSerializer(many=True)


class PushedDataSerializer(RegionSerializer):
    """A village's delivery, or every village's for a kecamatan."""

    villages = PushedVillageSerializer(many=True)


class AidProgrammeSerializer(serializers.Serializer):
    """One aid programme of a village. No recipient, only their number."""

    code = serializers.CharField(help_text="Kode wilayah desa/kelurahan.")
    village = serializers.CharField()
    remote_id = serializers.IntegerField(help_text="Id program di OpenSID desa.")
    name = serializers.CharField()
    target = serializers.ChoiceField(
        choices=["", "1", "2", "3", "4"],
        help_text="Sasaran OpenSID: 1 penduduk, 2 keluarga, 3 rumah tangga, 4 kelompok.",
    )
    target_label = serializers.CharField(allow_blank=True)
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)
    active = serializers.BooleanField()
    funding_source = serializers.CharField(allow_blank=True, help_text="Asal dana.")
    recipients = serializers.IntegerField(
        allow_null=True, help_text="Jumlah penerima; null bila desa tidak melaporkannya."
    )
    received_at = serializers.DateTimeField()


class AidFundingSourceSerializer(serializers.Serializer):
    funding_source = serializers.CharField()
    programmes = serializers.IntegerField()
    recipients = serializers.IntegerField()


class AidVillageSerializer(RegionSerializer):
    programmes = serializers.IntegerField()
    recipients = serializers.IntegerField()


class AidSerializer(DatasetMetaSerializer):
    """Aid programmes of a village, or of a kecamatan's villages with their sums."""

    programmes = AidProgrammeSerializer(many=True)
    funding_sources = AidFundingSourceSerializer(many=True)
    total_programmes = serializers.IntegerField()
    total_recipients = serializers.IntegerField(help_text="Penerima yang dilaporkan.")
    recipients_unknown = serializers.IntegerField(
        help_text="Program yang belum melaporkan jumlah penerima."
    )
    villages = AidVillageSerializer(many=True)


class DevelopmentPictureSerializer(serializers.Serializer):
    url = serializers.CharField(help_text="Foto (paling besar 800×600).")
    thumbnail = serializers.CharField(help_text="Foto kecil 320×240.")
    alt = serializers.CharField()


class DevelopmentStageSerializer(serializers.Serializer):
    remote_id = serializers.IntegerField(help_text="Id dokumentasi di OpenSID desa.")
    progress = serializers.IntegerField(allow_null=True, help_text="Persentase kemajuan, 0–100.")
    description = serializers.CharField(allow_blank=True)
    date = serializers.DateField(allow_null=True)
    image = DevelopmentPictureSerializer(allow_null=True)


class DevelopmentProjectSerializer(serializers.Serializer):
    """One development project of a village, with the photos of its stages."""

    code = serializers.CharField(help_text="Kode wilayah desa/kelurahan.")
    village = serializers.CharField()
    remote_id = serializers.IntegerField(
        allow_null=True, help_text="Id kegiatan di OpenSID desa; null bila diisi di situs ini."
    )
    title = serializers.CharField()
    location = serializers.CharField(allow_blank=True)
    description = serializers.CharField(allow_blank=True)
    funding_source = serializers.CharField(allow_blank=True, help_text="Sumber dana.")
    volume = serializers.CharField(allow_blank=True)
    year = serializers.IntegerField(allow_null=True, help_text="Tahun anggaran.")
    implementer = serializers.CharField(allow_blank=True, help_text="Pelaksana kegiatan.")
    active = serializers.BooleanField()
    budget = serializers.IntegerField(help_text="Anggaran (rupiah).")
    budget_change = serializers.IntegerField(help_text="Perubahan anggaran (rupiah).")
    cost_government = serializers.IntegerField()
    cost_province = serializers.IntegerField()
    cost_regency = serializers.IntegerField()
    cost_self_help = serializers.IntegerField(help_text="Swadaya masyarakat.")
    cost_total = serializers.IntegerField()
    benefit = serializers.CharField(allow_blank=True)
    duration = serializers.IntegerField(allow_null=True, help_text="Waktu pelaksanaan.")
    nature = serializers.CharField(allow_blank=True, help_text="Sifat proyek (BARU, ...).")
    progress = serializers.IntegerField(
        allow_null=True, help_text="Kemajuan terbesar yang didokumentasikan, persen."
    )
    image = DevelopmentPictureSerializer(allow_null=True)
    photos = DevelopmentStageSerializer(many=True)
    received_at = serializers.DateTimeField()


class DevelopmentYearSerializer(serializers.Serializer):
    year = serializers.IntegerField(allow_null=True)
    projects = serializers.IntegerField()
    budget = serializers.IntegerField()
    cost_total = serializers.IntegerField()


class DevelopmentVillageSerializer(RegionSerializer):
    projects = serializers.IntegerField()
    budget = serializers.IntegerField()


class DevelopmentSerializer(DatasetMetaSerializer):
    """Development projects of a village, or of a kecamatan's villages with their sums."""

    projects = DevelopmentProjectSerializer(many=True)
    years = DevelopmentYearSerializer(many=True)
    total_projects = serializers.IntegerField()
    total_budget = serializers.IntegerField()
    villages = DevelopmentVillageSerializer(many=True)
