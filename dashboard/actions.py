"""The operator's quick actions: the five things a village operator does most.

Each action points at the operator's *own* site: the add form under their
news, announcement and gallery index, the edit form of their profile page,
and the citizens' inbox filtered to their village. An action whose target
page does not exist, or which the user may not use, is left out.
"""

import urllib.parse
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from citizens import access as inbox_access
from citizens.models import Complaint, ComplaintStatus, RequestStatus, ServiceRequest
from gallery.models import GalleryIndexPage, GalleryPage
from news.models import AnnouncementIndexPage, AnnouncementPage, NewsIndexPage, NewsPage
from profiles.models import ProfilePage


@dataclass
class QuickAction:
    """One large button on the operator's dashboard (``links`` for several targets)."""

    key: str
    label: str
    explanation: str
    icon: str
    url: str = ""
    links: list = field(default_factory=list)


# (key, index model, child model, label, explanation, icon)
ADD_ACTIONS = [
    (
        "berita",
        NewsIndexPage,
        NewsPage,
        _("Tulis berita"),
        _("Kabarkan kegiatan desa: judul, foto, dan isi berita."),
        "doc-full",
    ),
    (
        "pengumuman",
        AnnouncementIndexPage,
        AnnouncementPage,
        _("Tambah pengumuman"),
        _("Pemberitahuan resmi untuk warga, misalnya jadwal posyandu atau pembagian BLT."),
        "warning",
    ),
    (
        "galeri",
        GalleryIndexPage,
        GalleryPage,
        _("Unggah foto ke galeri"),
        _("Buat album foto kegiatan; foto pertama menjadi sampul album."),
        "image",
    ),
]


def _home_sections(home) -> dict:
    """The section pages directly under ``home``, by model (one query)."""
    models = [index for _key, index, *_rest in ADD_ACTIONS] + [ProfilePage]
    content_types = ContentType.objects.get_for_models(*models)
    by_type = {content_types[model].pk: model for model in models}
    sections = {}
    children = Page.objects.child_of(home).filter(content_type__in=list(by_type)).order_by("path")
    for page in children:
        sections.setdefault(by_type[page.content_type_id], page)
    return sections


def inbox_links(user, village) -> list[dict]:
    """New complaints and new requests handled by ``village`` that ``user`` may see.

    "New" is a case nobody has answered yet: a complaint still *diterima*, a
    request still *diajukan*. Each link opens the inbox filtered to exactly
    the counted cases, so the number and the list agree. Empty when the user
    handles no cases of the village.
    """
    if not inbox_access.offices_of(user).filter(pk=village.pk).exists():
        return []
    links = []
    for kind, model, status, label in (
        ("pengaduan", Complaint, ComplaintStatus.RECEIVED, _("Pengaduan baru")),
        ("permohonan", ServiceRequest, RequestStatus.SUBMITTED, _("Permohonan baru")),
    ):
        count = inbox_access.visible(model, user).filter(tenant=village, status=status).count()
        query = urllib.parse.urlencode({"status": status.value, "kantor": village.pk})
        url = reverse("citizens_admin:inbox", kwargs={"kind": kind}) + "?" + query
        links.append({"kind": kind, "label": label, "count": count, "url": url})
    return links


def quick_actions(user, village) -> list[QuickAction]:
    """The quick actions ``user`` may use on ``village``'s site, in a fixed order."""
    sections = _home_sections(village.home_page)
    actions = []
    for key, index_model, child_model, label, explanation, icon in ADD_ACTIONS:
        index = sections.get(index_model)
        if index is None or not child_model.can_create_at(index):
            continue
        permissions = index.permissions_for_user(user)
        if not permissions.can_add_subpage():
            continue
        # With "perlu persetujuan kecamatan" on, the operator cannot publish:
        # say so here rather than promise the post goes live at once.
        if permissions.can_publish_subpage():
            explanation = f"{explanation} {_('Langsung tampil di situs.')}"
        else:
            explanation = f"{explanation} {_('Tampil di situs setelah disetujui kecamatan.')}"
        url = reverse(
            "wagtailadmin_pages:add",
            args=(child_model._meta.app_label, child_model._meta.model_name, index.pk),
        )
        actions.append(QuickAction(key, label, explanation, icon, url=url))
    # The profile page, not the site settings: what an operator keeps up to
    # date (officials, vision and mission, history, welcome) lives there;
    # the name, logo and address in Pengaturan › Profil situs are set once.
    profile = sections.get(ProfilePage)
    if profile is not None and profile.permissions_for_user(user).can_edit():
        actions.append(
            QuickAction(
                "profil",
                _("Perbarui profil desa"),
                _(
                    "Sambutan, sejarah, visi dan misi, serta daftar perangkat desa. Nama, foto "
                    "kepala desa, dan alamat kantor ada di Pengaturan › Profil situs."
                ),
                "user",
                url=reverse("wagtailadmin_pages:edit", args=(profile.pk,)),
            )
        )
    links = inbox_links(user, village)
    if links:
        actions.append(
            QuickAction(
                "warga",
                _("Lihat pengaduan/permohonan masuk"),
                _("Pengaduan dan permohonan layanan dari warga yang belum dijawab."),
                "mail",
                links=links,
            )
        )
    return actions
