"""Kecamatan staff keep Wagtail's dashboard; admins also see their quiet villages."""

import datetime

import pytest
from django.utils import timezone

from news.models import NewsPage

pytestmark = pytest.mark.django_db

VILLAGES_PANEL = 'id="desa-tanpa-berita-section"'
OPERATOR_PANEL = 'id="dasbor-aksi-cepat"'


def dashboard(login, user) -> str:
    response = login(user).get("/admin/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    return response.text


def test_kecamatan_admin_sees_only_their_own_quiet_villages(world, login):
    # Make kecamatan B's village quiet too: it must still never appear.
    NewsPage.objects.filter(pk=world.news["B1"].pk).update(
        date=timezone.localdate() - datetime.timedelta(days=90)
    )
    html = dashboard(login, world.users["kec_admin"])
    assert VILLAGES_PANEL in html and OPERATOR_PANEL not in html
    assert f'data-village="{world.village_a2.code}"' in html  # news 40 days old
    assert f'data-village="{world.village_a1.code}"' not in html  # news 3 days old
    assert "Tiga" not in html
    assert "1 dari 2 desa/kelurahan" in html


def test_kecamatan_editor_and_superuser_keep_wagtails_dashboard(world, login):
    for role in ("kec_editor", "superuser"):
        html = dashboard(login, world.users[role])
        assert VILLAGES_PANEL not in html and OPERATOR_PANEL not in html, role
