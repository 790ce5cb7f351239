"""Account security settings that belong to groups."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class GroupSecurityQuerySet(models.QuerySet):
    def requiring_two_factor(self):
        return self.filter(require_two_factor=True)


class GroupSecurity(models.Model):
    """Security rules for the members of one group, set by a superuser.

    With ``require_two_factor`` every member must set up two-step login
    (an authenticator app) before using the admin. Without it, two-step
    login stays optional for each account.
    """

    group = models.OneToOneField(
        Group, verbose_name=_("grup"), on_delete=models.CASCADE, related_name="security"
    )
    require_two_factor = models.BooleanField(
        _("wajib verifikasi dua langkah"),
        default=False,
        help_text=_(
            "Anggota grup ini harus memasang aplikasi autentikator (misalnya Google "
            "Authenticator) dan memasukkan kodenya setiap kali masuk."
        ),
    )

    objects = GroupSecurityQuerySet.as_manager()

    class Meta:
        verbose_name = _("keamanan grup")
        verbose_name_plural = _("keamanan grup")

    def __str__(self):
        return str(self.group)


def two_factor_required(user) -> bool:
    """True if one of the user's groups requires two-step login."""
    return GroupSecurity.objects.requiring_two_factor().filter(group__user=user).exists()
