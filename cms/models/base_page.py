"""The abstract page every public page type of the project inherits."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page


class BasePage(Page):
    """Base for all public page types.

    Templates follow Wagtail's default ``<app_label>/<model_snake_case>.html``,
    found under ``frontend_templates/``. Subclasses must declare
    ``parent_page_types`` and ``subpage_types``; ``tests/tenants/test_page_tree.py``
    checks that every concrete page model does.

    ``social_image`` is the picture shown when the page is shared (Open Graph,
    e.g. a WhatsApp preview); ``get_social_image()`` lets a page type offer a
    better default, such as a news article's own photo.
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("gambar saat dibagikan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Gambar pratinjau saat tautan halaman ini dibagikan, misalnya di WhatsApp. "
            "Kosongkan untuk memakai foto utama halaman atau logo situs."
        ),
    )

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            heading=_("Untuk mesin pencari dan media sosial"),
        ),
        FieldPanel("show_in_menus"),
    ]

    class Meta:
        abstract = True

    def get_social_image(self):
        """The image for Open Graph tags, or None (the site logo is used then)."""
        return self.social_image

    def get_meta_description(self) -> str:
        """The meta/OG description: the search description, else a subclass summary."""
        return self.search_description
