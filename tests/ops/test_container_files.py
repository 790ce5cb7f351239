"""The Dockerfile and compose.yaml of the scaled-out layout stay in step with the code.

Images cannot be built on the CI machine (no registry), so these check what
can go wrong without a build: the files parse, every app node runs the same
image with the same settings, and every setting they pass is one the
settings module documents.
"""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def documented_variables() -> set[str]:
    text = (ROOT / ".env.example").read_text()
    return set(re.findall(r"^([A-Z][A-Z0-9_]*)=", text, flags=re.M))


def test_two_app_nodes_share_one_image_and_one_configuration():
    services = compose()["services"]
    assert services["app-1"]["build"] == services["app-2"]["build"] == "."
    assert services["app-1"]["environment"] == services["app-2"]["environment"]
    env = services["app-1"]["environment"]
    # The shared state of a scaled-out install: one database, one cache, one media store.
    assert env["DATABASE_URL"].startswith("postgres://")
    assert env["REDIS_URL"].startswith("redis://")
    assert env["AWS_STORAGE_BUCKET_NAME"]


def test_every_variable_compose_sets_is_a_documented_setting():
    env = compose()["services"]["app-1"]["environment"]
    undocumented = set(env) - documented_variables()
    assert not undocumented, f"not in .env.example: {sorted(undocumented)}"


def test_a_webhook_worker_runs_beside_the_app_nodes_with_their_settings():
    services = compose()["services"]
    worker = services["webhooks"]
    assert worker["command"][-4:-1] == ["db_worker", "--backend", "webhooks"]
    assert worker["environment"] == services["app-1"]["environment"]
    assert "profiles" not in worker  # started by `docker compose up`


def test_nginx_balances_over_both_app_nodes():
    conf = (ROOT / "deploy" / "nginx-compose.conf").read_text()
    assert "server app-1:8000;" in conf and "server app-2:8000;" in conf
    mounted = compose()["services"]["nginx"]["volumes"][0].split(":")[0]
    assert (ROOT / mounted).resolve() == (ROOT / "deploy" / "nginx-compose.conf").resolve()


def test_the_image_runs_gunicorn_with_the_projects_config():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert re.search(r'CMD \["gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"\]', dockerfile)
    assert (ROOT / "gunicorn.conf.py").exists()
    assert "collectstatic" in dockerfile and "/healthz" in dockerfile
