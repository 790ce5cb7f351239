"""Two app nodes sharing one PostgreSQL and one Redis: a change on one is fresh on the other.

Two real gunicorn processes (``gunicorn.conf.py``, one worker each, DEBUG off,
the anonymous page cache on) serve a scratch PostgreSQL database created for
this module and a Redis database flushed for it. An editor publishes through
the admin of node A over HTTP; node B must serve the new content at once,
from the same shared cache, while an unrelated village keeps its cached page.
A village onboarded through node A's admin must be served by node B at once,
with working links (its host list and site-root index are per process).
Two more tests hold a change's transaction open in a third process while node
B reads, as a busy site would: what B loaded before the commit must not
outlive it (the page cache and the site-root index are invalidated again on
commit).

Runs only where PostgreSQL and Redis answer (CI has both); skipped otherwise.
The database is dropped and both processes are stopped even when a step fails.

Migrating a fresh database takes most of a minute, so the migrated schema is
kept as a PostgreSQL template database named after a hash of every migration
and installed package, and the collected static files likewise in the temp
directory: the first run pays, later runs (CI's second pass, a rerun) copy.
A stale template is dropped when a new one is made.
"""

import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

# One xdist worker runs the whole module (make test uses --dist loadfile):
# two workers would each start two nodes on the same Redis database and
# the same hostnames, and flush each other's cache mid-test.

REPO = Path(__file__).resolve().parents[2]
PG_SERVER = os.environ.get("TWO_NODES_PG", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("TWO_NODES_REDIS", "redis://127.0.0.1:6379/13")
PASSWORD = "dua-node-sandi-2026"
KEC_HOST = "kec.two-nodes.test"
VILLAGE_HOST = f"karangan.{KEC_HOST}"
OTHER_HOST = f"tanjung-rambang.{KEC_HOST}"
NEW_VILLAGE_HOST = f"karang-bindu.{KEC_HOST}"
# Every step below has its own timeout; this bounds the whole module.
MODULE_BUDGET_SECONDS = 240


def _postgres_admin():
    """A connection to the server's ``postgres`` database, or a reason to skip."""
    import psycopg2

    try:
        connection = psycopg2.connect(f"{PG_SERVER}/postgres", connect_timeout=2)
    except psycopg2.OperationalError as exc:
        pytest.skip(f"two-node test needs PostgreSQL at {PG_SERVER}: {exc}")
    connection.autocommit = True
    return connection


def _redis():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"two-node test needs Redis at {REDIS_URL}: {exc}")
    return client


