"""The `Directory`: one object for the whole service directory, assembled from its concepts
(records, search, vetting, suggested changes, ageing). Other features import its names from here.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.directory.ageing import Ageing
from bot.directory.changes import Changes, check_change
from bot.directory.model import (
    ANSWERS,
    FLAGS,
    PAGE_SIZE,
    STATUSES,
    TEXT_LIMITS,
    Area,
    Category,
    Change,
    ChangeOutcome,
    Decision,
    EditableField,
    Filters,
    Freshness,
    ProblemKind,
    ProblemOutcome,
    RecheckOffer,
    RecheckPolicy,
    Referral,
    ResultPage,
    Service,
    ServiceRecord,
    Standing,
    State,
    Visibility,
    YourItem,
)
from bot.directory.records import new_referral_code
from bot.directory.search import NEAR_ME_RADII_KM, NEAR_ME_RESULTS, Search
from bot.directory.vetting import Vetting
from bot.directory.words import fts_query, normalise_phone, readable_phone, search_words

__all__ = [
    "ANSWERS",
    "FLAGS",
    "NEAR_ME_RADII_KM",
    "NEAR_ME_RESULTS",
    "PAGE_SIZE",
    "STATUSES",
    "TEXT_LIMITS",
    "Area",
    "Category",
    "Change",
    "ChangeOutcome",
    "Decision",
    "Directory",
    "EditableField",
    "Filters",
    "Freshness",
    "ProblemKind",
    "ProblemOutcome",
    "RecheckOffer",
    "RecheckPolicy",
    "Referral",
    "ResultPage",
    "Service",
    "ServiceRecord",
    "Standing",
    "State",
    "Visibility",
    "YourItem",
    "check_change",
    "fts_query",
    "new_referral_code",
    "normalise_phone",
    "readable_phone",
    "search_words",
]


@dataclass(frozen=True)
class Directory(Search, Vetting, Changes, Ageing):
    """Find services, show a card, refer, and keep records trustworthy (peers propose, confirm
    and report; leads vet; ageing re-checks). Plain dataclasses in and out; a shared location is
    used in memory for one search and dropped.

    Built once per open database: `Directory(database, zone, policy, clock, category_words)`.
    """
