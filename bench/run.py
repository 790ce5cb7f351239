#!/usr/bin/env python
"""The benchmark harness: the seeded demo under gunicorn, measured with wrk.

    make bench                               # everything, writes bench/RESULTS.md
    .venv/bin/python bench/run.py --duration 5 --scale 10,1000,5000
    .venv/bin/python bench/run.py --reuse-db --skip-scale

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
5. the scale check: a village home and the pages API rendered in process at
   each site count of ``--scale`` (``generate_villages`` adds the sites), with
   their median time and query count;
6. prints the tables, the targets met or not, and writes them to
   ``bench/RESULTS.md`` with the date, the machine and the commit.

This is a script, not a test: CI runs the query-budget tests instead.
"""

import argparse
import datetime
import gzip
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = 8765
BARE = ("Bare Django view", "bare", "/_bench/bare/")
TARGET_TARGETS = {
    "cached_ratio": 0.60,
    "village_home": 0.015,
    "article_or_service": 0.03,
    "api": 0.015,
    "scale_flat": 0.15,
    "rss_mb": 150,
}


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

    from frontend.page_samples import sample_pages

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
        uncached, response = count_queries(client, host, path, PAGECACHE_SECONDS=0)
        cached, _ = count_queries(client, host, path, PAGECACHE_SECONDS=600)
        if path.startswith("/api/"):
            etag = response.get("ETag")
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
        one, _ = count_queries(client, host, f"{path}?limit=1", PAGECACHE_SECONDS=0)
        twenty, _ = count_queries(client, host, f"{path}?limit=20", PAGECACHE_SECONDS=0)
        rows[f"api_{name}_limit"] = {"1": one, "20": twenty}
    return rows


def count_queries_conditional(client, host, path, etag):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host, HTTP_IF_NONE_MATCH=etag or "")
    return response, len(queries)


# --- under gunicorn -----------------------------------------------------------


