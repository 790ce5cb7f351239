"""Wagtail's relative times read as Indonesian speakers say them."""

from django.utils import timezone, translation
from wagtail.admin.templatetags.wagtailadmin_tags import timesince_simple


def test_a_change_made_just_now_reads_baru_saja_not_0_menit():
    """Wagtail compares the time with its own "0 minutes"; untranslated, the
    admin said "0 menit yang lalu" (locale/id has the project's translation)."""
    with translation.override("id"):
        assert timesince_simple(timezone.now()) == "baru saja"
        five = timesince_simple(timezone.now() - timezone.timedelta(minutes=5))
        assert five == "5\xa0menit yang lalu"
