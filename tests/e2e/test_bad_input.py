"""Bad input never breaks the bot: a short localised hint, or silence where that is right."""

import pytest

SENDS = ("sendMessage", "editMessageText", "answerCallbackQuery")


@pytest.mark.parametrize("kind", ["sticker", "voice", "photo", "document", "contact"])
async def test_media_and_contacts_get_a_hint_in_the_persons_language(harness, kind):
    t = harness.runtime.translator.for_locale("es")
    person = harness.person(6001, language_code="es")
    replies = await getattr(person, f"send_{kind}")()
    assert [r.text for r in replies] == [t("common-unsupported")]


async def test_a_location_is_taken_as_a_near_me_search(harness):
    t = harness.runtime.translator.for_locale("en")
    replies = await harness.person(6002).share_location(-1.2921, 36.8219)
    assert [r.text for r in replies] == [t("directory-location-used"), t("directory-near-none")]


@pytest.mark.parametrize(
    "text",
    [
        "x" * 4000,
        "🙂🙂🙂",
        "مرحبا، كيف حالك",
        "\u200b\u200d\u2060",
        "hello\u202eevil",
    ],
)
async def test_odd_text_gets_pointed_to_the_buttons(harness, text):
    t = harness.runtime.translator.for_locale("en")
    replies = await harness.person(6003).send(text)
    assert [r.text for r in replies] == [t("common-use-buttons")]


async def test_an_unknown_command_gets_a_hint(harness):
    t = harness.runtime.translator.for_locale("fr")
    replies = await harness.person(6004, language_code="fr").send("/frobnicate")
    assert [r.text for r in replies] == [t("common-unknown-command")]


async def test_an_edited_message_is_ignored(harness):
    person = harness.person(6005)
    await person.send("/start")
    before = len(harness.emulator.calls_to(*SENDS))
    assert await person.edit(person.conversation()[0].message_id, "/help") == []
    assert len(harness.emulator.calls_to(*SENDS)) == before


async def test_groups_and_channels_are_ignored_without_a_write(harness):
    db_path = harness.settings.database_path
    changes_before = (await harness.runtime.database.fetch_one("SELECT total_changes()"))[0]
    size_before = db_path.with_name(db_path.name + "-wal").stat().st_size
    before = len(harness.emulator.calls_to(*SENDS))
    user_update = harness.emulator.send_in_group(harness.person(6006).user, -100200, "/start")
    await harness.settle(user_update)
    await harness.settle(
        harness.emulator.send_in_group(harness.person(6006).user, -100200, "/language")
    )
    harness.emulator.post_in_channel(-100300, "/start")  # never even delivered (allowed_updates)
    # Checked before anyone is served: serving a person writes their message ids to the quick
    # exit's ledger within a second (issue 10.1).
    assert (await harness.runtime.database.fetch_one("SELECT total_changes()"))[0] == changes_before
    assert db_path.with_name(db_path.name + "-wal").stat().st_size == size_before
    await harness.person(6007).send("/help")  # someone else is still served afterwards
    sends = harness.emulator.calls_to(*SENDS)[before:]
    assert [c.params["chat_id"] for c in sends] == [6007]


async def test_after_every_kind_of_bad_input_the_bot_still_serves_the_next_person(harness):
    odd = harness.person(6008)
    await odd.send_sticker()
    await odd.send("/nope")
    await odd.tap_data("garbage")
    await odd.send("x" * 4096)
    t = harness.runtime.translator.for_locale("sw")
    replies = await harness.person(6009, language_code="sw").send("/start")
    assert t("people-welcome") in replies[0].text


async def test_a_failed_reply_after_saving_says_it_was_saved(harness):
    t = harness.runtime.translator.for_locale("fr")
    person = harness.person(6010)
    await person.send("/language")
    harness.emulator.fail("editMessageText", status=502, description="Bad Gateway")
    replies = await person.tap("Français")
    assert replies[-1].text == t("errors-kept")
    assert (await harness.runtime.database.fetch_one("SELECT locale FROM member_preferences"))[
        0
    ] == "fr"


async def test_a_failed_reply_before_saving_says_it_was_not_saved(harness):
    t = harness.runtime.translator.for_locale("en")
    person = harness.person(6011)
    await person.send("/start")
    harness.emulator.fail("answerCallbackQuery", status=500)
    replies = await person.tap("❓ Help")
    assert replies[-1].text == t("errors-not-kept")
    assert (await person.send("/help"))[-1].text.startswith(t("help-member")[:20])


async def test_a_429_on_a_reply_is_retried_and_the_reply_arrives(harness):
    t = harness.runtime.translator.for_locale("en")
    harness.emulator.fail(
        "sendMessage", status=429, retry_after=1, description="Too Many Requests: retry after 1"
    )
    replies = await harness.person(6012).send("/start")
    assert [r.text for r in replies][-1].startswith(t("people-welcome"))
    statuses = [c.status for c in harness.emulator.calls_to("sendMessage")[-2:]]
    assert statuses == [429, 200]
