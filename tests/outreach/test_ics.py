"""The calendar file of sessions: one event per session, in UTC, stable ids, no injected lines."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from bot.outreach.ics import sessions_ics
from bot.outreach.model import OutreachSession, SessionKind

NAIROBI = ZoneInfo("Africa/Nairobi")  # UTC+3 all year


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


NAMES = {kind.value: f"Meeting ({kind.value})" for kind in SessionKind}


def uid(session_id: int) -> str:
    return f"{session_id * 7919:032x}"  # a stand-in for the keyed hash


def outreach_session(id: int, starts_at: datetime, **changes) -> OutreachSession:
    values = {
        "id": id,
        "series_id": None,
        "kind": SessionKind.OUTREACH_WALK,
        "area_id": 1,
        "area_name": "Eastleigh",
        "starts_at": starts_at,
        "minutes": 90,
        "peers_needed": 2,
        "note": "",
        "cancelled": False,
        "lead_person_id": 1,
    }
    return OutreachSession(**(values | changes))


def test_calendar_has_one_event_per_session_in_utc():
    sessions = [
        outreach_session(1, utc(2025, 2, 28, 21, 30), note="Meet at the pharmacy"),
        outreach_session(
            2,
            datetime(2025, 3, 10, 9, 0, tzinfo=NAIROBI),
            kind=SessionKind.TESTING_DAY,
            area_name="Kawangware",
            cancelled=True,
            minutes=120,
        ),
    ]
    data = sessions_ics(sessions, NAMES, "Team calendar", uid, now=utc(2025, 2, 1, 8, 0))
    assert b"DTSTART:20250228T213000Z" in data
    assert b"DTSTART:20250310T060000Z" in data  # 09:00 Nairobi

    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["X-WR-CALNAME"]) == "Team calendar"
    events = list(calendar.walk("VEVENT"))
    assert [str(e["UID"]) for e in events] == [f"{uid(1)}@calendar", f"{uid(2)}@calendar"]
    assert str(calendar["PRODID"]) == "-//Calendar//EN"  # says nothing of what it is for
    first, second = events
    assert first.decoded("DTSTART") == utc(2025, 2, 28, 21, 30)
    assert first.decoded("DTEND") == utc(2025, 2, 28, 23, 0)
    assert first.decoded("DTSTART").utcoffset() == timedelta(0)
    assert str(first["SUMMARY"]) == "Meeting (outreach-walk) · Eastleigh"
    assert str(first["DESCRIPTION"]) == "Meet at the pharmacy"
    assert str(first["STATUS"]) == "CONFIRMED"
    assert first.decoded("DTSTAMP") == utc(2025, 2, 1, 8, 0)

    assert second.decoded("DTSTART") == utc(2025, 3, 10, 6, 0)
    assert second.decoded("DTEND") == utc(2025, 3, 10, 8, 0)
    assert str(second["SUMMARY"]) == "Meeting (testing-day) · Kawangware"
    assert "DESCRIPTION" not in second
    assert str(second["STATUS"]) == "CANCELLED"


def test_calendar_uids_are_stable_across_exports():
    session = outreach_session(7, utc(2025, 3, 1, 6, 0))
    first = icalendar.Calendar.from_ical(sessions_ics([session], NAMES, "c", uid))
    moved = replace(session, note="moved to the clinic", starts_at=utc(2025, 3, 1, 8, 0))
    later = icalendar.Calendar.from_ical(sessions_ics([moved], NAMES, "c", uid))
    assert [str(e["UID"]) for e in first.walk("VEVENT")] == [
        str(e["UID"]) for e in later.walk("VEVENT")
    ]


def test_a_note_cannot_inject_calendar_lines():
    note = "bring leaflets\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged"
    data = sessions_ics([outreach_session(1, utc(2025, 3, 1, 6, 0), note=note)], NAMES, "c", uid)
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == 1
    assert str(events[0]["DESCRIPTION"]) == note.replace("\r\n", "\n")


def test_calendar_refuses_naive_times():
    with pytest.raises(ValueError, match="timezone-aware"):
        sessions_ics([outreach_session(1, datetime(2025, 3, 1, 9))], NAMES, "c", uid)
