"""New pages start filled in where a default fits: dates, categories, a profile outline."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from events.models import EventPage
from gallery.models import GalleryPage
from news.models import AnnouncementPage, NewsCategory, NewsPage
from profiles.models import ProfilePage
from profiles.models.profile import STARTING_HISTORY
from tests.factories import UserFactory

# A new page looks up its default locale, so even unsaved pages touch the database.
pytestmark = pytest.mark.django_db


def test_dated_pages_default_to_today():
    today = timezone.localdate()
    assert NewsPage().date == today
    assert AnnouncementPage().date == today
    assert GalleryPage().date == today


def test_news_defaults_to_the_general_category():
    assert NewsPage().category == NewsCategory.UMUM


def test_an_event_defaults_to_tomorrow_morning():
    start = timezone.localtime(EventPage().start)
    assert start.date() == timezone.localdate() + datetime.timedelta(days=1)
    assert (start.hour, start.minute) == (8, 0)


def test_a_new_profile_page_starts_from_an_outline_that_must_be_completed(tree, client):
    client.force_login(UserFactory(username="operator.satu", groups=[tree.village_a1.editor_group]))
    home = tree.village_a1.home_page
    ProfilePage.objects.child_of(home).delete()  # the onboarding may have made one
    url = reverse("wagtailadmin_pages:add", args=["profiles", "profilepage", home.pk])
    response = client.get(url, HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    assert "Asal-usul nama" in response.content.decode()

    page = ProfilePage(title="Profil", slug="profil", history=str(STARTING_HISTORY))
    with pytest.raises(ValidationError) as error:
        home.add_child(instance=page)  # live by default: publishing checks run
    assert "kurung siku" in error.value.message_dict["history"][0]

    page = ProfilePage(
        title="Profil",
        slug="profil",
        history="<p><b>Asal-usul nama:</b> Dari nama sungai di tepi desa.</p>",
    )
    home.add_child(instance=page)
    assert ProfilePage.objects.live().child_of(home).exists()
