#!/usr/bin/env python
"""The benchmark harness: the seeded demo under gunicorn, measured with wrk.

    make bench                               # everything, writes bench/RESULTS.md
    .venv/bin/python bench/run.py --duration 5 --scale 10,1000,5000
    .venv/bin/python bench/run.py --reuse-db --skip-scale
    .venv/bin/python bench/run.py --scale-only --scale 10,200 --repeat 5

What it does, in one go:

1. seeds the demo into a scratch SQLite file under ``--workdir`` (or the
   PostgreSQL database of ``DATABASE_URL``, which it migrates and seeds), and
   runs ``collectstatic`` there;
2. measures every target in process with Django's test client: SQL queries
   per request (page cache off, then as a cache hit) and gzipped HTML bytes;
3. starts gunicorn (``gunicorn.conf.py``, 2 workers, DEBUG off) on 127.0.0.1,
   twice: with the anonymous page cache off ("uncached": every request renders
   the page; the home sections' fragment cache stays on, as in production)
   and on ("cached"); for the API, "cached" is a conditional GET answered
   ``304`` from its ETag. Each target gets a short warm-up and a ``wrk -t2
   -c16`` run; wrk comes from Debian (``apt-get install wrk``) when missing;
4. reads each gunicorn worker's RSS after the runs;
5. the scale check (``bench/scale.py``): on a scratch database of its own
   holding one kecamatan and its 9 villages (10 sites, with the demo's
   content), a village home and the pages API rendered in process at each
   site count of ``--scale`` (default 10, 1,000, 5,000; ``generate_villages``
   adds the sites), with their fastest and median time and query count;
   ``--scale-only`` runs just this and prints it;
6. prints the tables, the targets met or not, and writes them to
   ``bench/RESULTS.md`` with the date, the machine and the commit
   (``bench/report.py``), keeping ``bench/load.py``'s section.

This is a script, not a test: CI runs the query-budget tests instead.
"""

import argparse
import gzip
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

# machine and commit stay reachable as run.machine/run.commit for bench/load.py.
from report import commit, machine, report, scale_report, write_results  # noqa: F401
from scale import scale_runs

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = 8765
BARE = ("Bare Django view", "bare", "/_bench/bare/")


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def base_env(args) -> dict:
    """The environment of every Django process the harness starts."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.base",
        SECRET_KEY="bench-only-secret-key",
        STATIC_ROOT=str(args.workdir / "static"),
        MEDIA_ROOT=str(args.workdir / "media"),
        PRIVATE_MEDIA_ROOT=str(args.workdir / "private"),
        SECURE_COOKIES="0",
        LOG_LEVEL="WARNING",
        LOG_FORMAT="text",
        BENCH_BARE_VIEW="1",
        TENANT_SITE_PORT=str(PORT),
        EXTRA_ALLOWED_HOSTS="127.0.0.1,localhost",
    )
    if not env.get("DATABASE_URL"):
        env["SQLITE_PATH"] = str(args.workdir / "bench.sqlite3")
    return env


def manage(env, *command, debug=False) -> None:
    run_env = dict(env, DJANGO_DEBUG="1" if debug else "0")
    subprocess.run([PYTHON, "manage.py", *command], cwd=BASE_DIR, env=run_env, check=True)


def prepare_database(args, env) -> None:
    """Migrate and seed the scratch database, and collect static files."""
    args.workdir.mkdir(parents=True, exist_ok=True)
    sqlite = env.get("SQLITE_PATH")
    if sqlite and Path(sqlite).exists() and args.reuse_db:
        log(f"reusing {sqlite}")
        manage(env, "migrate", "--no-input", "-v", "0", debug=True)
    else:
        if sqlite and Path(sqlite).exists():
            Path(sqlite).unlink()
        log("migrating and seeding the demo (takes a few minutes)")
        manage(env, "migrate", "--no-input", "-v", "0", debug=True)
        manage(dict(env, DEMO_PASSWORD="bench-demo-2026"), "seed_demo", debug=True)
    manage(env, "collectstatic", "--no-input", "-v", "0")


def ensure_wrk() -> str:
    """The path of wrk, installing Debian's package if it is missing."""
    found = shutil.which("wrk")
    if found:
        return found
    log("installing wrk from Debian")
    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=False)
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "update", "-q"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True)
    return shutil.which("wrk")


