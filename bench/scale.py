#!/usr/bin/env python
"""The harness's scale check: cost of a village home and of the API from 10 sites up.

    .venv/bin/python bench/run.py --scale-only --scale 10,200 --repeat 5   # a quick look
    .venv/bin/python bench/run.py                         # part of the full run, 10,1000,5000

Issue 9 asks for flat render time and query count "from 10 to 5,000 sites",
so the check does not start from the 51 sites of the full demo. It builds a
scratch database of its own (``scale.sqlite3`` under the workdir, or
``<database>_scale`` beside the PostgreSQL database of ``DATABASE_URL``)
holding one kecamatan, Rambang Kapak Tengah, and its 9 villages: 10 sites,
seeded by ``seed_demo`` from a regions file cut down to them, so the pages
measured carry the demo's content (news, services, UMKM, agenda…). It then
adds synthetic villages with ``synthetic_villages.generate_villages`` up to each count of
``--scale`` and measures, in a separate process on that database (under its
own cache key prefix, so a shared Redis holds nothing of the main run):

* a village home and ``/api/v2/pages/?limit=20`` on that village's host,
  rendered ``--repeat`` times warm, full-page cache off, fragment cache on;
* the fastest and median time and the query count of each.
"""

import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
KECAMATAN_CODE = "16.74.04"  # Rambang Kapak Tengah: 1 kelurahan and 8 desa
REGIONS_FILE = BASE_DIR / "tenants" / "demo" / "wilayah_prabumulih.tsv"
SYNTHETIC_SUFFIX = "sintetis.localhost"  # generate_villages' hostname


def log(message: str) -> None:
    print(f"[bench:scale] {message}", file=sys.stderr, flush=True)


def scratch_database_url(database_url: str) -> str:
    """``database_url`` with the database name suffixed ``_scale``."""
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=parts.path.rstrip("/") + "_scale"))


def recreate_postgres_database(database_url: str, scratch_url: str) -> None:
    """Drop and create the scratch database, connected to the main one."""
    import psycopg2

    name = urlsplit(scratch_url).path.lstrip("/")
    connection = psycopg2.connect(database_url)
    connection.autocommit = True  # CREATE DATABASE cannot run in a transaction
    try:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
    finally:
        connection.close()


def scratch_env(env: dict, workdir: Path) -> dict:
    """``env`` pointed at the scale check's own database and cache key prefix."""
    scratch = dict(env, CACHE_KEY_PREFIX=f"kcms-bench-scale-{uuid.uuid4().hex[:8]}")
    if env.get("DATABASE_URL"):
        scratch["DATABASE_URL"] = scratch_database_url(env["DATABASE_URL"])
    else:
        scratch["SQLITE_PATH"] = str(workdir / "scale.sqlite3")
    return scratch


def one_kecamatan_regions(workdir: Path) -> Path:
    """A regions file holding the header, the kota and one kecamatan with its villages."""
    lines = REGIONS_FILE.read_text(encoding="utf-8").splitlines()
    kept = [lines[0]] + [
        line
        for line in lines[1:]
        if line.split("\t", 1)[0] == KECAMATAN_CODE.rsplit(".", 1)[0]
        or line.split("\t", 1)[0].startswith(KECAMATAN_CODE)
    ]
    path = workdir / "scale-regions.tsv"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return path


def manage(env, *command, debug=False) -> None:
    run_env = dict(env, DJANGO_DEBUG="1" if debug else "0")
    subprocess.run([PYTHON, "manage.py", *command], cwd=BASE_DIR, env=run_env, check=True)


