"""Backups that restore: one tar.gz with the database, media, private files and a manifest.

Archive layout::

    database/db.sqlite3 | database/db.pgdump   the database (see below)
    media/...                                  MEDIA_ROOT, when media are on local disk
    private/...                                PRIVATE_MEDIA_ROOT
    manifest.json                              written last; see ``Manifest``

The database copy is consistent with the row counts in the manifest: on
SQLite the counts are read from the copy itself (made with SQLite's online
backup API, safe while the site runs); on PostgreSQL the counts and
``pg_dump`` share one exported snapshot. ``restore`` checks every file's
SHA-256 before it changes anything, refuses a non-empty target unless forced,
and compares the row counts after restoring.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
ARCHIVE_GLOB = "kcms-backup-*.tar.gz"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that must stop; the message is for the operator (Indonesian)."""


@dataclass
class Manifest:
    """What an archive holds: row counts per model and a SHA-256 per file."""

    created: str
    engine: str
    database_file: str
    counts: dict[str, int]
    files: dict[str, str] = field(default_factory=dict)
    media_included: bool = True
    django_version: str = django.get_version()
    format: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        return json.dumps(self.__dict__, indent=2, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: bytes) -> "Manifest":
        values = json.loads(data)
        if values.get("format") != FORMAT_VERSION:
            raise BackupError(f"Format arsip {values.get('format')!r} tidak dikenali.")
        return cls(**values)


def model_tables() -> dict[str, str]:
    """``app_label.Model`` -> table, for every concrete table Django manages (m2m included)."""
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.managed and not meta.proxy and not meta.swapped:
            tables[meta.label] = meta.db_table
    return dict(sorted(tables.items()))


EXISTING_TABLES_SQL = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table'",
    "postgresql": "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()",
}


def _count(cursor, vendor: str, quote: Callable[[str], str]) -> dict[str, int]:
    """Rows per model, for every model whose table exists (an app may await its migration)."""
    cursor.execute(EXISTING_TABLES_SQL[vendor])
    existing = {row[0] for row in cursor.fetchall()}
    counts = {}
    for label, table in model_tables().items():
        if table not in existing:
            continue
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")  # noqa: S608 (names from models)
        counts[label] = cursor.fetchone()[0]
    return counts


def current_counts(using: str = "default") -> dict[str, int]:
    """Row counts per model in the live database, through Django's connection."""
    connection = connections[using]
    with connection.cursor() as cursor:
        return _count(cursor, connection.vendor, connection.ops.quote_name)


def _is_postgres(using: str) -> bool:
    return connections[using].vendor == "postgresql"


def _pg_command(program: str, settings_dict: dict) -> tuple[list[str], dict]:
    """Command line and environment for a PostgreSQL client tool on this database."""
    if shutil.which(program) is None:
        raise BackupError(
            f"Program {program} tidak ditemukan. Pasang paket postgresql-client "
            "(versi yang sama atau lebih baru dari server)."
        )
    args = [program, "--dbname", settings_dict["NAME"]]
    if settings_dict.get("HOST"):
        args += ["--host", settings_dict["HOST"]]
    if settings_dict.get("PORT"):
        args += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["--username", settings_dict["USER"]]
    env = {"PATH": os.environ.get("PATH", "")}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    if settings_dict.get("OPTIONS", {}).get("sslmode"):
        env["PGSSLMODE"] = settings_dict["OPTIONS"]["sslmode"]
    return args, env


def _run(args: list[str], env: dict) -> None:
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{args[0]} gagal:\n{result.stderr.strip()}")


def dump_database(dest_dir: Path, using: str = "default") -> tuple[Path, dict[str, int]]:
    """Write a consistent copy of the database into ``dest_dir``; return it and its counts."""
    connection = connections[using]
    if _is_postgres(using):
        dest = dest_dir / "db.pgdump"
        # A separate connection holds one REPEATABLE READ snapshot: the counts
        # are read in it and pg_dump is told to dump exactly that snapshot.
        raw = connection.get_new_connection(connection.get_connection_params())
        try:
            raw.autocommit = True
            with raw.cursor() as cursor:
                cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                cursor.execute("SELECT pg_export_snapshot()")
                snapshot = cursor.fetchone()[0]
                counts = _count(cursor, "postgresql", connection.ops.quote_name)
                args, env = _pg_command("pg_dump", connection.settings_dict)
                _run(
                    args
                    + ["--format=custom", "--no-owner", "--no-privileges"]
                    + ["--snapshot", snapshot, "--file", str(dest)],
                    env,
                )
                cursor.execute("COMMIT")
        finally:
            raw.close()
        return dest, counts

    dest = dest_dir / "db.sqlite3"
    source = sqlite3.connect(connection.settings_dict["NAME"], timeout=30)
    copy = sqlite3.connect(dest)
    try:
        # The online backup API copies a consistent state while others write.
        source.backup(copy)
        counts = _count(copy.cursor(), "sqlite", connection.ops.quote_name)
    finally:
        copy.close()
        source.close()
    return dest, counts


