"""Fixtures: a real HTTP receiver on 127.0.0.1, endpoints, and the worker."""

import hashlib
import hmac
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import transaction

from webhooks.models import WebhookEndpoint, WebhookEvent

WORKER = "django_tasks_db.management.commands.db_worker"
ALL_EVENTS = [value for value, _label in WebhookEvent.choices]


class Receiver:
    """An HTTP server in a thread that records every POST and answers with
    the status codes it is told (200 once the list runs out)."""

    def __init__(self):
        self.requests = []
        self.codes = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                code = receiver.codes.pop(0) if receiver.codes else 200
                self.send_response(code)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_port}/hook"

    def reset(self, *codes):
        self.requests.clear()
        self.codes[:] = list(codes)

    def payloads(self) -> list[dict]:
        return [json.loads(r["body"]) for r in self.requests]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def _receiver():
    receiver = Receiver()
    yield receiver
    receiver.close()


@pytest.fixture
def receiver(_receiver):
    """The module's receiver, emptied and answering 200."""
    _receiver.reset()
    return _receiver


@pytest.fixture
def dead_url():
    """An address on 127.0.0.1 where nothing listens (refused at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/hook"


def endpoint_for(tenant, url, events=None, include_villages=False, **fields) -> WebhookEndpoint:
    return WebhookEndpoint.objects.create(
        tenant=tenant,
        url=url,
        events=list(events or ALL_EVENTS),
        include_villages=include_villages,
        **fields,
    )


def run_worker():
    """Run ``manage.py db_worker --backend webhooks`` until the queue is empty.

    Inside a test the worker shares the test's transaction: its exclusive
    transaction (``BEGIN EXCLUSIVE`` on SQLite) becomes a savepoint, and it
    must not close the connection between tasks. Everything else is the real
    command: claiming, running and recording each task.
    """
    with (
        mock.patch(f"{WORKER}.exclusive_transaction", lambda using=None: transaction.atomic(using)),
        mock.patch(f"{WORKER}.close_old_connections", lambda: None),
    ):
        _call_worker()


def _call_worker():
    call_command(
        "db_worker",
        "--backend",
        "webhooks",
        "--batch",
        "--no-startup-delay",
        "--no-reload",
        verbosity=0,
    )


def verify_signature(secret: str, header: str, body: bytes, tolerance: int = 300) -> bool:
    """The receiver's check, exactly as the README shows it."""
    parts = dict(item.split("=", 1) for item in header.split(","))
    timestamp = int(parts["t"])
    if abs(time.time() - timestamp) > tolerance:
        return False
    expected = hmac.new(
        secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
    ).hexdigest()
    return hmac.compare_digest(expected, parts["v1"])
