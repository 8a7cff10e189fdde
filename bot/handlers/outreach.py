"""Telegram adapters for outreach sessions: a lead plans by buttons (kind, area, day, time,
length, peers, note, repeat), invites peers or calls the whole area, changes or cancels; peers
answer invitations, check in and out, say they are safe and file reports by number pads; leads
read monthly figures as text, a chart and a CSV file.

Reminders are decided in the database by `Outreach.due()` and sent here by a repeating job that
is registered again at every start, so a restart loses none.
"""

from __future__ import annotations

import calendar
import logging
import warnings
from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

from babel.dates import format_date, format_datetime, get_day_names
from babel.numbers import format_decimal
from telegram import InputFile, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.common.text import clean_text
from bot.directory.core import Category
from bot.handlers.common import (
    Button,
    answer_button,
    back_to_menu,
    flow_hint,
    in_pairs,
    keyboard,
    menu_buttons,
    refuse_button,
    show,
    viewer_of,
)
from bot.i18n import Messages
from bot.outreach.model import (
    AssignmentStatus,
    IncidentKind,
    OutreachSession,
    ReminderKind,
    SessionKind,
    SessionPlan,
    SessionReport,
)
from bot.outreach.sessions import Outgoing, months_back
from bot.people import Role
from bot.services import BotContext

logger = logging.getLogger(__name__)

PLAN_STEP, PLAN_NOTE, MOVE_STEP, REPORT_STEP, REPORT_NOTE = range(5)
REMINDERS_JOB = "outreach reminders"
SLOTS = [time(hour, minute) for hour in range(6, 22) for minute in (0, 30)]
LENGTHS = (60, 90, 120, 180, 240, 360)
PEER_COUNTS = (2, 3, 4, 5, 6, 8, 10)
REPEAT_WEEKS = (1, 4, 8, 12)
COUNT_FIELDS = ("reached_new", "reached_returning", "condoms", "lubricant", "leaflets")
MAX_DIGITS = 4


# --- rendering --------------------------------------------------------------------------------


def when(session: OutreachSession, t: Messages, context: BotContext) -> str:
    zone = context.services.settings.timezone
    local = session.starts_at.astimezone(zone)
    return format_datetime(local, "EEEE d MMMM HH:mm", tzinfo=zone, locale=t.locale)


def when_where(session: OutreachSession, t: Messages, context: BotContext) -> str:
    return t("outreach-when-where", when=when(session, t, context), area=session.area_name)


def length(minutes: int, t: Messages) -> str:
    return t("outreach-minutes", hours=format_decimal(minutes / 60, locale=t.locale))


def session_text(session: OutreachSession, t: Messages, context: BotContext) -> str:
    lines = [
        t("outreach-session-title", kind=t("outreach-kind", kind=session.kind.value),
          **{"when-where": when_where(session, t, context)}),
        t("outreach-session-details", length=length(session.minutes, t), needed=session.peers_needed,
          confirmed=session.confirmed, waiting=session.waiting),
    ]  # fmt: skip
    if session.note:
        lines.append(t("outreach-session-note", note=session.note))
    if session.cancelled:
        lines.append(t("outreach-session-cancelled"))
    return "\n".join(lines)


def outgoing_text(message: Outgoing, t: Messages, context: BotContext) -> str:
    place = {"when-where": when_where(message.session, t, context)}
    texts = {
        "invitation": lambda: t("outreach-invitation", length=length(message.session.minutes, t), **place),
        "promoted": lambda: t("outreach-promoted", **place),
        "cancelled": lambda: t("outreach-cancelled", **place),
        "changed": lambda: t("outreach-changed", **place),
        ReminderKind.DAY_BEFORE.value: lambda: t("outreach-reminder", **place),
        ReminderKind.HOUR_BEFORE.value: lambda: t("outreach-reminder", **place),
        ReminderKind.SAFETY_CHECK.value: lambda: t("outreach-safety-check"),
        ReminderKind.LEAD_ALERT.value: lambda: t("outreach-lead-alert", alias=message.alias or "—", **place),
        ReminderKind.REPORT_PROMPT.value: lambda: t("outreach-report-prompt"),
    }  # fmt: skip
    return texts[message.kind]()


def outgoing_buttons(message: Outgoing, t: Messages) -> list[list[Button]]:
    session_id = message.session.id
    if message.kind == "invitation":
        return [
            [
                (t("outreach-yes"), f"out:yes:{session_id}"),
                (t("outreach-no"), f"out:no:{session_id}"),
            ]
        ]
    if message.kind == ReminderKind.HOUR_BEFORE.value:
        return [[(t("outreach-check-in"), f"out:in:{session_id}")]]
    if message.kind == ReminderKind.SAFETY_CHECK.value:
        return [
            [
                (t("outreach-safe"), f"out:safe:{session_id}"),
                (t("outreach-check-out"), f"out:out:{session_id}"),
            ]
        ]
    if message.kind == ReminderKind.REPORT_PROMPT.value:
        return [[(t("outreach-report-button"), f"out:rep:{session_id}")]]
    return []


