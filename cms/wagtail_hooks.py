"""Wagtail hooks of the core: the ``pad`` image operation for share cards and icons."""

from wagtail import hooks

from cms.image_operations import PadOperation


@hooks.register("register_image_operations")
def register_pad_operation():
    """Make ``pad-<W>x<H>[-<rrggbb>]`` usable in rendition filter specs."""
    return [("pad", PadOperation)]
