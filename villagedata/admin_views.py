"""Admin screens: import data files, download templates, manage OpenSID keys.

Operators import for their own village only, kecamatan admins for their
villages (``villagedata.permissions``). Only kecamatan admins see the keys,
and with them each village's last OpenSID push of each kind.
"""

import csv
import io

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import get_script_prefix, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from villagedata import freshness
from villagedata.forms import DevelopmentProjectForm, ImportForm, IssueKeyForm
from villagedata.importing import (
    DATASETS,
    IMPORTERS,
    ImportFileError,
    read_table,
    template_rows,
)
from villagedata.models import DevelopmentProject, PushKind, PushStatus, SyncKey
from villagedata.models.sync import STALE_AFTER, push_kinds_for
from villagedata.permissions import importable_villages, key_managed_villages

IMPORT_TITLE = gettext_lazy("Impor data desa")
KEYS_TITLE = gettext_lazy("Kunci API OpenSID")


def _forbidden(request):
    return TemplateResponse(
        request,
        "tenants/admin/forbidden.html",
        {
            "page_title": _("Akses ditolak"),
            "header_title": _("Akses ditolak"),
            "header_icon": "warning",
        },
        status=403,
    )


def import_view(request):
    """Upload a CSV/XLSX file; show every error with its row and column, or what was saved."""
    villages = importable_villages(request.user)
    if not villages.exists():
        return _forbidden(request)
    result = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                table = read_table(upload.read(), upload.name)
            except ImportFileError as exc:
                # Unreadable, too long or a zip bomb: said at the upload field.
                form.add_error("file", str(exc))
            else:
                result = IMPORTERS[form.cleaned_data["dataset"]](
                    table, allowed=set(villages.values_list("code", flat=True))
                )
            if result is not None and result.ok:
                # The figures show on the data pages of the villages (and
                # their portals), held in the page cache: the same rows
                # may have been written for any village the user may import for.
                freshness.data_changed(villages.select_related("home_page"))
                messages.success(
                    request,
                    _("%(rows)s baris diimpor; periode yang diganti: %(periods)s.")
                    % {"rows": result.rows, "periods": ", ".join(result.periods)},
                )
                return redirect("villagedata_admin:import")
        messages.error(request, _("Tidak ada data yang disimpan. Perbaiki kesalahan di bawah."))
    else:
        form = ImportForm()
    return TemplateResponse(
        request,
        "villagedata/admin/import.html",
        {
            "page_title": IMPORT_TITLE,
            "header_title": IMPORT_TITLE,
            "header_icon": "table",
            "form": form,
            "result": result,
            "villages": villages.order_by("code"),
            "datasets": DATASETS.items(),
            "can_manage_keys": key_managed_villages(request.user).exists(),
        },
    )


def template_view(request, dataset, fmt):
    """A template file with the right columns and example rows."""
    if dataset not in DATASETS or fmt not in ("csv", "xlsx"):
        raise Http404
    if not importable_villages(request.user).exists():
        return _forbidden(request)
    rows = template_rows(dataset)
    if fmt == "csv":
        buffer = io.StringIO()
        csv.writer(buffer).writerows(rows)
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    else:
        import openpyxl

        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = dataset
        for row in rows:
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="templat-{dataset}.{fmt}"'
    return response


def keys_view(request):
    """List the villages' keys; issue one (its plain value is shown once)."""
    villages = key_managed_villages(request.user)
    if not villages.exists():
        return _forbidden(request)
    new_key = None
    if request.method == "POST":
        form = IssueKeyForm(request.POST, villages=villages)
        if form.is_valid():
            key, new_key = SyncKey.issue(
                form.cleaned_data["village"], request.user, form.cleaned_data["label"]
            )
            messages.success(
                request,
                _(
                    "Kunci baru untuk %(name)s dibuat. "
                    "Salin sekarang: kunci ini tidak ditampilkan lagi."
                )
                % {"name": key.tenant.display_name},
            )
            form = IssueKeyForm(villages=villages)
    else:
        form = IssueKeyForm(villages=villages)
    keys = SyncKey.objects.filter(tenant__in=villages).select_related("tenant", "created_by")
    return TemplateResponse(
        request,
        "villagedata/admin/keys.html",
        {
            "page_title": KEYS_TITLE,
            "header_title": KEYS_TITLE,
            "header_icon": "key",
            "form": form,
            "keys": keys,
            "new_key": new_key,
            "servers": server_addresses(villages),
            "push_kinds": PushKind,
            "push_rows": push_overview(villages),
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
            "stale_days": {
                "population": STALE_AFTER[PushKind.POPULATION_REPORTS].days,
                "budget": STALE_AFTER[PushKind.BUDGET_REPORTS].days,
            },
        },
    )


