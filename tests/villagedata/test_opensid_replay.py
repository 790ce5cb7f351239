"""Issue 21 item 8: OpenSID v2410's own requests, replayed against gunicorn.

``opensid_fixtures/build.py`` builds every request of contract §1 that this
receiver serves exactly as OpenSID's sender code does (headers, form, JSON or
multipart ZIP with its CSV and photos; the commit and methods are in
``opensid_fixtures/README.md``). Here they are sent over a socket to a real
gunicorn (``tests/served.py``, as ``make demo`` serves) running the test
settings on a copy of this package's world, with the server setting written
both ways an operator writes it: ``http://kec-a.test:PORT`` and
``http://kec-a.test:PORT/``, so the second sends ``//api/v1/…`` as OpenSID does.
Each answer must be one OpenSID's reply handling accepts (contract §7).

The world (package fixture, uncommitted) plus this module's keys and operator
are copied with an SQL dump into a file the server opens; they are
then rolled back here. The copy needs the SQLite test database, so under
``DATABASE_URL`` (PostgreSQL) the module is skipped.
"""

import gzip
import http.client
import json
import os
import sqlite3

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, transaction

from tests.served import free_port, gunicorn
from tests.villagedata.opensid_fixtures import build
from villagedata.models import SyncKey

HOST = "kec-a.test"
PASSWORD = "sandi-Replay-2026"


class _Rollback(Exception):
    pass


SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")


def sqlite_dump(raw) -> str:
    """``iterdump()`` that restores full-text tables (Wagtail's search index).

    ``iterdump`` writes a virtual table into ``sqlite_master`` directly, which
    the restoring connection does not see; create it instead, and leave out
    its shadow tables, which creating it makes (its rows are re-inserted).
    """
    virtual = dict(
        raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
        ).fetchall()
    )
    shadows = {name + suffix for name in virtual for suffix in SHADOW_SUFFIXES}
    statements = []
    for statement in raw.iterdump():
        if statement.startswith("PRAGMA writable_schema"):
            continue
        if statement.startswith("INSERT INTO sqlite_master("):
            name = next(n for n in virtual if f"'{n}'" in statement)
            statements.append(virtual[name] + ";")
            continue
        head = statement[:200]
        if any(f'"{s}"' in head or f"'{s}'" in head or f" {s}(" in head for s in shadows):
            continue
        statements.append(statement)
    return "\n".join(statements)


@pytest.fixture(scope="module")
def served(world, django_db_blocker, tmp_path_factory):
    """``(port, keys)``: gunicorn on a file copy of the world plus keys and an operator."""
    if connection.vendor != "sqlite":
        pytest.skip("the replay copies the SQLite test database into a file for gunicorn")
    workdir = tmp_path_factory.mktemp("opensid-replay")
    database = workdir / "replay.sqlite3"
    keys = {}
    with django_db_blocker.unblock():
        try:
            with transaction.atomic():
                _row, keys["dua"] = SyncKey.issue(world.dua, label="OpenSID replay")
                _row, keys["empat"] = SyncKey.issue(world.empat)
                revoked, keys["revoked"] = SyncKey.issue(world.dua)
                revoked.revoke()
                user = get_user_model().objects.create_user(
                    "replay-operator", email="replay@dua.example.id", password=PASSWORD
                )
                user.groups.add(world.dua.editor_group)
                connection.ensure_connection()
                # A dump read through this connection sees what this (still open)
                # transaction wrote; all of it is rolled back below. (The online
                # backup API would wait for this transaction's lock forever.)
                dump = sqlite_dump(connection.connection)
                target = sqlite3.connect(database)
                target.executescript(dump)
                target.close()
                raise _Rollback
        except _Rollback:
            pass
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        SQLITE_PATH=str(database),
        TMPDIR=str(workdir),  # the test settings' temporary MEDIA_ROOT goes here
    )
    port = free_port()
    with gunicorn(env, port, probe="/api/v1/"):
        yield port, keys, database


