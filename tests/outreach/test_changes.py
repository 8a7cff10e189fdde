"""Changing a session: everyone on it is told with the change, reminders follow the time."""

from datetime import date, time, timedelta

import pytest

from bot.common.refusal import NotAllowed
from bot.outreach.letters import LetterKind


async def reminders(town, person):
    rows = await town.database.fetch_all(
        "SELECT kind, due_at, state FROM outreach_reminders WHERE person_id = ? ORDER BY kind",
        (person.person_id,),
    )
    return {r[0]: (r[1], r[2]) for r in rows}


async def test_cancelling_tells_everyone_on_it_and_stops_their_reminders(town):
    session = await town.confirmed()
    await town.outreach.invite(
        town.lead, session.id, [town.peers[2].person_id, town.peers[3].person_id]
    )
    await town.outreach.respond(town.peers[3], session.id, False)
    await town.sent_all()
    assert await town.outreach.cancel(town.lead, session.id, False) == 3  # not the one who declined
    letters = await town.letters()
    assert {kind for _, kind, _ in letters} == {LetterKind.CANCELLED.value}
    assert [chat for chat, _, _ in letters] == [p.telegram_id for p in town.peers[:3]]
    assert {state for _, state in (await reminders(town, town.peers[0])).values()} == {"cancelled"}
    assert await town.outreach.cancel(town.lead, session.id, False) == 0  # once


async def test_cancelling_the_rest_of_a_series_leaves_earlier_ones(town):
    sessions = await town.plan(until=date(2026, 3, 25))
    await town.outreach.cancel(town.lead, sessions[2].id, True)
    cancelled = [(await town.outreach.session(s.id)).cancelled for s in sessions]
    assert cancelled == [False, False, True, True]


async def test_moving_retimes_reminders_and_tells_everyone(town):
    session = await town.confirmed()
    peer = town.peers[0]
    await town.sent_all()
    town.clock.current = session.starts_at - timedelta(hours=30)
    # Tomorrow 07:00 local, sooner than a day from now: no day-before reminder any more.
    assert await town.outreach.move(town.lead, session.id, date(2026, 3, 4), time(7, 0))
    due = await reminders(town, peer)
    assert due["day-before"][1] == "cancelled"
    assert due["hour-before"] == ("2026-03-04T03:00:00+00:00", "pending")
    assert due["report-prompt"] == ("2026-03-04T06:00:00+00:00", "pending")
    assert {kind for _, kind, _ in await town.letters()} == {LetterKind.CHANGED.value}
    assert len(await town.letters()) == 2


async def test_a_move_to_a_time_that_passed_changes_nothing(town):
    session = await town.confirmed()
    assert not await town.outreach.move(town.lead, session.id, date(2026, 3, 2), time(6, 0))
    assert (await town.outreach.session(session.id)).starts_at == session.starts_at
    await town.outreach.cancel(town.lead, session.id, False)
    with pytest.raises(NotAllowed):
        await town.outreach.move(town.lead, session.id, date(2026, 3, 5), time(10, 0))


async def test_another_area_before_the_start_is_told_to_everyone(town):
    session = await town.confirmed()
    await town.sent_all()
    assert await town.outreach.change_area(town.lead, session.id, town.hill) == 2
    assert (await town.outreach.session(session.id)).area_name == "Hill"
    with pytest.raises(NotAllowed):
        await town.outreach.change_area(town.lead, session.id, 999)
    town.clock.current = session.starts_at
    with pytest.raises(NotAllowed):
        await town.outreach.change_area(town.lead, session.id, town.harbour)


async def test_a_new_note_is_scrubbed_and_a_cancelled_session_keeps_its_own(town):
    (session,) = await town.plan()
    assert await town.outreach.change_note(town.lead, session.id, "Call 0712 345 678 @someone")
    note = (await town.outreach.session(session.id)).note
    assert "345" not in note and "@someone" not in note and note.startswith("Call")
    await town.outreach.cancel(town.lead, session.id, False)
    assert not await town.outreach.change_note(town.lead, session.id, "later")


async def test_only_a_lead_changes_a_session(town):
    session = await town.confirmed()
    peer = town.peers[0]
    for change in (
        town.outreach.cancel(peer, session.id, False),
        town.outreach.move(peer, session.id, date(2026, 3, 5), time(10, 0)),
        town.outreach.change_area(peer, session.id, town.hill),
        town.outreach.change_note(peer, session.id, "x"),
    ):
        with pytest.raises(NotAllowed):
            await change
    assert not (await town.outreach.session(session.id)).cancelled
