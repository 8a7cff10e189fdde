"""Transitional: the helpers of features not yet moved to routes and screens."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ConversationHandler

from bot.handlers.context import BotContext
from bot.handlers.menu import MAIN_MENU, TEAM_MENU, Entry, Go
from bot.handlers.menu import menu_buttons as new_menu_buttons
from bot.i18n import Messages
from bot.people import Role, Viewer

Button = tuple[str, str]  # (label, callback data)
logger = logging.getLogger(__name__)


async def viewer_of(update: Update, context: BotContext) -> Viewer:
    return await context.resolve_viewer(update)


def keyboard(rows: Sequence[Sequence[Button]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def in_pairs(buttons: Sequence[Button]) -> list[list[Button]]:
    return [list(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]


def menu_buttons(viewer: Viewer, t: Messages) -> list[list[Button]]:
    buttons = new_menu_buttons(viewer.role, t, MAIN_MENU)
    return in_pairs([(b.label, b.tap.pack()) for b in buttons if b.tap is not None])


def team_buttons(viewer: Viewer, t: Messages) -> list[list[Button]]:
    buttons = new_menu_buttons(viewer.role, t, TEAM_MENU)
    return in_pairs([(b.label, b.tap.pack()) for b in buttons if b.tap is not None])


def back_to_menu(t: Messages) -> list[Button]:
    return [(t("menu-back"), Go(Entry.MENU).pack())]


async def cancel(update: Update, context: BotContext) -> int:
    """Leave whatever flow the person is in and show the menu."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t("common-cancelled"), menu_buttons(viewer, t))
    return ConversationHandler.END


async def show(
    update: Update,
    text: str,
    rows: Sequence[Sequence[Button]] = (),
    *,
    protect: bool = False,
    fresh: bool = False,
) -> None:
    """Answer a button by replacing its message (unless `fresh`); answer a typed message with a
    new one. Protected content always goes in a new message: edits cannot protect it."""
    markup = keyboard(rows)
    query = update.callback_query
    if query is not None and query.message is not None and not protect and not fresh:
        try:
            await query.edit_message_text(text, reply_markup=markup)
            return
        except BadRequest as error:
            if "not modified" in str(error).lower():
                return
            # Too old or gone: fall through and send a fresh message instead.
    chat = update.effective_chat
    if chat is None:
        return
    await chat.send_message(text, reply_markup=markup, protect_content=protect or None)


async def answer_button(update: Update, text: str | None = None) -> None:
    """Stop the button's spinner; Telegram expects it within seconds of the tap."""
    if update.callback_query is not None:
        await update.callback_query.answer(text)


async def flow_hint(update: Update, context: BotContext) -> None:
    """Anything unexpected while a flow waits for an answer: say what we need."""
    viewer = await viewer_of(update, context)
    await show(update, context.services.messages(viewer)("common-flow-hint"))


async def refuse_button(update: Update, context: BotContext, viewer: Viewer | None = None) -> None:
    """A forged, stale or no-longer-permitted button: say so neutrally and change nothing."""
    if viewer is None:
        viewer = await viewer_of(update, context)
    await answer_button(update, context.services.messages(viewer)("common-no-longer-available"))


async def tell_person(
    context: BotContext, person_id: int | None, message_id: str, **args: object
) -> None:
    """Transitional (feedback and alerts until they move to the outbox): tell a team member
    something in their language; a failure is logged, never raised."""
    if person_id is None:
        return
    contact = await context.services.people.contact(person_id)
    if contact is None:
        return
    telegram_id, locale = contact
    try:
        await context.bot.send_message(
            telegram_id, context.services.messages(locale)(message_id, **args)
        )
    except TelegramError as error:
        logger.warning("Could not tell a team member: %s", type(error).__name__)


async def tell_leads(context: BotContext, message_id: str, **args: object) -> None:
    """Transitional, as `tell_person`: every active lead and admin."""
    for person_id in await context.services.people.active_ids((Role.LEAD, Role.ADMIN)):
        await tell_person(context, person_id, message_id, **args)
