"""Village data models: records (profile, population, APBDes), sync, the public page."""

from villagedata.models.aid import AidProgramme, AidTarget
from villagedata.models.development import DevelopmentPhoto, DevelopmentProject
from villagedata.models.page import VillageDataPage
from villagedata.models.records import (
    BudgetLine,
    BudgetYear,
    Period,
    PopulationFigure,
    PopulationPeriod,
    VillageProfile,
    parse_period_key,
    period_key,
    period_label,
)
from villagedata.models.sync import (
    PushKind,
    PushStatus,
    ReportKind,
    SyncedIdentity,
    SyncedReport,
    SyncKey,
)

__all__ = [
    "AidProgramme",
    "AidTarget",
    "BudgetLine",
    "BudgetYear",
    "DevelopmentPhoto",
    "DevelopmentProject",
    "Period",
    "PopulationFigure",
    "PopulationPeriod",
    "PushKind",
    "PushStatus",
    "ReportKind",
    "SyncKey",
    "SyncedIdentity",
    "SyncedReport",
    "VillageDataPage",
    "VillageProfile",
    "parse_period_key",
    "period_key",
    "period_label",
]
