"""The steps of the outreach forms, as pure screens: planning a session (kind, area, day, start,
length, peers, note, repeat, review), changing its time (day, start) and a report (number pads,
tallies, note, review), and what a form says when it has closed. What each step offers is here
too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, time
from typing import Literal
from zoneinfo import ZoneInfo

from bot.directory.core import Category
from bot.handlers.callbacks import Callback
from bot.handlers.menu import back_to_menu
from bot.handlers.outreach.buttons import (
    PlanArea,
    PlanKind,
    PlanLength,
    PlanPeers,
    PlanQuit,
    PlanRepeat,
    PlanSave,
    PlanSkipNote,
    ReportIncident,
    ReportKey,
    ReportReferral,
    ReportSend,
    ReportSkipNote,
    ReportTallyDone,
)
from bot.handlers.outreach.figure_screens import tally
from bot.handlers.outreach.screens import length, session_text
from bot.handlers.screens import Button, Screen, in_pairs, in_rows_of, one_per_row, rows
from bot.handlers.widgets import month_calendar, number_pad, time_slots
from bot.i18n import Messages
from bot.outreach.model import IncidentKind, OutreachSession, SessionKind, SessionReport

HOURS = range(24)  # night outreach is common: every hour of the day can start a session
MINUTES = (0, 15, 30, 45)
HOURS_PER_ROW = 6
LENGTHS = (60, 90, 120, 180, 240, 360)
PEER_COUNTS = (2, 3, 4, 5, 6, 8, 10)
REPEAT_WEEKS = (1, 4, 8, 12)
Tally = Literal["referrals", "incidents"]


# --- planning --------------------------------------------------------------------------------


def kinds(t: Messages) -> Screen:
    return Screen(
        t("outreach-plan-kind"),
        in_pairs([Button(t("outreach-kind", kind=k.value), PlanKind(k)) for k in SessionKind]),
    )


def no_areas(t: Messages) -> Screen:
    return Screen(t("outreach-no-areas"), rows(back_to_menu(t)))


def areas(choices: Sequence[tuple[int, str]], t: Messages) -> Screen:
    return Screen(
        t("outreach-plan-area"), in_pairs([Button(name, PlanArea(i)) for i, name in choices])
    )


def day(
    month: date,
    today: date,
    t: Messages,
    choose: Callable[[date], Callback],
    show_month: Callable[[date], Callback],
) -> Screen:
    """The calendar of `month`, days before today not to be chosen."""
    return Screen(t("outreach-plan-day"), month_calendar(month, today, t, choose, show_month))


def start(
    t: Messages,
    choose: Callable[[time], Callback],
    show_minute: Callable[[int], Callback],
    minute: int = 0,
    *,
    passed: bool = False,
) -> Screen:
    """A compact picker of start times over all 24 hours: every hour at `minute` past it (four
    rows), and a row to switch the minutes. Again, when the one chosen has passed."""
    text = t("outreach-plan-past") if passed else t("outreach-plan-start")
    hours = time_slots([time(hour, minute) for hour in HOURS], choose, per_row=HOURS_PER_ROW)
    minutes = tuple(
        Button(("✓ " if m == minute else "") + f":{m:02d}", show_minute(m)) for m in MINUTES
    )
    return Screen(text, (*hours, minutes))


def lengths(t: Messages) -> Screen:
    buttons = [Button(length(m, t), PlanLength(m)) for m in LENGTHS]
    return Screen(t("outreach-plan-length"), in_rows_of(buttons, 3))


def peers(t: Messages) -> Screen:
    buttons = [Button(str(n), PlanPeers(n)) for n in PEER_COUNTS]
    return Screen(t("outreach-plan-peers"), in_rows_of(buttons, 4))


def note(t: Messages) -> Screen:
    return Screen(t("outreach-plan-note"), rows(Button(t("directory-skip"), PlanSkipNote())))


def repeat(t: Messages) -> Screen:
    buttons = [
        Button(
            t("outreach-repeat-once") if w == 1 else t("outreach-repeat-weeks", weeks=w),
            PlanRepeat(w),
        )
        for w in REPEAT_WEEKS
    ]
    return Screen(t("outreach-plan-repeat"), one_per_row(buttons))


def review(first: OutreachSession, weeks: int, zone: ZoneInfo, t: Messages) -> Screen:
    """The plan as it will be saved: its first session, and how many weeks it repeats."""
    text = t("outreach-plan-review") + "\n\n" + session_text(first, zone, t)
    if weeks > 1:
        text += "\n" + t("outreach-repeat-weeks", weeks=weeks)
    return Screen(
        text,
        rows(Button(t("outreach-plan-save"), PlanSave()), Button(t("common-back"), PlanQuit())),
    )


# --- a report --------------------------------------------------------------------------------


def count(field: str, typed: str, t: Messages, *, not_a_number: bool = False) -> Screen:
    """One count of the report on a number pad (a typed number is taken too), showing what
    was entered so far."""
    text = t(
        "outreach-report-number", field=t("outreach-report-field", field=field), value=typed or "0"
    )
    if not_a_number:
        text = t("outreach-report-type-number") + "\n\n" + text
    return Screen(text, number_pad(t, ReportKey))


def tallies(which: Tally, counts: Mapping[str, int], t: Messages) -> Screen:
    """Referrals by category, or incidents by kind: one tap adds one."""
    buttons: list[Button]
    if which == "referrals":
        prompt = t("outreach-report-referrals")
        buttons = [
            Button(
                f"{t('directory-category', category=c.value)} · {counts.get(c.value, 0)}",
                ReportReferral(c),
            )
            for c in Category
        ]
    else:
        prompt = t("outreach-report-incidents")
        buttons = [
            Button(
                f"{t('outreach-incident', kind=k.value)} · {counts.get(k.value, 0)}",
                ReportIncident(k),
            )
            for k in IncidentKind
        ]
    done = Button(t("directory-done"), ReportTallyDone(which))
    return Screen(prompt, (*in_pairs(buttons), (done,)))


def report_note(t: Messages) -> Screen:
    return Screen(t("outreach-report-note"), rows(Button(t("directory-skip"), ReportSkipNote())))


def closed(t: Messages, again: Callback) -> Screen:
    """A form whose draft is gone (it waited too long, or the bot restarted): nothing was
    saved, and the way to start again."""
    return Screen(
        t("outreach-form-closed"),
        rows(Button(t("outreach-start-again"), again), back_to_menu(t)),
    )


def report_review(report: SessionReport, t: Messages) -> Screen:
    summary = "\n".join(
        [
            t(
                "outreach-report-summary",
                new=report.reached_new,
                returning=report.reached_returning,
                condoms=report.condoms,
                lubricant=report.lubricant,
                leaflets=report.leaflets,
            ),
            t(
                "outreach-report-lists",
                referrals=tally(dict(report.referrals), t, "referrals"),
                incidents=tally(dict(report.incidents), t, "incidents"),
            ),
        ]
    )
    return Screen(
        t("outreach-report-review") + "\n\n" + summary,
        rows(Button(t("outreach-report-send"), ReportSend(report.session_id))),
    )
