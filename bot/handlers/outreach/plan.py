"""A lead plans a session by buttons: kind, area, day, start (any time of day or night), length,
peers, a note (typed or skipped), once or weekly, then checks and saves it. Each tap needs the
steps before it: a stale or forged one (a start before a day was chosen) gets the neutral
refusal; a tap on a form that closed (it waited too long, /cancel, a restart) says so, says
nothing was saved, and offers to start again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.common.text import clean_text
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.flows import Flow, typed
from bot.handlers.menu import Entry, Go, main_menu
from bot.handlers.outreach import forms
from bot.handlers.outreach.buttons import (
    PlanArea,
    PlanDay,
    PlanKind,
    PlanLength,
    PlanMonth,
    PlanPeers,
    PlanQuit,
    PlanRepeat,
    PlanSave,
    PlanSkipNote,
    PlanStart,
    PlanStartMinute,
)
from bot.handlers.outreach.closed import form_closed
from bot.handlers.outreach.session import show_session
from bot.handlers.respond import show
from bot.handlers.screens import Screen
from bot.outreach.model import SessionKind, SessionPlan

NOTE = "note"


@dataclass
class PlanDraft:
    """What the lead chose so far, in local time."""

    kind: SessionKind | None = None
    area_id: int | None = None
    day: date | None = None
    start: time | None = None
    minutes: int | None = None
    peers_needed: int | None = None
    note: str = ""
    weeks: int = 1

    def plan(self) -> SessionPlan:
        """The finished plan; a form that skipped a step is not one we made."""
        if (
            self.kind is None
            or self.area_id is None
            or self.day is None
            or self.start is None
            or self.minutes is None
            or self.peers_needed is None
        ):
            raise NotAllowed
        until = self.day + timedelta(weeks=self.weeks - 1) if self.weeks > 1 else None
        return SessionPlan(
            self.kind,
            self.area_id,
            self.day,
            self.start,
            self.minutes,
            self.peers_needed,
            self.note,
            until,
        )


async def draft_of(update: Update, context: BotContext) -> PlanDraft:
    """The plan in progress; when it is gone, say the form closed (never "saved") and offer
    to start again."""
    draft = flows.current(context, PLAN)
    if draft is None:
        raise await form_closed(update, context, Go(Entry.PLAN))
    return draft


async def plan_start(update: Update, context: BotContext) -> None:
    """A lead starts planning: first the kind of session."""
    flows.begin(context, PLAN, PlanDraft())
    await show(update, context, forms.kinds(context.t))


async def kind_chosen(update: Update, context: BotContext, tap: PlanKind) -> None:
    draft = await draft_of(update, context)
    areas = await context.runtime.directory.areas()
    if not areas:
        flows.end(context)
        await show(update, context, forms.no_areas(context.t))
        return
    draft.kind = tap.kind
    await show(update, context, forms.areas([(a.id, a.name) for a in areas], context.t))


async def area_chosen(update: Update, context: BotContext, tap: PlanArea) -> None:
    draft = await draft_of(update, context)
    if draft.kind is None or await context.runtime.directory.area(tap.area_id) is None:
        raise NotAllowed
    draft.area_id = tap.area_id
    today = context.runtime.outreach.today()
    await show(update, context, forms.day(today, today, context.t, PlanDay, PlanMonth))


async def month_shown(update: Update, context: BotContext, tap: PlanMonth) -> None:
    draft = await draft_of(update, context)
    outreach = context.runtime.outreach
    if draft.area_id is None or not outreach.within_reach(tap.month):
        raise NotAllowed
    await show(
        update, context, forms.day(tap.month, outreach.today(), context.t, PlanDay, PlanMonth)
    )


async def day_chosen(update: Update, context: BotContext, tap: PlanDay) -> None:
    draft = await draft_of(update, context)
    outreach = context.runtime.outreach
    if draft.area_id is None or tap.day < outreach.today() or not outreach.within_reach(tap.day):
        raise NotAllowed
    draft.day = tap.day
    await show(update, context, forms.start(context.t, PlanStart, PlanStartMinute))


async def start_minute_shown(update: Update, context: BotContext, tap: PlanStartMinute) -> None:
    """The start times again, at another minute past each hour."""
    draft = await draft_of(update, context)
    if draft.day is None or tap.minute not in forms.MINUTES:
        raise NotAllowed
    await show(update, context, forms.start(context.t, PlanStart, PlanStartMinute, tap.minute))


async def start_chosen(update: Update, context: BotContext, tap: PlanStart) -> None:
    draft = await draft_of(update, context)
    if draft.day is None or tap.start.minute not in forms.MINUTES:
        raise NotAllowed
    if context.runtime.outreach.has_passed(draft.day, tap.start):
        screen = forms.start(context.t, PlanStart, PlanStartMinute, tap.start.minute, passed=True)
        await show(update, context, screen)
        return
    draft.start = tap.start
    await show(update, context, forms.lengths(context.t))


async def length_chosen(update: Update, context: BotContext, tap: PlanLength) -> None:
    draft = await draft_of(update, context)
    if draft.start is None or tap.minutes not in forms.LENGTHS:
        raise NotAllowed
    draft.minutes = tap.minutes
    await show(update, context, forms.peers(context.t))


async def peers_chosen(update: Update, context: BotContext, tap: PlanPeers) -> None:
    draft = await draft_of(update, context)
    if draft.minutes is None or tap.count not in forms.PEER_COUNTS:
        raise NotAllowed
    draft.peers_needed = tap.count
    flows.wait_for(context, PLAN, NOTE)
    await show(update, context, forms.note(context.t))


async def note_typed(update: Update, context: BotContext, draft: PlanDraft) -> None:
    message = update.effective_message
    draft.note = clean_text((message.text if message else "") or "")
    flows.wait_for(context, PLAN, None)
    await show(update, context, forms.repeat(context.t))


async def note_skipped(update: Update, context: BotContext, tap: PlanSkipNote) -> None:
    draft = await draft_of(update, context)
    if draft.peers_needed is None:
        raise NotAllowed
    flows.wait_for(context, PLAN, None)
    await show(update, context, forms.repeat(context.t))


async def repeat_chosen(update: Update, context: BotContext, tap: PlanRepeat) -> None:
    draft = await draft_of(update, context)
    if draft.peers_needed is None or tap.weeks not in forms.REPEAT_WEEKS:
        raise NotAllowed
    draft.weeks = tap.weeks
    plan = draft.plan()
    area = await context.runtime.directory.area(plan.area_id)
    first = context.runtime.outreach.preview(plan, area.name if area else "—")
    screen = forms.review(first, draft.weeks, context.runtime.settings.timezone, context.t)
    await show(update, context, screen)


async def plan_saved(update: Update, context: BotContext, tap: PlanSave) -> None:
    """Commit the plan, then show the first session to invite peers to."""
    plan = (await draft_of(update, context)).plan()
    flows.end(context)
    sessions = await context.runtime.outreach.schedule(context.viewer, plan)
    t = context.t
    if not sessions:
        await show(update, context, main_menu(context.viewer, t, t("outreach-plan-past")))
        return
    context.saved(update)
    await show(update, context, Screen(t("outreach-plan-saved", count=len(sessions))))
    await show_session(update, context, sessions[0].id, fresh=True)


async def plan_quit(update: Update, context: BotContext, tap: PlanQuit) -> None:
    """Back from the review: the plan is dropped, nothing saved."""
    flows.end(context)
    t = context.t
    await show(update, context, main_menu(context.viewer, t, t("common-cancelled")))


PLAN = Flow("plan", PlanDraft, {NOTE: typed(note_typed)})
