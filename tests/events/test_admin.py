"""Editors can open the agenda's forms, and the form refuses an end before the start."""

import pytest
from django.contrib.auth import get_user_model

from events.models import EventPage
from tests.events.conftest import agenda_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.test", "x")
    client.force_login(user)
    return client


def test_add_event_form_opens_and_refuses_an_end_before_the_start(tree, admin_client):
    agenda = agenda_of(tree.village_a1)
    url = f"/admin/pages/add/events/eventpage/{agenda.pk}/"
    assert admin_client.get(url, HTTP_HOST="kec-a.test").status_code == 200
    form = {
        "title": "Rapat warga",
        "slug": "rapat-warga",
        "start": "2026-12-05 10:00",
        "end": "2026-12-05 09:00",
        "location": "Balai desa",
        "summary": "Rapat warga RT 01.",
        "body-count": "0",
        "organiser": "",
        "map_url": "",
        "action-publish": "action-publish",  # drafts defer validation
    }
    response = admin_client.post(url, form, HTTP_HOST="kec-a.test")
    assert response.status_code == 200  # the form again, with the error
    assert "Waktu selesai tidak boleh sebelum waktu mulai" in response.text
    assert not EventPage.objects.child_of(agenda).exists()
    form["end"] = "2026-12-05 12:00"
    response = admin_client.post(url, form, HTTP_HOST="kec-a.test")
    assert response.status_code == 302
    assert EventPage.objects.child_of(agenda).get().title == "Rapat warga"
