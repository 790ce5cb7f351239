"""The OpenAPI schema drives the API: 0 server errors, 0 responses that break it.

schemathesis generates requests from ``/api/schema/`` (property-based, with
a bounded number of examples per operation) and sends them to the WSGI
application over the test database holding the API world. Every response
must be a documented status code with a body matching its schema.
"""

import json
import os
import sys

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.serializers.json import DjangoJSONEncoder
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = pytest.mark.django_db

# Bounded so the run stays short in `make test`. CI's separate audit step
# raises it (SCHEMATHESIS_EXAMPLES) and demands a floor of requests sent
# (SCHEMATHESIS_MIN_REQUESTS), on SQLite and PostgreSQL; see .ci/run.
EXAMPLES_PER_OPERATION = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "25"))
MIN_REQUESTS = int(os.environ.get("SCHEMATHESIS_MIN_REQUESTS", "0"))
# What the API promises: no 5xx, only documented status codes and content
# types, and bodies that match their schema. (Invalid input is answered 400
# wherever the API checks it; schemathesis's "negative data" probes, which
# flag any optional filter that tolerates a value, are not part of that.)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _raw_schema() -> dict:
    raw = SchemaGenerator().get_schema(request=None, public=True)
    return json.loads(json.dumps(raw, cls=DjangoJSONEncoder))


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


schema = schemathesis.openapi.from_dict(_raw_schema())
if os.environ.get("SCHEMATHESIS_NEGATIVE"):
    # The CI audit also sends what the schema forbids (wrong types, bad
    # characters, NUL bytes): it must be refused with a documented 4xx,
    # never a 5xx.
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], allow_x00=True
    )
schema.app = InTransactionWSGIHandler()


def test_the_served_schema_is_the_one_tested(world, client):
    served = client.get("/api/schema/?format=json", HTTP_HOST="kec-a.test")
    assert served.status_code == 200
    assert served.json()["paths"].keys() == _raw_schema()["paths"].keys()
    assert {"/api/v2/pages/", "/api/v2/sites/", "/api/v2/services/", "/api/v2/news/"} <= set(
        served.json()["paths"]
    )


def test_the_docs_page_explains_every_operation(world, client):
    response = client.get("/api/docs/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    body = response.content.decode()
    for path in _raw_schema()["paths"]:
        assert path in body
    assert "<script" not in body


@pytest.fixture(scope="module", autouse=True)
def _requests_sent():
    """Print how many requests schemathesis sent; fail below MIN_REQUESTS (the CI audit)."""
    before = InTransactionWSGIHandler.requests_sent
    yield
    sent = InTransactionWSGIHandler.requests_sent - before
    print(f"\nschemathesis: {sent} requests sent", file=sys.stderr)
    if sent < MIN_REQUESTS:
        pytest.fail(f"schemathesis sent {sent} requests, fewer than {MIN_REQUESTS}")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_conforms_to_its_schema(case, world):
    case.call_and_validate(headers={"Host": "localhost"}, checks=CHECKS)
