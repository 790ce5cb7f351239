"""The read-only data API: per village, per kecamatan, scoped to the site, in the schema."""

import pytest
from drf_spectacular.generators import SchemaGenerator


def get(client, host, path):
    return client.get(f"/api/v2/{path}", HTTP_HOST=host)


def test_village_population_endpoint_returns_its_figures(client, world):
    response = get(client, "kec-a.test", f"data/{world.dua.code}/population/")
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == world.dua.code
    assert body["period"] == "2024-2"
    total = body["groups"][0]["rows"][0]
    assert (total["male"], total["female"], total["total"]) == (1500, 1480, 2980)
    assert body["missing"] == []


def test_kecamatan_population_is_aggregated_with_breakdown_and_missing(client, world):
    body = get(client, "kec-a.test", "data/16.74.04/population/?periode=2024-1").json()
    assert body["groups"][0]["rows"][0]["male"] == 990
    assert [v["code"] for v in body["villages"]] == [world.satu.code]
    assert {m["code"] for m in body["missing"]} == {world.dua.code, world.lima.code}
    assert body["available_periods"] == ["2024-2", "2024-1"]


def test_apbdes_endpoint_and_kelurahan_refusal(client, world):
    body = get(client, "kec-a.test", "data/16.74.04/apbdes/").json()
    assert body["year"] == 2024
    assert [v["code"] for v in body["villages"]] == [world.dua.code]
    assert body["villages"][0]["spending_realised"] == 654_321_000 + 480_000_000
    assert get(client, "kec-a.test", f"data/{world.satu.code}/apbdes/").status_code == 404


def test_profile_endpoint(client, world):
    body = get(client, "satu.kec-a.test", f"data/{world.satu.code}/profile/").json()
    assert body["villages"][0]["luas_km2"] == "12.500"
    assert body["villages"][0]["batas_utara"] == "Desa Dua"


@pytest.mark.parametrize(
    ("host", "code", "status"),
    [
        ("kec-a.test", "16.74.04.2008", 200),  # portal sees its villages
        ("kec-a.test", "16.74.05.2002", 404),  # not another kecamatan's
        ("kec-a.test", "16.74.05", 404),
        ("dua.kec-a.test", "16.74.04.2008", 200),  # a village sees itself
        ("dua.kec-a.test", "16.74.04.1001", 404),  # not its sibling
        ("dua.kec-a.test", "16.74.04", 404),
        ("kec-b.test", "16.74.05.2002", 200),
    ],
)
def test_api_is_scoped_to_the_requests_site(client, world, host, code, status):
    assert get(client, host, f"data/{code}/population/").status_code == status


def test_region_index_lists_only_the_scope(client, world):
    body = get(client, "kec-b.test", "data/").json()
    assert [r["code"] for r in body] == ["16.74.05", world.empat.code]
    assert body[1]["population"].endswith(f"/api/v2/data/{world.empat.code}/population/")


def test_anonymous_readers_are_allowed_and_writes_are_not(client, world):
    response = client.post(f"/api/v2/data/{world.dua.code}/population/", {}, HTTP_HOST="kec-a.test")
    assert response.status_code == 405


def test_openapi_schema_describes_the_endpoints(world):
    schema = SchemaGenerator().get_schema(request=None, public=True)
    paths = schema["paths"]
    assert "/api/v2/data/{code}/population/" in paths
    population = paths["/api/v2/data/{code}/population/"]["get"]
    ref = population["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    component = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    assert {"groups", "villages", "missing", "available_periods"} <= set(component["properties"])


def test_site_parameter_reads_another_site_like_every_endpoint(client, world):
    """``?site=`` as on the rest of /api/v2/: the portal of kecamatan B, asked on A's host."""
    body = get(client, "kec-a.test", "data/?site=kec-b.test").json()
    assert [r["code"] for r in body] == ["16.74.05", world.empat.code]
    assert body[0]["population"].startswith("http://kec-b.test/api/v2/data/")
    # A site that is not here names nothing: a 404, never the Host's site.
    unknown = get(client, "kec-a.test", "data/?site=tidak-ada.test")
    assert unknown.status_code == 404 and "message" in unknown.json()


@pytest.mark.parametrize(
    "path",
    [
        "data/?desa=1",
        "data/{dua}/population/?periode=kemarin",
        "data/{dua}/population/?tahun=2024",
        "data/{dua}/apbdes/?tahun=dua-ribu",
        "data/{dua}/apbdes/?tahun=99999",
        "data/{dua}/profile/?periode=2024",
    ],
)
def test_unknown_parameters_and_bad_values_are_a_400_with_a_message(client, world, path):
    response = get(client, "kec-a.test", path.format(dua=world.dua.code))
    assert response.status_code == 400
    assert set(response.json()) == {"message"}


def test_errors_have_the_apis_one_shape(client, world):
    missing = get(client, "kec-a.test", "data/99.99.99/population/")
    assert missing.status_code == 404 and set(missing.json()) == {"message"}
