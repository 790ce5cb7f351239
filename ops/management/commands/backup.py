"""``manage.py backup``: one archive with the database, media, private files and a manifest."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ops.backup import BackupError, create_backup, rotate
from ops.progress import progress_for


class Command(BaseCommand):
    help = (
        "Buat satu arsip cadangan (tar.gz): basis data (pg_dump atau salinan SQLite), "
        "media, berkas privat, dan manifest berisi jumlah baris serta checksum SHA-256."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            type=Path,
            help="Folder tujuan arsip (bawaan: BACKUP_DIR)",
        )
        parser.add_argument(
            "--keep",
            type=int,
            help="Setelah selesai, simpan hanya N arsip terbaru di folder itu",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Jangan tampilkan bilah kemajuan"
        )

    def handle(self, *args, **options):
        output_dir = options["output_dir"] or Path(settings.BACKUP_DIR)
        progress = progress_for(options.get("stderr"), enabled=not options["no_progress"])
        try:
            archive, manifest = create_backup(output_dir, progress=progress)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        rows = sum(manifest.counts.values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Cadangan selesai: {archive} ({archive.stat().st_size // 1024} KiB, "
                f"{len(manifest.files)} berkas, {rows} baris data)."
            )
        )
        if not manifest.media_included:
            self.stdout.write(
                self.style.WARNING(
                    "Media disimpan di S3 dan tidak ikut diarsipkan: "
                    "aktifkan versioning/replikasi pada bucket."
                )
            )
        if options["keep"]:
            for path in rotate(output_dir, options["keep"]):
                self.stdout.write(f"Arsip lama dihapus: {path.name}")
