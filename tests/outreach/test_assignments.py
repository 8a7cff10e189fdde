"""Who is on a session: invitations (queued with the change), capacity and the waiting list,
check-ins, and a peer's own sessions. Anyone not on a session is refused."""

from datetime import date, timedelta

import pytest

from bot.common.refusal import NotAllowed
from bot.outreach.letters import LetterKind
from bot.outreach.model import AssignmentStatus, Check, CheckOutcome
from storage import people as people_store


async def place(town, peer, area_id):
    async with town.database.transaction() as tx:
        await tx.execute("UPDATE people SET area_id = ? WHERE id = ?", (area_id, peer.person_id))


async def test_inviting_a_peer_queues_their_invitation_with_the_change(town):
    (session,) = await town.plan()
    peer = town.peers[0]
    assert await town.outreach.invite(town.lead, session.id, [peer.person_id]) == 1
    assert await town.letters() == [
        (
            peer.telegram_id,
            LetterKind.INVITATION.value,
            {"session": session.id, "person": peer.person_id},
        )
    ]
    assert await town.outreach.invite(town.lead, session.id, [peer.person_id]) == 0  # once
    assert len(await town.letters()) == 1


async def test_the_open_call_reaches_the_reachable_peers_of_the_area_only(town):
    (session,) = await town.plan()
    for peer in town.peers[:3]:
        await place(town, peer, town.harbour)
    await place(town, town.peers[3], town.hill)
    async with town.database.transaction() as tx:
        await tx.execute(
            "UPDATE people SET unreachable = 1 WHERE id = ?", (town.peers[2].person_id,)
        )
    assert await town.outreach.invite(town.lead, session.id, None) == 2
    assert [chat for chat, _, _ in await town.letters()] == [p.telegram_id for p in town.peers[:2]]
    candidates = await town.outreach.candidates(town.lead, session.id)
    assert [alias for _, alias in candidates] == ["Peer 0", "Peer 1", "Peer 3"]


async def test_only_a_lead_invites_and_a_cancelled_session_invites_no_one(town):
    (session,) = await town.plan()
    for who in (town.peers[0],):
        with pytest.raises(NotAllowed):
            await town.outreach.invite(who, session.id, None)
        with pytest.raises(NotAllowed):
            await town.outreach.candidates(who, session.id)
    with pytest.raises(NotAllowed):
        await town.outreach.invite(town.lead, session.id + 99, None)
    await town.outreach.cancel(town.lead, session.id, False)
    assert await town.outreach.invite(town.lead, session.id, [town.peers[0].person_id]) == 0


async def test_past_capacity_a_peer_waits_and_moves_up_when_someone_declines(town):
    (session,) = await town.plan(peers=2)
    first, second, third = town.peers[:3]
    await town.outreach.invite(town.lead, session.id, [p.person_id for p in (first, second, third)])
    await town.sent_all()
    statuses = [await town.outreach.respond(p, session.id, True) for p in (first, second, third)]
    assert statuses == [
        AssignmentStatus.CONFIRMED,
        AssignmentStatus.CONFIRMED,
        AssignmentStatus.WAITING,
    ]
    assert await town.letters() == []
    assert await town.outreach.respond(first, session.id, False) is AssignmentStatus.DECLINED
    assert await town.letters() == [
        (
            third.telegram_id,
            LetterKind.PROMOTED.value,
            {"session": session.id, "person": third.person_id},
        ),
        (
            town.lead.telegram_id,
            LetterKind.PEER_OUT.value,
            {"session": session.id, "person": first.person_id, "why": "declined"},
        ),
    ]
    roster = {a.alias: a.status for a in await town.outreach.roster(town.lead, session.id)}
    assert roster == {"Peer 0": "declined", "Peer 1": "confirmed", "Peer 2": "confirmed"}


async def test_someone_not_on_a_session_cannot_answer_for_it(town):
    (session,) = await town.plan()
    with pytest.raises(NotAllowed):
        await town.outreach.respond(town.peers[3], session.id, True)
    with pytest.raises(NotAllowed):
        await town.outreach.respond(town.peers[3], session.id + 99, True)
    with pytest.raises(NotAllowed):
        await town.outreach.roster(town.peers[3], session.id)


