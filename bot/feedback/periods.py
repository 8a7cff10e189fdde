"""Time in feedback: rows carry only an ISO week (DESIGN rule 2), so a reporting period (a month
or a quarter) is the set of weeks whose Thursday falls in it, the ISO rule that also decides a
week's year. Only periods that are over may be reported (DESIGN rule 5).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = [
    "iso_week",
    "last_periods",
    "period_is_over",
    "previous_period",
    "weeks_back",
    "weeks_of",
]

_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_THURSDAY = 3  # date.weekday()


def iso_week(day: date) -> str:
    """The ISO week of `day`, e.g. 2026-W10: the finest time a feedback row holds."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weeks_back(day: date, span: timedelta) -> list[str]:
    """The ISO weeks touching the `span` before `day`, oldest first."""
    weeks: list[str] = []
    current = day - span
    while current <= day:
        week = iso_week(current)
        if week not in weeks:
            weeks.append(week)
        current += timedelta(days=1)
    return weeks


def _year_and_months(period: str) -> tuple[int, list[int]]:
    if match := _MONTH.fullmatch(period):
        return int(match[1]), [int(match[2])]
    if match := _QUARTER.fullmatch(period):
        first = 3 * int(match[2]) - 2
        return int(match[1]), [first, first + 1, first + 2]
    raise ValueError(f"a period is YYYY-MM or YYYY-Qn, got {period!r}")


def _thursdays(year: int, month: int) -> list[date]:
    day = date(year, month, 1)
    day += timedelta(days=(_THURSDAY - day.weekday()) % 7)
    found = []
    while day.month == month:
        found.append(day)
        day += timedelta(days=7)
    return found


def weeks_of(period: str) -> list[str]:
    """The ISO weeks (YYYY-Www) whose Thursday falls in the month or quarter, in order.

    Every week belongs to exactly one month, so months never overlap and a quarter is its three
    months. 2026-W53 (Thursday 31 December) is December 2026; 2021-01 does not hold 2020-W53
    even though 1 January 2021 falls in it.
    """
    year, months = _year_and_months(period)
    return [iso_week(thursday) for month in months for thursday in _thursdays(year, month)]


def previous_period(period: str) -> str:
    """The month before a month, the quarter before a quarter."""
    year, months = _year_and_months(period)
    if len(months) == 1:
        return f"{year - 1}-12" if months[0] == 1 else f"{year}-{months[0] - 1:02d}"
    quarter = (months[0] + 2) // 3
    return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"


def period_is_over(period: str, today: date) -> bool:
    """True once the last week of the period has ended (its Sunday is before `today`).

    Only such periods should be reported: a report of a period still open changes as people
    write, and two reports of it a week apart subtract to that week's submissions.
    """
    year, months = _year_and_months(period)
    last_sunday = _thursdays(year, months[-1])[-1] + timedelta(days=3)
    return last_sunday < today


def last_periods(today: date, count: int) -> list[str]:
    """For a picker: the `count` latest months that are over, newest first, then the `count`
    latest quarters that are over, newest first."""
    months: list[str] = []
    year, month = today.year, today.month
    while len(months) < count:
        period = f"{year}-{month:02d}"
        if period_is_over(period, today):
            months.append(period)
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    quarters: list[str] = []
    period = f"{today.year}-Q{(today.month + 2) // 3}"
    while len(quarters) < count:
        if period_is_over(period, today):
            quarters.append(period)
        period = previous_period(period)
    return months + quarters
