"""Backups that restore: a round trip through `manage.py backup` and `restore`.

The round trip runs in subprocesses on scratch databases of the engine the
suite runs on (a SQLite file, or scratch PostgreSQL databases copied from the
test database), never on the test database itself.
"""

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from ops.backup import Manifest, rotate

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("_roundtrip.py")


def run_script(action: str, argument: str, env: dict) -> dict:
    """Run ``_roundtrip.py`` with only ``env`` (plus PATH) and return its JSON result."""
    result = subprocess.run(
        [sys.executable, str(SCRIPT), action, argument],
        cwd=REPO,
        env={"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO), **env},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def pg_client(program: str, *args: str) -> None:
    """Run a PostgreSQL client tool as the test database's user; fail loudly."""
    s = connection.settings_dict
    base = ["-h", s["HOST"] or "127.0.0.1", "-p", str(s["PORT"] or 5432)]
    base += ["-U", s["USER"] or "postgres"]
    env = {"PATH": os.environ["PATH"], "PGPASSWORD": s.get("PASSWORD") or ""}
    subprocess.run([program, *base, *args], check=True, env=env, capture_output=True)


def pg_url(dbname: str) -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s.get("PASSWORD") else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{dbname}"


@pytest.fixture(scope="module")
def round_trip(django_db_setup, django_db_blocker, tmp_path_factory):
    """Populate a scratch copy of the migrated test database, back it up, restore it.

    Yields ``(source, restored, archive)``: the two subprocess results and the path.
    """
    tmp = tmp_path_factory.mktemp("roundtrip")
    common = {"SECRET_KEY": "round-trip-test-key", "LOG_FORMAT": "text"}
    src_env = {**common, "MEDIA_ROOT": str(tmp / "m1"), "PRIVATE_MEDIA_ROOT": str(tmp / "p1")}
    dst_env = {**common, "MEDIA_ROOT": str(tmp / "m2"), "PRIVATE_MEDIA_ROOT": str(tmp / "p2")}
    scratch = []
    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            if not (shutil.which("pg_dump") and shutil.which("psql")):
                pytest.skip("pg_dump/psql are not installed (Debian package postgresql-client)")
            suffix = uuid.uuid4().hex[:8]
            src, dst = f"kcms_ops_src_{suffix}", f"kcms_ops_dst_{suffix}"
            scratch = [src, dst]
            for name in scratch:
                pg_client("psql", "-d", "postgres", "-c", f'CREATE DATABASE "{name}"')
            # The test database holds the migrated schema: copy it as the source.
            dump = str(tmp / "schema.pgdump")
            pg_client("pg_dump", "-Fc", "-f", dump, connection.settings_dict["NAME"])
            pg_client("pg_restore", "--no-owner", "-d", src, dump)
            src_env["DATABASE_URL"], dst_env["DATABASE_URL"] = pg_url(src), pg_url(dst)
        else:
            import sqlite3

            # The in-memory test database is migrated; copy it to a file
            # (no test transaction is open at module set-up).
            connection.ensure_connection()
            target = sqlite3.connect(tmp / "src.sqlite3")
            connection.connection.backup(target)
            target.close()
            src_env["SQLITE_PATH"] = str(tmp / "src.sqlite3")
            dst_env["SQLITE_PATH"] = str(tmp / "dst.sqlite3")
    try:
        source = run_script("populate", str(tmp / "archives"), src_env)
        restored = run_script("restore", source["archive"], dst_env)
        yield source, restored, Path(source["archive"])
    finally:
        with django_db_blocker.unblock():
            for name in scratch:
                pg_client(
                    "psql", "-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
                )


def read_manifest(archive: Path) -> Manifest:
    with tarfile.open(archive) as tar:
        return Manifest.from_json(tar.extractfile("manifest.json").read())


def test_restore_brings_back_pages_revisions_settings_users_and_files(round_trip):
    source, restored, _archive = round_trip
    before, after = source["fingerprint"], restored["fingerprint"]
    # The populated content is really there, so the comparison means something.
    assert any("Rambang Kapak Tengah" in title for _u, title, _l in before["pages"])
    assert ["operator-uji"] in before["users"]
    assert before["revisions"] > 0
    assert any(name.startswith("MEDIA_ROOT/original_images/") for name in before["files"])
    assert "PRIVATE_MEDIA_ROOT/unggahan/ktp.txt" in before["files"]
    assert after == before
    assert "Pemulihan selesai" in restored["output"]


def test_manifest_lists_row_counts_per_model_and_a_checksum_per_file(round_trip):
    _source, _restored, archive = round_trip
    manifest = read_manifest(archive)
    assert manifest.engine == connection.vendor
    assert manifest.counts["wagtailcore.Page"] >= 3
    assert manifest.counts["auth.User"] >= 1
    with tarfile.open(archive) as tar:
        names = set(tar.getnames()) - {"manifest.json"}
    assert names == set(manifest.files)
    assert manifest.database_file in names
    assert all(len(digest) == 64 for digest in manifest.files.values())


def test_restore_into_a_database_that_has_data_is_refused_without_force(round_trip):
    _source, restored, _archive = round_trip
    error = restored["second_restore_error"]
    assert "tidak kosong" in error
    assert "--force" in error


def test_restore_with_force_replaces_the_whole_content(round_trip):
    source, restored, _archive = round_trip
    assert restored["forced_fingerprint"] == source["fingerprint"]
    assert ["dibuat-setelah-pemulihan"] not in restored["forced_fingerprint"]["users"]


@pytest.mark.django_db
def test_restore_refuses_an_archive_whose_checksum_does_not_match(round_trip, tmp_path):
    _source, _restored, archive = round_trip
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(archive) as src, tarfile.open(tampered, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()
            if member.name == "private/unggahan/ktp.txt":
                data = b"data palsu!!"
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    # Refused while checking the archive, before the (non-empty) test database
    # or any folder is looked at, let alone changed.
    with pytest.raises(CommandError, match="Checksum tidak cocok untuk private/unggahan/ktp.txt"):
        call_command("restore", str(tampered), no_progress=True)


def test_rotation_keeps_only_the_newest_archives(tmp_path):
    names = [f"kcms-backup-2026010{i}-000000.tar.gz" for i in range(1, 6)]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not an archive")
    deleted = rotate(tmp_path, 2)
    assert [p.name for p in deleted] == names[:3]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names[3:] + ["notes.txt"])
