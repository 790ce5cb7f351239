"""``manage.py run_scheduled_jobs [JOB ...]``: run the scheduled jobs (see ``ops.jobs``)."""

import logging
import time

from django.core.management.base import BaseCommand, CommandError

from ops.jobs import JOBS

logger = logging.getLogger("ops.jobs")


class Command(BaseCommand):
    help = (
        "Jalankan pekerjaan terjadwal: publish_scheduled (terbit/tarik halaman terjadwal), "
        "update_index (indeks pencarian), retention_purge (hapus data kedaluwarsa), backup "
        "(arsip + rotasi). Tanpa nama: semuanya. Dipanggil oleh systemd timer atau cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("jobs", nargs="*", help=f"Nama pekerjaan: {', '.join(JOBS)}")

    def handle(self, *args, **options):
        names = options["jobs"] or list(JOBS)
        unknown = [name for name in names if name not in JOBS]
        if unknown:
            raise CommandError(
                f"Pekerjaan tidak dikenal: {', '.join(unknown)}. Pilihan: {', '.join(JOBS)}"
            )
        failed = []
        # One failing job must not keep the others (say, the backup) from running.
        for name in names:
            started = time.monotonic()
            try:
                summary = JOBS[name]()
            except Exception as exc:
                logger.exception("scheduled job %s failed", name)
                self.stderr.write(f"{name}: GAGAL: {exc}")
                failed.append(name)
                continue
            seconds = time.monotonic() - started
            logger.info("scheduled job %s done in %.1fs: %s", name, seconds, summary)
            self.stdout.write(f"{name}: {summary} ({seconds:.1f} dtk)")
        if failed:
            raise CommandError(f"Pekerjaan gagal: {', '.join(failed)}")
