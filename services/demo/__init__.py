"""Demo PATEN services for ``manage.py seed_demo``: Kecamatan Rambang Kapak Tengah only.

When ``seed_demo`` sends ``tenants.signals.demo_seeded``, the services app
fills in Rambang Kapak Tengah (16.74.04):

* about 16 services in the kecamatan's shared catalogue, each with the six
  public components of its standard and the eight internal ones;
* the signatory of its maklumat pelayanan (the camat named in its site profile);
* local notes on Desa Karangan's service index.

Every other kecamatan and village is left as onboarding made it.

The texts are DEMO DATA: they follow the requirements, procedures, times and
fees that real kecamatan and kelurahan typically publish (see
``shared/data/layanan-referensi.md``), but they are not an official decree or
the standard of any real office.

Modules, one concern each:

* ``common``: block helpers and the texts many services share;
* ``desa_services``, ``keduanya_services`` and ``kecamatan_services``: the
  services, as data, by where they are handled;
* ``catalogue``: the full list, the maklumat and the local notes;
* ``apply``: write all of it, only where it differs.
"""
