"""Test factories. Tenants are built through the real onboarding code path."""

import factory
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from services.models import ServicePage, ServiceTopic
from tenants.models import Tenant
from tenants.onboarding import onboard_kecamatan, onboard_village


class KecamatanFactory(factory.Factory):
    """A kecamatan onboarded with ``tenants.onboarding.onboard_kecamatan``.

    Codes run 16.74.01, 16.74.02, …; hostnames ``kec<n>.test``.
    """

    class Meta:
        model = Tenant

    code = factory.Sequence(lambda n: f"16.{70 + n // 99:02d}.{n % 99 + 1:02d}")
    name = factory.Sequence(lambda n: f"Kecamatan Uji {n}")
    hostname = factory.Sequence(lambda n: f"kec{n}.test")
    make_default = False

    @classmethod
    def _create(cls, model_class, code, name, hostname, make_default):
        return onboard_kecamatan(code, name, hostname, make_default=make_default).tenant

    _build = _create


class VillageFactory(factory.Factory):
    """A desa onboarded under ``kecamatan`` (a new kecamatan unless given)."""

    class Meta:
        model = Tenant

    kecamatan = factory.SubFactory(KecamatanFactory)
    serial = factory.Sequence(lambda n: 2001 + n)
    name = factory.Sequence(lambda n: f"Desa Uji {n}")
    hostname = None

    @classmethod
    def _create(cls, model_class, kecamatan, serial, name, hostname):
        code = f"{kecamatan.code}.{serial}"
        return onboard_village(code, name, hostname).tenant

    _build = _create


class UserFactory(factory.django.DjangoModelFactory):
    """A staff-less user; add groups with ``groups=[...]``."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.test")
    password = factory.django.Password("kata-sandi-uji-123")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)


def requirement(text, document_form="fotokopi", quantity=1, note=""):
    """One requirement block value, as the StreamField's raw data wants it."""
    return (
        "requirement",
        {"text": text, "document_form": document_form, "quantity": quantity, "note": note},
    )


def step(actor, description):
    """One procedure step block value."""
    return ("step", {"actor": actor, "description": description})


class ServicePageFactory(factory.Factory):
    """A published ServicePage under ``parent`` (a catalogue page)."""

    class Meta:
        model = ServicePage

    parent = None
    title = factory.Sequence(lambda n: f"Surat Keterangan Uji {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    summary = "Surat keterangan untuk keperluan administrasi."
    kind = "non_perizinan"
    handled_at = "desa"
    responsible_unit = "Seksi Pelayanan Umum"
    requirements = factory.LazyFunction(
        lambda: [requirement("Surat pengantar RT/RW", "asli"), requirement("Kartu Keluarga")]
    )
    procedure = factory.LazyFunction(
        lambda: [step("Pemohon", "Menyerahkan berkas"), step("Petugas", "Memeriksa berkas")]
    )
    time_value = 15
    time_unit = "menit"
    fee_amount = 0
    fee_legal_basis = ""
    product = "Surat keterangan"
    complaints = "Sampaikan ke loket PATEN."
    topics = ()

    @classmethod
    def _create(cls, model_class, parent, topics, **fields):
        page = model_class(**fields)
        parent.add_child(instance=page)
        if topics:
            page.topics.set(ServiceTopic.objects.filter(slug__in=topics))
        page.save_revision().publish()
        return page

    _build = _create
