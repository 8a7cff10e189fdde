"""The buttons of the directory, one family per thing a person can do. Ids are checked against
the database after decoding; search words and locations never go into a button."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Literal

from bot.directory.model import Category, EditableField, ProblemKind
from bot.handlers.callbacks import Between, Callback

Page = Annotated[int, Between(0, 999)]
FilterName = Literal["free", "no_papers", "sex_worker_led", "open_now"]
Answer = Literal["yes", "no", "unknown"]
Flag = Literal[
    "sex_worker_led",
    "rights_based",
    "no_police_reporting",
    "trans_friendly",
    "confidential",
    "walk_in",
]  # the FLAGS of the directory, checked in a test
ChosenValue = Literal["yes", "no", "unknown", "active", "temporarily_closed", "closed"]


# --- finding ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ToggleFilter(Callback, prefix="dfilt"):
    name: FilterName


@dataclass(frozen=True)
class ShowCategories(Callback, prefix="dcats"):
    pass


@dataclass(frozen=True)
class CategoryPage(Callback, prefix="dcat"):
    category: Category
    page: Page


@dataclass(frozen=True)
class SearchPage(Callback, prefix="dsq"):
    """Another page of the last search; its words stay in memory, not in the button."""

    page: Page


@dataclass(frozen=True)
class NearMe(Callback, prefix="dnear"):
    """Ask what to look for near the person: one type of service, or any."""


@dataclass(frozen=True)
class NearType(Callback, prefix="dneart"):
    """Look near the person for one type (None: any type); then a location or an area."""

    category: Category | None


@dataclass(frozen=True)
class NearArea(Callback, prefix="darea"):
    area_id: int
    category: Category | None = None


# --- one service --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShowService(Callback, prefix="dsvc"):
    service_id: int


@dataclass(frozen=True)
class CheckService(Callback, prefix="dchk"):
    """A service from the peers' check list, however long since its last check."""

    service_id: int


@dataclass(frozen=True)
class MapPin(Callback, prefix="dmap"):
    service_id: int


@dataclass(frozen=True)
class ReferralNote(Callback, prefix="dref"):
    service_id: int


@dataclass(frozen=True)
class StillRight(Callback, prefix="dok"):
    service_id: int


@dataclass(frozen=True)
class ReportProblem(Callback, prefix="dprob"):
    """Ask what is wrong with a service."""

    service_id: int


@dataclass(frozen=True)
class ProblemIs(Callback, prefix="dpk"):
    service_id: int
    kind: ProblemKind


# --- suggesting a change (peers) or editing (leads) ---------------------------------------------


@dataclass(frozen=True)
class ChooseField(Callback, prefix="dedit"):
    service_id: int


@dataclass(frozen=True)
class EditField(Callback, prefix="dfield"):
    service_id: int
    field: EditableField


@dataclass(frozen=True)
class SetValue(Callback, prefix="dval"):
    """A yes/no or open/closed value chosen by button (the domain checks it fits the field)."""

    service_id: int
    field: EditableField
    value: ChosenValue


# --- review -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewItem(Callback, prefix="dqueue"):
    index: Annotated[int, Between(0, 9999)]


@dataclass(frozen=True)
class Approve(Callback, prefix="dpub"):
    service_id: int


@dataclass(frozen=True)
class Reject(Callback, prefix="drej"):
    service_id: int


@dataclass(frozen=True)
class ApproveChange(Callback, prefix="dcpub"):
    change_id: int


@dataclass(frozen=True)
class RejectChange(Callback, prefix="dcrej"):
    change_id: int


@dataclass(frozen=True)
class YourProposal(Callback, prefix="dyours"):
    """Read what became of one's own proposal (the letter about it says nothing itself)."""

    service_id: int


@dataclass(frozen=True)
class YourChange(Callback, prefix="dyourc"):
    """Read what became of one's own suggested change."""

    change_id: int


# --- proposing a service ------------------------------------------------------------------------


class Step(StrEnum):
    """Where a proposal is; a button of another step (an older message) is refused."""

    NAME = "name"
    CATEGORIES = "categories"
    ORGANISATION = "organisation"
    DESCRIPTION = "description"
    PHONE = "phone"
    PLACE = "place"
    AREA = "area"
    HOURS = "hours"
    HOURS_TYPED = "hourstyped"
    COST = "cost"
    PAPERS = "papers"
    FLAGS = "flags"
    VISIBILITY = "visibility"
    REVIEW = "review"


@dataclass(frozen=True)
class ProposeCategory(Callback, prefix="dpcat"):
    category: Category


@dataclass(frozen=True)
class ProposeCategoriesDone(Callback, prefix="dpcatok"):
    pass


@dataclass(frozen=True)
class ProposeSkip(Callback, prefix="dpskip"):
    step: Step


@dataclass(frozen=True)
class ProposeArea(Callback, prefix="dparea"):
    area_id: int


@dataclass(frozen=True)
class ProposeHours(Callback, prefix="dphours"):
    choice: Literal["weekdays", "always", "custom"]


@dataclass(frozen=True)
class ProposeCost(Callback, prefix="dpcost"):
    answer: Answer


@dataclass(frozen=True)
class ProposePapers(Callback, prefix="dppaper"):
    answer: Answer


@dataclass(frozen=True)
class ProposeFlag(Callback, prefix="dpflag"):
    flag: Flag


@dataclass(frozen=True)
class ProposeFlagsDone(Callback, prefix="dpflagok"):
    pass


@dataclass(frozen=True)
class ProposeVisibility(Callback, prefix="dpvis"):
    visibility: Literal["public", "peers"]


@dataclass(frozen=True)
class ProposeSend(Callback, prefix="dpsend"):
    pass


@dataclass(frozen=True)
class ProposeCancel(Callback, prefix="dpstop"):
    pass
