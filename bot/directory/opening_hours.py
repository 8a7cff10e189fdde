"""Weekly opening hours of a service: whether it is open at a moment, and the compact text format
("Mo-Fr 09:00-17:00; Sa 10:00-14:00") operators type and CSV imports carry.

All times in periods are local wall-clock times of the deployment's zone. Moments are compared as
UTC instants, because Python compares two datetimes sharing one tzinfo by wall time and ignores the
fold, which is wrong around daylight-saving changes.

Daylight-saving rules, applied the same way to opening and closing times:
- a wall time the clock skips when it goes forward (02:30 on a spring-forward night) means the moment
  the clock jumps, the first real instant after it; a period lying wholly inside the gap does not
  happen that night;
- a wall time the clock shows twice when it goes back means its first showing (fold=0), so a period
  01:30-02:30 on a fall-back night lasts one hour and is closed during the repeated 02:00-02:30.

A closure date closes the periods that start on that date. A Friday 22:00-02:00 period still runs
into a closed Saturday; a closed Friday removes it altogether.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from babel.core import UnknownLocaleError
from babel.dates import get_day_names

from bot.common.text import fold

__all__ = [
    "LOOKAHEAD",
    "Closure",
    "OpenStatus",
    "OpeningPeriod",
    "always_open",
    "format_hours",
    "open_status",
    "parse_hours",
    "weekly_summary",
    "whole_day",
]

_DAY_ABBREVIATIONS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_MIDNIGHT = time(0, 0)
LOOKAHEAD = timedelta(days=14)

# ASCII digits only: "\d" would also accept digits of other scripts.
_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})")


@dataclass(frozen=True, order=True)
class OpeningPeriod:
    """One stretch of opening on one weekday (0 = Monday ... 6 = Sunday).

    `closes <= opens` means the period runs past midnight into the next day; 00:00-00:00 is the
    whole day.
    """

    weekday: int
    opens: time
    closes: time

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0-6, not {self.weekday}")


@dataclass(frozen=True)
class Closure:
    """Holidays or a temporary closure, from `starts_on` to `ends_on` inclusive, local dates."""

    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class OpenStatus:
    """What the directory shows next to a service.

    `closes_at` is None while open if the service stays open throughout the next 14 days (24/7).
    `next_opening` is None while closed if it does not open within the next 14 days.
    """

    open_now: bool
    closes_at: datetime | None
    next_opening: datetime | None
    hours_known: bool


def open_status(
    periods: Sequence[OpeningPeriod], closures: Sequence[Closure], now: datetime, zone: ZoneInfo
) -> OpenStatus:
    """Whether the service is open at `now` (any aware datetime), with datetimes in `zone`."""
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if not periods:
        return OpenStatus(open_now=False, closes_at=None, next_opening=None, hours_known=False)

    now = now.astimezone(UTC)
    lookahead_ends = now + LOOKAHEAD
    today = now.astimezone(zone).date()
    # Yesterday's overnight period may still be running; days past the lookahead let a run of
    # back-to-back periods be followed beyond it.
    first_day, last_day = today - timedelta(days=1), today + LOOKAHEAD + timedelta(days=2)
    spans = _opening_spans(periods, closures, first_day, last_day, zone)

    # Back-to-back or overlapping periods (12:00-14:00 after 09:00-12:00, every day 00:00-00:00)
    # are one opening: it closes when the last of them ends.
    open_until = now
    for starts, ends in spans:
        if starts > open_until:
            break
        open_until = max(open_until, ends)
    if open_until > now:
        closes_at = None if open_until >= lookahead_ends else open_until.astimezone(zone)
        return OpenStatus(open_now=True, closes_at=closes_at, next_opening=None, hours_known=True)

    next_start = next((starts for starts, _ in spans if now < starts <= lookahead_ends), None)
    return OpenStatus(
        open_now=False,
        closes_at=None,
        next_opening=next_start.astimezone(zone) if next_start else None,
        hours_known=True,
    )


_ARABIC_PUNCTUATION = str.maketrans("؛،٠١٢٣٤٥٦٧٨٩", ";,0123456789")
_WORD = re.compile(r"[^\W\d_]+\.?")


@functools.cache
def _day_names(locale: str) -> dict[str, str]:
    """{a day's name as typed, folded: its code} from babel's wide, abbreviated and short names
    of the language ("lunes", "lun", "LU"; "Jumatatu"; "الاثنين", "إثنين")."""
    names: dict[str, str] = {}
    try:
        for width in ("wide", "abbreviated", "short"):
            for number, name in get_day_names(width, locale=locale.replace("-", "_")).items():
                names.setdefault(fold(name).rstrip("."), _DAY_ABBREVIATIONS[number])
    except (UnknownLocaleError, ValueError):
        pass
    return names


def hours_in_codes(text: str, locale: str) -> str:
    """Typed hours with the person's own day names ("lun-vie 9:00-17:00; sáb 10:00-14:00"),
    rewritten with the day codes `parse_hours` reads ("Mo-Fr 9:00-17:00; Sa 10:00-14:00");
    Arabic commas, semicolons and digits become Latin ones. Codes and unknown words stay."""
    names = _day_names(locale)

    def code(match: re.Match[str]) -> str:
        return names.get(fold(match.group(0)).rstrip("."), match.group(0))

    return _WORD.sub(code, text.translate(_ARABIC_PUNCTUATION))


def parse_hours(text: str) -> list[OpeningPeriod]:
    """Read the compact weekly format, e.g. "Mo-Fr 09:00-12:00,13:00-17:00; Sa-Mo 10:00-14:00".

    Rules are separated by ";". Days are two-letter names in any case, ranges (wrapping ones like
    Sa-Mo too) and lists; times are HH:MM-HH:MM separated by ",", with 24:00 allowed as a closing
    time. "24/7" is every day 00:00-00:00. Raises ValueError naming the bad part.
    """
    if not text.strip():
        return []
    periods = []
    for rule in text.split(";"):
        rule = rule.strip()
        if not rule:
            raise ValueError("empty rule between ';'")
        if "".join(rule.split()) == "24/7":
            periods += [OpeningPeriod(day, _MIDNIGHT, _MIDNIGHT) for day in range(7)]
            continue
        first_digit = re.search(r"[0-9]", rule)
        if first_digit is None:
            raise ValueError(f"missing times in '{rule}'")
        days_text, times_text = rule[: first_digit.start()], rule[first_digit.start() :]
        if not days_text.strip():
            raise ValueError(f"missing days in '{rule}'")
        days = _parse_days("".join(days_text.split()))
        times = [_parse_time_range(part) for part in "".join(times_text.split()).split(",")]
        periods += [OpeningPeriod(day, opens, closes) for day in days for opens, closes in times]
    return sorted(periods)


def whole_day(spans: Sequence[tuple[time, time]]) -> bool:
    """Hours of one day that are the whole day (00:00-00:00, or 00:00-24:00 as typed)."""
    return list(spans) == [(_MIDNIGHT, _MIDNIGHT)]


def always_open(periods: Sequence[OpeningPeriod]) -> bool:
    """Open every day, all day ("24/7")."""
    groups = weekly_summary(periods)
    return len(groups) == 1 and groups[0][0] == list(range(7)) and whole_day(groups[0][1])


def format_hours(periods: Sequence[OpeningPeriod]) -> str:
    """The canonical compact text of `periods`, read back unchanged by `parse_hours`.

    Times are written to the minute.
    """
    if always_open(periods):
        return "24/7"
    groups = weekly_summary(periods)
    rules = []
    for days, times in groups:
        day_names = _DAY_ABBREVIATIONS[days[0]]
        if len(days) > 1:
            day_names += "-" + _DAY_ABBREVIATIONS[days[-1]]
        time_ranges = ",".join(f"{opens:%H:%M}-{closes:%H:%M}" for opens, closes in times)
        rules.append(f"{day_names} {time_ranges}")
    return "; ".join(rules)


def weekly_summary(
    periods: Sequence[OpeningPeriod],
) -> list[tuple[list[int], list[tuple[time, time]]]]:
    """Runs of consecutive weekdays with the same hours, Monday first; days with no hours are left out.

    The week does not wrap: Sunday and the next Monday are never one run.
    """
    hours_by_day: list[list[tuple[time, time]]] = [[] for _ in range(7)]
    for period in sorted(periods):
        hours_by_day[period.weekday].append((period.opens, period.closes))

    groups: list[tuple[list[int], list[tuple[time, time]]]] = []
    for day, hours in enumerate(hours_by_day):
        if not hours:
            continue
        previous = groups[-1] if groups else None
        if previous and previous[0][-1] == day - 1 and previous[1] == hours:
            previous[0].append(day)
        else:
            groups.append(([day], hours))
    return groups


def _opening_spans(
    periods: Sequence[OpeningPeriod],
    closures: Sequence[Closure],
    first_day: date,
    last_day: date,
    zone: ZoneInfo,
) -> list[tuple[datetime, datetime]]:
    """(opens, closes) UTC instants of every period starting between the two local dates, in order."""
    spans = []
    day = first_day
    while day <= last_day:
        if not any(closure.starts_on <= day <= closure.ends_on for closure in closures):
            for period in periods:
                if period.weekday != day.weekday():
                    continue
                closes_on = day if period.closes > period.opens else day + timedelta(days=1)
                starts = _instant(day, period.opens, zone)
                ends = _instant(closes_on, period.closes, zone)
                # A period wholly inside a skipped hour never happens.
                if starts < ends:
                    spans.append((starts, ends))
        day += timedelta(days=1)
    return sorted(spans)


def _instant(day: date, wall_time: time, zone: ZoneInfo) -> datetime:
    """The UTC instant at which the clock in `zone` shows `wall_time` on `day` (rules above)."""
    local = datetime.combine(day, wall_time.replace(tzinfo=None), tzinfo=zone)
    # Wall times are whole minutes and zones change on whole minutes, so stepping a minute at a
    # time out of a skipped hour lands exactly on the jump.
    while not _clock_shows(local, zone):
        local += timedelta(minutes=1)
    return local.astimezone(UTC)


def _clock_shows(local: datetime, zone: ZoneInfo) -> bool:
    round_trip = local.astimezone(UTC).astimezone(zone)
    return round_trip.replace(tzinfo=None) == local.replace(tzinfo=None)


def _parse_days(text: str) -> list[int]:
    days: list[int] = []
    for part in text.split(","):
        if "-" in part:
            first_name, _, last_name = part.partition("-")
            first, last = _day_number(first_name), _day_number(last_name)
            # Wrapping ranges like Sa-Mo go on through Sunday.
            span = range(first, first + (last - first) % 7 + 1)
            new_days = [day % 7 for day in span]
        else:
            new_days = [_day_number(part)]
        days += [day for day in new_days if day not in days]
    return days


def _day_number(name: str) -> int:
    for number, abbreviation in enumerate(_DAY_ABBREVIATIONS):
        if name.lower() == abbreviation.lower():
            return number
    raise ValueError(f"unknown day '{name}'")


def _parse_time_range(text: str) -> tuple[time, time]:
    opens_text, dash, closes_text = text.partition("-")
    if not dash or "-" in closes_text:
        raise ValueError(f"bad time range '{text}'")
    return _parse_clock(opens_text, closing=False), _parse_clock(closes_text, closing=True)


def _parse_clock(text: str, *, closing: bool) -> time:
    match = _CLOCK.fullmatch(text)
    if match is None:
        raise ValueError(f"bad time '{text}'")
    hours, minutes = int(match[1]), int(match[2])
    if closing and (hours, minutes) == (24, 0):
        return _MIDNIGHT
    if hours > 23 or minutes > 59:
        raise ValueError(f"bad time '{text}'")
    return time(hours, minutes)
