"""The admin forms of the regulations and profile pages build, and the JDIH rules show there."""

import pytest

from profiles.models import ContactPage, ProfilePage
from tests.factories import UserFactory
from tests.regulations.conftest import index_of, make_file

pytestmark = pytest.mark.django_db

HOST = "satu.kec-a.test"


@pytest.fixture
def admin_client(client, documents):
    client.force_login(UserFactory(username="admin-uji", is_superuser=True, is_staff=True))
    return client


def test_add_and_edit_forms_of_every_page_type_render(admin_client, documents):
    index = index_of(documents.village_a1)
    home = documents.village_a1.home_page
    profile = ProfilePage.objects.child_of(home).get()
    contact = ContactPage.objects.child_of(home).get()
    for path in [
        f"/admin/pages/add/regulations/legaldocumentpage/{index.pk}/",
        f"/admin/pages/{index.pk}/edit/",
        f"/admin/pages/{index.get_children().first().pk}/edit/",
        f"/admin/pages/{profile.pk}/edit/",
        f"/admin/pages/{contact.pk}/edit/",
    ]:
        response = admin_client.get(path, HTTP_HOST=HOST)
        assert response.status_code == 200, path


def test_publishing_a_document_enacted_before_it_was_set_shows_the_error(admin_client, documents):
    index = index_of(documents.village_a1)
    file = make_file(documents.village_a1, "Berkas admin")
    data = {
        "title": "Peraturan Desa Satu Nomor 9 Tahun 2026",
        "slug": "perdes-9-2026",
        "kind": "peraturan_desa",
        "number": "9",
        "year": "2026",
        "subject": "Uji",
        "date_set": "2026-03-10",
        "date_enacted": "2026-03-09",
        "place": "Satu",
        "status": "berlaku",
        "language": "Indonesia",
        "document": str(file.pk),
        "action-publish": "action-publish",
    }
    path = f"/admin/pages/add/regulations/legaldocumentpage/{index.pk}/"
    response = admin_client.post(path, data, HTTP_HOST=HOST)
    assert response.status_code == 200  # the form again, with the error
    assert "Tanggal diundangkan tidak boleh sebelum tanggal ditetapkan" in response.content.decode()
    assert not index.get_children().filter(slug="perdes-9-2026").exists()

    data["date_enacted"] = "2026-03-10"
    response = admin_client.post(path, data, HTTP_HOST=HOST)
    assert response.status_code == 302
    assert index.get_children().live().filter(slug="perdes-9-2026").exists()
