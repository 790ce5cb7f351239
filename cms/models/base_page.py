"""The abstract page every public page type of the project inherits."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.models import Page

from cms import alt_text
from cms.forms import BasePageForm
from cms.summaries import summary_from_body


def title_panel(example, **kwargs) -> TitleFieldPanel:
    """The title field, explained for an operator, with an example fit for the page type."""
    return TitleFieldPanel(
        "title",
        help_text=format_lazy(
            "{} {}",
            _("Judul yang tampil di atas halaman, di daftar dan di hasil pencarian."),
            format_lazy(_("Contoh: {}"), example),
        ),
        **kwargs,
    )


class BasePage(Page):
    """Base for all public page types.

    Templates follow Wagtail's default ``<app_label>/<model_snake_case>.html``,
    found under ``frontend_templates/``. Subclasses must declare
    ``parent_page_types`` and ``subpage_types``; ``tests/tenants/test_page_tree.py``
    checks that every concrete page model does.

    ``social_image`` is the picture shown when the page is shared (Open Graph,
    e.g. a WhatsApp preview); ``get_social_image()`` lets a page type offer a
    better default, such as a news article's own photo.

    ``image_alt_fields`` lists the page's ``(image_field, alt_field)`` pairs:
    a chosen image without alt text (there, or as the image's description)
    stops publishing, while a draft may still be saved (see
    ``cms.alt_text``). Override ``get_image_alt_fields()`` for a dynamic list.
    """

    image_alt_fields: tuple[tuple[str, str | None], ...] = ()
    # Text fields that describe the page when the editor wrote no search
    # description (meta and share previews), in order; the first with text wins.
    description_fields: tuple[str, ...] = ("intro", "summary")
    # Set by ``BasePageForm`` while a "save draft" submission is validated.
    defer_publish_checks = False
    # Set by ``BasePageForm``: the form has validated the StreamField blocks itself.
    streams_checked_by_form = False
    base_form_class = BasePageForm

    content_panels = [title_panel(_("Profil Desa Karangan"))]

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

    def get_starting_content(self) -> dict:
        """Field values a new page's form starts with, as a template to fill in; {} by default."""
        return {}

    def get_image_alt_fields(self) -> tuple[tuple[str, str | None], ...]:
        """The ``(image_field, alt_field or None)`` pairs whose images need alt text."""
        return self.image_alt_fields

    def clean(self):
        """Stop publishing a page whose images lack alt text; drafts may wait."""
        super().clean()
        if self.defer_publish_checks:
            return
        errors = alt_text.missing_alt_text_errors(self, self.get_image_alt_fields())
        if not self.streams_checked_by_form:
            errors.update(alt_text.stream_alt_text_errors(self))
        if errors:
            raise ValidationError(errors)

    def get_social_image(self):
        """The image for Open Graph tags, or None (the site logo is used then)."""
        return self.social_image

    def get_meta_description(self) -> str:
        """The meta/OG description, from the page's own content.

        The search description the editor wrote; else the first of
        ``description_fields`` with text (a home's welcome, a listing's intro);
        else the first sentences of the page's ``body``; else "".
        """
        if self.search_description:
            return self.search_description
        for name in self.description_fields:
            value = getattr(self, name, "")
            if isinstance(value, str) and value.strip():
                return value
        return summary_from_body(getattr(self, "body", None))
