"""Public views: the complaint form, the request form, and follow-up by tracking code.

Every view is scoped to the site serving the request (``tenants.scoping``):
a complaint goes to that site's office, a request form exists only for a
service this site offers, and codes are found only among cases of this
site's kecamatan. Status pages and their JSON never show who sent a case.
"""

import logging

from django.contrib import messages
from django.db import DatabaseError
from django.db.models import Q
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Page

from citizens import notifications, ratelimit, workflow
from citizens.codes import normalise_tracking_code
from citizens.forms import (
    ComplaintForm,
    LookupForm,
    RatingForm,
    ResubmitForm,
    ServiceRequestForm,
    requirement_labels,
)
from citizens.models import Complaint, FileRole, RequestStatus, ServiceRequest
from services import finder
from services.models import HandledAt, ServicePage
from services.rendering import LAPOR_URL
from tenants import scoping
from tenants.models import Tenant

logger = logging.getLogger(__name__)

SAVE_FAILED = _(
    "Maaf, data Anda belum tersimpan karena gangguan sistem. Tidak ada yang terkirim; "
    "silakan kirim ulang beberapa saat lagi."
)
SPAM_REFUSED = _("Formulir tidak dapat diproses. Muat ulang halaman lalu coba lagi.")


def _tenant_or_404(request) -> Tenant:
    tenant = scoping.current_tenant(request)
    if tenant is None:
        raise Http404
    return tenant


def _kecamatan_of(tenant: Tenant) -> Tenant:
    return tenant.kecamatan if tenant.is_village else tenant


def _too_many(request, template, context):
    context["rate_limited"] = True
    return TemplateResponse(request, template, context, status=429)


def _render(request, template, context, status=200):
    context.setdefault("lapor_url", LAPOR_URL)
    return TemplateResponse(request, template, context, status=status)


def _submit(request, template, context, save, what: str):
    """The POST half of a public form: limit, refuse spam, validate, save, go to status.

    ``context["form"]`` is the bound form; ``save()`` stores the case (idempotent
    by the form's token) and sends its notifications, returning the case. A
    rate-limited sender gets 429, spam or invalid input 400 with the form and
    its input kept, and a database failure 503 with the input kept, so the
    citizen can send again without retyping.

    Only a submission that passed validation counts toward the sender's
    budget: a citizen who mistypes the form ten times can still send it.
    """
    form = context["form"]
    if ratelimit.exhausted(request, "submit"):
        return _too_many(request, template, context)
    if form.is_spam:
        context["error"] = SPAM_REFUSED
        return _render(request, template, context, status=400)
    if not form.is_valid():
        return _render(request, template, context, status=400)
    if not ratelimit.hit(request, "submit"):
        return _too_many(request, template, context)
    try:
        case = save()
    except DatabaseError as error:
        # Only the error's type: a database message may quote the row, NIK included.
        logger.error("%s could not be saved: %s", what, type(error).__name__)
        context["error"] = SAVE_FAILED
        return _render(request, template, context, status=503)
    return redirect(reverse("citizens:status", args=[case.code]) + "?baru=1")


@never_cache
def complaint_form(request):
    """The complaint form of this site; the complaint goes to this site's office."""
    tenant = _tenant_or_404(request)
    kecamatan = _kecamatan_of(tenant)
    template = "citizens/complaint_form.html"
    if request.method != "POST":
        form = ComplaintForm(kecamatan=kecamatan)
        return _render(request, template, {"form": form, "office": tenant})
    form = ComplaintForm(request.POST, request.FILES, kecamatan=kecamatan)

    def save():
        complaint, created = workflow.create_complaint(
            origin=tenant,
            token=form.cleaned_data["token"],
            data=form.cleaned_data,
            attachments=form.attachments,
        )
        if created:
            notifications.case_received(complaint)
        return complaint

    return _submit(request, template, {"form": form, "office": tenant}, save, "Complaint")


