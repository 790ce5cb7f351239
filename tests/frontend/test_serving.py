"""How the public site is served: gzip only where BREACH finds nothing, media, icons.

The production-like serving of ``make demo`` itself (gunicorn, DEBUG off) is
checked over HTTP in ``tests/browser/test_lighthouse.py``; these are the
in-process rules behind it.
"""

import gzip
import io

import pytest
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from PIL import Image as PILImage
from wagtail.images import get_image_model

from cms.models import SiteProfile

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


def test_anonymous_public_pages_are_gzipped_with_vary(tree, client):
    response = client.get("/", HTTP_HOST="kec-a.test", **GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert b"<h1>" in gzip.decompress(response.content)


def test_a_page_with_a_csrf_token_is_never_compressed(tree, client):
    response = client.get("/warga/pengaduan/", HTTP_HOST="kec-a.test", **GZIP)
    assert response.status_code == 200
    assert b"csrfmiddlewaretoken" in response.content
    assert not response.has_header("Content-Encoding")


def test_a_logged_in_readers_pages_are_never_compressed(tree, client, django_user_model):
    user = django_user_model.objects.create_user("editor", password="sandi-panjang-2026")
    client.force_login(user)
    response = client.get("/", HTTP_HOST="kec-a.test", **GZIP)
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")


def test_the_admin_and_the_api_are_never_compressed(tree, client):
    login = client.get("/admin/login/", HTTP_HOST="kec-a.test", **GZIP)
    api = client.get("/api/v2/sites/", HTTP_HOST="kec-a.test", **GZIP)
    assert login.status_code == 200 and api.status_code == 200
    assert not login.has_header("Content-Encoding")
    assert not api.has_header("Content-Encoding")


def test_a_client_that_does_not_ask_for_gzip_gets_plain_html(tree, client):
    response = client.get("/", HTTP_HOST="kec-a.test")
    assert not response.has_header("Content-Encoding")
    assert b"<h1>" in response.content


@pytest.fixture
def logo(tree):
    """A plain red 300×200 PNG as the kec-a portal's logo."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (300, 200), (200, 0, 0)).save(buffer, format="PNG")
    image = get_image_model()(
        title="Logo merah", collection=tree.kec_a.collection, description="Logo"
    )
    image.file = ImageFile(buffer, name="logo-merah.png")
    image.save()
    profile = SiteProfile.for_site(tree.kec_a.site)
    profile.logo = image
    profile.save()
    return image


def read_image(client, url, host="kec-a.test"):
    path = url.split(host, 1)[-1]
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, url
    return PILImage.open(io.BytesIO(b"".join(response))), response


def test_favicon_ico_answers_with_the_default_icon_without_a_logo(tree, client, settings):
    settings.SERVE_MEDIA = True
    response = client.get("/favicon.ico", HTTP_HOST="kec-a.test")
    assert response.status_code == 302
    assert "/static/img/ikon-32" in response["Location"]
    # curl -I and crawlers ask with HEAD.
    assert client.head("/favicon.ico", HTTP_HOST="kec-a.test").status_code == 302
    image, _ = read_image(client, response["Location"])
    assert image.size == (32, 32)


def test_the_sites_icons_and_card_are_made_from_its_whole_logo(tree, client, settings, logo):
    settings.SERVE_MEDIA = True
    html = client.get("/", HTTP_HOST="kec-a.test").text
    assert '<link rel="icon" href="/media/images/' in html
    favicon = client.get("/favicon.ico", HTTP_HOST="kec-a.test")
    icon, _ = read_image(client, favicon["Location"])
    assert icon.size == (32, 32) and icon.format == "PNG"
    card_url = html.split('<meta property="og:image" content="', 1)[1].split('"', 1)[0]
    assert card_url.startswith("http://kec-a.test/media/images/")
    card, response = read_image(client, card_url)
    assert card.size == (1200, 630)
    # The whole logo, centred on white: white corners, red in the middle,
    # and red right up to where the logo's own edges fall (nothing cropped).
    rgb = card.convert("RGB")
    assert rgb.getpixel((5, 5)) == (255, 255, 255)
    assert rgb.getpixel((600, 315)) == (200, 0, 0)
    logo_width = round(630 * 0.8 * 300 / 200)  # fitted to 80% of the height: 756 px
    assert rgb.getpixel((600 - logo_width // 2 + 2, 315)) == (200, 0, 0)
    assert rgb.getpixel((600 - logo_width // 2 - 3, 315)) == (255, 255, 255)
    assert response["Cache-Control"] == "public, max-age=2592000"


def test_media_serving_follows_the_production_nginx_rules(tree, client, settings, logo):
    path = "/media/" + logo.file.name
    settings.SERVE_MEDIA = False
    assert client.get(path, HTTP_HOST="kec-a.test").status_code == 404
    settings.SERVE_MEDIA = True
    response = client.get(path, HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert client.head(path, HTTP_HOST="kec-a.test").status_code == 200
    # Documents only through /documents/<id>/, which checks the site.
    name = default_storage.save("documents/rahasia.txt", io.BytesIO(b"rahasia"))
    assert client.get("/media/" + name, HTTP_HOST="kec-a.test").status_code == 404
    assert client.get("/media/images/../" + name, HTTP_HOST="kec-a.test").status_code == 404
    assert client.get("/media/../manage.py", HTTP_HOST="kec-a.test").status_code == 404


def test_the_header_logo_is_sharp_on_2x_screens(tree, client, logo):
    html = client.get("/", HTTP_HOST="kec-a.test").text
    header = html.split('<header class="site-header">', 1)[1].split("</header>", 1)[0]
    assert 'width="48" height="48"' in header
    assert ".fill-96x96." in header and " 2x" in header
