"""A village operator's world, built once per module and rolled back after it.

Kecamatan A has two villages: "Satu" publishes directly, "Dua" has
*perlu persetujuan kecamatan* on, so its operator can only submit. Each
village has a news article, an announcement, an album, an image, a
document, a complaint and an online request.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from cms.demo_images import demo_image
from news.demo.documents import demo_document
from tenants.moderation import set_moderation
from tests.citizens.conftest import make_case
from tests.conftest import build_tree
from tests.demo_seed import rolled_back
from tests.factories import UserFactory
from tests.gallery.conftest import make_album
from tests.news.conftest import add_announcement, add_news


def _village_content(tenant, label: str) -> SimpleNamespace:
    today = timezone.localdate()
    return SimpleNamespace(
        news=add_news(tenant, f"Kerja bakti {label}", today, photo=True),
        announcement=add_announcement(
            tenant, f"Jadwal posyandu {label}", today, today + datetime.timedelta(days=7)
        ),
        album=make_album(tenant, f"Lomba desa {label}", today),
        image=demo_image(f"Balai desa {label}", tenant.collection, size=(40, 30)),
        document=demo_document(f"Perdes APBDes {label}", tenant.collection, ("Isi perdes.",)),
        complaint=make_case(tenant, label),
        request=make_case(tenant, label, kind="request"),
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The tree, an operator per village of kecamatan A, and their content."""
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            t = build_tree()
            t.operator = UserFactory(username="operator.satu", groups=[t.village_a1.editor_group])
            t.moderated_operator = UserFactory(
                username="operator.dua", groups=[t.village_a2.editor_group]
            )
            t.satu = _village_content(t.village_a1, "Satu")
            t.dua = _village_content(t.village_a2, "Dua")
            t.other = _village_content(t.village_b1, "Tiga")
            set_moderation(t.village_a2, True)
        yield t
