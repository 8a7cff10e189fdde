"""A lead's view of sessions: the week, one session with its roster, inviting peers (one, or
the whole area; to one session or the rest of its weekly series in one go), another area, note
or time, and cancelling. Everyone on a session hears of a change through the outbox; the lead
sees the card again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.flows import Flow, typed
from bot.handlers.outreach import forms, screens
from bot.handlers.outreach.buttons import (
    CallArea,
    CancelSession,
    ChangeNote,
    ChangeTime,
    ChooseArea,
    InvitePeer,
    MoveDay,
    MoveMonth,
    MoveStart,
    MoveStartMinute,
    MoveToArea,
    OpenSession,
    PickPeer,
    Week,
)
from bot.handlers.respond import answer, show
from bot.handlers.screens import Screen

NOTE = "note"
SHORT_FORM = timedelta(minutes=15)


async def show_session(
    update: Update, context: BotContext, session_id: int, *, fresh: bool = False
) -> None:
    """A lead's view of one session, with its roster."""
    outreach = context.runtime.outreach
    session = await outreach.managed(context.viewer, session_id)
    roster = await outreach.roster(context.viewer, session_id)
    screen = screens.session_card(session, roster, context.runtime.settings.timezone, context.t)
    await show(update, context, screen, fresh=fresh)


async def session_opened(update: Update, context: BotContext, tap: OpenSession) -> None:
    await show_session(update, context, tap.session_id)


async def week_screen(update: Update, context: BotContext) -> None:
    """This week's sessions, all areas (`/sessions`)."""
    await week_shown(update, context, Week(0))


async def week_shown(update: Update, context: BotContext, tap: Week) -> None:
    outreach = context.runtime.outreach
    monday = outreach.monday_of(tap.offset)
    sessions = await outreach.week(context.viewer, monday, None)
    zone = context.runtime.settings.timezone
    await show(update, context, screens.week(monday, tap.offset, sessions, zone, context.t))


# --- inviting --------------------------------------------------------------------------------


async def area_called(update: Update, context: BotContext, tap: CallArea) -> None:
    """Invite every active peer of the session's area (to the rest of its series too)."""
    await invite(update, context, tap.session_id, None, tap.whole_series)


async def peer_picking(update: Update, context: BotContext, tap: PickPeer) -> None:
    candidates = await context.runtime.outreach.candidates(context.viewer, tap.session_id)
    screen = screens.peer_choice(tap.session_id, candidates, context.t, tap.whole_series)
    await show(update, context, screen)


async def peer_invited(update: Update, context: BotContext, tap: InvitePeer) -> None:
    await invite(update, context, tap.session_id, [tap.person_id], tap.whole_series)


async def invite(
    update: Update,
    context: BotContext,
    session_id: int,
    people: list[int] | None,
    whole_series: bool,
) -> None:
    runtime = context.runtime
    invited = await runtime.outreach.invite(context.viewer, session_id, people, whole_series)
    context.saved(update)
    if invited:
        runtime.kick()
    await answer(update, context, context.t("outreach-invited", count=invited))
    await show_session(update, context, session_id)


# --- changing and cancelling ----------------------------------------------------------------


async def cancelled(update: Update, context: BotContext, tap: CancelSession) -> None:
    """Cancel one session or the rest of its series; everyone on it is told at once."""
    runtime = context.runtime
    told = await runtime.outreach.cancel(context.viewer, tap.session_id, tap.whole_series)
    context.saved(update)
    if told:
        runtime.kick()
    await answer(update, context, context.t("outreach-cancelled-done"))
    await show_session(update, context, tap.session_id)


async def area_choices(update: Update, context: BotContext, tap: ChooseArea) -> None:
    await context.runtime.outreach.managed(context.viewer, tap.session_id)
    areas = [(a.id, a.name) for a in await context.runtime.directory.areas()]
    await show(update, context, screens.area_choice(tap.session_id, areas, context.t))


