"""Writing the personal-data audit log (``PersonalDataAccess``)."""

from citizens.models import PersonalDataAccess, ServiceRequest
from cms.clientip import client_ip


def log_access(request, action: str, case=None, detail: str = "") -> None:
    """Record that ``request.user`` did ``action`` on ``case``'s personal data."""
    target = {}
    if case is not None:
        key = "service_request" if isinstance(case, ServiceRequest) else "complaint"
        target[key] = case
    PersonalDataAccess.objects.create(
        user=request.user,
        username=request.user.get_username(),
        action=action,
        detail=detail[:255],
        # The client's address, not the proxy's (cms.clientip).
        ip_address=client_ip(request),
        **target,
    )
