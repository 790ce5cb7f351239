"""The demo's copy of the region list matches the team's reference data, where present."""

from pathlib import Path

import pytest

from tenants.demo import DEFAULT_REGIONS_FILE

SHARED_TSV = Path(__file__).resolve().parents[3] / "shared" / "data" / "wilayah_prabumulih.tsv"


@pytest.mark.skipif(not SHARED_TSV.is_file(), reason="no shared/ folder beside this checkout")
def test_shipped_region_list_is_identical_to_the_shared_reference():
    assert DEFAULT_REGIONS_FILE.read_bytes() == SHARED_TSV.read_bytes()
