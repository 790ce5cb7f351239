"""Sending one delivery: sign the body, POST it with a short timeout, record
the outcome and decide when (if ever) to try again.

Runs in the background worker only (``webhooks.tasks``), never in the request
that published the content.
"""

import hashlib
import hmac
import ipaddress
import json
import socket
import time
from datetime import timedelta
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.utils import timezone

from webhooks.models import DeliveryStatus, WebhookDelivery

# Waits before the 2nd, 3rd… attempt: exponential, so a receiver that is down
# for a day still gets the event, and a dead one costs six requests in all.
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=12),
)
MAX_ATTEMPTS = len(BACKOFF) + 1
USER_AGENT = "kecamatan-cms-webhook/1"


def timeout_seconds() -> float:
    """Connect and read timeout of one attempt (WEBHOOK_TIMEOUT_SECONDS, default 5)."""
    return float(getattr(settings, "WEBHOOK_TIMEOUT_SECONDS", 5))


def private_address(url: str) -> str | None:
    """The first loopback, private, link-local or reserved address ``url``'s host
    resolves to (None if none, or if WEBHOOK_ALLOW_PRIVATE_ADDRESSES).

    Keeps an endpoint from making this server call an internal service
    (cloud metadata, the database, Redis). Checked at each attempt, since
    DNS answers change.
    """
    if getattr(settings, "WEBHOOK_ALLOW_PRIVATE_ADDRESSES", False):
        return None
    parts = urlsplit(url)
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return None  # unresolvable: the request itself fails and is logged
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global:
            return str(address)
    return None


def body_of(payload: dict) -> bytes:
    """The exact bytes sent and signed."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """``t=<ts>,v1=<hex HMAC-SHA256 of "<ts>.<body>">`` (the X-Webhook-Signature header)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def headers_for(delivery: WebhookDelivery, body: bytes, timestamp: int) -> dict:
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Webhook-Event": delivery.event,
        "X-Webhook-Id": str(delivery.event_id),
        "X-Webhook-Attempt": str(delivery.attempts + 1),
        "X-Webhook-Signature": signature(delivery.endpoint.secret, timestamp, body),
    }


def attempt(delivery_id: int):
    """Make one attempt at ``delivery_id``; return when to retry (or None).

    A delivery already finished (sent, failed, or its endpoint deleted) is
    left alone, so a task enqueued twice sends once.
    """
    delivery = (
        WebhookDelivery.objects.select_related("endpoint")
        .filter(pk=delivery_id, status=DeliveryStatus.PENDING)
        .first()
    )
    if delivery is None:
        return None
    endpoint = delivery.endpoint
    if not endpoint.is_active:
        delivery.status = DeliveryStatus.FAILED
        delivery.last_error = "Webhook nonaktif."
        delivery.finished_at = timezone.now()
        delivery.next_attempt_at = None
        delivery.save()
        return None

    blocked = private_address(endpoint.url)
    if blocked is not None:
        delivery.attempts += 1
        delivery.status = DeliveryStatus.FAILED
        delivery.last_error = f"Alamat {blocked} adalah alamat internal; tidak dikirim."
        delivery.finished_at = timezone.now()
        delivery.next_attempt_at = None
        delivery.save()
        return None

    body = body_of(delivery.payload)
    headers = headers_for(delivery, body, int(time.time()))
    code, error = None, ""
    started = time.monotonic()
    try:
        # No redirects: the admin registered this address, not another one.
        response = requests.post(
            endpoint.url,
            data=body,
            headers=headers,
            timeout=timeout_seconds(),
            allow_redirects=False,
            stream=True,  # the receiver's body is never read
        )
        code = response.status_code
        response.close()
        if not 200 <= code < 300:
            error = f"HTTP {code}"
    except requests.RequestException as exc:
        error = f"{type(exc).__name__}: {exc}"[:1000]
    delivery.duration_ms = int((time.monotonic() - started) * 1000)
    delivery.attempts += 1
    delivery.response_code = code
    delivery.last_error = error
    now = timezone.now()
    if not error:
        delivery.status = DeliveryStatus.DELIVERED
        delivery.finished_at, delivery.next_attempt_at = now, None
    elif delivery.attempts >= MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.FAILED
        delivery.finished_at, delivery.next_attempt_at = now, None
    else:
        delivery.next_attempt_at = now + BACKOFF[delivery.attempts - 1]
    delivery.save()
    return delivery.next_attempt_at
