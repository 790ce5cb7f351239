"""The scheduled jobs, in one registry run by ``manage.py run_scheduled_jobs``.

Scheduling is left to the operating system (systemd timers or cron, see
docs/deploy.md): it already restarts, logs and alerts, needs no extra worker
process, and a timer unit never overlaps itself. Each job is a function that
returns a one-line summary; apps add their own with ``@scheduled_job``, or
connect to ``ops.signals.retention_purge`` for data that must expire.
"""

from collections.abc import Callable
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from ops.backup import create_backup, rotate
from ops.signals import retention_purge

JOBS: dict[str, Callable[[], str]] = {}


def scheduled_job(name: str):
    """Register a job under ``name``; the function takes no arguments and returns a summary."""

    def register(func):
        JOBS[name] = func
        return func

    return register


def _command(name: str, *args, **options) -> str:
    out = StringIO()
    call_command(name, *args, stdout=out, stderr=out, **options)
    return out.getvalue().strip()


@scheduled_job("publish_scheduled")
def publish_scheduled() -> str:
    """Wagtail's scheduled publishing: go live and expire pages and snippets that are due."""
    return _command("publish_scheduled") or "Tidak ada yang dijadwalkan."


@scheduled_job("update_index")
def update_index() -> str:
    """Rebuild the search index, catching anything a signal missed."""
    output = _command("update_index")
    return output.splitlines()[-1] if output else "Indeks diperbarui."


@scheduled_job("retention_purge")
def purge_expired() -> str:
    """Ask every app connected to ``retention_purge`` to delete what has expired.

    A receiver that fails does not stop the others; the job then fails with
    the receiver's name, after all have run.
    """
    results = retention_purge.send_robust(sender=None, now=timezone.now())
    failures = [(r, e) for r, e in results if isinstance(e, Exception)]
    removed = sum(v for _r, v in results if isinstance(v, int) and not isinstance(v, bool))
    if failures:
        names = ", ".join(f"{r.__module__}.{r.__qualname__}: {e}" for r, e in failures)
        raise RuntimeError(f"Penghapusan data kedaluwarsa gagal di {names}")
    return f"{len(results)} penerima, {removed} item kedaluwarsa dihapus."


@scheduled_job("backup")
def backup() -> str:
    """Write a backup archive to BACKUP_DIR and keep only the newest BACKUP_KEEP."""
    output_dir = Path(settings.BACKUP_DIR)
    archive, manifest = create_backup(output_dir)
    deleted = rotate(output_dir, settings.BACKUP_KEEP)
    return f"{archive.name}: {len(manifest.files)} berkas; {len(deleted)} arsip lama dihapus."
