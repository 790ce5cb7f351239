"""The workflow reports' filters name only the reader's own workflows, tasks and submitters.

The report rows were already limited to pages the user may edit; the filter
choices beside them listed every workflow and task of the install and every
user who ever submitted a change (another kecamatan's name, another
tenant's operator usernames).
"""

import pytest

from tenants.moderation import set_moderation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REPORTS = ("/admin/reports/workflow/", "/admin/reports/workflow_tasks/")


@pytest.fixture
def submissions(tree):
    """A change waiting for approval in kecamatan A's village Dua and in B's village Tiga."""
    submitted = {}
    for village, username in (
        (tree.village_a2, "operator.kirim.a"),
        (tree.village_b1, "rahasia.b"),
    ):
        set_moderation(village, True)
        operator = UserFactory(username=username, groups=[village.editor_group])
        home = village.home_page.specific
        home.save_revision(user=operator)
        home.get_workflow().start(home, operator)
        submitted[village.kecamatan.code] = operator
    return submitted


@pytest.mark.parametrize("url", REPORTS)
def test_a_camat_sees_only_their_own_workflows_and_submitters(tree, client, submissions, url):
    camat = UserFactory(groups=[tree.kec_a.admin_group])
    client.force_login(camat)
    response = client.get(url, HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    html = response.text
    assert "Rambang Kapak Tengah" in html  # its own workflow, in the filter and the rows
    assert "Rambang Kapak Hilir" not in html  # kecamatan B's workflow and task
    assert "rahasia.b" not in html  # kecamatan B's operator
    if url.endswith("/workflow/"):
        assert "operator.kirim.a" in html  # its own submitter is still a choice


def test_the_superuser_still_filters_over_everything(tree, client, submissions):
    client.force_login(UserFactory(is_superuser=True))
    html = client.get(REPORTS[0], HTTP_HOST="kec-a.test").text
    assert "Rambang Kapak Hilir" in html and "rahasia.b" in html
