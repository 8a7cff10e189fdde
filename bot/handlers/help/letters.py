"""The help feature's letters and jobs. Renderers write each outbox letter when its turn comes
(a call's letters to the people alerted, its escalation, the answers told to the others, a new
follow-up to the leads), or drop it when it is no longer wanted (the call was answered or
closed, the follow-up closed). One job, rebuilt from the database at every start: the watch
(every 15 seconds, and once at start: missed check-outs, escalations, calls open for a day,
follow-ups from new reports). Old follow-up notes go with the daily retention job (the rule is
declared here).
"""

from __future__ import annotations

from dataclasses import replace

from telegram.ext import Application

from bot.common.outbox import Letter
from bot.handlers.context import RUNTIME_KEY, BotContext
from bot.handlers.help import screens
from bot.handlers.routing import Routes
from bot.handlers.screens import Screen
from bot.help.followups import FOLLOWUP_NOTES
from bot.help.letters import ANSWERED_LETTER, ESCALATION_LETTER, FOLLOWUP_LETTER, SOS_LETTER
from bot.help.model import Answer
from bot.i18n import Messages
from bot.runtime import Runtime

WATCH_JOB = "help calls and follow-ups"
WATCH_EVERY = 15.0  # seconds: an escalation goes at most this late


async def render_call(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    alarm = await runtime.help.alarm(int(letter.args["alarm"]))
    if alarm is None or alarm.closed:
        return None
    return screens.sos_letter(alarm, runtime.settings.timezone, t)


async def render_escalation(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    alarm = await runtime.help.alarm(int(letter.args["alarm"]))
    if alarm is None or alarm.closed or alarm.answered:
        return None  # someone is on it since: no need to wake every lead
    return screens.escalation_letter(alarm, runtime.settings.timezone, t)


async def render_answer(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    alarm = await runtime.help.alarm(int(letter.args["alarm"]))
    if alarm is None:
        return None
    given = Answer(str(letter.args["answer"]))
    you = bool(letter.args.get("you"))
    screen = screens.answered_letter(alarm, given, you, runtime.settings.timezone, t)
    return replace(screen, protect=True)


async def render_followup(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    item = await runtime.help.followup_letter(int(letter.args["followup"]))
    if item is None:
        return None
    return screens.followup_letter(item, runtime.settings.timezone, t)


# --- jobs ----------------------------------------------------------------------------------------


async def look_after(runtime: Runtime) -> None:
    """Missed check-outs, escalations, calls open for a day, follow-ups from new reports."""
    if not runtime.has_database:
        return
    queued = await runtime.help.look_after_alarms()
    queued += await runtime.help.open_followups()
    if queued:
        runtime.kick()


async def watch(context: BotContext) -> None:
    await look_after(context.runtime)


async def schedule_watch(app: Application) -> None:
    """Calls and their escalations live in the database; the job only looks at it: once here
    at start (what fell due while the bot was down goes at once), then every 15 seconds."""
    queue = app.job_queue
    if queue is None:
        raise RuntimeError("calls for help need PTB's job queue")
    for job in queue.get_jobs_by_name(WATCH_JOB):
        job.schedule_removal()
    await look_after(app.bot_data[RUNTIME_KEY])
    queue.run_repeating(watch, WATCH_EVERY, first=WATCH_EVERY, name=WATCH_JOB)


def register(routes: Routes) -> None:
    routes.letter(SOS_LETTER, render_call)
    routes.letter(ESCALATION_LETTER, render_escalation)
    routes.letter(ANSWERED_LETTER, render_answer)
    routes.letter(FOLLOWUP_LETTER, render_followup)
    routes.at_start(schedule_watch)
    routes.retain(FOLLOWUP_NOTES)
