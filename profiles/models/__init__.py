"""Profile and contact pages of every kecamatan and village site.

* ``ProfilePage``: welcome, history, vision and mission, officials
  (``Official``) and the organisation chart.
* ``ContactPage``: the office's contact details from the site's profile,
  plus extra contacts (``ExtraContact``).
"""

from profiles.models.contact import ContactPage, ExtraContact, social_links
from profiles.models.profile import Official, ProfilePage

__all__ = ["ContactPage", "ExtraContact", "Official", "ProfilePage", "social_links"]
