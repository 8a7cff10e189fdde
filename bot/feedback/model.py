"""The words of the feedback feature: what a person can tell us, and what a report shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Topic(StrEnum):
    SERVICE = "service"  # a service I used
    OUTREACH = "outreach"  # an outreach session
    NEEDS = "needs"  # what I need
    SAFETY = "safety"
    PEER = "peer"  # talking to a peer (the relay)
    OTHER = "other"


class Barrier(StrEnum):
    COST = "cost"
    LANGUAGE = "language"
    PAPERS = "papers"
    STIGMA = "stigma"  # stigma or discrimination
    POLICE = "police"
    DISTANCE = "distance"
    HOURS = "hours"
    SAFETY = "safety"
    CHILDCARE = "childcare"
    OTHER = "other"


class Given(StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class Waiting(StrEnum):
    NONE = "none"
    UNDER_1H = "under-1h"
    FROM_1_TO_3H = "from-1-to-3h"
    OVER_3H = "over-3h"


@dataclass(frozen=True)
class FeedbackEntry:
    """One submission as stored: nothing in it points to a person."""

    key: str
    week: str  # ISO week, e.g. 2026-W10
    topic: Topic
    service_id: int | None = None
    session_id: int | None = None
    area_id: int | None = None
    service_given: Given | None = None
    explained: bool | None = None
    waiting: Waiting | None = None
    staff_rating: int | None = None  # 1..5
    overall_rating: int | None = None  # 1..5
    barriers: tuple[Barrier, ...] = ()
    needs: tuple[str, ...] = ()  # directory category codes
    free_text: str | None = None  # already scrubbed


@dataclass(frozen=True)
class Ranked:
    code: str
    count: int | None  # None: hidden (DESIGN rule 5)
    share: float | None  # of submissions in the period, None when hidden


@dataclass(frozen=True)
class ServiceRating:
    service_id: int
    name: str
    count: int
    average: float  # shown only where count >= K


@dataclass(frozen=True)
class FeedbackReport:
    period: str  # e.g. 2026-03 or 2026-Q1
    previous_period: str
    submissions: int | None
    previous_submissions: int | None
    barriers: list[Ranked] = field(default_factory=list)
    needs: list[Ranked] = field(default_factory=list)
    ratings: list[ServiceRating] = field(default_factory=list)
    topics: list[Ranked] = field(default_factory=list)
    excerpts: list[str] = field(default_factory=list)  # only from groups shown with >= K
    # The previous period's barriers and needs, suppressed as its own report shows them (a code
    # not named then is absent), so each point of a needs summary can be compared.
    previous_barriers: dict[str, int | None] = field(default_factory=dict)
    previous_needs: dict[str, int | None] = field(default_factory=dict)


@dataclass(frozen=True)
class SummaryPoint:
    """One statement of a needs summary: a barrier or need, how many answers named it (None:
    fewer than K), its share of the period's answers, and the same count the period before
    (None: fewer than K; 0: none)."""

    kind: str  # "barrier" or "need"
    code: str
    count: int | None
    share: float | None
    previous: int | None
