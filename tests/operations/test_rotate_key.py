"""Key rotation (issue 13.4): what can be carried to the new key is, the rest is deleted, and
no hash made with the old key stays in the database file."""

from __future__ import annotations

import pytest

from bot.operations.keys import rotate
from bot.people.keys import MemberKeys
from bot.settings import Secret
from storage import Database
from storage import directory as directory_store
from tests.builders import code_in, make_lead

pytestmark = pytest.mark.e2e
NEW_KEY = "the-new-key-after-a-scare-0123456789-abcdefg"


async def test_rotation_carries_known_chats_drops_the_rest_and_leaves_no_old_hash(harness):
    runtime = harness.runtime
    await directory_store.upsert_area(runtime.database, "east", "Eastside", -1.2, 36.8)
    t = runtime.translator.for_locale("fr")
    lead = await make_lead(harness)
    invite = code_in(await harness.admin().send("/invite peer"))  # open when the key changes
    subscriber = harness.person(8901, language_code="en")  # opted in: the bot keeps their id
    await subscriber.send("/alerts")
    await subscriber.tap("☐ Eastside")
    await subscriber.send("/language")
    await subscriber.tap("Français")
    browser = harness.person(8902, language_code="en")  # only browsed: known to no one
    await browser.send("/language")
    await browser.tap("Français")
    old = MemberKeys(harness.settings.id_hash_key)
    old_hashes = [
        old.member_key(8901),
        old.member_key(8902),
        old.ledger_key(8901),
        old.ledger_key(8902),
    ]
    await runtime.ledger.flush(runtime.database)
    await harness.stop()

    async with await Database.open(harness.settings.database_path) as db:
        report = await rotate(db, old, MemberKeys(Secret(NEW_KEY)))
    assert report.moved["member_preferences"] == 1 and report.dropped["member_preferences"] == 1
    assert report.moved["message_ledger"] > 0 and report.invites_dropped == 1
    path = harness.settings.database_path
    wal = path.with_name(path.name + "-wal")
    stored = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for value in old_hashes:
        assert value.encode() not in stored

    harness.with_settings(id_hash_key=Secret(NEW_KEY))
    await harness.start()
    assert (await subscriber.send("/start"))[-1].text.startswith(t("people-welcome"))
    assert not (await browser.send("/start"))[-1].text.startswith(t("people-welcome"))
    replies = await harness.person(8903).send(f"/join {invite}")
    assert replies[-1].text == harness.runtime.translator.format("en", "people-join-unknown")
    assert (await lead.send("/whoami"))[-1].text  # team members are unaffected
