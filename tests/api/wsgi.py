"""The project's WSGI application, served inside a test's transaction.

The API tests read a world built once and rolled back at the end
(``tests/api/conftest.py``); a request served by a real WSGI handler, or by
a server thread with its own connection, would not see it. These serve it
over the test's own database connection.
"""

import threading
from contextlib import contextmanager
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, close_old_connections, connections


class InTransactionWSGIHandler(WSGIHandler):
    """Django's WSGI handler without closing the test's database connection.

    A real WSGI handler sends request_started/request_finished, whose
    ``close_old_connections`` drops a connection that is inside a transaction
    (the test's). On SQLite's in-memory database that is a no-op; on
    PostgreSQL the next request would find the connection closed. Django's
    test client disconnects the same receiver around each request; so does
    this, and it consumes and closes the response while disconnected.
    """

    requests_sent = 0

    def __call__(self, environ, start_response):
        InTransactionWSGIHandler.requests_sent += 1
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            response = super().__call__(environ, start_response)
            body = b"".join(response)
            response.close()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        return [body]


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def live_server():
    """A real HTTP server on 127.0.0.1 (a free port) serving the project inside
    the test's transaction; yields its base URL.

    One server thread answers one request at a time over the test's own
    database connection (shared with the thread, as Django's LiveServerThread
    shares an in-memory SQLite one), on SQLite and PostgreSQL alike.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    server = make_server(
        "127.0.0.1", 0, InTransactionWSGIHandler(), WSGIServer, handler_class=_QuietHandler
    )

    def serve():
        connections[DEFAULT_DB_ALIAS] = connection
        server.serve_forever(poll_interval=0.05)

    connection.inc_thread_sharing()
    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
        connection.dec_thread_sharing()
