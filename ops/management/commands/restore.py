"""``manage.py restore ARCHIVE``: put a ``backup`` archive back into an empty database."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, restore_backup
from ops.progress import progress_for


class Command(BaseCommand):
    help = (
        "Pulihkan arsip dari `manage.py backup` ke basis data yang kosong. Semua checksum "
        "diperiksa lebih dulu; tujuan yang sudah berisi data ditolak kecuali dengan --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="Berkas kcms-backup-....tar.gz")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Timpa basis data dan folder media yang sudah berisi (SEMUA isinya hilang)",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Jangan tampilkan bilah kemajuan"
        )

    def handle(self, *args, **options):
        progress = progress_for(options.get("stderr"), enabled=not options["no_progress"])
        try:
            result = restore_backup(options["archive"], force=options["force"], progress=progress)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        if result["count_mismatches"]:
            details = ", ".join(
                f"{label}: {expected} di arsip, {found} sekarang"
                for label, (expected, found) in sorted(result["count_mismatches"].items())
            )
            raise CommandError(f"Data dipulihkan, tetapi jumlah baris berbeda: {details}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Pemulihan selesai: basis data dan {result['files']} berkas. Jumlah baris "
                "setiap model sama dengan manifest. Jalankan `manage.py migrate` bila versi "
                "aplikasi lebih baru dari cadangan."
            )
        )
