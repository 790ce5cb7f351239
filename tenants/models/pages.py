"""The page tree of one kecamatan (see DESIGN.md, "The page tree").

::

    Root
    └── KecamatanFolder            not routable, one per kecamatan
        ├── KecamatanHomePage      root of the portal's Site
        │   └── VillageIndexPage   the village directory, at /desa/
        └── VillageHomePage        root of each village's Site

Tenant roots are made only by onboarding (``tenants.onboarding``), which also
creates their Site, groups and collection, so they are not creatable by hand
in the admin.
"""

from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page

from cms.blocks import BaseStreamBlock
from cms.models import BasePage


class KecamatanFolder(Page):
    """Container for one kecamatan's portal and village sites. Never served.

    Keeping village roots beside the portal, not under it, stops the portal's
    host from serving village pages and keeps each Site's tree its own.
    Permissions on this folder give a kecamatan authority over its villages.
    """

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    is_creatable = False
    preview_modes = []

    class Meta:
        verbose_name = _("folder kecamatan")
        verbose_name_plural = _("folder kecamatan")

    def serve(self, request, *args, **kwargs):
        """A folder has no public view, even if a Site is pointed at it."""
        raise Http404

    def route(self, request, path_components):
        """Refuse routing through the folder, so nothing under it leaks via it."""
        raise Http404


# Wagtail hook through which upper layers add sections to tenant home pages.
# A hook function takes ``(request, page)`` and returns HTML, or "" to add
# nothing; register it with ``order=`` to place it (lower comes first).
HOME_SECTIONS_HOOK = "tenant_home_sections"
# Wagtail hook through which an upper layer may cache the rendered sections
# (pagecache does, per site). A hook function takes ``(request, page, render)``
# and returns ``render()``'s list of HTML, or a cached copy of it.
HOME_SECTIONS_CACHE_HOOK = "tenant_home_sections_cache"


class TenantHomePage(BasePage):
    """Fields shared by the kecamatan and village home pages.

    The home shows sections contributed by upper layers (key services, latest
    news, agenda, …) through the ``tenant_home_sections`` hook, so this layer
    does not need to know them.
    """

    intro = models.TextField(
        _("sambutan singkat"),
        blank=True,
        help_text=_(
            "Satu atau dua kalimat di bagian atas beranda. Contoh: Selamat datang di "
            "situs resmi Desa Karangan."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("isi beranda"),
        help_text=_("Teks tambahan di beranda, misalnya sejarah singkat atau pengumuman tetap."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        abstract = True

    @classmethod
    def allow_subpage_type(cls, model_label: str) -> None:
        """Let ``model_label`` ("app.Model") be created under this kind of home.

        Upper-layer apps (services, news, …) call this from their
        ``AppConfig.ready()``, so this layer never names or imports them
        (DESIGN.md: imports point one way). Wagtail caches the resolved list
        per class, so the cache is reset here.
        """
        if model_label not in cls.subpage_types:
            cls.subpage_types = [*cls.subpage_types, model_label]
            cls._clean_subpage_models = None

    def get_home_sections(self, request) -> list[str]:
        """HTML of every section, from a ``tenant_home_sections_cache`` hook if one is set."""
        for cached_sections in hooks.get_hooks(HOME_SECTIONS_CACHE_HOOK):
            return cached_sections(request, self, lambda: self.render_home_sections(request))
        return self.render_home_sections(request)

    def render_home_sections(self, request) -> list[str]:
        """HTML of every section the ``tenant_home_sections`` hooks return, in order."""
        sections = []
        for section in hooks.get_hooks(HOME_SECTIONS_HOOK):
            html = section(request, self)
            if html:
                sections.append(html)
        return sections

    def get_context(self, request, *args, **kwargs):
        """Add ``home_sections``, rendered for this request's site."""
        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = self.get_home_sections(request)
        return context

    @property
    def tenant(self):
        """The registry entry of this home, or None for a home made outside onboarding."""
        from tenants.models.registry import Tenant

        return Tenant.objects.filter(home_page_id=self.pk).select_related("site").first()


class KecamatanHomePage(TenantHomePage):
    """The kecamatan portal, the "main home"; the root of the portal's Site."""

    parent_page_types = ["tenants.KecamatanFolder"]
    # Upper layers add theirs with allow_subpage_type() in their ready().
    subpage_types = ["tenants.VillageIndexPage"]
    max_count_per_parent = 1
    is_creatable = False

    class Meta:
        verbose_name = _("beranda kecamatan")
        verbose_name_plural = _("beranda kecamatan")

    def get_context(self, request, *args, **kwargs):
        """Add the village directory page and the villages, for the home's link list."""
        from tenants import scoping

        context = super().get_context(request, *args, **kwargs)
        context["village_index"] = VillageIndexPage.objects.child_of(self).live().public().first()
        context["villages"] = scoping.villages_of_current_kecamatan(request)
        return context


class VillageHomePage(TenantHomePage):
    """Home of one kelurahan or desa; the root of that village's Site."""

    parent_page_types = ["tenants.KecamatanFolder"]
    # Upper layers add theirs with allow_subpage_type() in their ready().
    subpage_types = []
    is_creatable = False

    class Meta:
        verbose_name = _("beranda desa/kelurahan")
        verbose_name_plural = _("beranda desa/kelurahan")


class VillageIndexPage(RoutablePageMixin, BasePage):
    """The portal's directory of its villages, at ``/desa/``.

    ``/desa/<slug>/`` redirects to that village's own site, so a village is
    easy to reach from the portal with a short, speakable address.
    """

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Contoh: Kecamatan Rambang Kapak Tengah terdiri dari 1 kelurahan dan 8 desa."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["tenants.KecamatanHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("daftar desa/kelurahan")
        verbose_name_plural = _("daftar desa/kelurahan")

    @path("")
    def directory(self, request):
        """The list of villages of this portal's kecamatan."""
        from tenants import scoping

        return self.render(
            request, context_overrides={"villages": scoping.villages_of_current_kecamatan(request)}
        )

    @re_path(r"^(?P<slug>[-\w]+)/$")
    def village_redirect(self, request, slug):
        """Redirect ``/desa/<slug>/`` to the village's site; 404 if not a village here."""
        from tenants import scoping

        village = scoping.village_of_current_kecamatan(request, slug)
        if village is None:
            raise Http404
        return redirect(village.site.root_url + "/", permanent=False)
