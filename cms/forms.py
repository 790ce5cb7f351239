"""The page form every ``BasePage`` uses in the admin."""

from wagtail.admin.forms import WagtailAdminPageForm


class BasePageForm(WagtailAdminPageForm):
    """The edit form of every ``BasePage``: publish-only checks wait for publishing.

    On "Simpan draf" Wagtail defers validation (``is_deferred_validation``);
    the page is told so while its ``full_clean`` runs, so ``BasePage.clean``
    can let a draft through without alt text and still stop publishing.

    A new page's empty form starts from ``page.get_starting_content()``, so
    page types can offer a template to fill in (e.g. the profile's history).
    """

    def __init__(self, *args, **kwargs):
        instance = kwargs.get("instance")
        unbound = not args and kwargs.get("data") is None
        if unbound and instance is not None and instance.pk is None:
            for name, value in instance.get_starting_content().items():
                if not getattr(instance, name, None):
                    setattr(instance, name, value)
        super().__init__(*args, **kwargs)

    def _post_clean(self):
        self.instance.defer_publish_checks = self.is_deferred_validation
        # The form's StreamField fields have run the blocks' own checks already.
        self.instance.streams_checked_by_form = True
        try:
            super()._post_clean()
        finally:
            # Later saves of this instance (e.g. publishing) must check again.
            self.instance.defer_publish_checks = False
            self.instance.streams_checked_by_form = False
