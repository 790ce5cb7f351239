"""The nginx configurations we ship and document pass the client's address the way
``cms.clientip`` reads it: every location that proxies to the app appends to
X-Forwarded-For, and the compose layout trusts exactly that one proxy."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
APPENDS_CLIENT = "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;"
# Load balancers probe these by IP; nothing there counts or logs a client.
PROBES = ("location = /healthz", "location = /readyz")


def proxying_locations(conf: str) -> list[str]:
    """The text of every ``location { … }`` block in ``conf`` that has a ``proxy_pass``."""
    blocks = []
    for match in re.finditer(r"location\b[^{]*\{", conf):
        depth, end = 1, match.end()
        while depth:
            depth += {"{": 1, "}": -1}.get(conf[end], 0)
            end += 1
        block = conf[match.start() : end]
        if "proxy_pass " in block and not block.startswith(PROBES):
            blocks.append(block)
    return blocks


def documented_nginx() -> list[str]:
    text = (ROOT / "docs" / "deploy.md").read_text()
    return re.findall(r"```nginx\n(.*?)```", text, flags=re.S)


def test_compose_nginx_appends_the_client_and_the_app_trusts_one_hop():
    locations = proxying_locations((ROOT / "deploy" / "nginx-compose.conf").read_text())
    assert locations
    assert all(APPENDS_CLIENT in block for block in locations), locations
    env = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]["app-1"]["environment"]
    assert env["BEHIND_PROXY"] == "1"
    assert env.get("TRUSTED_PROXY_HOPS", "1") == "1"


def test_every_documented_nginx_location_that_proxies_to_the_app_appends_the_client():
    snippets = documented_nginx()
    locations = [block for conf in snippets for block in proxying_locations(conf)]
    assert len(snippets) >= 2 and len(locations) >= 3
    missing = [block.splitlines()[0] for block in locations if APPENDS_CLIENT not in block]
    assert not missing, f"no X-Forwarded-For in: {missing}"