def start_gunicorn(env, page_cache: bool):
    run_env = dict(
        env,
        DJANGO_DEBUG="0",
        PAGECACHE_SECONDS="600" if page_cache else "0",
        PAGECACHE_FRAGMENT_SECONDS="600",
        GUNICORN_WORKERS="2",
        GUNICORN_BIND=f"127.0.0.1:{PORT}",
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
            with socket.create_connection(("127.0.0.1", PORT), timeout=1):
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


def worker_rss_mb(master_pid: int) -> list[float]:
    """Resident memory of each worker of the gunicorn master, in MB."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in children:
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


# --- scale --------------------------------------------------------------------


def time_requests(client, host, path, repeat) -> tuple[float, int]:
    """Fastest and median milliseconds, and queries, of ``repeat`` warm requests.

    The fastest is the cost itself; the median adds whatever else the machine
    was doing, so flatness is judged on the fastest.
    """
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    timings = []
    with override_settings(PAGECACHE_SECONDS=0):
        client.get(path, HTTP_HOST=host)
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(path, HTTP_HOST=host)
                timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (host, path, response.status_code)
    return min(timings), statistics.median(timings), len(queries)


def scale_runs(targets, counts, repeat) -> list[dict]:
    """Village home and pages API per site count, adding synthetic villages."""
    from django.core.management import call_command
    from django.test import Client
    from wagtail.models import Site

    village = next(t for t in targets if t[0] == "Village home")
    api = (village[1], "/api/v2/pages/?limit=20")
    client = Client()
    rows = []
    for count in counts:
        if count > Site.objects.count():
            # Every site but the synthetic kecamatan and its villages, plus that kecamatan.
            others = Site.objects.exclude(hostname__endswith="sintetis.localhost").count() + 1
            log(f"generating villages up to {count} sites")
            call_command("generate_villages", count - others)
        sites = Site.objects.count()
        home_ms, home_median, home_q = time_requests(client, village[1], village[2], repeat)
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
            }
        )
        log(
            f"{sites} sites: village home {home_ms:.1f} ms/{home_q} q, "
            f"API {api_ms:.1f} ms/{api_q} q"
        )
    return rows


# --- report -------------------------------------------------------------------


def machine() -> str:
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
        f"{int(memory) // 1024} MB RAM, Python {platform.python_version()}"
    )


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        return "unknown"


def report(args, env, targets, counts, loads, rss, scale) -> str:
    from django.conf import settings

    database = "PostgreSQL" if settings.IS_POSTGRES else "SQLite"
    cache_backend = "Redis" if settings.REDIS_URL else "local memory (per worker)"
    lines = [
        "# Benchmark results",
        "",
        f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {machine()}",
        f"- commit: {commit()} (plus uncommitted changes in the work tree, if any)",
        f"- setup: seeded demo on {database}; cache: {cache_backend}; gunicorn, 2 sync "
        f"workers, DEBUG off; `wrk -t2 -c{args.connections} -d{args.duration}s` per row "
        "after a 1 s warm-up; wrk and the server share the machine",
        "- uncached: full-page cache off (every request renders; home sections come from "
        "the fragment cache); cached: full-page cache hit; API cached: conditional GET "
        "answered 304 from the ETag",
        "- queries: per request, in process, warm; gzip: HTML/JSON body at level 6",
        "",
    ]
    header = "| target | mode | HTTP | req/s | p50 ms | p99 ms | × bare | SQL | gzip B |"
    lines += [header, "|---|---|---|---|---|---|---|---|---|"]
    for mode in ("uncached", "cached"):
        bare = loads[(mode, BARE[0])]["rps"]
        for label, _host, _path in targets:
            result = loads[(mode, label)]
            row = counts.get(label, {})
            queries = row.get(f"queries_{mode}", "")
            lines.append(
                f"| {label} | {mode} | {result['status']} | {result['rps']:.0f} | "
                f"{result['p50']:.1f} | {result['p99']:.1f} | {result['rps'] / bare:.1%} | "
                f"{queries} | {row.get('gzip_bytes', '')} |"
            )
    lines += ["", f"Worker RSS after the runs: {', '.join(f'{m:.0f} MB' for m in rss)}", ""]

    def ratio(mode, label):
        return loads[(mode, label)]["rps"] / loads[(mode, BARE[0])]["rps"]

    page_labels = [t[0] for t in targets[1:] if not t[2].startswith("/api/")]
    worst_cached = min(page_labels, key=lambda label: ratio("cached", label))
    article = max(ratio("uncached", "News article"), ratio("uncached", "Service page"))
    api_ratio = ratio("uncached", "API pages (20)")
    limits = counts["api_pages_limit"], counts["api_services_limit"]
    api_flat = all(c["1"] == c["20"] for c in limits)
    checks = [
        (
            f"Cached anonymous page ≥ 60% of bare (worst: {worst_cached}, "
            f"{ratio('cached', worst_cached):.0%})",
            ratio("cached", worst_cached) >= TARGET_TARGETS["cached_ratio"],
        ),
        (
            f"Uncached village home ≥ 1.5% of bare ({ratio('uncached', 'Village home'):.1%})",
            ratio("uncached", "Village home") >= TARGET_TARGETS["village_home"],
        ),
        (
            f"Uncached news article or service page ≥ 3% of bare (best: {article:.1%})",
            article >= TARGET_TARGETS["article_or_service"],
        ),
        (
            f"API list of 20: queries as with 1 (pages {limits[0]}, services {limits[1]}) "
            f"and ≥ 1.5% of bare ({api_ratio:.1%})",
            api_flat and api_ratio >= TARGET_TARGETS["api"],
        ),
        (
            f"Worker RSS ≤ 150 MB (max {max(rss):.0f} MB)" if rss else "Worker RSS: not read",
            bool(rss) and max(rss) <= TARGET_TARGETS["rss_mb"],
        ),
    ]
    if scale:
        lines += [
            "## Scale: cost against the number of sites (in process, fastest and median "
            f"of {args.repeat} warm renders, full-page cache off)",
            "",
            "| sites | village home ms (fastest / median) | queries "
            "| API pages (20) ms (fastest / median) | queries |",
            "|---|---|---|---|---|",
        ]
        for row in scale:
            lines.append(
                f"| {row['sites']} | {row['home_ms']:.1f} / {row['home_median']:.1f} | "
                f"{row['home_q']} | {row['api_ms']:.1f} / {row['api_median']:.1f} | "
                f"{row['api_q']} |"
            )
        first, last = scale[0], scale[-1]
        # Flat means no growth: a render that got faster with more sites only
        # shows what else the machine was doing during the first measurement.
        growth = max(last[k] / first[k] - 1 for k in ("home_ms", "api_ms"))
        same_queries = last["home_q"] == first["home_q"] and last["api_q"] == first["api_q"]
        checks.append(
            (
                f"Flat from {first['sites']} to {last['sites']} sites: grows ≤ 15% "
                f"(fastest render time {growth:+.0%}, "
                f"queries {'equal' if same_queries else 'differ'})",
                growth <= TARGET_TARGETS["scale_flat"] and same_queries,
            )
        )
        lines.append("")
    lines += ["## Targets", ""]
    lines += [f"- {'MET' if ok else 'NOT MET'}: {text}" for text, ok in checks]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kcms-bench"))
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per row")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--reuse-db", action="store_true", help="keep an existing scratch DB")
    parser.add_argument("--scale", default="1000,5000", help="site counts for the scale check")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--repeat", type=int, default=30, help="renders per scale measurement")
    parser.add_argument("--output", type=Path, default=BASE_DIR / "bench" / "RESULTS.md")
    args = parser.parse_args()

    env = base_env(args)
    wrk_path = ensure_wrk()
    prepare_database(args, env)
    setup_django(env)
    targets = pick_targets()
    counts = in_process(targets)
    log(json.dumps(counts))
    loads, rss = load_runs(args, env, targets, wrk_path)
    scale = []
    if not args.skip_scale:
        from wagtail.models import Site

        counts_wanted = [Site.objects.count()] + [int(c) for c in args.scale.split(",") if c]
        scale = scale_runs(targets, counts_wanted, args.repeat)
    text = report(args, env, targets, counts, loads, rss, scale)
    print(text)
    args.output.write_text(text)
    log(f"written to {args.output}")


if __name__ == "__main__":
    main()
