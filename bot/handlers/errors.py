"""The bot's last line: commands we do not have, and handlers that fail.

The error handler logs the exception's type and where it happened, never its message (which may
quote what a person typed), then tells the person, in their language, whether what they sent was
kept. It answers a tap only if nothing answered it yet: Telegram takes one answer per tap.
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback

from telegram import Chat, Update
from telegram.error import TelegramError
from telegram.ext import Application, MessageHandler, filters

from bot.handlers.context import BotContext
from bot.handlers.menu import main_menu
from bot.handlers.respond import answer, show
from bot.i18n import choose_locale

logger = logging.getLogger(__name__)


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command we do not have."""
    await context.resolve_viewer(update)
    await show(
        update, context, main_menu(context.viewer, context.t, context.t("common-unknown-command"))
    )


def where_it_failed(error: BaseException) -> str:
    """Our own innermost frames (file, line, function): enough to find the bug, nothing personal."""
    every = list(traceback.extract_tb(error.__traceback__))
    ours = [f for f in every if f"{os.sep}site-packages{os.sep}" not in f.filename]
    shown = (ours or every)[-3:]
    return " <- ".join(
        f"{f.name} ({f.filename.rsplit('/', 1)[-1]}:{f.lineno})" for f in reversed(shown)
    )


async def report_error(update: object, context: BotContext) -> None:
    """Log what failed without personal data, then tell the person in their language."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error(
        "Update %s failed with %s at %s",
        update_id,
        type(error).__name__,
        where_it_failed(error) if error else "?",
    )
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if update.effective_chat.type != Chat.PRIVATE or update.effective_user is None:
        return
    runtime = context.runtime
    try:
        locale = (await context.resolve_viewer(update)).locale
    except Exception:  # the database itself may be what failed
        locale = choose_locale(
            update.effective_user.language_code,
            runtime.settings.default_locale,
            runtime.translator.locales,
        )
    t = runtime.messages(locale)
    try:
        text = t("errors-kept") if update.update_id in runtime.kept else t("errors-not-kept")
        with contextlib.suppress(TelegramError):
            await answer(update, context)
        await update.effective_chat.send_message(text)
    except (TelegramError, OSError) as second:
        logger.warning(
            "Could not tell the person about update %s: %s", update_id, type(second).__name__
        )


def register(app: Application) -> None:
    """Added last, so every feature's handlers get the first look."""
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    app.add_error_handler(report_error)
