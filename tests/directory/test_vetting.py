"""Vetting: proposals, the queue, publish and reject with history, peers' confirmations and
problem reports; anything not for this person raises NotAllowed and changes nothing."""

from __future__ import annotations

import pytest

from bot.common.refusal import NotAllowed
from bot.directory.model import (
    Category,
    ProblemKind,
    ProblemOutcome,
    ServiceRecord,
    Standing,
    State,
)
from bot.people import Role
from storage import directory as store

NOTED, TO_REVIEW, ALREADY = ProblemOutcome.NOTED, ProblemOutcome.TO_REVIEW, ProblemOutcome.ALREADY

CLINIC = ServiceRecord("Night Clinic", (Category.HIV_STI,))


async def state_of(world, service_id: int) -> str:
    return (await store.get_service(world.database, service_id))["state"]


async def test_a_peers_proposal_waits_for_a_lead_who_publishes_it(world):
    directory = world.directory
    peer, lead = await world.make(Role.PEER, 1), await world.make(Role.LEAD, 2)
    member = await world.make(Role.MEMBER, 3)
    with pytest.raises(NotAllowed):
        await directory.propose(member, CLINIC)
    service_id = await directory.propose(peer, CLINIC)
    assert [s.id for s in await directory.queue(lead)] == [service_id]
    with pytest.raises(NotAllowed):
        await directory.approve(peer, service_id)
    decision = await directory.approve(lead, service_id)
    assert (decision.service_id, decision.name, decision.proposer_person_id) == (
        service_id,
        "Night Clinic",
        peer.person_id,
    )
    assert await state_of(world, service_id) == "published"
    with pytest.raises(NotAllowed):  # decided already: a second lead's tap changes nothing
        await directory.approve(lead, service_id)
    history = await directory.history(lead, service_id)
    assert [(h["field"], h["new_value"]) for h in history] == [
        ("state", "published"),
        ("last_checked_on", "2026-03-02"),
    ]


async def test_a_rejected_proposal_keeps_its_reason_and_a_reviewed_service_is_archived(world):
    directory = world.directory
    peer, lead = await world.make(Role.PEER, 1), await world.make(Role.LEAD, 2)
    proposal = await directory.propose(peer, CLINIC)
    decision = await directory.reject(lead, proposal, "x" * 900)
    assert decision.proposer_person_id == peer.person_id
    row = await store.get_service(world.database, proposal)
    assert (row["state"], len(row["rejection_reason"])) == ("rejected", 500)
    (published,) = await directory.add([CLINIC], state=State.PUBLISHED, by=None)
    await directory.report_problem(lead, published, ProblemKind.CLOSED)
    await directory.reject(lead, published, "It closed")
    assert await state_of(world, published) == "archived"
    with pytest.raises(NotAllowed):
        await directory.reject(lead, 999, "gone")


async def test_two_peers_or_one_lead_send_a_service_back_to_review(world):
    directory = world.directory
    first, second = await world.make(Role.PEER, 1), await world.make(Role.PEER, 2)
    lead, member = await world.make(Role.LEAD, 3), await world.make(Role.MEMBER, 4)
    clinic, desk = await directory.add([CLINIC, CLINIC], state=State.PUBLISHED, by=None)
    with pytest.raises(NotAllowed):
        await directory.report_problem(member, clinic, ProblemKind.MOVED)
    assert await directory.report_problem(first, clinic, ProblemKind.MOVED) is NOTED
    # The same report again (issue 10.14): already received, nothing new is written.
    assert await directory.report_problem(first, clinic, ProblemKind.MOVED) is ALREADY
    assert await directory.report_problem(first, clinic, ProblemKind.WRONG_HOURS) is NOTED
    assert await state_of(world, clinic) == "published"  # still one peer
    assert await directory.report_problem(second, clinic, ProblemKind.CALLED_POLICE) is TO_REVIEW
    assert await state_of(world, clinic) == "review"
    with pytest.raises(NotAllowed):  # no longer published: nothing more to report on
        await directory.report_problem(first, clinic, ProblemKind.CLOSED)
    assert await directory.report_problem(lead, desk, ProblemKind.CLOSED) is TO_REVIEW
    queued = {s.id: s.open_reports for s in await directory.queue(lead)}
    assert queued == {clinic: ("moved", "wrong-hours", "called-police"), desk: ("closed",)}


async def test_a_peer_confirms_a_published_service_even_a_hidden_one(world):
    directory = world.directory
    peer, member = await world.make(Role.PEER, 1), await world.make(Role.MEMBER, 2)
    (clinic,) = await directory.add([CLINIC], state=State.PUBLISHED, by=None)
    (proposal,) = await directory.add([CLINIC], state=State.PROPOSED, by=None)
    world.clock.advance(days=200)
    assert await directory.card(Role.PEER, clinic) is None  # hidden by age
    await directory.confirm(peer, clinic)
    assert (await directory.card(Role.PEER, clinic)).last_checked_on.isoformat() == "2026-09-18"
    with pytest.raises(NotAllowed):
        await directory.confirm(member, clinic)
    with pytest.raises(NotAllowed):
        await directory.confirm(peer, proposal)


async def test_only_leads_read_the_queue_and_history(world):
    peer = await world.make(Role.PEER, 1)
    for read in (world.directory.queue(peer), world.directory.history(peer, 1)):
        with pytest.raises(NotAllowed):
            await read


async def test_a_service_is_waiting_only_until_it_is_decided(world):
    directory = world.directory
    peer, lead = await world.make(Role.PEER, 1), await world.make(Role.LEAD, 2)
    service_id = await directory.propose(peer, CLINIC)
    assert (await directory.waiting(lead, service_id)).id == service_id
    with pytest.raises(NotAllowed):
        await directory.waiting(peer, service_id)
    await directory.approve(lead, service_id)
    with pytest.raises(NotAllowed):  # a stale Reject button asks for no reason
        await directory.waiting(lead, service_id)


async def test_a_proposer_sees_their_own_waiting_proposals_and_reads_the_outcome(world):
    directory = world.directory
    peer, other = await world.make(Role.PEER, 1), await world.make(Role.PEER, 2)
    lead = await world.make(Role.LEAD, 3)
    first = await directory.propose(peer, CLINIC)
    await directory.propose(other, CLINIC)
    assert [s.id for s in await directory.own_proposals(peer)] == [first]
    assert (await directory.your_proposal(peer, first)).standing is Standing.WAITING
    await directory.reject(lead, first, "Closed last year")
    assert await directory.own_proposals(peer) == []
    item = await directory.your_proposal(peer, first)
    assert (item.standing, item.reason, item.field) == (Standing.REJECTED, "Closed last year", None)
    for somebody_else in (other, lead):
        with pytest.raises(NotAllowed):
            await directory.your_proposal(somebody_else, first)