async def deliver(context: BotContext, messages: list[Outgoing]) -> int:
    """Send what the domain decided; a blocked bot marks the person unreachable, a passing
    failure puts a reminder back for the next round. Returns how many were sent."""
    outreach = context.services.outreach
    sent = 0
    for message in messages:
        t = context.services.messages(message.locale)
        try:
            await context.bot.send_message(
                message.telegram_id,
                outgoing_text(message, t, context),
                reply_markup=keyboard(outgoing_buttons(message, t)),
            )
            sent += 1
        except Forbidden:
            await outreach.send_failed(message, blocked=True)
        except TelegramError as error:
            logger.warning("Could not send an outreach message: %s", type(error).__name__)
            await outreach.send_failed(message, blocked=False)
    return sent


async def send_due_reminders(context: BotContext) -> None:
    """The repeating job: every reminder now due, from the database."""
    await deliver(context, await context.services.outreach.due())


def schedule_jobs(app: Application, interval_seconds: float = 30) -> None:
    """Reminders live in the database; this job only looks at it. At start it runs at once, so
    reminders that fell due while the bot was down go out (or are marked missed) straight away."""
    for job in app.job_queue.get_jobs_by_name(REMINDERS_JOB):
        job.schedule_removal()
    app.job_queue.run_repeating(send_due_reminders, interval_seconds, first=0, name=REMINDERS_JOB)


# --- planning (leads) -------------------------------------------------------------------------


def plan_of(context: BotContext) -> dict[str, Any]:
    return context.user_data.setdefault("plan", {}) if context.user_data is not None else {}


def calendar_rows(month: date, today: date, t: Messages, prefix: str) -> list[list[Button]]:
    """An inline month calendar; days before today are not buttons one can choose."""
    names = get_day_names("narrow", locale=t.locale)
    rows: list[list[Button]] = [[(names[i], "out:noop") for i in range(7)]]
    for week in calendar.Calendar().monthdatescalendar(month.year, month.month):
        row: list[Button] = []
        for day in week:
            if day.month != month.month or day < today:
                row.append(("·", "out:noop"))
            else:
                row.append((str(day.day), f"{prefix}:day:{day.isoformat()}"))
        rows.append(row)
    previous = (month.replace(day=1) - timedelta(days=1)).replace(day=1)
    following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    navigation: list[Button] = []
    if previous >= today.replace(day=1):
        navigation.append((t("outreach-previous-month"), f"{prefix}:cal:{previous.isoformat()}"))
    navigation.append((format_date(month, "LLLL y", locale=t.locale), "out:noop"))
    navigation.append((t("outreach-next-month"), f"{prefix}:cal:{following.isoformat()}"))
    rows.append(navigation)
    return rows


def slot_rows(prefix: str) -> list[list[Button]]:
    buttons = [
        (slot.strftime("%H:%M"), f"{prefix}:start:{slot.strftime('%H%M')}") for slot in SLOTS
    ]
    return [buttons[i : i + 4] for i in range(0, len(buttons), 4)]


async def plan_start(update: Update, context: BotContext) -> int:
    """A lead starts planning: first the kind of session."""
    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.LEAD) or context.user_data is None:
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    context.user_data["plan"] = {}
    t = context.services.messages(viewer)
    buttons = [(t("outreach-kind", kind=k.value), f"plan:kind:{k.value}") for k in SessionKind]
    await answer_button(update)
    await show(update, t("outreach-plan-kind"), in_pairs(buttons))
    return PLAN_STEP


