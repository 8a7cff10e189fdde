"""Members' safety notices: opt in or out per area (/alerts), read the active notices of their
areas, stop them all. A subscription is the one thing a member opts into that keeps their chat id;
it goes when they stop, quick-exit, or block the bot (the outbox's 403 hook below).

Published notices reach subscribers as outbox letters, rendered here at send time in each
subscriber's language, and not at all once the alert expired: a neutral line (the area only, what
a locked phone shows) and a Read button; the details come after the tap, protected.
"""

from __future__ import annotations

from telegram import Update

from bot.common.outbox import Letter
from bot.common.refusal import NotAllowed
from bot.handlers.context import BotContext
from bot.handlers.respond import show
from bot.handlers.safety import screens
from bot.handlers.safety.buttons import ReadNotice, StopNotices, ToggleArea
from bot.handlers.screens import Screen
from bot.handlers.voice import reach
from bot.i18n import Messages
from bot.runtime import Runtime
from bot.voice.model import Reach


def _chat_id(update: Update) -> int:
    chat = update.effective_chat
    if chat is None:
        raise NotAllowed
    return chat.id


async def notices_screen(update: Update, context: BotContext) -> None:
    """Active notices of the person's areas (protected, above), and the areas to choose."""
    runtime = context.runtime
    t = context.t
    chosen = await runtime.alerts.areas_of(_chat_id(update))
    areas = [(area.id, area.name) for area in await runtime.directory.areas()]
    active = await runtime.alerts.active(chosen)
    if active:
        await show(update, context, screens.active_notices(active, t))
    await show(update, context, screens.notice_areas(areas, chosen, t), fresh=bool(active))


async def toggle_area(update: Update, context: BotContext, tap: ToggleArea) -> None:
    """Opt in or out for one area."""
    runtime = context.runtime
    if await runtime.directory.area(tap.area_id) is None:
        raise NotAllowed
    chat_id = _chat_id(update)
    chosen = await runtime.alerts.areas_of(chat_id)
    if tap.area_id in chosen:
        chosen = [a for a in chosen if a != tap.area_id]
    else:
        chosen = [*chosen, tap.area_id]
    await runtime.alerts.subscribe(chat_id, chosen, context.viewer.locale)
    context.saved(update)
    if tap.area_id in chosen:
        await reach.came_through(context, Reach.OPT_IN)  # through a campaign's link, if any
    await notices_screen(update, context)


async def stop_notices(update: Update, context: BotContext, tap: StopNotices) -> None:
    """No more notices, and no chat id kept for them."""
    await context.runtime.alerts.unsubscribe(_chat_id(update))
    context.saved(update)
    await show(update, context, screens.notices_stopped(context.viewer, context.t))


async def read_notice(update: Update, context: BotContext, tap: ReadNotice) -> None:
    """A notice's details, in a new protected message, while it is active."""
    alert = await context.runtime.alerts.read(_chat_id(update), tap.alert_id)
    await show(update, context, screens.notice(alert, context.t))


async def render_notice(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    """A queued notice as its subscriber is sent it; None once the alert expired."""
    alert = await runtime.alerts.notice(int(letter.args["alert"]))
    return None if alert is None else screens.notice_letter(alert, t)


async def unsubscribe_blocked(runtime: Runtime, chat_id: int) -> None:
    """A subscriber blocked the bot (a 403): unsubscribed at once; the outbox erases the rest."""
    await runtime.alerts.unsubscribe(chat_id)
