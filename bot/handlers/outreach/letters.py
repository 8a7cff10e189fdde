"""Outreach letters through the outbox: the reminder job that queues due reminders and releases
the places of people whose role ended (run at once at every start, then every 30 seconds, so a
restart loses none), the renderers that write each letter when its turn comes (or drop it when
it is no longer wanted), and what a blocked bot means: the lead hears of it.
"""

from __future__ import annotations

from telegram.ext import Application

from bot.common.outbox import Letter, Purpose
from bot.handlers.context import RUNTIME_KEY, BotContext
from bot.handlers.outreach import screens
from bot.handlers.routing import Renderer, Routes
from bot.handlers.screens import Screen
from bot.i18n import Messages
from bot.outreach.letters import LetterKind
from bot.outreach.model import AssignmentStatus, PeerOut
from bot.runtime import Runtime

REMINDERS_JOB = "outreach reminders"
REMINDER_INTERVAL = 30.0  # seconds


def renderer_of(kind: LetterKind) -> Renderer:
    async def render(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
        outreach = runtime.outreach
        session_id, person_id = int(letter.args["session"]), int(letter.args["person"])
        seat = await outreach.letter_seat(kind, session_id, person_id)
        if seat is None:
            return None
        zone = runtime.settings.timezone
        if kind is LetterKind.INVITATION_SERIES:
            count = len(await outreach.open_invitations(session_id, person_id))
            return screens.series_invitation(seat, count, zone, t) if count else None
        if kind is LetterKind.PEER_OUT:
            why = PeerOut(str(letter.args.get("why", PeerOut.DECLINED.value)))
            if why is PeerOut.DECLINED and seat.status is AssignmentStatus.CONFIRMED:
                return None  # they said yes again before the note went
            reachable = await outreach.reachable_peers(session_id)
            return screens.peer_out(seat, why, reachable, outreach.policy.min_peers, zone, t)
        return screens.letter(kind, seat, zone, t)

    return render


async def look_after_sessions(runtime: Runtime) -> None:
    """Release the places of people whose role ended, and queue every reminder now due."""
    if not runtime.has_database:
        return
    released = await runtime.outreach.release_departed()
    if await runtime.outreach.queue_due_reminders() or released:
        runtime.kick()


async def queue_due_reminders(context: BotContext) -> None:
    """The repeating job: every reminder now due, from the database, into the outbox."""
    await look_after_sessions(context.runtime)


async def schedule_reminders(app: Application) -> None:
    """Reminders live in the database; the job only looks at it. It looks once right here, at
    start (a job's `first=0` would not run until an interval after the scheduler starts), so
    reminders that fell due while the bot was down go out (or are marked missed) straight away;
    then every 30 seconds. An old job of the same name (a restart in the same process) is
    removed first."""
    queue = app.job_queue
    if queue is None:
        raise RuntimeError("outreach reminders need PTB's job queue")
    for job in queue.get_jobs_by_name(REMINDERS_JOB):
        job.schedule_removal()
    await look_after_sessions(app.bot_data[RUNTIME_KEY])
    queue.run_repeating(
        queue_due_reminders, REMINDER_INTERVAL, first=REMINDER_INTERVAL, name=REMINDERS_JOB
    )


async def peer_unreachable(runtime: Runtime, chat_id: int) -> None:
    """Someone blocked the bot: the lead of each coming session they are confirmed on hears of
    it. Their reminders are decided when due (they go again once the person writes again)."""
    if await runtime.outreach.peer_unreachable(chat_id):
        runtime.kick()


def register(routes: Routes) -> None:
    for kind in LetterKind:
        routes.letter(kind.value, renderer_of(kind))
    routes.on_blocked(Purpose.TEAM, peer_unreachable)
    routes.at_start(schedule_reminders)
