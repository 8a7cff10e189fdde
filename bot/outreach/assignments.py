"""Who is on a session: leads invite peers (one by one, or the whole area), peers confirm or
decline within the session's capacity (a waiting list past it), check in, check out and say they
are safe. Invitations and "a place opened" go out through the outbox with the change itself.
"""

from __future__ import annotations

from datetime import timedelta

from bot.common.refusal import NotAllowed
from bot.outreach.core import OutreachCore, iso, session_of
from bot.outreach.letters import LetterKind, still_wanted
from bot.outreach.model import (
    Assignment,
    AssignmentStatus,
    Check,
    PersonSession,
    Seat,
)
from bot.outreach.reminders import reminder_times
from bot.people import Viewer
from storage import outreach as store

CHECK_COLUMNS = {Check.IN: "checked_in_at", Check.OUT: "checked_out_at", Check.SAFE: "safe_at"}


class Assignments(OutreachCore):
    async def candidates(self, viewer: Viewer, session_id: int) -> list[tuple[int, str]]:
        """(person id, alias) of active peers a lead may invite: the session's area first."""
        session = await self.managed(viewer, session_id)
        local = await store.active_peers(self.database, session.area_id)
        everyone = await store.active_peers(self.database, None)
        seen = {p["person_id"] for p in local}
        return [
            (p["person_id"], p["alias"])
            for p in local + [p for p in everyone if p["person_id"] not in seen]
        ]

    async def invite(self, viewer: Viewer, session_id: int, person_ids: list[int] | None) -> int:
        """Invite chosen peers, or (None) open the call to every active peer of the area.
        Returns how many were newly invited (and written to)."""
        session = await self.managed(viewer, session_id)
        if session.cancelled:
            return 0
        peers = await store.active_peers(
            self.database, session.area_id if person_ids is None else None
        )
        chosen = [
            {**p, "session_id": session_id}
            for p in peers
            if person_ids is None or p["person_id"] in person_ids
        ]
        invited = await store.invite(
            self.database,
            session_id,
            chosen,
            iso(self.now()),
            tell=self._tell(LetterKind.INVITATION),
        )
        return invited

    async def respond(self, viewer: Viewer, session_id: int, confirm: bool) -> AssignmentStatus:
        """A peer's answer to an invitation; only someone on the session, before it starts.
        A confirmed peer who declines gives their place to the first one waiting, who is told."""
        session = await self.session(session_id)
        if session is None or viewer.person_id is None or session.starts_at <= self.now():
            raise NotAllowed
        status = await store.respond(
            self.database,
            session_id,
            viewer.person_id,
            confirm=confirm,
            now=iso(self.now()),
            reminders=reminder_times(session, self.policy, self.now()),
            tell_promoted=self._tell(LetterKind.PROMOTED),
        )
        if status is None:
            raise NotAllowed
        return AssignmentStatus(status)

    async def roster(self, viewer: Viewer, session_id: int) -> list[Assignment]:
        await self.managed(viewer, session_id)
        return [
            Assignment(
                session_id,
                r["person_id"],
                r["alias"],
                AssignmentStatus(r["status"]),
                r["checked_in_at"] is not None,
                r["checked_out_at"] is not None,
            )
            for r in await store.roster(self.database, session_id)
        ]

    async def check(self, viewer: Viewer, session_id: int, what: Check) -> None:
        """Check in, check out, or answer "I am safe"; only for a confirmed peer."""
        if viewer.person_id is None:
            raise NotAllowed
        done = await store.record_check(
            self.database, session_id, viewer.person_id, CHECK_COLUMNS[what], iso(self.now())
        )
        if not done:
            raise NotAllowed

    async def my_sessions(self, viewer: Viewer, days_back: int = 2) -> list[PersonSession]:
        """A person's sessions from `days_back` days ago on, and their part in each."""
        if viewer.person_id is None:
            raise NotAllowed
        since = iso(self.now() - timedelta(days=days_back))
        rows = await store.sessions_of_person(self.database, viewer.person_id, since)
        return [PersonSession(session_of(r), AssignmentStatus(r["status"])) for r in rows]

    async def my_session(self, viewer: Viewer, session_id: int) -> PersonSession:
        """One of the person's own recent or coming sessions."""
        for mine in await self.my_sessions(viewer):
            if mine.session.id == session_id:
                return mine
        raise NotAllowed

    async def seat(self, session_id: int, person_id: int) -> Seat | None:
        """A person's place on a session (for a letter about it), None if there is no session."""
        session = await self.session(session_id)
        row = await store.seat(self.database, session_id, person_id)
        if session is None or row is None:
            return None
        status = row["status"]
        return Seat(
            session,
            person_id,
            row["alias"],
            None if status is None else AssignmentStatus(status),
            row["checked_in_at"] is not None,
            row["checked_out_at"] is not None,
            row["safe_at"] is not None,
        )

    async def letter_seat(self, kind: LetterKind, session_id: int, person_id: int) -> Seat | None:
        """What a queued letter is about, or None when it is no longer wanted."""
        seat = await self.seat(session_id, person_id)
        if seat is None or not still_wanted(kind, seat, self.now()):
            return None
        return seat