def _fingerprint(*patterns: str) -> str:
    """A hash of the installed packages and of the repository files matching ``patterns``."""
    digest = hashlib.sha256()
    packages = sorted(f"{d.name}=={d.version}" for d in importlib.metadata.distributions())
    digest.update("\n".join(packages).encode())
    for pattern in patterns:
        for path in sorted(REPO.glob(pattern)):
            if ".venv" not in path.parts and path.is_file():
                digest.update(str(path.relative_to(REPO)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _run(command: list[str], env: dict, timeout: float) -> str:
    """Run a command of the app in the repository; its stdout, or a failure with stderr."""
    result = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, (command, result.stderr[-3000:])
    return result.stdout


def _migrated_template(admin, env: dict) -> str:
    """The name of a template database holding the current migrated schema."""
    template = f"kcms_two_nodes_tpl_{_fingerprint('*/migrations/*.py')}"
    with admin.cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE 'kcms_two_nodes_tpl_%'")
        existing = {row[0] for row in cursor.fetchall()}
        if template in existing:
            return template
        for stale in existing:
            cursor.execute(f"DROP DATABASE IF EXISTS {stale} WITH (FORCE)")
        # Built under a name of its own and renamed when complete, so that a
        # run interrupted half way never leaves a half-migrated template.
        building = f"{template}_{os.getpid()}"
        cursor.execute(f"CREATE DATABASE {building}")
        try:
            _run(
                [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
                dict(env, DATABASE_URL=f"{PG_SERVER}/{building}"),
                timeout=300,
            )
            cursor.execute(f"ALTER DATABASE {building} RENAME TO {template}")
        finally:
            cursor.execute(f"DROP DATABASE IF EXISTS {building} WITH (FORCE)")
    return template


def _collected_static(env: dict) -> Path:
    """A STATIC_ROOT holding ``collectstatic``'s output for the current static files."""
    root = Path(tempfile.gettempdir()) / "kcms-two-nodes-static"
    target = root / _fingerprint("frontend_templates/static/**/*")
    if not (target / "staticfiles.json").exists():
        building = root / f"building-{os.getpid()}"
        shutil.rmtree(building, ignore_errors=True)
        _run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
            dict(env, STATIC_ROOT=str(building)),
            timeout=300,
        )
        for stale in root.iterdir():
            if not stale.name.startswith("building-"):
                shutil.rmtree(stale, ignore_errors=True)
        try:
            building.rename(target)
        except OSError:  # another run finished the same copy first
            shutil.rmtree(building, ignore_errors=True)
    return target


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Runs inside the scratch database: a kecamatan with two villages, an article
# in one of them, and a kecamatan admin who may publish anywhere in it.
SETUP = """
import json
import django

django.setup()
from django.contrib.auth import get_user_model
from wagtail.rich_text import RichText

from news.models import NewsIndexPage, NewsPage
from tenants.onboarding import onboard_kecamatan, onboard_village

kecamatan = onboard_kecamatan(
    "16.74.04", "Rambang Kapak Tengah", "%(kec)s", port=80, make_default=True
).tenant
karangan = onboard_village("16.74.04.2008", "Karangan").tenant
onboard_village("16.74.04.1001", "Tanjung Rambang")
index = NewsIndexPage.objects.child_of(karangan.home_page).get()
article = index.add_child(
    instance=NewsPage(
        title="Posyandu balita bulan ini",
        slug="posyandu",
        category="kesehatan",
        summary="Jadwal posyandu balita di balai desa.",
        body=[("paragraph", RichText("<p>Bawa buku KIA.</p>"))],
    )
)
article.save_revision().publish()
user = get_user_model().objects.create_user("camat.dua", password="%(password)s")
user.groups.add(kecamatan.admin_group)
print(json.dumps({"article": article.pk, "kecamatan": kecamatan.pk, "date": str(article.date)}))
"""


class Node:
    """One gunicorn process of the app, reached at 127.0.0.1:``port``."""

    def __init__(self, name: str, env: dict, logdir: Path):
        self.name = name
        self.port = _free_port()
        self.log = logdir / f"node-{name}.log"
        self.process = subprocess.Popen(
            # Without a control socket: gunicorn's default is one path per
            # user, which the second node (or any other server) would take over.
            [
                *(sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"),
                *("--no-control-socket", "cms.wsgi"),
            ],
            cwd=REPO,
            env=dict(env, GUNICORN_BIND=f"127.0.0.1:{self.port}"),
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("w"),
        )

    def wait_ready(self, timeout: float = 60) -> None:
        """Block until the worker answers /healthz."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"node {self.name} exited:\n{self.log.read_text()[-3000:]}")
            try:
                if self.get("localhost", "/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"node {self.name} did not start:\n{self.log.read_text()[-3000:]}")

    def get(self, host: str, path: str) -> tuple[int, dict, str]:
        """An anonymous GET (no cookies): status, headers and body."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", headers={"Host": host}
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()

    def stop(self) -> None:
        """Ask gunicorn for its quick shutdown (SIGINT); the caller waits."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)

    def wait_stopped(self) -> None:
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class AdminSession:
    """A logged-in editor in one node's Wagtail admin, with cookies and CSRF tokens."""

    def __init__(self, node: Node, host: str):
        self.node = node
        self.host = host
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(CookieJar()), _NoRedirect()
        )

    def request(self, path: str, data: dict | None = None) -> tuple[int, str, str]:
        """GET (or POST ``data``): status, Location header and body."""
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.node.port}{path}", data=body, headers={"Host": self.host}
        )
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, "", response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Location", ""), error.read().decode()

    def post_form(self, path: str, data: dict) -> tuple[int, str, str]:
        """POST ``data`` to the form at ``path`` with the CSRF token that page carries."""
        status, _location, html = self.request(path)
        assert status == 200, (path, status, html[-2000:])
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        return self.request(path, {**data, "csrfmiddlewaretoken": token})

    def log_in(self, username: str, password: str) -> None:
        status, location, body = self.post_form(
            "/admin/login/", {"username": username, "password": password, "next": "/admin/"}
        )
        assert (status, location) == (302, "/admin/"), (status, location, body[-2000:])


