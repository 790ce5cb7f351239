"""The OpenAPI schema drives the API, and tells the truth about it.

schemathesis generates requests from ``/api/schema/`` (property-based, with
a bounded number of examples per operation) and sends them to the WSGI
application over the test database holding the API world, with all its
checks: no server error, every response a documented status code and
content type with a body matching its schema, what the schema allows
accepted and (in the CI audit's negative mode) what it forbids refused.
"""

import json
import os
import sys
import zlib

import pytest
import schemathesis
from django.core.serializers.json import DjangoJSONEncoder
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode

from tests.api.wsgi import InTransactionWSGIHandler

pytestmark = pytest.mark.django_db

# Bounded so the run stays short in `make test`. CI's separate audit step
# raises it (SCHEMATHESIS_EXAMPLES) and demands a floor of requests sent
# (SCHEMATHESIS_MIN_REQUESTS), on SQLite and PostgreSQL; see .ci/run.
EXAMPLES_PER_OPERATION = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "25"))
MIN_REQUESTS = int(os.environ.get("SCHEMATHESIS_MIN_REQUESTS", "0"))
# What the API promises, checked by every check schemathesis has ("--checks
# all"): no 5xx; only documented status codes, content types and headers;
# bodies that match their schema; every request the schema allows is
# accepted (positive_data_acceptance) and every one it forbids is refused
# with a 4xx (negative_data_rejection, in the CI audit's negative mode).


def _raw_schema() -> dict:
    raw = SchemaGenerator().get_schema(request=None, public=True)
    return json.loads(json.dumps(raw, cls=DjangoJSONEncoder))


schema = schemathesis.openapi.from_dict(_raw_schema())
if os.environ.get("SCHEMATHESIS_NEGATIVE"):
    # The CI audit also sends what the schema forbids (wrong types, bad
    # characters, NUL bytes): it must be refused with a documented 4xx,
    # never a 5xx.
    schema.config.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], allow_x00=True
    )
else:
    # make test: generated examples only. The coverage phase (every
    # parameter's boundary values, ~3/4 of the requests) runs in the audit.
    schema.config.phases.update(phases=["examples", "fuzzing"])
schema.config.checks.update(included_check_names=["all"])
schema.app = InTransactionWSGIHandler()


def test_the_served_schema_is_the_one_tested(world, client):
    served = client.get("/api/schema/?format=json", HTTP_HOST="kec-a.test")
    assert served.status_code == 200
    assert served.json()["paths"].keys() == _raw_schema()["paths"].keys()
    assert {
        "/api/v2/pages/",
        "/api/v2/pages/find/",
        "/api/v2/sites/",
        "/api/v2/services/",
        "/api/v2/news/",
    } <= set(served.json()["paths"])


def test_the_docs_page_explains_every_operation(world, client):
    response = client.get("/api/docs/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    body = response.content.decode()
    for path in _raw_schema()["paths"]:
        assert path in body
    assert "<script" not in body


# Sites the requests are sent to: a portal (its villages' news, the shared
# catalogue, tagged images), a village (local services and notes, a
# document) and a site without a tenant. Each case goes to one, chosen from
# its own content so that a run is repeatable.
HOSTS = ["kec-a.test", "satu.kec-a.test", "localhost"]


def host_for(case) -> str:
    key = f"{case.path}|{sorted((case.path_parameters or {}).items())}|{case.query}"
    return HOSTS[zlib.crc32(key.encode()) % len(HOSTS)]


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
    case.call_and_validate(headers={"Host": host_for(case)})
