"""One sample URL per public page type of an install, for checks that visit them all.

Used by ``bench/page_weight.py`` (bytes per page type) and by the browser
test (content, accessibility, no-JS). It reads whatever the database holds,
so a new page type is covered as soon as one page of it exists.
"""

from dataclasses import dataclass

from wagtail.models import Page, Site

from services.models import VillageServiceIndexPage
from tenants import tree


@dataclass(frozen=True)
class PageSample:
    """A page to visit: what it is, where it lives, and the heading to expect."""

    label: str
    hostname: str
    path: str
    title: str


def sample_pages(prefer_hostname_suffix: str = "") -> list[PageSample]:
    """One live page per concrete page type, each on its own site's host.

    A page on a host ending with ``prefer_hostname_suffix`` is preferred (the
    demo's richest content is on ``rkt.localhost``). Also adds views of
    routable pages that readers meet as pages of their own: a shared service
    on a village host, its printable checklist, and a site search.
    """
    sites = list(Site.objects.select_related("root_page"))
    chosen: dict[str, PageSample] = {}
    for page in Page.objects.live().public().filter(depth__gte=3).order_by("path").specific():
        site = next((s for s in sites if page.path.startswith(s.root_page.path)), None)
        if site is None:
            continue
        label = type(page).__name__
        preferred = site.hostname.endswith(prefer_hostname_suffix)
        current = chosen.get(label)
        if current is None or (preferred and not current.hostname.endswith(prefer_hostname_suffix)):
            path = tree.url_below(page, site.root_page)
            chosen[label] = PageSample(label, site.hostname, path, page.title)
    samples = sorted(chosen.values(), key=lambda s: s.label)
    samples += _shared_service_samples(sites, prefer_hostname_suffix)
    default = next((s for s in sites if s.is_default_site), None)
    if default is not None:
        samples.append(PageSample("Search results", default.hostname, "/cari/?q=desa", "Cari"))
    return samples


def _shared_service_samples(sites, suffix) -> list[PageSample]:
    """A kecamatan's shared service as a village shows it, and its print view."""
    site_by_root = {site.root_page_id: site for site in sites}
    for index in VillageServiceIndexPage.objects.live().order_by("path"):
        site = site_by_root.get(index.get_parent().pk)
        shared = index.shared_services_queryset().first()
        if site is None or shared is None or not site.hostname.endswith(suffix):
            continue
        path = f"/{index.slug}/{shared.slug}/"
        return [
            PageSample("Shared service on a village", site.hostname, path, shared.title),
            PageSample("Service print view", site.hostname, path + "cetak/", shared.title),
        ]
    return []
