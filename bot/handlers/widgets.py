"""Shared pickers, as pure functions of what they show: a month calendar, a time picker over all
24 hours, a number pad and paging. The caller passes the buttons each choice makes, so one widget
serves every flow (planning, moving a session, reports...).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Literal

from babel.dates import format_date, get_day_names

from bot.handlers.callbacks import Callback
from bot.handlers.screens import Button, Row, in_rows_of
from bot.i18n import Messages

BLANK = "·"
MAX_DIGITS = 4


@dataclass(frozen=True)
class Noop(Callback, prefix="noop"):
    """A button that only labels (a calendar's weekday names, blank days): answered, nothing else."""


def month_calendar(
    month: date,
    today: date,
    t: Messages,
    day: Callable[[date], Callback],
    show_month: Callable[[date], Callback],
) -> tuple[Row, ...]:
    """An inline month calendar; days before today are blank, and so are earlier months."""
    names = get_day_names("narrow", locale=t.locale)
    rows: list[Row] = [tuple(Button(names[i], Noop()) for i in range(7))]
    for week in calendar.Calendar().monthdatescalendar(month.year, month.month):
        rows.append(
            tuple(
                Button(BLANK, Noop())
                if d.month != month.month or d < today
                else Button(str(d.day), day(d))
                for d in week
            )
        )
    first = month.replace(day=1)
    previous = (first - timedelta(days=1)).replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    navigation: list[Button] = []
    if previous >= today.replace(day=1):
        navigation.append(Button(t("outreach-previous-month"), show_month(previous)))
    navigation.append(Button(format_date(first, "LLLL y", locale=t.locale), Noop()))
    navigation.append(Button(t("outreach-next-month"), show_month(following)))
    rows.append(tuple(navigation))
    return tuple(rows)


def time_slots(
    times: list[time], choose: Callable[[time], Callback], per_row: int = 4
) -> tuple[Row, ...]:
    """Start times as buttons, `per_row` to a row."""
    return in_rows_of([Button(f"{t.hour:02d}:{t.minute:02d}", choose(t)) for t in times], per_row)


PadKey = Literal["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "ok"]


def number_pad(t: Messages, key: Callable[[PadKey], Callback]) -> tuple[Row, ...]:
    digits = [Button(str(d), key(str(d))) for d in range(1, 10)]  # type: ignore[arg-type]
    return (
        *in_rows_of(digits, 3),
        (
            Button(t("outreach-delete-digit"), key("del")),
            Button("0", key("0")),
            Button(t("outreach-ok"), key("ok")),
        ),
    )


def press(typed: str, key: PadKey) -> str:
    """What the pad shows after a key (not for "ok"): digits up to MAX_DIGITS, no leading zero."""
    if key == "del":
        return typed[:-1]
    if key == "ok" or len(typed) >= MAX_DIGITS:
        return typed
    return (typed + key).lstrip("0")


def typed_number(text: str) -> int | None:
    """A count typed instead of tapped (a number pad also accepts that): 0 to 9999."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) > MAX_DIGITS:
        return None
    return int(digits)


def paging(t: Messages, page: int, more: bool, go: Callable[[int], Callback]) -> Row:
    """Previous / next buttons around a page of results (empty when there is only one page)."""
    buttons: list[Button] = []
    if page > 0:
        buttons.append(Button(t("common-previous"), go(page - 1)))
    if more:
        buttons.append(Button(t("common-next"), go(page + 1)))
    return tuple(buttons)
