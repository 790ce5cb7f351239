"""A tenant world built once per module: roles, and one object of each kind per owner.

``world`` onboards two kecamatan with two villages each (the same shape as
the ``tree`` fixture), then gives kecamatan A's portal ("K") and its first
village ("A1") one object of every kind, and creates one user per role.
Each role also gets a news page of its own (``role_pages``), the page whose
form it posts foreign ids into. It runs inside a transaction that stays
open for the module and is rolled back after its last test, like
``seeded`` in ``tests/conftest.py``.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect

from cms.demo_images import demo_image
from news.demo.documents import demo_document
from news.models import NewsPage
from notices.models import Notice
from tests.citizens.conftest import make_case
from tests.demo_seed import rolled_back
from tests.factories import KecamatanFactory, UserFactory, VillageFactory
from tests.news.conftest import add_news, news_index_of

PASSWORD = "kata-sandi-uji-123"


def build_tree() -> SimpleNamespace:
    """Two kecamatan with two villages each (hostnames as in the ``tree`` fixture)."""
    t = SimpleNamespace()
    t.kec_a = KecamatanFactory(
        code="16.74.04", name="Rambang Kapak Tengah", hostname="kec-a.test", make_default=True
    )
    t.village_a1 = VillageFactory(kecamatan=t.kec_a, serial=1001, name="Satu")
    t.village_a2 = VillageFactory(kecamatan=t.kec_a, serial=2008, name="Dua")
    t.kec_b = KecamatanFactory(code="16.74.05", name="Rambang Kapak Hilir", hostname="kec-b.test")
    t.village_b1 = VillageFactory(kecamatan=t.kec_b, serial=1001, name="Tiga")
    t.village_b2 = VillageFactory(kecamatan=t.kec_b, serial=2002, name="Empat")
    return t


def build_role_pages(t) -> dict:
    """A news page per role, inside its own reach (the other kecamatan's operator: B1)."""
    homes = {
        "superuser": t.kec_b,
        "kec_admin": t.village_a2,
        "kec_editor": t.kec_a,
        "operator": t.village_a1,
        "other_operator": t.village_b1,
    }
    today = timezone.localdate()
    return {role: add_news(tenant, f"Tulisan {role}", today) for role, tenant in homes.items()}


def build_users(t) -> dict:
    """One user per role, keyed by role name (as used in the matrix)."""
    User = get_user_model()
    return {
        "superuser": User.objects.create_superuser("super", "super@example.test", PASSWORD),
        "kec_admin": UserFactory(username="admin.a", groups=[t.kec_a.admin_group]),
        "kec_editor": UserFactory(username="editor.a", groups=[t.kec_a.editor_group]),
        "operator": UserFactory(username="operator.satu", groups=[t.village_a1.editor_group]),
        "other_operator": UserFactory(username="operator.tiga", groups=[t.village_b1.editor_group]),
    }


def build_objects(tenant, owner_user, label: str) -> SimpleNamespace:
    """One object of every kind for ``tenant``; titles carry ``label`` to be found in listings."""
    o = SimpleNamespace(tenant=tenant)
    today = timezone.localdate()
    o.page = add_news(tenant, f"Berita {label}", today, owner=owner_user)
    o.page.title = f"Berita {label} (revisi)"
    o.page.save_revision(user=owner_user)  # a second revision, to compare
    o.revisions = list(o.page.revisions.order_by("pk").values_list("pk", flat=True))
    o.draft = NewsPage(
        title=f"Draf {label}",
        slug=f"draf-{label.lower()}",
        date=today,
        category="pemerintahan",
        summary="Ringkasan draf.",
        live=False,
        owner=owner_user,
    )
    news_index_of(tenant).add_child(instance=o.draft)
    o.draft.save_revision(user=owner_user)
    o.image = demo_image(f"Gambar {label}", tenant.collection, size=(40, 30))
    o.document = demo_document(f"Dokumen {label}", tenant.collection, ("Isi dokumen.",))
    # Tags named after their owner, to be found (or not) by the tag autocomplete.
    o.image_tag, o.document_tag = f"tanda-gambar-{label.lower()}", f"tanda-dokumen-{label.lower()}"
    o.image.tags.add(o.image_tag)
    o.document.tags.add(o.document_tag)
    o.notice = Notice.objects.create(
        site=tenant.site,
        title=f"Pemberitahuan {label}",
        text="Isi singkat.",
        valid_from=today,
        valid_until=today + datetime.timedelta(days=3),
    )
    o.redirect = Redirect.objects.create(
        old_path=f"/lama-{label.lower()}", site=tenant.site, redirect_link="https://example.test/"
    )
    # Citizens' cases handled by this tenant, each with one private file.
    o.complaint = make_case(tenant, label)
    o.service_request = make_case(tenant, label, kind="request")
    return o


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The tree, the role users and objects owned by portal K and village A1."""
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            t = build_tree()
            t.users = build_users(t)
            t.role_pages = build_role_pages(t)
            t.objects = {
                "K": build_objects(t.kec_a, t.users["kec_editor"], "K"),
                "A1": build_objects(t.village_a1, t.users["operator"], "A1"),
            }
        yield t
