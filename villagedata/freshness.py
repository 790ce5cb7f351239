"""Make the pages showing a village's data stale when that data changes.

Village data lives outside the page tree (pushes from OpenSID, imports), so
no publish signal reaches the page cache. The village's own site and its
portal show it (the data page, the API's village data), and both are held
in the anonymous page cache and the API's response cache, keyed by the same
per-site generations: a change bumps them through ``pagecache.invalidation``,
the one rule for which sites a change to a tenant's pages makes stale.
"""

from pagecache import invalidation


def data_changed(tenants) -> set[str]:
    """Bump the cache generations of the sites showing ``tenants``' data; their hostnames."""
    hostnames = set()
    for tenant in tenants:
        hostnames |= invalidation.invalidate_page(tenant.home_page)
    return hostnames
