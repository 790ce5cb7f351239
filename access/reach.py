"""Admin reach, as the isolation plumbing in ``access`` uses it.

The rule itself lives in :mod:`tenants.reach` (the tenancy core); this module
only re-exports it for the middleware, hooks and viewsets of this app.
"""

from wagtail.models import Page

from tenants.reach import (
    ancestor_paths,
    chooser_roots,
    page_in,
    page_roots,
    same_family,
    sites_in_reach,
    tenant_of_collection,
    tenants_in_reach,
    villages_in_reach,
    within,
)

__all__ = [
    "Page",
    "ancestor_paths",
    "chooser_roots",
    "page_in",
    "page_roots",
    "same_family",
    "sites_in_reach",
    "tenant_of_collection",
    "tenants_in_reach",
    "villages_in_reach",
    "within",
]
