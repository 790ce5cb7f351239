#!/usr/bin/env python
"""The benchmark harness: the seeded demo under gunicorn, against a true ceiling, with wrk.

    make bench                               # everything, writes bench/RESULTS.md
    .venv/bin/python bench/run.py --duration 5 --scale 10,1000,5000
    .venv/bin/python bench/run.py --reuse-db --skip-scale
    .venv/bin/python bench/run.py --scale-only --scale 10,200 --repeat 5

What it does, in one go:

1. seeds the demo into a scratch SQLite file under ``--workdir`` (or the
   PostgreSQL database of ``DATABASE_URL``, which it migrates and seeds), and
   runs ``collectstatic`` there; with ``REDIS_URL`` the run gets a cache key
   prefix of its own, so it starts cold and touches no other keys;
2. measures every target in process with Django's test client: SQL queries
   per request (page and API caches off, then as a cache hit, and an API
   304) and gzipped bytes;
3. starts, all at once on 127.0.0.1, under ``gunicorn.conf.py`` with 2 sync
   workers and DEBUG off: the minimal Django project of ``bench/hello/`` (one
   view, no middleware, no database: the Python ceiling) and the project
   twice, with its anonymous page cache and API response cache off
   ("uncached": every request renders; the home sections' fragment cache
   stays on, as in production) and on ("cached"); then nginx, from a
   generated config in a temporary directory, serving the village home's
   HTML fetched from the project as a static file. wrk and nginx come from
   Debian (``apt-get install wrk nginx-light``) and are installed when
   missing;
4. runs every row (the two ceilings, the project's ``/_bench/bare/``, each
   page and API listing uncached and cached, each API's 304) for a 1 s
   warm-up and a ``wrk -t2 -c16`` run, in ``--rounds`` interleaved rounds
   (every row, then every row again), keeping each row's better round, and
   reads the cache header just before and after each run. It prints
   progress as it goes: the whole takes minutes;
5. reads each project worker's RSS after the rounds;
6. the scale check (``bench/scale.py``): on a scratch database of its own
   holding one kecamatan and its 9 villages (10 sites, with the demo's
   content), a village home and the pages API rendered in process at each
   site count of ``--scale`` (default 10, 1,000, 5,000; ``generate_villages``
   adds the sites), with their fastest and median time and query count;
   ``--scale-only`` runs just this and prints it;
7. prints the tables, issue 19's targets met or not (every ratio to the
   minimal view), and writes them to ``bench/RESULTS.md`` with the date, the
   machine, its load average at start and end and the commit
   (``bench/report.py``), keeping ``bench/load.py``'s section.

This is a script, not a test: CI runs the query-budget tests instead.
"""

import argparse
import gzip
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

# machine and commit stay reachable as run.machine/run.commit for bench/load.py.
from report import (  # noqa: F401
    API_PAGES,
    BARE,
    FINDER,
    KECAMATAN_HOME,
    MINIMAL,
    NEWS,
    NGINX,
    SERVICE,
    VILLAGE_HOME,
    Row,
    best_round,
    commit,
    machine,
    report,
    scale_report,
    write_results,
)
from scale import scale_runs

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# The cached project keeps the harness's historical port; bench/load.py uses 8766.
PORT = 8765
PORTS = {"cached": PORT, "uncached": 8767, "hello": 8768, "nginx": 8769}
HELLO_APP = "bench.hello.wsgi"
PAGE_CACHE_HEADER = "X-Page-Cache"
API_CACHE_HEADER = "X-Api-Cache"


