"""The quick exit, from the menu or /exit: every message Telegram still lets us delete goes, what
we keep about the person is forgotten, and one neutral mark is left that deletes itself.

`LedgerBot` notes the id of every message the bot sends in a private chat; a handler notes the
person's own messages. Both go to the ledger the exit reads.
"""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.handlers.common import answer_button, show, viewer_of
from bot.people import Role
from bot.services import BotContext

logger = logging.getLogger(__name__)

SELF_DELETE_SECONDS = 5
PURGE_JOB = "message ledger purge"


async def exit_start(update: Update, context: BotContext) -> None:
    """Peers and leads choose whether to keep their role; everyone else leaves at once."""
    viewer = await viewer_of(update, context)
    if viewer.role.at_least(Role.PEER) and viewer.person_id is not None:
        t = context.services.messages(viewer)
        await answer_button(update)
        await show(update, t("exit-keep-role-ask"),
                   [[(t("exit-keep-role"), "exit:keep")], [(t("exit-leave-role"), "exit:leave")]])  # fmt: skip
        return
    await leave(update, context, leave_role=False)


async def exit_choice(update: Update, context: BotContext) -> None:
    await leave(update, context, leave_role=context.matches[0].group(1) == "leave")


async def leave(update: Update, context: BotContext, leave_role: bool) -> None:
    """Delete the chat (under 48 hours), forget the person's data, leave one neutral mark."""
    viewer = await viewer_of(update, context)
    chat_id = update.effective_chat.id
    services = context.services
    await answer_button(update)
    for batch in await services.quick_exit.deletable(chat_id):
        try:
            await context.bot.delete_messages(chat_id, batch)
        except TelegramError as error:
            logger.warning("Quick exit could not delete a batch: %s", type(error).__name__)
    await services.alerts.subscribe(chat_id, [], viewer.locale)  # no subscription keeps the id
    if viewer.person_id is None:
        await services.people.forget_language(viewer)
    elif leave_role:
        await services.people.leave_role(viewer, services.today())
    await services.quick_exit.forget_chat(chat_id)
    if context.user_data is not None:
        context.user_data.clear()
    if context.chat_data is not None:
        context.chat_data.clear()
    services.kept.mark(update.update_id)
    with contextlib.suppress(TelegramError):
        mark = await context.bot.send_message(chat_id, services.messages(viewer)("exit-done"))
        context.job_queue.run_once(
            delete_mark, SELF_DELETE_SECONDS, data=(chat_id, mark.message_id), chat_id=chat_id
        )


async def delete_mark(context: BotContext) -> None:
    chat_id, message_id = context.job.data
    with contextlib.suppress(TelegramError):
        await context.bot.delete_message(chat_id, message_id)
    await context.services.quick_exit.forget_chat(chat_id)


async def purge_ledger(context: BotContext) -> None:
    """Hourly: ledger rows past 48 hours, and finished alert deliveries (they hold chat ids)."""
    await context.services.alerts.forget_delivered()
    await context.services.quick_exit.purge()


def schedule_jobs(app: Application) -> None:
    for job in app.job_queue.get_jobs_by_name(PURGE_JOB):
        job.schedule_removal()
    app.job_queue.run_repeating(purge_ledger, 3600, first=60, name=PURGE_JOB)


def register(app: Application) -> None:
    app.add_handlers([
        CommandHandler("exit", exit_start),
        CallbackQueryHandler(exit_start, pattern=r"^(?:exit:start|go:exit)$"),
        CallbackQueryHandler(exit_choice, pattern=r"^exit:(keep|leave)$"),
    ])  # fmt: skip