async def test_no_answer_once_the_session_started(town):
    (session,) = await town.plan()
    await town.outreach.invite(town.lead, session.id, [town.peers[0].person_id])
    town.clock.current = session.starts_at
    with pytest.raises(NotAllowed):
        await town.outreach.respond(town.peers[0], session.id, True)


async def test_checks_are_for_confirmed_peers_only(town):
    session = await town.confirmed()
    town.clock.current = session.starts_at - timedelta(minutes=30)
    await town.outreach.check(town.peers[0], session.id, Check.IN)
    await town.outreach.check(town.peers[1], session.id, Check.SAFE)
    with pytest.raises(NotAllowed):
        await town.outreach.check(town.peers[3], session.id, Check.OUT)
    roster = {a.alias: a.checked_in for a in await town.outreach.roster(town.lead, session.id)}
    assert roster == {"Peer 0": True, "Peer 1": False}
    seat = await town.outreach.seat(session.id, town.peers[1].person_id)
    assert seat.safe and not seat.checked_out and seat.status is AssignmentStatus.CONFIRMED


async def test_a_peers_own_sessions_and_no_one_elses(town):
    session = await town.confirmed()
    (mine,) = await town.outreach.my_sessions(town.peers[0])
    assert mine.session.id == session.id and mine.status is AssignmentStatus.CONFIRMED
    assert (await town.outreach.my_session(town.peers[0], session.id)).session == mine.session
    with pytest.raises(NotAllowed):
        await town.outreach.my_session(town.peers[3], session.id)
    town.clock.current = session.starts_at + timedelta(days=3)
    assert await town.outreach.my_sessions(town.peers[0]) == []


async def test_a_letter_is_dropped_when_it_no_longer_says_something_true(town):
    session = await town.confirmed()
    peer = town.peers[0].person_id
    assert await town.outreach.letter_seat(LetterKind.DAY_BEFORE, session.id, peer) is not None
    assert await town.outreach.letter_seat(LetterKind.CANCELLED, session.id, peer) is None
    await town.outreach.cancel(town.lead, session.id, False)
    assert await town.outreach.letter_seat(LetterKind.DAY_BEFORE, session.id, peer) is None
    assert await town.outreach.letter_seat(LetterKind.CANCELLED, session.id, peer) is not None
    assert await town.outreach.letter_seat(LetterKind.CANCELLED, session.id + 99, peer) is None


async def test_check_in_opens_an_hour_before_the_start_and_closes_after_the_grace(town):
    session = await town.confirmed()
    first, second = town.peers[:2]
    check = town.outreach.check
    town.clock.current = session.starts_at - timedelta(days=2)
    assert await check(first, session.id, Check.IN) is CheckOutcome.EARLY
    assert await check(first, session.id, Check.OUT) is CheckOutcome.EARLY
    assert await check(first, session.id, Check.SAFE) is CheckOutcome.EARLY  # no early silence
    town.clock.current = session.starts_at - timedelta(hours=1)
    assert await check(first, session.id, Check.IN) is CheckOutcome.NOTED
    town.clock.current = session.ends_at + timedelta(minutes=30)
    assert await check(second, session.id, Check.IN) is CheckOutcome.NOTED
    town.clock.current = session.ends_at + timedelta(minutes=31)
    assert await check(first, session.id, Check.IN) is CheckOutcome.CLOSED
    assert await check(first, session.id, Check.OUT) is CheckOutcome.NOTED
    seat = await town.outreach.seat(session.id, first.person_id)
    assert seat.checked_in and seat.checked_out
    with pytest.raises(NotAllowed):
        await check(town.peers[3], session.id, Check.IN)  # not on it: refused, whatever the time


async def test_a_confirmed_peer_who_declines_tells_the_lead_an_invited_one_does_not(town):
    session = await town.confirmed()
    await town.outreach.invite(town.lead, session.id, [town.peers[2].person_id])
    await town.sent_all()
    await town.outreach.respond(town.peers[2], session.id, False)
    assert await town.letters() == []
    await town.outreach.respond(town.peers[0], session.id, False)
    assert [(chat, kind) for chat, kind, _ in await town.letters()] == [
        (town.lead.telegram_id, LetterKind.PEER_OUT.value)
    ]
    assert await town.outreach.reachable_peers(session.id) == 1


