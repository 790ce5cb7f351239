"""Admin screens: list, add, change and delete webhook endpoints, see their
delivery log and send a delivery again.

Every view starts from ``webhooks.permissions`` (the admin reach): an
endpoint outside it is a 404, and a user who manages no site gets a 403.
"""

from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from webhooks.forms import EndpointForm
from webhooks.models import WebhookDelivery
from webhooks.permissions import manageable_endpoints, manageable_tenants
from webhooks.tasks import enqueue_on_commit

TITLE = gettext_lazy("Webhook")
_NEW_SECRET = "webhooks_new_secret"
LOG_LENGTH = 100


def _forbidden(request):
    return TemplateResponse(
        request,
        "webhooks/admin/forbidden.html",
        {
            "page_title": _("Akses ditolak"),
            "header_title": _("Akses ditolak"),
            "header_icon": "warning",
        },
        status=403,
    )


def _context(title, **extra):
    return {"page_title": title, "header_title": title, "header_icon": "link", **extra}


def index_view(request):
    """The endpoints of every site the user manages."""
    tenants = manageable_tenants(request.user)
    if not tenants.exists():
        return _forbidden(request)
    endpoints = manageable_endpoints(request.user).order_by("tenant__code", "url")
    return TemplateResponse(
        request, "webhooks/admin/index.html", _context(TITLE, endpoints=endpoints)
    )


def _show_secret_once(request, endpoint):
    request.session[_NEW_SECRET] = {"pk": endpoint.pk, "secret": endpoint.secret}


def create_view(request):
    """Register an endpoint; its secret is shown once, on the next screen."""
    tenants = manageable_tenants(request.user)
    if not tenants.exists():
        return _forbidden(request)
    form = EndpointForm(request.POST or None, tenants=tenants)
    if request.method == "POST" and form.is_valid():
        endpoint = form.save(commit=False)
        endpoint.created_by = request.user
        endpoint.save()
        _show_secret_once(request, endpoint)
        messages.success(request, _("Webhook %(url)s ditambahkan.") % {"url": endpoint.url})
        return redirect("webhooks_admin:detail", endpoint.pk)
    return TemplateResponse(
        request,
        "webhooks/admin/form.html",
        _context(_("Tambah webhook"), form=form, endpoint=None),
    )


def edit_view(request, pk):
    """Change an endpoint's scope, address, events or state (not its secret)."""
    tenants = manageable_tenants(request.user)
    if not tenants.exists():
        return _forbidden(request)
    endpoint = get_object_or_404(manageable_endpoints(request.user), pk=pk)
    form = EndpointForm(request.POST or None, instance=endpoint, tenants=tenants)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Webhook %(url)s disimpan.") % {"url": endpoint.url})
        return redirect("webhooks_admin:detail", endpoint.pk)
    return TemplateResponse(
        request,
        "webhooks/admin/form.html",
        _context(_("Ubah webhook"), form=form, endpoint=endpoint),
    )


def delete_view(request, pk):
    """Confirm, then delete an endpoint and its log."""
    if not manageable_tenants(request.user).exists():
        return _forbidden(request)
    endpoint = get_object_or_404(manageable_endpoints(request.user), pk=pk)
    if request.method == "POST":
        endpoint.delete()
        messages.success(request, _("Webhook %(url)s dihapus.") % {"url": endpoint.url})
        return redirect("webhooks_admin:index")
    return TemplateResponse(
        request,
        "webhooks/admin/delete.html",
        _context(_("Hapus webhook"), endpoint=endpoint),
    )


def detail_view(request, pk):
    """An endpoint and its delivery log (the newest first)."""
    if not manageable_tenants(request.user).exists():
        return _forbidden(request)
    endpoint = get_object_or_404(manageable_endpoints(request.user), pk=pk)
    new_secret = None
    shown = request.session.get(_NEW_SECRET)
    if shown and shown.get("pk") == endpoint.pk:
        new_secret = shown["secret"]
        del request.session[_NEW_SECRET]
    deliveries = endpoint.deliveries.all()[:LOG_LENGTH]
    return TemplateResponse(
        request,
        "webhooks/admin/detail.html",
        _context(
            _("Riwayat kiriman webhook"),
            endpoint=endpoint,
            deliveries=deliveries,
            new_secret=new_secret,
        ),
    )


@require_POST
def regenerate_secret_view(request, pk):
    """Replace the secret; the new one is shown once."""
    if not manageable_tenants(request.user).exists():
        return _forbidden(request)
    endpoint = get_object_or_404(manageable_endpoints(request.user), pk=pk)
    endpoint.regenerate_secret()
    _show_secret_once(request, endpoint)
    messages.success(request, _("Kunci rahasia baru dibuat. Kunci lama tidak berlaku lagi."))
    return redirect("webhooks_admin:detail", endpoint.pk)


@require_POST
def resend_view(request, pk, delivery_pk):
    """ "Kirim ulang": a new delivery of the same event (same X-Webhook-Id) to this endpoint."""
    if not manageable_tenants(request.user).exists():
        return _forbidden(request)
    endpoint = get_object_or_404(manageable_endpoints(request.user), pk=pk)
    original = get_object_or_404(WebhookDelivery, pk=delivery_pk, endpoint=endpoint)
    with transaction.atomic():
        copy = WebhookDelivery.objects.create(
            endpoint=endpoint,
            event=original.event,
            event_id=original.event_id,
            payload=original.payload,
        )
        enqueue_on_commit(copy.pk)
    messages.success(request, _("Kiriman dijadwalkan ulang."))
    return redirect(reverse("webhooks_admin:detail", args=[endpoint.pk]))
