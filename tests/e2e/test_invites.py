"""Roles: invite → join → alias; expired and reused codes; deactivation at once."""

from bot.people import Role
from tests.builders import code_in, make_lead, make_peer


async def test_lead_invites_a_peer_who_joins_and_picks_an_alias(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    await lead.send("/start")
    await lead.tap("🧰 Team")
    await lead.tap("➕ Invite")
    replies = await lead.tap("Invite a peer educator")
    assert f"https://t.me/{harness.emulator.bot_username}?start=join_" in replies[-1].text
    code = code_in(replies)

    peer = harness.person(7101)
    replies = await peer.send(f"/start join_{code}")
    assert t("people-joined", role="peer") in replies[-1].text
    replies = await peer.send("Star 42")
    assert replies[-1].text == t("people-alias-saved", alias="Star 42")
    replies = await peer.send("/whoami")
    assert "Star 42" in replies[-1].text and t("people-role-name", role="peer") in replies[-1].text

    scoped = [
        c
        for c in harness.emulator.calls_to("setMyCommands")
        if c.params.get("scope", {}).get("chat_id") == 7101
    ]
    assert scoped and "whoami" in [c["command"] for c in scoped[-1].params["commands"]]


async def test_join_by_typing_the_code_after_join(harness):
    t = harness.runtime.translator.for_locale("en")
    code = code_in(await harness.admin().send("/invite peer"))
    peer = harness.person(7102)
    assert (await peer.send("/join"))[-1].text == t("people-join-ask-code")
    replies = await peer.send("WRONG00000")
    assert t("people-join-unknown") in replies[-1].text
    replies = await peer.send(code.lower())
    assert t("people-joined", role="peer") in replies[-1].text
    keep_label = replies[-1].buttons()[0][0]
    await peer.tap(keep_label)
    identity = await harness.runtime.people.identify(7102, "en")
    assert identity.role is Role.PEER and identity.alias.startswith("Peer-")


async def test_expired_and_reused_codes_are_refused_clearly(harness, clock):
    t = harness.runtime.translator.for_locale("en")
    admin = harness.admin()
    expired = code_in(await admin.send("/invite peer"))
    clock.advance(days=7, seconds=1)
    replies = await harness.person(7201).send(f"/join {expired}")
    assert replies[-1].text.startswith(t("people-join-expired"))

    reused = code_in(await admin.send("/invite peer"))
    await harness.person(7202).send(f"/join {reused}")
    replies = await harness.person(7203).send(f"/start join_{reused}")
    assert replies[-1].text.startswith(t("people-join-used"))
    assert (await harness.runtime.people.identify(7203, "en")).role is Role.MEMBER


async def test_a_lead_cannot_invite_a_lead_and_a_member_cannot_invite(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    assert (await lead.send("/invite lead"))[-1].text == t("common-not-available")
    assert (await harness.person(7301).send("/invite peer"))[-1].text == t("common-not-available")
    assert (await harness.runtime.database.fetch_one("SELECT count(*) FROM invites"))[0] == 1


async def test_deactivation_takes_effect_at_once(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    await make_peer(harness, lead)
    await lead.send("/start")
    await lead.tap("🧰 Team")  # the lead's tools, with the lead-only buttons

    admin = harness.admin()
    await admin.send("/team")
    await admin.tap("Coordinator K · outreach lead")
    await admin.tap("Deactivate")
    replies = await admin.tap(t("people-deactivate-yes"))
    assert replies[-1].text == t("people-deactivated", alias="Coordinator K")

    await lead.tap("👥 My team")
    assert lead.answer()["text"] == t("common-no-longer-available")
    replies = await lead.send("/start")
    assert t("menu-team-tools") not in [label for label, _ in replies[-1].buttons()]
    row = await harness.runtime.database.fetch_one(
        "SELECT telegram_id, active, alias FROM people WHERE alias = 'Coordinator K'"
    )
    assert tuple(row) == (None, 0, "Coordinator K")
    deleted = harness.emulator.calls_to("deleteMyCommands")
    assert deleted and deleted[-1].params["scope"]["chat_id"] == lead.user.id

    # A lead deactivating a peer: the peer is a member again on their next message.
    other_lead = await make_lead(harness, 7002)
    peer = await make_peer(harness, other_lead, 7103, alias="Moon")
    await other_lead.send("/team")
    await other_lead.tap("Moon · peer educator")
    await other_lead.tap("Deactivate")
    await other_lead.tap(t("people-deactivate-yes"))
    replies = await peer.send("/whoami")
    assert t("people-role-name", role="member") in replies[-1].text


async def test_an_alias_with_a_phone_number_is_refused(harness):
    t = harness.runtime.translator.for_locale("en")
    code = code_in(await harness.admin().send("/invite peer"))
    peer = harness.person(7401)
    await peer.send(f"/join {code}")
    assert (await peer.send("call me 0712 345 678"))[-1].text == t("people-alias-contact")
    assert (await peer.send("🎉"))[-1].text == t("people-alias-too-short")
    assert (await peer.send("Moon"))[-1].text == t("people-alias-saved", alias="Moon")


async def test_deactivating_asks_first_and_no_changes_nothing(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    peer = await make_peer(harness, lead, alias="Moon")
    await lead.send("/team")
    await lead.tap("Moon · peer educator")
    replies = await lead.tap("Deactivate")
    assert replies[-1].text == t("people-deactivate-confirm", alias="Moon")
    assert [label for label, _ in replies[-1].buttons()] == [
        t("people-deactivate-yes"),
        t("common-back"),
    ]
    await lead.tap(t("common-back"))
    assert (await harness.runtime.people.identify(peer.user.id, "en")).role is Role.PEER
    await lead.tap("Deactivate")
    await lead.tap(t("people-deactivate-yes"))
    assert (await harness.runtime.people.identify(peer.user.id, "en")).role is Role.MEMBER
