"""The note to leads that repeated reports of discrimination sent a service back to review: the
outbox letter (a neutral line and Read, sent at the start of the next week) and what Read shows
(the service and the count, protected). Queued by `form.send`; the timing is the domain's
(`bot.feedback.letters`)."""

from __future__ import annotations

from telegram import Update

from bot.common.outbox import Letter
from bot.common.refusal import NotAllowed
from bot.handlers.context import BotContext
from bot.handlers.feedback import screens
from bot.handlers.feedback.buttons import FlaggedDetails
from bot.handlers.respond import show
from bot.handlers.screens import Screen
from bot.i18n import Messages
from bot.people import Role
from bot.runtime import Runtime


async def render_note(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    """The note as its lead reads it when its week comes; None once a lead dealt with the
    service, or when the recipient is no longer a lead or admin."""
    service_id = int(letter.args["service"])
    if await runtime.feedback.flagged_service(service_id) is None:
        return None
    recipient = await runtime.people.identify(letter.chat_id, None)
    if not recipient.role.at_least(Role.LEAD):
        return None
    return screens.flagged_note(service_id, t)


async def show_details(update: Update, context: BotContext, tap: FlaggedDetails) -> None:
    """Read: which service, and that it reached the threshold (counts only)."""
    runtime = context.runtime
    name = await runtime.feedback.flagged_service(tap.service_id)
    if name is None:
        raise NotAllowed
    threshold = runtime.settings.stigma_threshold
    await show(update, context, screens.flagged_details(name, threshold, context.t))
