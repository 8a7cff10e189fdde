"""Records: who may see which card, referrals, names for notes, and adding records."""

from __future__ import annotations

from datetime import date

import pytest

from bot.common.refusal import NotAllowed
from bot.directory.model import Category, Freshness, ServiceRecord, State, Visibility
from bot.people import Role
from storage import directory as store


def record(name: str, **fields) -> ServiceRecord:
    return ServiceRecord(name=name, categories=(Category.HEALTH,), **fields)


async def test_each_role_sees_the_cards_its_visibility_allows(world):
    directory = world.directory
    public, peers, leads = await directory.add(
        [
            record("Open"),
            record("Peers", visibility=Visibility.PEERS),
            record("Leads", visibility=Visibility.LEADS),
        ],
        state=State.PUBLISHED,
        by=None,
    )
    seen = {
        role: [
            s.record.name for i in (public, peers, leads) if (s := await directory.card(role, i))
        ]
        for role in (Role.MEMBER, Role.PEER, Role.LEAD)
    }
    assert seen == {
        Role.MEMBER: ["Open"],
        Role.PEER: ["Open", "Peers"],
        Role.LEAD: ["Open", "Peers", "Leads"],
    }
    with pytest.raises(NotAllowed):
        await directory.card_for(Role.MEMBER, peers)
    assert (await directory.card_for(Role.MEMBER, public)).state is State.PUBLISHED


async def test_proposals_closed_and_hidden_services_are_for_leads_only(world):
    directory = world.directory
    proposed, closed, old = (
        *await directory.add([record("Proposed")], state=State.PROPOSED, by=None),
        *await directory.add([record("Closed", status="closed")], state=State.PUBLISHED, by=None),
        *await directory.add(
            [record("Old")], state=State.PUBLISHED, by=None, checked_on=date(2025, 9, 1)
        ),
    )
    for service_id in (proposed, closed, old):
        assert await directory.card(Role.PEER, service_id) is None
        assert await directory.card(Role.LEAD, service_id) is not None
    assert (await directory.card(Role.LEAD, old)).freshness is Freshness.HIDDEN
    assert await directory.card(Role.LEAD, 999) is None
    with pytest.raises(NotAllowed):  # a lead sees a proposal, but cannot refer anyone to it
        await directory.published_card(Role.LEAD, proposed)


async def test_a_referral_is_counted_for_the_month_and_only_for_published_services(world):
    directory = world.directory
    (published,) = await directory.add([record("Clinic")], state=State.PUBLISHED, by=None)
    (proposed,) = await directory.add([record("Maybe")], state=State.PROPOSED, by=None)
    first = await directory.refer(Role.MEMBER, published)
    second = await directory.refer(Role.MEMBER, published)
    assert first.service.record.name == "Clinic"
    assert len(first.code) == 6 and first.code != second.code
    assert await store.referrals(world.database, published, "2026-03") == 2
    with pytest.raises(NotAllowed):
        await directory.refer(Role.LEAD, proposed)
    assert await store.referrals(world.database, proposed, "2026-03") == 0


async def test_names_for_notes_and_counts(world):
    directory = world.directory
    assert await directory.is_empty()
    (service_id,) = await directory.add([record("Clinic")], state=State.PROPOSED, by=None)
    assert await directory.service_name(service_id) == "Clinic"
    assert await directory.service_name(service_id + 1) is None
    assert await directory.count_unpublished() == 1
    assert not await directory.is_empty()


async def test_published_records_are_checked_on_their_own_dates(world):
    directory = world.directory
    await directory.add_checked(
        [(record("A"), date(2026, 1, 5)), (record("B"), None)], state=State.PUBLISHED, by=None
    )
    checked = {s.record.name: s.last_checked_on for s in await directory.published()}
    assert checked == {"A": date(2026, 1, 5), "B": date(2026, 3, 2)}


def test_a_draft_previews_as_a_proposal_with_its_hours(world):
    preview = world.directory.preview(record("Draft", hours="24/7"))
    assert (preview.id, preview.state, preview.open.open_now) == (0, State.PROPOSED, True)