def prepare_scratch_database(env: dict, workdir: Path) -> dict:
    """Create, migrate and seed the 10-site scratch database; return its environment."""
    workdir.mkdir(parents=True, exist_ok=True)
    scratch = scratch_env(env, workdir)
    if env.get("DATABASE_URL"):
        recreate_postgres_database(env["DATABASE_URL"], scratch["DATABASE_URL"])
    else:
        Path(scratch["SQLITE_PATH"]).unlink(missing_ok=True)
    log("migrating and seeding one kecamatan and its villages")
    manage(scratch, "migrate", "--no-input", "-v", "0", debug=True)
    regions = one_kecamatan_regions(workdir)
    seed_env = dict(scratch, DEMO_PASSWORD="bench-demo-2026")
    manage(seed_env, "seed_demo", "--regions", str(regions), debug=True)
    # DEBUG is off while measuring: templates need the hashed static manifest.
    manage(scratch, "collectstatic", "--no-input", "-v", "0")
    return scratch


def scale_runs(env: dict, workdir: Path, counts: list[int], repeat: int) -> list[dict]:
    """Rows of the scale check (see the module docstring), one per site count."""
    scratch = prepare_scratch_database(env, workdir)
    command = [PYTHON, __file__, "--counts", ",".join(map(str, counts)), "--repeat", str(repeat)]
    output = subprocess.run(
        command,
        cwd=BASE_DIR,
        env=dict(scratch, DJANGO_DEBUG="0"),
        check=True,
        stdout=subprocess.PIPE,
    ).stdout
    return json.loads(output)


# --- in the measuring process, on the scratch database ------------------------------


def time_requests(client, host, path, repeat) -> tuple[float, float, int]:
    """Fastest and median milliseconds, and queries, of ``repeat`` warm requests.

    The fastest is the cost itself; the median adds whatever else the machine
    was doing, so flatness is judged on the fastest.
    """
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    timings = []
    with override_settings(
        PAGECACHE_SECONDS=0, PAGECACHE_FRAGMENT_SECONDS=600, API_RESPONSE_CACHE_SECONDS=0
    ):
        client.get(path, HTTP_HOST=host)
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(path, HTTP_HOST=host)
                timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (host, path, response.status_code)
    return min(timings), statistics.median(timings), len(queries)


def richest_village_home():
    """Host and path of the seeded village home whose site holds the most live
    pages (news, services, UMKM…), so the page measured is a representative one.
    """
    from wagtail.models import Page, Site

    from tenants.models import VillageHomePage

    homes = VillageHomePage.objects.live().exclude(slug__startswith="desa-sintetis-")
    richest = max(homes, key=lambda home: Page.objects.live().descendant_of(home).count())
    return Site.objects.get(root_page=richest).hostname, "/"


def measure(counts: list[int], repeat: int) -> list[dict]:
    """Grow the scratch database to each count of sites and time the two targets."""
    from django.test import Client
    from wagtail.models import Site

    from bench.synthetic_villages import generate_villages

    # The cache starts empty without clearing it: a fresh process, and in Redis
    # a key prefix of its own (clear() would FLUSHDB a Redis shared with others).
    village_host, village_path = richest_village_home()
    api = (village_host, "/api/v2/pages/?limit=20")
    client = Client()
    rows = []
    for count in counts:
        if count > Site.objects.count():
            # generate_villages counts only its own synthetic kecamatan's villages.
            others = Site.objects.exclude(hostname__endswith=SYNTHETIC_SUFFIX).count() + 1
            log(f"generating villages up to {count} sites")
            generate_villages(count - others, stdout=sys.stderr)
        sites = Site.objects.count()
        home_ms, home_median, home_q = time_requests(client, village_host, village_path, repeat)
        api_ms, api_median, api_q = time_requests(client, *api, repeat)
        rows.append(
            {
                "sites": sites,
                "home_ms": home_ms,
                "home_median": home_median,
                "home_q": home_q,
                "api_ms": api_ms,
                "api_median": api_median,
                "api_q": api_q,
                "village": f"{village_host}{village_path}",
            }
        )
        log(
            f"{sites} sites: village home {home_ms:.1f} ms/{home_q} q, "
            f"API {api_ms:.1f} ms/{api_q} q"
        )
    return rows


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Measure on the scratch database (internal).")
    parser.add_argument("--counts", required=True)
    parser.add_argument("--repeat", type=int, required=True)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.base")
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    rows = measure([int(c) for c in args.counts.split(",") if c], args.repeat)
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
