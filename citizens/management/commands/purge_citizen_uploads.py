"""Delete uploads of complaints and requests closed more than N days ago."""

from django.conf import settings
from django.core.management.base import BaseCommand

from citizens.retention import purge


class Command(BaseCommand):
    help = (
        "Hapus berkas unggahan pengaduan/permohonan yang sudah ditutup lebih dari N hari "
        "(CITIZEN_UPLOAD_RETENTION_DAYS). Jalankan setiap hari, misalnya lewat cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Masa simpan dalam hari (bawaan: CITIZEN_UPLOAD_RETENTION_DAYS).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Hanya hitung, jangan hapus.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.CITIZEN_UPLOAD_RETENTION_DAYS if days is None else days
        count = purge(days, dry_run=dry_run)
        verb = "akan dihapus" if dry_run else "dihapus"
        self.stdout.write(f"{count} berkas {verb} (masa simpan {days} hari).")
