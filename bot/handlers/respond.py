"""Putting screens on the phone of the person who just wrote or tapped.

`show()` replaces the tapped message (or sends a new one for typed input, files or protected
content); `answer()` stops a tap's spinner exactly once; `refuse()` is the one neutral answer to
a forged, stale or not-permitted button or command. Messages nobody asked for go through the
outbox instead (`bot/handlers/outbox.py`).
"""

from __future__ import annotations

import asyncio
import contextlib

from telegram import InputFile, Update
from telegram.error import BadRequest, TelegramError

from bot.common.text import fit_message
from bot.handlers.context import BotContext
from bot.handlers.screens import Screen, keyboard


async def answer(update: Update, context: BotContext, text: str | None = None) -> None:
    """Stop the tap's spinner (with a short note, if any). Only the first answer counts: Telegram
    refuses a second one, so later calls do nothing."""
    query = update.callback_query
    if query is None or context.answered:
        return
    context.answered = True
    await query.answer(text)


async def show(update: Update, context: BotContext, screen: Screen, *, fresh: bool = False) -> None:
    """Answer a tap by replacing its message (unless `fresh`), typed input with a new message.
    Protected content always goes in a new message: an edit cannot protect it."""
    query = update.callback_query
    markup = keyboard(screen.rows)
    if query is not None and query.message is not None and not screen.protect and not fresh:
        # The spinner stops while the new screen is drawn: one round trip, not two.
        answered, edited = await asyncio.gather(
            answer(update, context),
            query.edit_message_text(screen.text, reply_markup=markup),
            return_exceptions=True,
        )
        if isinstance(answered, BaseException) and not isinstance(answered, BadRequest):
            raise answered  # a tap answered too late only misses its spinner; anything else counts
        if not isinstance(edited, BaseException):
            return
        if not isinstance(edited, BadRequest):
            raise edited
        if "not modified" in str(edited).lower():
            return
        # Too old or gone: a fresh message instead.
    await answer(update, context)
    chat = update.effective_chat
    if chat is None:
        return
    parts = fit_message(screen.text)
    for part in parts[:-1]:
        await chat.send_message(part, protect_content=screen.protect or None)
    await chat.send_message(parts[-1], reply_markup=markup, protect_content=screen.protect or None)


async def send_file(
    update: Update,
    context: BotContext,
    data: bytes,
    filename: str,
    *,
    photo: bool = False,
    caption: str | None = None,
) -> None:
    """A chart or a file for the person who asked; always protected (reports, calendars)."""
    await answer(update, context)
    chat = update.effective_chat
    if chat is None:
        return
    upload = InputFile(data, filename=filename)
    if photo:
        await chat.send_photo(upload, caption=caption, protect_content=True)
    else:
        await chat.send_document(upload, caption=caption, protect_content=True)


async def refuse(update: Update, context: BotContext) -> None:
    """A forged, stale or no-longer-permitted tap, or a command above the person's role: one
    neutral line, nothing changed, nothing logged."""
    runtime = context.runtime
    user = update.effective_user
    locale = context.viewer.locale if context._viewer is not None else None
    if locale is None:
        with contextlib.suppress(Exception):
            locale = (await context.resolve_viewer(update)).locale
    t = runtime.messages(locale or runtime.settings.default_locale)
    if update.callback_query is not None:
        await answer(update, context, t("common-no-longer-available"))
        return
    if user is not None and update.effective_chat is not None:
        with contextlib.suppress(TelegramError):
            await update.effective_chat.send_message(t("common-not-available"))
