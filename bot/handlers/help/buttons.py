"""The buttons of the help feature: a peer's call for help and its location (`hs…`), the answers
of the people alerted (`ha…`), and a lead's follow-ups (`hf…`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from bot.directory.core import Category
from bot.handlers.callbacks import Between, Callback
from bot.help.model import Answer, FollowUpOutcome

Page = Annotated[int, Between(0, 999)]


# --- a peer calls for help ---------------------------------------------------------------------


@dataclass(frozen=True)
class CallForHelp(Callback, prefix="hsos"):
    """ "🆘 I need help" on a session the person is on (session screen, /mine, "are you safe?")."""

    session_id: int


@dataclass(frozen=True)
class ShareLocation(Callback, prefix="hsloc"):
    """Offer Telegram's "share my location" button again for an open call."""

    alarm_id: int


# --- the people alerted answer -----------------------------------------------------------------


@dataclass(frozen=True)
class AnswerCall(Callback, prefix="hans"):
    """ "I'm on it" / "They are safe now" under a call for help (and the peer's "I'm safe now")."""

    alarm_id: int
    answer: Answer


@dataclass(frozen=True)
class AnswerMissed(Callback, prefix="hamiss"):
    """The same answers under outreach's alert about a peer who did not check out: named by
    session and peer, since the alert may go before its call's row is made."""

    session_id: int
    person_id: int
    answer: Answer


# --- a lead's follow-ups -----------------------------------------------------------------------


@dataclass(frozen=True)
class OpenFollowUp(Callback, prefix="hfopen"):
    followup_id: int


@dataclass(frozen=True)
class TakeFollowUp(Callback, prefix="hftake"):
    """ "I'm following up"."""

    followup_id: int


@dataclass(frozen=True)
class CloseFollowUp(Callback, prefix="hfclose"):
    """Closed: resolved or no action at once; referred asks which service first."""

    followup_id: int
    outcome: FollowUpOutcome


@dataclass(frozen=True)
class ReferralType(Callback, prefix="hftype"):
    """The services of one type, a page at a time, to say which one the person was referred to."""

    followup_id: int
    category: Category
    page: Page = 0


@dataclass(frozen=True)
class ReferTo(Callback, prefix="hfref"):
    """Closed as referred to this service (None: one not in the directory)."""

    followup_id: int
    service_id: int | None
