"""A simulated person chats with a real PTB Application that polls the emulator."""

from __future__ import annotations

import asyncio
import gc
import warnings
from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.emulator import Emulator, FakeUser, SimulatedPerson

ANN = FakeUser(3001, first_name="Ann")
WELCOME = "Welcome! What do you need?"


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet with a menu."""
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Services", callback_data="services")],
            [InlineKeyboardButton("Safety", callback_data="safety")],
            [InlineKeyboardButton("Website", url="https://example.org")],
        ]
    )
    assert update.effective_message is not None
    await update.effective_message.reply_text(WELCOME, reply_markup=keyboard)


async def choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Confirm the choice in a notification and in the menu message."""
    query = update.callback_query
    assert query is not None
    await query.answer(f"You chose {query.data}")
    await query.edit_message_text(f"Showing {query.data}")


async def describe_location(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say back where the person is."""
    message = update.effective_message
    assert message is not None and message.location is not None
    live = "live " if "live_period" in message.location.to_dict() else ""
    await message.reply_text(f"Got your {live}location {message.location.latitude}")


async def only_text_please(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Turn away stickers kindly."""
    assert update.effective_message is not None
    await update.effective_message.reply_text("I can only read text.")


async def notice_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Acknowledge an edited message."""
    assert update.edited_message is not None
    await update.edited_message.reply_text(f"Noted: {update.edited_message.text}")


def build_application(emulator: Emulator) -> Application:
    application = (
        Application.builder()
        .token(emulator.token)
        .base_url(emulator.base_url)
        .base_file_url(emulator.base_file_url)
        .build()
    )
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CallbackQueryHandler(choose, pattern="^(services|safety)$"))
    application.add_handler(MessageHandler(filters.LOCATION, describe_location))
    application.add_handler(MessageHandler(filters.Sticker.ALL, only_text_please))
    application.add_handler(
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.TEXT, notice_edit)
    )
    return application


async def run(application: Application) -> None:
    await application.initialize()
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0)


async def stop(application: Application) -> None:
    assert application.updater is not None
    await application.updater.stop()
    await application.stop()
    await application.shutdown()


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    async with Emulator() as emulator:
        yield emulator


@pytest.fixture
async def application(emulator: Emulator) -> AsyncIterator[Application]:
    application = build_application(emulator)
    await run(application)
    try:
        yield application
    finally:
        await stop(application)


@pytest.fixture
def ann(emulator: Emulator, application: Application) -> SimulatedPerson:
    async def settle(update_id: int) -> None:
        await emulator.wait_acknowledged(update_id)
        await application.update_queue.join()

    return SimulatedPerson(emulator, ANN, settle=settle)


async def test_start_gets_the_welcome_menu(ann: SimulatedPerson) -> None:
    replies = await ann.send("/start")

    assert ann.texts() == [WELCOME]
    assert replies == ann.replies()
    assert replies[0].buttons() == [("Services", "services"), ("Safety", "safety")]
    assert ann.last_update_id == 1
    assert [message.from_bot for message in ann.conversation()] == [False, True]


async def test_tapping_a_button_answers_and_edits_the_menu(ann: SimulatedPerson) -> None:
    await ann.send("/start")

    replies = await ann.tap("Safety")

    assert ann.answer() is not None
    assert ann.answer()["text"] == "You chose safety"  # type: ignore[index]
    assert [(message.text, message.edited) for message in replies] == [("Showing safety", True)]


async def test_tapping_a_missing_label_lists_the_visible_buttons(ann: SimulatedPerson) -> None:
    await ann.send("/start")

    with pytest.raises(AssertionError, match=r"\['Services', 'Safety'\]"):
        await ann.tap("Donate")


async def test_forged_tap_goes_unanswered(ann: SimulatedPerson, emulator: Emulator) -> None:
    await ann.send("/start")

    replies = await ann.tap_data("admin:delete_everything")

    assert replies == []
    assert ann.answer() is None
    assert emulator.calls_to("answerCallbackQuery") == []


async def test_location_sticker_and_edit_reach_their_handlers(ann: SimulatedPerson) -> None:
    await ann.send("hello")

    assert await ann.share_location(-1.29, 36.82) == ann.replies()
    assert ann.texts() == ["Got your location -1.29"]
    await ann.share_location(-1.29, 36.82, live_period=900)
    assert ann.texts() == ["Got your live location -1.29"]
    await ann.send_sticker()
    assert ann.texts() == ["I can only read text."]
    await ann.edit(1, "hello again")
    assert ann.texts() == ["Noted: hello again"]


async def test_without_a_settle_the_person_waits_for_the_bot_to_go_quiet(
    emulator: Emulator, application: Application
) -> None:
    bea = SimulatedPerson(emulator, FakeUser(3002, first_name="Bea"))

    assert [message.text for message in await bea.send("/start")] == [WELCOME]
    assert await bea.send_photo() == []  # no handler for photos: nothing comes back


async def test_stopping_everything_leaves_no_task_or_open_resource() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        async with Emulator() as emulator:
            application = build_application(emulator)
            await run(application)
            person = SimulatedPerson(emulator, ANN)
            await person.send("/start")
            await person.tap("Services")
            await stop(application)
        await asyncio.sleep(0)
        gc.collect()

    others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    assert others == []
    assert [warning for warning in caught if warning.category is ResourceWarning] == []
    assert person.answer() is not None
