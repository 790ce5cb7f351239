"""Public views of ``VillageDataPage``: the page's context and its open-data downloads."""

import csv
import io
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _

from cms.spreadsheet import neutralise
from pagecache.fragments import cached_site_fragment
from tenants import scoping, tree
from villagedata import aid, development, figures, pushed
from villagedata.charts import Series, bar_chart, format_number
from villagedata.models import PushStatus, parse_period_key, period_key, period_label
from villagedata.models.sync import push_kinds_for

DATASETS = ("profil", "penduduk", "apbdes", "bantuan", "pembangunan")
FORMATS = ("csv", "json")


def _chosen_period(request, periods):
    """The period named by ``?periode=``, if it has data; else the newest."""
    wanted = parse_period_key(request.GET.get("periode", ""))
    if wanted in periods:
        return wanted
    return periods[0] if periods else None


def _chosen_year(request, years):
    value = request.GET.get("tahun", "")
    if value.isdigit() and int(value) in years:
        return int(value)
    return years[0] if years else None


def _table(columns, rows, numeric_from=1):
    """A table for the template: header cells, then rows of (value, is_number) cells."""
    return {
        "columns": columns,
        "rows": [
            [
                (format_number(cell) if i >= numeric_from else cell, i >= numeric_from)
                for i, cell in enumerate(row)
            ]
            for row in rows
        ],
    }


def population_sections(data: dict) -> list[dict]:
    """One chart and table per population group, plus the villages' totals on a portal."""
    sexes = [Series(_("Laki-laki"), "male"), Series(_("Perempuan"), "female")]
    sections = []
    for group in data["groups"]:
        rows = group["rows"]
        if group["code"] == "penduduk":
            row = rows[0]
            chart_rows = [
                {"label": _("Laki-laki"), "value": row["male"]},
                {"label": _("Perempuan"), "value": row["female"]},
            ]
            svg = bar_chart(
                "grafik-jenis-kelamin",
                _("Penduduk menurut jenis kelamin, %(period)s") % {"period": data["period_label"]},
                chart_rows,
                [Series(_("Jumlah"), "value")],
            )
            table = _table(
                [_("Jenis kelamin"), _("Jumlah")],
                [[r["label"], r["value"]] for r in chart_rows] + [[_("Jumlah"), row["total"]]],
            )
            sections.append(
                {"id": "jenis-kelamin", "title": _("Jenis kelamin"), "svg": svg, "table": table}
            )
            continue
        svg = bar_chart(
            f"grafik-{group['code']}",
            f"{group['label']}, {data['period_label']}",
            rows,
            sexes,
        )
        table = _table(
            [group["label"], _("Laki-laki"), _("Perempuan"), _("Jumlah")],
            [[r["label"], r["male"], r["female"], r["total"]] for r in rows],
        )
        sections.append({"id": group["code"], "title": group["label"], "svg": svg, "table": table})
    return sections


def village_breakdown(data: dict) -> dict:
    """The portal's per-village population table and chart."""
    rows = [{"label": v["name"], "value": v["total"], **v} for v in data["villages"]]
    return {
        "svg": bar_chart(
            "grafik-per-desa",
            _("Jumlah penduduk per desa/kelurahan, %(period)s") % {"period": data["period_label"]},
            rows,
            [Series(_("Jumlah penduduk"), "value")],
        ),
        "table": _table(
            [_("Desa/kelurahan"), _("Kode"), _("Laki-laki"), _("Perempuan"), _("Jumlah"), _("KK")],
            [
                [v["name"], v["code"], v["male"], v["female"], v["total"], v["households"]]
                for v in data["villages"]
            ],
            numeric_from=2,
        ),
    }


