"""The relay's rules on a real database: duty switches itself off, the first accept wins and
nobody else's tap changes anything, a hand-over to the leads is for leads, a blocked person
cannot ask, held messages are passed on at acceptance, and the month's figures hide small
counts and the median of fewer than K."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.common.refusal import NotAllowed
from bot.people import MemberKeys, Role, Viewer
from bot.relay import HandTo, Outcome, Relay, RelayFigures, Side, Topic
from bot.relay.letters import COPY_LETTER, OFFER_LETTER, STARTED_LETTER
from bot.settings import Secret
from storage import Database
from storage import people as people_store
from tests.conftest import Clock

NOW = Clock().current  # the shared test clock's start: Monday 2 March 2026, 09:00 UTC
MEMBER = 900


@pytest.fixture
async def db(tmp_path) -> AsyncIterator[Database]:
    async with await Database.open(tmp_path / "relay.db") as database:
        yield database


@pytest.fixture
def relay(db, clock) -> Relay:
    keys = MemberKeys(Secret("r" * 40))
    return Relay(db, keys, clock, ZoneInfo("Africa/Nairobi"), "en", k=3)


async def person(db: Database, telegram_id: int, role: Role) -> Viewer:
    await people_store.upsert_person(
        db, telegram_id, role.value, f"Alias {telegram_id}", "2026-01-01"
    )
    row = await people_store.find_active(db, telegram_id)
    assert row is not None
    return Viewer(telegram_id, role, "en", row.alias, row.person_id)


def member(telegram_id: int = MEMBER) -> Viewer:
    return Viewer(telegram_id, Role.MEMBER, "en")


async def test_duty_switches_itself_off_and_only_the_team_has_it(relay, db, clock):
    peer = await person(db, 1, Role.PEER)
    with pytest.raises(NotAllowed):
        await relay.set_duty(member(), True)
    until = await relay.set_duty(peer, True)
    assert until == NOW + timedelta(hours=4)
    assert await relay.peers_free(MEMBER) == 1
    clock.advance(hours=4, minutes=1)
    assert await relay.duty_until(peer) is None
    assert await relay.peers_free(MEMBER) == 0


async def test_the_first_accept_wins_and_the_others_see_it_taken(relay, db):
    peers = [await person(db, n, Role.PEER) for n in (1, 2, 3)]
    for peer in peers:
        await relay.set_duty(peer, True)
    conversation, offers = await relay.ask(MEMBER, "fr", Topic.HEALTH)
    assert sorted(o.chat_id for o in offers) == [1, 2, 3]
    assert {o.kind for o in offers} == {OFFER_LETTER}
    await relay.relay(member(), MEMBER, 11)  # written while waiting: held
    results = await asyncio.gather(*(relay.accept(p, conversation.id) for p in peers))
    outcomes = sorted(r.outcome for r in results)
    assert outcomes == [Outcome.ACCEPTED, Outcome.TAKEN, Outcome.TAKEN]
    (won,) = [r for r in results if r.outcome is Outcome.ACCEPTED]
    assert [letter.kind for letter in won.letters] == [STARTED_LETTER, COPY_LETTER]
    assert won.letters[1].args == {"conversation": conversation.id, "from": "member", "message": 11}


async def test_nobody_elses_tap_changes_anything(relay, db):
    peer, other = await person(db, 1, Role.PEER), await person(db, 2, Role.PEER)
    off_duty = await person(db, 3, Role.PEER)
    await relay.set_duty(peer, True)
    await relay.set_duty(other, True)
    conversation, _ = await relay.ask(MEMBER, "en", None)
    with pytest.raises(NotAllowed):
        await relay.accept(off_duty, conversation.id)  # not on duty: not offered to them
    with pytest.raises(NotAllowed):
        await relay.accept(member(), conversation.id)
    await relay.accept(peer, conversation.id)
    before = await relay.get(conversation.id)
    for who in (other, off_duty, member(901)):
        for attempt in (
            relay.hand_over(who, conversation.id, HandTo.LEAD),
            relay.block(who, conversation.id),
            relay.end(who, conversation.id),
        ):
            with pytest.raises(NotAllowed):
                await attempt
    assert await relay.get(conversation.id) == before


async def test_a_hand_over_to_the_leads_is_for_leads(relay, db):
    peer, other = await person(db, 1, Role.PEER), await person(db, 2, Role.PEER)
    lead = await person(db, 3, Role.LEAD)
    for someone in (peer, other):
        await relay.set_duty(someone, True)
    conversation, _ = await relay.ask(MEMBER, "en", Topic.POLICE)
    await relay.accept(peer, conversation.id)
    await relay.relay(member(), MEMBER, 5)
    await relay.copied(conversation.id, Side.PEER, 41)  # the copy in the peer's chat
    handed = await relay.hand_over(peer, conversation.id, HandTo.LEAD)
    assert handed is not None
    assert handed.deletions == {1: [41]}
    assert sorted(letter.chat_id for letter in handed.letters) == [3, MEMBER]
    with pytest.raises(NotAllowed):
        await relay.accept(other, conversation.id)  # a peer on duty, but it is for the leads
    with pytest.raises(NotAllowed):
        await relay.accept(peer, conversation.id)  # who handed it over
    assert (await relay.accept(lead, conversation.id)).outcome is Outcome.ACCEPTED


async def test_a_blocked_person_cannot_ask_until_the_block_ends(relay, db, clock):
    peer = await person(db, 1, Role.PEER)
    await relay.set_duty(peer, True)
    conversation, _ = await relay.ask(MEMBER, "en", None)
    await relay.accept(peer, conversation.id)
    ending = await relay.block(peer, conversation.id)
    assert [letter.chat_id for letter in ending.letters] == [MEMBER]
    assert await relay.of_member(MEMBER) is None
    with pytest.raises(NotAllowed):
        await relay.ask(MEMBER, "en", None)
    clock.advance(days=30, minutes=1)
    await relay.sweep()
    assert await db.fetch_all("SELECT * FROM relay_blocks") == []
    await relay.ask(MEMBER, "en", None)


async def test_figures_count_by_month_and_hide_what_is_small(relay, db, clock):
    peer = await person(db, 1, Role.PEER)
    lead = await person(db, 2, Role.LEAD)
    for number, minutes in enumerate((2, 4, 10)):
        await relay.set_duty(peer, True)
        conversation, _ = await relay.ask(MEMBER + number, "en", None)
        clock.advance(minutes=minutes)
        await relay.accept(peer, conversation.id)
        await relay.end(peer, conversation.id)
    await relay.ask(MEMBER + 10, "en", None)
    clock.advance(hours=25)
    (dropped,) = await relay.sweep()
    assert dropped.conversation.waiting
    with pytest.raises(NotAllowed):
        await relay.figures(peer, "2026-03")
    assert await relay.figures(lead, "2026-03") == RelayFigures("2026-03", 3, 4.0, None)
    assert await relay.figures(lead, "2026-02") == RelayFigures("2026-02", 0, None, 0)
    rows = await db.fetch_all("SELECT * FROM relay_requests")
    assert all(set(dict(r)) == {"month", "minutes_to_accept"} for r in rows)
