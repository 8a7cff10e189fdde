"""A tap on a lead's form whose draft is gone (it waited too long, /cancel, a restart): they are
told the form closed and nothing was sent, never "sent", and offered to start again."""

from __future__ import annotations

from telegram import Update

from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.flows import FormClosed
from bot.handlers.voice import team_screens


async def form_closed(update: Update, context: BotContext) -> FormClosed:
    """Say the form closed; raise what this returns."""
    return await flows.form_closed(update, context, team_screens.form_closed(context.t))
