"""Chosen objects in admin forms: only what the editor may choose is saved.

The choosers (page, image, document, site-scoped snippets) offer only what
the user may choose, but a form posts bare ids, and Wagtail saves any id it
is given. This module checks every id a bound admin form carries, once
Django has validated it (the ``check_admin_form`` hook of
``cms.forms.CheckedAdminFormMixin``):

* foreign keys shown with a chooser widget (``lead_image``, ``logo``, …);
* StreamField values, at any depth: chooser blocks, image blocks and rich
  text blocks inside StructBlocks, ListBlocks and StreamBlocks;
* rich text (``<a linktype="page|document" id=…>``,
  ``<embed embedtype="image" id=…>``);
* the same in the rows of inline panels (``InlinePanel`` child forms).

What a user **may choose** is what the chooser offers them:

* pages inside ``access.reach.chooser_roots`` (a kecamatan editor also
  its villages' pages);
* images and documents in collections where the user holds Wagtail's
  "choose" permission (onboarding grants it on the tenant's own collection;
  a kecamatan admin's reaches its villages' collections);
* objects of a site-scoped snippet model (``access.scoped``) of the user's
  sites.

An id the object already held before this edit stays allowed: it was put
there by someone who could, e.g. a kecamatan admin linking a village page
to the portal, and the village operator must still be able to save the
page. Anything else outside the reach is refused on its field with an
Indonesian message; every other input is kept.
"""

from collections import defaultdict

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.forms.utils import ErrorList
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.rich_text import RichText, features
from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs

from access import reach
from access.scoped import SCOPED_NAMESPACES, scoped_queryset

PAGE, IMAGE, DOCUMENT, SNIPPET = "page", "image", "document", "snippet"


def _messages():
    # Built per call: gettext must run in the request's language.
    return {
        PAGE: _(
            "Halaman yang ditautkan berada di luar situs yang boleh Anda tautkan. "
            "Pilih halaman lewat tombol pemilih halaman."
        ),
        IMAGE: _(
            "Gambar ini bukan dari koleksi gambar Anda. Pilih atau unggah gambar "
            "lewat tombol pemilih gambar."
        ),
        DOCUMENT: _(
            "Dokumen ini bukan dari koleksi dokumen Anda. Pilih atau unggah dokumen "
            "lewat tombol pemilih dokumen."
        ),
        SNIPPET: _("Pilihan ini bukan milik situs Anda. Pilih lewat tombol pemilih."),
    }


def kind_of(model) -> str | None:
    """The kind of object a reference points at, or None when the reach does not judge it."""
    if not isinstance(model, type):
        return None
    if issubclass(model, Page):
        return PAGE
    if issubclass(model, AbstractImage):
        return IMAGE
    if issubclass(model, AbstractDocument):
        return DOCUMENT
    if any(issubclass(model, scoped.model) for scoped in SCOPED_NAMESPACES.values()):
        return SNIPPET
    return None


def _ref(model, pk):
    """``(kind, model, id)`` for a reference the reach judges, else None.

    Pages are all judged as ``Page`` and media as the install's image or
    document model, so one lookup per kind answers for every subclass.
    """
    kind = kind_of(model)
    if kind is None or pk is None:
        return None
    base = {PAGE: Page, IMAGE: get_image_model(), DOCUMENT: get_document_model()}.get(kind, model)
    return (kind, base, str(pk))


# --- Finding the references in values --------------------------------------------


