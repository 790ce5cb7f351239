"""Development projects (Pembangunan desa): read OpenSID's ``pembangunan`` and
``pembangunan/dokumentasi`` uploads, keep their photos, and sum them for pages,
downloads and the API.

OpenSID v2410 (``Sinkronisasi::data_pembangunan()`` and
``make_dokumentasi_pembangunan()``) zips one CSV written by OpenSpout with
the gallery photos it names, each stored by its base name, and posts it as
the multipart ``file`` with ``desa_id``. The project CSV has 21 columns
(``desa_id, id, sumber_dana, lokasi, judul, keterangan, volume,
tahun_anggaran, pelaksana_kegiatan, status, anggaran, perubahan_anggaran,
sumber_biaya_pemerintah, sumber_biaya_provinsi, sumber_biaya_kab_kota,
sumber_biaya_swadaya, sumber_biaya_jumlah, manfaat, waktu, sifat_proyek,
foto``), the stage CSV 8 (``desa_id, id, id_pembangunan, gambar,
persentase, keterangan, created_at, updated_at``), no shifted columns.

Rows are validated as a whole: one bad row refuses the upload (a 422 that
names it). A photo that is missing or not a readable JPEG/PNG/GIF/WebP is
skipped, not fatal: OpenSID adds only the photos it finds on its disk, and
one broken gallery file must not block a village's sync for good. Photos
become Wagtail images in the village's own collection (``tenant.collection``).
"""

import io
import re

from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.images import get_image_model

from tenants.models import Tenant
from villagedata.charts import format_number
from villagedata.figures import opensid_header, villages_covered
from villagedata.models import DevelopmentPhoto, DevelopmentProject
from villagedata.zipcsv import clean_text, csv_records, parse_date, read_member

PROJECT_REQUIRED = ("id", "judul")
PHOTO_REQUIRED = ("id", "id_pembangunan")
MONEY_FIELDS = {
    "anggaran": "budget",
    "perubahan_anggaran": "budget_change",
    "sumber_biaya_pemerintah": "cost_government",
    "sumber_biaya_provinsi": "cost_province",
    "sumber_biaya_kab_kota": "cost_regency",
    "sumber_biaya_swadaya": "cost_self_help",
    "sumber_biaya_jumlah": "cost_total",
}
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
MAX_IMAGE_PIXELS = 40_000_000
# Largest amount accepted, in rupiah (a BigIntegerField holds far more).
MAX_MONEY = 10**15
RENDITION = "max-800x600"
THUMBNAIL = "fill-320x240"


class RowError(ValueError):
    pass


def _int(value: str, what: str, number: int, limit: int = MAX_MONEY) -> int | None:
    """``1500000`` or ``1500000.00``; None if empty; :class:`RowError` otherwise."""
    text = str(value or "").strip().replace(" ", "")
    if not text:
        return None
    whole, _sep, cents = text.partition(".")
    if not (whole.isascii() and whole.isdigit()) or (cents and not cents.strip("0") == ""):
        raise RowError(
            _("Baris %(n)s: %(what)s harus bilangan bulat tanpa tanda.")
            % {"n": number, "what": what}
        )
    amount = int(whole)
    if amount > limit:
        raise RowError(_("Baris %(n)s: %(what)s terlalu besar.") % {"n": number, "what": what})
    return amount


def parse_projects(rows: list[list[str]], code: str) -> tuple[list[dict], dict]:
    """``(projects, errors)`` from the ``pembangunan`` CSV rows of village ``code``."""
    records, errors = csv_records(rows, PROJECT_REQUIRED, code)
    projects = {}
    for number, record in records:
        where = f"file.baris_{number}"
        title = clean_text(record["judul"], 255)
        if not title:
            errors[where] = [_("Baris %(n)s: nama kegiatan (judul) wajib diisi.") % {"n": number}]
            continue
        try:
            year = _int(record.get("tahun_anggaran"), "tahun_anggaran", number, 9999)
            if year is not None and not 1900 <= year <= 2200:
                raise RowError(_("Baris %(n)s: tahun_anggaran tidak wajar.") % {"n": number})
            money = {
                field: _int(record.get(column), column, number) or 0
                for column, field in MONEY_FIELDS.items()
            }
            duration = _int(record.get("waktu"), "waktu", number, 100_000)
        except RowError as exc:
            errors[where] = [str(exc)]
            continue
        projects[int(record["id"])] = {
            "title": title,
            "location": clean_text(record.get("lokasi"), 255),
            "description": clean_text(record.get("keterangan"), 5000),
            "funding_source": clean_text(record.get("sumber_dana"), 255),
            "volume": clean_text(record.get("volume"), 100),
            "year": year,
            "implementer": clean_text(record.get("pelaksana_kegiatan"), 255),
            "active": record.get("status", "1") != "0",
            "benefit": clean_text(record.get("manfaat"), 5000),
            "duration": duration,
            "nature": clean_text(record.get("sifat_proyek"), 100),
            "photo_name": record.get("foto", ""),
            **money,
        }
    return [{"remote_id": k, **v} for k, v in projects.items()], errors


