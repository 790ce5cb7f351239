"""Event lookups, kept apart from the page models: upcoming, past, and in a scope."""

import datetime

from django.db import models
from django.utils import timezone
from wagtail.query import PageQuerySet


def start_of_today(now: datetime.datetime) -> datetime.datetime:
    """Midnight of ``now``'s day in the site's time zone (Asia/Jakarta), aware."""
    return timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)


class EventPageQuerySet(PageQuerySet):
    """Event lookups: which events are still to come, and in which scope."""

    @staticmethod
    def not_over_q(now: datetime.datetime) -> models.Q:
        """Events that have not finished at ``now``.

        A timed event counts until its end (or its start when it has no end);
        an all-day event counts for the whole of its last day, whatever time
        of day its fields happen to hold.
        """
        today = start_of_today(now)
        return (
            models.Q(all_day=False, end__gte=now)
            | models.Q(all_day=False, end__isnull=True, start__gte=now)
            | models.Q(all_day=True, end__gte=today)
            | models.Q(all_day=True, end__isnull=True, start__gte=today)
        )

    def upcoming(self, now: datetime.datetime | None = None):
        """Events still to come or under way at ``now`` (default: now), soonest first."""
        now = now or timezone.now()
        return self.filter(self.not_over_q(now)).order_by("start", "pk")

    def past(self, now: datetime.datetime | None = None):
        """Events over by ``now`` (default: now), most recent first."""
        now = now or timezone.now()
        return self.exclude(self.not_over_q(now)).order_by("-start", "-pk")

    def in_scope(self, pages):
        """The events among ``pages``, a live, public page queryset from ``tenants.scoping``."""
        return self.filter(pk__in=pages.values("pk"))
