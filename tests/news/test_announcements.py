"""Announcements: current ones first, ended ones marked, attachments offered, per site."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from news.demo.documents import demo_document
from news.models import AnnouncementPage
from tests.news.conftest import add_announcement

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def listed(html: str) -> list[str]:
    return re.findall(r'class="news-title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def announcements(tree):
    today = timezone.localdate()
    return {
        "old_open": add_announcement(tree.village_a1, "Jadwal tetap", today - 30 * DAY),
        "ended": add_announcement(
            tree.village_a1, "Libur lebaran", today - 10 * DAY, today - 1 * DAY
        ),
        "today": add_announcement(tree.village_a1, "Vaksinasi", today - 5 * DAY, today),
        "recent_ended": add_announcement(
            tree.village_a1, "Kerja bakti", today - 3 * DAY, today - 2 * DAY
        ),
        "other_village": add_announcement(tree.village_a2, "Pengumuman Dua", today),
    }


def test_current_announcements_come_first_then_ended_ones_each_newest_first(announcements, client):
    html = client.get("/pengumuman/", HTTP_HOST="satu.kec-a.test").text
    assert listed(html) == ["Vaksinasi", "Jadwal tetap", "Kerja bakti", "Libur lebaran"]
    assert html.count('<span class="ended">Sudah berakhir</span>') == 2
    assert "Pengumuman Dua" not in html  # another village's


def test_an_ended_announcement_says_so_on_its_page(announcements, client):
    html = client.get("/pengumuman/libur-lebaran/", HTTP_HOST="satu.kec-a.test").text
    assert "Pengumuman ini sudah berakhir." in html
    current = client.get("/pengumuman/vaksinasi/", HTTP_HOST="satu.kec-a.test").text
    assert "sudah berakhir" not in current


def test_an_announcement_is_not_served_on_another_village_host(announcements, client):
    response = client.get("/pengumuman/vaksinasi/", HTTP_HOST="dua.kec-a.test")
    assert response.status_code == 404


def test_an_attachment_is_offered_for_download_with_its_type(tree, client):
    document = demo_document("Surat Edaran Uji", tree.village_a1.collection, ("Baris satu",))
    add_announcement(tree.village_a1, "Dengan lampiran", timezone.localdate(), attachment=document)
    html = client.get("/pengumuman/dengan-lampiran/", HTTP_HOST="satu.kec-a.test").text
    assert f'href="{document.url}"' in html
    assert "Unduh lampiran: Surat Edaran Uji</a> (PDF," in html
    download = client.get(document.url, HTTP_HOST="satu.kec-a.test")
    assert b"".join(download.streaming_content).startswith(b"%PDF-1.4")


def test_an_end_date_before_the_announcement_date_is_refused(tree):
    page = AnnouncementPage(
        title="Salah tanggal",
        date=datetime.date(2026, 5, 2),
        valid_until=datetime.date(2026, 5, 1),
        body=[],
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "valid_until" in error.value.message_dict


def test_announcement_meta_description_falls_back_to_its_first_paragraph(announcements):
    page = AnnouncementPage.objects.get(pk=announcements["today"].pk)
    assert page.get_meta_description() == "Isi pengumuman Vaksinasi."
