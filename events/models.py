"""The agenda: ``EventIndexPage`` ("Agenda", at ``/agenda/``) and its ``EventPage``s.

Every list starts from ``tenants.scoping``: the agenda and its iCal feed
show the current site's events only; the portal's home section may add its
villages' events, labelled with their village.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpResponse
from django.utils import dateformat, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.models import BasePage, SiteProfile, title_panel
from events import ical
from events.querysets import EventPageQuerySet
from tenants import scoping

EventPageManager = PageManager.from_queryset(EventPageQuerySet)


def default_event_start() -> datetime.datetime:
    """Tomorrow at 08.00 local time: when most village events start, a day ahead."""
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time(8, 0)))


class EventIndexPage(RoutablePageMixin, BasePage):
    """The agenda of one site, at ``/agenda/``, with its iCal feed at ``/agenda/ical/``.

    Upcoming events come first, soonest first; past ones follow, newest
    first, ``past_per_page`` at a time (``?page=N``).
    """

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Satu atau dua kalimat di atas daftar. Contoh: Kegiatan desa bulan ini."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    past_per_page = 10

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agenda")

    def get_events(self, request):
        """Live, public events of the current site only (the feed's and the list's source)."""
        return EventPage.objects.in_scope(scoping.site_pages(request))

    def get_meta_description(self) -> str:
        """The search description, else the introduction."""
        return self.search_description or self.intro

    @path("")
    def agenda(self, request):
        """The list: upcoming events, then a page of past ones."""
        events = self.get_events(request)
        past = Paginator(events.past(), self.past_per_page).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={"upcoming": list(events.upcoming()), "past_page": past},
        )

    @path("ical/", name="ical")
    def ical_feed(self, request):
        """Every event of this site as one iCalendar feed, for calendar apps to subscribe to."""
        site = scoping.current_site(request)
        events = self.get_events(request).order_by("start", "pk")
        profile = SiteProfile.for_request(request)
        name = f"{self.title} · {profile.display_name or site.hostname}"
        body = ical.render_calendar(
            (event.as_calendar_event(request, site.hostname) for event in events), name=name
        )
        return HttpResponse(body, content_type=ical.CONTENT_TYPE)


class EventPage(RoutablePageMixin, BasePage):
    """One event on the agenda: when, where, who organises it, and what happens."""

    start = models.DateTimeField(
        _("mulai"),
        default=default_event_start,
        help_text=_("Tanggal dan jam mulai, waktu setempat (WIB). Contoh: 5 Desember 2026 08.00"),
    )
    end = models.DateTimeField(
        _("selesai"),
        null=True,
        blank=True,
        help_text=_("Boleh dikosongkan. Contoh: 5 Desember 2026 12.00"),
    )
    all_day = models.BooleanField(
        _("sepanjang hari"),
        default=False,
        help_text=_(
            "Centang bila kegiatan berlangsung seharian penuh; jamnya tidak ditampilkan. "
            "Contoh: pelatihan dua hari, 14–15 Desember."
        ),
    )
    location = models.CharField(
        _("tempat"),
        max_length=255,
        help_text=_("Contoh: Balai Desa Karangan, Jl. Raya Karangan No. 1"),
    )
    map_url = models.URLField(
        _("tautan peta"),
        blank=True,
        help_text=_(
            "Boleh dikosongkan. Salin tautan dari Google Maps atau OpenStreetMap. Contoh: "
            "https://maps.app.goo.gl/AbCdEf123"
        ),
    )
    summary = models.TextField(
        _("ringkasan"),
        max_length=400,
        help_text=_(
            "Satu atau dua kalimat untuk daftar agenda. Contoh: Penimbangan dan imunisasi "
            "balita; bawa buku KIA."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("keterangan lengkap"),
        help_text=_("Susunan acara, apa yang perlu dibawa, siapa yang diundang."),
    )
    organiser = models.CharField(
        _("penyelenggara"),
        max_length=160,
        blank=True,
        help_text=_("Contoh: Pemerintah Desa Karangan bersama Puskesmas Karangan"),
    )

    objects = EventPageManager()

    content_panels = [
        title_panel(_("Posyandu balita Dusun II")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Waktu"),
        ),
        MultiFieldPanel([FieldPanel("location"), FieldPanel("map_url")], heading=_("Tempat")),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("organiser"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("location"),
        index.SearchField("organiser"),
        index.SearchField("body"),
        index.AutocompleteField("summary"),
        index.FilterField("start"),
    ]
    api_fields = [
        APIField("start"),
        APIField("end"),
        APIField("all_day"),
        APIField("location"),
        APIField("map_url"),
        APIField("summary"),
        APIField("body"),
        APIField("organiser"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("kegiatan")
        verbose_name_plural = _("kegiatan")

    def clean(self):
        """The end, when given, must not come before the start (by day, for all-day events)."""
        super().clean()
        if self.start is None or self.end is None:
            return
        if self.all_day:
            before = timezone.localdate(self.end) < timezone.localdate(self.start)
        else:
            before = self.end < self.start
        if before:
            raise ValidationError(
                {
                    "end": _(
                        "Waktu selesai tidak boleh sebelum waktu mulai. Contoh: mulai "
                        "5 Desember 2026 08.00, selesai 5 Desember 2026 12.00."
                    )
                }
            )

    def get_meta_description(self) -> str:
        """The search description, else the summary."""
        return self.search_description or self.summary

    def is_over(self, now: datetime.datetime | None = None) -> bool:
        """True once the event has finished (see ``EventPageQuerySet.not_over_q``)."""
        now = now or timezone.now()
        if self.all_day:
            last_day = timezone.localdate(self.end or self.start)
            return last_day < timezone.localdate(now)
        return (self.end or self.start) < now

    def start_attr(self) -> str:
        """The start for a ``<time datetime>`` attribute: a date for all-day events."""
        start = timezone.localtime(self.start)
        return start.date().isoformat() if self.all_day else start.isoformat()

    def when_display(self) -> str:
        """When, in Indonesian: "Sabtu, 5 Desember 2026, 08.00–11.00 WIB"."""
        start = timezone.localtime(self.start)
        end = timezone.localtime(self.end) if self.end else None
        day = "l, j F Y"
        if self.all_day:
            text = dateformat.format(start, day)
            if end and end.date() != start.date():
                text += " – " + dateformat.format(end, day)
            return text
        zone = start.tzname()
        text = f"{dateformat.format(start, day)}, {dateformat.format(start, 'H.i')}"
        if end is None:
            return f"{text} {zone}"
        if end.date() == start.date():
            return f"{text}–{dateformat.format(end, 'H.i')} {zone}"
        return f"{text} {zone} – {dateformat.format(end, day + ', H.i')} {zone}"

    def as_calendar_event(self, request, hostname: str) -> ical.CalendarEvent:
        """This event as a VEVENT of the site at ``hostname``.

        The UID ``event-<pk>@<hostname>`` stays the same across edits, so
        subscribed calendars update the event instead of duplicating it.
        """
        start, end = self.start, self.end
        if self.all_day:
            start = timezone.localdate(start)
            end = timezone.localdate(end) if end else None
        description = self.summary
        if self.organiser:
            description += "\n" + gettext("Penyelenggara: %(name)s") % {"name": self.organiser}
        return ical.CalendarEvent(
            uid=f"event-{self.pk}@{hostname}",
            stamp=self.last_published_at or self.latest_revision_created_at or timezone.now(),
            start=start,
            end=end,
            all_day=self.all_day,
            summary=self.title,
            location=self.location,
            description=description,
            url=self.get_full_url(request) or "",
        )

    @path("")
    def event(self, request):
        """The event page itself."""
        return self.render(request)

    @path("ical/", name="ical")
    def ical_download(self, request):
        """This one event as an ``.ics`` file, to add to a phone's calendar."""
        site = scoping.current_site(request)
        body = ical.render_calendar([self.as_calendar_event(request, site.hostname)])
        response = HttpResponse(body, content_type=ical.CONTENT_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response
