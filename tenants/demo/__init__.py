"""Demo data for ``manage.py seed_demo``: the whole of Kota Prabumulih.

What the demo builds, and from where:

* ``wilayah_prabumulih.tsv`` (beside this module) lists the 6 kecamatan and
  45 kelurahan/desa of Kota Prabumulih (16.74) with their official
  Kemendagri codes and names. It is a copy of ``shared/data/wilayah_prabumulih.tsv``.
  Source: github.com/cahyadsn/wilayah at commit b7ad440, ``db/wilayah.sql``
  (MIT licence), following Kepmendagri 300.2.2-2138/2025 as amended by
  300.2.2-2430/2025; postal codes from github.com/cahyadsn/wilayah_kodepos
  (MIT); the ``kode_bps_emsifa`` cross-reference column from
  github.com/emsifa/api-wilayah-indonesia.
* Region names and codes are real. Everything else written by the demo is
  DEMO DATA: the leader names, phone/WhatsApp numbers, e-mail addresses
  (under the reserved ``.example`` domain), population figures and
  descriptions in ``content.py`` are plausible inventions, not official
  facts, and every richly seeded page ends with a note saying so.

Modules, one concern each:

* ``tree``: read the region file and onboard its tenants at demo hostnames;
* ``content``: the texts for Rambang Kapak Tengah and its villages, as data;
* ``wanted``: what each tenant's pages and site profile should contain;
* ``apply``: write that content, only where it differs;
* ``users``: the demo accounts.
"""

from pathlib import Path

# The region list shipped with the code, so the demo does not depend on a
# checkout of shared/ sitting beside the repository.
DEFAULT_REGIONS_FILE = Path(__file__).resolve().parent / "wilayah_prabumulih.tsv"

# Kecamatan Rambang Kapak Tengah: the richly seeded kecamatan and default site.
RKT_CODE = "16.74.04"
