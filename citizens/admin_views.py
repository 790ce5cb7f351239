"""The staff side in the Wagtail admin: inbox, case detail, files, exports, SKM.

Every view starts from ``citizens.access``, which limits a user to the
offices they work for. A case or file outside that scope answers 404, so
staff cannot even learn that another office's code exists. Each look at a
request's personal data (detail, file, export) is written to the audit log.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.db.models import Avg, Count, IntegerField, Value, When
from django.db.models import Case as CaseWhen
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.http import require_POST

from citizens import access, exports, notifications, workflow
from citizens.audit import log_access
from citizens.forms import CategoryForm, StatusChangeForm
from citizens.models import (
    AccessAction,
    Complaint,
    ComplaintCategory,
    ComplaintStatus,
    RequestStatus,
    ServiceRequest,
    complaint_late_days,
)
from tenants.models import Tenant

KINDS = {"pengaduan": Complaint, "permohonan": ServiceRequest}
PER_PAGE = 50

# ?urut= values → (label, ordering). The first is the default: newest first.
SORTS = {
    "terbaru": (_l("Terbaru dulu"), ("-created_at", "-pk")),
    "terlama": (_l("Terlama dulu (paling lama terbuka)"), ("created_at", "pk")),
    "desa": (_l("Desa/kantor (A–Z)"), ("tenant__name", "-created_at", "-pk")),
    "status": (_l("Status (sesuai alur)"), ("status_order", "created_at", "pk")),
}
DEFAULT_SORT = "terbaru"


def _status_order(model):
    """The statuses in the order a case moves through them (the choices' order)."""
    statuses = ComplaintStatus if model is Complaint else RequestStatus
    return CaseWhen(
        *(When(status=value, then=Value(i)) for i, value in enumerate(statuses.values)),
        default=Value(len(statuses.values)),
        output_field=IntegerField(),
    )


def sort_key(request) -> str:
    """The inbox's sort from ``?urut=`` (an unknown value gives the default)."""
    key = request.GET.get("urut", DEFAULT_SORT)
    return key if key in SORTS else DEFAULT_SORT


def _forbidden(request):
    return TemplateResponse(
        request,
        "citizens/admin/forbidden.html",
        {
            "page_title": _("Akses ditolak"),
            "header_title": _("Akses ditolak"),
            "header_icon": "warning",
        },
        status=403,
    )


def inbox_required(view):
    """Answer 403 to admin users who handle no office's cases."""

    def wrapped(request, *args, **kwargs):
        if not access.has_inbox(request.user):
            return _forbidden(request)
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


def _model_or_404(kind):
    try:
        return KINDS[kind]
    except KeyError:
        raise Http404 from None


def filtered_cases(request, model):
    """The user's cases of ``model`` with the inbox's filters from the query string."""
    cases = access.visible(model, request.user).select_related("tenant", "origin")
    if model is Complaint:
        cases = cases.select_related("category")
    state = request.GET.get("status", "terbuka")
    if state == "terbuka":
        cases = cases.open()
    elif state == "terlambat":
        cases = cases.late()
    elif state and state != "semua":
        cases = cases.filter(status=state)
    office = request.GET.get("kantor")
    if office and office.isdigit():
        cases = cases.filter(tenant_id=int(office))
    code = request.GET.get("q", "").strip().upper()
    if code:
        cases = cases.filter(code__startswith=code)
    ordering = SORTS[sort_key(request)][1]
    if "status_order" in ordering:
        cases = cases.annotate(status_order=_status_order(model))
    return cases.order_by(*ordering)


def counts(user) -> dict:
    """Open and late complaints and requests of the user's offices (two queries)."""
    complaints = access.complaints_for(user).open_and_late()
    requests = access.requests_for(user).open_and_late()
    return {
        "open_complaints": complaints["open"],
        "late_complaints": complaints["late"],
        "open_requests": requests["open"],
        "overdue_requests": requests["late"],
    }


def office_totals(user, model) -> list[dict]:
    """Per handling office of the user's visible cases of ``model``: every case,
    the open ones, the late ones and the oldest open one's age in days.

    By code, so a kecamatan comes before its villages: every office in the
    user's reach, even without cases, and any other office handling a case
    the user sees (a request sent from a village's site to the kecamatan).
    Two queries.
    """
    now = timezone.now()
    totals = access.visible(model, user).totals_by_office(now)
    offices = Tenant.objects.filter(
        pk__in=[*totals, *access.offices_of(user).values_list("pk", flat=True)]
    ).order_by("code")
    empty = {"total": 0, "open": 0, "late": 0, "oldest": None}
    rows = []
    for office in offices:
        row = {**empty, **totals.get(office.pk, {}), "office": office}
        row["oldest_days"] = (now - row["oldest"]).days if row["oldest"] else None
        rows.append(row)
    return rows


def _header(title, icon="mail"):
    return {"page_title": title, "header_title": title, "header_icon": icon}


@inbox_required
def inbox(request, kind="permohonan"):
    """Complaints or requests of the user's offices, with filters and counts."""
    model = _model_or_404(kind)
    cases = filtered_cases(request, model)
    page = Paginator(cases, PER_PAGE).get_page(request.GET.get("p"))
    statuses = ComplaintStatus.choices if model is Complaint else RequestStatus.choices
    query = request.GET.copy()
    query.pop("p", None)
    unsorted = query.copy()
    unsorted.pop("urut", None)
    return TemplateResponse(
        request,
        "citizens/admin/inbox.html",
        {
            **_header(_("Pengaduan & Permohonan")),
            "kind": kind,
            "is_request": model is ServiceRequest,
            "page": page,
            "counts": counts(request.user),
            "offices": access.offices_of(request.user).order_by("code"),
            "office_totals": office_totals(request.user, model),
            "complaint_late_days": complaint_late_days(),
            "statuses": statuses,
            "sorts": [(key, label) for key, (label, _ordering) in SORTS.items()],
            "current": {
                "status": request.GET.get("status", "terbuka"),
                "kantor": request.GET.get("kantor", ""),
                "q": request.GET.get("q", ""),
                "urut": sort_key(request),
            },
            "query": query.urlencode(),
            "unsorted_query": unsorted.urlencode(),
            "now": timezone.now(),
        },
    )


@inbox_required
def detail(request, kind, code):
    """One case with its personal data, files, history and the status form."""
    model = _model_or_404(kind)
    case = access.get_case_or_404(model, request.user, code)
    can_handle = access.can_handle(request.user, case)
    form = None
    if request.method == "POST":
        if not can_handle:
            return _forbidden(request)
        form = StatusChangeForm(request.POST, request.FILES, case=case)
        if form.is_valid():
            data = form.cleaned_data
            try:
                if data["status"]:
                    workflow.change_status(
                        case,
                        data["status"],
                        user=request.user,
                        note=data["note"],
                        public=data["public"],
                        result=data.get("result"),
                    )
                    notifications.status_changed(case, data["note"] if data["public"] else "")
                else:
                    workflow.reply(
                        case, user=request.user, note=data["note"], public=data["public"]
                    )
            except (workflow.TransitionError, ValidationError) as error:
                form.add_error(None, error.messages if hasattr(error, "messages") else str(error))
            except DatabaseError:
                form.add_error(None, _("Perubahan belum tersimpan karena gangguan sistem."))
            else:
                messages.success(request, _("Perubahan tersimpan."))
                return redirect("citizens_admin:detail", kind=kind, code=code)
    if form is None:
        form = StatusChangeForm(case=case) if can_handle and case.allowed_transitions() else None
    log_access(request, AccessAction.VIEW, case)
    return TemplateResponse(
        request,
        "citizens/admin/detail.html",
        {
            **_header(f"{case.kind_label} {case.code}"),
            "kind": kind,
            "case": case,
            "is_request": model is ServiceRequest,
            "files": case.files.all(),
            "events": case.events.select_related("actor"),
            "form": form,
            "can_handle": can_handle,
            "can_take_over": model is Complaint and access.can_take_over(request.user, case),
        },
    )


@require_POST
@inbox_required
def take_over(request, code):
    """The kecamatan takes over a village's complaint."""
    complaint = access.get_case_or_404(Complaint, request.user, code)
    if not access.can_take_over(request.user, complaint):
        return _forbidden(request)
    workflow.take_over(complaint, user=request.user)
    messages.success(request, _("Pengaduan kini ditangani kecamatan."))
    return redirect("citizens_admin:detail", kind="pengaduan", code=code)


@inbox_required
def serve_file(request, pk):
    """A private upload, for staff of an office that may see its case; 404 otherwise."""
    record = access.files_for(request.user).filter(pk=pk).first()
    if record is None:
        raise Http404
    try:
        handle = record.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    log_access(request, AccessAction.DOWNLOAD, record.case, detail=record.original_name)
    response = FileResponse(
        handle,
        content_type=record.content_type,
        as_attachment=request.GET.get("unduh") == "1",
        filename=record.original_name,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@inbox_required
def export(request, kind, fmt):
    """The inbox's current list as CSV or XLSX (formula-neutralised, NIK masked)."""
    model = _model_or_404(kind)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    cases = filtered_cases(request, model)
    if model is Complaint:
        header, rows = exports.COMPLAINT_HEADER, exports.complaint_rows(cases)
    else:
        header, rows = exports.REQUEST_HEADER, exports.request_rows(cases)
    log_access(request, AccessAction.EXPORT, detail=f"{kind} {request.GET.urlencode()}")
    filename = f"{kind}-{timezone.localdate():%Y%m%d}"
    writer = exports.as_csv if fmt == "csv" else exports.as_xlsx
    return writer(filename, header, rows)


@inbox_required
def satisfaction(request):
    """SKM: average rating and count per site, for the user's offices."""
    offices = list(access.offices_of(request.user).order_by("code"))
    empty = {"average": None, "count": 0}
    rows = {
        office.pk: {"office": office, "complaints": empty, "requests": empty} for office in offices
    }
    for key, model in (("complaints", Complaint), ("requests", ServiceRequest)):
        averages = (
            model.objects.filter(tenant__in=offices, rating__isnull=False)
            .values("tenant")
            .annotate(average=Avg("rating"), count=Count("pk"))
        )
        for item in averages:
            rows[item["tenant"]][key] = {"average": item["average"], "count": item["count"]}
    rows = list(rows.values())
    return TemplateResponse(
        request,
        "citizens/admin/satisfaction.html",
        {**_header(_("Kepuasan warga (SKM)"), "pick"), "rows": rows},
    )


def inbox_url(kind="permohonan"):
    return reverse("citizens_admin:inbox", kwargs={"kind": kind})


def managed_kecamatan(user):
    """The kecamatan whose complaint categories ``user`` manages."""
    return access.offices_of(user).filter(kecamatan__isnull=True).order_by("code")


@inbox_required
def categories(request):
    """Complaint categories of the user's kecamatan: add one, or switch one on or off.

    Village operators see this page too but may not change it: categories
    are the kecamatan's, shared by all its villages.
    """
    kecamatan = list(managed_kecamatan(request.user))
    form = CategoryForm(request.POST or None, kecamatan=kecamatan)
    if request.method == "POST":
        if not kecamatan:
            return _forbidden(request)
        toggle = request.POST.get("toggle")
        if toggle:
            category = ComplaintCategory.objects.filter(
                pk=toggle if toggle.isdigit() else 0, kecamatan__in=kecamatan
            ).first()
            if category is None:
                raise Http404
            category.active = not category.active
            category.save(update_fields=["active"])
            messages.success(request, _("Kategori diperbarui."))
            return redirect("citizens_admin:categories")
        if form.is_valid():
            form.save()
            messages.success(request, _("Kategori ditambahkan."))
            return redirect("citizens_admin:categories")
    return TemplateResponse(
        request,
        "citizens/admin/categories.html",
        {
            **_header(_("Kategori pengaduan"), "tag"),
            "form": form if kecamatan else None,
            "categories": ComplaintCategory.objects.filter(kecamatan__in=kecamatan)
            .select_related("kecamatan")
            .order_by("kecamatan__code", "sort_order", "name"),
        },
    )
