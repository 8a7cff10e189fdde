"""Letters carry ids only, go to people we can reach, at the right priority, and are dropped
when they no longer say something true."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.common.outbox import Priority, Purpose
from bot.outreach.letters import LetterKind, letter, still_wanted
from bot.outreach.model import AssignmentStatus, OutreachSession, Seat, SessionKind

START = datetime(2026, 3, 4, 11, 0, tzinfo=UTC)
SESSION = OutreachSession(
    1, None, SessionKind.OUTREACH_WALK, 1, "Harbour", START, 120, 2, "", False, 1
)


def seat(status=AssignmentStatus.CONFIRMED, cancelled=False, **checks) -> Seat:
    return Seat(replace(SESSION, cancelled=cancelled), 7, "Peer 0", status, **checks)


def test_a_letter_holds_ids_only_and_goes_to_reachable_people():
    to = {"telegram_id": 42, "locale": None, "unreachable": 0}
    made = letter(LetterKind.INVITATION, to, 1, 7)
    assert (made.chat_id, made.locale, made.kind) == (42, "en", "outreach.invitation")
    assert made.args == {"session": 1, "person": 7} and made.words is None
    assert made.purpose is Purpose.TEAM and made.priority is Priority.NOTIFY
    assert letter(LetterKind.INVITATION, {**to, "unreachable": 1}, 1, 7) is None
    assert letter(LetterKind.INVITATION, {**to, "telegram_id": None}, 1, 7) is None


def test_are_you_safe_is_urgent_and_reminders_wait_behind_notices():
    to = {"telegram_id": 42, "locale": "sw", "unreachable": 0}
    assert letter(LetterKind.SAFETY_CHECK, to, 1, 7).priority is Priority.URGENT
    assert letter(LetterKind.LEAD_ALERT, to, 1, 7).priority is Priority.URGENT
    assert letter(LetterKind.DAY_BEFORE, to, 1, 7).priority is Priority.REMINDER
    assert letter(LetterKind.CHANGED, to, 1, 7).priority is Priority.NOTIFY


BEFORE, AFTER = START - timedelta(hours=1), START + timedelta(hours=3)


@pytest.mark.parametrize(
    ("kind", "the_seat", "now", "wanted"),
    [
        (LetterKind.INVITATION, seat(AssignmentStatus.INVITED), BEFORE, True),
        (LetterKind.INVITATION, seat(AssignmentStatus.INVITED), AFTER, False),
        (LetterKind.INVITATION, seat(AssignmentStatus.INVITED, cancelled=True), BEFORE, False),
        (LetterKind.PROMOTED, seat(), BEFORE, True),
        (LetterKind.PROMOTED, seat(AssignmentStatus.DECLINED), BEFORE, False),
        (LetterKind.HOUR_BEFORE, seat(), BEFORE, True),
        (LetterKind.HOUR_BEFORE, seat(), AFTER, False),
        (LetterKind.DAY_BEFORE, seat(cancelled=True), BEFORE, False),
        (LetterKind.CANCELLED, seat(cancelled=True), BEFORE, True),
        (LetterKind.CANCELLED, seat(), BEFORE, False),
        (LetterKind.CHANGED, seat(AssignmentStatus.WAITING), BEFORE, True),
        (LetterKind.CHANGED, seat(AssignmentStatus.DECLINED), BEFORE, False),
        (LetterKind.SAFETY_CHECK, seat(), AFTER, True),
        (LetterKind.SAFETY_CHECK, seat(checked_out=True), AFTER, False),
        (LetterKind.LEAD_ALERT, seat(), AFTER, True),
        (LetterKind.LEAD_ALERT, seat(safe=True), AFTER, False),
        (LetterKind.REPORT_PROMPT, seat(), AFTER, True),
        (LetterKind.REPORT_PROMPT, seat(AssignmentStatus.WAITING), AFTER, False),
    ],
)
def test_a_queued_letter_goes_only_while_it_is_still_true(kind, the_seat, now, wanted):
    assert still_wanted(kind, the_seat, now) is wanted
