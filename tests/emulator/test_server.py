"""The emulator answers a real ``telegram.Bot`` over HTTP the way Telegram would."""

from __future__ import annotations

import asyncio
import datetime as dtm
import time
from collections.abc import AsyncIterator

import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
)
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)

from bot.emulator import Emulator, FakeUser, RateLimits

ANN = FakeUser(1001, first_name="Ann", username="ann")
BEA = FakeUser(1002, first_name="Bea")
HOURS = 3600


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def emulator(clock: FakeClock) -> AsyncIterator[Emulator]:
    async with Emulator(clock=clock) as emulator:
        yield emulator


@pytest.fixture
async def bot(emulator: Emulator) -> AsyncIterator[Bot]:
    async with _bot_for(emulator) as bot:
        yield bot


def _bot_for(emulator: Emulator, token: str | None = None) -> Bot:
    return Bot(
        token or emulator.token,
        base_url=emulator.base_url,
        base_file_url=emulator.base_file_url,
    )


def _keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data)] for label, data in buttons]
    )


# --- who the bot is -------------------------------------------------------------------------------


async def test_get_me_describes_the_bot(bot: Bot, emulator: Emulator) -> None:
    me = await bot.get_me()

    assert (me.id, me.username, me.first_name, me.is_bot) == (
        emulator.bot_id,
        "outreach_test_bot",
        "Outreach",
        True,
    )
    assert emulator.calls[0].method == "getMe"
    assert emulator.calls[0].status == 200


async def test_wrong_token_is_refused_as_invalid(emulator: Emulator) -> None:
    with pytest.raises(InvalidToken):
        async with _bot_for(emulator, token="999:WRONG"):
            pass

    assert emulator.calls[-1].status == 401


async def test_unknown_method_looks_like_a_bad_token(bot: Bot, emulator: Emulator) -> None:
    with pytest.raises(InvalidToken, match="Not Found"):
        await bot.request.post(f"{emulator.base_url}{emulator.token}/sendTelepathy")

    assert emulator.calls[-1].method == "sendTelepathy"
    assert emulator.calls[-1].response["error_code"] == 404


async def test_the_token_never_shows_in_the_repr(emulator: Emulator) -> None:
    assert emulator.token not in repr(emulator)


# --- sending and reading back ---------------------------------------------------------------------


async def test_sent_message_is_stored_with_its_buttons(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "/start")
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Services", callback_data="services")],
            [InlineKeyboardButton("Website", url="https://example.org")],
        ]
    )

    sent = await bot.send_message(ANN.id, "Welcome", reply_markup=keyboard, protect_content=True)

    assert sent.message_id == 2  # ids are per chat, shared with the person's "/start"
    assert sent.chat.first_name == "Ann"
    assert sent.from_user is not None and sent.from_user.is_bot
    person_message, bot_message = emulator.messages(ANN.id)
    assert (person_message.from_bot, person_message.text) == (False, "/start")
    assert bot_message.text == "Welcome"
    assert bot_message.protect_content
    assert bot_message.buttons() == [("Services", "services")]
    assert emulator.bot_messages(ANN.id) == [bot_message]
    assert emulator.calls_to("sendMessage")[0].params["chat_id"] == ANN.id


