"""The letters outreach writes to people who did not just write to us: invitations, a place that
opened, cancellations, changes, reminders, "are you safe?", alerts to the lead and the prompt to
report. They are queued in the outbox inside the same transaction as the change they are about,
carry only ids, and are rendered when they are sent, or dropped if no longer wanted.
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
    PROMOTED = "outreach.promoted"
    CANCELLED = "outreach.cancelled"
    CHANGED = "outreach.changed"
    DAY_BEFORE = "outreach.day-before"
    HOUR_BEFORE = "outreach.hour-before"
    SAFETY_CHECK = "outreach.safety-check"
    LEAD_ALERT = "outreach.lead-alert"
    REPORT_PROMPT = "outreach.report-prompt"


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
    kind: LetterKind, to: Mapping[str, Any], session_id: int, person_id: int
) -> Outgoing | None:
    """A letter about `person_id`'s place on a session, to the person `to` (a row with
    `telegram_id`, `locale` and `unreachable`); None when they cannot be written to."""
    if to["telegram_id"] is None or to.get("unreachable"):
        return None
    return Outgoing(
        to["telegram_id"],
        to["locale"] or DEFAULT_LOCALE,
        kind.value,
        {"session": session_id, "person": person_id},
        purpose=Purpose.TEAM,
        priority=PRIORITY.get(kind, Priority.NOTIFY),
    )


def to_the_person(kind: LetterKind, row: Mapping[str, Any]) -> Outgoing | None:
    """A letter to the person the row is about (it has `session_id` and `person_id` too)."""
    return letter(kind, row, row["session_id"], row["person_id"])


def still_wanted(kind: LetterKind, seat: Seat, now: datetime) -> bool:
    """Whether a queued letter still says something true and useful when its turn comes."""
    session = seat.session
    started = session.starts_at <= now
    confirmed = seat.status is AssignmentStatus.CONFIRMED
    settled = seat.checked_out or seat.safe
    match kind:
        case LetterKind.INVITATION:
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
    return False
