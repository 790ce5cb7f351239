"""Signals other apps connect to, to take part in scheduled operations."""

from django.dispatch import Signal

# Sent by the ``retention_purge`` scheduled job, with ``now`` (an aware
# datetime). A receiver deletes what its app must no longer keep (e.g. citizens'
# uploads past their retention period) and returns how many items it removed.
#
#     @receiver(retention_purge)
#     def purge_expired_uploads(sender, now, **kwargs):
#         return Upload.objects.filter(expires_at__lt=now).delete()[0]
retention_purge = Signal()
