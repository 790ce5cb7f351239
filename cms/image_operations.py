"""The ``pad`` image operation: a whole logo on a canvas of a given size.

Wagtail's ``fill`` crops to the target shape, which cuts the top and bottom
off a square logo made into a 1200×630 share card, and its ``max`` does not
give a fixed size. ``pad-1200x630`` scales the image to fit inside the size
with a margin and centres it on a canvas of exactly that size, white unless
a colour is given (``pad-180x180-1b5e20``). Used for the site's share card and
its icons, made from the logo in the site's profile (``cms.templatetags.seo``).
"""

from PIL import Image as PILImage
from wagtail.images.image_operations import FilterOperation
from wagtail.images.utils import parse_color_string
from willow.plugins.pillow import PillowImage

# Share the canvas with some air around the logo, as app icons and cards do.
MARGIN = 0.1


class PadOperation(FilterOperation):
    """``pad-<W>x<H>[-<rrggbb>]``: the image, scaled to fit, centred on a W×H canvas."""

    def construct(self, size, colour="ffffff"):
        width, height = (int(part) for part in size.split("x"))
        if not (0 < width <= 4000 and 0 < height <= 4000):
            raise ValueError("pad size must be between 1 and 4000 pixels")
        self.width, self.height = width, height
        self.colour = parse_color_string(colour)

    def run(self, willow, image, env):
        source = willow.image if isinstance(willow, PillowImage) else None
        if source is None:  # another backend (e.g. Wand): leave the image as it is
            return willow
        source = source.convert("RGBA")
        box_w = max(1, round(self.width * (1 - 2 * MARGIN)))
        box_h = max(1, round(self.height * (1 - 2 * MARGIN)))
        scale = min(box_w / source.width, box_h / source.height)
        size = (max(1, round(source.width * scale)), max(1, round(source.height * scale)))
        logo = source.resize(size, PILImage.Resampling.LANCZOS)
        canvas = PILImage.new("RGBA", (self.width, self.height), (*self.colour, 255))
        canvas.alpha_composite(logo, ((self.width - size[0]) // 2, (self.height - size[1]) // 2))
        return PillowImage(canvas.convert("RGB"))
