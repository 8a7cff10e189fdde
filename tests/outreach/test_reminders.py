"""Reminders from the database: each claimed once and its letter queued in the same
transaction, late ones within the grace period sent, later ones marked missed, "are you safe?"
followed by an alert to the lead when no answer comes."""

from datetime import timedelta

import pytest

from bot.outreach.letters import LetterKind
from bot.outreach.model import Check, ReminderPolicy
from bot.outreach.reminders import reminder_times
from storage import outreach as store
from storage import people as people_store


async def states(town):
    rows = await town.database.fetch_all(
        "SELECT person_id, kind, state FROM outreach_reminders ORDER BY person_id, kind"
    )
    return {(r[0], r[1]): r[2] for r in rows}


def kinds(letters):
    return [kind for _, kind, _ in letters]


async def test_reminder_times_before_after_and_only_those_still_ahead(town):
    (session,) = await town.plan()  # 11:00 to 13:00 UTC on 4 March
    times = dict(reminder_times(session, ReminderPolicy(), town.outreach.now()))
    assert times == {
        "day-before": "2026-03-03T11:00:00+00:00",
        "hour-before": "2026-03-04T10:00:00+00:00",
        "safety-check": "2026-03-04T13:30:00+00:00",
        "report-prompt": "2026-03-04T13:00:00+00:00",
    }
    later = dict(reminder_times(session, ReminderPolicy(), session.starts_at - timedelta(hours=2)))
    assert "day-before" not in later and "hour-before" in later


async def test_a_due_reminder_is_queued_once(town):
    session = await town.confirmed()
    await town.sent_all()
    town.clock.current = session.starts_at - timedelta(hours=24)
    assert await town.outreach.queue_due_reminders() == 2
    assert await town.outreach.queue_due_reminders() == 0
    letters = await town.letters()
    assert kinds(letters) == [LetterKind.DAY_BEFORE.value] * 2
    assert [chat for chat, _, _ in letters] == [p.telegram_id for p in town.peers[:2]]
    assert await town.outreach.pending_reminders() == 6


async def test_a_round_that_fails_half_way_loses_and_doubles_nothing(town):
    session = await town.confirmed()
    await town.sent_all()
    town.clock.current = session.starts_at - timedelta(hours=24)
    decided = []

    def decide(row):
        if decided:
            raise RuntimeError("the process died here")
        decided.append(row["id"])
        return "sent", town.outreach.decide(row, town.outreach.now()).letters, []

    with pytest.raises(RuntimeError):
        await store.claim_due_reminders(town.database, town.clock.current.isoformat(), 10, decide)
    assert await town.letters() == []
    assert "sent" not in (await states(town)).values()
    assert await town.outreach.queue_due_reminders() == 2


async def test_late_within_the_grace_period_is_sent_and_later_is_missed(town):
    session = await town.confirmed()
    await town.sent_all()
    town.clock.current = session.starts_at - timedelta(hours=23, minutes=10)  # 50 minutes late
    assert await town.outreach.queue_due_reminders() == 2
    town.clock.current = session.starts_at - timedelta(hours=1) + timedelta(hours=1, minutes=1)
    await town.sent_all()
    assert await town.outreach.queue_due_reminders() == 0  # 61 minutes late: missed, not sent
    assert await town.letters() == []
    peer = town.peers[0].person_id
    assert (await states(town))[(peer, "hour-before")] == "missed"


async def test_no_answer_to_are_you_safe_alerts_the_lead(town):
    session = await town.confirmed()
    first, second = town.peers[:2]
    town.clock.current = session.ends_at
    await town.outreach.check(second, session.id, Check.OUT)
    await town.sent_all()
    town.clock.current = session.ends_at + timedelta(minutes=31)
    await town.outreach.queue_due_reminders()
    letters = await town.letters()
    assert (first.telegram_id, LetterKind.SAFETY_CHECK.value) in [(c, k) for c, k, _ in letters]
    assert (second.telegram_id, LetterKind.SAFETY_CHECK.value) not in [
        (c, k) for c, k, _ in letters
    ]
    await town.sent_all()
    town.clock.advance(minutes=16)
    assert await town.outreach.queue_due_reminders() == 1
    assert await town.letters() == [
        (
            town.lead.telegram_id,
            LetterKind.LEAD_ALERT.value,
            {"session": session.id, "person": first.person_id},
        )
    ]


