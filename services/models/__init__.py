"""The PATEN service catalogue.

* ``ServicePage``: one service and its standard (UU 25/2009 Art. 21).
* ``ServiceCatalogPage``: the kecamatan's shared catalogue and finder.
* ``VillageServiceIndexPage``: a village's finder, showing the shared
  services handled at village level plus its own, with local notes.
* ``ServicePledgePage``: the maklumat pelayanan.
"""

from services.models.catalogue import (
    LocalServiceNote,
    ServiceCatalogPage,
    VillageServiceIndexPage,
)
from services.models.pledge import ServicePledgePage
from services.models.service import (
    INTERNAL_COMPONENTS,
    HandledAt,
    ServiceForm,
    ServiceKind,
    ServicePage,
    ServiceTopic,
    TimeUnit,
)

__all__ = [
    "INTERNAL_COMPONENTS",
    "HandledAt",
    "LocalServiceNote",
    "ServiceCatalogPage",
    "ServiceForm",
    "ServiceKind",
    "ServicePage",
    "ServicePledgePage",
    "ServiceTopic",
    "TimeUnit",
    "VillageServiceIndexPage",
]
