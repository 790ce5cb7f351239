"""The shape of the tenant page tree: the one module that knows it.

::

    Root                      depth 1
    └── KecamatanFolder       depth 2, one per kecamatan, never served
        ├── KecamatanHomePage depth 3, root of the portal's Site
        └── VillageHomePage   depth 3, root of each village's Site
            └── …             depth 4 and below: the tenant's content

Wagtail stores a page's position as a materialised path: each level adds
``Page.steplen`` characters, so a page's ancestors are prefixes of its path.
Every question of the kind "which folder / which home holds this page" is
answered here from that fact, and nowhere else: a copy of this arithmetic in
an app is how scopes drift apart (``tests/tenants/test_tenancy_guard.py``
fails on one).

Functions take a page or a path string.
"""

from django.db.models import Q
from django.db.models.functions import Substr
from wagtail.models import Page

ROOT_DEPTH = 1
FOLDER_DEPTH = 2
HOME_DEPTH = 3


def _path(page_or_path) -> str:
    return page_or_path if isinstance(page_or_path, str) else page_or_path.path


def _prefix(page_or_path, depth: int) -> str | None:
    path = _path(page_or_path)
    length = depth * Page.steplen
    if not path or len(path) < length:
        return None
    return path[:length]


def depth_of(page_or_path) -> int:
    """The depth of a page from its path (Root is 1)."""
    return len(_path(page_or_path)) // Page.steplen


def folder_path(page_or_path) -> str | None:
    """The path of the KecamatanFolder holding the page (itself if it is one);
    None for the root."""
    return _prefix(page_or_path, FOLDER_DEPTH)


def home_path(page_or_path) -> str | None:
    """The path of the tenant home holding the page (itself if it is one);
    None for the root and the folders."""
    return _prefix(page_or_path, HOME_DEPTH)


def parent_path(page_or_path) -> str:
    """The path of the page's parent."""
    return _path(page_or_path)[: -Page.steplen]


def ancestor_paths(page_or_path) -> list[str]:
    """The paths of every strict ancestor of the page, root first."""
    path = _path(page_or_path)
    return [path[: depth * Page.steplen] for depth in range(1, depth_of(path))]


def child_path(parent, position: int) -> str:
    """The path Wagtail gives the ``position``-th child (1-based) of ``parent``.

    For bulk creation (bench data) that bypasses ``add_child``.
    """
    return _path(parent) + Page._int2str(position).rjust(Page.steplen, "0")


def position_in_parent(page_or_path) -> int:
    """The inverse of :func:`child_path`: the page's last step as a number."""
    return Page._str2int(_path(page_or_path)[-Page.steplen :])


def is_within(page_or_path, root) -> bool:
    """True if the page is ``root`` or below it."""
    return _path(page_or_path).startswith(_path(root))


def within(roots, field: str = "path") -> Q:
    """A filter for pages (or rows whose ``field`` holds a page path) at or
    below any of ``roots``. ``roots=None`` means everything; an empty list
    matches nothing."""
    if roots is None:
        return Q()
    query = Q(pk__in=[])
    for root in roots:
        query |= Q(**{f"{field}__startswith": _path(root)})
    return query


def in_folder_of(page_or_path, field: str = "path") -> Q:
    """A filter for everything in the same KecamatanFolder as the page, the
    folder itself excluded. Matches nothing for the root."""
    folder = folder_path(page_or_path)
    if folder is None:
        return Q(pk__in=[])
    return Q(**{f"{field}__startswith": folder}) & ~Q(**{field: folder})


def home_path_of(field: str = "path") -> Substr:
    """A database expression for the tenant-home prefix of ``field`` (to group
    pages by site in one query)."""
    return Substr(field, 1, HOME_DEPTH * Page.steplen)


def url_below(page, root) -> str:
    """The address of ``page`` on the Site whose root page is ``root`` ("/" for
    the root itself), from their ``url_path``\\s: no lookup of every site's
    root, so it costs the same with thousands of sites. ``page`` must be at
    or below ``root``."""
    return page.url_path[len(root.url_path) - 1 :]
