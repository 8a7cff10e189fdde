"""The bot's edges: updates we do not serve, input we cannot use, and handlers that fail.

Groups and channels are ignored before anything is read or written (DESIGN rule 7). The error
handler logs the exception's type and where it happened, never its message (which may quote what a
person typed), then tells the person, in their language, whether what they sent was kept.
"""

from __future__ import annotations

import contextlib
import logging
import os
import traceback

from telegram import Chat, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.handlers.common import menu_buttons, refuse_button, show, viewer_of
from bot.i18n import choose_locale
from bot.services import BotContext

logger = logging.getLogger(__name__)


async def ignore_outside_private_chats(update: Update, context: BotContext) -> None:
    """Serve only new messages and button taps in private chats; drop everything else silently."""
    chat = update.effective_chat
    served = (update.message is not None or update.callback_query is not None) and (
        chat is not None and chat.type == Chat.PRIVATE and update.effective_user is not None
    )
    if not served:
        raise ApplicationHandlerStop


async def unknown_command(update: Update, context: BotContext) -> None:
    """A command we do not have."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await show(update, t("common-unknown-command"), menu_buttons(viewer, t))


async def unexpected_text(update: Update, context: BotContext) -> None:
    """Text outside any flow: point to the buttons."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await show(update, t("common-use-buttons"), menu_buttons(viewer, t))


async def unsupported_message(update: Update, context: BotContext) -> None:
    """Stickers, voice notes, photos, files, contacts, locations outside a search: not used, not kept."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await show(update, t("common-unsupported"), menu_buttons(viewer, t))


async def stale_button(update: Update, context: BotContext) -> None:
    """A button no handler recognises: forged, or from an older version of a screen."""
    await refuse_button(update, context)


def where_it_failed(error: BaseException) -> str:
    """Our own innermost frames (file, line, function): enough to find the bug, nothing personal."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if f"{os.sep}site-packages{os.sep}" not in f.filename]
    frames = (ours or frames)[-3:]
    return " <- ".join(
        f"{f.name} ({f.filename.rsplit('/', 1)[-1]}:{f.lineno})" for f in reversed(frames)
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
    services = context.services
    try:
        viewer = await viewer_of(update, context)
        locale = viewer.locale
    except Exception:  # the database itself may be what failed
        locale = choose_locale(
            update.effective_user.language_code, services.settings.default_locale
        )
    t = services.messages(locale)
    try:
        kept = update.update_id in services.kept
        text = t("errors-kept") if kept else t("errors-not-kept")
        if update.callback_query is not None:
            # The handler may already have answered the tap; a second answer is refused.
            with contextlib.suppress(TelegramError):
                await update.callback_query.answer()
        await update.effective_chat.send_message(text)
    except (TelegramError, OSError) as second:
        logger.warning(
            "Could not tell the person about update %s: %s", update_id, type(second).__name__
        )


def register_guard(app: Application) -> None:
    # First of all: nothing below ever sees an update from a group or a channel.
    app.add_handler(TypeHandler(Update, ignore_outside_private_chats), group=-2)


def register_fallbacks(app: Application) -> None:
    """Added last in the main group, so every feature's handlers get the first look."""
    app.add_handlers(
        [
            MessageHandler(filters.COMMAND, unknown_command),
            MessageHandler(filters.TEXT, unexpected_text),
            MessageHandler(filters.ALL, unsupported_message),
            CallbackQueryHandler(stale_button),
        ]
    )
    app.add_error_handler(report_error)
