"""The one settings screen (/settings, the menu's 🔔): safety notices (their areas are chosen on
the /alerts screen, which stays as it was), community questions (every area, or chosen ones) and
community updates, each switched on and off here; "Stop these" under every question and update
we send; "Stop everything". Opting in through a campaign's link counts towards its reach."""

from __future__ import annotations

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.handlers.context import BotContext
from bot.handlers.respond import show
from bot.handlers.voice import reach, screens
from bot.handlers.voice.buttons import (
    QuestionAreas,
    StopEverything,
    StopThese,
    SwitchTopic,
    ToggleQuestionArea,
)
from bot.runtime import Runtime
from bot.voice.model import Choices, Reach


def chat_of(update: Update) -> int:
    chat = update.effective_chat
    if chat is None:
        raise NotAllowed
    return chat.id


async def choices_of(context: BotContext, chat_id: int) -> Choices:
    runtime = context.runtime
    voice = await runtime.voice.optins.of(chat_id)
    alerts = await runtime.alerts.areas_of(chat_id)
    return Choices(tuple(alerts), voice.questions, voice.areas, voice.updates)


async def areas(context: BotContext) -> list[tuple[int, str]]:
    return [(area.id, area.name) for area in await context.runtime.directory.areas()]


async def settings_screen(update: Update, context: BotContext) -> None:
    """What this person gets from us, and the switches."""
    chosen = await choices_of(context, chat_of(update))
    await show(update, context, screens.settings(chosen, await areas(context), context.t))


async def switch_topic(update: Update, context: BotContext, tap: SwitchTopic) -> None:
    chat_id = chat_of(update)
    await context.runtime.voice.optins.switch(chat_id, tap.topic, tap.on, context.viewer.locale)
    context.saved(update)
    if tap.on:
        await reach.came_through(context, Reach.OPT_IN)
    await settings_screen(update, context)


async def question_areas(update: Update, context: BotContext, tap: QuestionAreas) -> None:
    chosen = await context.runtime.voice.optins.of(chat_of(update))
    if not chosen.questions:
        raise NotAllowed  # a button from before questions were switched off
    await show(
        update, context, screens.question_areas(await areas(context), chosen.areas, context.t)
    )


async def toggle_question_area(
    update: Update, context: BotContext, tap: ToggleQuestionArea
) -> None:
    runtime = context.runtime
    if await runtime.directory.area(tap.area_id) is None:
        raise NotAllowed
    chat_id = chat_of(update)
    chosen = await runtime.voice.optins.toggle_area(chat_id, tap.area_id, context.viewer.locale)
    context.saved(update)
    await show(
        update, context, screens.question_areas(await areas(context), chosen.areas, context.t)
    )


async def stop_these(update: Update, context: BotContext, tap: StopThese) -> None:
    """From a question or an update we sent: no more of them (the last one: no chat id kept)."""
    chat_id = chat_of(update)
    await context.runtime.voice.optins.switch(chat_id, tap.topic, False, context.viewer.locale)
    context.saved(update)
    await show(update, context, screens.stopped(tap.topic, context.viewer, context.t))


async def stop_everything(update: Update, context: BotContext, tap: StopEverything) -> None:
    """Notices, questions and updates: all gone, from the disk too."""
    await forget_chat(context.runtime, chat_of(update))
    context.saved(update)
    await show(update, context, screens.stopped(None, context.viewer, context.t))


async def forget_chat(runtime: Runtime, chat_id: int) -> None:
    """Every opt-in of this chat, notices' included, gone at once and from the disk too: "Stop
    everything", or a block (a 403 to a question, an update or a notice)."""
    await runtime.alerts.unsubscribe(chat_id, erase=False)
    await runtime.voice.optins.forget(chat_id, erase=True)