def log(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def base_env(args) -> dict:
    """The environment of every Django process of the project the harness starts."""
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
    if env.get("REDIS_URL"):
        # A prefix of its own: the run starts cold and never reads or clears
        # another install's keys in a shared Redis (bench/load.py sets its own).
        env["CACHE_KEY_PREFIX"] = f"kcms-bench-{os.getpid()}-{int(time.time())}"
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


def ensure_tool(name: str, package: str) -> str:
    """The path of ``name``, installing Debian's ``package`` if it is missing."""
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if found:
        return found
    log(f"installing {package} from Debian")
    subprocess.run(["apt-get", "install", "-y", "-q", package], check=False)
    if not (shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")):
        subprocess.run(["apt-get", "update", "-q"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-q", package], check=True)
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")


def ensure_wrk() -> str:
    """The path of wrk, installing Debian's package if it is missing."""
    return ensure_tool("wrk", "wrk")


# --- in process -------------------------------------------------------------


def setup_django(env) -> None:
    os.environ.update(env)
    os.environ["DJANGO_DEBUG"] = "0"
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()


def pick_targets() -> list[tuple[str, str, str]]:
    """(label, host, path) of every page and API listing, from the seeded demo."""
    from wagtail.models import Site

    from bench.page_samples import sample_pages

    by_label = {s.label: s for s in sample_pages(prefer_hostname_suffix="rkt.localhost")}
    host = Site.objects.get(is_default_site=True).hostname
    pages = [
        (KECAMATAN_HOME, "KecamatanHomePage"),
        (VILLAGE_HOME, "VillageHomePage"),
        (NEWS, "NewsPage"),
        (SERVICE, "ServicePage"),
        (FINDER, "ServiceCatalogPage"),
    ]
    targets = [(label, by_label[key].hostname, by_label[key].path) for label, key in pages]
    targets += [
        (API_PAGES, host, "/api/v2/pages/?limit=20"),
        ("API services (20)", host, "/api/v2/services/?limit=20"),
        ("API sites (20)", host, "/api/v2/sites/?limit=20"),
    ]
    return targets


def load_rows(targets) -> list[Row]:
    """Every row of the load table, in the order each round runs them."""
    pages = [t for t in targets if not t[2].startswith("/api/")]
    apis = [t for t in targets if t[2].startswith("/api/")]
    default_host = apis[0][1]
    rows = [
        Row(MINIMAL, "ceiling", "hello", "127.0.0.1", "/"),
        Row(NGINX, "ceiling", "nginx", "127.0.0.1", "/"),
        Row(BARE, "bare", "cached", default_host, "/_bench/bare/"),
    ]
    rows += [Row(label, "uncached", "uncached", host, path) for label, host, path in targets]
    rows += [
        Row(label, "cached", "cached", host, path, PAGE_CACHE_HEADER) for label, host, path in pages
    ]
    rows += [
        Row(label, "cached", "cached", host, path, API_CACHE_HEADER) for label, host, path in apis
    ]
    rows += [
        Row(label, "304", "cached", host, path, API_CACHE_HEADER, conditional=True)
        for label, host, path in apis
    ]
    return rows


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
    """Queries (uncached, cached, API 304) and gzipped bytes per target.

    The cache starts empty: a fresh process's local memory, or Redis under
    this run's own key prefix (``base_env``).
    """
    from django.test import Client

    client = Client()
    rows = {}
    for label, host, path in targets:
        uncached, response = count_queries(
            client, host, path, PAGECACHE_SECONDS=0, API_RESPONSE_CACHE_SECONDS=0
        )
        cached, cached_response = count_queries(
            client, host, path, PAGECACHE_SECONDS=600, API_RESPONSE_CACHE_SECONDS=600
        )
        rows[label] = {
            "status": response.status_code,
            "queries_uncached": uncached,
            "queries_cached": cached,
            "gzip_bytes": len(gzip.compress(response.content, 6)),
        }
        if path.startswith("/api/"):
            # The cached API's ETag comes from the site's generation, not the body.
            etag = cached_response.get("ETag")
            _, rows[label]["queries_304"] = count_queries_conditional(client, host, path, etag)
    for name, path in [("pages", "/api/v2/pages/"), ("services", "/api/v2/services/")]:
        host = targets[-1][1]
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


# --- the servers ----------------------------------------------------------------


def start_gunicorn_app(env, app: str, port: int, log_path: Path):
    """gunicorn from ``gunicorn.conf.py`` serving ``app`` on 127.0.0.1:``port``.

    2 sync workers, worker recycling off; returns once both workers are up.
    """
    run_env = dict(
        env,
        GUNICORN_WORKERS="2",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_MAX_REQUESTS="0",
    )
    process = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", app],
        cwd=BASE_DIR,
        env=run_env,
        stdout=subprocess.DEVNULL,
        stderr=open(log_path, "a"),  # noqa: SIM115
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError(f"gunicorn ({app}) did not start; see {log_path}")
    # The port answers before the workers are forked: wait for both.
    while len(worker_pids(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    return process


def start_gunicorn(env, page_cache: bool, port: int = PORT):
    """The project under gunicorn on 127.0.0.1:``port``, DEBUG off, caches on or off."""
    run_env = dict(
        env,
        DJANGO_DEBUG="0",
        PAGECACHE_SECONDS="600" if page_cache else "0",
        API_RESPONSE_CACHE_SECONDS="600" if page_cache else "0",
        PAGECACHE_FRAGMENT_SECONDS="600",
    )
    log_path = Path(env["STATIC_ROOT"]).parent / "gunicorn.log"
    return start_gunicorn_app(run_env, "cms.wsgi", port, log_path)


def start_hello(workdir: Path, port: int):
    """The minimal Django project of ``bench/hello/`` under the same gunicorn settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))}
    env["DJANGO_SETTINGS_MODULE"] = "bench.hello.settings"
    return start_gunicorn_app(env, HELLO_APP, port, workdir / "hello.log")


def stop_gunicorn(process) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


NGINX_CONFIG = """\
# Generated by bench/run.py: one static file on 127.0.0.1, nothing of the system's nginx.
daemon off;
worker_processes auto;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{
    worker_connections 1024;
}}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    default_type text/html;
    client_body_temp_path {root}/tmp/body;
    proxy_temp_path {root}/tmp/proxy;
    fastcgi_temp_path {root}/tmp/fastcgi;
    uwsgi_temp_path {root}/tmp/uwsgi;
    scgi_temp_path {root}/tmp/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root}/html;
        location / {{
            try_files /index.html =404;
        }}
    }}
}}
"""


def start_nginx(nginx_path: str, root: Path, html: bytes, port: int):
    """nginx serving ``html`` as a static file on 127.0.0.1:``port``, configured in ``root``."""
    # nginx's workers drop to "nobody" when started as root: they must read the file.
    root.chmod(0o755)
    (root / "html").mkdir(mode=0o755)
    (root / "tmp").mkdir()
    (root / "html" / "index.html").write_bytes(html)
    (root / "html" / "index.html").chmod(0o644)
    config = root / "nginx.conf"
    config.write_text(NGINX_CONFIG.format(root=root, port=port))
    process = subprocess.Popen(
        [nginx_path, "-p", str(root), "-c", str(config), "-e", str(root / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.2)
    process.kill()
    error_log = root / "error.log"
    detail = error_log.read_text()[-2000:] if error_log.exists() else ""
    raise RuntimeError(f"nginx did not start: {detail}")


def stop_nginx(process) -> None:
    process.send_signal(signal.SIGQUIT)  # graceful: workers finish, master exits
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def nginx_version(nginx_path: str) -> str:
    output = subprocess.run([nginx_path, "-v"], capture_output=True, text=True).stderr
    return output.strip().removeprefix("nginx version: ")


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


def fetch(host, path, headers=None, port=PORT):
    """(status, headers, body) of one GET to 127.0.0.1:``port`` with ``Host: host``."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Host": host, **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(wrk_path, host, path, duration, connections, headers=None, port=PORT) -> dict:
    """req/s and p50/p99 latency (ms) of one wrk run."""
    command = [wrk_path, "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
    for name, value in {"Host": host, **(headers or {})}.items():
        command += ["-H", f"{name}: {value}"]
    command.append(f"http://127.0.0.1:{port}{path}")
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = to_ms(re.search(r"\s99%\s+(\S+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"rps": rps, "p50": p50, "p99": p99, "non2xx": int(errors.group(1)) if errors else 0}


def probe(row: Row, headers: dict) -> tuple[int, str]:
    """Status and cache header of one request as wrk sends it for ``row``."""
    status, response_headers, _ = fetch(row.host, row.path, headers, PORTS[row.server])
    return status, response_headers.get(row.cache_header, "") if row.cache_header else ""


def measure_rounds(args, rows: list[Row], wrk_path) -> dict:
    """Each row's better round of ``args.rounds``, every row run in turn per round."""
    runs: dict[tuple[str, str], list[dict]] = {row.key: [] for row in rows}
    headers = {row.key: {} for row in rows}
    for row in rows:
        # A first request fills the caches; a conditional GET sends the cached ETag.
        _status, response_headers, _ = fetch(row.host, row.path, port=PORTS[row.server])
        if row.conditional:
            headers[row.key] = {"If-None-Match": response_headers.get("ETag", "")}
    total = len(rows) * args.rounds
    started = time.monotonic()
    done = 0
    for round_number in range(1, args.rounds + 1):
        log(f"round {round_number} of {args.rounds} (load average {load_average()})")
        for row in rows:
            port, sent = PORTS[row.server], headers[row.key]
            wrk(wrk_path, row.host, row.path, 1, args.connections, sent, port)
            status, before = probe(row, sent)
            result = wrk(wrk_path, row.host, row.path, args.duration, args.connections, sent, port)
            _status, after = probe(row, sent)
            result.update(status=status, cache=before if before == after else f"{before}→{after}")
            runs[row.key].append(result)
            done += 1
            left = (time.monotonic() - started) / done * (total - done) if done else 0
            log(
                f"[{done:2}/{total}] {row.mode:8} {row.label[:40]:40} {result['rps']:10,.1f} "
                f"req/s  HTTP {status} {result['cache'] or ''}  (~{left / 60:.0f} min left)"
            )
    return {key: best_round(results) for key, results in runs.items()}


def load_runs(args, env, rows, wrk_path, nginx_path) -> tuple[dict, list[float], int]:
    """Best results per row, the project workers' RSS after the rounds, and the static bytes."""
    processes = {}
    nginx = None
    with tempfile.TemporaryDirectory(prefix="kcms-bench-nginx-") as nginx_root:
        try:
            log("starting the minimal Django project and the project (uncached, cached)")
            processes["hello"] = start_hello(args.workdir, PORTS["hello"])
            processes["uncached"] = start_gunicorn(env, False, PORTS["uncached"])
            processes["cached"] = start_gunicorn(env, True, PORTS["cached"])
            village = next(row for row in rows if row.label == VILLAGE_HOME)
            status, _headers, html = fetch(village.host, village.path, port=PORTS["cached"])
            if status != 200:
                raise RuntimeError(f"village home answered {status}")
            log(f"starting nginx with the village home's {len(html):,} bytes as a static file")
            nginx = start_nginx(nginx_path, Path(nginx_root), html, PORTS["nginx"])
            loads = measure_rounds(args, rows, wrk_path)
            rss = worker_rss_mb(processes["uncached"].pid) + worker_rss_mb(processes["cached"].pid)
        finally:
            if nginx is not None:
                stop_nginx(nginx)
            for process in processes.values():
                stop_gunicorn(process)
    return loads, rss, len(html)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kcms-bench"))
    parser.add_argument("--duration", type=int, default=5, help="seconds of wrk per row")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2, help="interleaved rounds, best kept")
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
    args.command = shlex.join(["bench/run.py", *sys.argv[1:]])
    loadavg = {"start": load_average()}
    log(f"load average at start: {loadavg['start']}")

    env = base_env(args)
    scale_counts = [int(c) for c in args.scale.split(",") if c]
    if args.scale_only:
        print(scale_report(args, scale_runs(env, args.workdir, scale_counts, args.repeat)))
        return
    wrk_path = ensure_wrk()
    nginx_path = ensure_tool("nginx", "nginx-light")
    args.nginx_version = nginx_version(nginx_path)
    prepare_database(args, env)
    setup_django(env)
    targets = pick_targets()
    log("counting queries in process")
    counts = in_process(targets)
    log(json.dumps(counts))
    rows = load_rows(targets)
    loadavg["rounds_start"] = load_average()
    loads, rss, static_bytes = load_runs(args, env, rows, wrk_path, nginx_path)
    loadavg["rounds_end"] = load_average()
    scale = []
    if not args.skip_scale:
        log("scale check")
        scale = scale_runs(env, args.workdir, scale_counts, args.repeat)
    loadavg["end"] = load_average()
    log(f"load average at end: {loadavg['end']}")
    text = report(args, rows, counts, loads, rss, scale, loadavg, static_bytes)
    print(text)
    write_results(args.output, text)
    log(f"written to {args.output}")


if __name__ == "__main__":
    main()
