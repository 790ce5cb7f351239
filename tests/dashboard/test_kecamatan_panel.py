"""Kecamatan staff keep Wagtail's dashboard; admins also see a summary of "Pantauan desa":
their villages with late cases, without data and without news for 30 days."""

import datetime

import pytest
from django.utils import timezone

from news.models import NewsPage

pytestmark = pytest.mark.django_db

VILLAGES_PANEL = 'id="pantauan-desa-section"'
OPERATOR_PANEL = 'id="dasbor-aksi-cepat"'


def dashboard(login, user) -> str:
    response = login(user).get("/admin/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    return response.text


def summary_item(html: str, key: str) -> str:
    return html.split(f'data-summary="{key}"', 1)[1].split("</li>", 1)[0]


def test_kecamatan_admin_sees_only_their_own_quiet_villages(world, login):
    # Make kecamatan B's village quiet too: it must still never appear.
    NewsPage.objects.filter(pk=world.news["B1"].pk).update(
        date=timezone.localdate() - datetime.timedelta(days=90)
    )
    html = dashboard(login, world.users["kec_admin"])
    assert VILLAGES_PANEL in html and OPERATOR_PANEL not in html
    quiet = summary_item(html, "tanpa-berita")
    assert f'data-village="{world.village_a2.code}"' in quiet  # news 40 days old
    assert f'data-village="{world.village_a1.code}"' not in quiet  # news 3 days old
    assert "Tiga" not in html
    assert "<strong data-count>1</strong> dari 2 desa/kelurahan" in quiet
    assert 'href="/admin/pantauan-desa/?urut=berita"' in quiet


def test_the_summary_counts_villages_with_late_cases_and_without_data(world, login):
    from citizens.models import Complaint
    from villagedata.models import PushKind, PushStatus

    Complaint.objects.filter(tenant=world.village_a1).update(
        created_at=timezone.now() - datetime.timedelta(days=20)
    )
    Complaint.objects.filter(tenant=world.village_b1).update(
        created_at=timezone.now() - datetime.timedelta(days=20)
    )
    PushStatus.record(world.village_a2, PushKind.POPULATION_REPORTS, True, "Diterima.")
    html = dashboard(login, world.users["kec_admin"])
    late = summary_item(html, "terlambat")
    assert "<strong data-count>1</strong> dari 2" in late
    assert f'data-village="{world.village_a1.code}"' in late
    no_data = summary_item(html, "tanpa-data")
    assert f'data-village="{world.village_a1.code}"' in no_data  # never sent any
    assert f'data-village="{world.village_a2.code}"' not in no_data  # pushed just now
    assert "Tiga" not in html


def test_kecamatan_editor_and_superuser_keep_wagtails_dashboard(world, login):
    for role in ("kec_editor", "superuser"):
        html = dashboard(login, world.users[role])
        assert VILLAGES_PANEL not in html and OPERATOR_PANEL not in html, role
