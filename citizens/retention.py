"""The retention rule: uploads of cases closed more than N days ago are deleted."""

import datetime

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from citizens.models import UploadedFile


def expired_files(days: int | None = None, now=None):
    """Uploads whose case was closed more than ``days`` days ago (default: the setting)."""
    if days is None:
        days = settings.CITIZEN_UPLOAD_RETENTION_DAYS
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    return UploadedFile.objects.filter(
        Q(complaint__closed_at__lt=cutoff) | Q(service_request__closed_at__lt=cutoff)
    )


def purge(days: int | None = None, *, dry_run: bool = False) -> int:
    """Delete the expired uploads (files and rows); return how many."""
    files = list(expired_files(days))
    if dry_run:
        return len(files)
    for record in files:
        record.file.delete(save=False)
        record.delete()
    return len(files)
