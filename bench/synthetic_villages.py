"""Generate N synthetic village sites, fast, to measure cost against the number of sites.

Used by ``bench/scale.py`` (and its test); not part of the product, so it is
not a management command of a public app::

    from bench.synthetic_villages import generate_villages
    generate_villages(5000)

The villages go under one synthetic kecamatan (onboarded the normal way, code
``--kecamatan-code``), so real kecamatan and their portals are untouched.
Each synthetic village is a live VillageHomePage with its own Site and
SiteProfile, which is what Wagtail's URL and site lookups grow with. They are
not registry tenants (no editor group or media collection): they exist for
benchmarks, never for real use. Rows are inserted in bulk, in one
transaction, with paths computed directly rather than by ``add_child``.
Running it again tops the kecamatan up to N villages; nothing is duplicated.
"""

import sys

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from tqdm import tqdm
from wagtail.models import Locale, Page, Site

from cms.models import LeaderTitle, SiteProfile
from tenants import hosts, tree
from tenants.models import Tenant, VillageHomePage
from tenants.onboarding import onboard_kecamatan

BATCH = 500


def _insert_child_rows(objs, model) -> None:
    """Insert the non-Page tables of multi-table page instances (Page rows exist)."""
    chain = [m for m in reversed(model._meta.get_parent_list()) if m is not Page] + [model]
    with connection.cursor() as cursor:
        for table_model in chain:
            fields = table_model._meta.local_concrete_fields
            columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
            marks = ", ".join(["%s"] * len(fields))
            table = connection.ops.quote_name(table_model._meta.db_table)
            rows = [
                [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields]
                for obj in objs
            ]
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def _base_page(page) -> Page:
    """The ``wagtailcore_page`` row of a specific page instance, unsaved."""
    names = [f.attname for f in Page._meta.concrete_fields if f.attname != "id"]
    return Page(**{name: getattr(page, name) for name in names})


def generate_villages(
    count: int,
    *,
    kecamatan_code: str = "99.99.99",
    hostname: str = "sintetis.localhost",
    port: int | None = None,
    stdout=sys.stdout,
) -> int:
    """Top the synthetic kecamatan ``kecamatan_code`` up to ``count`` villages
    (onboarding it first if needed); returns how many were added."""
    kecamatan = Tenant.objects.filter(code=kecamatan_code).first()
    if kecamatan is None:
        kecamatan = onboard_kecamatan(kecamatan_code, "Sintetis", hostname, port=port).tenant
    folder = kecamatan.home_page.get_parent()
    port = port or kecamatan.site.port
    existing = VillageHomePage.objects.child_of(folder).count()
    todo = max(count - existing, 0)
    with transaction.atomic():
        _generate(folder, hostname, port, existing, todo)
    hosts.bump_generation()
    Site.clear_site_root_paths_cache()
    stdout.write(f"{existing + todo} desa sintetis di bawah {hostname} ({todo} baru).\n")
    return todo


def _generate(folder, hostname, port, start, todo):
    folder = Page.objects.get(pk=folder.pk)  # fresh numchild and path
    last = folder.get_last_child()
    step = tree.position_in_parent(last) if last else 0
    content_type = ContentType.objects.get_for_model(VillageHomePage)
    locale = Locale.get_default()
    with tqdm(total=todo, unit="desa", disable=todo == 0, file=sys.stderr) as progress:
        for offset in range(0, todo, BATCH):
            numbers = range(start + offset + 1, start + min(offset + BATCH, todo) + 1)
            pages = []
            for i, n in enumerate(numbers, start=step + offset + 1):
                slug = f"desa-sintetis-{n}"
                pages.append(
                    VillageHomePage(
                        title=f"Desa Sintetis {n}",
                        draft_title=f"Desa Sintetis {n}",
                        slug=slug,
                        path=tree.child_path(folder, i),
                        depth=folder.depth + 1,
                        numchild=0,
                        url_path=f"{folder.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        content_type=content_type,
                        locale=locale,
                        intro="Desa sintetis untuk pengujian skala.",
                    )
                )
            base_rows = Page.objects.bulk_create([_base_page(p) for p in pages])
            for page, row in zip(pages, base_rows, strict=True):
                page.pk = page.page_ptr_id = row.pk
                for model in [VillageHomePage, *VillageHomePage._meta.get_parent_list()]:
                    for parent_link in model._meta.parents.values():
                        setattr(page, parent_link.attname, row.pk)
            _insert_child_rows(pages, VillageHomePage)
            sites = Site.objects.bulk_create(
                [
                    Site(
                        hostname=f"{p.slug}.{hostname}",
                        port=port,
                        root_page_id=p.pk,
                        site_name=p.title,
                    )
                    for p in pages
                ]
            )
            SiteProfile.objects.bulk_create(
                [
                    SiteProfile(
                        site=site,
                        display_name=site.site_name,
                        leader_title=LeaderTitle.KEPALA_DESA,
                    )
                    for site in sites
                ]
            )
            progress.update(len(pages))
    folder.numchild = folder.get_children().count()
    folder.save(update_fields=["numchild"])
