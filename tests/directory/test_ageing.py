"""Ageing: what is due for a check (the peer's area first), the weekly offers, and the summary."""

from __future__ import annotations

from datetime import date

import pytest

from bot.common.refusal import NotAllowed
from bot.directory.model import Category, RecheckOffer, ServiceRecord, State, Visibility
from bot.people import Role
from storage import directory as store


async def test_due_services_come_from_the_peers_area_first_and_offers_count_them(world):
    directory, database = world.directory, world.database
    harbour = await store.upsert_area(database, "harbour", "Harbour", None, None)
    hill = await store.upsert_area(database, "hill", "Hill", None, None)
    await directory.add_checked(
        [
            (ServiceRecord("Old harbour", (Category.HEALTH,), area_id=harbour), date(2025, 10, 1)),
            (ServiceRecord("Older hill", (Category.HEALTH,), area_id=hill), date(2025, 9, 1)),
            (ServiceRecord("Fresh hill", (Category.HEALTH,), area_id=hill), date(2026, 2, 1)),
        ],
        state=State.PUBLISHED,
        by=None,
    )
    peer = await world.make(Role.PEER, 1, area_id=harbour)
    due = await directory.due_for_recheck(peer)
    assert [s.record.name for s in due] == ["Old harbour", "Older hill"]
    offers = await directory.recheck_offers([(1, "en", harbour), (2, "fr", None), (3, "sw", 99)])
    assert offers == [RecheckOffer(1, "en", 1), RecheckOffer(2, "fr", 2)]
    lead = await world.make(Role.LEAD, 4)
    summary = await directory.freshness_summary(lead)
    assert summary == {"fresh": 1, "due": 0, "stale": 1, "hidden": 1, "waiting": 0}


async def test_members_have_no_check_list_and_peers_no_summary(world):
    member, peer = await world.make(Role.MEMBER, 1), await world.make(Role.PEER, 2)
    with pytest.raises(NotAllowed):
        await world.directory.due_for_recheck(member)
    with pytest.raises(NotAllowed):
        await world.directory.freshness_summary(peer)


async def test_peers_check_hidden_services_they_may_see_but_nothing_closed_or_for_leads(world):
    directory = world.directory
    old = date(2025, 6, 1)  # 274 days before the clock: hidden from everyone
    hidden, leads_only, closed = await directory.add_checked(
        [
            (ServiceRecord("Hidden clinic", (Category.HEALTH,)), old),
            (ServiceRecord("Leads' list", (Category.HEALTH,), visibility=Visibility.LEADS), old),
            (ServiceRecord("Gone", (Category.HEALTH,), status="closed"), old),
        ],
        state=State.PUBLISHED,
        by=None,
    )
    peer, member = await world.make(Role.PEER, 1), await world.make(Role.MEMBER, 2)
    assert [s.id for s in await directory.due_for_recheck(peer)] == [hidden]
    assert await directory.recheck_offers([(1, "en", None)]) == [RecheckOffer(1, "en", 1)]
    assert await directory.card(peer.role, hidden) is None  # not found by browsing...
    assert (await directory.checkable(peer, hidden)).record.name == "Hidden clinic"  # ...checked
    for service_id in (leads_only, closed, 999):
        with pytest.raises(NotAllowed):
            await directory.checkable(peer, service_id)
    with pytest.raises(NotAllowed):
        await directory.checkable(member, hidden)
