"""The standards library: the cards, and one card (from /rights, or /training for staff)."""

from __future__ import annotations

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.handlers.context import BotContext
from bot.handlers.respond import show
from bot.handlers.standards import screens
from bot.handlers.standards.buttons import OpenStandard
from bot.standards import card, cards


async def library(update: Update, context: BotContext) -> None:
    t = context.t
    await show(update, context, screens.library(cards(t), context.viewer.role, t))


async def open_standard(update: Update, context: BotContext, tap: OpenStandard) -> None:
    found = card(context.t, tap.card)
    if found is None:
        raise NotAllowed
    await show(update, context, screens.standard(found, context.viewer.role, context.t))