async def test_a_session_whose_lead_is_gone_tells_the_other_leads_and_admins(town):
    session = await town.confirmed()
    await people_store.upsert_person(town.database, 7002, "lead", "Lead B", "2026-03-01")
    await people_store.deactivate(town.database, town.lead.person_id, "2026-03-02")
    await town.sent_all()
    await town.outreach.respond(town.peers[0], session.id, False)
    assert [(chat, kind) for chat, kind, _ in await town.letters()] == [
        (7002, LetterKind.PEER_OUT.value)
    ]


async def test_people_whose_role_ended_leave_coming_sessions_and_the_lead_is_told(town):
    session = await town.confirmed()
    third = town.peers[2]
    await town.outreach.invite(town.lead, session.id, [third.person_id])
    assert await town.outreach.respond(third, session.id, True) is AssignmentStatus.WAITING
    await town.sent_all()
    await people_store.deactivate(town.database, town.peers[0].person_id, "2026-03-02")
    assert await town.outreach.release_departed() == 1
    assert await town.outreach.release_departed() == 0  # once
    letters = [(chat, kind, args.get("why")) for chat, kind, args in await town.letters()]
    assert letters == [
        (third.telegram_id, LetterKind.PROMOTED.value, None),
        (town.lead.telegram_id, LetterKind.PEER_OUT.value, "left"),
    ]
    roster = {a.alias: a.status for a in await town.outreach.roster(town.lead, session.id)}
    assert roster == {"Peer 0": "declined", "Peer 1": "confirmed", "Peer 2": "confirmed"}


async def test_a_peer_who_cannot_be_reached_is_reported_to_the_lead_of_coming_sessions(town):
    session = await town.confirmed()
    await town.sent_all()
    peer = town.peers[0]
    await people_store.set_reachable(town.database, peer.telegram_id, False)
    assert await town.outreach.peer_unreachable(peer.telegram_id) == 1
    assert [(chat, args["why"]) for chat, _, args in await town.letters()] == [
        (town.lead.telegram_id, "unreachable")
    ]
    assert await town.outreach.reachable_peers(session.id) == 1
    await town.sent_all()
    town.clock.current = session.ends_at + timedelta(minutes=31)
    assert await town.outreach.peer_unreachable(peer.telegram_id) == 0  # it is over
    assert await town.outreach.peer_unreachable(town.lead.telegram_id) == 0  # on no session


async def test_a_weekly_series_is_invited_with_one_letter_and_answered_with_one_tap(town):
    sessions = await town.plan(until=date(2026, 3, 25))
    peer = town.peers[0]
    assert await town.outreach.invite(town.lead, sessions[1].id, [peer.person_id], True) == 1
    assert await town.letters() == [
        (
            peer.telegram_id,
            LetterKind.INVITATION_SERIES.value,
            {"session": sessions[1].id, "person": peer.person_id},
        )
    ]
    assert await town.outreach.open_invitations(sessions[1].id, peer.person_id) == [
        s.id for s in sessions[1:]
    ]
    answer = await town.outreach.respond_to_series(peer, sessions[1].id, True)
    assert (answer.confirmed, answer.waiting) == (3, 0)
    mine = {m.session.id: m.status for m in await town.outreach.my_sessions(peer)}
    assert mine == {s.id: AssignmentStatus.CONFIRMED for s in sessions[1:]}
    with pytest.raises(NotAllowed):
        await town.outreach.respond_to_series(peer, sessions[1].id, True)  # nothing left open
    with pytest.raises(NotAllowed):
        await town.outreach.respond_to_series(town.peers[1], sessions[1].id, False)


async def test_a_series_invitation_skips_sessions_that_started_or_were_cancelled(town):
    sessions = await town.plan(until=date(2026, 3, 25))
    await town.outreach.cancel(town.lead, sessions[2].id, False)
    town.clock.current = sessions[0].starts_at + timedelta(minutes=1)
    peer = town.peers[0]
    assert await town.outreach.invite(town.lead, sessions[0].id, None, True) == 0  # no one placed
    assert await town.outreach.invite(town.lead, sessions[0].id, [peer.person_id], True) == 1
    mine = sorted(m.session.id for m in await town.outreach.my_sessions(peer))
    assert mine == [sessions[1].id, sessions[3].id]
    answer = await town.outreach.respond_to_series(peer, sessions[1].id, False)
    assert (answer.confirmed, answer.waiting) == (0, 0)
    assert await town.outreach.my_sessions(peer) == []