@pytest.fixture(scope="module")
def nodes(tmp_path_factory):
    """Nodes A and B on a fresh scratch database and Redis db; yields (a, b, setup facts)."""
    # SIGALRM bounds the module when a step hangs in a way its own timeout misses.
    use_alarm = threading.current_thread() is threading.main_thread()
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _out_of_time)
        signal.alarm(MODULE_BUDGET_SECONDS)
    database = f"kcms_two_nodes_{os.getpid()}"
    workdir = tmp_path_factory.mktemp("two_nodes")
    admin = redis_client = None
    started: list[Node] = []
    try:
        redis_client = _redis()
        admin = _postgres_admin()
        env = {
            "PATH": os.environ["PATH"],
            "HOME": os.environ.get("HOME", "/tmp"),
            "DJANGO_SETTINGS_MODULE": "cms.settings.base",
            "DJANGO_DEBUG": "0",
            "SECRET_KEY": "two-nodes-test-secret-key",
            "DATABASE_URL": f"{PG_SERVER}/{database}",
            "REDIS_URL": REDIS_URL,
            "PAGECACHE_SECONDS": "600",
            "MEDIA_ROOT": str(workdir / "media"),
            "PRIVATE_MEDIA_ROOT": str(workdir / "private"),
            "SECURE_COOKIES": "0",
            "EXTRA_ALLOWED_HOSTS": "localhost",
            "LOG_LEVEL": "WARNING",
            "LOG_FORMAT": "text",
            "GUNICORN_WORKERS": "1",
            "GUNICORN_MAX_REQUESTS": "0",
        }
        env["STATIC_ROOT"] = str(_collected_static(env))
        template = _migrated_template(admin, env)
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {database}")
            cursor.execute(f"CREATE DATABASE {database} TEMPLATE {template}")
        redis_client.flushdb()
        # The nodes boot while the tree is made; they read no content until ready.
        started += [Node("A", env, workdir), Node("B", env, workdir)]
        output = _run(
            [sys.executable, "-c", SETUP % {"kec": KEC_HOST, "password": PASSWORD}], env, 120
        )
        facts = json.loads(output.splitlines()[-1])
        facts["env"] = env
        # Setup wrote through the cache too; both nodes start from a cold one.
        redis_client.flushdb()
        for node in started:
            node.wait_ready()
        yield started[0], started[1], facts
    finally:
        for node in started:
            node.stop()
        for node in started:
            node.wait_stopped()
        if redis_client is not None:
            redis_client.flushdb()
        if admin is not None:
            with admin.cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
            admin.close()
        if use_alarm:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)


def _out_of_time(signum, frame):
    raise TimeoutError(f"two-node test took more than {MODULE_BUDGET_SECONDS} s")


def read_twice(node: Node, host: str, path: str) -> str:
    """Read a page twice through ``node``: the second read must be a cache hit."""
    first = node.get(host, path)
    second = node.get(host, path)
    assert first[0] == second[0] == 200, (host, path, first[0], second[0], first[2][-1500:])
    assert second[1].get("X-Page-Cache") == "HIT", (host, path, second[1])
    return second[2]


