"""Peers' checks: the list of services due for a check, and the weekly job that offers it to each
peer through the outbox (a count in neutral words, a button; nothing about any service)."""

from __future__ import annotations

from datetime import time

from telegram import Update
from telegram.ext import Application

from bot.common.outbox import Letter, Outgoing, Priority
from bot.handlers.context import RUNTIME_KEY, BotContext
from bot.handlers.directory import screens
from bot.handlers.directory.memory import finding
from bot.handlers.menu import Entry, Go
from bot.handlers.respond import show
from bot.handlers.screens import Screen
from bot.i18n import Messages
from bot.runtime import Runtime

RECHECK_OFFERS_JOB = "weekly re-check offers"
OFFER = "directory.recheck"
OFFER_TIME = time(9, 0)
MONDAY = 1  # PTB counts days from Sunday = 0


async def recheck_list(update: Update, context: BotContext) -> None:
    """Services due for a check, those of the peer's area first, then the oldest."""
    due = await context.runtime.directory.due_for_recheck(context.viewer)
    finding(context).back = Go(Entry.RECHECK)
    await show(update, context, screens.recheck_list(due, context.t))


async def offer_rechecks(context: BotContext) -> None:
    """Weekly: each peer with something due in their area is offered it, once."""
    runtime = context.runtime
    offers = await runtime.directory.recheck_offers(await runtime.people.peers_to_offer_tasks())
    await runtime.tell(
        [
            Outgoing(
                offer.telegram_id,
                offer.locale,
                OFFER,
                {"count": offer.due},
                priority=Priority.BROADCAST,
                dedupe=f"{OFFER}:{offer.telegram_id}",
            )
            for offer in offers
        ]
    )


async def render_offer(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    return screens.recheck_offer(int(letter.args.get("count", 0)), t)


async def schedule_offers(app: Application) -> None:
    """Register the weekly job at every start (the database is the truth; the job only looks)."""
    queue = app.job_queue
    if queue is None:
        return
    for job in queue.get_jobs_by_name(RECHECK_OFFERS_JOB):
        job.schedule_removal()
    runtime: Runtime = app.bot_data[RUNTIME_KEY]
    zone = runtime.settings.timezone
    queue.run_daily(
        offer_rechecks, OFFER_TIME.replace(tzinfo=zone), days=(MONDAY,), name=RECHECK_OFFERS_JOB
    )
