"""Every admin URL is classified in ``access.entry_points`` (DESIGN.md: list them again on
each Wagtail upgrade and check each against the reach).

A URL under ``/admin/`` that nobody has classified fails here: after a
Wagtail upgrade, or when an app or viewset adds a screen, someone must
decide whether Wagtail's permissions, the project's scoping, superusers
only, or nothing at all keeps each tenant inside its reach.
"""

import pytest
from django.conf import settings
from django.urls import URLResolver, get_resolver

from access import entry_points
from access.entry_points import SUPERUSER, classify
from tests.access.test_matrix import XHR

ADMIN = "admin/"


def admin_urls():
    """``(view name or None, route)`` of every URL pattern under /admin/."""

    def walk(patterns, prefix="", namespaces=()):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespaces + ((pattern.namespace,) if pattern.namespace else ())
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                name = ":".join((*namespaces, pattern.name)) if pattern.name else None
                yield name, prefix + str(pattern.pattern)

    return [url for url in walk(get_resolver().url_patterns) if url[1].startswith(ADMIN)]


def test_every_admin_url_is_classified():
    urls = admin_urls()
    assert len(urls) > 200  # the walk found Wagtail's admin
    unclassified = sorted(
        f"{name or '(unnamed)'}  /{route}" for name, route in urls if classify(name, route) is None
    )
    assert unclassified == [], (
        "Admin URLs nobody has classified yet; decide for each in access/entry_points.py:\n"
        + "\n".join(unclassified)
    )


def test_the_registry_lists_no_url_that_is_gone():
    """A stale entry would hide that a screen was renamed: keep the list exact."""
    names = {name for name, _route in admin_urls()}
    assert sorted(set(entry_points.ENTRY_POINTS) - names) == []


def test_wagtail_page_search_still_filters_by_permissions():
    """The explorer's search is classified WAGTAIL because of this setting's default."""
    assert getattr(settings, "WAGTAILADMIN_PAGE_SEARCH_FILTER_BY_PERMISSIONS", True) is True


SUPERUSER_SCREENS = [
    name
    for name, route in admin_urls()
    if name and classify(name, route) == SUPERUSER and "<" not in route and "(?P" not in route
]


@pytest.mark.django_db
@pytest.mark.parametrize("name", SUPERUSER_SCREENS)
def test_superuser_only_screens_refuse_a_kecamatan_admin(world, client, name):
    """The classification is honest: the most trusted tenant role is refused each one."""
    route = dict((n, r) for n, r in admin_urls())[name]
    client.force_login(world.users["kec_admin"])
    response = client.get(f"/{route.replace('^', '')}", **XHR)
    assert response.status_code in (403, 404), (name, response.status_code)


@pytest.mark.django_db
def test_the_workflow_task_chooser_names_no_task_to_a_tenant(world, client):
    """Wagtail's task chooser had no permission check: every kecamatan's tasks by name."""
    from wagtail.models import Task

    task = Task.objects.create(name="Persetujuan kecamatan lain")
    client.force_login(world.users["kec_admin"])
    for url in (
        "/admin/workflows/task_chooser/",
        "/admin/workflows/task_chooser/results/",
        f"/admin/workflows/task_chooser/{task.pk}/",
    ):
        response = client.get(url, **XHR)
        assert response.status_code == 404, url
        assert task.name not in response.text
