"""The page tree's shape is code: who may live under whom."""

import pytest
from django.apps import apps
from django.conf import settings
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from tenants.models import KecamatanFolder, KecamatanHomePage, VillageHomePage, VillageIndexPage


class TestTreeRules(WagtailPageTestCase):
    """assertCanCreateAt / assertCanNotCreateAt over the tenant page types."""

    def test_folder_lives_only_under_the_root(self):
        self.assertCanCreateAt(Page, KecamatanFolder)
        self.assertCanNotCreateAt(KecamatanFolder, KecamatanFolder)
        self.assertCanNotCreateAt(KecamatanHomePage, KecamatanFolder)

    def test_folder_holds_the_portal_and_its_villages_as_siblings(self):
        self.assertCanCreateAt(KecamatanFolder, KecamatanHomePage)
        self.assertCanCreateAt(KecamatanFolder, VillageHomePage)
        self.assertAllowedSubpageTypes(KecamatanFolder, {KecamatanHomePage, VillageHomePage})

    def test_villages_are_never_nested_under_the_portal(self):
        self.assertCanNotCreateAt(KecamatanHomePage, VillageHomePage)
        self.assertCanNotCreateAt(VillageHomePage, VillageHomePage)
        self.assertCanNotCreateAt(Page, VillageHomePage)

    def test_village_directory_lives_only_under_the_portal(self):
        self.assertCanCreateAt(KecamatanHomePage, VillageIndexPage)
        self.assertCanNotCreateAt(VillageHomePage, VillageIndexPage)
        self.assertAllowedParentPageTypes(VillageIndexPage, {KecamatanHomePage})

    def test_tenant_roots_are_made_only_by_onboarding(self):
        for model in (KecamatanFolder, KecamatanHomePage, VillageHomePage):
            with self.subTest(model=model.__name__):
                self.assertFalse(model.is_creatable)


def project_page_models():
    # Every app that lives in this repository, not Wagtail's own.
    project_apps = {
        config.label
        for config in apps.get_app_configs()
        if config.path.startswith(str(settings.BASE_DIR)) and ".venv" not in config.path
    }
    return [
        m
        for m in apps.get_models()
        if issubclass(m, Page) and m is not Page and m._meta.app_label in project_apps
    ]


@pytest.mark.parametrize("model", project_page_models(), ids=lambda m: m.__name__)
def test_every_page_model_declares_its_parents_and_children(model):
    assert "parent_page_types" in vars(model), f"{model.__name__} must set parent_page_types"
    assert "subpage_types" in vars(model), f"{model.__name__} must set subpage_types"


@pytest.mark.django_db
def test_folder_is_never_served_even_if_a_site_points_at_it(tree, client):
    folder = tree.kec_a.home_page.get_parent()
    site = tree.kec_a.site
    site.root_page = folder
    site.save()
    response = client.get("/", HTTP_HOST="kec-a.test")
    assert response.status_code == 404
    response = client.get("/kecamatan-rambang-kapak-tengah/", HTTP_HOST="kec-a.test")
    assert response.status_code == 404


def test_the_page_model_list_covers_the_project_apps():
    labels = {model._meta.app_label for model in project_page_models()}
    assert {"tenants", "services"} <= labels
