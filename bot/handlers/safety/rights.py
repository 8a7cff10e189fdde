"""Know your rights: the topic list and the cards, each card sent as a new, protected message so
it cannot be forwarded or saved from a seized phone."""

from __future__ import annotations

from telegram import Message, Update

from bot.handlers.context import BotContext
from bot.handlers.respond import show
from bot.handlers.safety import screens
from bot.handlers.safety.buttons import OpenCard
from bot.safety.rights import helpers_for_arrest, needs_helpers


async def rights_topics(update: Update, context: BotContext) -> None:
    """Offer the know-your-rights topics."""
    query = update.callback_query
    # Asked from under a card: keep the card on screen and list the topics below it.
    from_card = (
        query is not None
        and isinstance(query.message, Message)
        and bool(query.message.has_protected_content)
    )
    await show(update, context, screens.rights_topics(context.t), fresh=from_card)


async def open_card(update: Update, context: BotContext, tap: OpenCard) -> None:
    """One card as new protected messages; the arrest card lists who can help."""
    helpers = None
    if needs_helpers(tap.card):
        helpers = await helpers_for_arrest(context.runtime.directory, context.viewer.role)
    await show(update, context, screens.rights_card(tap.card, context.t, helpers))
