"""Settings come from the environment, with secure defaults."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

REPO = Path(__file__).resolve().parents[2]


def load_settings(env: dict) -> subprocess.CompletedProcess:
    """Import cms.settings.base in a clean interpreter with only ``env`` set."""
    code = (
        "import json, cms.settings.base as s; "
        "print(json.dumps({'debug': s.DEBUG, 'engine': s.DATABASES['default']['ENGINE'], "
        "'cache': s.CACHES['default']['BACKEND'], 'lang': s.LANGUAGE_CODE, 'tz': s.TIME_ZONE, "
        "'search': s.WAGTAILSEARCH_BACKENDS['default'].get('SEARCH_CONFIG')}))"
    )
    clean_env = {"PATH": os.environ["PATH"], **env}
    return subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=clean_env, capture_output=True, text=True
    )


def test_debug_is_off_and_secret_key_required_by_default():
    result = load_settings({})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_defaults_are_sqlite_locmem_indonesian_and_jakarta_time():
    import json

    result = load_settings({"SECRET_KEY": "x"})
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values == {
        "debug": False,
        "engine": "django.db.backends.sqlite3",
        "cache": "django.core.cache.backends.locmem.LocMemCache",
        "lang": "id",
        "tz": "Asia/Jakarta",
        "search": None,
    }


def test_database_and_cache_urls_switch_to_postgres_redis_and_indonesian_search():
    import json

    result = load_settings(
        {
            "SECRET_KEY": "x",
            "DATABASE_URL": "postgres://u:p@127.0.0.1:5432/kcms",
            "REDIS_URL": "redis://127.0.0.1:6379/1",
        }
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["engine"] == "django.db.backends.postgresql"
    # Django's RedisCache, made fault-tolerant (see ops.cache).
    assert values["cache"] == "ops.cache.FaultTolerantRedisCache"
    assert values["search"] == "indonesian"


def test_debug_can_be_asked_for_and_then_needs_no_secret():
    import json

    result = load_settings({"DJANGO_DEBUG": "1"})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["debug"] is True


@pytest.mark.django_db
@pytest.mark.skipif(
    not settings.IS_POSTGRES, reason="the indonesian text-search config is PostgreSQL's"
)
def test_postgres_search_uses_the_indonesian_configuration():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert backend.config == "indonesian"
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('indonesian', 'pelayanan')::text")
        # The Indonesian stemmer strips the pe-…-an affixes.
        assert "layan" in cursor.fetchone()[0]


def test_every_environment_variable_is_documented_in_env_example():
    import re

    source = (REPO / "cms" / "settings" / "base.py").read_text()
    read = set(re.findall(r'(?:environ\.get|getenv_\w+)\(\s*"([A-Z_]+)"', source))
    documented = set(
        re.findall(r"^([A-Z_]+)=", (REPO / ".env.example").read_text(), flags=re.MULTILINE)
    )
    assert read, "the pattern found no variables; the test would prove nothing"
    assert read - documented == set()
