"""Callback data is untrusted: a replayed, forged or stale button changes nothing."""

from bot.handlers.menu import Entry, Go
from bot.handlers.people.buttons import (
    Deactivate,
    DeactivateNow,
    InviteAs,
    OpenMember,
    PlaceInArea,
    TeamPage,
)
from tests.builders import make_lead, make_peer


async def count(harness, sql: str) -> int:
    return (await harness.runtime.database.fetch_one(sql))[0]


async def test_a_member_replaying_a_leads_buttons_changes_nothing(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    peer = await make_peer(harness, lead)
    peer_id = (await harness.runtime.people.identify(peer.user.id, "en")).person_id
    invites_before = await count(harness, "SELECT count(*) FROM invites")

    member = harness.person(8001)
    await member.send("/start")
    for data in (
        Deactivate(peer_id).pack(),
        DeactivateNow(peer_id).pack(),
        OpenMember(peer_id).pack(),
        PlaceInArea(peer_id, 1).pack(),
        InviteAs("lead").pack(),
        InviteAs("peer").pack(),
        TeamPage(0).pack(),
        Go(Entry.TEAM_LIST).pack(),
        Go(Entry.INVITE).pack(),
        Go(Entry.TEAM).pack(),
        "lang:xx",
        "x" * 64,
        "go:",
    ):
        replies = await member.tap_data(data)
        assert member.answer()["text"] == t("common-no-longer-available"), data
        assert replies == [] or all(
            t("common-no-longer-available") in (r.text or "") or r.text == t("common-not-available")
            for r in replies
        ), data

    assert (
        await count(harness, "SELECT count(*) FROM people WHERE active = 1 AND role = 'peer'") == 1
    )
    assert await count(harness, "SELECT count(*) FROM invites") == invites_before


async def test_a_lead_cannot_deactivate_another_lead_or_an_admin(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness, 8101)
    other = await make_lead(harness, 8102)
    other_id = (await harness.runtime.people.identify(other.user.id, "en")).person_id
    admin_id = (await harness.runtime.people.identify(harness.admin().user.id, "en")).person_id
    for target in (other_id, admin_id):
        for button in (Deactivate(target), DeactivateNow(target)):
            await lead.tap_data(button.pack())
            assert lead.answer()["text"] == t("common-no-longer-available")
    assert (
        await count(harness, "SELECT count(*) FROM people WHERE active = 1 AND role = 'lead'") == 2
    )
