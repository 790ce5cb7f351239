"""Demo news and announcements for ``manage.py seed_demo``: Rambang Kapak Tengah only.

When ``seed_demo`` sends ``tenants.signals.demo_seeded``, the news app:

* gives every seeded tenant its "Berita" and "Pengumuman" pages (tenants
  onboarded before this app existed have none);
* writes news for Kecamatan Rambang Kapak Tengah (16.74.04) and 2–4 articles
  for each of its nine villages, each with a placeholder photo drawn into
  the tenant's own media collection;
* writes announcements for the kecamatan and a few villages, some with a
  small PDF attachment.

Every other kecamatan gets the empty index pages only. All dates are fixed,
so a rerun compares equal and writes nothing.

The texts are DEMO DATA: plausible village news, not real events; each
article ends with a note saying so.

Modules, one concern each:

* ``common``: the record types and block helpers;
* ``kecamatan_news`` and ``village_news``: the articles, as data;
* ``announcements``: the announcements, as data;
* ``documents``: draw the PDF attachments;
* ``apply``: write all of it, only where it differs.
"""
