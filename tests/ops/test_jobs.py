"""Scheduled jobs: `manage.py run_scheduled_jobs` does each job's work."""

from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Page

from ops import jobs
from ops.signals import retention_purge


def run_jobs(*names) -> str:
    out = StringIO()
    call_command("run_scheduled_jobs", *names, stdout=out, stderr=out)
    return out.getvalue()


@pytest.mark.django_db
def test_publish_scheduled_publishes_a_page_whose_go_live_time_has_passed(portal, db):
    child = portal.kecamatan.home_page.add_child(
        instance=Page(title="Pengumuman terjadwal", slug="pengumuman-terjadwal", live=False)
    )
    revision = child.save_revision(approved_go_live_at=timezone.now() - timedelta(minutes=5))
    child.refresh_from_db()
    assert not child.live and revision.approved_go_live_at is not None

    output = run_jobs("publish_scheduled")

    child.refresh_from_db()
    assert child.live
    assert child.live_revision_id == revision.pk
    assert "publish_scheduled:" in output


@pytest.mark.django_db
def test_update_index_job_rebuilds_the_search_index(portal, db):
    from wagtail.search.models import IndexEntry

    IndexEntry.objects.all().delete()
    output = run_jobs("update_index")
    home_id = str(portal.kecamatan.home_page.pk)
    assert IndexEntry.objects.filter(object_id=home_id).exists()
    assert "update_index:" in output


def test_retention_purge_calls_every_receiver_and_reports_what_they_removed(db):
    # db: the apps' own receivers (citizens' upload purge) run too and read the database.
    seen = []

    @receiver(retention_purge, weak=False, dispatch_uid="test-purge-a")
    def purge_a(sender, now, **kwargs):
        seen.append(now)
        return 3

    @receiver(retention_purge, weak=False, dispatch_uid="test-purge-b")
    def purge_b(sender, now, **kwargs):
        return 2

    try:
        output = run_jobs("retention_purge")
    finally:
        retention_purge.disconnect(dispatch_uid="test-purge-a")
        retention_purge.disconnect(dispatch_uid="test-purge-b")
    assert seen and seen[0] <= timezone.now()
    assert "5 item kedaluwarsa dihapus" in output


def test_a_failing_purge_receiver_fails_the_run_but_not_the_other_jobs(db, monkeypatch):
    ran = []
    monkeypatch.setitem(jobs.JOBS, "after", lambda: ran.append("after") or "ok")

    @receiver(retention_purge, weak=False, dispatch_uid="test-purge-broken")
    def broken(sender, now, **kwargs):
        raise RuntimeError("disk penuh")

    try:
        with pytest.raises(CommandError, match="Pekerjaan gagal: retention_purge"):
            run_jobs("retention_purge", "after")
    finally:
        retention_purge.disconnect(dispatch_uid="test-purge-broken")
    assert ran == ["after"]


def test_backup_job_writes_an_archive_and_rotates_old_ones(monkeypatch, settings, tmp_path):
    settings.BACKUP_DIR = tmp_path
    settings.BACKUP_KEEP = 2
    for day in (1, 2, 3):
        (tmp_path / f"kcms-backup-2026010{day}-000000.tar.gz").write_bytes(b"old")

    def fake_create_backup(output_dir: Path):
        # The real archive is covered by test_backup.py's round trip; SQLite's
        # online backup cannot read the test transaction's in-memory database.
        archive = output_dir / "kcms-backup-20261128-000000.tar.gz"
        archive.write_bytes(b"new")
        return archive, type("M", (), {"files": {"a": "b"}})()

    monkeypatch.setattr(jobs, "create_backup", fake_create_backup)
    output = run_jobs("backup")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kcms-backup-20260103-000000.tar.gz",
        "kcms-backup-20261128-000000.tar.gz",
    ]
    assert "2 arsip lama dihapus" in output


def test_unknown_job_names_are_refused_with_the_list_of_jobs():
    with pytest.raises(CommandError, match="publish_scheduled, update_index"):
        run_jobs("publish_everything")
