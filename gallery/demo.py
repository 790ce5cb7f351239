"""Demo albums for Rambang Kapak Tengah and Desa Karangan (``seed_demo``).

DEMO DATA: the photos are placeholders drawn by ``cms.demo_images`` with
their caption written on them, stored in each tenant's own collection.
Dates are fixed, so a rerun changes nothing.
"""

import copy
import datetime
from dataclasses import dataclass

from cms.demo_images import demo_image
from cms.pages import apply_page
from gallery.models import GalleryIndexPage, GalleryPage
from tenants import standard_pages
from tenants.demo import RKT_CODE
from tenants.models import Tenant

KARANGAN = "16.74.04.2008"


@dataclass(frozen=True)
class DemoAlbum:
    """One demo album; ``photos`` are (caption, alt text) pairs."""

    slug: str
    title: str
    date: datetime.date
    description: str
    photos: tuple[tuple[str, str], ...]

    def fields(self, collection) -> dict:
        """The GalleryPage fields, drawing (or reusing) the photos in ``collection``."""
        photos = []
        for caption, alt in self.photos:
            image = demo_image(caption, collection, alt=alt)
            value = {"image": {"image": image.pk, "alt_text": alt, "decorative": False}}
            photos.append({"type": "photo", "value": value | {"caption": caption}})
        return {
            "title": self.title,
            "date": self.date,
            "description": self.description + " (Data contoh untuk demo.)",
            "photos": photos,
        }


ALBUMS: dict[str, list[DemoAlbum]] = {
    RKT_CODE: [
        DemoAlbum(
            slug="jalan-sehat-hut-ri-81",
            title="Jalan sehat HUT RI ke-81",
            date=datetime.date(2026, 8, 16),
            description="Ratusan warga dari sembilan desa dan kelurahan ikut jalan sehat 5 km.",
            photos=(
                (
                    "Pelepasan peserta jalan sehat",
                    "Camat mengangkat bendera start di depan barisan peserta berkaus merah putih",
                ),
                (
                    "Peserta melintasi Jalan Raya Karangan",
                    "Rombongan warga berjalan kaki di jalan desa berhias umbul-umbul",
                ),
                (
                    "Pengundian doorprize",
                    "Panitia membacakan nomor undian di atas panggung lapangan kecamatan",
                ),
            ),
        ),
    ],
    KARANGAN: [
        DemoAlbum(
            slug="panen-ikan-patin-desa-karangan",
            title="Panen ikan patin Desa Karangan",
            date=datetime.date(2026, 10, 18),
            description="Panen perdana kolam ikan patin milik BUMDes Karangan, sekitar 1,2 ton.",
            photos=(
                (
                    "Kolam patin BUMDes sebelum panen",
                    "Kolam ikan berair cokelat dengan pematang tanah dan pondok jaga",
                ),
                (
                    "Warga menarik jaring di kolam",
                    "Enam warga berdiri di air sebatas pinggang menarik jaring bersama",
                ),
                ("Ikan patin hasil panen", "Keranjang plastik penuh ikan patin berwarna keperakan"),
                (
                    "Penimbangan hasil panen",
                    "Petugas BUMDes membaca timbangan gantung berisi ikan patin",
                ),
                (
                    "Serah terima kepada pengepul",
                    "Kepala desa menyerahkan keranjang ikan kepada pengepul dari Prabumulih",
                ),
            ),
        ),
        DemoAlbum(
            slug="gotong-royong-bersih-desa",
            title="Gotong royong bersih desa",
            date=datetime.date(2026, 9, 13),
            description=(
                "Warga Dusun I dan II membersihkan saluran air dan jalan desa menjelang "
                "musim hujan."
            ),
            photos=(
                (
                    "Membersihkan saluran air",
                    "Warga mengangkat lumpur dari parit di tepi jalan dengan cangkul",
                ),
                (
                    "Memotong rumput di bahu jalan",
                    "Dua warga memotong rumput liar di bahu jalan desa",
                ),
                (
                    "Mengangkut sampah ke TPS",
                    "Gerobak sampah didorong warga menuju tempat pembuangan sementara",
                ),
                (
                    "Istirahat bersama",
                    "Warga duduk di teras balai desa menikmati kopi dan gorengan",
                ),
            ),
        ),
        DemoAlbum(
            slug="penyaluran-blt-dana-desa",
            title="Penyaluran BLT Dana Desa",
            date=datetime.date(2026, 10, 2),
            description=(
                "Penyaluran BLT Dana Desa bulan Oktober kepada 42 keluarga penerima manfaat."
            ),
            photos=(
                (
                    "Penerima antre di balai desa",
                    "Warga duduk berbaris di kursi plastik di dalam balai desa",
                ),
                (
                    "Pemeriksaan KTP dan KK",
                    "Perangkat desa mencocokkan KTP penerima dengan daftar di meja",
                ),
                ("Penyerahan BLT", "Kepala desa menyerahkan amplop kepada seorang ibu lanjut usia"),
            ),
        ),
    ],
}


def apply_album(gallery, collection, demo: DemoAlbum) -> str | None:
    """Create ``demo`` under ``gallery`` or bring it up to date: "baru", "diperbarui" or None."""
    fields = demo.fields(collection)
    page = GalleryPage.objects.child_of(gallery).filter(slug=demo.slug).first()
    if page is None:
        page = GalleryPage(slug=demo.slug, **copy.deepcopy(fields))
        gallery.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False)
        return "baru"
    return "diperbarui" if apply_page(page, fields) else None


def seed_demo_albums(tenants: list[Tenant], stdout) -> None:
    """Give every tenant its gallery, and RKT and its villages their demo albums.

    Tenants onboarded before this app existed get their gallery here. Other
    kecamatan get no albums. Writes one progress line to ``stdout``.
    """
    rkt = next((tenant for tenant in tenants if tenant.code == RKT_CODE), None)
    results = []
    for tenant in tenants:
        gallery = standard_pages.page_of(tenant, GalleryIndexPage)
        in_rkt = rkt is not None and (tenant.pk == rkt.pk or tenant.kecamatan_id == rkt.pk)
        if in_rkt:
            results += [
                apply_album(gallery, tenant.collection, demo)
                for demo in ALBUMS.get(tenant.code, [])
            ]
    stdout.write(
        f"Galeri: {len(results)} album contoh, {results.count('baru')} baru, "
        f"{results.count('diperbarui')} diperbarui."
    )
