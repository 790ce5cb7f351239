"""Who on the staff may see and handle which cases.

The offices of a user are the tenants in their admin reach
(:func:`tenants.reach.tenants_in_reach`, the one rule for every kind of
object):

* a superuser: every office;
* a kecamatan admin: that kecamatan and its villages;
* a kecamatan editor: the kecamatan's own office (which handles the requests
  for its shared services, from whichever village site they were sent);
* a village operator: that village only.

A user sees a case when its handling office or the site it came from is
among their offices, and may change it only when the handling office is.
Every admin view of this app starts from these helpers.
"""

from django.db.models import Q
from django.http import Http404

from citizens.models import Complaint, ServiceRequest, UploadedFile
from tenants.reach import tenants_in_reach


def offices_of(user):
    """The tenants whose cases ``user`` may handle (a queryset)."""
    return tenants_in_reach(user)


def has_inbox(user) -> bool:
    """True when the user handles at least one office's cases."""
    return offices_of(user).exists()


def visible(model, user):
    """Cases of ``model`` the user may see: handled by, or sent from, one of their offices."""
    office_ids = offices_of(user).values("pk")
    return model.objects.filter(Q(tenant__in=office_ids) | Q(origin__in=office_ids))


def complaints_for(user):
    return visible(Complaint, user)


def requests_for(user):
    return visible(ServiceRequest, user)


def get_case_or_404(model, user, code: str):
    """The visible case with ``code``; 404 (not 403) so that codes of others do not leak."""
    case = visible(model, user).select_related("tenant", "origin").filter(code=code).first()
    if case is None:
        raise Http404
    return case


def can_handle(user, case) -> bool:
    """True when the user may change ``case``: its handling office is one of theirs."""
    return offices_of(user).filter(pk=case.tenant_id).exists()


def can_take_over(user, complaint) -> bool:
    """A kecamatan's staff may take a complaint over from one of its villages."""
    if complaint.tenant.kecamatan_id is None or complaint.is_closed:
        return False
    return offices_of(user).filter(pk=complaint.tenant.kecamatan_id).exists()


def files_for(user):
    """Uploaded files of the cases the user may see."""
    office_ids = offices_of(user).values("pk")
    return UploadedFile.objects.filter(
        Q(complaint__tenant__in=office_ids)
        | Q(complaint__origin__in=office_ids)
        | Q(service_request__tenant__in=office_ids)
        | Q(service_request__origin__in=office_ids)
    )
