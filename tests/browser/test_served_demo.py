"""The demo as ``make demo`` serves it, checked over HTTP.

Properties of the served demo (``tests/browser/conftest.py``: gunicorn, DEBUG
off) rather than of a page: gzip on pages, year-long caching of hashed static
files, cached media, the site's Indonesian 404.
"""

import gzip
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.browser.conftest import skip_without_browser

pytestmark = pytest.mark.browser
skip_without_browser()


def fetch(url, **headers):
    """``(status, headers, body)`` of ``url``, connecting to 127.0.0.1 with its Host.

    Python's resolver does not know ``*.localhost`` on every machine.
    """
    parts = urllib.parse.urlsplit(url)
    local = parts._replace(netloc=f"127.0.0.1:{parts.port}").geturl()
    request = urllib.request.Request(local, headers={"Host": parts.netloc, **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_the_demo_compresses_pages_and_caches_static_files_for_a_year(demo):
    port, _samples = demo
    status, headers, body = fetch(
        f"http://rkt.localhost:{port}/layanan/", **{"Accept-Encoding": "gzip"}
    )
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    html = gzip.decompress(body).decode()
    css = html.split('<link rel="stylesheet" href="', 1)[1].split('"', 1)[0]
    assert css.startswith("/static/css/site.") and css.endswith(".css")  # a hashed name
    status, headers, _ = fetch(f"http://rkt.localhost:{port}{css}", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert int(headers["Cache-Control"].split("max-age=")[1].split(",")[0]) >= 31_536_000
    assert headers["Content-Encoding"] == "gzip"


def test_a_missing_page_on_the_demo_is_the_sites_indonesian_404(demo):
    port, _samples = demo
    status, headers, body = fetch(f"http://karangan.rkt.localhost:{port}/tidak-ada/")
    text = body.decode()
    assert status == 404
    assert "Halaman tidak ditemukan" in text and "Desa Karangan" in text
    assert "Traceback" not in text and "DEBUG = True" not in text


def test_media_on_the_demo_are_served_and_cached(demo):
    port, samples = demo
    status, _, body = fetch(f"http://rkt.localhost:{port}/galeri/")
    image = re.search(r'<img[^>]*\ssrc="([^"]+)"', body.decode()).group(1)
    assert image.startswith("/media/images/")
    status, headers, _ = fetch(f"http://rkt.localhost:{port}{image}")
    assert status == 200
    assert headers["Cache-Control"] == "public, max-age=2592000"
    assert Path(image).suffix in {".jpg", ".jpeg", ".webp", ".png"}
