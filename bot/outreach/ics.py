"""An iCalendar file of outreach sessions, for a peer's or a lead's own calendar app. Calendars
sync to other services and show on lock screens, so nothing in the file says what it is for:
neutral titles (the caller's), a neutral producer, and event ids that are keyed hashes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar

from bot.outreach.model import OutreachSession

__all__ = ["PRODUCT", "sessions_ics"]

PRODUCT = "-//Calendar//EN"


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("session times must be timezone-aware")
    return moment.astimezone(ZoneInfo("UTC"))


def sessions_ics(
    sessions: Sequence[OutreachSession],
    names: Mapping[str, str],
    calendar_name: str,
    uid: Callable[[int], str],
    now: datetime | None = None,
) -> bytes:
    """An iCalendar file with one event per session, times in UTC. Titles are
    `names[kind] · area`; the caller chooses neutral names, since calendars show titles in
    notifications and often sync to other services. `uid(session id)` names each event the
    same way every time (a calendar updates it rather than adding a copy) without saying what
    it is: a keyed hash. `now` sets DTSTAMP (default: the clock).
    """
    stamp = _utc(now) if now is not None else datetime.now(ZoneInfo("UTC"))
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("name", calendar_name)
    calendar.add("x-wr-calname", calendar_name)
    for session in sessions:
        event = icalendar.Event()
        event.add("uid", f"{uid(session.id)}@calendar")
        event.add("dtstamp", stamp)
        event.add("dtstart", _utc(session.starts_at))
        event.add("dtend", _utc(session.ends_at))
        event.add("summary", f"{names[session.kind.value]} · {session.area_name}")
        if session.note:
            event.add("description", session.note)
        event.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
        calendar.add_component(event)
    return calendar.to_ical()
