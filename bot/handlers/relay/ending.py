"""What ending a conversation (or handing it over) leaves to Telegram: deleting its copies from
the chats (Telegram allows it for 48 hours) and telling whoever did not end it; and the sweep,
every minute, that ends idle conversations, drops requests nobody took and folds the WAL so no
byte of an ended conversation's member chat id stays on the disk.
"""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import Application

from bot.handlers.context import BotContext
from bot.relay.model import Ending
from bot.runtime import Runtime

logger = logging.getLogger(__name__)

DELETE_BATCH = 100  # deleteMessages takes at most 100 ids
SWEEP_JOB = "relay sweep"
SWEEP_EVERY = 60  # seconds


async def carry_out(bot: Bot, runtime: Runtime, ending: Ending) -> None:
    """Delete what the ending says, then queue its letters."""
    for chat_id, message_ids in ending.deletions.items():
        for start in range(0, len(message_ids), DELETE_BATCH):
            try:
                await bot.delete_messages(chat_id, message_ids[start : start + DELETE_BATCH])
            except TelegramError as error:
                logger.warning("Relay copies not deleted: %s", type(error).__name__)
    await runtime.tell(ending.letters)


async def sweep(context: BotContext) -> None:
    runtime = context.runtime
    for ending in await runtime.relay.sweep():
        await carry_out(context.bot, runtime, ending)
    await runtime.relay.erase_traces()


async def schedule_sweep(app: Application) -> None:
    """Registered at every start under a stable name (a restart replaces it, never doubles it);
    the database holds every conversation, so nothing is lost in between."""
    queue = app.job_queue
    if queue is None:
        return
    for job in queue.get_jobs_by_name(SWEEP_JOB):
        job.schedule_removal()
    queue.run_repeating(sweep, SWEEP_EVERY, first=SWEEP_EVERY, name=SWEEP_JOB)
