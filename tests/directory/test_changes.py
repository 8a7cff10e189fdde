"""Suggested changes: a peer's waits beside the live record, a lead's applies at once, and a lead
publishes or rejects a peer's; values are checked per field."""

from __future__ import annotations

import pytest

from bot.common.refusal import NotAllowed
from bot.directory.changes import check_change
from bot.directory.model import (
    Category,
    ChangeOutcome,
    EditableField,
    Filters,
    ServiceRecord,
    Standing,
    State,
)
from bot.people import Role
from storage import directory as store

DESK = ServiceRecord("Legal Desk", (Category.LEGAL_AID,), phone="+255222110000")


@pytest.mark.parametrize(
    ("field", "given", "expected"),
    [
        (EditableField.PHONE, "+255 22 211 0099", (True, "+255222110099")),
        (EditableField.PHONE, "not a number", (False, None)),
        (EditableField.HOURS, "mo-fr 9:00-17:00", (True, "Mo-Fr 09:00-17:00")),
        (EditableField.HOURS, "whenever", (False, None)),
        (EditableField.IS_FREE, "yes", (True, 1)),
        (EditableField.IS_FREE, "unknown", (True, None)),
        (EditableField.IS_FREE, "closed", (False, None)),
        (EditableField.STATUS, "temporarily_closed", (True, "temporarily_closed")),
        (EditableField.STATUS, "yes", (False, "yes")),
        (EditableField.NAME, "  New   name ", (True, "New name")),
        (EditableField.NAME, "N" * 121, (False, "N" * 121)),
    ],
)
def test_values_are_checked_per_field(field, given, expected):
    assert check_change(field, given, None) == expected


async def test_a_peers_change_waits_until_a_lead_publishes_it(world):
    directory = world.directory
    peer, lead = await world.make(Role.PEER, 1), await world.make(Role.LEAD, 2)
    (desk,) = await directory.add([DESK], state=State.PUBLISHED, by=None)
    outcome = await directory.suggest_change(peer, desk, EditableField.PHONE, "+255222110099")
    assert outcome is ChangeOutcome.DRAFTED
    assert (await directory.card(Role.MEMBER, desk)).record.phone == "+255222110000"
    (change,) = await directory.changes(lead)
    assert (change.service_name, change.field, change.new_value, change.proposer_person_id) == (
        "Legal Desk",
        EditableField.PHONE,
        "+255222110099",
        peer.person_id,
    )
    decision = await directory.decide_change(lead, change.id, apply=True)
    assert (decision.service_id, decision.proposer_person_id) == (desk, peer.person_id)
    assert (await directory.card(Role.MEMBER, desk)).record.phone == "+255222110099"
    with pytest.raises(NotAllowed):  # decided already
        await directory.decide_change(lead, change.id, apply=False, reason="late")


async def test_a_rejected_change_leaves_the_record_and_a_lead_edit_applies_with_new_words(world):
    directory = world.directory
    peer, lead = await world.make(Role.PEER, 1), await world.make(Role.LEAD, 2)
    (desk,) = await directory.add([DESK], state=State.PUBLISHED, by=None)
    await directory.suggest_change(peer, desk, EditableField.STATUS, "closed")
    (change,) = await directory.changes(lead)
    await directory.decide_change(lead, change.id, apply=False, reason="It is open")
    assert (await directory.card(Role.MEMBER, desk)).record.status == "active"
    outcome = await directory.suggest_change(lead, desk, EditableField.NAME, "Haki Desk")
    assert outcome is ChangeOutcome.APPLIED
    (found,) = (await directory.search(Role.MEMBER, "haki", Filters(), 0)).services
    assert found.id == desk  # the search words follow the new name


async def test_members_suggest_nothing_and_peers_only_on_published_services(world):
    directory = world.directory
    peer, member = await world.make(Role.PEER, 1), await world.make(Role.MEMBER, 2)
    (proposal,) = await directory.add([DESK], state=State.PROPOSED, by=None)
    (desk,) = await directory.add([DESK], state=State.PUBLISHED, by=None)
    with pytest.raises(NotAllowed):
        await directory.suggest_change(member, desk, EditableField.NAME, "Mine")
    with pytest.raises(NotAllowed):
        await directory.suggest_change(peer, proposal, EditableField.NAME, "Mine")
    with pytest.raises(NotAllowed):
        await directory.changes(peer)
    assert await store.pending_changes(world.database, 10) == []


async def test_a_change_is_pending_only_until_a_lead_decides_it(world):
    directory = world.directory
    peer, lead = await world.make(Role.PEER, 1), await world.make(Role.LEAD, 2)
    (desk,) = await directory.add([DESK], state=State.PUBLISHED, by=None)
    await directory.suggest_change(peer, desk, EditableField.NAME, "Haki Desk")
    (change,) = await directory.changes(lead)
    assert await directory.pending_change(lead, change.id) == change
    with pytest.raises(NotAllowed):
        await directory.pending_change(peer, change.id)
    await directory.decide_change(lead, change.id, apply=False, reason="No")
    with pytest.raises(NotAllowed):
        await directory.pending_change(lead, change.id)


async def test_only_the_proposer_reads_what_became_of_their_change_and_what_waits(world):
    directory = world.directory
    peer, other = await world.make(Role.PEER, 1), await world.make(Role.PEER, 2)
    lead = await world.make(Role.LEAD, 3)
    (desk,) = await directory.add([DESK], state=State.PUBLISHED, by=None)
    await directory.suggest_change(peer, desk, EditableField.PHONE, "+255222110099")
    (change,) = await directory.own_changes(peer)
    assert await directory.own_changes(other) == []
    assert (await directory.your_change(peer, change.id)).standing is Standing.WAITING
    decision = await directory.decide_change(lead, change.id, apply=False, reason="Wrong number")
    assert decision.change_id == change.id
    assert await directory.own_changes(peer) == []
    item = await directory.your_change(peer, change.id)
    assert (item.name, item.standing, item.reason, item.field) == (
        "Legal Desk",
        Standing.REJECTED,
        "Wrong number",
        EditableField.PHONE,
    )
    for somebody_else in (other, lead):
        with pytest.raises(NotAllowed):
            await directory.your_change(somebody_else, change.id)
