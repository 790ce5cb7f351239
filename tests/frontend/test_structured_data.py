"""Structured data read from what editors type: office hours and map links.

The contact page's ``GovernmentOffice`` must say only what the page says:
hours it cannot read whole, and map links without coordinates, give nothing.
"""

import pytest

from profiles.jsonld import coordinates, opening_hours


def test_office_hours_as_the_profile_writes_them_become_opening_hours():
    assert opening_hours("Senin–Kamis 08.00–15.30, Jumat 08.00–11.30 WIB") == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["Monday", "Tuesday", "Wednesday", "Thursday"],
            "opens": "08:00",
            "closes": "15:30",
        },
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["Friday"],
            "opens": "08:00",
            "closes": "11:30",
        },
    ]


@pytest.mark.parametrize(
    "text, days, opens, closes",
    [
        ("Senin-Jumat 08:00-14:00", 5, "08:00", "14:00"),
        ("Sabtu: 8.00 s.d. 12.00 WITA", 1, "08:00", "12:00"),
        ("Senin sampai Kamis pukul 07.30 - 16.00", 4, "07:30", "16:00"),
    ],
)
def test_common_ways_of_writing_hours_are_understood(text, days, opens, closes):
    [spec] = opening_hours(text)
    assert (len(spec["dayOfWeek"]), spec["opens"], spec["closes"]) == (days, opens, closes)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Setiap hari kerja",
        "Senin-Kamis 08.00-15.30, kecuali hari libur nasional",
        "Jumat-Senin 08.00-12.00",  # a range backwards is a typo, not a week
        "Senin 25.00-26.00",
    ],
)
def test_hours_that_cannot_be_read_whole_give_nothing(text):
    assert opening_hours(text) == []


@pytest.mark.parametrize(
    "url, point",
    [
        (
            "https://www.openstreetmap.org/?mlat=-3.4305&mlon=104.2312#map=17/-3.4305/104.2312",
            (-3.4305, 104.2312),
        ),
        ("https://www.openstreetmap.org/#map=17/-3.43/104.23", (-3.43, 104.23)),
        (
            "https://www.google.com/maps/place/Kantor+Camat/@-3.4305,104.2312,17z",
            (-3.4305, 104.2312),
        ),
        ("https://maps.google.com/?q=-3.4305,104.2312", (-3.4305, 104.2312)),
    ],
)
def test_coordinates_in_a_map_link_are_read(url, point):
    assert coordinates(url) == point


@pytest.mark.parametrize(
    "url",
    [
        "",
        "https://www.openstreetmap.org/search?query=Karangan%2C%20Prabumulih",
        "https://maps.app.goo.gl/AbCdEf123",
        "https://maps.google.com/?q=Kantor+Camat+Rambang+Kapak+Tengah",
        "https://www.openstreetmap.org/?mlat=123&mlon=104",  # not a latitude
    ],
)
def test_a_map_link_without_coordinates_gives_no_geo(url):
    assert coordinates(url) is None
