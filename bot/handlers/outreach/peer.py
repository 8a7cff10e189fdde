"""Peers on sessions: answering an invitation (one session, or every session of a series in one
tap), checking in and out, "I am safe", their own sessions (where invitations can be answered
too, e.g. after a quick exit deleted the letter) and a calendar file of them. Only someone on the
session can do any of it: the domain checks that in the database and refuses everyone else.
"""

from __future__ import annotations

from dataclasses import replace

from telegram import Update

from bot.handlers.context import BotContext
from bot.handlers.outreach import screens
from bot.handlers.outreach.buttons import (
    AnswerInvitation,
    AnswerSeries,
    CalendarFile,
    CheckOnSession,
    MySession,
)
from bot.handlers.respond import answer, send_file, show
from bot.handlers.screens import Screen
from bot.outreach.ics import sessions_ics
from bot.outreach.model import Check, CheckOutcome, SessionKind

CHECK_ANSWERS = {
    CheckOutcome.EARLY: "outreach-check-early",
    CheckOutcome.CLOSED: "outreach-check-in-closed",
}


async def invitation_answered(update: Update, context: BotContext, tap: AnswerInvitation) -> None:
    """A peer says yes or no; whoever moves up from the waiting list is told."""
    runtime = context.runtime
    status = await runtime.outreach.respond(context.viewer, tap.session_id, tap.yes)
    context.saved(update)
    runtime.kick()
    await show(update, context, screens.answered(status.value, context.t))


async def series_answered(update: Update, context: BotContext, tap: AnswerSeries) -> None:
    """One answer to every open invitation of a series."""
    runtime = context.runtime
    answered = await runtime.outreach.respond_to_series(context.viewer, tap.session_id, tap.yes)
    context.saved(update)
    runtime.kick()
    t = context.t
    text = (
        t("outreach-series-answered", confirmed=answered.confirmed, waiting=answered.waiting)
        if tap.yes
        else t("outreach-declined")
    )
    await show(update, context, Screen(text))


async def checked(update: Update, context: BotContext, tap: CheckOnSession) -> None:
    """Check in, check out, or "I am safe" (each from an hour before the start)."""
    outcome = await context.runtime.outreach.check(context.viewer, tap.session_id, tap.what)
    t = context.t
    if outcome is not CheckOutcome.NOTED:
        await answer(update, context, t(CHECK_ANSWERS[outcome]))
        return
    context.saved(update)
    await answer(
        update,
        context,
        t("outreach-safe-thanks") if tap.what is Check.SAFE else t("outreach-checked"),
    )


async def my_sessions(update: Update, context: BotContext) -> None:
    """A peer's coming sessions and their part in each (`/mine`), "🆘 I need help" first."""
    runtime = context.runtime
    mine = await runtime.outreach.my_sessions(context.viewer)
    calls = {p.session.id for p in mine if runtime.help.call_shown(p.session, p.status)}
    zone = runtime.settings.timezone
    await show(update, context, screens.my_sessions(mine, zone, context.t, calls))


async def my_session(update: Update, context: BotContext, tap: MySession) -> None:
    """One of the peer's sessions, with what they can do now (answer, call for help, check in,
    report...)."""
    runtime = context.runtime
    mine = await runtime.outreach.my_session(context.viewer, tap.session_id)
    call = runtime.help.call_shown(mine.session, mine.status)
    zone = runtime.settings.timezone
    screen = screens.my_session(mine, runtime.outreach.now(), zone, context.t, call)
    await show(update, context, screen)


async def calendar_file(update: Update, context: BotContext, tap: CalendarFile) -> None:
    """An .ics file of the person's sessions (a lead: all sessions)."""
    outreach = context.runtime.outreach
    sessions = await outreach.sessions_for_calendar(context.viewer)
    t = context.t
    # Calendars sync to other devices and show on lock screens: every event is just a meeting,
    # and notes stay out.
    names = {k.value: t("outreach-calendar-event") for k in SessionKind}
    data = sessions_ics(
        [replace(s, note="") for s in sessions],
        names,
        t("outreach-calendar-name"),
        context.runtime.keys.calendar_uid,
        now=outreach.now(),
    )
    await send_file(update, context, data, "sessions.ics")
