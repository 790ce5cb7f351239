"""``manage.py onboard_village``: create a kelurahan/desa site under its kecamatan."""

from django.core.management.base import BaseCommand, CommandError

from tenants.onboarding import OnboardingError, onboard_village


class Command(BaseCommand):
    help = (
        "Daftarkan kelurahan/desa di bawah kecamatannya: beranda, situs, grup operator, "
        "koleksi media, dan profil situs, dalam satu transaksi. Aman dijalankan ulang."
    )

    def add_arguments(self, parser):
        parser.add_argument("--code", required=True, help="Kode Kemendagri, contoh 16.74.04.2008")
        parser.add_argument("--name", required=True, help="Nama, contoh Karangan")
        parser.add_argument("--hostname", help="Nama host (bawaan: <nama-desa>.<host kecamatan>)")
        parser.add_argument("--port", type=int, help="Port situs (bawaan: port kecamatan)")

    def handle(self, *args, **options):
        try:
            result = onboard_village(
                options["code"], options["name"], options["hostname"], port=options["port"]
            )
        except OnboardingError as exc:
            raise CommandError(str(exc)) from exc
        tenant = result.tenant
        if result.created:
            self.stdout.write(self.style.SUCCESS(f"Dibuat: {tenant} di {tenant.url}"))
        else:
            self.stdout.write(f"Sudah ada, tidak ada yang diubah: {tenant} di {tenant.url}")