def service_offices(tenant: Tenant, service: ServicePage, shared: bool) -> list[Tenant] | None:
    """The offices a request for ``service``, offered on ``tenant``'s site, may go to.

    ``shared`` says the service is the kecamatan's, shown on a village site
    (``services.finder.offered_service`` decides what a site offers). None
    when the service takes no online requests. On a village site: the
    village, and the kecamatan too for a shared service handled at both; on
    a portal: the kecamatan and/or its villages, as the service says.
    """
    if not service.accepts_online_requests:
        return None
    if tenant.is_village:
        offices = [tenant]
        if shared and service.handled_at == HandledAt.BOTH:
            offices.append(tenant.kecamatan)
        return offices
    offices = []
    if service.handled_at in (HandledAt.KECAMATAN, HandledAt.BOTH):
        offices.append(tenant)
    if service.handled_at in (HandledAt.DESA, HandledAt.BOTH):
        offices.extend(tenant.villages.select_related("site").order_by("name"))
    return offices


@never_cache
def request_form(request, service_id: int):
    """ "Ajukan permohonan" for one service offered online on this site."""
    tenant = _tenant_or_404(request)
    offered = finder.offered_service(scoping.request_scope(request), service_id)
    if offered is None:
        raise Http404
    service, shared = offered
    offices = service_offices(tenant, service, shared)
    if not offices:
        raise Http404
    template = "citizens/request_form.html"
    context = {"service": service, "office": tenant}
    if request.method != "POST":
        context["form"] = ServiceRequestForm(service=service, offices=offices)
        return _render(request, template, context)
    form = ServiceRequestForm(request.POST, request.FILES, service=service, offices=offices)
    context["form"] = form

    def save():
        service_request, created = workflow.create_request(
            origin=tenant,
            office=form.cleaned_data["office"],
            service=service,
            token=form.cleaned_data["token"],
            data=form.cleaned_data,
            uploads=form.uploads,
        )
        if created:
            notifications.case_received(service_request)
            notifications.new_request_to_office(service_request)
        return service_request

    return _submit(request, template, context, save, "Service request")


def find_case(request, code: str):
    """The complaint or request with ``code`` sent within this site's kecamatan, or 404."""
    tenant = _tenant_or_404(request)
    kecamatan = _kecamatan_of(tenant)
    code = normalise_tracking_code(code)
    if code is None:
        raise Http404
    family = Q(origin=kecamatan) | Q(origin__kecamatan=kecamatan)
    for model in (Complaint, ServiceRequest):
        case = model.objects.filter(family, code=code).select_related("tenant").first()
        if case is not None:
            return case
    raise Http404


def public_history(case):
    """Status changes and public notes, oldest first, without who made them."""
    return [
        {"status": event.status, "note": event.note if event.public else "", "at": event.created_at}
        for event in case.events.all()
        if event.status or event.public
    ]


def _status_label(case, status):
    return dict(type(case)._meta.get_field("status").choices).get(status, status)


@never_cache
def lookup(request):
    """The "Lacak" page: type a code, go to its status page."""
    form = LookupForm(request.GET or None)
    if form.is_bound and form.is_valid():
        return redirect("citizens:status", code=form.cleaned_data["code"])
    status_code = 400 if form.errors else 200
    return _render(request, "citizens/lookup.html", {"form": form}, status=status_code)


@never_cache
def status(request, code: str):
    """The public status page of a case: status, dates, public replies. No identity."""
    template = "citizens/status.html"
    if not ratelimit.hit(request, "lookup"):
        return _too_many(request, "citizens/lookup.html", {"form": LookupForm()})
    case = find_case(request, code)
    history = [
        {**item, "label": _status_label(case, item["status"]) if item["status"] else ""}
        for item in public_history(case)
    ]
    context = {
        "case": case,
        "is_request": isinstance(case, ServiceRequest),
        "history": history,
        "new": request.GET.get("baru") == "1",
        "rating_form": RatingForm() if case.can_be_rated else None,
        "result_ready": isinstance(case, ServiceRequest)
        and case.files.filter(role=FileRole.RESULT).exists(),
    }
    if isinstance(case, ServiceRequest) and case.status == RequestStatus.NEEDS_FIX:
        context["resubmit_url"] = reverse("citizens:resubmit", args=[case.code])
    return _render(request, template, context)