def media_storage_is_local() -> bool:
    """True when uploaded media are files under MEDIA_ROOT (not in an S3 bucket)."""
    return isinstance(storages["default"], FileSystemStorage)


def _files_under(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink())


class _HashingReader:
    """File wrapper that hashes what tarfile reads, so content is read once."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.fileobj.read(size)
        self.sha256.update(data)
        return data


def sha256_of(path: Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def archive_name(now: datetime | None = None) -> str:
    """``kcms-backup-YYYYmmdd-HHMMSS.tar.gz`` in UTC: names sort by age."""
    now = now or datetime.now(UTC)
    return f"kcms-backup-{now:%Y%m%d-%H%M%S}.tar.gz"


def create_backup(
    output_dir: Path,
    *,
    progress: Callable[[Iterable, int, str], Iterable] | None = None,
    using: str = "default",
) -> tuple[Path, Manifest]:
    """Write one archive into ``output_dir`` and return its path and manifest.

    The archive is written under a temporary name and renamed when complete,
    so an interrupted backup never looks like a finished one.
    """
    progress = progress or (lambda items, total, label: items)
    output_dir.mkdir(parents=True, exist_ok=True)
    final = output_dir / archive_name()
    partial = final.with_name(final.name + ".partial")
    include_media = media_storage_is_local()
    with tempfile.TemporaryDirectory(prefix="kcms-backup-") as tmp:
        db_file, counts = dump_database(Path(tmp), using)
        manifest = Manifest(
            created=datetime.now(UTC).isoformat(timespec="seconds"),
            engine=connections[using].vendor,
            database_file=f"database/{db_file.name}",
            counts=counts,
            media_included=include_media,
        )
        members = [(db_file, manifest.database_file)]
        roots = [("private", Path(settings.PRIVATE_MEDIA_ROOT))]
        if include_media:
            roots.insert(0, ("media", Path(settings.MEDIA_ROOT)))
        for prefix, root in roots:
            for path in _files_under(root):
                members.append((path, f"{prefix}/{path.relative_to(root).as_posix()}"))
        try:
            with tarfile.open(partial, "w:gz") as tar:
                for path, arcname in progress(members, len(members), "Cadangan"):
                    info = tar.gettarinfo(path, arcname)
                    with path.open("rb") as fh:
                        reader = _HashingReader(fh)
                        tar.addfile(info, reader)
                    manifest.files[arcname] = reader.sha256.hexdigest()
                data = manifest.to_json()
                info = tarfile.TarInfo(MANIFEST_NAME)
                info.size = len(data)
                info.mtime = int(datetime.now(UTC).timestamp())
                tar.addfile(info, _BytesReader(data))
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    partial.rename(final)
    return final, manifest


class _BytesReader:
    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def read(self, size=-1):
        end = len(self.data) if size < 0 else self.pos + size
        chunk, self.pos = self.data[self.pos : end], min(end, len(self.data))
        return chunk


def rotate(output_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` archives in ``output_dir``; return the deleted."""
    archives = sorted(output_dir.glob(ARCHIVE_GLOB))
    doomed = archives[:-keep] if keep > 0 else []
    for path in doomed:
        path.unlink()
    return doomed


def read_and_verify(archive: Path, into: Path, progress=None) -> Manifest:
    """Extract ``archive`` into ``into`` and check it against its manifest.

    Raises ``BackupError`` on a missing manifest, a missing or extra file, or
    any checksum mismatch, before anything outside ``into`` is touched.
    """
    progress = progress or (lambda items, total, label: items)
    if not archive.is_file():
        raise BackupError(f"Arsip {archive} tidak ditemukan.")
    try:
        with tarfile.open(archive, "r:gz") as tar:
            # The "data" filter refuses absolute paths, "..", links out of the
            # tree and device files: an archive cannot write outside ``into``.
            tar.extractall(into, filter="data")
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise BackupError(f"Arsip {archive} tidak dapat dibaca: {exc}") from exc
    manifest_path = into / MANIFEST_NAME
    if not manifest_path.is_file():
        raise BackupError("Arsip tidak berisi manifest.json; ini bukan cadangan dari aplikasi ini.")
    manifest = Manifest.from_json(manifest_path.read_bytes())
    present = {p.relative_to(into).as_posix() for p in _files_under(into)} - {MANIFEST_NAME}
    missing = sorted(set(manifest.files) - present)
    extra = sorted(present - set(manifest.files))
    if missing or extra:
        raise BackupError(
            "Isi arsip tidak sesuai manifest "
            f"(hilang: {missing[:5]}, tak terdaftar: {extra[:5]}). Pemulihan dibatalkan."
        )
    items = sorted(manifest.files.items())
    for name, expected in progress(items, len(items), "Memeriksa"):
        if sha256_of(into / name) != expected:
            raise BackupError(
                f"Checksum tidak cocok untuk {name}: arsip rusak atau telah diubah. "
                "Pemulihan dibatalkan; tidak ada yang diubah."
            )
    return manifest