# --- in process -------------------------------------------------------------


def setup_django(env) -> None:
    os.environ.update(env)
    os.environ["DJANGO_DEBUG"] = "0"
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()


def pick_targets() -> list[tuple[str, str, str]]:
    """(label, host, path) of every target, from the seeded demo."""
    from wagtail.models import Site

    from bench.page_samples import sample_pages

    by_label = {s.label: s for s in sample_pages(prefer_hostname_suffix="rkt.localhost")}
    host = Site.objects.get(is_default_site=True).hostname
    pages = [
        ("Kecamatan home", "KecamatanHomePage"),
        ("Village home", "VillageHomePage"),
        ("News article", "NewsPage"),
        ("Service page", "ServicePage"),
        ("Service finder", "ServiceCatalogPage"),
    ]
    targets = [(BARE[0], host, BARE[2])]
    targets += [(label, by_label[key].hostname, by_label[key].path) for label, key in pages]
    targets += [
        ("API pages (20)", host, "/api/v2/pages/?limit=20"),
        ("API services (20)", host, "/api/v2/services/?limit=20"),
        ("API sites (20)", host, "/api/v2/sites/?limit=20"),
    ]
    return targets


def count_queries(client, host, path, **settings_overrides):
    """(queries, response) of one warm request, under ``settings_overrides``."""
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    with override_settings(**settings_overrides):
        client.get(path, HTTP_HOST=host)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, HTTP_HOST=host)
    return len(queries), response


def in_process(targets) -> dict:
    """Queries (uncached, cached) and gzipped bytes per target."""
    from django.core.cache import cache
    from django.test import Client

    client = Client()
    cache.clear()
    rows = {}
    for label, host, path in targets:
        uncached, response = count_queries(
            client, host, path, PAGECACHE_SECONDS=0, API_RESPONSE_CACHE_SECONDS=0
        )
        cached, cached_response = count_queries(
            client, host, path, PAGECACHE_SECONDS=600, API_RESPONSE_CACHE_SECONDS=600
        )
        if path.startswith("/api/"):
            # The cached API's ETag comes from the site's generation, not the body.
            etag = cached_response.get("ETag")
            _, conditional = count_queries_conditional(client, host, path, etag)
            cached = conditional
        rows[label] = {
            "status": response.status_code,
            "queries_uncached": uncached,
            "queries_cached": cached,
            "gzip_bytes": len(gzip.compress(response.content, 6)),
        }
    for name, path in [("pages", "/api/v2/pages/"), ("services", "/api/v2/services/")]:
        host = targets[0][1]
        one, _ = count_queries(
            client, host, f"{path}?limit=1", PAGECACHE_SECONDS=0, API_RESPONSE_CACHE_SECONDS=0
        )
        twenty, _ = count_queries(
            client, host, f"{path}?limit=20", PAGECACHE_SECONDS=0, API_RESPONSE_CACHE_SECONDS=0
        )
        rows[f"api_{name}_limit"] = {"1": one, "20": twenty}
    return rows


def count_queries_conditional(client, host, path, etag):
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    with (
        override_settings(API_RESPONSE_CACHE_SECONDS=600),
        CaptureQueriesContext(connection) as queries,
    ):
        response = client.get(path, HTTP_HOST=host, HTTP_IF_NONE_MATCH=etag or "")
    return response, len(queries)


# --- under gunicorn -----------------------------------------------------------


