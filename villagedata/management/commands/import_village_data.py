"""``manage.py import_village_data <profil|penduduk|apbdes> <file.csv|file.xlsx>``."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from villagedata.importing import DATASETS, IMPORTERS, ImportFileError, read_table


class Command(BaseCommand):
    help = (
        "Impor profil desa, statistik penduduk atau APBDes dari CSV/XLSX. Semua baris "
        "diperiksa dulu; jika ada kesalahan, tidak ada yang disimpan. Periode yang sama diganti."
    )

    def add_arguments(self, parser):
        parser.add_argument("dataset", choices=list(DATASETS))
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--no-progress", action="store_true", help="Tanpa bilah kemajuan (untuk log)."
        )

    def handle(self, dataset, path, no_progress=False, **options):
        try:
            table = read_table(path.read_bytes(), path.name)
        except (OSError, ImportFileError) as exc:
            raise CommandError(str(exc)) from exc

        def progress(rows):
            return tqdm(rows, desc="Memeriksa", unit="baris", disable=no_progress, file=sys.stderr)

        result = IMPORTERS[dataset](table, progress=progress)
        if not result.ok:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(
                f"{len(result.errors)} kesalahan; tidak ada data yang disimpan dari {path.name}."
            )
        self.stdout.write(
            f"{result.rows} baris diimpor. Periode diganti: {', '.join(result.periods)}."
        )
