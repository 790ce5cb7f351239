"""The pages every tenant starts with, as one declarative list.

Each content app declares its standard pages (the news index, the agenda,
the service catalogue, …) once, from its ``AppConfig.ready()``::

    standard_pages.register(
        StandardPage(NewsIndexPage, "berita", _("Berita"), fields=lambda t: {...}),
    )

Onboarding creates them for a new tenant (:func:`ensure`, inside the
onboarding transaction, before ``tenant_onboarded`` is sent), ``seed_demo``
does the same for every seeded tenant, and demo code finds a tenant's page
with :func:`page_of`. Neither onboarding nor the demo imports an app's
signal handlers, so no app's demo and signals modules need each other.

Pages are created in the order they were registered (INSTALLED_APPS order),
which is the order of the site's menu. Creation is idempotent: a tenant
that already has a page of that type keeps it as it is.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from cms.pages import ensure_child
from tenants.codes import TenantKind

KECAMATAN = frozenset({TenantKind.KECAMATAN})
VILLAGES = frozenset(kind for kind in TenantKind if kind != TenantKind.KECAMATAN)
EVERY_TENANT = KECAMATAN | VILLAGES


@dataclass(frozen=True)
class StandardPage:
    """One page under the home of every tenant of ``kinds``.

    ``title`` is a string (lazy translations welcome) or a function of the
    tenant; ``fields`` returns the page's other starting fields for a tenant.
    """

    model: type
    slug: str
    title: object
    fields: Callable = field(default=lambda tenant: {})
    kinds: frozenset = EVERY_TENANT

    def applies_to(self, tenant) -> bool:
        return tenant.kind in self.kinds

    def title_for(self, tenant) -> str:
        return str(self.title(tenant) if callable(self.title) else self.title)


_registry: list[StandardPage] = []


def register(*pages: StandardPage) -> None:
    """Add ``pages`` to the list (once each: a second registration is ignored)."""
    for page in pages:
        if not any(p.model is page.model for p in _registry):
            _registry.append(page)


def declared(tenant=None) -> list[StandardPage]:
    """The declared pages, in order; only those for ``tenant``'s kind if given."""
    return [p for p in _registry if tenant is None or p.applies_to(tenant)]


def _declaration(model) -> StandardPage:
    for page in _registry:
        if page.model is model:
            return page
    raise LookupError(f"{model.__name__} is not a standard page; register it first.")


def _ensure_one(tenant, declaration: StandardPage, user=None):
    return ensure_child(
        tenant.home_page,
        declaration.model,
        user=user,
        title=declaration.title_for(tenant),
        slug=declaration.slug,
        **declaration.fields(tenant),
    )


def ensure(tenant, user=None) -> dict:
    """Every standard page of ``tenant``, created and published if missing,
    keyed by model; ``user``, if given, is the author of those it creates."""
    return {d.model: _ensure_one(tenant, d, user) for d in declared(tenant)}


def page_of(tenant, model):
    """``tenant``'s standard page of ``model``, created if missing."""
    return _ensure_one(tenant, _declaration(model))