def test_a_publish_through_node_a_is_served_fresh_by_node_b_and_only_its_sites_go_stale(nodes):
    a, b, facts = nodes
    article = "/berita/posyandu/"
    old_title = "Posyandu balita bulan ini"
    new_title = "Posyandu balita pindah ke hari Sabtu"

    # Warm the shared cache through node B; node A then answers from it too.
    assert old_title in read_twice(b, VILLAGE_HOST, article)
    assert old_title in read_twice(b, VILLAGE_HOST, "/berita/")
    assert old_title in read_twice(b, KEC_HOST, "/berita/?desa=semua")
    other_home = read_twice(b, OTHER_HOST, "/")
    status, headers, body = a.get(VILLAGE_HOST, article)
    assert (status, headers.get("X-Page-Cache")) == (200, "HIT")
    assert old_title in body

    # An editor publishes a new title through node A's admin, over HTTP.
    editor = AdminSession(a, KEC_HOST)
    editor.log_in("camat.dua", PASSWORD)
    form = nested_form_data(
        {
            "title": new_title,
            "slug": "posyandu",
            "date": facts["date"],
            "category": "kesehatan",
            "summary": "Jadwal posyandu balita di balai desa.",
            "body": streamfield([("paragraph", rich_text("<p>Bawa buku KIA.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    status, location, body = editor.post_form(f"/admin/pages/{facts['article']}/edit/", form)
    assert status == 302, (status, body[-3000:])

    # Node B, at once: the article, the village's list and the portal's list are fresh.
    status, headers, body = b.get(VILLAGE_HOST, article)
    assert status == 200
    assert headers.get("X-Page-Cache") == "MISS"
    assert new_title in body and old_title not in body
    for host, path in ((VILLAGE_HOST, "/berita/"), (KEC_HOST, "/berita/?desa=semua")):
        status, headers, body = b.get(host, path)
        assert headers.get("X-Page-Cache") == "MISS", (host, path)
        assert new_title in body and old_title not in body, (host, path)
    # Another village's page was not invalidated: still the same cached copy.
    status, headers, body = b.get(OTHER_HOST, "/")
    assert (status, headers.get("X-Page-Cache")) == (200, "HIT")
    assert _without_nonce(body) == _without_nonce(other_home)


def test_a_village_onboarded_through_node_a_is_served_by_node_b_at_once(nodes):
    a, b, facts = nodes
    # Node B has its host list and site-root index loaded, without the new village.
    assert b.get(NEW_VILLAGE_HOST, "/")[0] == 400
    assert "Karang Bindu" not in read_twice(b, KEC_HOST, "/")

    admin = AdminSession(a, KEC_HOST)
    admin.log_in("camat.dua", PASSWORD)
    status, location, body = admin.post_form(
        "/admin/wilayah/tambah/",
        {"kecamatan": facts["kecamatan"], "code": "16.74.04.2009", "name": "Karang Bindu"},
    )
    assert status == 302, (status, body[-3000:])

    status, _headers, home = b.get(NEW_VILLAGE_HOST, "/")
    assert status == 200, home[-2000:]
    assert "Karang Bindu" in home
    # Its pages' links resolve on its own host: node B's site-root index knows the site.
    assert 'href="/berita/"' in home
    status, _headers, news = b.get(NEW_VILLAGE_HOST, "/berita/")
    assert status == 200 and "Karang Bindu" in news
    # The portal lists it, linking to its host.
    status, headers, portal = b.get(KEC_HOST, "/")
    assert headers.get("X-Page-Cache") == "MISS"
    assert "Karang Bindu" in portal and f"//{NEW_VILLAGE_HOST}" in portal


def _without_nonce(html: str) -> str:
    """The page without its CSP nonces, which differ on every cache hit."""
    return re.sub(r'nonce="[^"]*"', 'nonce=""', html)


# Runs the given code in a transaction held open until told to commit.
HELD_TRANSACTION = """
import sys
import django

django.setup()
from django.db import transaction

with transaction.atomic():
    exec(sys.argv[1])
    print("saved", flush=True)
    sys.stdin.readline()
print("committed", flush=True)
"""


@contextmanager
def held_transaction(env: dict, code: str):
    """Run ``code`` in a transaction of another process; it commits when the block ends."""
    process = subprocess.Popen(
        [sys.executable, "-c", HELD_TRANSACTION, code],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "saved", process.stderr.read()[-3000:]
        yield
        process.stdin.write("\n")
        process.stdin.flush()
        assert process.stdout.readline().strip() == "committed", process.stderr.read()[-3000:]
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=5)


def test_a_site_committed_after_node_b_reloaded_its_site_roots_still_gets_links_on_node_b(nodes):
    """Node B reloads between the Site's save (which signals the change) and the commit."""
    a, b, facts = nodes
    new_host = f"sinar-rambang.{KEC_HOST}"
    onboard = (
        "from tenants.onboarding import onboard_village\n"
        "onboard_village('16.74.04.2010', 'Sinar Rambang')"
    )
    with held_transaction(facts["env"], onboard):
        # A page rendered now makes node B reload its site roots (the change
        # was signalled) from a database that does not show the new site yet.
        assert b.get(KEC_HOST, "/?sebelum-commit=1")[0] == 200

    for node in (b, a):
        status, _headers, home = node.get(new_host, "/")
        assert status == 200, (node.name, home[-2000:])
        assert "Sinar Rambang" in home
        assert 'href="/berita/"' in home, node.name


def test_a_page_read_on_node_b_before_a_publish_commits_is_not_served_stale_after_it(nodes):
    """Node B renders (and caches) the old page between the publish's signal and its commit."""
    a, b, facts = nodes
    article = "/berita/posyandu/"
    title = "Posyandu balita: jadwal akhir tahun"
    read_twice(b, VILLAGE_HOST, article)
    publish = (
        "from news.models import NewsPage\n"
        f"page = NewsPage.objects.get(pk={facts['article']})\n"
        f"page.title = {title!r}\n"
        "page.save_revision().publish()"
    )
    with held_transaction(facts["env"], publish):
        status, headers, body = b.get(VILLAGE_HOST, article)
        assert status == 200 and title not in body  # not committed yet

    for node in (b, a):
        status, _headers, body = node.get(VILLAGE_HOST, article)
        assert status == 200
        assert title in body, node.name
