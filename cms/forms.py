"""The admin forms every page, snippet and setting of the project builds on."""

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

#: Wagtail hook name: ``fn(form)`` runs on every bound admin form built on
#: :class:`CheckedAdminFormMixin`, after Django has validated it, and adds its
#: errors with ``form.add_error``. ``access`` uses it to refuse ids outside the
#: editor's reach; core cannot name that app, so it asks through this hook.
ADMIN_FORM_CHECK_HOOK = "check_admin_form"


class CheckedAdminFormMixin:
    """For admin model forms: run every ``check_admin_form`` hook once Django has validated.

    The hooks run after ``full_clean`` (fields, ``clean()`` and the model's own
    validation), so they see the cleaned values and may still refuse them
    field by field; the form then comes back with everything the editor typed.
    """

    def full_clean(self):
        super().full_clean()
        if not self.is_bound:
            return
        for check in hooks.get_hooks(ADMIN_FORM_CHECK_HOOK):
            check(self)


class BaseAdminModelForm(CheckedAdminFormMixin, WagtailAdminModelForm):
    """The form of snippets, settings and model viewsets that hold choosers or rich text.

    Set it as the model's (or viewset's) ``base_form_class``;
    ``tests/access/test_chosen_objects.py`` fails for an admin form that
    offers a chooser, rich text or a StreamField without it.
    """


class BasePageForm(CheckedAdminFormMixin, WagtailAdminPageForm):
    """The edit form of every ``BasePage``: publish-only checks wait for publishing.

    On "Simpan draf" Wagtail defers validation (``is_deferred_validation``);
    the page is told so while its ``full_clean`` runs, so ``BasePage.clean``
    can let a draft through without alt text and still stop publishing.

    A new page's empty form starts from ``page.get_starting_content()``, so
    page types can offer a template to fill in (e.g. the profile's history).

    The ``check_admin_form`` hooks run on it too (``CheckedAdminFormMixin``).
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
