"""A tap on a lead's form whose draft is gone (it waited too long, /cancel, a restart): they are
told the form closed and nothing was sent, never "sent", and offered to start again."""

from __future__ import annotations

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.handlers.context import BotContext
from bot.handlers.menu import back_to_menu
from bot.handlers.respond import answer, show
from bot.handlers.screens import Screen, rows
from bot.handlers.voice.team_screens import back_to_hub


class FormClosed(NotAllowed):
    """The draft is gone and the person has been told: the route has nothing more to say."""


async def form_closed(update: Update, context: BotContext) -> FormClosed:
    """Say the form closed; raise what this returns."""
    t = context.t
    await answer(update, context, t("common-no-longer-available"))
    await show(
        update, context, Screen(t("alerts-form-closed"), rows(back_to_hub(t), back_to_menu(t)))
    )
    return FormClosed()
