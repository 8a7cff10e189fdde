"""The quick exit, from the menu or /exit: every open flow and talk with a peer ends (its messages
leave the other chat too), every message Telegram still lets us delete goes, what we keep about
the person is forgotten (no row and no byte on the disk holds their chat id or its hash, but the
team account of a peer or lead who keeps it), and one neutral mark is left that deletes itself.

The ledger the exit reads is filled by `LedgerBot` (the bot's messages) and the guard (the
person's own), and written by a writer that runs from start to shutdown; the hourly purge drops
what Telegram no longer lets us delete anyway.
"""

from __future__ import annotations

import contextlib
import logging
from typing import cast

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.handlers import flows
from bot.handlers.context import RUNTIME_KEY, BotContext
from bot.handlers.respond import answer, show
from bot.handlers.safety import screens
from bot.handlers.safety.buttons import ExitChoice
from bot.people import Role, Viewer
from bot.runtime import Runtime
from bot.safety.quick_exit import DELETE_BATCH

logger = logging.getLogger(__name__)

SELF_DELETE_SECONDS = 5
PURGE_JOB = "message ledger purge"
PURGE_EVERY = 3600  # seconds


async def exit_start(update: Update, context: BotContext) -> None:
    """Peers and leads choose whether to keep their role; everyone else leaves at once."""
    flows.end(context)  # whatever they were typing into is abandoned now, not after the question
    viewer = context.viewer
    if viewer.role.at_least(Role.PEER) and viewer.person_id is not None:
        # A talk with a member ends at once, its messages gone from both chats: a peer whose
        # phone is being taken may never answer the question.
        await end_conversation(context, viewer, own_chat_too=True)
        await show(update, context, screens.exit_question(context.t))
        return
    await leave(update, context, leave_role=False)


async def exit_chosen(update: Update, context: BotContext, tap: ExitChoice) -> None:
    await leave(update, context, leave_role=tap.leave_role)


async def leave(update: Update, context: BotContext, *, leave_role: bool) -> None:
    """Delete the chat (under 48 hours), forget the person's data, leave one neutral mark."""
    chat = update.effective_chat
    if chat is None:
        return
    runtime = context.runtime
    viewer = context.viewer
    t = context.t  # the mark is in their language, read before the language is forgotten
    await answer(update, context)  # the tap's spinner stops before a long deletion
    flows.end(context)
    await end_conversation(context, viewer)
    for batch in await runtime.quick_exit.deletable(chat.id):
        try:
            await context.bot.delete_messages(chat.id, batch)
        except TelegramError as error:
            logger.warning("Quick exit could not delete a batch: %s", type(error).__name__)
    await runtime.alerts.unsubscribe(chat.id, erase=False)  # no subscription keeps the chat id
    await runtime.voice.optins.forget(chat.id)  # nor community questions and updates
    await runtime.people.forget_member_language(viewer.telegram_id)  # kept under its hash
    if viewer.person_id is not None and leave_role:
        await runtime.people.leave_role(viewer, runtime.today())
    if viewer.person_id is None or leave_role:
        await runtime.outbox.forget_chat(chat.id)  # nothing queued still holds the chat id
    if context.user_data is not None:
        context.user_data.clear()
    if context.chat_data is not None:
        context.chat_data.clear()
    context.saved(update)
    with contextlib.suppress(TelegramError):
        mark = await chat.send_message(t("exit-done"))
        app: Application = context.application  # its job queue is typed for our context
        queue = app.job_queue
        if queue is not None:
            queue.run_once(
                delete_mark, SELF_DELETE_SECONDS, data=(chat.id, mark.message_id), chat_id=chat.id
            )
    # Last, so that not even the mark's id stays (its job deletes it by its id), and the bytes
    # of every erased row leave the disk now, not at the next hourly purge.
    await runtime.quick_exit.forget_chat(chat.id)
    await runtime.quick_exit.leave_no_copy()


async def end_conversation(
    context: BotContext, viewer: Viewer, *, own_chat_too: bool = False
) -> None:
    """A talk with a peer ends too, on either side: its messages leave the other chat, the
    other side is told, and the member's chat id is forgotten."""
    runtime = context.runtime
    ending = await runtime.relay.leave(viewer, own_chat_too=own_chat_too)
    if ending is None:
        return
    for other_chat, message_ids in ending.deletions.items():
        for start in range(0, len(message_ids), DELETE_BATCH):
            try:
                await context.bot.delete_messages(
                    other_chat, message_ids[start : start + DELETE_BATCH]
                )
            except TelegramError as error:
                logger.warning("Quick exit could not delete a copy: %s", type(error).__name__)
    await runtime.tell(ending.letters)


async def delete_mark(context: BotContext) -> None:
    """The neutral mark goes too."""
    job = context.job
    if job is None:
        return
    chat_id, message_id = cast(tuple[int, int], job.data)
    with contextlib.suppress(TelegramError):
        await context.bot.delete_message(chat_id, message_id)


async def purge_ledger(context: BotContext) -> None:
    """Hourly: ledger rows past 48 hours (Telegram no longer lets us delete those messages)."""
    await context.runtime.quick_exit.purge()


async def schedule_purge(app: Application) -> None:
    """Registered at every start under a stable name (a restart replaces it, never doubles it)."""
    queue = app.job_queue
    if queue is None:
        return
    for job in queue.get_jobs_by_name(PURGE_JOB):
        job.schedule_removal()
    queue.run_repeating(purge_ledger, PURGE_EVERY, first=60, name=PURGE_JOB)


async def start_ledger(app: Application) -> None:
    """Message ids reach the database within a second of being noted."""
    runtime: Runtime = app.bot_data[RUNTIME_KEY]
    runtime.ledger.start_writing(runtime.database)


async def stop_ledger(app: Application) -> None:
    """And the last ones at every shutdown: a restart loses none."""
    runtime: Runtime = app.bot_data[RUNTIME_KEY]
    await runtime.ledger.stop_writing(runtime.database)
