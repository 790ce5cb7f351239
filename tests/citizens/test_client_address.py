"""One client address for the whole project (``cms.clientip``): behind nginx, citizens'
rate limits, the audit log and the login lockout count the client, never the proxy.
Only valid submissions count toward the submit budget; the "perbaikan" page is a lookup.
"""

import pytest
from axes.helpers import get_client_ip_address
from django.test import Client, RequestFactory

from citizens.models import Complaint, PersonalDataAccess
from cms.clientip import client_ip
from tests.citizens.conftest import (
    code_from,
    host_of,
    staff_client,
    submit_complaint,
    submit_request,
)

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"  # nginx, as the app sees it


@pytest.fixture
def behind_nginx(settings):
    """The production setting: one proxy (nginx) appends to X-Forwarded-For."""
    settings.TRUSTED_PROXY_HOPS = 1
    return settings


def via_proxy(tenant, forwarded_for: str) -> Client:
    """A citizen's browser seen through nginx: socket address = the proxy."""
    return Client(HTTP_HOST=host_of(tenant), REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for)


def test_two_citizens_behind_one_proxy_do_not_share_a_submit_budget(world, behind_nginx):
    behind_nginx.CITIZEN_RATE_LIMITS = {"submit": 2, "lookup": 60}
    first = via_proxy(world.village_a1, "203.0.113.7")
    assert [submit_complaint(world, client=first).status_code for _ in range(3)] == [302, 302, 429]

    second = via_proxy(world.village_a1, "203.0.113.8")
    assert submit_complaint(world, client=second).status_code == 302
    assert Complaint.objects.count() == 3


def test_a_forged_forwarded_for_does_not_escape_the_limit(world, behind_nginx):
    # The client writes its own X-Forwarded-For; nginx appends the real address.
    behind_nginx.CITIZEN_RATE_LIMITS = {"submit": 1, "lookup": 60}
    statuses = [
        submit_complaint(
            world, client=via_proxy(world.village_a1, f"198.51.100.{n}, 203.0.113.9")
        ).status_code
        for n in range(3)
    ]
    assert statuses == [302, 429, 429]


def test_ten_invalid_posts_do_not_block_anyone_s_valid_complaint(world, behind_nginx):
    behind_nginx.CITIZEN_RATE_LIMITS = {"submit": 10, "lookup": 60}
    clumsy = via_proxy(world.village_a1, "203.0.113.20")
    invalid = [submit_complaint(world, client=clumsy, text="").status_code for _ in range(10)]
    assert invalid == [400] * 10

    other = via_proxy(world.village_a1, "203.0.113.21")
    assert submit_complaint(world, client=other).status_code == 302
    # Mistakes do not count for the one who made them either.
    assert submit_complaint(world, client=clumsy).status_code == 302
    assert Complaint.objects.count() == 2


def test_an_invalid_request_does_not_use_up_the_budget(world, settings):
    settings.CITIZEN_RATE_LIMITS = {"submit": 1, "lookup": 60}
    client = Client(HTTP_HOST=host_of(world.village_a1), REMOTE_ADDR="10.7.7.7")

    bad = submit_request(world, client=client, nik="123")
    good = submit_request(world, client=client)
    refused = submit_request(world, client=client)

    assert bad.status_code == 400
    assert code_from(good)
    assert refused.status_code == 429


def test_the_audit_log_records_the_client_not_the_proxy(world, behind_nginx):
    code = code_from(submit_complaint(world))
    staff = staff_client(world.users["operator_a1"])
    staff.defaults.update(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="192.0.2.44")

    assert staff.get(f"/admin/warga/pengaduan/{code}/").status_code == 200

    entry = PersonalDataAccess.objects.get(complaint__code=code)
    assert entry.ip_address == "192.0.2.44"


def test_the_perbaikan_page_counts_as_a_lookup(world, settings):
    settings.CITIZEN_RATE_LIMITS = {"submit": 10, "lookup": 3}
    client = Client(HTTP_HOST=host_of(world.village_a1), REMOTE_ADDR="10.6.6.6")
    statuses = [
        client.get("/warga/lacak/ABCDEFGHJK/").status_code,
        client.get("/warga/lacak/ABCDEFGHJK/perbaikan/").status_code,
        client.get("/warga/lacak/ABCDEFGHJK/perbaikan/").status_code,
        client.get("/warga/lacak/ABCDEFGHJK/perbaikan/").status_code,
        client.post("/warga/lacak/ABCDEFGHJK/perbaikan/").status_code,
    ]
    assert statuses == [404, 404, 404, 429, 429]


def test_axes_and_the_rate_limits_read_the_same_client_address(behind_nginx):
    request = RequestFactory().get(
        "/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.5"
    )
    assert client_ip(request) == "203.0.113.5"
    assert get_client_ip_address(request) == "203.0.113.5"


@pytest.mark.parametrize(
    ("hops", "forwarded", "expected"),
    [
        (0, "203.0.113.5", PROXY),  # no trusted proxy: the header is ignored
        (1, "", PROXY),  # no header: the socket address
        (1, "unknown", PROXY),  # not an address: never stored or counted as one
        (2, "198.51.100.1, 203.0.113.5", "198.51.100.1"),  # load balancer + nginx
        (2, "203.0.113.5", "203.0.113.5"),  # fewer hops than proxies: the outermost
        (1, "2001:DB8::1", "2001:db8::1"),
    ],
)
def test_client_ip_trusts_exactly_the_configured_proxy_hops(settings, hops, forwarded, expected):
    settings.TRUSTED_PROXY_HOPS = hops
    meta = {"REMOTE_ADDR": PROXY}
    if forwarded:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    assert client_ip(RequestFactory().get("/", **meta)) == expected
