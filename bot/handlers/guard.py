"""The first thing every update meets: only new messages and button taps in private chats are
served (DESIGN rule 7). Everything else (groups, channels, edits, other update types) is dropped
before anything is read or written; and the person's own messages are noted for the quick exit."""

from __future__ import annotations

from telegram import Chat, Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from bot.handlers.context import BotContext


async def only_private_chats(update: Update, context: BotContext) -> None:
    """Serve only new messages and button taps in private chats; drop everything else silently.
    The person's own messages are noted: they are theirs to delete too (quick exit)."""
    chat = update.effective_chat
    served = (update.message is not None or update.callback_query is not None) and (
        chat is not None and chat.type == Chat.PRIVATE and update.effective_user is not None
    )
    if not served:
        raise ApplicationHandlerStop
    message = update.message
    if message is not None:
        context.runtime.ledger.note(message.chat.id, message.message_id, message.date)


def register(app: Application) -> None:
    app.add_handler(TypeHandler(Update, only_private_chats), group=-1)