def server_addresses(villages) -> list[dict]:
    """What each kecamatan's villages put in OpenSID's "Api Opendk Server".

    The kecamatan's own address, whatever host the admin is open on (a push
    to another kecamatan's host is refused), and without a trailing slash:
    OpenSID appends ``/api/v1/…`` as is, and ``https://host/`` became
    ``https://host//api/v1/…``. A sub-path install adds its prefix.
    """
    prefix = get_script_prefix().rstrip("/")
    kecamatan = {
        village.kecamatan_id: village.kecamatan
        for village in villages.select_related("kecamatan__site")
    }
    return [
        {"kecamatan": k, "url": k.site.root_url + prefix}
        for k in sorted(kecamatan.values(), key=lambda k: k.code)
    ]


def push_overview(villages) -> list[dict]:
    """Per village, its last push of each kind (None: never), in ``PushKind`` order.

    A kelurahan has no APBDes, so that cell does not apply to it.
    """
    statuses = {
        (status.tenant_id, status.kind): status
        for status in PushStatus.objects.filter(tenant__in=villages)
    }
    return [
        {
            "village": village,
            "cells": [
                {
                    "kind": kind,
                    "applies": kind in push_kinds_for(village),
                    "status": statuses.get((village.pk, kind.value)),
                }
                for kind in PushKind
            ],
        }
        for village in villages.order_by("code")
    ]


@require_POST
def revoke_key_view(request, pk):
    """Revoke one key of a village the user administers."""
    key = get_object_or_404(SyncKey, pk=pk, tenant__in=key_managed_villages(request.user))
    key.revoke()
    messages.success(request, _("Kunci %(hint)s… dicabut.") % {"hint": key.hint})
    return redirect(reverse("villagedata_admin:keys"))


PROJECTS_TITLE = gettext_lazy("Kegiatan pembangunan")


def projects_view(request):
    """The development projects of the villages the user may write, newest year first."""
    villages = importable_villages(request.user)
    if not villages.exists():
        return _forbidden(request)
    projects = (
        DevelopmentProject.objects.filter(tenant__in=villages)
        .select_related("tenant")
        .order_by("tenant__code", "-year", "title")
    )
    return TemplateResponse(
        request,
        "villagedata/admin/projects.html",
        {
            "page_title": PROJECTS_TITLE,
            "header_title": PROJECTS_TITLE,
            "header_icon": "table",
            "projects": projects,
        },
    )


def project_edit_view(request, pk=None):
    """Enter a project, or correct one (from OpenSID or entered here), with an optional photo.

    A project OpenSID sent is overwritten by its next push of that project;
    OpenSID sends a project again only when it changes there.
    """
    from villagedata.development import make_image

    villages = importable_villages(request.user)
    if not villages.exists():
        return _forbidden(request)
    project = None
    if pk is not None:
        project = get_object_or_404(DevelopmentProject, pk=pk, tenant__in=villages)
    if request.method == "POST":
        form = DevelopmentProjectForm(
            request.POST, request.FILES, instance=project, villages=villages
        )
        if form.is_valid():
            saved = form.save(commit=False)
            upload = form.cleaned_data.get("photo_upload")
            if upload is not None:
                upload.seek(0)
                image = make_image(saved.tenant, upload.read(), upload.name, saved.title)
                if image is None:
                    form.add_error("photo_upload", _("Berkas ini bukan gambar yang dapat dibaca."))
                else:
                    old = saved.photo
                    saved.photo = image
                    if old is not None:
                        old.delete()
            if form.is_valid():
                saved.save()
                freshness.data_changed([saved.tenant])
                messages.success(
                    request, _("Kegiatan '%(title)s' disimpan.") % {"title": saved.title}
                )
                return redirect(reverse("villagedata_admin:projects"))
    else:
        form = DevelopmentProjectForm(instance=project, villages=villages)
    title = _("Ubah kegiatan pembangunan") if project else _("Tambah kegiatan pembangunan")
    return TemplateResponse(
        request,
        "villagedata/admin/project_form.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "table",
            "form": form,
            "project": project,
        },
    )


@require_POST
def project_delete_view(request, pk):
    """Delete a project (and its photo) of a village the user may write."""
    project = get_object_or_404(
        DevelopmentProject, pk=pk, tenant__in=importable_villages(request.user)
    )
    if project.photo is not None:
        project.photo.delete()
    project.delete()
    freshness.data_changed([project.tenant])
    messages.success(request, _("Kegiatan '%(title)s' dihapus.") % {"title": project.title})
    return redirect(reverse("villagedata_admin:projects"))
