"""/healthz (liveness) and /readyz (readiness) for load balancers."""

import pytest
from django.core.cache import caches
from django.db import OperationalError, connection
from django.test import override_settings

CLOSED_REDIS = "redis://127.0.0.1:6390/0"
LIVE_REDIS = "redis://127.0.0.1:6379/15"


def redis_cache(location: str) -> dict:
    return {
        "default": {
            "BACKEND": "ops.cache.FaultTolerantRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "kcms-ops-test",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }


@pytest.fixture
def database_down(monkeypatch):
    """Every new cursor fails as it would with the database server stopped."""

    def refuse():
        raise OperationalError("connection to server at 127.0.0.1 refused")

    monkeypatch.setattr(connection, "ensure_connection", refuse)


@pytest.mark.django_db
def test_healthz_answers_a_load_balancer_probing_by_ip_without_touching_the_database(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_even_while_the_database_is_down(client, database_down):
    # No django_db mark: pytest-django itself would fail any database access.
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/"), ("get", "/healthz/"), ("get", "/healthzz"), ("post", "/healthz")],
)
def test_host_check_exemption_covers_only_get_of_the_exact_health_paths(client, method, path):
    response = getattr(client, method)(path, HTTP_HOST="10.0.0.7")
    assert response.status_code == 400


@pytest.mark.django_db
def test_readyz_is_200_when_database_and_cache_answer(client):
    response = client.get("/readyz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok"},
        "failing": [],
    }


@pytest.mark.django_db
def test_readyz_is_503_naming_the_database_while_it_is_down_and_200_after(client, monkeypatch):
    def refuse():
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "ensure_connection", refuse)
    response = client.get("/readyz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 503
    assert response.json()["failing"] == ["database"]
    assert response.json()["checks"]["cache"] == "ok"

    monkeypatch.undo()
    assert client.get("/readyz", HTTP_HOST="10.0.0.7").status_code == 200


@pytest.mark.django_db
def test_readyz_is_503_naming_the_cache_while_redis_is_unreachable(client):
    with override_settings(CACHES=redis_cache(CLOSED_REDIS)):
        response = client.get("/readyz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 503
    assert response.json()["failing"] == ["cache"]
    assert response.json()["checks"]["database"] == "ok"


@pytest.mark.django_db
def test_readyz_is_200_with_a_live_redis(client):
    with override_settings(CACHES=redis_cache(LIVE_REDIS)):
        try:
            caches["default"].strict().set("ops:probe", 1, 5)
        except Exception as exc:  # noqa: BLE001
            pytest.skip(f"no Redis at {LIVE_REDIS}: {exc}")
        response = client.get("/readyz", HTTP_HOST="10.0.0.7")
    assert response.status_code == 200, response.json()
