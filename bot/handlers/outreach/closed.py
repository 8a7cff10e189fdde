"""A tap on an outreach form whose draft is gone (it waited too long, /cancel, a restart): the
person is told the form closed and nothing was saved, never "saved", and offered to start again.
"""

from __future__ import annotations

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.handlers.callbacks import Callback
from bot.handlers.context import BotContext
from bot.handlers.outreach import forms
from bot.handlers.respond import answer, show


class FormClosed(NotAllowed):
    """The draft is gone and the person has been told: the route has nothing more to say."""


async def form_closed(update: Update, context: BotContext, again: Callback) -> FormClosed:
    """Say the form closed, with a button that starts it `again`; raise what this returns."""
    t = context.t
    await answer(update, context, t("common-no-longer-available"))
    await show(update, context, forms.closed(t, again))
    return FormClosed()
