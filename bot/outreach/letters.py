"""The letters outreach writes to people who did not just write to us: invitations (to one
session or a weekly series), a place that opened, cancellations, changes, reminders, "are you
safe?", the prompt to report, and to the lead: no answer after a session, and a confirmed peer
who can no longer come, left the team or cannot be reached. They are queued in the outbox inside
the same transaction as the change they are about, carry only ids and codes, and are rendered
when they are sent, or dropped if no longer wanted.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot.common.outbox import Outgoing, Priority, Purpose
from bot.outreach.model import AssignmentStatus, ReminderKind, Seat

DEFAULT_LOCALE = "en"


class LetterKind(StrEnum):
    INVITATION = "outreach.invitation"
    INVITATION_SERIES = "outreach.invitation-series"
    PROMOTED = "outreach.promoted"
    CANCELLED = "outreach.cancelled"
    CHANGED = "outreach.changed"
    DAY_BEFORE = "outreach.day-before"
    HOUR_BEFORE = "outreach.hour-before"
    SAFETY_CHECK = "outreach.safety-check"
    LEAD_ALERT = "outreach.lead-alert"
    REPORT_PROMPT = "outreach.report-prompt"
    PEER_OUT = "outreach.peer-out"  # to the lead: a confirmed peer no longer counts


FOR_REMINDER = {
    ReminderKind.DAY_BEFORE: LetterKind.DAY_BEFORE,
    ReminderKind.HOUR_BEFORE: LetterKind.HOUR_BEFORE,
    ReminderKind.SAFETY_CHECK: LetterKind.SAFETY_CHECK,
    ReminderKind.LEAD_ALERT: LetterKind.LEAD_ALERT,
    ReminderKind.REPORT_PROMPT: LetterKind.REPORT_PROMPT,
}

PRIORITY = {
    LetterKind.SAFETY_CHECK: Priority.URGENT,
    LetterKind.LEAD_ALERT: Priority.URGENT,
    LetterKind.DAY_BEFORE: Priority.REMINDER,
    LetterKind.HOUR_BEFORE: Priority.REMINDER,
    LetterKind.REPORT_PROMPT: Priority.REMINDER,
}


def letter(
    kind: LetterKind, to: Mapping[str, Any], session_id: int, person_id: int, **codes: str
) -> Outgoing | None:
    """A letter about `person_id`'s place on a session, to the person `to` (a row with
    `telegram_id`, `locale` and `unreachable`); None when they cannot be written to. `codes`
    are short words the screen chooses by (why a peer is out), never personal data."""
    if to["telegram_id"] is None or to.get("unreachable"):
        return None
    return Outgoing(
        to["telegram_id"],
        to["locale"] or DEFAULT_LOCALE,
        kind.value,
        {"session": session_id, "person": person_id, **codes},
        purpose=Purpose.TEAM,
        priority=PRIORITY.get(kind, Priority.NOTIFY),
    )


def to_the_person(kind: LetterKind, row: Mapping[str, Any], **codes: str) -> Outgoing | None:
    """A letter to the person `row` names (`telegram_id`, `locale`), about the place on a
    session the row is about (`session_id`, `person_id`): the same person, or their lead."""
    return letter(kind, row, row["session_id"], row["person_id"], **codes)


def still_wanted(kind: LetterKind, seat: Seat, now: datetime) -> bool:
    """Whether a queued letter still says something true and useful when its turn comes."""
    session = seat.session
    started = session.starts_at <= now
    confirmed = seat.status is AssignmentStatus.CONFIRMED
    settled = seat.checked_out or seat.safe
    match kind:
        case LetterKind.INVITATION | LetterKind.INVITATION_SERIES:
            return not session.cancelled and not started and seat.status is not None
        case LetterKind.PROMOTED | LetterKind.DAY_BEFORE | LetterKind.HOUR_BEFORE:
            return not session.cancelled and not started and confirmed
        case LetterKind.CANCELLED:
            return session.cancelled
        case LetterKind.CHANGED:
            return not session.cancelled and seat.status not in (None, AssignmentStatus.DECLINED)
        case LetterKind.SAFETY_CHECK:
            return confirmed and not settled
        case LetterKind.LEAD_ALERT:
            return not settled
        case LetterKind.REPORT_PROMPT:
            return not session.cancelled and confirmed
        case LetterKind.PEER_OUT:
            return not session.cancelled and now < session.ends_at
    return False