def rich_text_references(html) -> list:
    """``(kind, model, id)`` of every page link, document link and image in rich text.

    Like Wagtail's ``extract_references_from_rich_text``, but a link or embed
    without its ``id`` (Wagtail's extractors raise ``KeyError``, and saving it
    would fail later) yields an empty id, which no one may choose.
    """
    html = str(html or "")
    refs = []
    for pattern, type_attr, handlers in (
        (FIND_A_TAG, "linktype", features.get_link_types()),
        (FIND_EMBED_TAG, "embedtype", features.get_embed_types()),
    ):
        for attr_string in pattern.findall(html):
            attrs = extract_attrs(attr_string)
            handler = handlers.get(attrs.get(type_attr))
            if handler is None:
                continue
            try:
                found = [
                    (model, object_id) for model, object_id, *_ in handler.extract_references(attrs)
                ]
            except KeyError:
                found = [(handler.get_model(), "")]
            refs += [ref for ref in (_ref(model, object_id) for model, object_id in found) if ref]
    return refs


def leaf_references(block, value) -> list:
    """References held directly by one block value (no child blocks walked)."""
    if value is None:
        return []
    if isinstance(value, models.Model):  # chooser blocks, ImageBlock (an Image with alt text)
        ref = _ref(type(value), value.pk)
        return [ref] if ref else []
    if isinstance(value, RichText):
        return rich_text_references(value.source)
    refs = []
    for model, object_id, _path, _content_path in block.extract_references(value):
        ref = _ref(model, object_id)
        if ref:
            refs.append(ref)
    return refs


def block_error(block, value, refused) -> ValidationError | None:
    """The error tree for ``value`` of ``block``, marking each block holding a refused ref.

    ``refused(ref) -> bool`` judges one reference. The result has Wagtail's
    StreamField error shape, so the editor shows each message on its block.
    """
    if value is None:
        return None
    if isinstance(value, (models.Model, RichText)):
        return _leaf_error(block, value, refused)
    if isinstance(block, blocks.StreamBlock):
        errors = {}
        for index, child in enumerate(value):
            error = block_error(child.block, child.value, refused)
            if error is not None:
                errors[index] = error
        return StreamBlockValidationError(block_errors=errors) if errors else None
    if isinstance(block, blocks.ListBlock):
        items = getattr(value, "bound_blocks", None)
        values = [item.value for item in items] if items is not None else list(value)
        errors = {}
        for index, item in enumerate(values):
            error = block_error(block.child_block, item, refused)
            if error is not None:
                errors[index] = error
        return ListBlockValidationError(block_errors=errors) if errors else None
    if isinstance(block, blocks.StructBlock):
        errors = {}
        for name, child_block in block.child_blocks.items():
            error = block_error(child_block, value.get(name), refused)
            if error is not None:
                errors[name] = error
        return StructBlockValidationError(block_errors=errors) if errors else None
    return _leaf_error(block, value, refused)


def _leaf_error(block, value, refused) -> ValidationError | None:
    kinds = _refused_kinds(leaf_references(block, value), refused)
    return _error_for(kinds) if kinds else None


def _refused_kinds(refs, refused) -> list[str]:
    kinds = []
    for ref in refs:
        if refused(ref) and ref[0] not in kinds:
            kinds.append(ref[0])
    return kinds


def _error_for(kinds) -> ValidationError:
    messages = _messages()
    return ValidationError([messages[kind] for kind in kinds])


def _stream_references(block, value) -> list:
    """Every reference inside a StreamField value (for the reach lookup and the old state)."""
    found = []

    def collect(ref):
        found.append(ref)
        return False  # refuse nothing: only collecting

    block_error(block, value, collect)
    return found


# --- Which fields of a form to check ------------------------------------------


def _checked_fields(form):
    """``(name, how)`` of each field whose value may carry references: fk, stream or rich."""
    model = form._meta.model
    for name, field in form.fields.items():
        if hasattr(field, "block"):  # a StreamField's BlockField
            yield name, "stream"
            continue
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a form-only field
            continue
        if isinstance(model_field, RichTextField):
            yield name, "rich"
        elif isinstance(field, forms.ModelChoiceField) and isinstance(field.widget, BaseChooser):
            # A plain <select> has its own, narrowed queryset (e.g. local notes'
            # services); only chooser widgets stand for the whole install.
            yield name, "fk"