def budget_sections(data: dict) -> list[dict]:
    """Planned against realised, one chart and table per APBDes kind."""
    series = [Series(_("Anggaran"), "planned"), Series(_("Realisasi"), "realised")]
    sections = []
    for group in data["groups"]:
        sections.append(
            {
                "id": f"apbdes-{group['code']}",
                "title": group["label"],
                "svg": bar_chart(
                    f"grafik-apbdes-{group['code']}",
                    f"{group['label']} APBDes {data['year']} (Rp)",
                    group["rows"],
                    series,
                ),
                "table": _table(
                    [group["label"], _("Anggaran (Rp)"), _("Realisasi (Rp)")],
                    [[r["label"], r["planned"], r["realised"]] for r in group["rows"]]
                    + [[_("Jumlah"), group["planned"], group["realised"]]],
                ),
            }
        )
    return sections


def page_tenant(page, request):
    """The tenant whose home holds ``page``: the request's own tenant when it is
    that one (already loaded, with the site's profile), else looked up.
    """
    tenant = scoping.current_tenant(request)
    if tenant is not None and tenant.home_page.path == tree.home_path(page):
        return tenant
    return page.tenant


def page_context(page, request) -> dict:
    """Everything the data page shows, for the period and year chosen in the query."""
    tenant = page_tenant(page, request)
    # One Coverage for the page: its tables share the villages and periods read.
    coverage = figures.Coverage(tenant)
    periods = figures.population_periods(tenant, coverage)
    chosen = _chosen_period(request, periods)
    population = figures.population(tenant, *chosen, coverage) if chosen else None
    years = figures.budget_years(tenant, coverage)
    year = _chosen_year(request, years)
    budget = figures.budget(tenant, year, coverage) if year else None
    profile = figures.profile(tenant, coverage)
    context = {
        "tenant": tenant,
        "is_portal": not tenant.is_village,
        "has_budget": tenant.kind != "kelurahan",
        # Not "profile": base.html binds that name to the site's SiteProfile.
        "region_profile": profile,
        "population": population,
        "population_sections": population_sections(population) if population else [],
        "breakdown": village_breakdown(population)
        if population and not tenant.is_village
        else None,
        "periods": [
            {"key": period_key(*p), "label": period_label(*p), "current": p == chosen}
            for p in periods
        ],
        "budget": budget,
        "budget_sections": budget_sections(budget) if budget else [],
        "years": [{"year": y, "current": y == year} for y in years],
        "period_query": f"?periode={period_key(*chosen)}" if chosen else "",
        "year_query": f"?tahun={year}" if year else "",
    }
    context.update(
        cached_site_fragment(
            request, f"villagedata-delivered:{tenant.pk}", lambda: delivered(tenant)
        )
    )
    if profile:
        context["profile_table"] = _table(
            [_("Data"), _("Jumlah")], [[c["label"], c["value"]] for c in profile["counts"]]
        )
    return context


def delivered(tenant) -> dict:
    """What OpenSID delivered, for the page: when, the identity and reports, aid programmes.

    Changed only by pushes and imports, which bump the site generations
    (``villagedata.freshness``) that key this in the fragment cache: a warm
    page reads none of these tables.
    """
    rows = pushed.pushed_data(tenant)
    return {
        "opensid_received": received_from_opensid(tenant) if tenant.is_village else [],
        "aid": aid.aid_data(tenant),
        "development": development.development_data(tenant),
        # The village's own delivery, or on a portal each village that sent one.
        "pushed": rows[0] if tenant.is_village else None,
        "pushed_villages": []
        if tenant.is_village
        else [row for row in rows if row["website"] or row["boundary"] or row["documents"]],
    }


def received_from_opensid(tenant) -> list[dict]:
    """When OpenSID last delivered each kind of data to a village; [] if it never did.

    Accepted pushes only, and only their dates: a refusal's message is
    written for the village's staff and stays in the admin.
    """
    dates = dict(
        PushStatus.objects.filter(tenant=tenant, succeeded_at__isnull=False).values_list(
            "kind", "succeeded_at"
        )
    )
    if not dates:
        return []
    return [
        {"label": str(kind.label), "date": dates.get(kind.value)} for kind in push_kinds_for(tenant)
    ]


