"""What feedback writes to leads unasked: the note that repeated reports of discrimination sent
a service back to review.

It is queued for the start of the next ISO week in the deployment's time zone, never at the
moment of the report that reached the threshold: rows hold no time finer than the week (DESIGN
rule 2), and a note sent at once would date that report to the minute. It carries the service id
only; its first line is neutral (a locked phone shows it), and the service and the count come
after a tap.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.common.outbox import Outgoing, Priority, Purpose

FLAGGED_LETTER = "feedback.flagged"


def start_of_next_week(now: datetime, zone: ZoneInfo) -> datetime:
    """Monday 00:00 after `now`, in `zone` (the start of the next ISO week there)."""
    today = now.astimezone(zone).date()
    monday = today + timedelta(days=7 - today.weekday())
    return _midnight(monday, zone)


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


def flagged_letters(
    contacts: Iterable[tuple[int, str]], service_id: int, week: str, not_before: datetime
) -> list[Outgoing]:
    """One note per lead or admin (`contacts`: chat id and locale) about a service sent back to
    review in ISO `week`, due at `not_before`. Queued twice, it goes once."""
    return [
        Outgoing(
            chat_id,
            locale,
            FLAGGED_LETTER,
            {"service": service_id},
            purpose=Purpose.TEAM,
            priority=Priority.NOTIFY,
            not_before=not_before,
            dedupe=f"{FLAGGED_LETTER}:{service_id}:{week}:{chat_id}",
        )
        for chat_id, locale in contacts
    ]
