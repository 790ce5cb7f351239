"""A Python client generated from ``/api/schema/`` works against a live server.

openapi-python-client (a dev dependency) generates a client package from
the schema the server serves, into a temporary directory; the test imports
it and uses it over real HTTP, as a client developer would: the site
directory, one village's pages, services and news, and ``find`` by path.
Generation needs no network and takes a few seconds.
"""

import importlib
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.api.wsgi import live_server

pytestmark = pytest.mark.django_db

KEC_A = "kec-a.test"
PACKAGE = "kcms_api_client"
GENERATOR = Path(sys.executable).with_name("openapi-python-client")


@pytest.fixture
def generated_client(world, client, tmp_path):
    """The client package generated from the served schema, imported."""
    served = client.get("/api/schema/?format=json", HTTP_HOST=KEC_A)
    assert served.status_code == 200
    schema_file = tmp_path / "schema.json"
    schema_file.write_bytes(served.content)
    config = tmp_path / "config.yaml"
    # No formatter run over the generated code: it is imported, not read.
    config.write_text("post_hooks: []\n")
    assert GENERATOR.exists(), "openapi-python-client is a dev dependency (pip install -e .[dev])"
    result = subprocess.run(
        [
            str(GENERATOR),
            "generate",
            "--path",
            str(schema_file),
            "--meta",
            "none",
            "--output-path",
            str(tmp_path / PACKAGE),
            "--config",
            str(config),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning" not in result.stdout, result.stdout
    sys.path.insert(0, str(tmp_path))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


def test_a_generated_client_lists_sites_pages_services_news_and_finds_a_page(
    world, generated_client
):
    api = importlib.import_module(f"{PACKAGE}.api")
    from kcms_api_client.api.news import news_list
    from kcms_api_client.api.pages import pages_detail, pages_find, pages_list
    from kcms_api_client.api.services import services_list
    from kcms_api_client.api.sites import sites_list

    assert api is not None
    satu = world.tree.village_a1
    with live_server() as base_url:
        # The server answers only its sites' hostnames; the client names one.
        client = generated_client.Client(
            base_url=base_url, headers={"Host": KEC_A}, raise_on_unexpected_status=True
        )
        with client:
            sites = sites_list.sync(client=client, limit=100)
            by_code = {site.code: site for site in sites.items}
            assert sites.meta.total_count == len(by_code) == 6
            host = by_code[satu.code].hostname
            assert host == "satu.kec-a.test"
            assert by_code[satu.code].kecamatan.code == world.tree.kec_a.code

            pages = pages_list.sync(client=client, site=host, limit=100)
            page_ids = {item["id"] for item in pages.to_dict()["items"]}
            assert world.news_a1.pk in page_ids and world.news_a2.pk not in page_ids

            services = services_list.sync(client=client, site=host)
            titles = {service.title for service in services.items}
            assert {"Surat Keterangan Domisili", "Surat Keterangan Usaha Satu"} <= titles
            domisili = next(s for s in services.items if s.title == "Surat Keterangan Domisili")
            assert domisili.shared and domisili.local_note.note == "Bawa materai sendiri."

            news = news_list.sync(client=client, site=host, limit=5)
            assert news.items[0].id == world.news_a1.pk
            assert all(item.site.code == satu.code for item in news.items)

            path = urlsplit(world.news_a1.full_url).path
            found = pages_find.sync_detailed(client=client, site=host, html_path=path)
            assert found.status_code == 302
            location = found.headers["location"]
            assert urlsplit(location).path == f"/api/v2/pages/{world.news_a1.pk}/"

            detail = pages_detail.sync(client=client, id=world.news_a1.pk, site=host)
            assert detail.to_dict()["title"] == "Berita Satu"
