"""Admin views for kecamatan admins: their villages, onboarding, and operator accounts.

Only a superuser or a member of a kecamatan's ``admin_group`` may use them,
and they see only the kecamatan they administer
(``Tenant.objects.administered_by``). The URLs and the menu item are wired in
``tenants.wagtail_hooks``; Wagtail's admin URL wrapper already sends anonymous
users to the admin login page.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from tenants.forms import OperatorCreateForm, OperatorPasswordForm, VillageOnboardingForm
from tenants.models import Tenant
from tenants.moderation import (
    moderation_enabled,
    moderation_enabled_expression,
    set_moderation,
)
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
        villages = villages.annotate(moderated=moderation_enabled_expression())
        context.update(
            villages=villages,
            back_to_list=BACK_TO_LIST,
            show_kecamatan=kecamatan.count() > 1,
            add_url=reverse("tenants_admin:add"),
        )
        return context


# "kembali" value of the approval switch on the village list: return there.
BACK_TO_LIST = "daftar"
# The name of the onboarding form's "check first" button.
PREVIEW_BUTTON = "periksa"


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
            preview_button=PREVIEW_BUTTON,
        )
        return context

    def form_valid(self, form):
        if PREVIEW_BUTTON in self.request.POST:
            # "Periksa dulu": show what would be created; nothing is saved.
            return self.render_to_response(self.get_context_data(form=form, preview=form.preview()))
        data = form.cleaned_data
        try:
            result = onboard_village(
                data["code"], data["name"], data["hostname"] or None, requested_by=self.request.user
            )
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


def villages_administered_by(user):
    """The villages of every kecamatan ``user`` administers (all for a superuser)."""
    return Tenant.objects.villages().filter(kecamatan__in=Tenant.objects.administered_by(user))


def manageable_operators(user, village: Tenant):
    """Accounts of ``village``'s operators that ``user`` may manage.

    Only plain operator accounts: members of the village's operator group
    who are neither superusers nor staff and belong to no group outside the
    operator groups of the villages ``user`` administers. So a kecamatan
    admin can never reset the password of a camat, another kecamatan's
    staff or a superuser who also happens to be in the group.
    """
    own_groups = villages_administered_by(user).values("editor_group_id")
    return (
        get_user_model()
        .objects.filter(groups=village.editor_group, is_superuser=False, is_staff=False)
        .exclude(groups__in=Group.objects.exclude(pk__in=own_groups))
        .order_by("username")
    )


class VillageOperatorMixin(KecamatanAdminRequiredMixin, WagtailAdminTemplateMixin):
    """Loads the village (404 unless the user administers its kecamatan)."""

    header_icon = "user"

    def dispatch(self, request, *args, village_id, **kwargs):
        if request.user.is_authenticated:
            self.village = get_object_or_404(
                villages_administered_by(request.user).select_related("site", "editor_group"),
                pk=village_id,
            )
        return super().dispatch(request, *args, **kwargs)

    def operators_url(self):
        return reverse("tenants_admin:operators", args=[self.village.pk])

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("tenants_admin:index"), "label": INDEX_TITLE},
            {"url": self.operators_url(), "label": self.village.display_name},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_operator(self, user_id):
        operator = manageable_operators(self.request.user, self.village).filter(pk=user_id).first()
        if operator is None:
            raise Http404
        return operator


class VillageOperatorsView(VillageOperatorMixin, TemplateView):
    """The operator accounts of one village, with create, deactivate and reset actions."""

    template_name = "tenants/admin/operators.html"

    def get_page_title(self):
        return gettext("Operator %(name)s") % {"name": self.village.display_name}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("tenants_admin:index"), "label": INDEX_TITLE},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_header_buttons(self):
        return [
            HeaderButton(
                label=_("Tambah operator"),
                url=reverse("tenants_admin:operator_add", args=[self.village.pk]),
                icon_name="plus",
            )
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            village=self.village,
            operators=manageable_operators(self.request.user, self.village),
            moderated=moderation_enabled(self.village),
        )
        return context


class OperatorCreateView(VillageOperatorMixin, FormView):
    """Create an operator account in the village's operator group."""

    template_name = "tenants/admin/operator_form.html"
    form_class = OperatorCreateForm
    page_title = _("Tambah operator")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            village=self.village,
            action_url=reverse("tenants_admin:operator_add", args=[self.village.pk]),
            cancel_url=self.operators_url(),
            submit_label=gettext("Buat akun"),
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        user = get_user_model().objects.create_user(
            username=data["username"],
            email=data["email"],
            password=data["password1"],
            first_name=data["first_name"],
            last_name=data["last_name"],
        )
        user.groups.add(self.village.editor_group)
        messages.success(
            self.request,
            gettext("Akun %(username)s dibuat untuk %(village)s.")
            % {"username": user.username, "village": self.village.display_name},
        )
        return redirect(self.operators_url())


class OperatorPasswordView(VillageOperatorMixin, FormView):
    """Set a new password for one of the village's operators."""

    template_name = "tenants/admin/operator_form.html"
    form_class = OperatorPasswordForm
    page_title = _("Atur ulang kata sandi")

    def dispatch(self, request, *args, **kwargs):
        self.user_id = kwargs.pop("user_id")
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def operator(self):
        """The operator whose password is reset (404 out of reach).

        Looked up on first use, not in ``get_form_kwargs``: a GET builds its
        context before its form, and the village is only known after
        ``dispatch`` has checked the user's reach.
        """
        return self.get_operator(self.user_id)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.operator}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            village=self.village,
            operator=self.operator,
            action_url=reverse(
                "tenants_admin:operator_password", args=[self.village.pk, self.operator.pk]
            ),
            cancel_url=self.operators_url(),
            submit_label=gettext("Simpan kata sandi"),
            **kwargs,
        )

    def form_valid(self, form):
        self.operator.set_password(form.cleaned_data["password1"])
        self.operator.save(update_fields=["password"])
        messages.success(
            self.request,
            gettext("Kata sandi %(username)s sudah diganti. Sampaikan kepadanya secara langsung.")
            % {"username": self.operator.username},
        )
        return redirect(self.operators_url())


class OperatorActiveView(VillageOperatorMixin, View):
    """POST only: deactivate an operator account (``active=0``) or activate it again."""

    def post(self, request, user_id):
        operator = self.get_operator(user_id)
        operator.is_active = request.POST.get("active") == "1"
        operator.save(update_fields=["is_active"])
        if operator.is_active:
            message = gettext("Akun %(username)s aktif kembali.")
        else:
            message = gettext("Akun %(username)s dinonaktifkan: tidak bisa masuk lagi.")
        messages.success(request, message % {"username": operator.username})
        return redirect(self.operators_url())


class VillageModerationView(VillageOperatorMixin, View):
    """POST only: switch "perlu persetujuan kecamatan" on (``enabled=1``) or off."""

    def post(self, request):
        enabled = request.POST.get("enabled") == "1"
        set_moderation(self.village, enabled)
        if enabled:
            message = gettext(
                "Perubahan di %(name)s kini perlu persetujuan kecamatan sebelum tayang."
            )
        else:
            message = gettext("Operator %(name)s kini dapat menayangkan perubahan sendiri.")
        messages.success(request, message % {"name": self.village.display_name})
        if request.POST.get("kembali") == BACK_TO_LIST:  # switched from the village list
            return redirect("tenants_admin:index")
        return redirect(self.operators_url())
