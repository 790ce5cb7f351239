"""Village data records: dated profiles, population periods, APBDes years.

Everything hangs off ``tenants.Tenant``, whose Kemendagri code is the key in
every download and API row. Population figures are aggregates per category,
by sex; no individual resident is ever stored here.
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from villagedata.categories import BUDGET_GROUPS, FACILITIES, POPULATION_GROUPS


def _count(label):
    return models.PositiveIntegerField(label, default=0)


class VillageProfile(models.Model):
    """A village's profile as known on one date, with where it came from.

    Newer entries do not overwrite older ones: the page shows the latest,
    and the history stays for the API.
    """

    tenant = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("desa/kelurahan"),
        on_delete=models.CASCADE,
        related_name="village_profiles",
    )
    as_of = models.DateField(_("tanggal data"))
    source = models.CharField(_("sumber"), max_length=200)
    area_km2 = models.DecimalField(
        _("luas (km²)"),
        max_digits=9,
        decimal_places=3,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    altitude_m = models.PositiveIntegerField(_("ketinggian (mdpl)"), null=True, blank=True)
    boundary_north = models.CharField(_("batas utara"), max_length=200, blank=True)
    boundary_east = models.CharField(_("batas timur"), max_length=200, blank=True)
    boundary_south = models.CharField(_("batas selatan"), max_length=200, blank=True)
    boundary_west = models.CharField(_("batas barat"), max_length=200, blank=True)
    dusun_count = _count(_("jumlah dusun"))
    rw_count = _count(_("jumlah RW"))
    rt_count = _count(_("jumlah RT"))
    school_paud = _count(_("PAUD/TK"))
    school_sd = _count(_("SD/MI"))
    school_smp = _count(_("SMP/MTs"))
    school_sma = _count(_("SMA/SMK/MA"))
    puskesmas = _count(_("puskesmas"))
    pustu = _count(_("puskesmas pembantu"))
    posyandu = _count(_("posyandu"))
    masjid = _count(_("masjid"))
    musala = _count(_("musala"))
    gereja = _count(_("gereja"))
    pura = _count(_("pura"))
    vihara = _count(_("vihara/klenteng"))
    pasar = _count(_("pasar"))
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    COUNT_FIELDS = ("dusun_count", "rw_count", "rt_count", *(name for name, _l in FACILITIES))

    class Meta:
        verbose_name = _("profil desa")
        verbose_name_plural = _("profil desa")
        ordering = ["tenant__code", "-as_of"]
        constraints = [
            models.UniqueConstraint(fields=["tenant", "as_of"], name="villageprofile_one_per_date")
        ]

    def __str__(self):
        return f"{self.tenant.name} ({self.as_of:%Y-%m-%d})"


class Period(models.TextChoices):
    """Which part of the year a population period covers."""

    YEAR = "0", _("Tahunan")
    FIRST = "1", _("Semester I")
    SECOND = "2", _("Semester II")


class PopulationPeriod(models.Model):
    """A village's population statistics for one year or semester.

    A re-import of the same period replaces its figures as a whole.
    """

    tenant = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("desa/kelurahan"),
        on_delete=models.CASCADE,
        related_name="population_periods",
    )
    year = models.PositiveSmallIntegerField(_("tahun"))
    semester = models.CharField(_("periode"), max_length=1, choices=Period.choices)
    as_of = models.DateField(_("tanggal data"))
    source = models.CharField(_("sumber"), max_length=200)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    class Meta:
        verbose_name = _("periode data penduduk")
        verbose_name_plural = _("periode data penduduk")
        ordering = ["tenant__code", "-year", "-semester"]
        constraints = [
            models.UniqueConstraint(
                fields=["tenant", "year", "semester"], name="populationperiod_unique"
            )
        ]

    def __str__(self):
        return f"{self.tenant.name} {self.period_label}"

    @property
    def period_key(self) -> str:
        """``2024`` or ``2024-1``/``2024-2``: the period as URLs and files name it."""
        return period_key(self.year, self.semester)

    @property
    def period_label(self) -> str:
        return period_label(self.year, self.semester)


def period_key(year: int, semester: str) -> str:
    """``2024`` for a year, ``2024-2`` for its second semester."""
    return str(year) if semester == Period.YEAR else f"{year}-{semester}"


def period_label(year: int, semester: str) -> str:
    """``2024`` or ``Semester II 2024``, for readers."""
    if semester == Period.YEAR:
        return str(year)
    return f"{Period(semester).label} {year}"


def parse_period_key(value: str) -> tuple[int, str] | None:
    """``(year, semester)`` from a key such as ``2024-2``; None if it is not one."""
    year, _sep, semester = (value or "").partition("-")
    semester = semester or Period.YEAR
    if not year.isdigit() or len(year) != 4 or semester not in Period.values:
        return None
    return int(year), semester


class PopulationFigure(models.Model):
    """How many residents (or households) of a period fall into one category, by sex."""

    period = models.ForeignKey(PopulationPeriod, on_delete=models.CASCADE, related_name="figures")
    group = models.CharField(
        _("kelompok"),
        max_length=20,
        choices=[(group.code, group.label) for group in POPULATION_GROUPS],
    )
    category = models.CharField(_("kategori"), max_length=40)
    male = models.PositiveIntegerField(_("laki-laki"))
    female = models.PositiveIntegerField(_("perempuan"))

    class Meta:
        verbose_name = _("angka penduduk")
        verbose_name_plural = _("angka penduduk")
        constraints = [
            models.UniqueConstraint(
                fields=["period", "group", "category"], name="populationfigure_unique"
            )
        ]

    def __str__(self):
        return f"{self.group}/{self.category}: {self.male} L, {self.female} P"

    @property
    def total(self) -> int:
        return self.male + self.female


class BudgetYear(models.Model):
    """A desa's APBDes for one year. Kelurahan have no APBDes."""

    tenant = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("desa"),
        on_delete=models.CASCADE,
        related_name="budget_years",
        limit_choices_to={"kind": "desa"},
    )
    year = models.PositiveSmallIntegerField(_("tahun anggaran"))
    as_of = models.DateField(_("tanggal data"))
    source = models.CharField(_("sumber"), max_length=200)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)

    class Meta:
        verbose_name = _("APBDes")
        verbose_name_plural = _("APBDes")
        ordering = ["tenant__code", "-year"]
        constraints = [models.UniqueConstraint(fields=["tenant", "year"], name="budgetyear_unique")]

    def __str__(self):
        return f"APBDes {self.tenant.name} {self.year}"

    @property
    def period_key(self) -> str:
        return str(self.year)


class BudgetLine(models.Model):
    """One APBDes category of a year: planned (anggaran) against realised (realisasi), Rp."""

    budget = models.ForeignKey(BudgetYear, on_delete=models.CASCADE, related_name="lines")
    group = models.CharField(
        _("jenis"),
        max_length=20,
        choices=[(group.code, group.label) for group in BUDGET_GROUPS],
    )
    category = models.CharField(_("kategori"), max_length=40)
    planned = models.PositiveBigIntegerField(_("anggaran (Rp)"))
    realised = models.PositiveBigIntegerField(_("realisasi (Rp)"))

    class Meta:
        verbose_name = _("baris APBDes")
        verbose_name_plural = _("baris APBDes")
        constraints = [
            models.UniqueConstraint(
                fields=["budget", "group", "category"], name="budgetline_unique"
            )
        ]

    def __str__(self):
        return f"{self.group}/{self.category}: {self.planned} / {self.realised}"
