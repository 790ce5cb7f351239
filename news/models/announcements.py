"""Announcements (pengumuman): short notices with an optional end date and attachment."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.models import BasePage


class AttachmentSerializer(serializers.Serializer):
    """An announcement's attachment in the API: its title, download URL and file type."""

    title = serializers.CharField()
    url = serializers.CharField()
    file_extension = serializers.CharField()


class AnnouncementIndexPage(BasePage):
    """The site's announcements, at ``/pengumuman/``: current ones first, ended ones marked."""

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Contoh: Pengumuman resmi Pemerintah Desa Karangan untuk warga."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    subpage_types = ["news.AnnouncementPage"]
    max_count_per_parent = 1

    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("daftar pengumuman")
        verbose_name_plural = _("daftar pengumuman")

    def get_meta_description(self) -> str:
        """The search description, else the intro."""
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        """Add the paginated ``announcements`` of this site (see ``news.listing``)."""
        from news import listing

        context = super().get_context(request, *args, **kwargs)
        context.update(listing.announcement_context(request))
        return context


class AnnouncementPage(BasePage):
    """One announcement: its date, until when it holds, the text, and an optional file."""

    date = models.DateField(
        _("tanggal pengumuman"),
        default=timezone.localdate,
        help_text=_("Tanggal pengumuman dikeluarkan."),
    )
    valid_until = models.DateField(
        _("berlaku sampai"),
        null=True,
        blank=True,
        help_text=_(
            "Hari terakhir pengumuman ini berlaku; sesudahnya ditandai 'sudah berakhir'. "
            "Kosongkan bila berlaku terus. Contoh: 31/12/2026"
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("isi pengumuman"),
        help_text=_("Apa yang diumumkan, untuk siapa, kapan, dan di mana."),
    )
    attachment = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("lampiran"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Berkas yang bisa diunduh warga. Contoh: surat edaran camat (PDF)."),
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("valid_until")]),
        FieldPanel("body"),
        FieldPanel("attachment"),
    ]
    parent_page_types = ["news.AnnouncementIndexPage"]
    subpage_types = []

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("valid_until"),
    ]
    api_fields = [
        APIField("date"),
        APIField("valid_until"),
        APIField("is_expired"),
        APIField("body"),
        APIField("attachment", serializer=AttachmentSerializer()),
    ]

    class Meta:
        verbose_name = _("pengumuman")
        verbose_name_plural = _("pengumuman")

    @property
    def is_expired(self) -> bool:
        """True once the local date (Asia/Jakarta) is past ``valid_until``."""
        return self.valid_until is not None and self.valid_until < timezone.localdate()

    def clean(self):
        """The end date cannot come before the announcement's date."""
        super().clean()
        if self.valid_until and self.date and self.valid_until < self.date:
            raise ValidationError(
                {"valid_until": _("Tanggal berakhir tidak boleh sebelum tanggal pengumuman.")}
            )

    def get_context(self, request, *args, **kwargs):
        """Add ``index``, the announcement list this page belongs to, for the breadcrumb."""
        context = super().get_context(request, *args, **kwargs)
        context["index"] = self.get_parent()
        return context

    def get_meta_description(self) -> str:
        """The search description, else the start of the first paragraph."""
        if self.search_description:
            return self.search_description
        for block in self.body:
            if block.block_type == "paragraph":
                return Truncator(strip_tags(block.value.source)).chars(160)
        return ""