def _progress(value: str) -> int | None:
    """``50``, ``50%`` or ``50,5 %`` as a whole percentage 0–100; None otherwise."""
    match = re.fullmatch(r"\s*(\d{1,3})(?:[.,]\d+)?\s*%?\s*", str(value or ""))
    if not match or int(match.group(1)) > 100:
        return None
    return int(match.group(1))


def parse_photos(rows: list[list[str]], code: str) -> tuple[list[dict], dict]:
    """``(stages, errors)`` from the ``pembangunan/dokumentasi`` CSV rows."""
    records, errors = csv_records(rows, PHOTO_REQUIRED, code)
    photos = {}
    for number, record in records:
        project = record["id_pembangunan"]
        if not project.isascii() or not project.isdigit():
            errors[f"file.baris_{number}"] = [
                _("Baris %(n)s: id_pembangunan harus bilangan bulat.") % {"n": number}
            ]
            continue
        photos[int(record["id"])] = {
            "project_remote_id": int(project),
            "progress": _progress(record.get("persentase")),
            "description": clean_text(record.get("keterangan"), 255),
            "taken_on": parse_date(record.get("created_at")),
            "photo_name": record.get("gambar", ""),
        }
    return [{"remote_id": k, **v} for k, v in photos.items()], errors


def make_image(village: Tenant, raw: bytes | None, name: str, title: str):
    """A Wagtail image in the village's collection from ``raw``; None if it is not one."""
    if not raw:
        return None
    try:
        with PILImage.open(io.BytesIO(raw)) as probe:
            fmt = probe.format
            width, height = probe.size
            probe.verify()
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        PILImage.DecompressionBombError,
    ):
        return None
    if fmt not in IMAGE_FORMATS or width * height > MAX_IMAGE_PIXELS:
        return None
    from django.core.files.images import ImageFile

    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", name.rsplit("/", 1)[-1].rsplit(".", 1)[0])[:60]
    Image = get_image_model()
    image = Image(title=title[:255], collection=village.collection)
    if hasattr(image, "description"):
        image.description = title[:255]
    image.file = ImageFile(
        io.BytesIO(raw), name=f"pembangunan-{village.code}-{stem or 'foto'}.{IMAGE_FORMATS[fmt]}"
    )
    image.save()
    return image


def _replace_image(old, new):
    """The image to keep: the new one if there is one (the old is deleted), else the old."""
    if new is None:
        return old
    if old is not None:
        old.delete()
    return new


def store_projects(village: Tenant, projects: list[dict], archive) -> int:
    """Upsert on (village, OpenSID id); the photos skipped (missing or unreadable)."""
    skipped = 0
    with transaction.atomic():
        for project in projects:
            remote_id = project.pop("remote_id")
            name = project.pop("photo_name")
            existing = (
                DevelopmentProject.objects.filter(tenant=village, remote_id=remote_id)
                .select_related("photo")
                .first()
            )
            image = None
            if name:
                image = make_image(village, read_member(archive, name), name, project["title"])
                skipped += image is None
            project["photo"] = _replace_image(existing.photo if existing else None, image)
            DevelopmentProject.objects.update_or_create(
                tenant=village, remote_id=remote_id, defaults=project
            )
    return skipped


def store_photos(village: Tenant, photos: list[dict], archive) -> int:
    """Upsert the stages on (village, OpenSID id); the photos skipped."""
    skipped = 0
    titles = dict(
        DevelopmentProject.objects.filter(tenant=village).values_list("remote_id", "title")
    )
    with transaction.atomic():
        for photo in photos:
            remote_id = photo.pop("remote_id")
            name = photo.pop("photo_name")
            existing = (
                DevelopmentPhoto.objects.filter(tenant=village, remote_id=remote_id)
                .select_related("image")
                .first()
            )
            title = titles.get(photo["project_remote_id"], _("Kegiatan pembangunan"))
            if photo["progress"] is not None:
                title = f"{title} ({photo['progress']}%)"
            image = None
            if name:
                image = make_image(village, read_member(archive, name), name, title)
                skipped += image is None
            photo["image"] = _replace_image(existing.image if existing else None, image)
            DevelopmentPhoto.objects.update_or_create(
                tenant=village, remote_id=remote_id, defaults=photo
            )
    return skipped


# --- Reading --------------------------------------------------------------------


def _picture(image) -> dict | None:
    """URLs of an image's renditions (made once; the result sits in the fragment cache)."""
    if image is None:
        return None
    try:
        return {
            "url": image.get_rendition(RENDITION).url,
            "thumbnail": image.get_rendition(THUMBNAIL).url,
            "alt": image.title,
        }
    except Exception:  # a file gone from storage: the project shows without it
        return None


