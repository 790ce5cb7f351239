"""Media in an S3-compatible bucket (the compose/scaled-out layout), against a real S3 server.

moto's server mode runs on 127.0.0.1 for this module. The bucket gets the
policy compose applies (``deploy/media-bucket-policy.json``) and the app the
storage options production builds from the environment (read from
``cms.settings.base`` in a subprocess). Then: a document's object URL is
refused to anonymous readers, an image's is not, and documents come only
through ``/documents/<id>/<file>``, where the host check and a collection's
login restriction run.
"""

import json
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import boto3
import pytest
import yaml
from django.conf import settings as django_settings
from django.test import Client, override_settings
from moto.server import ThreadedMotoServer
from wagtail.models import CollectionViewRestriction

from cms.demo_images import demo_image
from news.demo.documents import demo_document
from tests.demo_seed import rolled_back
from tests.factories import KecamatanFactory, UserFactory, VillageFactory
from tests.ops.test_deploy import settings_values

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "deploy" / "media-bucket-policy.json"
BUCKET = "kcms-media"  # the compose bucket, named in the policy file

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def s3():
    """An S3-compatible server with the compose bucket and its policy."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    credentials = {"AWS_ACCESS_KEY_ID": "kcms", "AWS_SECRET_ACCESS_KEY": "kcms-secret"}
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=credentials["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=credentials["AWS_SECRET_ACCESS_KEY"],
    )
    client.create_bucket(Bucket=BUCKET)
    client.put_bucket_policy(Bucket=BUCKET, Policy=POLICY.read_text())
    yield SimpleNamespace(endpoint=endpoint, client=client, credentials=credentials)
    server.stop()


@pytest.fixture(scope="module")
def media(s3, django_db_setup, django_db_blocker):
    """Production's S3 storage for this module, and a world with media stored in it."""
    env = {
        "SECRET_KEY": "bucket-test-key",
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3.endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        **s3.credentials,
    }
    storage, serve_method = settings_values(
        env, "[s.STORAGES['default'], getattr(s, 'WAGTAILDOCS_SERVE_METHOD', None)]"
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    storages = {**django_settings.STORAGES, "default": storage}
    with (
        override_settings(STORAGES=storages, WAGTAILDOCS_SERVE_METHOD=serve_method),
        rolled_back(django_db_blocker),
    ):
        with django_db_blocker.unblock():
            w = SimpleNamespace()
            w.kec_a = KecamatanFactory(
                code="16.74.04", name="Rambang Kapak Tengah", hostname="kec-a.test"
            )
            w.village = VillageFactory(kecamatan=w.kec_a, serial=1001, name="Satu")
            w.kec_b = KecamatanFactory(
                code="16.74.05", name="Rambang Kapak Hilir", hostname="kec-b.test"
            )
            w.document = demo_document("Peraturan Desa Satu", w.village.collection, ("Isi.",))
            internal = w.village.collection.add_child(name="Arsip internal Satu")
            CollectionViewRestriction.objects.create(
                collection=internal, restriction_type=CollectionViewRestriction.LOGIN
            )
            w.private = demo_document("Notulen Rahasia", internal, ("Rahasia.",))
            w.image = demo_image("Balai Desa Satu", w.village.collection, size=(40, 30))
            w.staff = UserFactory(groups=[w.village.editor_group])
        yield w


def anonymous_get(url: str):
    """GET ``url`` with no credentials, as any browser could: (status, body)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def stored_bytes(s3, document) -> bytes:
    return s3.client.get_object(Bucket=BUCKET, Key=document.file.name)["Body"].read()


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_documents_in_the_bucket_are_refused_to_anonymous_readers(s3, media):
    for document in (media.document, media.private):
        assert document.file.name.startswith("documents/")
        url = document.file.storage.url(document.file.name)
        assert url.startswith(f"{s3.endpoint}/{BUCKET}/documents/")
        assert "Signature" not in url and "X-Amz" not in url  # a plain URL, so...
        assert anonymous_get(url)[0] == 403  # ...the bucket itself must refuse it


def test_images_stay_public_from_their_own_prefix(s3, media):
    url = media.image.file.storage.url(media.image.file.name)
    assert media.image.file.name.startswith("original_images/")
    status, content = anonymous_get(url)
    assert status == 200 and content.startswith(b"\xff\xd8")  # a JPEG


def test_a_document_is_streamed_by_the_app_on_its_owners_hosts(s3, media):
    expected = stored_bytes(s3, media.document)
    for host in ("satu.kec-a.test", "kec-a.test"):  # its own site, and its portal
        response = Client(HTTP_HOST=host).get(media.document.url)

        assert response.status_code == 200, (host, response.get("Location"))
        assert body(response) == expected


def test_another_tenants_host_gets_404(media):
    assert Client(HTTP_HOST="kec-b.test").get(media.document.url).status_code == 404


def test_a_login_restricted_document_sends_anonymous_readers_to_login(s3, media):
    response = Client(HTTP_HOST="satu.kec-a.test").get(media.private.url)

    assert response.status_code == 302
    assert "login" in response["Location"] and BUCKET not in response["Location"]

    staff = Client(HTTP_HOST="satu.kec-a.test")
    staff.force_login(media.staff)
    allowed = staff.get(media.private.url)
    assert allowed.status_code == 200
    assert body(allowed) == stored_bytes(s3, media.private)


def test_compose_applies_the_tested_policy_and_never_opens_the_whole_bucket():
    setup = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]["minio-setup"]
    command = " ".join(setup["command"])
    assert "mc anonymous set-json /policy.json local/kcms-media" in command
    assert "anonymous set download" not in command and "anonymous set public" not in command
    assert "./deploy/media-bucket-policy.json:/policy.json:ro" in setup["volumes"]
    resources = json.loads(POLICY.read_text())["Statement"][0]["Resource"]
    assert all(r.endswith(("/images/*", "/original_images/*")) for r in resources)
