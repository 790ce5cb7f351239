"""Upload checks: each refusal, with a clear Indonesian message and the form kept."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from citizens.models import ServiceRequest
from citizens.uploads import PDF, PNG, check_upload
from tests.citizens.conftest import jpeg_bytes, pdf, png, submit_request


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type)


def big_png(width, height) -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def test_accepted_types_are_recognised_by_content_not_name():
    assert check_upload(pdf("scan.png")) == PDF
    assert check_upload(png("foto.pdf")) == PNG
    assert check_upload(upload("foto.jpeg", jpeg_bytes())).content_type == "image/jpeg"


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (upload("surat.pdf", b"MZ\x90\x00 not a pdf"), "bukan PDF, JPG, atau PNG"),
        (upload("surat.docx", b"PK\x03\x04 word file"), "bukan PDF, JPG, atau PNG"),
        (upload("kosong.pdf", b""), "kosong"),
        (upload("rusak.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64), "rusak"),
        (upload("besar.pdf", b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024)), "terlalu besar"),
        (upload("raksasa.png", big_png(8000, 5001)), "megapiksel"),
    ],
    ids=["exe", "docx", "empty", "corrupt-image", "over-5mb", "over-40mp"],
)
def test_each_refusal_has_a_clear_message(file, message):
    with pytest.raises(ValidationError) as error:
        check_upload(file)
    assert message in error.value.messages[0]
    assert file.name in error.value.messages[0]


@pytest.mark.django_db
def test_refused_upload_keeps_the_rest_of_the_form(world):
    response = submit_request(world, berkas_2=upload("kk.pdf", b"GIF89a not allowed"))
    assert response.status_code == 400
    form = response.context["form"]
    assert "bukan PDF, JPG, atau PNG" in form.errors["berkas_2"][0]
    assert "berkas_1" not in form.errors
    assert 'value="Siti Aminah"' in response.text and 'value="0812 3456 7890"' in response.text
    assert ServiceRequest.objects.count() == 0
