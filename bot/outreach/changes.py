"""Changing a planned session: another time, another area, a new note, or cancelling it (one
occurrence or the rest of its series). Everyone on it is told through the outbox, in the same
transaction as the change; reminders move with the time or stop with the session.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from bot.common.refusal import NotAllowed
from bot.outreach.core import OutreachCore, iso, scrub_note
from bot.outreach.letters import LetterKind
from bot.outreach.reminders import reminder_times
from bot.people import Viewer
from storage import outreach as store


class Changes(OutreachCore):
    async def cancel(self, viewer: Viewer, session_id: int, whole_series: bool) -> int:
        """Cancel one occurrence or the rest of the series; everyone assigned is told at once.
        Returns how many were told (0 when it was cancelled already)."""
        session = await self.managed(viewer, session_id)
        if session.cancelled:
            return 0
        ids = [session_id]
        if whole_series and session.series_id is not None:
            ids = await store.sessions_in_series(
                self.database, session.series_id, iso(session.starts_at)
            )
        return await store.cancel_sessions(
            self.database, ids, iso(self.now()), tell=self._tell(LetterKind.CANCELLED)
        )

    async def move(self, viewer: Viewer, session_id: int, day: date, start: time) -> bool:
        """A new date or time; reminders move with it and everyone assigned is told. False
        (and nothing changed) when the new time has passed."""
        session = await self.managed(viewer, session_id)
        if session.cancelled:
            raise NotAllowed
        starts_at = self.local_start(day, start)
        if starts_at <= self.now():
            return False
        moved = replace(session, starts_at=starts_at)
        await store.move_session(
            self.database,
            session_id,
            iso(starts_at),
            reminder_times(moved, self.policy, self.now()),
            iso(self.now()),
            tell=self._tell(LetterKind.CHANGED),
        )
        return True

    async def change_note(self, viewer: Viewer, session_id: int, note: str) -> bool:
        """A new note (scrubbed of phone numbers and handles); False if it was cancelled."""
        session = await self.managed(viewer, session_id)
        if session.cancelled:
            return False
        await store.set_note(self.database, session_id, scrub_note(note))
        return True

    async def change_area(self, viewer: Viewer, session_id: int, area_id: int) -> int:
        """Another area, before the session starts; everyone assigned is told."""
        session = await self.managed(viewer, session_id)
        if session.cancelled or session.starts_at <= self.now():
            raise NotAllowed
        if not await store.area_exists(self.database, area_id):
            raise NotAllowed
        return await store.set_area(
            self.database, session_id, area_id, tell=self._tell(LetterKind.CHANGED)
        )
