"""Prices of local products in rupiah: how they are shown to readers."""

from django.utils.translation import gettext as _

from cms.money import format_rupiah


def price_range_display(price_min: int | None, price_max: int | None) -> str:
    """A price range as readers expect it.

    ``(25000, 40000)`` → ``"Rp25.000–Rp40.000"``; equal bounds → ``"Rp25.000"``;
    only a lower bound → ``"mulai Rp25.000"``; only an upper bound →
    ``"hingga Rp40.000"``; neither → ``"Hubungi penjual"``.
    """
    if price_min is None and price_max is None:
        return _("Hubungi penjual")
    if price_max is None:
        return _("mulai %(price)s") % {"price": format_rupiah(price_min)}
    if price_min is None:
        return _("hingga %(price)s") % {"price": format_rupiah(price_max)}
    if price_min == price_max:
        return format_rupiah(price_min)
    return f"{format_rupiah(price_min)}–{format_rupiah(price_max)}"
