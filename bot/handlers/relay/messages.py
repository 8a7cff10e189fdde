"""What people type (or say, in a voice message) outside any flow: in a conversation it is passed
on to the other side; otherwise text with crisis words gets a way to a person (talk to a peer,
emergency contacts, the arrest card), and any other text the menu.

Nothing of what was written is stored or logged here: a message is copied by its id, and crisis
words are matched in memory.
"""

from __future__ import annotations

from telegram import Update

from bot.handlers.context import BotContext
from bot.handlers.menu import main_menu
from bot.handlers.relay import screens
from bot.handlers.relay.member import crisis_helpers
from bot.handlers.respond import show


async def _passed_on(update: Update, context: BotContext) -> bool:
    """Copy the message to the other side of this person's conversation (or hold it until a
    peer accepts); False when they are in none."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return False
    runtime = context.runtime
    relayed = await runtime.relay.relay(context.viewer, chat.id, message.message_id)
    if relayed is None:
        return False
    context.saved(update)
    runtime.kick()
    if relayed.full or relayed.first_held:
        await show(update, context, screens.held(context.t, full=relayed.full))
    return True


async def text_typed(update: Update, context: BotContext) -> None:
    if await _passed_on(update, context):
        return
    message = update.effective_message
    t = context.t
    if message is not None and context.runtime.crisis_words.matches(message.text or ""):
        await show(update, context, screens.crisis(t, await crisis_helpers(context)))
        return
    await show(update, context, main_menu(context.viewer, t, t("common-use-buttons")))


async def voice_sent(update: Update, context: BotContext) -> None:
    if await _passed_on(update, context):
        return
    t = context.t
    await show(update, context, main_menu(context.viewer, t, t("common-unsupported")))
