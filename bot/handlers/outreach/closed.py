"""A tap on an outreach form whose draft is gone (it waited too long, /cancel, a restart): the
person is told the form closed and nothing was saved, never "saved", and offered to start again.
"""

from __future__ import annotations

from telegram import Update

from bot.handlers import flows
from bot.handlers.callbacks import Callback
from bot.handlers.context import BotContext
from bot.handlers.flows import FormClosed
from bot.handlers.outreach import forms


async def form_closed(update: Update, context: BotContext, again: Callback) -> FormClosed:
    """Say the form closed, with a button that starts it `again`; raise what this returns."""
    return await flows.form_closed(update, context, forms.closed(context.t, again))
