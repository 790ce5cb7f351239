"""Tags in the admin, held to the user's reach.

Tags are rows shared by the whole install, and Wagtail suggests and lists
them install-wide: the tag autocomplete (``/admin/tag-autocomplete/…``),
the "Tag" filter of the image and document listings (the ten most used
tags) and the image chooser's "popular tags". Each would name other
tenants' tags. Here each offers only the tags used on objects the user
reaches (``access.reach.objects_in_reach``: pages in reach, media in
collections the user holds a permission on, site-scoped objects of the
user's sites).

Wagtail has no hook for these, so ``AdminIsolationMiddleware`` serves the
views below in place of Wagtail's for non-superusers (``SCOPED_VIEWS`` in
``access.middleware``); each is Wagtail's own view with the tags narrowed.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from taggit.managers import TaggableManager
from taggit.models import CommonGenericTaggedItemBase, Tag, TagBase
from wagtail.admin.views.tags import TAGS_AUTOCOMPLETE_LIMIT
from wagtail.documents.views.documents import DocumentsFilterSet
from wagtail.documents.views.documents import IndexView as DocumentIndexView
from wagtail.images.views.chooser import ImageChooseView
from wagtail.images.views.images import ImagesFilterSet
from wagtail.images.views.images import IndexView as ImageIndexView

from access import reach

POPULAR_TAGS = 10


def _tagged_models(tag_model=None):
    """``(model, through)`` for every model with a ``TaggableManager`` using ``tag_model``."""
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if not isinstance(field, TaggableManager):
                continue
            through = field.through
            if tag_model is None or through.tag_model() is tag_model:
                yield model, through


def _items_in_reach(user, model, through) -> Q:
    """A filter on the tag model: used by ``through`` rows of ``model`` objects in reach."""
    objects = reach.objects_in_reach(user, model)
    if objects is None:
        return Q(pk__in=[])
    related = through.tag_relname()
    if issubclass(through, CommonGenericTaggedItemBase):
        return Q(
            **{
                f"{related}__content_type": ContentType.objects.get_for_model(model),
                f"{related}__object_id__in": objects.values("pk"),
            }
        )
    return Q(**{f"{related}__content_object__in": objects.values("pk")})


def tags_in_reach(user, tag_model=Tag):
    """The ``tag_model`` tags used on at least one object the user reaches."""
    if user.is_superuser:
        return tag_model.objects.all()
    query = Q(pk__in=[])
    for model, through in _tagged_models(tag_model):
        query |= _items_in_reach(user, model, through)
    return tag_model.objects.filter(query).distinct()


def popular_tags_in_reach(user, model, count=POPULAR_TAGS):
    """The ``count`` tags most used on ``model`` objects the user reaches, most used first.

    The reach's counterpart of Wagtail's ``popular_tags_for_model``.
    """
    for tagged, through in _tagged_models():
        if tagged is model:
            tag_model = through.tag_model()
            items = through.tag_relname()
            return (
                tag_model.objects.filter(_items_in_reach(user, model, through))
                .annotate(item_count=Count(items))
                .order_by("-item_count", "name")[:count]
            )
    return Tag.objects.none()


def autocomplete(request, app_name=None, model_name=None):
    """Wagtail's tag autocomplete, suggesting only tags from the user's reach."""
    tag_model = Tag
    if app_name and model_name:
        try:
            tag_model = apps.get_model(app_name, model_name)
        except LookupError as error:
            raise Http404 from error
        if not issubclass(tag_model, TagBase):
            raise Http404
    term = request.GET.get("term", "")
    names = []
    if term:
        names = list(
            tags_in_reach(request.user, tag_model)
            .filter(name__istartswith=term)
            .order_by("name")
            .values_list("name", flat=True)[:TAGS_AUTOCOMPLETE_LIMIT]
        )
    return JsonResponse(names, safe=False)


class PopularTagsInReachMixin:
    """For Wagtail's media filter sets: the "Tag" filter offers tags from the user's reach."""

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if "tag" not in self.filters:
            return
        tags = popular_tags_in_reach(request.user, self._meta.model)
        if tags:
            self.filters["tag"].extra["choices"] = [(tag.name, tag.name) for tag in tags]
        else:
            del self.filters["tag"]


class ImagesInReachFilterSet(PopularTagsInReachMixin, ImagesFilterSet):
    pass


class DocumentsInReachFilterSet(PopularTagsInReachMixin, DocumentsFilterSet):
    pass


class ImageIndexInReachView(ImageIndexView):
    """The image listing, its tag filter limited to the user's reach."""

    filterset_class = ImagesInReachFilterSet


class DocumentIndexInReachView(DocumentIndexView):
    """The document listing, its tag filter limited to the user's reach."""

    filterset_class = DocumentsInReachFilterSet


class ImageChooseInReachView(ImageChooseView):
    """The image chooser, its "popular tags" limited to the user's reach."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["popular_tags"] = popular_tags_in_reach(self.request.user, self.model)
        return context
