"""Who is on a session: leads invite peers (one by one, or the whole area; to one session or the
rest of a weekly series), peers confirm or decline within the session's capacity (a waiting list
past it), check in (from an hour before the start to the end plus the check-out grace), check
out and say they are safe. Invitations and "a place opened" go out through the outbox with the
change itself; the lead hears when a confirmed peer declines, leaves the team or can no longer
be reached, with how many reachable peers the session still has.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.common.refusal import NotAllowed
from bot.outreach.core import OutreachCore, iso, session_of
from bot.outreach.letters import LetterKind, still_wanted
from bot.outreach.model import (
    MAX_SESSION_MINUTES,
    Assignment,
    AssignmentStatus,
    Check,
    CheckOutcome,
    PeerOut,
    PersonSession,
    Seat,
)
from bot.outreach.reminders import reminder_times
from bot.people import Viewer
from storage import outreach as store

CHECK_COLUMNS = {Check.IN: "checked_in_at", Check.OUT: "checked_out_at", Check.SAFE: "safe_at"}


@dataclass(frozen=True)
class SeriesAnswer:
    """A peer's one answer to the invitations of a series: on how many sessions they are."""

    confirmed: int
    waiting: int


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

    async def invite(
        self,
        viewer: Viewer,
        session_id: int,
        person_ids: list[int] | None,
        whole_series: bool = False,
    ) -> int:
        """Invite chosen peers, or (None) open the call to every active peer of the area; to
        this session, or (`whole_series`) to it and the later sessions of its series, with one
        letter each. Returns how many were newly invited (and written to)."""
        session = await self.managed(viewer, session_id)
        if session.cancelled:
            return 0
        ids = [session_id]
        kind = LetterKind.INVITATION
        if whole_series and session.series_id is not None:
            since = max(session.starts_at, self.now() + timedelta(microseconds=1))
            ids = await store.sessions_in_series(self.database, session.series_id, iso(since))
            if not ids:
                return 0
            if len(ids) > 1:
                kind = LetterKind.INVITATION_SERIES
        peers = await store.active_peers(
            self.database, session.area_id if person_ids is None else None
        )
        chosen = [p for p in peers if person_ids is None or p["person_id"] in person_ids]
        return await store.invite(
            self.database, ids, chosen, iso(self.now()), tell=self._tell(kind)
        )

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
            tell_lead=self._tell(LetterKind.PEER_OUT, why=PeerOut.DECLINED.value),
        )
        if status is None:
            raise NotAllowed
        return AssignmentStatus(status)

    async def open_invitations(self, session_id: int, person_id: int) -> list[int]:
        """The sessions of a series, from this one on and not yet started, whose invitation
        this person has not answered (just this one, outside a series)."""
        ids = await store.series_invitations(self.database, session_id, person_id)
        sessions = [await self.session(i) for i in ids]
        return [s.id for s in sessions if s is not None and s.starts_at > self.now()]

    async def respond_to_series(self, viewer: Viewer, session_id: int, yes: bool) -> SeriesAnswer:
        """One answer to every open invitation of a series, from this session on."""
        if viewer.person_id is None:
            raise NotAllowed
        ids = await self.open_invitations(session_id, viewer.person_id)
        if not ids:
            raise NotAllowed
        answers = [await self.respond(viewer, i, yes) for i in ids]
        return SeriesAnswer(
            sum(1 for a in answers if a is AssignmentStatus.CONFIRMED),
            sum(1 for a in answers if a is AssignmentStatus.WAITING),
        )

    async def release_departed(self) -> int:
        """People whose role ended (deactivated, or left at a quick exit) leave the sessions
        that have not started: a place they held goes to the first one waiting, and the lead
        hears of it. Returns how many places were released."""
        now = self.now()
        released = 0
        for session_id, person_id in await store.departed_seats(self.database, iso(now)):
            session = await self.session(session_id)
            if session is None:
                continue
            await store.respond(
                self.database,
                session_id,
                person_id,
                confirm=False,
                now=iso(now),
                reminders=reminder_times(session, self.policy, now),
                tell_promoted=self._tell(LetterKind.PROMOTED),
                tell_lead=self._tell(LetterKind.PEER_OUT, why=PeerOut.LEFT.value),
            )
            released += 1
        return released

    async def peer_unreachable(self, telegram_id: int) -> int:
        """This person blocked the bot: the lead of each coming or running session they are
        confirmed on is told. Their reminders stay: each is decided when due, so they go again
        once the person writes to the bot again."""
        now = self.now()
        longest = timedelta(minutes=MAX_SESSION_MINUTES) + self.policy.checkout_grace
        told = 0
        for session_id, person_id in await store.confirmed_seats_of(
            self.database, telegram_id, iso(now - longest)
        ):
            session = await self.session(session_id)
            if session is None or session.ends_at + self.policy.checkout_grace <= now:
                continue
            told += await store.tell_leads(
                self.database,
                session_id,
                person_id,
                self._tell(LetterKind.PEER_OUT, why=PeerOut.UNREACHABLE.value),
            )
        return told

    async def reachable_peers(self, session_id: int) -> int:
        """Confirmed peers of a session who still have a role and can be written to."""
        return await store.reachable_confirmed(self.database, session_id)

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

    async def check(self, viewer: Viewer, session_id: int, what: Check) -> CheckOutcome:
        """Check in, check out, or answer "I am safe"; only for a confirmed peer, from an hour
        before the start (before that it would silence "are you safe?" for a session days
        away); a check-in only until the end plus the check-out grace."""
        if viewer.person_id is None:
            raise NotAllowed
        session = await self.session(session_id)
        seat = await store.seat(self.database, session_id, viewer.person_id)
        if session is None or seat is None or seat["status"] != AssignmentStatus.CONFIRMED:
            raise NotAllowed
        now = self.now()
        if now < session.starts_at - self.policy.check_in_opens:
            return CheckOutcome.EARLY
        if what is Check.IN and now > session.ends_at + self.policy.checkout_grace:
            return CheckOutcome.CLOSED
        done = await store.record_check(
            self.database, session_id, viewer.person_id, CHECK_COLUMNS[what], iso(now)
        )
        if not done:
            raise NotAllowed
        return CheckOutcome.NOTED

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
