"""Guards that keep the tenancy rule in one place (``tenants/``).

* **Tree arithmetic** — ``Page.steplen`` or a slice of a ``path`` — appears
  only in ``tenants/``: everything else asks ``tenants.tree`` (the folder or
  home of a page) or ``tenants.scoping`` / ``tenants.reach``.
* **Public views and API endpoints** never start a page query from a model
  manager without a scope: a chain rooted at ``<PageModel>.objects`` must be
  narrowed by a page it was given (``child_of``/``descendant_of``…) or by ids
  from a scoped query (``filter(pk__in=…)``), or be one of the reviewed
  exceptions below, each with its reason.

Both read the source with ``ast``, so they cost milliseconds and need no
database.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SKIP_DIRS = {".venv", "tests", "migrations", "node_modules", ".git", "__pycache__"}
TENANCY_CORE = "tenants"

# Modules that answer public requests (pages, listings, feeds, the API).
PUBLIC_MODULES = [
    "api/**/*.py",
    "frontend/*.py",
    "*/views.py",
    "*/listing.py",
    "*/feeds.py",
    "*/finder.py",
    "*/ical.py",
    "*/wagtail_hooks.py",
    "villagedata/figures.py",
]
SCOPING_METHODS = {
    "child_of",
    "descendant_of",
    "ancestor_of",
    "parent_of",
    "sibling_of",
    "in_scope",
    "in_site",
    "none",
}
ID_LOOKUPS = {"pk__in", "id__in", "page_id__in", "page__in"}
# file → reason: reviewed chains that start from a manager on purpose.
REVIEWED = {
    # Ranks ids that narrow_services() was given (already one site's services).
    ("services/finder.py", "ServicePage"),
    # A case's own service, by the id stored on the case (staff and tracking views).
    ("citizens/views.py", "Page"),
    # A base queryset (prefetches only) that the site's finder narrows with child_of.
    ("api/views/services.py", "ServicePage"),
}


def project_files():
    for path in ROOT.rglob("*.py"):
        parts = set(path.relative_to(ROOT).parts)
        if parts & SKIP_DIRS:
            continue
        yield path


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


class TreeArithmetic(ast.NodeVisitor):
    """Finds ``X.steplen`` and ``<something>.path[a:b]``."""

    def __init__(self):
        self.found: list[int] = []

    def visit_Attribute(self, node):
        if node.attr == "steplen":
            self.found.append(node.lineno)
        self.generic_visit(node)

    def visit_Subscript(self, node):
        target = node.value
        is_path = (isinstance(target, ast.Attribute) and target.attr.endswith("path")) or (
            isinstance(target, ast.Name) and target.id.endswith("path")
        )
        if is_path and isinstance(node.slice, ast.Slice):
            self.found.append(node.lineno)
        self.generic_visit(node)


def tree_arithmetic(source: str) -> list[int]:
    visitor = TreeArithmetic()
    visitor.visit(ast.parse(source))
    return visitor.found


def test_tree_arithmetic_lives_only_in_tenants():
    offenders = []
    for path in project_files():
        if relative(path).split("/")[0] == TENANCY_CORE:
            continue
        for line in tree_arithmetic(path.read_text()):
            offenders.append(f"{relative(path)}:{line}")
    assert not offenders, (
        "Page-tree arithmetic outside tenants/ (use tenants.tree / tenants.scoping): "
        + ", ".join(offenders)
    )


def test_the_tree_guard_catches_a_planted_copy():
    planted = "from wagtail.models import Page\nprefix = page.path[: 2 * Page.steplen]\n"
    assert tree_arithmetic(planted) == [2, 2]
    assert tree_arithmetic("home_path = p.url_path[:-1]\n") == [1]
    assert tree_arithmetic("x = items[:3]\n") == []


def _chain(node):
    """``(root name, [(method, call node)…])`` of ``Root.objects.m1().m2()…``, or None."""
    calls = []
    current = node
    while True:
        if isinstance(current, ast.Call) and isinstance(current.func, ast.Attribute):
            calls.append((current.func.attr, current))
            current = current.func.value
        elif isinstance(current, ast.Attribute) and current.attr == "objects":
            root = current.value
            if isinstance(root, ast.Name):
                return root.id, list(reversed(calls))
            return None
        else:
            return None


def _narrowed(calls) -> bool:
    for name, call in calls:
        if name in SCOPING_METHODS:
            return True
        if name in ("filter", "get", "exclude") and any(
            keyword.arg in ID_LOOKUPS for keyword in call.keywords
        ):
            return True
    return False


def unscoped_page_queries(source: str, page_models: set[str]) -> list[tuple[int, str]]:
    """Outermost manager chains on page models that nothing narrows."""
    found = []
    seen = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or id(node) in seen:
            continue
        chain = _chain(node)
        if chain is None:
            continue
        root, calls = chain
        for _name, call in calls:
            seen.add(id(call))
        if root in page_models and not _narrowed(calls):
            found.append((node.lineno, root))
    return found


@pytest.fixture(scope="module")
def page_models():
    import django
    from django.apps import apps
    from wagtail.models import Page

    django.setup()
    names = {model.__name__ for model in apps.get_models() if issubclass(model, Page)}
    return names | {"Page"}


def public_files():
    seen = set()
    for pattern in PUBLIC_MODULES:
        for path in ROOT.glob(pattern):
            parts = set(path.relative_to(ROOT).parts)
            if parts & SKIP_DIRS or path in seen:
                continue
            seen.add(path)
            yield path


def test_public_code_starts_page_queries_from_a_scope(page_models):
    offenders = []
    for path in public_files():
        name = relative(path)
        if name.split("/")[0] == TENANCY_CORE:
            continue
        for line, model in unscoped_page_queries(path.read_text(), page_models):
            if (name, model) not in REVIEWED:
                offenders.append(f"{name}:{line} ({model}.objects…)")
    assert not offenders, (
        "Public code querying pages without a scope (start from tenants.scoping, "
        "or narrow by a scoped page or ids): " + ", ".join(offenders)
    )


def test_the_scope_guard_catches_a_planted_query(page_models):
    planted = (
        "news = NewsPage.objects.live().public().order_by('-date')\n"
        "ok = NewsPage.objects.child_of(index).live()\n"
        "ids = NewsPage.objects.filter(pk__in=scoped.values('pk'))\n"
        "one = ServicePage.objects.live().filter(pk=service_id).first()\n"
    )
    assert unscoped_page_queries(planted, page_models) == [(1, "NewsPage"), (4, "ServicePage")]
