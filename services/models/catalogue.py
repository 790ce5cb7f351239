"""Service catalogues: the kecamatan's shared one, and each village's view of it."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from cms.forms import BasePageForm
from cms.models import BasePage
from services.blocks import RequirementStreamBlock
from services.models.service import ServicePage
from tenants import scoping


class ServiceFinderPage(RoutablePageMixin, BasePage):
    """Base of both catalogues: list, filter by kind/topic, search.

    Subclasses say which services they offer through ``get_services()``, which
    returns ``(service, url)`` pairs already scoped to this site.
    """

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_("Contoh: Cari layanan, lihat syaratnya, dan datang sekali saja."),
    )

    class Meta:
        abstract = True

    def get_services(self, request):
        """``[(service, url_on_this_site), …]`` for every service this site offers."""
        raise NotImplementedError

    @path("")
    def finder(self, request):
        """The service finder: ``?jenis=``, ``?topik=`` and ``?q=`` narrow the list."""
        from services import finder

        return self.render(
            request, context_overrides=finder.finder_context(request, self.get_services(request))
        )


class ServiceCatalogPage(ServiceFinderPage):
    """The kecamatan's catalogue, at ``/layanan/``; its ServicePages are shared."""

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["tenants.KecamatanHomePage"]
    subpage_types = ["services.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("katalog layanan kecamatan")
        verbose_name_plural = _("katalog layanan kecamatan")

    def offered_services(self, queryset=None):
        """``[(service, is_shared), …]`` by title: this catalogue's live services.

        ``queryset`` (of ServicePage) lets a caller add ``prefetch_related``.
        """
        services = (
            (ServicePage.objects if queryset is None else queryset).child_of(self).live().public()
        )
        return [(service, False) for service in services.order_by("title")]

    def get_services(self, request):
        """Every live service of this catalogue, at its own URL."""
        return [(service, service.get_url(request)) for service, _ in self.offered_services()]


class VillageServiceIndexPageForm(BasePageForm):
    """Exposes the page to its local-note forms, so they list only its services."""

    @property
    def service_index_page(self):
        # Read by ClusterForm while it builds the formsets (inherit_kwargs),
        # after ModelForm has set ``instance``.
        return self.instance


class LocalServiceNoteForm(WagtailAdminModelForm):
    """A local note's form: the service choice lists only this village's shared services.

    Without this, the dropdown would list every kecamatan's services.
    """

    def __init__(self, *args, service_index_page=None, **kwargs):
        super().__init__(*args, **kwargs)
        if "service" in self.fields:
            page = service_index_page
            page = page if isinstance(page, VillageServiceIndexPage) else None
            field = self.fields["service"]
            # A dropdown, not Wagtail's page chooser: the chooser browses only
            # the operator's own site, where the kecamatan's services are not.
            # The queryset setter below fills in its choices.
            field.widget = forms.Select()
            field.queryset = page.shared_services_queryset() if page else ServicePage.objects.none()


class LocalNotesPanel(InlinePanel):
    """InlinePanel whose child forms receive the page (see ``LocalServiceNoteForm``)."""

    def get_form_options(self):
        options = super().get_form_options()
        formset = options["formsets"][self.relation_name]
        formset["form"] = LocalServiceNoteForm
        formset["inherit_kwargs"] = ["service_index_page"]
        return options


class VillageServiceIndexPage(ServiceFinderPage):
    """A village's services, at ``/layanan/``.

    It lists the shared services of its kecamatan that village offices
    handle, each at ``/layanan/<slug>/`` on the village's own host, plus the
    village's own ServicePages (children, which win on a slug clash). Local
    notes add village specifics to a shared service without copying it.
    """

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        LocalNotesPanel(
            "local_notes",
            heading=_("Catatan lokal untuk layanan bersama"),
            label=_("Catatan"),
            help_text=_(
                "Tambahkan syarat atau jam pelayanan khusus desa/kelurahan ini untuk layanan "
                "dari kecamatan. Isi layanan kecamatan sendiri tidak bisa diubah di sini."
            ),
        ),
    ]
    base_form_class = VillageServiceIndexPageForm
    parent_page_types = ["tenants.VillageHomePage"]
    subpage_types = ["services.ServicePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("layanan desa/kelurahan")
        verbose_name_plural = _("layanan desa/kelurahan")

    def get_kecamatan_catalog(self):
        """The shared catalogue of this village's kecamatan, or None."""
        return scoping.folder_pages(self, ServiceCatalogPage).live().first()

    def shared_services_queryset(self, queryset=None):
        """Shared services of this village's kecamatan that village offices handle."""
        catalog = self.get_kecamatan_catalog()
        if catalog is None:
            return ServicePage.objects.none()
        return (
            (ServicePage.objects if queryset is None else queryset)
            .child_of(catalog)
            .live()
            .public()
            .filter(handled_at__in=["desa", "keduanya"])
            .order_by("title")
        )

    def offered_services(self, queryset=None):
        """``[(service, is_shared), …]`` by title: the village's own live services,
        then the shared ones whose slug no own service takes.

        ``queryset`` (of ServicePage) lets a caller add ``prefetch_related``.
        """
        local = list(
            (ServicePage.objects if queryset is None else queryset).child_of(self).live().public()
        )
        local_slugs = {service.slug for service in local}
        items = [(service, False) for service in local]
        items += [
            (service, True)
            for service in self.shared_services_queryset(queryset)
            if service.slug not in local_slugs
        ]
        return sorted(items, key=lambda item: item[0].title)

    def shared_service_url(self, service, request=None, *, full=False) -> str:
        """The address of a shared service on this village's site."""
        base = self.get_full_url(request) if full else self.get_url(request)
        return f"{base}{service.slug}/"

    def get_services(self, request):
        """Local services at their own URLs, then shared ones under ``/layanan/<slug>/``."""
        return [
            (
                service,
                self.shared_service_url(service, request) if shared else service.get_url(request),
            )
            for service, shared in self.offered_services()
        ]

    def get_sitemap_urls(self, request=None):
        """The finder, plus every shared service at its address on this village's host."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for service in self.shared_services_queryset():
            urls.append(
                {"location": f"{base}{service.slug}/", "lastmod": service.last_published_at}
            )
        return urls

    def route(self, request, path_components):
        """Children first: a local service wins over a shared one with the same slug."""
        if path_components:
            try:
                return Page.route(self, request, path_components)
            except Http404:
                pass
        return super().route(request, path_components)

    def _shared_service(self, slug):
        service = self.shared_services_queryset().filter(slug=slug).first()
        if service is None:
            raise Http404
        return service

    @re_path(r"^(?P<slug>[-\w]+)/$")
    def shared_service(self, request, slug):
        """A shared service, shown with this village's office and local note."""
        return self._shared_service(slug).render(request, village_index=self)

    @re_path(r"^(?P<slug>[-\w]+)/cetak/$")
    def shared_service_print(self, request, slug):
        """The printable checklist of a shared service, for this village."""
        return self._shared_service(slug).render(
            request, template="services/service_page_print.html", village_index=self
        )

    def clean(self):
        """Every local note must be about one of this village's shared services."""
        super().clean()
        allowed = set(self.shared_services_queryset().values_list("pk", flat=True))
        for note in self.local_notes.all():
            if note.service_id and note.service_id not in allowed:
                raise ValidationError(
                    _("Catatan lokal hanya untuk layanan bersama dari kecamatan desa ini.")
                )


class LocalServiceNote(Orderable):
    """A village's additions to a shared service: extra requirements, hours, a note."""

    page = ParentalKey(
        VillageServiceIndexPage, on_delete=models.CASCADE, related_name="local_notes"
    )
    service = models.ForeignKey(
        ServicePage,
        verbose_name=_("layanan"),
        on_delete=models.CASCADE,
        related_name="local_notes",
        help_text=_("Layanan kecamatan yang diberi catatan khusus untuk desa/kelurahan ini."),
    )
    extra_requirements = StreamField(
        RequirementStreamBlock(),
        blank=True,
        verbose_name=_("persyaratan tambahan"),
        help_text=_("Syarat yang hanya berlaku di desa/kelurahan ini. Contoh: Surat pengantar RT"),
    )
    office_hours = models.CharField(
        _("jam pelayanan khusus"),
        max_length=200,
        blank=True,
        help_text=_("Kosongkan jika sama dengan jam kantor. Contoh: Senin–Jumat 08.00–12.00"),
    )
    note = models.TextField(
        _("catatan"),
        blank=True,
        help_text=_("Contoh: Bawa juga materai Rp10.000 yang dibeli sendiri."),
    )

    panels = [
        FieldPanel("service"),
        FieldPanel("extra_requirements"),
        FieldPanel("office_hours"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("catatan lokal")
        verbose_name_plural = _("catatan lokal")
        constraints = [
            models.UniqueConstraint(fields=["page", "service"], name="one_note_per_service")
        ]
