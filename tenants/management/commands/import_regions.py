"""``manage.py import_regions``: onboard every kecamatan and village in a region file."""

import sys

from django.core.management.base import BaseCommand, CommandError

from tenants.onboarding import OnboardingError
from tenants.region_import import ImportRolledBack, import_regions
from tenants.regions_file import RegionFileError


class Command(BaseCommand):
    help = (
        "Daftarkan banyak kecamatan dan kelurahan/desa sekaligus dari berkas wilayah "
        "Kemendagri (TSV: kode, nama, level, jenis, ...). Baris kabupaten/kota dilewati. "
        "Baris yang gagal dilaporkan dengan nomor barisnya; baris lain tetap diimpor. "
        "Aman dijalankan ulang."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Berkas TSV, contoh wilayah_prabumulih.tsv")
        parser.add_argument(
            "--domain",
            required=True,
            help="Domain induk: kecamatan mendapat <nama-kecamatan>.<domain>, "
            "desa/kelurahan mendapat <nama-desa>.<host kecamatan>. Contoh: localhost",
        )
        parser.add_argument("--port", type=int, help="Port situs (bawaan: TENANT_SITE_PORT)")
        parser.add_argument(
            "--strict",
            action="store_true",
            help="Semua atau tidak sama sekali: satu baris gagal membatalkan seluruh impor",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="Jangan tampilkan bilah kemajuan"
        )

    def handle(self, *args, **options):
        # The raw stream, not Django's wrapper: the wrapper ends every write
        # with a newline, which breaks the bar's in-place redraw.
        stream = options.get("stderr") or sys.stderr
        show_bar = not options["no_progress"] and hasattr(stream, "isatty") and stream.isatty()
        try:
            summary = import_regions(
                options["file"],
                domain=options["domain"],
                port=options["port"],
                strict=options["strict"],
                progress=stream if show_bar else None,
            )
        except (RegionFileError, OnboardingError, ImportRolledBack) as exc:
            raise CommandError(str(exc)) from exc

        for line in summary.error_lines():
            self.stderr.write(line)
        style = self.style.WARNING if summary.failed else self.style.SUCCESS
        self.stdout.write(style(summary.message()))
        if summary.failed:
            raise CommandError(
                f"{summary.failed} baris gagal (lihat di atas); baris lainnya sudah diimpor. "
                "Perbaiki berkasnya lalu jalankan ulang: yang sudah ada tidak diubah."
            )
