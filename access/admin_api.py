"""The admin's own pages API (``/admin/api/main/pages/``), held to the user's reach.

The sidebar's page explorer ("Halaman") reads this API. Wagtail's viewset
takes the project's default DRF permission (``IsAdminUser``, staff only),
so every non-superuser got a 403 and the menu showed "Kesalahan server".
This viewset opens it to any signed-in admin user (the admin URLs already
require Wagtail's admin access) and limits every listing, detail, ``find``
and action to the pages inside ``access.reach.page_roots``: a village
operator sees its village site, a kecamatan editor the portal, a kecamatan
admin the ``KecamatanFolder`` (the portal and its villages).
"""

from rest_framework.permissions import IsAuthenticated
from wagtail.admin.api.views import PagesAdminAPIViewSet

from access import reach


class PagesInReachAdminAPIViewSet(PagesAdminAPIViewSet):
    """Wagtail's admin pages API, limited to the pages the user reaches."""

    permission_classes = [IsAuthenticated]

    def get_base_queryset(self):
        """Wagtail's explorable pages, cut to the reach (its ancestors are not listed)."""
        pages = super().get_base_queryset()
        roots = reach.page_roots(self.request.user)
        return pages if roots is None else pages.filter(reach.within(roots))
