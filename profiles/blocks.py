"""Blocks of the profile page: the mission (misi) as an ordered list of points."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class MissionItemBlock(blocks.TextBlock):
    """One point of the mission, shown as one item of a numbered list."""

    class Meta:
        icon = "list-ol"
        label = _("Butir misi")
        template = "profiles/blocks/mission_item_block.html"
        help_text = _("Satu butir misi. Contoh: Meningkatkan mutu pelayanan administrasi warga.")
        preview_value = "Meningkatkan mutu pelayanan administrasi warga."


class MissionStreamBlock(blocks.StreamBlock):
    """The mission: points in the order the operator puts them."""

    item = MissionItemBlock()

    class Meta:
        icon = "list-ol"
        label = _("Misi")
