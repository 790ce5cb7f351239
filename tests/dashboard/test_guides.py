"""The Help menu's guides: ``docs/panduan-*.md`` rendered in the admin, screenshots from docs/.

The screens themselves are audited as a camat sees them in
``tests/operator_ui/test_kecamatan_indonesian.py``; here, the renderer and
the screenshot view, without a database.
"""

import pytest
from django.http import Http404
from django.test import RequestFactory

from dashboard import guides


def test_the_renderer_turns_the_guides_markdown_into_html():
    title, html = guides.render_markdown(
        "# Panduan\n\nPengantar dengan **tebal**, *miring* dan `kode`.\n\n"
        "## 1. Masuk\n\n1. Buka alamat admin.\n2. Isi **Nama pengguna**\n   dan kata sandi.\n\n"
        "- satu\n- dua\n\n![Halaman masuk](panduan-operator/01-masuk.jpg)\n\n---\n"
    )
    assert title == "Panduan"
    assert (
        "<p>Pengantar dengan <strong>tebal</strong>, <em>miring</em> dan <code>kode</code>.</p>"
        in html
    )
    assert '<h2 class="w-h2 w-mt-8">1. Masuk</h2>' in html
    assert (
        "<ol><li>Buka alamat admin.</li>"
        "<li>Isi <strong>Nama pengguna</strong> dan kata sandi.</li></ol>" in html
    )
    assert "<ul><li>satu</li><li>dua</li></ul>" in html
    assert 'src="/admin/panduan/berkas/panduan-operator/01-masuk.jpg" alt="Halaman masuk"' in html
    assert "<hr>" in html


def test_the_renderer_escapes_html():
    _title, html = guides.render_markdown('<script>alert(1)</script> dan [x](" onmouseover=")')
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'onmouseover="' not in html


def test_every_guide_in_the_menu_exists_and_has_a_title():
    assert [guide.slug for guide in guides.available_guides()] == [
        "panduan-operator",
        "panduan-kecamatan",
    ]
    for guide in guides.available_guides():
        title, html = guides.render_markdown(guide.path.read_text(encoding="utf-8"))
        assert title and "**" not in html and "![" not in html


@pytest.mark.parametrize(
    "path",
    [
        "panduan-operator/../../cms/settings/base.py",
        "panduan-operator/01-masuk.md",
        "../README.md",
        "panduan-operator/tidak-ada.jpg",
    ],
)
def test_the_screenshot_view_serves_only_guide_images(path):
    request = RequestFactory().get("/")
    with pytest.raises(Http404):
        guides.asset_view(request, path)


def test_the_screenshot_view_serves_a_guides_image():
    response = guides.asset_view(RequestFactory().get("/"), "panduan-operator/01-masuk.jpg")
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert response.file_to_stream.read(3) == b"\xff\xd8\xff"  # a JPEG
    response.file_to_stream.close()  # not response.close(): that signals a request's end