async def plan_step(update: Update, context: BotContext) -> int:
    """Every planning button: record the choice, then ask the next question."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    what, value = context.matches[0].group(1), context.matches[0].group(2)
    plan = plan_of(context)
    outreach = context.services.outreach
    today = outreach.now().astimezone(context.services.settings.timezone).date()
    await answer_button(update)
    if what == "kind" and value in {k.value for k in SessionKind}:
        plan["kind"] = SessionKind(value)
        areas = await context.services.directory.areas()
        if not areas:
            await show(update, t("outreach-no-areas"), [back_to_menu(t)])
            return ConversationHandler.END
        await show(
            update,
            t("outreach-plan-area"),
            in_pairs([(a.name, f"plan:area:{a.id}") for a in areas]),
        )
    elif what == "area" and await context.services.directory.area(int(value)) is not None:
        plan["area_id"] = int(value)
        await show(update, t("outreach-plan-day"), calendar_rows(today, today, t, "plan"))
    elif what == "cal":
        month = date.fromisoformat(value)
        await show(update, t("outreach-plan-day"), calendar_rows(month, today, t, "plan"))
    elif what == "day":
        plan["day"] = date.fromisoformat(value)
        await show(update, t("outreach-plan-start"), slot_rows("plan"))
    elif what == "start":
        start = time(int(value[:2]), int(value[2:]))
        if outreach.local_start(plan["day"], start) <= outreach.now():
            await show(update, t("outreach-plan-past"), slot_rows("plan"))
            return PLAN_STEP
        plan["start"] = start
        buttons = [(length(m, t), f"plan:length:{m}") for m in LENGTHS]
        await show(update, t("outreach-plan-length"), [buttons[:3], buttons[3:]])
    elif what == "length":
        plan["minutes"] = int(value)
        buttons = [(str(n), f"plan:peers:{n}") for n in PEER_COUNTS]
        await show(update, t("outreach-plan-peers"), [buttons[:4], buttons[4:]])
    elif what == "peers":
        plan["peers_needed"] = int(value)
        await show(update, t("outreach-plan-note"), [[(t("directory-skip"), "plan:note:skip")]])
        return PLAN_NOTE
    elif what == "note":
        return await ask_repeat(update, context, t)
    elif what == "weeks":
        weeks = int(value)
        plan["weekly_until"] = plan["day"] + timedelta(weeks=weeks - 1) if weeks > 1 else None
        await show_plan_review(update, context, t)
    return PLAN_STEP


async def plan_note_typed(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    plan_of(context)["note"] = clean_text(update.effective_message.text or "")
    return await ask_repeat(update, context, context.services.messages(viewer))


async def ask_repeat(update: Update, context: BotContext, t: Messages) -> int:
    buttons = [(t("outreach-repeat-once") if w == 1 else t("outreach-repeat-weeks", weeks=w), f"plan:weeks:{w}")
               for w in REPEAT_WEEKS]  # fmt: skip
    await show(update, t("outreach-plan-repeat"), [[b] for b in buttons])
    return PLAN_STEP


def plan_from(draft: dict[str, Any]) -> SessionPlan | None:
    try:
        return SessionPlan(
            kind=draft["kind"], area_id=draft["area_id"], day=draft["day"], start=draft["start"],
            minutes=draft["minutes"], peers_needed=draft["peers_needed"],
            note=draft.get("note", ""), weekly_until=draft.get("weekly_until"),
        )  # fmt: skip
    except KeyError:
        return None


async def show_plan_review(update: Update, context: BotContext, t: Messages) -> None:
    plan = plan_from(plan_of(context))
    if plan is None:
        await show(update, t("common-no-longer-available"))
        return
    area = await context.services.directory.area(plan.area_id)
    preview = OutreachSession(
        id=0, series_id=None, kind=plan.kind, area_id=plan.area_id,
        area_name=area.name if area else "—",
        starts_at=context.services.outreach.local_start(plan.day, plan.start),
        minutes=plan.minutes, peers_needed=plan.peers_needed, note=plan.note, cancelled=False,
        lead_person_id=0,
    )  # fmt: skip
    text = t("outreach-plan-review") + "\n\n" + session_text(preview, t, context)
    if plan.weekly_until:
        text += "\n" + t(
            "outreach-repeat-weeks", weeks=(plan.weekly_until - plan.day).days // 7 + 1
        )
    await show(
        update,
        text,
        [[(t("outreach-plan-save"), "plan:save:yes")], [(t("common-back"), "plan:cancel:yes")]],
    )


async def plan_save(update: Update, context: BotContext) -> int:
    """Commit the plan, then show the first session to invite peers to."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    plan = plan_from(context.user_data.pop("plan", {}) if context.user_data is not None else {})
    sessions = await context.services.outreach.schedule(viewer, plan) if plan else []
    await answer_button(update)
    if not sessions:
        await show(update, t("outreach-plan-past"), menu_buttons(viewer, t))
        return ConversationHandler.END
    context.services.kept.mark(update.update_id)
    await show(update, t("outreach-plan-saved", count=len(sessions)))
    await show_session(update, context, sessions[0].id, fresh=True)
    return ConversationHandler.END


# --- a session (leads) ------------------------------------------------------------------------


async def show_session(
    update: Update, context: BotContext, session_id: int, fresh: bool = False
) -> None:
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    outreach = context.services.outreach
    session = await outreach.session(session_id)
    if session is None or not viewer.role.at_least(Role.LEAD):
        await refuse_button(update, context, viewer)
        return
    lines = [session_text(session, t, context), ""]
    for person in await outreach.roster(viewer, session_id):
        checks = (t("outreach-checked-in") if person.checked_in else "") + (
            t("outreach-checked-out") if person.checked_out else "")  # fmt: skip
        lines.append(t("outreach-roster-line", alias=person.alias,
                       status=t("outreach-status", status=person.status.value), checks=checks))  # fmt: skip
    rows: list[list[Button]] = []
    if not session.cancelled:
        rows += [
            [(t("outreach-open-call"), f"out:call:{session_id}")],
            [(t("outreach-invite-peers"), f"out:pick:{session_id}")],
            [(t("outreach-change-time"), f"move:go:{session_id}")],
            [
                (t("outreach-change-area"), f"out:areas:{session_id}"),
                (t("outreach-change-note"), f"note:go:{session_id}"),
            ],
            [(t("outreach-cancel-one"), f"out:cancel:{session_id}")],
        ]
        if session.series_id is not None:
            rows.append([(t("outreach-cancel-series"), f"out:cancels:{session_id}")])
    rows.append([(t("common-back"), "out:week:0")])
    await show(update, "\n".join(lines).strip(), rows, fresh=fresh)


async def session_screen(update: Update, context: BotContext) -> None:
    """A lead's view of one session, with its roster."""
    await answer_button(update)
    await show_session(update, context, int(context.matches[0].group(1)))


