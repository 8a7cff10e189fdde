"""Who is on a session: invitations (queued with the change), capacity and the waiting list,
check-ins, and a peer's own sessions. Anyone not on a session is refused."""

from datetime import timedelta

import pytest

from bot.common.refusal import NotAllowed
from bot.outreach.letters import LetterKind
from bot.outreach.model import AssignmentStatus, Check


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
        )
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
