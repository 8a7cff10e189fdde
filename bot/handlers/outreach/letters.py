"""Outreach letters through the outbox: the reminder job that queues due reminders (registered
again at every start, so a restart loses none), the renderers that write each letter when its
turn comes (or drop it when it is no longer wanted), and what a blocked bot ends.
"""

from __future__ import annotations

from telegram.ext import Application

from bot.common.outbox import Letter, Purpose
from bot.handlers.context import BotContext
from bot.handlers.outreach import screens
from bot.handlers.routing import Renderer, Routes
from bot.handlers.screens import Screen
from bot.i18n import Messages
from bot.outreach.letters import LetterKind
from bot.runtime import Runtime

REMINDERS_JOB = "outreach reminders"
REMINDER_INTERVAL = 30.0  # seconds


def renderer_of(kind: LetterKind) -> Renderer:
    async def render(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
        seat = await runtime.outreach.letter_seat(
            kind, int(letter.args["session"]), int(letter.args["person"])
        )
        if seat is None:
            return None
        return screens.letter(kind, seat, runtime.settings.timezone, t)

    return render


async def queue_due_reminders(context: BotContext) -> None:
    """The repeating job: every reminder now due, from the database, into the outbox."""
    runtime = context.runtime
    if not runtime.has_database:
        return
    if await runtime.outreach.queue_due_reminders():
        runtime.kick()


async def schedule_reminders(app: Application) -> None:
    """Reminders live in the database; this job only looks at it. It runs at once at start,
    so reminders that fell due while the bot was down go out (or are marked missed) straight
    away. An old job of the same name (a restart in the same process) is removed first."""
    queue = app.job_queue
    if queue is None:
        raise RuntimeError("outreach reminders need PTB's job queue")
    for job in queue.get_jobs_by_name(REMINDERS_JOB):
        job.schedule_removal()
    queue.run_repeating(queue_due_reminders, REMINDER_INTERVAL, first=0, name=REMINDERS_JOB)


async def reminders_unreachable(runtime: Runtime, chat_id: int) -> None:
    """A peer blocked the bot: their own reminders stop (an alert about them still goes)."""
    await runtime.outreach.forget_unreachable(chat_id)


def register(routes: Routes) -> None:
    for kind in LetterKind:
        routes.letter(kind.value, renderer_of(kind))
    routes.on_blocked(Purpose.TEAM, reminders_unreachable)
    routes.at_start(schedule_reminders)