def send(port, server, recorded):
    """``recorded`` as its sender puts it on the wire for the server setting ``server``."""
    url = server + recorded.path  # OpenSID concatenates: "…/" + "/api/v1/…" gives "//api/v1/…"
    target = url.split(f"{HOST}:{port}", 1)[1]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.putrequest(recorded.method, target, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", f"{HOST}:{port}")
        for name, value in recorded.headers:
            conn.putheader(name, value)
        conn.putheader("Content-Length", str(len(recorded.body)))
        conn.endheaders(recorded.body)
        response = conn.getresponse()
        body = response.read()
        if response.getheader("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        return response.status, dict(response.getheaders()), body
    finally:
        conn.close()


def check_as_opensid_reads_it(recorded, status, headers, body, accepted=True):
    """Contract §7: the answer is JSON in the shape the sender's handling reads."""
    assert status < 500, (recorded.name, status, body[:300])
    assert headers.get("Content-Type", "").startswith("application/json"), (
        recorded.name,
        body[:300],
    )
    data = json.loads(body)
    if recorded.sender == "guzzle":
        # opendk_api(): a 2xx gives {status, message} to the notice (class btn-<status>);
        # a 4xx is shown as <h5>message</h5> plus the lists under "errors".
        if accepted:
            assert status == 200 and data["status"] == "success" and data["message"], data
        else:
            assert 400 <= status < 500 and data["message"], data
            assert all(isinstance(v, list) for v in data.get("errors", {}).values()), data
    elif recorded.sender == "curl":
        # Laporan_apbdes::kirim(): anything but exactly 422 marks the reports as sent.
        if accepted:
            assert status == 200 and data["status"] == "success", data
        else:
            assert status == 422 and data["message"], data
    elif recorded.sender == "pesan":
        # get_pesan_opendk(): foreach over ->data; failures are caught and logged.
        if accepted:
            assert status == 200 and data["data"] == [], data
        else:
            assert 400 <= status < 500, data
    return data


SERVERS = ["http://{host}:{port}", "http://{host}:{port}/"]


# A kecamatan site under a sub-path (contract §1 allows it), as an operator may write it.
SUB_PATH_SERVERS = ["http://{host}:{port}/opendk", "http://{host}:{port}/opendk/"]


@pytest.mark.parametrize(
    "server",
    SERVERS + SUB_PATH_SERVERS,
    ids=["no-slash", "trailing-slash", "sub-path", "sub-path-trailing-slash"],
)
def test_every_opensid_push_is_answered_as_opensid_expects(served, server, world):
    port, keys, database = served
    server = server.format(host=HOST, port=port)
    for recorded in build.every_push(keys["dua"], world.dua.code):
        status, headers, body = send(port, server, recorded)
        check_as_opensid_reads_it(recorded, status, headers, body)
    # Stored by the server, not only answered (upserts: the same after a second run).
    with sqlite3.connect(database) as served_db:

        def rows(sql):
            return served_db.execute(sql, [world.dua.pk]).fetchall()

        assert rows(
            "SELECT remote_id, name, active, funding_source FROM villagedata_aidprogramme"
            " WHERE tenant_id = ? ORDER BY remote_id"
        ) == [
            (1, "BLT Dana Desa 2026", 1, "Dana Desa"),
            (2, "Bantuan Bibit Padi", 0, "APBD Kabupaten"),
        ]
        assert rows(
            "SELECT remote_id FROM villagedata_developmentproject WHERE tenant_id = ? ORDER BY 1"
        ) == [(11,), (12,)]
        assert rows(
            "SELECT remote_id, progress, image_id IS NOT NULL FROM villagedata_developmentphoto"
            " WHERE tenant_id = ? ORDER BY 1"
        ) == [(21, 0, 1), (22, 50, 1)]
        assert rows(
            "SELECT kind, remote_id, part, year FROM villagedata_syncedreport"
            " WHERE tenant_id = ? ORDER BY 1, 2"
        ) == [
            ("laporan_apbdes", 3, 1, 2026),
            ("laporan_penduduk", 7, 10, 2026),
            ("laporan_penduduk", 8, 11, 2026),
        ]


@pytest.mark.parametrize("server", SERVERS, ids=["no-slash", "trailing-slash"])
def test_a_wrong_or_revoked_key_keeps_the_reports_queued(served, server, world):
    port, keys, _database = served
    server = server.format(host=HOST, port=port)
    for key in ("not-a-key", keys["revoked"]):
        for recorded in build.every_push(key, world.dua.code):
            status, headers, body = send(port, server, recorded)
            data = check_as_opensid_reads_it(recorded, status, headers, body, accepted=False)
            if recorded.sender == "curl":
                assert status == 422 and data["errors"], (recorded.name, data)
            elif recorded.sender == "guzzle":
                assert status == 401, (recorded.name, status)


def test_another_villages_code_is_a_422_not_a_silent_success(served, world):
    """A key used with a code it does not own: refused where OpenSID sees it."""
    port, keys, _database = served
    for recorded in build.every_push(keys["empat"], world.dua.code)[:7]:
        status, headers, body = send(port, f"http://{HOST}:{port}", recorded)
        data = check_as_opensid_reads_it(recorded, status, headers, body, accepted=False)
        assert status == 422 and data["errors"], (recorded.name, status, data)


@pytest.mark.parametrize("server", SERVERS, ids=["no-slash", "trailing-slash"])
def test_buat_key_gets_a_working_key_through_the_browser_flow(served, server, world):
    """``get_token()``: the CORS preflight, the JSON login, then a push with the key."""
    port, _keys, _database = served
    server = server.format(host=HOST, port=port)
    status, headers, _body = send(port, server, build.auth_login_preflight())
    assert status in (200, 204)
    assert headers.get("Access-Control-Allow-Origin") in ("*", "https://desa-dua.example.id")
    assert "POST" in headers.get("Access-Control-Allow-Methods", "")
    recorded = build.auth_login("replay@dua.example.id", PASSWORD)
    status, headers, body = send(port, server, recorded)
    assert status == 200, body[:300]
    assert headers.get("Access-Control-Allow-Origin")
    token = json.loads(body)["access_token"]  # res.data.access_token
    status, headers, body = send(port, server, build.laporan_apbdes(token, world.dua.code))
    check_as_opensid_reads_it(build.laporan_apbdes(token, world.dua.code), status, headers, body)
    status, headers, body = send(
        port, server, build.auth_login("replay@dua.example.id", "salah-sandi")
    )
    assert status == 401 and json.loads(body)["message"]