async def test_free_text_that_looks_like_json_stays_text(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")

    await bot.send_message(ANN.id, "123")

    assert emulator.bot_messages(ANN.id)[0].text == "123"


async def test_html_is_parsed_into_visible_text_and_entities(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")

    sent = await bot.send_message(ANN.id, "<b>Safe</b> &amp; sound", parse_mode="HTML")

    assert sent.text == "Safe & sound"
    assert [(entity.type, entity.offset, entity.length) for entity in sent.entities] == [
        ("bold", 0, 4)
    ]
    assert emulator.bot_messages(ANN.id)[0].extra["raw_text"] == "<b>Safe</b> &amp; sound"


async def test_unescaped_tag_in_html_is_refused(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")

    with pytest.raises(BadRequest, match='nsupported start tag "script"'):
        await bot.send_message(ANN.id, "<script>x</script>", parse_mode="HTML")


async def test_text_longer_than_4096_is_too_long(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")

    with pytest.raises(BadRequest, match=r"^Message is too long$"):
        await bot.send_message(ANN.id, "a" * 4097)
    # Tags do not count, but an emoji counts as two UTF-16 code units.
    await bot.send_message(ANN.id, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"^Message is too long$"):
        await bot.send_message(ANN.id, "😀" * 2049)


async def test_blank_text_is_empty(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")

    with pytest.raises(BadRequest, match=r"^Message text is empty$"):
        await bot.send_message(ANN.id, "  \n ")


async def test_callback_data_over_64_bytes_is_refused(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")

    with pytest.raises(BadRequest, match=r"^Button_data_invalid$"):
        await bot.send_message(ANN.id, "Pick", reply_markup=_keyboard(("Too long", "x" * 65)))
    await bot.send_message(ANN.id, "Pick", reply_markup=_keyboard(("Just fits", "é" * 32)))


async def test_unknown_chat_and_strangers_are_refused(bot: Bot, emulator: Emulator) -> None:
    with pytest.raises(BadRequest, match=r"^Chat not found$"):
        await bot.send_message(4242, "Hello?")

    emulator.send_in_group(BEA, -500, "hello everyone")
    # Bea wrote in a group but never started a private chat with the bot.
    with pytest.raises(Forbidden, match="can't initiate conversation"):
        await bot.send_message(BEA.id, "Hello Bea")
    await bot.send_message(-500, "Hello group")


async def test_blocked_person_cannot_be_written_to(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    emulator.block_bot(ANN.id)

    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(ANN.id, "Still there?")

    updates = await bot.get_updates()
    assert updates[-1].my_chat_member is not None
    assert updates[-1].my_chat_member.new_chat_member.status == "kicked"
    emulator.send_text(ANN, "/start")  # writing again means she unblocked the bot
    await bot.send_message(ANN.id, "Welcome back")


async def test_location_venue_document_and_photo_round_trip(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")

    location = await bot.send_location(ANN.id, latitude=-1.29, longitude=36.82)
    venue = await bot.send_venue(ANN.id, -1.29, 36.82, title="Clinic", address="Main street 1")
    document = await bot.send_document(
        ANN.id, document=b"opening hours", filename="hours.txt", caption="Hours"
    )
    photo = await bot.send_photo(ANN.id, photo=b"\x89PNG fake image")

    assert location.location is not None and location.location.latitude == -1.29
    assert venue.venue is not None and venue.venue.title == "Clinic"
    assert document.document is not None and document.document.file_name == "hours.txt"
    assert document.caption == "Hours"
    assert photo.photo
    downloaded = await (await bot.get_file(document.document.file_id)).download_as_bytearray()
    assert downloaded == b"opening hours"
    kinds = [message.kind for message in emulator.bot_messages(ANN.id)]
    assert kinds == ["location", "venue", "document", "photo"]
    stored_document = emulator.bot_messages(ANN.id)[2]
    assert stored_document.extra["file_name"] == "hours.txt"
    assert stored_document.extra["document"] == b"opening hours"
    assert emulator.calls_to("sendLocation")[0].params["latitude"] == -1.29


async def test_get_chat_knows_people_who_wrote(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")

    chat = await bot.get_chat(ANN.id)

    assert (chat.id, chat.type, chat.username) == (ANN.id, "private", "ann")
    with pytest.raises(BadRequest, match=r"^Chat not found$"):
        await bot.get_chat(BEA.id)


# --- faults ---------------------------------------------------------------------------------------


# PTB 22 warns inside RetryAfter that retry_after will become a timedelta.
IGNORE_RETRY_AFTER_TYPE_WARNING = pytest.mark.filterwarnings(
    "ignore::telegram.warnings.PTBDeprecationWarning"
)


@IGNORE_RETRY_AFTER_TYPE_WARNING
async def test_fault_with_retry_after_raises_retry_after(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    emulator.fail(
        "sendMessage", status=429, description="Too Many Requests: retry after 3", retry_after=3
    )

    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(ANN.id, "Hello")

    assert raised.value.retry_after in (3, dtm.timedelta(seconds=3))
    await bot.send_message(ANN.id, "Hello")  # the fault was for one call only


async def test_fault_with_server_error_raises_network_error(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    emulator.fail("sendMessage", status=502, description="Bad Gateway", times=2)

    for _ in range(2):
        with pytest.raises(NetworkError) as raised:
            await bot.send_message(ANN.id, "Hello")
        assert type(raised.value) is NetworkError
    await bot.send_message(ANN.id, "Hello")
    assert [call.status for call in emulator.calls_to("sendMessage")] == [502, 502, 200]


async def test_dropped_connection_raises_network_error(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    emulator.fail("sendMessage", status=0)

    with pytest.raises(NetworkError):
        await bot.send_message(ANN.id, "Hello")


async def test_slow_answer_times_out(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    emulator.fail("sendMessage", delay=0.5)

    with pytest.raises(TimedOut):
        await bot.send_message(ANN.id, "Hello", read_timeout=0.1)


async def test_slow_success_times_out_yet_the_message_arrives(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    emulator.fail("sendMessage", status=200, delay=0.3)

    with pytest.raises(TimedOut):
        await bot.send_message(ANN.id, "Sent twice?", read_timeout=0.05)
    await asyncio.sleep(0.4)

    assert [message.text for message in emulator.bot_messages(ANN.id)] == ["Sent twice?"]


# --- edits, deletions, button taps ----------------------------------------------------------------


async def test_edit_with_identical_content_is_not_modified(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    sent = await bot.send_message(ANN.id, "Pick", reply_markup=_keyboard(("Yes", "yes")))

    with pytest.raises(BadRequest, match=r"^Message is not modified: specified new message"):
        await bot.edit_message_text(
            "Pick", ANN.id, sent.message_id, reply_markup=_keyboard(("Yes", "yes"))
        )
    # An edit without reply_markup takes the keyboard away, as on Telegram.
    await bot.edit_message_text("Picked", ANN.id, sent.message_id)

    stored = emulator.bot_messages(ANN.id)[0]
    assert (stored.text, stored.edited, stored.buttons()) == ("Picked", True, [])
    with pytest.raises(BadRequest, match=r"^Message to edit not found$"):
        await bot.edit_message_text("Nothing", ANN.id, 99)


async def test_delete_is_refused_after_48_hours(
    bot: Bot, emulator: Emulator, clock: FakeClock
) -> None:
    emulator.send_text(ANN, "hi")
    first = await bot.send_message(ANN.id, "first")
    second = await bot.send_message(ANN.id, "second")

    clock.advance(47 * HOURS)
    assert await bot.delete_message(ANN.id, first.message_id)
    clock.advance(2 * HOURS)
    with pytest.raises(BadRequest, match=r"^Message can't be deleted for everyone$"):
        await bot.delete_message(ANN.id, second.message_id)
    with pytest.raises(BadRequest, match=r"^Message to delete not found$"):
        await bot.delete_message(ANN.id, first.message_id)

    stored = {message.text: message for message in emulator.messages(ANN.id)}
    assert stored["first"].deleted
    assert not stored["second"].deleted


async def test_delete_messages_deletes_what_it_can(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    sent = [await bot.send_message(ANN.id, f"menu {number}") for number in range(3)]

    assert await bot.delete_messages(ANN.id, [sent[0].message_id, sent[2].message_id, 77])

    assert [message.text for message in emulator.bot_messages(ANN.id)] == ["menu 1"]
    assert [message.deleted for message in emulator.messages(ANN.id)] == [
        False,
        True,
        False,
        True,
    ]


async def test_copy_message_copies_text_and_voice_without_their_author(
    bot: Bot, emulator: Emulator
) -> None:
    emulator.send_text(ANN, "meet at six")
    emulator.send_message(ANN, voice=True)
    emulator.send_text(BEA, "hi")
    text_copy = await bot.copy_message(BEA.id, ANN.id, 1, protect_content=True)
    voice_copy = await bot.copy_message(BEA.id, ANN.id, 2)
    copied = emulator.messages(BEA.id)
    assert [m.message_id for m in copied[1:]] == [text_copy.message_id, voice_copy.message_id]
    assert copied[1].text == "meet at six" and copied[1].protect_content
    assert copied[2].kind == "voice" and copied[2].content["voice"]["file_id"]
    for message in copied[1:]:
        assert message.from_bot and message.sender is not None
        assert message.sender["id"] == emulator.bot_id
        shown = repr(message)
        assert str(ANN.id) not in shown and "Ann" not in shown and "forward" not in shown
    with pytest.raises(BadRequest, match="not found"):
        await bot.copy_message(BEA.id, ANN.id, 99)
    await bot.delete_message(ANN.id, 1)
    with pytest.raises(BadRequest, match="not found"):
        await bot.copy_message(BEA.id, ANN.id, 1)


async def test_callback_query_can_be_answered_once(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    sent = await bot.send_message(ANN.id, "Pick", reply_markup=_keyboard(("Yes", "yes")))
    update_id = emulator.tap(ANN, sent.message_id, "yes")

    query = (await bot.get_updates())[-1].callback_query
    assert query is not None and query.data == "yes"
    assert query.message is not None and query.message.message_id == sent.message_id
    assert emulator.callback_answer(update_id) is None
    assert await bot.answer_callback_query(query.id, text="Saved", show_alert=True)

    assert emulator.callback_answer(update_id) == {
        "callback_query_id": query.id,
        "text": "Saved",
        "show_alert": True,
    }
    with pytest.raises(BadRequest, match=r"^Query is too old"):
        await bot.answer_callback_query(query.id, text="Again")


async def test_callback_query_expires_after_15_seconds(
    bot: Bot, emulator: Emulator, clock: FakeClock
) -> None:
    emulator.send_text(ANN, "hi")
    sent = await bot.send_message(ANN.id, "Pick", reply_markup=_keyboard(("Yes", "yes")))
    emulator.tap(ANN, sent.message_id, "yes")
    query = (await bot.get_updates())[-1].callback_query
    assert query is not None

    clock.advance(16)

    with pytest.raises(BadRequest, match=r"^Query is too old"):
        await bot.answer_callback_query(query.id)


# --- commands -------------------------------------------------------------------------------------


async def test_commands_are_kept_per_scope_and_language(bot: Bot) -> None:
    everyone = [BotCommand("start", "Start"), BotCommand("help", "Help")]
    private_french = [BotCommand("start", "Commencer")]

    await bot.set_my_commands(everyone)
    await bot.set_my_commands(
        private_french, scope=BotCommandScopeAllPrivateChats(), language_code="fr"
    )

    assert await bot.get_my_commands() == tuple(everyone)
    assert await bot.get_my_commands(
        scope=BotCommandScopeAllPrivateChats(), language_code="fr"
    ) == tuple(private_french)
    assert await bot.get_my_commands(language_code="fr") == ()
    await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()


async def test_invalid_commands_are_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"^Bot_command_invalid$"):
        await bot.set_my_commands([BotCommand("Start", "Start")])
    with pytest.raises(BadRequest, match=r"^Bot_command_description_invalid$"):
        await bot.set_my_commands([BotCommand("start", "")])


# --- getting updates ------------------------------------------------------------------------------


async def test_long_poll_wakes_at_once_on_a_new_update(bot: Bot, emulator: Emulator) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    started = time.monotonic()

    update_id = emulator.send_text(ANN, "/start")
    updates = await poll

    assert time.monotonic() - started < 1
    assert [update.update_id for update in updates] == [update_id] == [1]
    message = updates[0].message
    assert message is not None and message.text == "/start"
    assert [entity.type for entity in message.entities] == ["bot_command"]


async def test_offset_confirms_and_forgets_updates(bot: Bot, emulator: Emulator) -> None:
    first = emulator.send_text(ANN, "one")
    second = emulator.send_text(ANN, "two")

    assert [update.update_id for update in await bot.get_updates()] == [first, second]
    assert [update.update_id for update in await bot.get_updates(offset=second)] == [second]
    await emulator.wait_acknowledged(first, timeout=0.1)
    with pytest.raises(TimeoutError):
        await emulator.wait_acknowledged(second, timeout=0.05)
    assert await bot.get_updates(offset=second + 1) == ()
    await emulator.wait_acknowledged(second, timeout=0.1)


async def test_newer_poll_ends_the_waiting_one_with_conflict(bot: Bot, emulator: Emulator) -> None:
    older = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)

    async with _bot_for(emulator) as second_copy_of_the_bot:
        newer = await second_copy_of_the_bot.get_updates(timeout=0)

    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await older
    assert newer == ()


async def test_stopping_ends_a_waiting_poll(emulator: Emulator) -> None:
    async with _bot_for(emulator) as bot:
        poll = asyncio.create_task(bot.get_updates(timeout=10))
        await asyncio.sleep(0.05)
        started = time.monotonic()

        await emulator.stop()

        assert await poll == ()
        assert time.monotonic() - started < 1


async def test_updates_of_every_kind_parse_in_ptb(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    emulator.send_message(ANN, sticker=True)
    emulator.send_message(ANN, photo=True, caption="look")
    emulator.send_message(ANN, voice=True)
    emulator.send_message(ANN, document=True)
    emulator.send_message(ANN, contact={"first_name": "Ann", "user_id": ANN.id})
    emulator.send_message(ANN, location={"latitude": 1.5, "longitude": 2.5, "live_period": 900})
    emulator.edit_text(ANN, 1, "hello")
    emulator.send_in_group(ANN, -500, "/help@outreach_test_bot now")
    emulator.post_in_channel(-100123, "news")

    updates = await bot.get_updates()

    messages = [update.message for update in updates[1:7]]
    assert all(message is not None for message in messages)
    sticker, photo, voice, document, contact, location = messages
    assert sticker is not None and sticker.sticker is not None
    assert photo is not None and photo.photo and photo.caption == "look"
    assert voice is not None and voice.voice is not None
    assert document is not None and document.document is not None
    assert contact is not None and contact.contact is not None
    assert location is not None and location.location is not None
    assert location.location.latitude == 1.5
    assert updates[7].edited_message is not None
    assert updates[7].edited_message.text == "hello"
    group_message = updates[8].message
    assert group_message is not None and group_message.chat.type == "group"
    assert group_message.entities[0].length == len("/help@outreach_test_bot")
    assert updates[9].channel_post is not None
    assert updates[9].channel_post.chat.type == "channel"
    assert [message.kind for message in emulator.messages(ANN.id)] == [
        "text",
        "sticker",
        "photo",
        "voice",
        "document",
        "contact",
        "location",
    ]


async def test_updates_the_bot_did_not_ask_for_are_dropped(bot: Bot, emulator: Emulator) -> None:
    assert await bot.get_updates(allowed_updates=["message"]) == ()
    post = emulator.post_in_channel(-100123, "news")
    message = emulator.send_text(ANN, "hi")

    assert [update.update_id for update in await bot.get_updates()] == [message]
    # Nobody waits forever for an update the bot will never receive.
    await emulator.wait_acknowledged(post, timeout=0.1)


async def test_a_set_webhook_blocks_polling(bot: Bot, emulator: Emulator) -> None:
    emulator.send_text(ANN, "hi")
    await bot.set_webhook("https://example.org/hook")

    assert (await bot.get_webhook_info()).url == "https://example.org/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


# --- rate limits ----------------------------------------------------------------------------------


@IGNORE_RETRY_AFTER_TYPE_WARNING
async def test_rate_limits_refuse_bursts_with_429(clock: FakeClock) -> None:
    limits = RateLimits(per_second_overall=30, per_second_per_chat=1, per_chat_burst=3)
    async with Emulator(clock=clock, rate_limits=limits) as emulator, _bot_for(emulator) as bot:
        emulator.send_text(ANN, "hi")
        for number in range(3):
            await bot.send_message(ANN.id, f"burst {number}")

        with pytest.raises(RetryAfter):
            await bot.send_message(ANN.id, "one too many")
        clock.advance(1)
        await bot.send_message(ANN.id, "after a pause")

        assert emulator.too_many_requests == 1
        refused = emulator.calls_to("sendMessage")[3]
        assert refused.status == 429
        assert refused.response["description"] == "Too Many Requests: retry after 1"
        assert refused.response["parameters"] == {"retry_after": 1}


@IGNORE_RETRY_AFTER_TYPE_WARNING
async def test_rate_limits_let_paced_sends_through(clock: FakeClock) -> None:
    limits = RateLimits(per_second_overall=5, per_second_per_chat=1, per_chat_burst=1)
    async with Emulator(clock=clock, rate_limits=limits) as emulator, _bot_for(emulator) as bot:
        people = [FakeUser(2000 + number) for number in range(6)]
        for person in people:
            emulator.send_text(person, "hi")
        for _ in range(5):
            for person in people[:5]:
                await bot.send_message(person.id, "paced")
            clock.advance(1)
        assert emulator.too_many_requests == 0

        for person in people[:5]:
            await bot.send_message(person.id, "all at once")
        with pytest.raises(RetryAfter):
            await bot.send_message(people[5].id, "over the overall limit")
        assert emulator.too_many_requests == 1