def _value_references(form, name, how, value) -> list:
    if value is None or (isinstance(value, (str, list, tuple)) and not value):
        return []
    if how == "stream":
        return _stream_references(form.fields[name].block, value)
    if how == "rich":
        return rich_text_references(value)
    model = form.fields[name].queryset.model
    values = value if isinstance(value, (list, tuple, models.QuerySet)) else [value]
    refs = []
    for item in values:
        ref = _ref(model, item.pk if isinstance(item, models.Model) else item)
        if ref:
            refs.append(ref)
    return refs


def _forms_of(form):
    """The form itself and the live (not deleted) rows of its inline panels, at any depth."""
    yield form
    for formset in getattr(form, "formsets", {}).values():
        # ClusterForm validates the rows after the parent; validate them now.
        deleted = formset.deleted_forms if formset.can_delete else []
        for child in formset.forms:
            if child not in deleted:
                yield from _forms_of(child)


# --- What the user may choose ----------------------------------------------------


class ChoosableObjects:
    """Answers "may ``user`` choose this?" for many references with one query per kind."""

    def __init__(self, user):
        self.user = user
        self.allowed: set[tuple[type, str]] = set()

    def load(self, refs) -> None:
        """Look up which of ``refs`` the user may choose."""
        wanted = defaultdict(set)
        for kind, model, pk in refs:
            if reach.is_id(pk):
                wanted[(kind, model)].add(pk)
        for (kind, model), ids in wanted.items():
            allowed = self._choosable(kind, model).filter(pk__in=ids)
            self.allowed |= {(model, str(pk)) for pk in allowed.values_list("pk", flat=True)}

    def _choosable(self, kind, model):
        if kind == PAGE:
            return Page.objects.filter(reach.within(reach.chooser_roots(self.user)))
        if kind in (IMAGE, DOCUMENT):
            policy = policy_registry.get_by_type(model)
            return policy.instances_user_has_any_permission_for(self.user, ["choose"])
        return scoped_queryset(model, self.user)

    def refused(self, ref) -> bool:
        _kind, model, pk = ref
        return (model, pk) not in self.allowed


def limit_chosen_objects_to_reach(form) -> None:
    """``check_admin_form`` hook: refuse ids the form's user may not choose (see module doc)."""
    user = getattr(form, "for_user", None)
    if user is None or user.is_superuser:
        return
    checked = []  # (form, field name, how, references in the posted value)
    for each in _forms_of(form):
        cleaned = getattr(each, "cleaned_data", None) or {}
        for name, how in _checked_fields(each):
            if name in cleaned:
                refs = _value_references(each, name, how, cleaned[name])
                if refs:
                    checked.append((each, name, how, refs))
    if not checked:
        return
    choosable = ChoosableObjects(user)
    choosable.load([ref for *_rest, refs in checked for ref in refs])
    for each, name, how, refs in checked:
        if not any(choosable.refused(ref) for ref in refs):
            continue
        kept = _kept(each, name, how)

        def refused(ref, kept=kept):
            return choosable.refused(ref) and (ref[1], ref[2]) not in kept

        if how != "stream":
            kinds = _refused_kinds(refs, refused)
            if kinds:
                each.add_error(name, _error_for(kinds))
            continue
        error = block_error(each.fields[name].block, each.cleaned_data[name], refused)
        if error is not None:
            summary = _(
                "Ada isi dari situs lain di bagian ini. Perbaiki blok yang ditandai, "
                "lalu simpan lagi."
            )
            each.add_error(
                name,
                StreamBlockValidationError(
                    block_errors=error.block_errors,
                    non_block_errors=ErrorList([ValidationError(summary)]),
                ),
            )


def _kept(form, name, how) -> set[tuple[type, str]]:
    """``(model, id)`` the field held before this edit (from the initial of an existing object)."""
    if form.instance is None or form.instance.pk is None:
        return set()
    before = _value_references(form, name, how, form.initial.get(name))
    return {(model, pk) for _kind, model, pk in before}