async def test_a_peer_who_says_they_are_safe_raises_no_alert(town):
    session = await town.confirmed()
    town.clock.current = session.ends_at + timedelta(minutes=31)
    await town.outreach.queue_due_reminders()
    await town.outreach.check(town.peers[0], session.id, Check.SAFE)
    await town.outreach.check(town.peers[1], session.id, Check.OUT)
    await town.sent_all()
    town.clock.advance(minutes=30)
    assert await town.outreach.queue_due_reminders() == 0
    assert {s for (_, k), s in (await states(town)).items() if k == "lead-alert"} == {"cancelled"}


async def test_a_peer_who_blocked_the_bot_gets_no_reminders_but_their_lead_is_alerted_at_once(
    town,
):
    session = await town.confirmed()
    peer = town.peers[0]
    await people_store.set_reachable(town.database, peer.telegram_id, False)
    await town.sent_all()
    town.clock.current = session.ends_at + timedelta(minutes=31)
    await town.outreach.queue_due_reminders()  # "are you safe?" cannot reach the first one
    assert (peer.telegram_id, LetterKind.SAFETY_CHECK.value) not in [
        (c, k) for c, k, _ in await town.letters()
    ]
    assert (await states(town))[(peer.person_id, "safety-check")] == "unreachable"
    await town.sent_all()
    await town.outreach.queue_due_reminders()  # no waiting 15 minutes: nobody can ask them
    assert (town.lead.telegram_id, LetterKind.LEAD_ALERT.value) in [
        (c, k) for c, k, _ in await town.letters()
    ]


async def test_reminders_wait_for_a_peer_who_blocked_the_bot_and_go_once_they_write_again(town):
    session = await town.confirmed()
    peer = town.peers[0]
    await people_store.set_reachable(town.database, peer.telegram_id, False)
    await town.sent_all()
    town.clock.current = session.starts_at - timedelta(hours=24)
    assert await town.outreach.queue_due_reminders() == 1  # the other peer's
    assert (await states(town))[(peer.person_id, "day-before")] == "unreachable"
    await people_store.set_reachable(town.database, peer.telegram_id, True)  # they wrote again
    await town.sent_all()
    town.clock.current = session.starts_at - timedelta(hours=1)
    assert await town.outreach.queue_due_reminders() == 2
    assert peer.telegram_id in [chat for chat, _, _ in await town.letters()]


def test_a_reminder_of_a_cancelled_session_or_a_peer_no_longer_on_it_is_cancelled(town):
    now = town.outreach.now()
    row = {
        "id": 1,
        "session_id": 1,
        "person_id": 2,
        "kind": "day-before",
        "due_at": now.isoformat(),
        "telegram_id": 5,
        "locale": "fr",
        "unreachable": 0,
        "status": "confirmed",
        "checked_out_at": None,
        "safe_at": None,
        "cancelled": 0,
        "lead_telegram_id": 9,
        "lead_locale": "en",
        "lead_active": 1,
    }
    decide = town.outreach.decide
    assert decide(row, now).state == "sent"
    assert decide(row, now).letters[0]["locale"] == "fr"
    assert decide({**row, "cancelled": 1}, now).state == "cancelled"
    assert decide({**row, "status": "declined"}, now).state == "cancelled"
    assert decide({**row, "unreachable": 1}, now).state == "unreachable"
    assert decide(row, now + timedelta(hours=2)).state == "missed"
    lead_alert = {**row, "kind": "lead-alert", "unreachable": 1}
    assert decide(lead_alert, now + timedelta(hours=2)).state == "sent"
    assert decide({**lead_alert, "lead_active": 0}, now).state == "unreachable"
    assert decide({**lead_alert, "safe_at": now.isoformat()}, now).state == "cancelled"
    safety = decide({**row, "kind": "safety-check"}, now)
    assert safety.follow_ups == [("lead-alert", (now + timedelta(minutes=15)).isoformat())]
    unreachable = decide({**row, "kind": "safety-check", "telegram_id": None}, now)
    assert unreachable.state == "unreachable" and unreachable.letters == []
    assert unreachable.follow_ups == [("lead-alert", now.isoformat())]
