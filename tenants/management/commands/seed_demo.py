"""``manage.py seed_demo``: build the Kota Prabumulih demo; running it again changes nothing."""

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site

from tenants import standard_pages
from tenants.demo import DEFAULT_REGIONS_FILE, RKT_CODE
from tenants.demo.apply import apply_content
from tenants.demo.tree import (
    KecamatanGroup,
    ensure_default_site,
    ensure_site_port,
    group_by_kecamatan,
    onboard_regions,
    read_rows,
)
from tenants.demo.users import DemoUser, ensure_demo_users
from tenants.demo.wanted import wanted_for
from tenants.models import Tenant
from tenants.onboarding import OnboardingError
from tenants.regions_file import RegionFileError
from tenants.signals import demo_seeded

PASSWORD_ENV = "DEMO_PASSWORD"
DEFAULT_PORT = 8000


class Command(BaseCommand):
    help = (
        "Bangun demo Kota Prabumulih: 6 kecamatan dan 45 desa/kelurahan dari berkas wilayah, "
        "isi contoh untuk Rambang Kapak Tengah (rkt.localhost), dan akun demo. "
        "Aman dijalankan ulang: yang sudah sesuai tidak diubah."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--regions",
            type=Path,
            default=DEFAULT_REGIONS_FILE,
            metavar="FILE",
            help="Berkas wilayah (TSV: kode, nama, jenis). Bawaan: wilayah_prabumulih.tsv bawaan.",
        )
        parser.add_argument(
            "--port",
            type=int,
            default=DEFAULT_PORT,
            help=f"Port situs-situs demo, seperti runserver (bawaan: {DEFAULT_PORT}).",
        )
        parser.add_argument(
            "--password",
            help=f"Kata sandi akun demo baru (atau variabel lingkungan {PASSWORD_ENV}).",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Jalankan walaupun DEBUG mati (bukan untuk produksi).",
        )

    def handle(self, *args, **options):
        """Check the preconditions, seed everything in one transaction, then print a summary."""
        self.check_debug(options["force"])
        password, source = self.get_password(options["password"])
        try:
            rows = read_rows(options["regions"])
        except RegionFileError as exc:
            raise CommandError(str(exc)) from exc
        try:
            with transaction.atomic():
                tenants = [
                    tenant
                    for group in group_by_kecamatan(rows)
                    for tenant in self.seed_group(group, options["port"])
                ]
                self.make_rkt_default(tenants)
                # Tenants onboarded before an app existed get its standard pages.
                for tenant in tenants:
                    standard_pages.ensure(tenant)
                # Services and other upper layers add their own demo content.
                demo_seeded.send(sender=Tenant, tenants=tenants, stdout=self.stdout)
                users = ensure_demo_users(password)
        except (OnboardingError, ValidationError) as exc:
            reason = " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            raise CommandError(f"Demo dibatalkan, tidak ada yang disimpan: {reason}") from exc
        self.print_sites(tenants)
        self.print_users(users, source)

    def check_debug(self, force: bool) -> None:
        """Refuse to seed demo accounts into what may be production, unless forced."""
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo hanya untuk pengembangan dan demo, tetapi DEBUG mati. Jalankan "
                "dengan DJANGO_DEBUG=1, atau tambahkan --force bila Anda yakin ini bukan "
                "server produksi.\n"
                "seed_demo is for development and demos, but DEBUG is off. Run it with "
                "DJANGO_DEBUG=1, or pass --force if you are sure this is not a production server."
            )

    def get_password(self, given: str | None) -> tuple[str, str]:
        """The demo password and where it came from; CommandError if none or too weak."""
        if given:
            password, source = given, "--password"
        elif os.environ.get(PASSWORD_ENV):
            password, source = os.environ[PASSWORD_ENV], f"variabel lingkungan {PASSWORD_ENV}"
        else:
            raise CommandError(
                f"Beri kata sandi akun demo dengan --password atau variabel lingkungan "
                f"{PASSWORD_ENV}.\nGive the demo accounts a password with --password or the "
                f"{PASSWORD_ENV} environment variable."
            )
        try:
            validate_password(password)
        except ValidationError as exc:
            raise CommandError("Kata sandi ditolak: " + " ".join(exc.messages)) from exc
        return password, source

    def seed_group(self, group: KecamatanGroup, port: int) -> list[Tenant]:
        """Onboard one kecamatan and its villages, fill in their content, report progress."""
        results = onboard_regions(group.rows, port=port)
        postal_codes = {row.region.code: row.postal_code for row in group.rows}
        updated = 0
        for result in results:
            tenant = result.tenant
            changed = apply_content(tenant, wanted_for(tenant, postal_codes.get(tenant.code, "")))
            if ensure_site_port(tenant, port):
                changed.append("port")
            updated += bool(changed)
        created = sum(result.created for result in results)
        row = group.kecamatan_row
        label = f"Kecamatan {row.name}" if row else "Desa/kelurahan"
        self.stdout.write(
            f"{label} ({group.code}): {len(results)} wilayah, {created} baru, "
            f"{len(results) - created} sudah ada; {updated} situs diperbarui."
        )
        return [result.tenant for result in results]

    def make_rkt_default(self, tenants: list[Tenant]) -> None:
        """Serve Rambang Kapak Tengah at http://localhost:<port>/ (the default site)."""
        rkt = next((t for t in tenants if t.code == RKT_CODE), None)
        if rkt is not None and ensure_default_site(rkt):
            self.stdout.write(f"{rkt.display_name} kini menjadi situs bawaan.")

    def print_sites(self, tenants: list[Tenant]) -> None:
        """Every seeded site's address, villages indented under their kecamatan."""
        default_id = Site.objects.filter(is_default_site=True).values_list("id", flat=True).first()
        codes = {tenant.code for tenant in tenants}
        self.stdout.write(self.style.SUCCESS("\nSitus demo:"))
        for tenant in sorted(tenants, key=lambda t: t.code):
            indent = "    " if tenant.is_village and tenant.code[:8] in codes else "  "
            note = " (situs bawaan)" if tenant.site_id == default_id else ""
            name = f"{indent}{tenant.display_name}"
            self.stdout.write(f"{name:<38} {tenant.url}{note}")

    def print_users(self, users: list[DemoUser], source: str) -> None:
        """The demo accounts and what each may edit; never the password itself."""
        self.stdout.write(
            self.style.SUCCESS(
                f"\nAkun demo (kata sandi dari {source}, dipasang hanya saat akun dibuat; "
                "kata sandi akun yang sudah ada tidak diubah):"
            )
        )
        for user in users:
            state = "baru" if user.created else "sudah ada"
            self.stdout.write(f"  {user.username:<28} {state:<10} {user.can_edit}")
        self.stdout.write("Masuk ke admin di alamat /admin/ situs mana pun.")
