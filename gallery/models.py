"""The gallery: ``GalleryIndexPage`` ("Galeri", at ``/galeri/``) and its albums.

An album (``GalleryPage``) holds its photos in a StreamField of
``PhotoBlock``s, each with required alt text. Lists start from
``tenants.scoping`` and load their cover thumbnails in two queries.
"""

import copy
from dataclasses import dataclass
from functools import cached_property

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.search import index

from cms.models import BasePage, title_panel
from gallery.blocks import PhotoStreamBlock
from gallery.serializers import GalleryPhotoSerializer
from tenants import scoping


@dataclass(frozen=True)
class GalleryPhoto:
    """One photo of an album, ready to render: the image carries its alt text."""

    image: object
    caption: str

    @property
    def alt(self) -> str:
        """The photo's alt text, else the image's description ("" when marked decorative)."""
        if self.image.decorative:
            return ""
        return self.image.contextual_alt_text or getattr(self.image, "description", "") or ""

    @property
    def decorative(self) -> bool:
        """True if the editor marked the photo decorative (it then has empty alt text)."""
        return bool(self.image.decorative)


@dataclass(frozen=True)
class CoverRef:
    """Where an album's cover comes from: its first photo's image id and alt text."""

    image_id: int
    alt: str
    decorative: bool


class GalleryPage(BasePage):
    """A photo album: when it was taken, what it shows, and its photos."""

    date = models.DateField(
        _("tanggal kegiatan"),
        default=timezone.localdate,
        help_text=_("Tanggal foto-foto diambil; terisi hari ini. Contoh: 18 Oktober 2026"),
    )
    description = models.TextField(
        _("keterangan album"),
        blank=True,
        max_length=600,
        help_text=_(
            "Satu atau dua kalimat tentang kegiatan ini. Contoh: Warga dan BUMDes memanen "
            "ikan patin dari kolam desa."
        ),
    )
    photos = StreamField(
        PhotoStreamBlock(),
        verbose_name=_("foto"),
        help_text=_(
            "Tambahkan foto satu per satu; foto pertama menjadi sampul album. Setiap foto "
            "wajib punya teks alternatif."
        ),
    )

    content_panels = [
        title_panel(_("Panen perdana kolam ikan BUMDes")),
        FieldPanel("date"),
        FieldPanel("description"),
        FieldPanel("photos"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("photos"),
        index.AutocompleteField("description"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("description"),
        APIField("photos", serializer=GalleryPhotoSerializer(many=True, source="photo_list")),
    ]

    parent_page_types = ["gallery.GalleryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("album foto")
        verbose_name_plural = _("album foto")

    def clean(self):
        """An album needs at least one photo (the admin form checks it too)."""
        super().clean()
        if not len(self.photos or []):
            raise ValidationError({"photos": _("Tambahkan minimal satu foto.")})

    @cached_property
    def photo_list(self) -> list[GalleryPhoto]:
        """The album's photos, with their renditions loaded in one query for all of them."""
        photos = [
            GalleryPhoto(image=block.value["image"], caption=block.value["caption"])
            for block in self.photos
            if block.value["image"] is not None
        ]
        # Without this, every {% picture %} would look its renditions up on its own.
        prefetch_related_objects(
            [photo.image for photo in photos],
            Prefetch("renditions", to_attr="prefetched_renditions"),
        )
        return photos

    @property
    def photo_count(self) -> int:
        """How many photos the album holds, read without loading any image."""
        return len(self.photos.raw_data)

    def cover_ref(self) -> CoverRef | None:
        """The first photo's image id and alt text, read from the stored data (no query)."""
        for item in self.photos.raw_data:
            value = item.get("value") or {}
            image = value.get("image")
            if isinstance(image, dict) and image.get("image"):
                return CoverRef(
                    image_id=image["image"],
                    alt=image.get("alt_text") or "",
                    decorative=bool(image.get("decorative")),
                )
        return None

    def get_social_image(self):
        """The chosen sharing image, else the album's first photo."""
        if self.social_image:
            return self.social_image
        return self.photo_list[0].image if self.photo_list else None

    def get_meta_description(self) -> str:
        """The search description, else the album's description."""
        return self.search_description or self.description


def attach_covers(albums) -> list:
    """Set ``album.cover`` on each album: its first photo's image, or None.

    Loads every cover and its renditions in two queries, whatever the number
    of albums. Each cover carries its photo's alt text. Returns ``albums``.
    """
    albums = list(albums)
    refs = {album.pk: album.cover_ref() for album in albums}
    ids = {ref.image_id for ref in refs.values() if ref}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions().in_bulk()
    for album in albums:
        ref = refs[album.pk]
        image = images.get(ref.image_id) if ref else None
        if image is not None:
            # A copy, so two albums sharing a photo keep their own alt text.
            image = copy.copy(image)
            image.contextual_alt_text = "" if ref.decorative else (ref.alt or image.description)
            image.decorative = ref.decorative
        album.cover = image
    return albums


class GalleryIndexPage(BasePage):
    """The gallery of one site, at ``/galeri/``: album cards, newest first, paginated."""

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Contoh: Foto-foto kegiatan warga dan pemerintah desa."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    subpage_types = ["gallery.GalleryPage"]
    max_count_per_parent = 1
    albums_per_page = 12

    class Meta:
        verbose_name = _("galeri")
        verbose_name_plural = _("galeri")

    def get_albums(self, request):
        """Live, public albums of the current site only, newest first."""
        pages = scoping.site_pages(request)
        return GalleryPage.objects.filter(pk__in=pages.values("pk")).order_by("-date", "-pk")

    def get_meta_description(self) -> str:
        """The search description, else the introduction."""
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        """Add ``albums``: one page of albums (``?page=N``), each with its ``cover``."""
        context = super().get_context(request, *args, **kwargs)
        albums = Paginator(self.get_albums(request), self.albums_per_page).get_page(
            request.GET.get("page")
        )
        albums.object_list = attach_covers(albums.object_list)
        context["albums"] = albums
        return context
