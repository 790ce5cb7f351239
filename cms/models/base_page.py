"""The abstract page every public page type of the project inherits."""

from wagtail.models import Page


class BasePage(Page):
    """Base for all public page types.

    Templates follow Wagtail's default ``<app_label>/<model_snake_case>.html``,
    found under ``frontend_templates/``. Subclasses must declare
    ``parent_page_types`` and ``subpage_types``; ``tests/cms/test_page_types.py``
    checks that every concrete page model does.
    """

    class Meta:
        abstract = True
