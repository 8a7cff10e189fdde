"""What every part of outreach stands on: the database, the deployment's time zone and clock,
the reminder policy, and reading a session. Times are stored in UTC and planned in local time.

The concerns (planning, assignments, changes, reminders, reports) each add their methods to
`OutreachCore`; `bot.outreach.sessions.Outreach` puts them together.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.outbox import Outbox, Outgoing
from bot.common.refusal import NotAllowed
from bot.common.scrub import scrub
from bot.common.text import clean_text
from bot.outreach.letters import LetterKind, to_the_person
from bot.outreach.model import OutreachSession, ReminderPolicy, SessionKind
from bot.people import Role, Viewer
from storage import Database
from storage import outreach as store

NOTE_LIMIT = 300
PLANNING_HORIZON = timedelta(days=5 * 366)  # how far ahead a session (or a calendar) may go


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def scrub_note(text: str) -> str:
    """A note must not carry anyone's phone number or handle."""
    return scrub(clean_text(text))[:NOTE_LIMIT]


def session_of(row: Mapping[str, Any]) -> OutreachSession:
    return OutreachSession(
        id=row["id"],
        series_id=row["series_id"],
        kind=SessionKind(row["kind"]),
        area_id=row["area_id"],
        area_name=row["area_name"],
        starts_at=utc(row["starts_at"]),
        minutes=row["minutes"],
        peers_needed=row["peers_needed"],
        note=row["note"],
        cancelled=bool(row["cancelled"]),
        lead_person_id=row["lead_id"],
        confirmed=row["confirmed"],
        waiting=row["waiting"],
    )


@dataclass(frozen=True)
class OutreachCore:
    database: Database
    zone: ZoneInfo
    clock: Callable[[], datetime]
    policy: ReminderPolicy = field(default_factory=ReminderPolicy)
    k: int = 5

    # --- time --------------------------------------------------------------------------------

    def local_start(self, day: date, start: time) -> datetime:
        """A local wall-clock start as a UTC instant. A time skipped when clocks go forward is
        read with the offset before the change, so it lands as far past the jump as it was
        into the gap (02:30 on the night of 02:00 -> 03:00 becomes 03:30); a time that happens
        twice when clocks go back is its first occurrence."""
        return datetime.combine(day, start, tzinfo=self.zone).astimezone(UTC)

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def today(self) -> date:
        """Today in the deployment's time zone."""
        return self.now().astimezone(self.zone).date()

    def has_passed(self, day: date, start: time) -> bool:
        return self.local_start(day, start) <= self.now()

    def within_reach(self, day: date) -> bool:
        """A day a session may be planned on (or a calendar month shown from): from the first
        of this month up to the planning horizon."""
        today = self.today()
        return today.replace(day=1) <= day <= today + PLANNING_HORIZON

    # --- sessions ----------------------------------------------------------------------------

    async def session(self, session_id: int) -> OutreachSession | None:
        row = await store.get_session(self.database, session_id)
        return None if row is None else session_of(row)

    async def managed(self, viewer: Viewer, session_id: int) -> OutreachSession:
        """The session, if this viewer may manage it (a lead or an admin)."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        session = await self.session(session_id)
        if session is None:
            raise NotAllowed
        return session

    def _tell(self, kind: LetterKind, **codes: str) -> store.Tell:
        """How to write to each person a change reaches (a roster row, or a lead's row about a
        peer's place -> outbox rows)."""

        def tell(row: Mapping[str, Any]) -> list[dict[str, Any]]:
            return self._outbox_rows([to_the_person(kind, row, **codes)])

        return tell

    def _outbox_rows(self, letters: Sequence[Outgoing | None]) -> list[dict[str, Any]]:
        """Outbox rows for the letters that go (None: that person cannot be written to)."""
        return Outbox(self.database, self.clock).rows_for([x for x in letters if x is not None])