def start_gunicorn(env, page_cache: bool, port: int = PORT):
    """gunicorn from ``gunicorn.conf.py`` on 127.0.0.1:``port``, 2 workers, DEBUG off."""
    run_env = dict(
        env,
        DJANGO_DEBUG="0",
        PAGECACHE_SECONDS="600" if page_cache else "0",
        API_RESPONSE_CACHE_SECONDS="600" if page_cache else "0",
        PAGECACHE_FRAGMENT_SECONDS="600",
        GUNICORN_WORKERS="2",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_MAX_REQUESTS="0",
    )
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"],
        cwd=BASE_DIR,
        env=run_env,
        stdout=subprocess.DEVNULL,
        stderr=open(Path(env["STATIC_ROOT"]).parent / "gunicorn.log", "a"),  # noqa: SIM115
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("gunicorn did not start; see gunicorn.log in the workdir")


def stop_gunicorn(process) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def worker_pids(master_pid: int) -> list[int]:
    """Process ids of the gunicorn master's workers."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    return [int(pid) for pid in children]


def worker_rss_mb(master_pid: int) -> list[float]:
    """Resident memory of each worker of the gunicorn master, in MB."""
    sizes = []
    for pid in worker_pids(master_pid):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


def fetch(host, path, headers=None):
    request = urllib.request.Request(
        f"http://127.0.0.1:{PORT}{path}", headers={"Host": host, **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(wrk_path, host, path, duration, connections, headers=None) -> dict:
    """req/s and p50/p99 latency (ms) of one wrk run."""
    command = [wrk_path, "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
    for name, value in {"Host": host, **(headers or {})}.items():
        command += ["-H", f"{name}: {value}"]
    command.append(f"http://127.0.0.1:{PORT}{path}")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = to_ms(re.search(r"\s99%\s+(\S+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rps": rps, "p50": p50, "p99": p99, "non2xx": int(errors.group(1)) if errors else 0}


def load_runs(args, env, targets, wrk_path) -> tuple[dict, list[float]]:
    """wrk results per (mode, label), and the workers' RSS after the last run."""
    results = {}
    rss = []
    for mode in ("uncached", "cached"):
        process = start_gunicorn(env, page_cache=mode == "cached")
        try:
            for label, host, path in targets:
                headers = {}
                if mode == "cached" and path.startswith("/api/"):
                    _status, response_headers = fetch(host, path)
                    headers["If-None-Match"] = response_headers.get("ETag", "")
                status, _ = fetch(host, path, headers)
                wrk(wrk_path, host, path, 1, args.connections, headers)  # warm-up
                result = wrk(wrk_path, host, path, args.duration, args.connections, headers)
                result["status"] = status
                results[(mode, label)] = result
                log(f"{mode:8} {label:20} {result['rps']:9.1f} req/s (HTTP {status})")
            if mode == "cached":
                rss = worker_rss_mb(process.pid)
        finally:
            stop_gunicorn(process)
    return results, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kcms-bench"))
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per row")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--reuse-db", action="store_true", help="keep an existing scratch DB")
    parser.add_argument(
        "--scale", default="10,1000,5000", help="site counts for the scale check (from 10)"
    )
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument(
        "--scale-only", action="store_true", help="only the scale check; print, write nothing"
    )
    parser.add_argument("--repeat", type=int, default=30, help="renders per scale measurement")
    parser.add_argument("--output", type=Path, default=BASE_DIR / "bench" / "RESULTS.md")
    args = parser.parse_args()

    env = base_env(args)
    scale_counts = [int(c) for c in args.scale.split(",") if c]
    if args.scale_only:
        print(scale_report(args, scale_runs(env, args.workdir, scale_counts, args.repeat)))
        return
    wrk_path = ensure_wrk()
    prepare_database(args, env)
    setup_django(env)
    targets = pick_targets()
    counts = in_process(targets)
    log(json.dumps(counts))
    loads, rss = load_runs(args, env, targets, wrk_path)
    scale = []
    if not args.skip_scale:
        scale = scale_runs(env, args.workdir, scale_counts, args.repeat)
    text = report(args, targets, counts, loads, rss, scale, BARE[0])
    print(text)
    write_results(args.output, text)
    log(f"written to {args.output}")


if __name__ == "__main__":
    main()
