"""Headless preview: a short-lived token shows a draft; nothing else does."""

import pytest
from django.core import signing
from django.test import override_settings
from django.urls import reverse

from api.preview import issue_token
from tests.api.conftest import SECRET
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HOST = "satu.kec-a.test"


def test_a_token_shows_the_draft_it_names(world, client):
    token = issue_token(world.changed.get_latest_revision())
    response = client.get(f"/api/v2/preview/?token={token}", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert response.json()["title"] == f"Perubahan {SECRET}"
    assert "private" in response["Cache-Control"]

    draft = client.get(
        f"/api/v2/preview/?token={issue_token(world.draft.get_latest_revision())}",
        HTTP_HOST=HOST,
    )
    assert draft.json()["id"] == world.draft.pk


def test_without_a_valid_token_no_draft_is_served(world, client):
    assert client.get("/api/v2/preview/", HTTP_HOST=HOST).status_code == 400
    forged = signing.dumps({"page": world.draft.pk, "revision": 1}, salt="another-salt")
    assert client.get(f"/api/v2/preview/?token={forged}", HTTP_HOST=HOST).status_code == 403
    token = issue_token(world.draft.get_latest_revision())
    with override_settings(API_PREVIEW_TOKEN_SECONDS=-1):
        expired = client.get(f"/api/v2/preview/?token={token}", HTTP_HOST=HOST)
    assert expired.status_code == 403
    assert "expired" in expired.json()["message"]


def _operator_of(tenant):
    return UserFactory(groups=[tenant.editor_group])


@override_settings(API_PREVIEW_URL="https://app.example.id/pratinjau?token={token}")
def test_the_admin_issues_tokens_to_editors_of_the_page_only(world, client):
    url = reverse("api_headless_preview", args=[world.draft.pk])
    client.force_login(_operator_of(world.tree.village_a1))
    response = client.get(url, HTTP_HOST="kec-a.test")
    assert response.status_code == 302
    token = response["Location"].split("token=", 1)[1]
    preview = client.get(f"/api/v2/preview/?token={token}", HTTP_HOST=HOST)
    assert preview.json()["id"] == world.draft.pk

    # An operator of the neighbouring village may not preview Satu's draft.
    client.force_login(_operator_of(world.tree.village_a2))
    refused = client.get(url, HTTP_HOST="kec-a.test")
    assert refused.status_code == 403 or "app.example.id" not in refused.get("Location", "")


def test_without_a_frontend_the_admin_shows_the_api_address(world, client):
    client.force_login(_operator_of(world.tree.village_a1))
    response = client.get(
        reverse("api_headless_preview", args=[world.draft.pk]), HTTP_HOST="kec-a.test"
    )
    assert response.status_code == 200
    assert "http://satu.kec-a.test/api/v2/preview/?token=" in response.content.decode()


def test_the_page_header_offers_the_preview_link_to_editors(world, client):
    client.force_login(_operator_of(world.tree.village_a1))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[world.draft.pk]), HTTP_HOST=HOST)
    assert edit.status_code == 200
    assert reverse("api_headless_preview", args=[world.draft.pk]) in edit.content.decode()
