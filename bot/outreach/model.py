"""The words of the outreach feature, shared by its domain logic, its figures and its adapters:
sessions, who is on them, reminders, reports and monthly figures. Plain dataclasses only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class SessionKind(StrEnum):
    OUTREACH_WALK = "outreach-walk"
    TESTING_DAY = "testing-day"
    RIGHTS_WORKSHOP = "rights-workshop"
    DISTRIBUTION = "distribution"
    PEER_MEETING = "peer-meeting"
    OTHER = "other"


class AssignmentStatus(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    WAITING = "waiting"  # volunteered when the session was full; moves up when someone declines
    DECLINED = "declined"


class ReminderKind(StrEnum):
    DAY_BEFORE = "day-before"
    HOUR_BEFORE = "hour-before"
    SAFETY_CHECK = "safety-check"  # "are you safe?" when a peer has not checked out
    LEAD_ALERT = "lead-alert"  # the lead is told when the peer does not answer
    REPORT_PROMPT = "report-prompt"


class Check(StrEnum):
    """What a peer on a session can tell us during and after it."""

    IN = "in"
    OUT = "out"
    SAFE = "safe"


class CheckOutcome(StrEnum):
    """What came of a check-in, check-out or "I am safe"."""

    NOTED = "noted"
    EARLY = "early"  # before the window opens (an hour before the start)
    CLOSED = "closed"  # a check-in after the end plus the check-out grace


class PeerOut(StrEnum):
    """Why a confirmed peer no longer counts for a session (the lead is told)."""

    DECLINED = "declined"  # they said they cannot come
    LEFT = "left"  # their role ended (deactivated, or left at a quick exit)
    UNREACHABLE = "unreachable"  # they blocked the bot


class IncidentKind(StrEnum):
    VIOLENCE = "violence"
    POLICE = "police"
    ARREST = "arrest"
    ROBBERY = "robbery"
    HARASSMENT = "harassment"
    HEALTH_EMERGENCY = "health-emergency"
    OTHER = "other"


@dataclass(frozen=True)
class ReminderPolicy:
    hours_before: tuple[int, ...] = (24, 1)
    grace: timedelta = timedelta(hours=1)  # a late reminder within this is still sent, once
    checkout_grace: timedelta = timedelta(minutes=30)  # after the end, then "are you safe?"
    answer_wait: timedelta = timedelta(minutes=15)  # then the lead is alerted
    min_peers: int = 2  # street outreach in pairs: a session with fewer reachable peers is short
    check_in_opens: timedelta = timedelta(hours=1)  # before the start


MAX_SESSION_MINUTES = 24 * 60


@dataclass(frozen=True)
class SessionPlan:
    """What a lead chose, in the deployment's local time."""

    kind: SessionKind
    area_id: int
    day: date
    start: time
    minutes: int
    peers_needed: int
    note: str = ""
    weekly_until: date | None = None


@dataclass(frozen=True)
class OutreachSession:
    id: int
    series_id: int | None
    kind: SessionKind
    area_id: int
    area_name: str
    starts_at: datetime  # aware, UTC
    minutes: int
    peers_needed: int
    note: str
    cancelled: bool
    lead_person_id: int
    confirmed: int = 0
    waiting: int = 0

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Assignment:
    session_id: int
    person_id: int
    alias: str
    status: AssignmentStatus
    checked_in: bool = False
    checked_out: bool = False


@dataclass(frozen=True)
class PersonSession:
    """A session as one person sees it: with their part in it."""

    session: OutreachSession
    status: AssignmentStatus


@dataclass(frozen=True)
class Seat:
    """One person's place on one session, read when a letter about it is about to go."""

    session: OutreachSession
    person_id: int
    alias: str
    status: AssignmentStatus | None  # None: not on the session
    checked_in: bool = False
    checked_out: bool = False
    safe: bool = False


@dataclass(frozen=True)
class SessionReport:
    """One peer's report on one session. Counts describe people reached, never who they were."""

    session_id: int
    person_id: int
    reached_new: int = 0
    reached_returning: int = 0
    condoms: int = 0
    lubricant: int = 0
    leaflets: int = 0
    referrals: dict[str, int] = field(default_factory=dict)  # directory category code -> count
    incidents: dict[str, int] = field(default_factory=dict)  # IncidentKind value -> count
    note: str = ""


@dataclass(frozen=True)
class SessionFacts:
    """What the monthly figures need to know about one session."""

    session_id: int
    area_name: str
    starts_at: datetime  # aware, UTC
    minutes: int
    cancelled: bool
    peers_present: int  # confirmed peers who checked in or filed a report


@dataclass(frozen=True)
class MonthlyFigures:
    """One month (and optionally one area). Counts about community members may be None: hidden
    because they are between 1 and K-1, or because they would reveal such a count (DESIGN rule 5)."""

    month: str  # YYYY-MM
    area: str | None
    planned: int
    held: int
    cancelled: int
    peer_hours: float
    reached_new: int | None
    reached_returning: int | None
    condoms: int
    lubricant: int
    leaflets: int
    referrals: dict[str, int | None]
    incidents: dict[str, int | None]