def development_data(tenant: Tenant) -> dict | None:
    """A village's projects, or a kecamatan's villages' with sums; None if there are none.

    The same metadata keys as the other datasets (``villagedata.aid``).
    """
    villages = villages_covered(tenant)
    projects = list(
        DevelopmentProject.objects.filter(tenant__in=villages)
        .select_related("tenant", "photo")
        .order_by("tenant__code", "-year", "title")
    )
    if not projects:
        return None
    stages: dict[tuple[int, int], list] = {}
    for photo in (
        DevelopmentPhoto.objects.filter(tenant__in=villages)
        .select_related("image")
        .order_by("progress", "taken_on", "remote_id")
    ):
        stages.setdefault((photo.tenant_id, photo.project_remote_id), []).append(photo)
    rows = [project_row(p, stages.get((p.tenant_id, p.remote_id), [])) for p in projects]
    updated_at = max(p.received_at for p in projects)
    by_year: dict = {}
    for row in rows:
        entry = by_year.setdefault(
            row["year"], {"year": row["year"], "projects": 0, "budget": 0, "cost_total": 0}
        )
        entry["projects"] += 1
        entry["budget"] += row["budget"]
        entry["cost_total"] += row["cost_total"]
        entry["budget_text"] = format_number(entry["budget"])
    village_rows = []
    for village in villages:
        own = [row for row in rows if row["code"] == village.code]
        if own:
            village_rows.append(
                {
                    "code": village.code,
                    "name": village.name,
                    "kind": village.kind,
                    "projects": len(own),
                    "budget": sum(row["budget"] for row in own),
                    "budget_text": format_number(sum(row["budget"] for row in own)),
                }
            )
    with_data = {p.tenant_id for p in projects}
    years = sorted(by_year.values(), key=lambda e: -(e["year"] or 0))
    return {
        **opensid_header(tenant, villages, with_data, updated_at),
        "projects": rows,
        "years": years,
        "by_year": [
            {**entry, "items": [row for row in rows if row["year"] == entry["year"]]}
            for entry in years
        ],
        "total_projects": len(rows),
        "total_budget": sum(row["budget"] for row in rows),
        "total_budget_text": format_number(sum(row["budget"] for row in rows)),
        "villages": village_rows,
    }


def project_row(project: DevelopmentProject, stages: list) -> dict:
    """One project for pages and the API, with its photo stages."""
    photos = []
    for stage in stages:
        picture = _picture(stage.image)
        photos.append(
            {
                "remote_id": stage.remote_id,
                "progress": stage.progress,
                "description": stage.description,
                "date": stage.taken_on,
                "image": picture,
            }
        )
    known = [p["progress"] for p in photos if p["progress"] is not None]
    return {
        "code": project.tenant.code,
        "village": project.tenant.name,
        "remote_id": project.remote_id,
        "title": project.title,
        "location": project.location,
        "description": project.description,
        "funding_source": project.funding_source,
        "volume": project.volume,
        "year": project.year,
        "implementer": project.implementer,
        "active": project.active,
        "budget": project.budget,
        "budget_change": project.budget_change,
        "cost_government": project.cost_government,
        "cost_province": project.cost_province,
        "cost_regency": project.cost_regency,
        "cost_self_help": project.cost_self_help,
        "cost_total": project.cost_total,
        "benefit": project.benefit,
        "duration": project.duration,
        "nature": project.nature,
        "budget_text": format_number(project.budget),
        "cost_total_text": format_number(project.cost_total),
        "progress": max(known) if known else None,
        "image": _picture(project.photo),
        "photos": photos,
        "received_at": project.received_at,
    }


def development_rows(data: dict) -> list[dict]:
    """Flat rows for the CSV/JSON downloads, each with its region's Kemendagri code."""
    return [
        {
            "kode_wilayah": row["code"],
            "nama_wilayah": row["village"],
            "id_kegiatan": "" if row["remote_id"] is None else row["remote_id"],
            "nama_kegiatan": row["title"],
            "lokasi": row["location"],
            "tahun_anggaran": row["year"] or "",
            "sumber_dana": row["funding_source"],
            "volume": row["volume"],
            "pelaksana": row["implementer"],
            "anggaran": row["budget"],
            "perubahan_anggaran": row["budget_change"],
            "biaya_pemerintah": row["cost_government"],
            "biaya_provinsi": row["cost_province"],
            "biaya_kab_kota": row["cost_regency"],
            "biaya_swadaya": row["cost_self_help"],
            "jumlah_biaya": row["cost_total"],
            "sifat_proyek": row["nature"],
            "persentase": "" if row["progress"] is None else row["progress"],
            "aktif": row["active"],
            "jumlah_foto": len(row["photos"]) + (1 if row["image"] else 0),
            "diterima": row["received_at"].date().isoformat(),
        }
        for row in data["projects"]
    ]