def database_is_empty(using: str = "default") -> bool:
    """True when the target database has no tables at all (a freshly created one)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def _dir_is_empty(path: Path) -> bool:
    return not path.exists() or not any(path.iterdir())


def check_target(manifest: Manifest, *, force: bool, using: str = "default") -> None:
    """Refuse a target that already holds data, unless ``force`` is given."""
    engine = connections[using].vendor
    if engine != manifest.engine:
        raise BackupError(
            f"Arsip berisi basis data {manifest.engine}, tetapi tujuan adalah {engine}. "
            "Pulihkan ke jenis basis data yang sama."
        )
    if force:
        return
    problems = []
    if not database_is_empty(using):
        problems.append("basis data tujuan sudah berisi tabel")
    dirs = [("PRIVATE_MEDIA_ROOT", settings.PRIVATE_MEDIA_ROOT)]
    if manifest.media_included:
        dirs.insert(0, ("MEDIA_ROOT", settings.MEDIA_ROOT))
    for name, path in dirs:
        if not _dir_is_empty(Path(path)):
            problems.append(f"{name} ({path}) tidak kosong")
    if problems:
        raise BackupError(
            "Tujuan pemulihan tidak kosong: "
            + "; ".join(problems)
            + ". Pulihkan ke basis data baru yang kosong (dan folder media kosong), "
            "atau tambahkan --force untuk MENIMPA seluruh isinya."
        )


def restore_database(source: Path, *, force: bool, using: str = "default") -> None:
    """Replace the target database's content with ``source`` (a checked dump)."""
    connection = connections[using]
    if _is_postgres(using):
        if force:
            with connection.cursor() as cursor:
                cursor.execute("DROP SCHEMA public CASCADE")
                cursor.execute("CREATE SCHEMA public")
        connection.close()
        args, env = _pg_command("pg_restore", connection.settings_dict)
        _run(args + ["--no-owner", "--no-privileges", "--exit-on-error", str(source)], env)
        return
    name = connection.settings_dict["NAME"]
    connection.close()
    backup = sqlite3.connect(source)
    target = sqlite3.connect(name, timeout=30)
    try:
        # Page-by-page copy that replaces the whole target database.
        backup.backup(target)
    finally:
        target.close()
        backup.close()


def restore_files(extracted: Path, manifest: Manifest, progress=None) -> int:
    """Copy media and private files into place, replacing what was there. Returns the count."""
    progress = progress or (lambda items, total, label: items)
    roots = {"private": Path(settings.PRIVATE_MEDIA_ROOT)}
    if manifest.media_included:
        roots["media"] = Path(settings.MEDIA_ROOT)
    for root in roots.values():
        if root.exists():
            for child in root.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        root.mkdir(parents=True, exist_ok=True)
    names = [n for n in sorted(manifest.files) if n.split("/", 1)[0] in roots]
    for name in progress(names, len(names), "Memulihkan berkas"):
        prefix, rel = name.split("/", 1)
        dest = roots[prefix] / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(extracted / name, dest)
    return len(names)


def restore_backup(archive: Path, *, force: bool = False, progress=None, using="default") -> dict:
    """Check ``archive``, refuse unsafe targets, restore everything, compare row counts.

    Returns ``{"files": n, "count_mismatches": {label: (expected, found)}}``.
    """
    with tempfile.TemporaryDirectory(prefix="kcms-restore-") as tmp:
        extracted = Path(tmp)
        manifest = read_and_verify(archive, extracted, progress)
        check_target(manifest, force=force, using=using)
        restore_database(extracted / manifest.database_file, force=force, using=using)
        files = restore_files(extracted, manifest, progress)
    # Cached pages and hostnames describe the database before the restore.
    cache.clear()
    found = current_counts(using)
    mismatches = {
        label: (expected, found.get(label))
        for label, expected in manifest.counts.items()
        if found.get(label) != expected
    }
    return {"files": files, "count_mismatches": mismatches}
