"""Admin views for kecamatan admins: list their villages and onboard a new one.

Only a superuser or a member of a kecamatan's ``admin_group`` may use them,
and they see only the kecamatan they administer
(``Tenant.objects.administered_by``). The URLs and the menu item are wired in
``tenants.wagtail_hooks``; Wagtail's admin URL wrapper already sends anonymous
users to the admin login page.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from tenants.forms import VillageOnboardingForm
from tenants.models import Tenant
from tenants.onboarding import OnboardingError, onboard_village

INDEX_TITLE = _("Desa & Kelurahan")


def user_administers_kecamatan(user) -> bool:
    """True for a superuser or a member of some kecamatan's admin group."""
    if not user.is_authenticated or not user.is_active:
        return False
    return Tenant.objects.administered_by(user).exists()


class KecamatanAdminRequiredMixin:
    """Answer 403 to anyone who administers no kecamatan.

    Raising ``PermissionDenied`` is not enough here: Wagtail's admin URL
    wrapper turns it into a redirect to the dashboard. A real 403, rendered
    in the admin's look, tells the user and any client plainly what happened.
    """

    def dispatch(self, request, *args, **kwargs):
        if not user_administers_kecamatan(request.user):
            return TemplateResponse(
                request,
                "tenants/admin/forbidden.html",
                {
                    "page_title": gettext("Akses ditolak"),
                    "header_title": gettext("Akses ditolak"),
                    "header_icon": "warning",
                },
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)


class VillageIndexView(KecamatanAdminRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """The villages of the kecamatan the user administers, with links to manage them."""

    template_name = "tenants/admin/index.html"
    page_title = INDEX_TITLE
    header_icon = "site"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_header_buttons(self):
        return [
            HeaderButton(
                label=_("Tambah desa/kelurahan"),
                url=reverse("tenants_admin:add"),
                icon_name="plus",
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        kecamatan = Tenant.objects.administered_by(self.request.user)
        villages = (
            Tenant.objects.villages()
            .filter(kecamatan__in=kecamatan)
            .select_related("site", "kecamatan")
            .order_by("kecamatan__code", "code")
        )
        context.update(
            villages=villages,
            show_kecamatan=kecamatan.count() > 1,
            add_url=reverse("tenants_admin:add"),
        )
        return context


class VillageOnboardView(KecamatanAdminRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """Onboard one kelurahan/desa through ``tenants.onboarding.onboard_village``."""

    template_name = "tenants/admin/add.html"
    form_class = VillageOnboardingForm
    page_title = _("Tambah desa/kelurahan")
    header_icon = "site"
    success_url = reverse_lazy("tenants_admin:index")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("tenants_admin:index"), "label": INDEX_TITLE},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            action_url=reverse("tenants_admin:add"),
            cancel_url=reverse("tenants_admin:index"),
        )
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            result = onboard_village(data["code"], data["name"], data["hostname"] or None)
        except OnboardingError as exc:
            # The transaction was rolled back; show why and keep what was typed.
            form.add_error(None, str(exc))
            return self.form_invalid(form)

        tenant = result.tenant
        buttons = [
            messages.button(tenant.url, gettext("Buka situs"), new_window=True),
            messages.button(
                reverse("wagtailadmin_pages:edit", args=[tenant.home_page_id]),
                gettext("Sunting beranda"),
            ),
        ]
        if result.created:
            messages.success(
                self.request,
                gettext("%(name)s berhasil didaftarkan: %(url)s")
                % {"name": tenant.display_name, "url": tenant.url},
                buttons=buttons,
            )
        else:
            messages.info(
                self.request,
                gettext(
                    "%(name)s (%(code)s) sudah terdaftar dengan data yang sama: "
                    "tidak ada yang berubah."
                )
                % {"name": tenant.display_name, "code": tenant.code},
                buttons=buttons,
            )
        return redirect(self.get_success_url())

    def form_invalid(self, form):
        messages.error(
            self.request,
            gettext("Desa/kelurahan belum didaftarkan. Periksa isian yang ditandai di bawah."),
        )
        return super().form_invalid(form)
