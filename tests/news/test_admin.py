"""The editor forms of the news page types open for a superuser."""

import pytest
from django.urls import reverse

from tests.factories import UserFactory
from tests.news.conftest import announcement_index_of, news_index_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "index_of", "fields"),
    [
        ("newspage", news_index_of, ["lead_image_alt", "summary", "category", "date"]),
        ("announcementpage", announcement_index_of, ["valid_until", "attachment", "date"]),
    ],
)
def test_the_add_form_opens_with_its_fields(tree, client, model, index_of, fields):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    parent = index_of(tree.village_a1)
    url = reverse("wagtailadmin_pages:add", args=["news", model, parent.pk])
    response = client.get(url, HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    for name in fields:
        assert f'name="{name}"' in response.text