@never_cache
def status_json(request, code: str):
    """The status page as JSON for apps: the same public facts, never personal data."""
    if not ratelimit.hit(request, "lookup"):
        return JsonResponse({"detail": _("Terlalu banyak permintaan.")}, status=429)
    case = find_case(request, code)
    data = {
        "code": case.code,
        "type": "permohonan" if isinstance(case, ServiceRequest) else "pengaduan",
        "status": case.status,
        "status_label": case.get_status_display(),
        "office": case.tenant.display_name,
        "created_at": case.created_at.isoformat(),
        "history": [{**item, "at": item["at"].isoformat()} for item in public_history(case)],
    }
    if isinstance(case, ServiceRequest):
        data["service"] = case.service_title
    return JsonResponse(data)


@require_POST
def rate(request, code: str):
    """The SKM rating of a closed case, once."""
    if not ratelimit.hit(request, "submit"):
        return _too_many(request, "citizens/lookup.html", {"form": LookupForm()})
    case = find_case(request, code)
    form = RatingForm(request.POST)
    if form.is_valid() and case.can_be_rated:
        workflow.rate(case, form.cleaned_data["rating"], form.cleaned_data["comment"])
        messages.success(request, _("Terima kasih atas penilaian Anda."))
    else:
        messages.error(request, _("Penilaian tidak tersimpan. Pilih nilai 1 sampai 5."))
    return redirect("citizens:status", code=case.code)


@never_cache
def resubmit(request, code: str):
    """Re-upload requirements of a request marked "perlu perbaikan".

    Whether a code exists shows here (a redirect or a 404), so every visit
    counts as a lookup, like the status page; a valid upload also counts
    as a submission.
    """
    if not ratelimit.hit(request, "lookup"):
        return _too_many(request, "citizens/lookup.html", {"form": LookupForm()})
    case = find_case(request, code)
    if not isinstance(case, ServiceRequest) or case.status != RequestStatus.NEEDS_FIX:
        return redirect("citizens:status", code=code)
    labels = [label for label in _request_labels(case)]
    template = "citizens/resubmit.html"
    form = ResubmitForm(request.POST or None, request.FILES or None, labels=labels)
    context = {"case": case, "form": form}
    if request.method == "POST":
        if ratelimit.exhausted(request, "submit"):
            return _too_many(request, template, context)
        if not form.is_valid():
            return _render(request, template, context, status=400)
        if not ratelimit.hit(request, "submit"):
            return _too_many(request, template, context)
        try:
            workflow.resubmit(case, form.uploads)
        except (DatabaseError, workflow.TransitionError) as error:
            logger.error("Resubmission could not be saved: %s", type(error).__name__)
            context["error"] = SAVE_FAILED
            return _render(request, template, context, status=503)
        notifications.status_changed(case, _("Berkas perbaikan sudah kami terima."))
        messages.success(request, _("Berkas perbaikan terkirim. Petugas akan memeriksanya lagi."))
        return redirect("citizens:status", code=code)
    return _render(request, template, context)


def _request_labels(case: ServiceRequest) -> list[str]:
    service = Page.objects.filter(pk=case.service_id).specific().first()
    if isinstance(service, ServicePage):
        return requirement_labels(service)
    return list(
        dict.fromkeys(case.files.filter(role=FileRole.REQUIREMENT).values_list("label", flat=True))
    )


@require_POST
def result_document(request, code: str):
    """The result document of a finished request, for whoever proves the applicant's NIK.

    The tracking code alone is not enough for a document full of personal
    data: the NIK must match too. Each attempt counts against the rate limit.
    """
    if not ratelimit.hit(request, "submit"):
        return _too_many(request, "citizens/lookup.html", {"form": LookupForm()})
    case = find_case(request, code)
    record = None
    if isinstance(case, ServiceRequest) and case.status == RequestStatus.DONE:
        record = case.files.filter(role=FileRole.RESULT).order_by("-pk").first()
    if record is None:
        raise Http404
    nik = request.POST.get("nik", "").strip()
    if not constant_time_compare(nik, case.nik):
        messages.error(request, _("NIK tidak cocok dengan data permohonan."))
        return redirect("citizens:status", code=case.code)
    response = FileResponse(
        record.file.open("rb"),
        content_type=record.content_type,
        as_attachment=True,
        filename=f"hasil-{case.code}.{record.file.name.rsplit('.', 1)[-1]}",
    )
    response["Cache-Control"] = "private, no-store"
    return response