async def open_call(update: Update, context: BotContext) -> None:
    """Invite every active peer of the session's area."""
    await invite_and_tell(update, context, int(context.matches[0].group(1)), None)


async def pick_peer(update: Update, context: BotContext) -> None:
    viewer = await viewer_of(update, context)
    session_id = int(context.matches[0].group(1))
    candidates = await context.services.outreach.candidates(viewer, session_id)
    t = context.services.messages(viewer)
    if not viewer.role.at_least(Role.LEAD):
        await refuse_button(update, context, viewer)
        return
    rows = [[(alias, f"out:inv:{session_id}:{person_id}")] for person_id, alias in candidates[:40]]
    await answer_button(update)
    await show(
        update, t("outreach-choose-peer"), [*rows, [(t("common-back"), f"out:s:{session_id}")]]
    )


async def invite_one(update: Update, context: BotContext) -> None:
    await invite_and_tell(
        update, context, int(context.matches[0].group(1)), [int(context.matches[0].group(2))]
    )


async def invite_and_tell(
    update: Update, context: BotContext, session_id: int, people: list[int] | None
) -> None:
    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.LEAD):
        await refuse_button(update, context, viewer)
        return
    invitations = await context.services.outreach.invite(viewer, session_id, people)
    context.services.kept.mark(update.update_id)
    t = context.services.messages(viewer)
    await answer_button(update, t("outreach-invited", count=len(invitations)))
    await deliver(context, invitations)
    await show_session(update, context, session_id)


async def cancel_session(update: Update, context: BotContext) -> None:
    """Cancel one session or the rest of its series; everyone on it is told at once."""
    viewer = await viewer_of(update, context)
    series, session_id = context.matches[0].group(1) == "cancels", int(context.matches[0].group(2))
    outreach = context.services.outreach
    if await outreach.session(session_id) is None or not viewer.role.at_least(Role.LEAD):
        await refuse_button(update, context, viewer)
        return
    told = await outreach.cancel(viewer, session_id, series)
    context.services.kept.mark(update.update_id)
    t = context.services.messages(viewer)
    await answer_button(update, t("outreach-cancelled-done"))
    await deliver(context, told)
    await show_session(update, context, session_id)


async def week_screen(update: Update, context: BotContext) -> None:
    """A lead's sessions of one week, all areas."""
    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.LEAD):
        await refuse_button(update, context, viewer)
        return
    offset = int(context.matches[0].group(1) or 0) if context.matches else 0
    outreach = context.services.outreach
    today = outreach.now().astimezone(context.services.settings.timezone).date()
    monday = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
    sessions = await outreach.week(viewer, monday, None)
    t = context.services.messages(viewer)
    rows = [[(t("outreach-session-title", kind=t("outreach-kind", kind=s.kind.value),
                **{"when-where": when_where(s, t, context)}), f"out:s:{s.id}")] for s in sessions]  # fmt: skip
    rows.append(
        [
            (t("common-previous"), f"out:week:{offset - 1}"),
            (t("common-next"), f"out:week:{offset + 1}"),
        ]
    )
    rows.append([(t("outreach-calendar-file"), "out:ics")])
    rows.append(back_to_menu(t))
    header = t("outreach-week", monday=format_date(monday, "d MMMM y", locale=t.locale))
    await answer_button(update)
    await show(update, header if sessions else header + "\n" + t("outreach-week-empty"), rows)


# --- changing the area or note (leads) --------------------------------------------------------


async def area_choices(update: Update, context: BotContext) -> None:
    viewer = await viewer_of(update, context)
    session_id = int(context.matches[0].group(1))
    if not viewer.role.at_least(Role.LEAD):
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    areas = await context.services.directory.areas()
    buttons = [(area.name, f"out:area:{session_id}:{area.id}") for area in areas]
    await answer_button(update)
    await show(
        update,
        t("outreach-plan-area"),
        [*in_pairs(buttons), [(t("common-back"), f"out:s:{session_id}")]],
    )


async def change_area(update: Update, context: BotContext) -> None:
    """Move a session to another area; everyone on it is told."""
    viewer = await viewer_of(update, context)
    session_id, area_id = int(context.matches[0].group(1)), int(context.matches[0].group(2))
    outreach = context.services.outreach
    if (not viewer.role.at_least(Role.LEAD) or await context.services.directory.area(area_id) is None
            or await outreach.session(session_id) is None):  # fmt: skip
        await refuse_button(update, context, viewer)
        return
    told = await outreach.change_area(viewer, session_id, area_id)
    context.services.kept.mark(update.update_id)
    await answer_button(update, context.services.messages(viewer)("outreach-moved-done"))
    await deliver(context, told)
    await show_session(update, context, session_id)


async def note_start(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.LEAD) or context.user_data is None:
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    context.user_data["note_for"] = int(context.matches[0].group(1))
    await answer_button(update)
    await show(update, context.services.messages(viewer)("outreach-plan-note"))
    return PLAN_NOTE


