"""The words of the help feature: calls for help on outreach sessions (a peer's SOS, and the
lead's alert when a peer did not check out), the answers to them, incident follow-ups and the
month's figures. Plain dataclasses only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from bot.outreach.model import IncidentKind, OutreachSession


class AlarmKind(StrEnum):
    SOS = "sos"  # a peer tapped "I need help"
    MISSED_CHECKOUT = "missed-checkout"  # a peer did not answer "are you safe?"


class Answer(StrEnum):
    """What someone alerted can answer."""

    ON_IT = "on"  # "I'm on it"
    SAFE = "safe"  # "They are safe now" (or the peer's own "I'm safe now")


class AlarmOutcome(StrEnum):
    """How a call for help ended (the month's figures count these)."""

    SAFE = "safe"  # someone said they are safe
    ACKNOWLEDGED = "acknowledged"  # someone was on it; nobody said "safe" within a day
    UNANSWERED = "unanswered"  # nobody answered within a day


class FollowUpOutcome(StrEnum):
    RESOLVED = "resolved"
    REFERRED = "referred"  # to a service from the directory (or one not listed)
    NO_ACTION = "no-action"  # the person wants no action


class RaiseOutcome(StrEnum):
    RAISED = "raised"  # the call went out now
    ALREADY = "already"  # a call of theirs for this session is open: shown again, not re-sent
    OVER = "over"  # the session is long over: the team is not called, other help is offered


@dataclass(frozen=True)
class HelpPolicy:
    """When a call for help may be made and how it is escalated."""

    escalate_after: timedelta = timedelta(minutes=5)  # no "I'm on it" by then: admins, all leads
    escalation_rounds: int = 4  # the escalation, then re-sent up to 3 times until acknowledged
    shown_before: timedelta = timedelta(hours=1)  # the button shows from an hour before the start
    checkout_grace: timedelta = timedelta(minutes=30)  # ...to the end plus the check-out grace
    # "Are you safe?" goes at the end plus the grace: its "I need help" still works for a day.
    late_call: timedelta = timedelta(hours=24)
    open_for: timedelta = timedelta(hours=24)  # then a call closes with the outcome it had

    def shown(self, session: OutreachSession, now: datetime) -> bool:
        """Whether "🆘 I need help" is offered for this session now (to a peer on it)."""
        return (
            not session.cancelled
            and session.starts_at - self.shown_before
            <= now
            <= session.ends_at + self.checkout_grace
        )

    def accepted(self, session: OutreachSession, now: datetime) -> bool:
        """Whether a tap on it calls the team (the "are you safe?" letter comes at the end of
        the shown window, so a call is taken for a day after it)."""
        return (
            not session.cancelled
            and session.starts_at - self.shown_before
            <= now
            <= session.ends_at + self.checkout_grace + self.late_call
        )


@dataclass(frozen=True)
class Alarm:
    """A call for help as its people see it."""

    id: int
    kind: AlarmKind
    session: OutreachSession
    person_id: int
    alias: str  # who needs help
    raised_at: datetime
    acked_at: datetime | None
    acked_by: str | None  # alias of the first "I'm on it"
    safe_at: datetime | None
    safe_by: str | None
    safe_by_themselves: bool
    escalations: int
    closed: bool

    @property
    def answered(self) -> bool:
        return self.acked_at is not None or self.safe_at is not None


@dataclass(frozen=True)
class Raised:
    """What came of a peer's tap on "I need help"."""

    outcome: RaiseOutcome
    alarm: Alarm | None = None
    alerted: int = 0  # how many people the call went to now


@dataclass(frozen=True)
class Recipient:
    """Someone alerted, with where to write to them now (never stored with the call)."""

    person_id: int
    chat_id: int
    locale: str


@dataclass(frozen=True)
class FollowUp:
    id: int
    kind: IncidentKind
    incidents: int
    session: OutreachSession
    reported_by: str  # the reporting peer's alias
    note: str | None  # None once erased
    opened_at: datetime
    taken_by: str | None
    taken_at: datetime | None
    closed_at: datetime | None
    outcome: FollowUpOutcome | None
    referred_to: str | None  # the service's name

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


@dataclass(frozen=True)
class HelpFigures:
    """One month: calls for help by outcome, follow-ups opened by kind and closed by outcome.
    A count is None when hidden (from 1 to K-1, or because a total would reveal one)."""

    month: str
    sos: dict[str, int | None]
    sos_total: int | None
    opened: dict[str, int | None]
    opened_total: int | None
    closed: dict[str, int | None]
    closed_total: int | None
