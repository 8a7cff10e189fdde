"""The note to leads about a service sent back to review: due at the start of the next ISO week
in the deployment's time zone, never at the moment of the report; once per lead and week."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.common.outbox import Purpose
from bot.feedback.letters import FLAGGED_LETTER, flagged_letters, start_of_next_week

NAIROBI = ZoneInfo("Africa/Nairobi")  # UTC+3


@pytest.mark.parametrize(
    ("now", "due"),
    [
        # Monday noon in Nairobi: the next Monday.
        (datetime(2026, 3, 2, 9, 0, tzinfo=UTC), datetime(2026, 3, 8, 21, 0, tzinfo=UTC)),
        # Sunday 23:30 in Nairobi: half an hour later.
        (datetime(2026, 3, 8, 20, 30, tzinfo=UTC), datetime(2026, 3, 8, 21, 0, tzinfo=UTC)),
        # Sunday 22:30 UTC is already Monday in Nairobi: the Monday after.
        (datetime(2026, 3, 8, 22, 30, tzinfo=UTC), datetime(2026, 3, 15, 21, 0, tzinfo=UTC)),
    ],
)
def test_the_next_week_starts_on_monday_at_midnight_where_the_deployment_is(now, due):
    assert start_of_next_week(now, NAIROBI) == due


def test_a_summer_time_zone_keeps_local_midnight():
    berlin = ZoneInfo("Europe/Berlin")  # summer time from Sunday 29 March 2026
    due = start_of_next_week(datetime(2026, 3, 25, 12, 0, tzinfo=UTC), berlin)
    assert due.astimezone(berlin).isoformat() == "2026-03-30T00:00:00+02:00"


def test_one_note_per_lead_with_the_service_id_only_due_next_week():
    due = datetime(2026, 3, 8, 21, 0, tzinfo=UTC)
    notes = flagged_letters([(11, "en"), (12, "fr")], 7, "2026-W10", due)
    assert [(n.chat_id, n.locale) for n in notes] == [(11, "en"), (12, "fr")]
    assert {n.kind for n in notes} == {FLAGGED_LETTER}
    assert {tuple(n.args.items()) for n in notes} == {(("service", 7),)}
    assert {n.not_before for n in notes} == {due}
    assert {n.purpose for n in notes} == {Purpose.TEAM}
    assert notes[0].words is None
    # Queued again the same week (say, the service was published and flagged again), it goes once.
    again = flagged_letters([(11, "en")], 7, "2026-W10", due)
    assert again[0].dedupe == notes[0].dedupe
