"""The background task, on the ``webhooks`` task backend (a database queue
worked by ``manage.py db_worker --backend webhooks``)."""

import logging

from django.db import transaction
from django_tasks import task

from webhooks import delivery

logger = logging.getLogger(__name__)

BACKEND = "webhooks"


@task(backend=BACKEND)
def deliver_webhook(delivery_id: int) -> None:
    """Attempt one delivery; on failure enqueue the next attempt after its backoff."""
    retry_at = delivery.attempt(delivery_id)
    if retry_at is not None:
        deliver_webhook.using(run_after=retry_at).enqueue(delivery_id)


def enqueue_on_commit(delivery_id: int) -> None:
    """Queue a delivery once the transaction that made it commits.

    ``robust``: a queue that cannot be written to is logged, never raised
    into the request that published the page.
    """

    def enqueue():
        deliver_webhook.enqueue(delivery_id)

    transaction.on_commit(enqueue, robust=True)
