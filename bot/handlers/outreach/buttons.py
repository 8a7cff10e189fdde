"""The buttons of outreach sessions: planning (`op…`), a lead's view of a session (`o…`),
changing its time (`om…`), peers' answers and check-ins, reports (`or…`) and figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Annotated, Literal

from bot.directory.core import Category
from bot.handlers.callbacks import Between, Callback
from bot.handlers.widgets import PadKey
from bot.outreach.model import Check, IncidentKind, SessionKind

WEEKS_AWAY = 520  # how far the week view goes either side of this week
Minutes = Annotated[int, Between(1, 24 * 60)]
Count = Annotated[int, Between(1, 99)]
Minute = Annotated[int, Between(0, 59)]


# --- planning (a lead) -----------------------------------------------------------------------


@dataclass(frozen=True)
class PlanKind(Callback, prefix="opkind"):
    kind: SessionKind


@dataclass(frozen=True)
class PlanArea(Callback, prefix="oparea"):
    area_id: int


@dataclass(frozen=True)
class PlanMonth(Callback, prefix="opmonth"):
    """Show another month of the calendar (any day of it)."""

    month: date


@dataclass(frozen=True)
class PlanDay(Callback, prefix="opday"):
    day: date


@dataclass(frozen=True)
class PlanStart(Callback, prefix="opstart"):
    start: time


@dataclass(frozen=True)
class PlanStartMinute(Callback, prefix="opmin"):
    """Show the start times of every hour at this minute past it."""

    minute: Minute


@dataclass(frozen=True)
class PlanLength(Callback, prefix="oplen"):
    minutes: Minutes


@dataclass(frozen=True)
class PlanPeers(Callback, prefix="oppeers"):
    count: Count


@dataclass(frozen=True)
class PlanSkipNote(Callback, prefix="opnote"):
    pass


@dataclass(frozen=True)
class PlanRepeat(Callback, prefix="oprep"):
    weeks: Count


@dataclass(frozen=True)
class PlanSave(Callback, prefix="opsave"):
    pass


@dataclass(frozen=True)
class PlanQuit(Callback, prefix="opquit"):
    pass


# --- a session (a lead) ----------------------------------------------------------------------


@dataclass(frozen=True)
class OpenSession(Callback, prefix="osess"):
    session_id: int


@dataclass(frozen=True)
class Week(Callback, prefix="oweek"):
    """The sessions of a week, counted from this one."""

    offset: Annotated[int, Between(-WEEKS_AWAY, WEEKS_AWAY)]


@dataclass(frozen=True)
class CallArea(Callback, prefix="ocall"):
    """Invite every active peer of the session's area (to the rest of its series too)."""

    session_id: int
    whole_series: bool = False


@dataclass(frozen=True)
class PickPeer(Callback, prefix="opick"):
    session_id: int
    whole_series: bool = False


@dataclass(frozen=True)
class InvitePeer(Callback, prefix="oinvite"):
    session_id: int
    person_id: int
    whole_series: bool = False


@dataclass(frozen=True)
class ChooseArea(Callback, prefix="oareas"):
    session_id: int


@dataclass(frozen=True)
class MoveToArea(Callback, prefix="oarea"):
    session_id: int
    area_id: int


@dataclass(frozen=True)
class ChangeNote(Callback, prefix="onote"):
    session_id: int


@dataclass(frozen=True)
class ChangeTime(Callback, prefix="omove"):
    session_id: int


@dataclass(frozen=True)
class MoveMonth(Callback, prefix="ommonth"):
    month: date


@dataclass(frozen=True)
class MoveDay(Callback, prefix="omday"):
    day: date


@dataclass(frozen=True)
class MoveStart(Callback, prefix="omstart"):
    start: time


@dataclass(frozen=True)
class MoveStartMinute(Callback, prefix="ommin"):
    minute: Minute


@dataclass(frozen=True)
class CancelSession(Callback, prefix="ocancel"):
    session_id: int
    whole_series: bool


# --- peers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerInvitation(Callback, prefix="oanswer"):
    session_id: int
    yes: bool


@dataclass(frozen=True)
class AnswerSeries(Callback, prefix="oseries"):
    """One answer to the invitations of a series, from this session on."""

    session_id: int
    yes: bool


@dataclass(frozen=True)
class CheckOnSession(Callback, prefix="ocheck"):
    """Check in, check out, or "I am safe"."""

    session_id: int
    what: Check


@dataclass(frozen=True)
class MySession(Callback, prefix="omine"):
    session_id: int


@dataclass(frozen=True)
class CalendarFile(Callback, prefix="oics"):
    pass


# --- reports ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartReport(Callback, prefix="oreport"):
    session_id: int


@dataclass(frozen=True)
class ReportKey(Callback, prefix="orkey"):
    key: PadKey


@dataclass(frozen=True)
class ReportReferral(Callback, prefix="orref"):
    category: Category


@dataclass(frozen=True)
class ReportIncident(Callback, prefix="orinc"):
    kind: IncidentKind


@dataclass(frozen=True)
class ReportTallyDone(Callback, prefix="ordone"):
    which: Literal["referrals", "incidents"]


@dataclass(frozen=True)
class ReportSkipNote(Callback, prefix="orskip"):
    pass


@dataclass(frozen=True)
class ReportSend(Callback, prefix="orsend"):
    session_id: int


# --- figures (a lead) ------------------------------------------------------------------------


@dataclass(frozen=True)
class FiguresOf(Callback, prefix="ofig"):
    """A month's figures (its first day)."""

    month: date
