"""Test factories. Tenants are built through the real onboarding code path."""

import factory
from django.contrib.auth import get_user_model

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
