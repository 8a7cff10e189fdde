"""The directory's records and the words for their states: categories, vetting states, ageing,
filters, and the plain dataclasses the rest of the bot reads (a service, an area, a change)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import Enum, StrEnum

from bot.directory.geometry import DistanceBand
from bot.directory.opening_hours import OpenStatus

PAGE_SIZE = 5


class Category(StrEnum):
    HEALTH = "health"
    HIV_STI = "hiv-sti"
    SEXUAL_HEALTH = "sexual-health"
    MENTAL_HEALTH = "mental-health"
    LEGAL_AID = "legal-aid"
    GBV = "gbv"
    SHELTER = "shelter"
    DROP_IN = "drop-in"
    LIVELIHOOD = "livelihood"
    DOCUMENTATION = "documentation"
    HARM_REDUCTION = "harm-reduction"
    SEX_WORKER_LED = "sex-worker-led"
    PEER_SUPPORT = "peer-support"
    EMERGENCY = "emergency"


class Visibility(StrEnum):
    PUBLIC = "public"
    PEERS = "peers"
    LEADS = "leads"


class State(StrEnum):
    PROPOSED = "proposed"
    PUBLISHED = "published"
    REVIEW = "review"
    REJECTED = "rejected"
    ARCHIVED = "archived"


class Freshness(Enum):
    FRESH = "fresh"
    DUE = "due"  # offered to peers for a re-check
    STALE = "stale"  # shown as "not checked recently"
    HIDDEN = "hidden"  # not shown until re-checked


class ProblemKind(StrEnum):
    CLOSED = "closed"
    MOVED = "moved"
    WRONG_HOURS = "wrong-hours"
    TREATED_BADLY = "treated-badly"
    ASKED_FOR_PAPERS = "asked-for-papers"
    CALLED_POLICE = "called-police"


class ProblemOutcome(StrEnum):
    """What became of a peer's problem report."""

    NOTED = "noted"  # recorded; a lead will look at it
    TO_REVIEW = "review"  # enough reports: the service went back to review
    ALREADY = "already"  # the same report from the same person is still open: nothing new


class EditableField(StrEnum):
    """What a peer may suggest changing on a published service (and a lead may edit)."""

    NAME = "name"
    DESCRIPTION = "description"
    PHONE = "phone"
    ADDRESS = "address"
    HOURS = "hours"
    IS_FREE = "is_free"
    NO_PAPERS_NEEDED = "no_papers_needed"
    STATUS = "status"
    NOTICE = "notice"


TEXT_LIMITS = {
    EditableField.NAME: 120,
    EditableField.DESCRIPTION: 1000,
    EditableField.ADDRESS: 300,
    EditableField.NOTICE: 300,
}
STATUSES = ("active", "temporarily_closed", "closed")
ANSWERS = {"yes": 1, "no": 0, "unknown": None}


FLAGS = (
    "sex_worker_led",
    "rights_based",
    "no_police_reporting",
    "trans_friendly",
    "confidential",
    "walk_in",
)


@dataclass(frozen=True)
class RecheckPolicy:
    """How a service ages: offered for a check, then shown as not recent, then hidden."""

    due_days: int = 90
    stale_days: int = 120
    hide_days: int = 180

    def freshness(self, last_checked: date | None, today: date) -> Freshness:
        if last_checked is None:
            return Freshness.HIDDEN
        age = (today - last_checked).days
        if age >= self.hide_days:
            return Freshness.HIDDEN
        if age >= self.stale_days:
            return Freshness.STALE
        if age >= self.due_days:
            return Freshness.DUE
        return Freshness.FRESH


@dataclass(frozen=True)
class Filters:
    free: bool = False
    no_papers: bool = False
    sex_worker_led: bool = False
    open_now: bool = False

    def toggled(self, name: str) -> Filters:
        if name not in asdict(self):
            raise ValueError(name)
        return replace(self, **{name: not getattr(self, name)})


@dataclass(frozen=True)
class ServiceRecord:
    """What a person proposes or an operator imports: HSDS-like fields plus our attributes."""

    name: str
    categories: tuple[Category, ...] = ()
    organisation: str | None = None
    organisation_sex_worker_led: bool = False
    description: str = ""
    phone: str | None = None
    email: str | None = None
    url: str | None = None
    fees: str | None = None
    is_free: bool | None = None
    eligibility: str | None = None
    documents_required: str | None = None
    no_papers_needed: bool | None = None
    interpretation: bool | None = None
    languages: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    status: str = "active"
    notice: str | None = None
    notice_expires_on: str | None = None
    location_name: str | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    area_id: int | None = None
    directions: str | None = None
    accessibility: str | None = None
    hours: str = ""
    closures: tuple[tuple[str, str], ...] = ()
    sex_worker_led: bool = False
    rights_based: bool = False
    no_police_reporting: bool = False
    trans_friendly: bool = False
    confidential: bool = False
    walk_in: bool = False
    visibility: Visibility = Visibility.PUBLIC


@dataclass(frozen=True)
class Service:
    """A stored service as a reader sees it."""

    id: int
    record: ServiceRecord
    state: State
    last_checked_on: date | None
    freshness: Freshness
    area_name: str | None
    open: OpenStatus
    distance: DistanceBand | None = None
    open_reports: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ResultPage:
    services: list[Service]
    page: int
    has_more: bool


@dataclass(frozen=True)
class Area:
    id: int
    code: str
    name: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class Referral:
    service: Service
    code: str


@dataclass(frozen=True)
class Change:
    id: int
    service_id: int
    service_name: str
    field: EditableField
    new_value: str | None
    proposer_person_id: int | None


class ChangeOutcome(Enum):
    DRAFTED = "drafted"  # waits for a lead beside the live record
    APPLIED = "applied"  # a lead's own edit


@dataclass(frozen=True)
class Decision:
    """The outcome of a vetting action, with whom to tell (the proposer, if still on the team)."""

    service_id: int
    name: str
    proposer_person_id: int | None
    change_id: int | None = None  # a suggested change's decision, not the service's


class Standing(StrEnum):
    """Where something a person sent stands now."""

    WAITING = "waiting"
    PUBLISHED = "published"
    REJECTED = "rejected"


@dataclass(frozen=True)
class YourItem:
    """What became of a person's own proposal or suggested change, read only by them."""

    name: str
    standing: Standing
    reason: str | None = None  # a lead's words, as typed: scrub before showing
    field: EditableField | None = None  # a change's field; None for a proposal


@dataclass(frozen=True)
class RecheckOffer:
    """A peer to tell, in their language, how many services wait for a check."""

    telegram_id: int
    locale: str
    due: int
