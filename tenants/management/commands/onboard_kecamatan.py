"""``manage.py onboard_kecamatan``: create a kecamatan portal and all it owns."""

from django.core.management.base import BaseCommand, CommandError

from tenants.onboarding import OnboardingError, onboard_kecamatan


class Command(BaseCommand):
    help = (
        "Daftarkan kecamatan: folder, beranda portal, situs, grup editor dan admin, "
        "koleksi media, dan profil situs, dalam satu transaksi. Aman dijalankan ulang."
    )

    def add_arguments(self, parser):
        parser.add_argument("--code", required=True, help="Kode Kemendagri, contoh 16.74.04")
        parser.add_argument("--name", required=True, help='Nama, contoh "Rambang Kapak Tengah"')
        parser.add_argument("--hostname", required=True, help="Nama host, contoh rkt.example.id")
        parser.add_argument("--port", type=int, help="Port situs (bawaan: TENANT_SITE_PORT)")
        parser.add_argument(
            "--default", action="store_true", help="Jadikan situs bawaan untuk host tak dikenal"
        )

    def handle(self, *args, **options):
        try:
            result = onboard_kecamatan(
                options["code"],
                options["name"],
                options["hostname"],
                port=options["port"],
                make_default=options["default"],
            )
        except OnboardingError as exc:
            raise CommandError(str(exc)) from exc
        tenant = result.tenant
        if result.created:
            self.stdout.write(self.style.SUCCESS(f"Dibuat: {tenant} di {tenant.url}"))
        else:
            self.stdout.write(f"Sudah ada, tidak ada yang diubah: {tenant} di {tenant.url}")