async def note_typed(update: Update, context: BotContext) -> int:
    """Save a new note (scrubbed of phone numbers and handles)."""
    viewer = await viewer_of(update, context)
    session_id = context.user_data.pop("note_for", None) if context.user_data is not None else None
    text = update.effective_message.text or ""
    if session_id is None or not await context.services.outreach.change_note(
        viewer, session_id, text
    ):
        await show(update, context.services.messages(viewer)("common-no-longer-available"))
        return ConversationHandler.END
    context.services.kept.mark(update.update_id)
    await show_session(update, context, session_id, fresh=True)
    return ConversationHandler.END


# --- changing the time (leads) ----------------------------------------------------------------


async def move_start(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    session_id = int(context.matches[0].group(1))
    if not viewer.role.at_least(Role.LEAD) or context.user_data is None:
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    context.user_data["move"] = {"session_id": session_id}
    t = context.services.messages(viewer)
    today = context.services.outreach.now().astimezone(context.services.settings.timezone).date()
    await answer_button(update)
    await show(update, t("outreach-plan-day"), calendar_rows(today, today, t, "move"))
    return MOVE_STEP


async def move_step(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    what, value = context.matches[0].group(1), context.matches[0].group(2)
    move = context.user_data.get("move", {}) if context.user_data is not None else {}
    outreach = context.services.outreach
    today = outreach.now().astimezone(context.services.settings.timezone).date()
    await answer_button(update)
    if what == "cal":
        await show(
            update,
            t("outreach-plan-day"),
            calendar_rows(date.fromisoformat(value), today, t, "move"),
        )
        return MOVE_STEP
    if what == "day":
        move["day"] = date.fromisoformat(value)
        await show(update, t("outreach-plan-start"), slot_rows("move"))
        return MOVE_STEP
    if what == "start" and "day" in move:
        told = await outreach.move(
            viewer, move["session_id"], move["day"], time(int(value[:2]), int(value[2:]))
        )
        if not told and (await outreach.session(move["session_id"])) is None:
            await refuse_button(update, context, viewer)
            return ConversationHandler.END
        context.services.kept.mark(update.update_id)
        await deliver(context, told)
        await show(update, t("outreach-moved-done"))
        await show_session(update, context, move["session_id"], fresh=True)
        context.user_data.pop("move", None)
        return ConversationHandler.END
    return MOVE_STEP


# --- peers ------------------------------------------------------------------------------------


async def answer_invitation(update: Update, context: BotContext) -> None:
    """A peer says yes or no; only someone on the session can, checked in the database."""
    viewer = await viewer_of(update, context)
    confirm, session_id = context.matches[0].group(1) == "yes", int(context.matches[0].group(2))
    status, promoted = await context.services.outreach.respond(viewer, session_id, confirm)
    if status is None:
        await refuse_button(update, context, viewer)
        return
    context.services.kept.mark(update.update_id)
    t = context.services.messages(viewer)
    replies = {AssignmentStatus.CONFIRMED: "outreach-confirmed", AssignmentStatus.WAITING: "outreach-waiting",
               AssignmentStatus.DECLINED: "outreach-declined"}  # fmt: skip
    await answer_button(update)
    await show(update, t(replies.get(status, "outreach-declined")))
    if promoted is not None:
        await deliver(context, [promoted])


async def check(update: Update, context: BotContext) -> None:
    """Check in, check out, or "I am safe"."""
    viewer = await viewer_of(update, context)
    what, session_id = context.matches[0].group(1), int(context.matches[0].group(2))
    if not await context.services.outreach.check(viewer, session_id, what):
        await refuse_button(update, context, viewer)
        return
    context.services.kept.mark(update.update_id)
    t = context.services.messages(viewer)
    await answer_button(
        update, t("outreach-safe-thanks") if what == "safe" else t("outreach-checked")
    )


async def my_sessions(update: Update, context: BotContext) -> None:
    """A peer's upcoming sessions and their part in each."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    mine = await context.services.outreach.my_sessions(viewer)
    rows = [[(t("outreach-my-line", **{"when-where": when_where(p.session, t, context)},
                status=t("outreach-status", status=p.status.value)), f"out:p:{p.session.id}")]
            for p in mine if not p.session.cancelled]  # fmt: skip
    rows.append([(t("outreach-calendar-file"), "out:ics")])
    rows.append(back_to_menu(t))
    await answer_button(update)
    await show(
        update,
        t("outreach-my-sessions") if len(rows) > 2 else t("outreach-my-sessions-empty"),
        rows,
    )


async def peer_session(update: Update, context: BotContext) -> None:
    viewer = await viewer_of(update, context)
    session_id = int(context.matches[0].group(1))
    mine = {p.session.id: p for p in await context.services.outreach.my_sessions(viewer)}
    if session_id not in mine:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    rows = [
        [(t("outreach-check-in"), f"out:in:{session_id}"), (t("outreach-check-out"), f"out:out:{session_id}")],
        [(t("outreach-report-button"), f"out:rep:{session_id}")],
        [(t("outreach-cannot-come"), f"out:no:{session_id}")],
        [(t("common-back"), "out:mine")],
    ]  # fmt: skip
    await answer_button(update)
    await show(update, session_text(mine[session_id].session, t, context), rows)


async def calendar_file(update: Update, context: BotContext) -> None:
    """An .ics file of the person's sessions (a lead: all sessions)."""
    from bot.outreach.figures import sessions_ics

    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.PEER):
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    sessions = await context.services.outreach.sessions_for_calendar(viewer)
    # Calendars sync to other devices and show on lock screens: every event is just a meeting.
    names = {k.value: t("outreach-calendar-event") for k in SessionKind}
    # Notes stay out of calendars: they sync to other devices and show on lock screens.
    data = sessions_ics([replace(s, note="") for s in sessions], names, t("outreach-calendar-name"))
    await answer_button(update)
    await update.effective_chat.send_document(
        InputFile(data, filename="sessions.ics"), protect_content=True
    )


# --- reports ----------------------------------------------------------------------------------


def report_of(context: BotContext) -> dict[str, Any]:
    return context.user_data.setdefault("report", {}) if context.user_data is not None else {}


def number_pad(t: Messages) -> list[list[Button]]:
    digits = [(str(d), f"rep:digit:{d}") for d in range(1, 10)]
    return [digits[0:3], digits[3:6], digits[6:9],
            [(t("outreach-delete-digit"), "rep:digit:del"), ("0", "rep:digit:0"), (t("outreach-ok"), "rep:digit:ok")]]  # fmt: skip


async def ask_count(update: Update, context: BotContext, t: Messages) -> None:
    report = report_of(context)
    field = COUNT_FIELDS[report["step"]]
    text = t(
        "outreach-report-number",
        field=t("outreach-report-field", field=field),
        value=report["typed"] or "0",
    )
    await show(update, text, number_pad(t))


async def report_start(update: Update, context: BotContext) -> int:
    """Open a report (or the saved one, to change it) for a session the person was on."""
    viewer = await viewer_of(update, context)
    session_id = int(context.matches[0].group(1))
    outreach = context.services.outreach
    session = await outreach.session(session_id)
    mine = {p.session.id for p in await outreach.my_sessions(viewer, days_back=3)}
    allowed = session is not None and (session_id in mine or viewer.role.at_least(Role.LEAD))
    if not allowed or context.user_data is None:
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    saved = await outreach.report_of(viewer, session_id)
    base = saved.__dict__ if saved else SessionReport(session_id, viewer.person_id or 0).__dict__
    context.user_data["report"] = {**base, "referrals": dict(base["referrals"]),
                                   "incidents": dict(base["incidents"]), "step": 0,
                                   "typed": str(base[COUNT_FIELDS[0]] or "")}  # fmt: skip
    await answer_button(update)
    await ask_count(update, context, context.services.messages(viewer))
    return REPORT_STEP


async def report_digit(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    key = context.matches[0].group(1)
    report = report_of(context)
    await answer_button(update)
    if "step" not in report:
        return ConversationHandler.END
    if key == "del":
        report["typed"] = report["typed"][:-1]
    elif key == "ok":
        report[COUNT_FIELDS[report["step"]]] = int(report["typed"] or 0)
        report["step"] += 1
        if report["step"] == len(COUNT_FIELDS):
            await ask_tally(update, context, t, "referrals")
            return REPORT_STEP
        report["typed"] = str(report[COUNT_FIELDS[report["step"]]] or "")
    elif len(report["typed"]) < MAX_DIGITS:
        report["typed"] = (report["typed"] + key).lstrip("0")
    await ask_count(update, context, t)
    return REPORT_STEP


async def ask_tally(update: Update, context: BotContext, t: Messages, which: str) -> None:
    report = report_of(context)
    counts = report[which]
    if which == "referrals":
        items = [(c.value, t("directory-category", category=c.value)) for c in Category]
        prompt = t("outreach-report-referrals")
    else:
        items = [(k.value, t("outreach-incident", kind=k.value)) for k in IncidentKind]
        prompt = t("outreach-report-incidents")
    buttons = [
        (f"{label} · {counts.get(code, 0)}", f"rep:{which[:3]}:{code}") for code, label in items
    ]
    await show(
        update, prompt, [*in_pairs(buttons), [(t("directory-done"), f"rep:{which[:3]}:done")]]
    )


async def report_tally(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    which = {"ref": "referrals", "inc": "incidents"}[context.matches[0].group(1)]
    code = context.matches[0].group(2)
    report = report_of(context)
    await answer_button(update)
    if which not in report:
        return ConversationHandler.END
    allowed = (
        {c.value for c in Category} if which == "referrals" else {k.value for k in IncidentKind}
    )
    if code == "done":
        if which == "referrals":
            await ask_tally(update, context, t, "incidents")
        else:
            await show(
                update, t("outreach-report-note"), [[(t("directory-skip"), "rep:note:skip")]]
            )
            return REPORT_NOTE
    elif code in allowed and report[which].get(code, 0) < 999:
        report[which][code] = report[which].get(code, 0) + 1
        await ask_tally(update, context, t, which)
    return REPORT_STEP


async def report_note(update: Update, context: BotContext) -> int:
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    report = report_of(context)
    if update.effective_message is not None and update.callback_query is None:
        report["note"] = clean_text(update.effective_message.text or "")
    await answer_button(update)
    summary = "\n".join([
        t("outreach-report-summary", new=report["reached_new"], returning=report["reached_returning"],
          condoms=report["condoms"], lubricant=report["lubricant"], leaflets=report["leaflets"]),
        t("outreach-report-lists", referrals=tally_text(report["referrals"], t, "referrals"),
          incidents=tally_text(report["incidents"], t, "incidents")),
    ])  # fmt: skip
    await show(update, t("outreach-report-review") + "\n\n" + summary,
               [[(t("outreach-report-send"), "rep:send:yes")]])  # fmt: skip
    return REPORT_STEP


def tally_text(counts: dict[str, int | None], t: Messages, which: str) -> str:
    shown = [
        f"{t('directory-category', category=code) if which == 'referrals' else t('outreach-incident', kind=code)} "
        f"{count if count is not None else t('outreach-hidden')}"
        for code, count in counts.items() if count != 0
    ]  # fmt: skip
    return ", ".join(shown) or t("outreach-none")


async def report_send(update: Update, context: BotContext) -> int:
    """Commit the report, then thank the peer."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    draft = context.user_data.pop("report", None) if context.user_data is not None else None
    if not draft:
        await refuse_button(update, context, viewer)
        return ConversationHandler.END
    report = SessionReport(
        draft["session_id"], viewer.person_id or 0, draft["reached_new"], draft["reached_returning"],
        draft["condoms"], draft["lubricant"], draft["leaflets"],
        {k: v for k, v in draft["referrals"].items() if v}, {k: v for k, v in draft["incidents"].items() if v},
        draft.get("note", ""),
    )  # fmt: skip
    saved = await context.services.outreach.file_report(viewer, report)
    await answer_button(update)
    if not saved:
        await show(update, t("outreach-report-closed"), menu_buttons(viewer, t))
        return ConversationHandler.END
    context.services.kept.mark(update.update_id)
    await show(update, t("outreach-report-saved"), menu_buttons(viewer, t))
    return ConversationHandler.END


# --- monthly figures (leads) ------------------------------------------------------------------


async def figures_choose(update: Update, context: BotContext) -> None:
    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.LEAD):
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    today = context.services.outreach.now().astimezone(context.services.settings.timezone).date()
    buttons = [(month, f"out:fig:{month}") for month in months_back(today, 6)]
    await answer_button(update)
    await show(update, t("outreach-figures-choose"), [*in_pairs(buttons), back_to_menu(t)])


async def figures_show(update: Update, context: BotContext) -> None:
    """The month's figures as a message, a chart and a CSV file, all protected."""
    from bot.outreach.figures import figures_chart, figures_csv

    viewer = await viewer_of(update, context)
    month = context.matches[0].group(1)
    figures = await context.services.outreach.figures(viewer, month, None)
    if figures is None:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)

    def shown(value: int | None) -> str:
        return t("outreach-hidden") if value is None else str(value)

    text = t(
        "outreach-figures", month=month, area="", planned=figures.planned, held=figures.held,
        cancelled=figures.cancelled, hours=format_decimal(figures.peer_hours, locale=t.locale), new=shown(figures.reached_new),
        returning=shown(figures.reached_returning), condoms=figures.condoms,
        lubricant=figures.lubricant, leaflets=figures.leaflets,
        referrals=", ".join(f"{t('directory-category', category=c)} {shown(v)}" for c, v in figures.referrals.items()) or t("outreach-none"),
        incidents=", ".join(f"{t('outreach-incident', kind=c)} {shown(v)}" for c, v in figures.incidents.items()) or t("outreach-none"),
    )  # fmt: skip
    # Per area, only the numbers about sessions and peers: counts about community members are
    # shown for all areas together, so no area's hidden count can be worked out by subtraction.
    for area in await context.services.directory.areas():
        local = await context.services.outreach.figures(viewer, month, area.name)
        if local is not None and local.planned:
            text += "\n" + t("outreach-figures-area", area=area.name, planned=local.planned,
                              held=local.held, cancelled=local.cancelled, hours=format_decimal(local.peer_hours, locale=t.locale))  # fmt: skip
    await answer_button(update)
    chat = update.effective_chat
    await chat.send_message(text, protect_content=True)
    labels = {key: t("outreach-report-field", field=key) for key in COUNT_FIELDS}
    labels.update(
        {key: t("outreach-chart-label", key=key) for key in ("planned", "held", "cancelled")}
    )
    labels["hidden"] = t("outreach-hidden")
    chart = figures_chart(figures, labels, month)
    await chat.send_photo(InputFile(chart, filename=f"figures-{month}.png"), protect_content=True)
    headers = {key: t("outreach-report-field", field=key) for key in COUNT_FIELDS}
    headers["hidden"] = t("outreach-hidden")
    csv_text = figures_csv([figures], headers)
    await chat.send_document(
        InputFile(csv_text.encode("utf-8"), filename=f"figures-{month}.csv"), protect_content=True
    )


# --- wiring -----------------------------------------------------------------------------------


async def cancel_flow(update: Update, context: BotContext) -> int:
    if context.user_data is not None:
        for key in ("plan", "move", "report"):
            context.user_data.pop(key, None)
    from bot.handlers import common as people

    return await people.cancel(update, context)


async def noop(update: Update, context: BotContext) -> None:
    """Calendar headers and blank days: nothing to do."""
    await answer_button(update)


def conversations() -> list[ConversationHandler]:
    typed = filters.TEXT & ~filters.COMMAND
    fallbacks = [CommandHandler("cancel", cancel_flow), CallbackQueryHandler(cancel_flow, pattern=r"^plan:cancel:yes$"),
                 CallbackQueryHandler(noop, pattern=r"^out:noop$"), MessageHandler(~filters.COMMAND, flow_hint)]  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBUserWarning)
        plan = ConversationHandler(
            entry_points=[
                CallbackQueryHandler(plan_start, pattern=r"^(?:out:plan|go:plan)$"),
                CommandHandler("plan", plan_start),
            ],
            states={
                PLAN_STEP: [
                    CallbackQueryHandler(plan_save, pattern=r"^plan:save:yes$"),
                    CallbackQueryHandler(
                        plan_step,
                        pattern=r"^plan:(kind|area|cal|day|start|length|peers|note|weeks):([\w-]{1,20})$",
                    ),
                ],
                PLAN_NOTE: [
                    MessageHandler(typed, plan_note_typed),
                    CallbackQueryHandler(plan_step, pattern=r"^plan:(note):(skip)$"),
                ],
            },
            fallbacks=fallbacks,
            name="plan",
            conversation_timeout=30 * 60,
        )
        move = ConversationHandler(
            entry_points=[CallbackQueryHandler(move_start, pattern=r"^move:go:(\d{1,12})$")],
            states={
                MOVE_STEP: [
                    CallbackQueryHandler(move_step, pattern=r"^move:(cal|day|start):([\w-]{1,20})$")
                ]
            },
            fallbacks=fallbacks,
            name="move",
            conversation_timeout=15 * 60,
        )
        report = ConversationHandler(
            entry_points=[CallbackQueryHandler(report_start, pattern=r"^out:rep:(\d{1,12})$")],
            states={
                REPORT_STEP: [
                    CallbackQueryHandler(report_digit, pattern=r"^rep:digit:(\d|del|ok)$"),
                    CallbackQueryHandler(report_tally, pattern=r"^rep:(ref|inc):([\w-]{1,20})$"),
                    CallbackQueryHandler(report_send, pattern=r"^rep:send:yes$"),
                ],
                REPORT_NOTE: [
                    MessageHandler(typed, report_note),
                    CallbackQueryHandler(report_note, pattern=r"^rep:note:skip$"),
                ],
            },
            fallbacks=fallbacks,
            name="report",
            conversation_timeout=30 * 60,
            allow_reentry=True,
        )
        note = ConversationHandler(
            entry_points=[CallbackQueryHandler(note_start, pattern=r"^note:go:(\d{1,12})$")],
            states={PLAN_NOTE: [MessageHandler(typed, note_typed)]},
            fallbacks=fallbacks,
            name="note",
            conversation_timeout=15 * 60,
        )
    return [plan, move, report, note]


def register(app: Application) -> None:
    app.add_handlers([
        *conversations(),
        CommandHandler("sessions", week_screen),
        CommandHandler("mine", my_sessions),
        CommandHandler("figures", figures_choose),
        CallbackQueryHandler(noop, pattern=r"^out:noop$"),
        CallbackQueryHandler(week_screen, pattern=r"^(?:out:week:(-?\d{1,3})|go:sessions)$"),
        CallbackQueryHandler(session_screen, pattern=r"^out:s:(\d{1,12})$"),
        CallbackQueryHandler(open_call, pattern=r"^out:call:(\d{1,12})$"),
        CallbackQueryHandler(area_choices, pattern=r"^out:areas:(\d{1,12})$"),
        CallbackQueryHandler(change_area, pattern=r"^out:area:(\d{1,12}):(\d{1,9})$"),
        CallbackQueryHandler(pick_peer, pattern=r"^out:pick:(\d{1,12})$"),
        CallbackQueryHandler(invite_one, pattern=r"^out:inv:(\d{1,12}):(\d{1,12})$"),
        CallbackQueryHandler(cancel_session, pattern=r"^out:(cancel|cancels):(\d{1,12})$"),
        CallbackQueryHandler(answer_invitation, pattern=r"^out:(yes|no):(\d{1,12})$"),
        CallbackQueryHandler(check, pattern=r"^out:(in|out|safe):(\d{1,12})$"),
        CallbackQueryHandler(my_sessions, pattern=r"^(?:out:mine|go:mine)$"),
        CallbackQueryHandler(peer_session, pattern=r"^out:p:(\d{1,12})$"),
        CallbackQueryHandler(calendar_file, pattern=r"^out:ics$"),
        CallbackQueryHandler(figures_choose, pattern=r"^(?:out:figs|go:figures)$"),
        CallbackQueryHandler(figures_show, pattern=r"^out:fig:(\d{4}-\d{2})$"),
    ])  # fmt: skip