# --- Downloads ------------------------------------------------------------------


def dataset(tenant, name: str, params) -> tuple[dict | None, list[dict]]:
    """``(data, flat_rows)`` of one dataset for the period/year in ``params``."""
    coverage = figures.Coverage(tenant)
    if name == "penduduk":
        periods = figures.population_periods(tenant, coverage)
        wanted = parse_period_key(params.get("periode", ""))
        chosen = wanted if wanted in periods else (periods[0] if periods else None)
        data = figures.population(tenant, *chosen, coverage) if chosen else None
        return data, figures.population_rows(data) if data else []
    if name == "apbdes":
        years = figures.budget_years(tenant, coverage)
        value = params.get("tahun", "")
        year = (
            int(value) if value.isdigit() and int(value) in years else (years[0] if years else None)
        )
        data = figures.budget(tenant, year, coverage) if year else None
        return data, figures.budget_rows(data) if data else []
    if name == "bantuan":
        data = aid.aid_data(tenant)
        return data, aid.aid_rows(data) if data else []
    if name == "pembangunan":
        data = development.development_data(tenant)
        return data, development.development_rows(data) if data else []
    data = figures.profile(tenant)
    return data, data["villages"] if data else []


def metadata(page, tenant, name: str, data: dict, request) -> dict:
    """Satu Data Indonesia metadata: what, who, source, period, licence, last update."""
    titles = {
        "profil": _("Profil wilayah"),
        "penduduk": _("Statistik penduduk (agregat)"),
        "apbdes": _("APBDes: anggaran dan realisasi"),
        "bantuan": _("Program bantuan sosial (tanpa data penerima)"),
        "pembangunan": _("Kegiatan pembangunan desa"),
    }
    return {
        "judul": f"{titles[name]} {tenant.display_name}",
        "kode_wilayah": tenant.code,
        "nama_wilayah": tenant.name,
        "jenis_wilayah": tenant.kind,
        "periode": data["period"],
        "sumber": data["sources"],
        "tanggal_data": data["as_of"],
        "terakhir_diperbarui": data["updated_at"],
        "lisensi": page.licence,
        "url_lisensi": page.licence_url,
        "wilayah_tanpa_data": [m["code"] for m in data["missing"]],
        "url": request.build_absolute_uri(),
        "referensi_kode": "Kode wilayah Kemendagri (Kepmendagri 300.2.2-2138/2025)",
    }


def download(page, request, name: str, fmt: str):
    """The CSV or JSON file of one dataset; 404 if there is nothing to give."""
    if name not in DATASETS or fmt not in FORMATS:
        raise Http404
    tenant = page.tenant
    data, rows = dataset(tenant, name, request.GET)
    if data is None:
        raise Http404(_("Belum ada data."))
    meta = metadata(page, tenant, name, data, request)
    filename = f"{name}-{tenant.code}-{data['period']}.{fmt}"
    if fmt == "json":
        body = json.dumps({"metadata": meta, "data": rows}, cls=DjangoJSONEncoder, indent=1)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        response = HttpResponse(csv_text(rows, meta), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_text(rows: list[dict], meta: dict) -> str:
    """The rows as CSV. Licence and last update ride on every row, so a row
    copied out of the file still says where it came from and who may use it.

    Text cells come from import files and editors, so they are neutralised
    like the staff exports' (``cms.spreadsheet``): a source typed as
    ``=HYPERLINK(…)`` must not run in the spreadsheet of whoever downloads the
    open data. Numbers stay numbers: they are not text anyone typed.
    """
    buffer = io.StringIO()
    extra = {
        "lisensi": meta["lisensi"],
        "terakhir_diperbarui": meta["terakhir_diperbarui"].isoformat(),
    }
    columns = [*rows[0].keys(), *extra.keys()] if rows else []
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                column: neutralise(value) if isinstance(value, str) else value
                for column, value in {**row, **extra}.items()
            }
        )
    return buffer.getvalue()