async def area_changed(update: Update, context: BotContext, tap: MoveToArea) -> None:
    """Move a session to another area; everyone on it is told."""
    runtime = context.runtime
    told = await runtime.outreach.change_area(context.viewer, tap.session_id, tap.area_id)
    context.saved(update)
    if told:
        runtime.kick()
    await answer(update, context, context.t("outreach-moved-done"))
    await show_session(update, context, tap.session_id)


@dataclass
class NoteDraft:
    session_id: int


async def note_asked(update: Update, context: BotContext, tap: ChangeNote) -> None:
    await context.runtime.outreach.managed(context.viewer, tap.session_id)
    flows.begin(context, NOTE_FLOW, NoteDraft(tap.session_id), NOTE)
    await show(update, context, Screen(context.t("outreach-plan-note")))


async def note_typed(update: Update, context: BotContext, draft: NoteDraft) -> None:
    """Save a new note (scrubbed of phone numbers and handles)."""
    flows.end(context)
    message = update.effective_message
    text = (message.text if message else "") or ""
    if not await context.runtime.outreach.change_note(context.viewer, draft.session_id, text):
        await show(update, context, Screen(context.t("common-no-longer-available")))
        return
    context.saved(update)
    await show_session(update, context, draft.session_id, fresh=True)


@dataclass
class MoveDraft:
    session_id: int
    day: date | None = None


def move_draft(context: BotContext) -> MoveDraft:
    draft = flows.current(context, MOVE_FLOW)
    if draft is None:
        raise NotAllowed
    return draft


async def time_asked(update: Update, context: BotContext, tap: ChangeTime) -> None:
    outreach = context.runtime.outreach
    if (await outreach.managed(context.viewer, tap.session_id)).cancelled:
        raise NotAllowed
    flows.begin(context, MOVE_FLOW, MoveDraft(tap.session_id))
    today = outreach.today()
    await show(update, context, forms.day(today, today, context.t, MoveDay, MoveMonth))


async def move_month_shown(update: Update, context: BotContext, tap: MoveMonth) -> None:
    move_draft(context)
    outreach = context.runtime.outreach
    if not outreach.within_reach(tap.month):
        raise NotAllowed
    await show(
        update, context, forms.day(tap.month, outreach.today(), context.t, MoveDay, MoveMonth)
    )


async def move_day_chosen(update: Update, context: BotContext, tap: MoveDay) -> None:
    draft = move_draft(context)
    outreach = context.runtime.outreach
    if tap.day < outreach.today() or not outreach.within_reach(tap.day):
        raise NotAllowed
    draft.day = tap.day
    await show(update, context, forms.start(context.t, MoveStart, MoveStartMinute))


async def move_minute_shown(update: Update, context: BotContext, tap: MoveStartMinute) -> None:
    draft = move_draft(context)
    if draft.day is None or tap.minute not in forms.MINUTES:
        raise NotAllowed
    await show(update, context, forms.start(context.t, MoveStart, MoveStartMinute, tap.minute))


async def move_start_chosen(update: Update, context: BotContext, tap: MoveStart) -> None:
    """The new time: reminders move with it and everyone on the session is told."""
    draft = move_draft(context)
    if draft.day is None or tap.start.minute not in forms.MINUTES:
        raise NotAllowed
    runtime = context.runtime
    if not await runtime.outreach.move(context.viewer, draft.session_id, draft.day, tap.start):
        screen = forms.start(context.t, MoveStart, MoveStartMinute, tap.start.minute, passed=True)
        await show(update, context, screen)
        return
    flows.end(context)
    context.saved(update)
    runtime.kick()
    await show(update, context, Screen(context.t("outreach-moved-done")))
    await show_session(update, context, draft.session_id, fresh=True)


NOTE_FLOW = Flow("session note", NoteDraft, {NOTE: typed(note_typed)}, timeout=SHORT_FORM)
MOVE_FLOW = Flow("session time", MoveDraft, timeout=SHORT_FORM)
