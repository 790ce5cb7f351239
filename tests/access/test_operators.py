"""Kecamatan admins manage their villages' operator accounts, and nobody else's."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import WorkflowState

from tests.access.conftest import PASSWORD
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HOST = {"HTTP_HOST": "kec-a.test"}
NEW_PASSWORD = "sandi-baru-desa-2026"


@pytest.fixture
def as_kec_admin(world, client):
    client.force_login(world.users["kec_admin"])
    return client


def operators_url(village, suffix=""):
    return f"/admin/wilayah/{village.pk}/operator/{suffix}"


def test_village_list_links_to_each_villages_operator_accounts(world, as_kec_admin):
    html = as_kec_admin.get("/admin/wilayah/", **HOST).text
    assert operators_url(world.village_a1) in html
    assert operators_url(world.village_b1) not in html


def test_kecamatan_admin_sees_the_villages_operators(world, as_kec_admin):
    response = as_kec_admin.get(operators_url(world.village_a1), **HOST)
    assert response.status_code == 200
    assert "operator.satu" in response.text
    assert "editor.a" not in response.text


def test_kecamatan_admin_creates_an_operator_who_can_edit_only_that_village(world, as_kec_admin):
    response = as_kec_admin.post(
        operators_url(world.village_a1, "tambah/"),
        {
            "username": "Operator.Satu2",
            "first_name": "Siti",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
        },
        **HOST,
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(username="operator.satu2")
    assert list(user.groups.all()) == [world.village_a1.editor_group]
    assert user.check_password(NEW_PASSWORD)
    assert not user.is_staff and not user.is_superuser


def test_a_short_password_is_refused_in_indonesian(world, as_kec_admin):
    response = as_kec_admin.post(
        operators_url(world.village_a1, "tambah/"),
        {"username": "pendek", "first_name": "A", "password1": "k9x!q2", "password2": "k9x!q2"},
        **HOST,
    )
    assert response.status_code == 200
    assert "10 karakter" in response.text
    assert not get_user_model().objects.filter(username="pendek").exists()


def fresh(user):
    """A new copy of a world user, so changes made here never touch the shared object."""
    return get_user_model().objects.get(pk=user.pk)


def test_kecamatan_admin_deactivates_and_reactivates_an_operator(world, as_kec_admin):
    operator = fresh(world.users["operator"])
    url = operators_url(world.village_a1, f"{operator.pk}/aktif/")
    assert as_kec_admin.post(url, {"active": "0"}, **HOST).status_code == 302
    operator.refresh_from_db()
    assert operator.is_active is False
    as_kec_admin.post(url, {"active": "1"}, **HOST)
    operator.refresh_from_db()
    assert operator.is_active is True


def test_kecamatan_admin_resets_an_operators_password(world, as_kec_admin):
    operator = fresh(world.users["operator"])
    response = as_kec_admin.post(
        operators_url(world.village_a1, f"{operator.pk}/sandi/"),
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        **HOST,
    )
    assert response.status_code == 302
    operator.refresh_from_db()
    assert operator.check_password(NEW_PASSWORD)
    assert not operator.check_password(PASSWORD)


def test_the_password_reset_form_opens_for_the_operator_and_a_mismatch_keeps_it(
    world, as_kec_admin
):
    operator = fresh(world.users["operator"])
    url = operators_url(world.village_a1, f"{operator.pk}/sandi/")

    form = as_kec_admin.get(url, **HOST)
    mismatch = as_kec_admin.post(
        url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD + "x"}, **HOST
    )

    assert form.status_code == 200
    assert "operator.satu" in form.text and 'name="password1"' in form.text
    assert f'action="/admin/wilayah/{world.village_a1.pk}/operator/{operator.pk}/sandi/"' in (
        form.text
    )
    assert mismatch.status_code == 200 and "Kedua kata sandi tidak sama" in mismatch.text
    operator.refresh_from_db()
    assert operator.check_password(PASSWORD)


def test_the_password_reset_form_of_an_operator_out_of_reach_is_not_found(world, as_kec_admin):
    operator = world.users["operator"]
    assert (
        as_kec_admin.get(operators_url(world.village_a2, f"{operator.pk}/sandi/"), **HOST)
    ).status_code == 404


def test_another_kecamatans_village_is_not_found(world, as_kec_admin):
    other = fresh(world.users["other_operator"])
    assert as_kec_admin.get(operators_url(world.village_b1), **HOST).status_code == 404
    response = as_kec_admin.post(
        operators_url(world.village_b1, f"{other.pk}/aktif/"), {"active": "0"}, **HOST
    )
    assert response.status_code == 404
    other.refresh_from_db()
    assert other.is_active


def test_an_operator_of_another_village_cannot_be_reached_through_this_village(world, as_kec_admin):
    # operator.satu belongs to village A1, not A2: the A2 URL must not reach them.
    operator = world.users["operator"]
    response = as_kec_admin.post(
        operators_url(world.village_a2, f"{operator.pk}/sandi/"),
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        **HOST,
    )
    assert response.status_code == 404


def test_staff_in_an_operator_group_are_not_manageable(world, as_kec_admin):
    camat = UserFactory(
        username="camat.lain", groups=[world.village_a1.editor_group, world.kec_a.editor_group]
    )
    assert "camat.lain" not in as_kec_admin.get(operators_url(world.village_a1), **HOST).text
    response = as_kec_admin.post(
        operators_url(world.village_a1, f"{camat.pk}/sandi/"),
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        **HOST,
    )
    assert response.status_code == 404
    camat.refresh_from_db()
    assert not camat.check_password(NEW_PASSWORD)


@pytest.mark.parametrize("role", ["operator", "kec_editor", "other_operator"])
def test_only_kecamatan_admins_open_the_operator_screens(world, client, role):
    client.force_login(world.users[role])
    response = client.get(operators_url(world.village_a1), **HOST)
    assert response.status_code in (403, 404)


def test_moderation_switch_makes_operators_submit_and_kecamatan_admins_approve(world, as_kec_admin):
    village = world.village_a1
    url = f"/admin/wilayah/{village.pk}/persetujuan/"
    assert as_kec_admin.post(url, {"enabled": "1"}, **HOST).status_code == 302
    page = world.objects["A1"].page.specific
    operator = fresh(world.users["operator"])
    perms = page.permissions_for_user(operator)
    assert not perms.can_publish()
    assert perms.can_submit_for_moderation()
    assert page.get_workflow().name.startswith("Persetujuan Kecamatan Rambang Kapak Tengah")
    admin_perms = page.permissions_for_user(fresh(world.users["kec_admin"]))
    assert admin_perms.can_publish()

    # A submission waits for the kecamatan admin group's approval task.
    state = page.get_workflow().start(page, operator)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task = state.current_task_state.task.specific
    assert list(task.groups.all()) == [world.kec_a.admin_group]

    assert as_kec_admin.post(url, {"enabled": "0"}, **HOST).status_code == 302
    assert page.permissions_for_user(fresh(world.users["operator"])).can_publish()
