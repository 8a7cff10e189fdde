"""Telegram adapters for know your rights: the topic list and the cards, each card sent as a new,
protected message so it cannot be forwarded or saved from a seized phone."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.common.text import fit_message
from bot.handlers.common import (
    Button,
    answer_button,
    back_to_menu,
    in_pairs,
    refuse_button,
    show,
    viewer_of,
)
from bot.i18n import Messages
from bot.safety.rights import (
    ARREST_CARD,
    CARD_BY_KEY,
    CARDS_WITH_NUMBERS,
    EMERGENCY_NUMBERS,
    RIGHTS_CARDS,
    card_key,
    helpers_for_arrest,
)
from bot.services import BotContext


def topic_buttons(t: Messages) -> list[list[Button]]:
    buttons = [(t(button), f"safety:card:{card_key(card)}") for card, button in RIGHTS_CARDS]
    return [*in_pairs(buttons), back_to_menu(t)]


async def rights_menu(update: Update, context: BotContext) -> None:
    """Offer the know-your-rights topics."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await answer_button(update)
    query = update.callback_query
    # Asked from under a card: keep the card on screen and list the topics below it.
    from_card = bool(query and query.message and query.message.has_protected_content)
    await show(update, t("safety-choose"), topic_buttons(t), fresh=from_card)


def helpers_text(t: Messages, helpers: list[tuple[str, str]]) -> str:
    if not helpers:
        return t("safety-no-contacts")
    lines = [t("safety-contact-line", name=name, phone=phone) for name, phone in helpers]
    return "\n".join([t("safety-contacts-title"), *lines])


async def show_card(update: Update, context: BotContext) -> None:
    """Send one card as new protected messages; the arrest card lists who can help."""
    viewer = await viewer_of(update, context)
    key = context.matches[0].group(1) if context.matches else ""
    card = CARD_BY_KEY.get(key)
    if card is None:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    await answer_button(update)
    sections = [t(card)]
    if card in CARDS_WITH_NUMBERS:
        sections.append(t(EMERGENCY_NUMBERS))
    if card == ARREST_CARD:
        helpers = await helpers_for_arrest(context.services.directory, viewer.role)
        sections.append(helpers_text(t, helpers))
    parts = fit_message("\n\n".join(sections))
    rows = [[(t("menu-rights"), "safety:open")], back_to_menu(t)]
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        await show(update, part, rows if last else (), protect=True)


def register(app: Application) -> None:
    app.add_handlers(
        [
            CommandHandler("rights", rights_menu),
            CallbackQueryHandler(rights_menu, pattern=r"^(?:safety:open|go:rights)$"),
            CallbackQueryHandler(show_card, pattern=r"^safety:card:([a-z]{2,16})$"),
        ]
    )
