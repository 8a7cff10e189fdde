"""Outreach sessions: leads plan who goes where and when, peers confirm, reminders and safety
check-ins come from the database (so a restart loses none), and peers report what came of it.

Times are stored in UTC and planned in the deployment's local time. Plain dataclasses in and out;
the adapter sends the `Outgoing` messages this module decides on, then reports back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.scrub import scrub
from bot.common.text import clean_text
from bot.outreach.model import (
    Assignment,
    AssignmentStatus,
    MonthlyFigures,
    OutreachSession,
    ReminderKind,
    SessionFacts,
    SessionKind,
    SessionPlan,
    SessionReport,
)
from bot.people import Role, Viewer
from storage import Database
from storage import outreach as store
from storage import people as people_store

NOTE_LIMIT = 300
MAX_WEEKS = 26
REPORT_EDIT_WINDOW = timedelta(hours=48)
COUNT_LIMIT = 10_000


@dataclass(frozen=True)
class ReminderPolicy:
    hours_before: tuple[int, ...] = (24, 1)
    grace: timedelta = timedelta(hours=1)  # a late reminder within this is still sent, once
    checkout_grace: timedelta = timedelta(minutes=30)  # after the end, then "are you safe?"
    answer_wait: timedelta = timedelta(minutes=15)  # then the lead is alerted
    min_peers: int = 2  # street outreach in pairs


@dataclass(frozen=True)
class Outgoing:
    """A message the adapter must send: a reminder, an invitation, a change or an alert."""

    kind: str  # a ReminderKind value, or "invitation", "promoted", "cancelled", "changed"
    telegram_id: int
    locale: str
    session: OutreachSession
    person_id: int
    reminder_id: int | None = None
    alias: str | None = None  # the peer a lead alert is about


@dataclass(frozen=True)
class PersonSession:
    session: OutreachSession
    status: AssignmentStatus


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def scrub_note(text: str) -> str:
    """A note must not carry anyone's phone number or handle."""
    return scrub(clean_text(text))[:NOTE_LIMIT]


@dataclass(frozen=True)
class Outreach:
    database: Database
    zone: ZoneInfo
    clock: Callable[[], datetime]
    policy: ReminderPolicy = ReminderPolicy()
    k: int = 5

    # --- time ------------------------------------------------------------------------------

    def local_start(self, day: date, start: time) -> datetime:
        """A local wall-clock start as a UTC instant. A time skipped when clocks go forward is
        read with the offset before the change, so it lands as far past the jump as it was
        into the gap (02:30 on the night of 02:00 -> 03:00 becomes 03:30); a time that happens
        twice when clocks go back is its first occurrence."""
        return datetime.combine(day, start, tzinfo=self.zone).astimezone(UTC)

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def _session(self, row: dict[str, Any]) -> OutreachSession:
        return OutreachSession(
            id=row["id"],
            series_id=row["series_id"],
            kind=SessionKind(row["kind"]),
            area_id=row["area_id"],
            area_name=row["area_name"],
            starts_at=_utc(row["starts_at"]),
            minutes=row["minutes"],
            peers_needed=row["peers_needed"],
            note=row["note"],
            cancelled=bool(row["cancelled"]),
            lead_person_id=row["lead_id"],
            confirmed=row["confirmed"],
            waiting=row["waiting"],
        )

    # --- planning ----------------------------------------------------------------------------

    async def schedule(self, viewer: Viewer, plan: SessionPlan) -> list[OutreachSession]:
        """One session or a weekly series; nothing in the past, at least `min_peers` peers."""
        if not viewer.role.at_least(Role.LEAD) or viewer.person_id is None:
            return []
        first = self.local_start(plan.day, plan.start)
        if first <= self.now() or plan.minutes <= 0:
            return []
        days = [plan.day]
        if plan.weekly_until is not None:
            day = plan.day + timedelta(weeks=1)
            while day <= plan.weekly_until and len(days) < MAX_WEEKS:
                days.append(day)
                day += timedelta(weeks=1)
        rows = [
            {
                "kind": plan.kind.value,
                "area_id": plan.area_id,
                "starts_at": _iso(self.local_start(day, plan.start)),
                "minutes": plan.minutes,
                "peers_needed": max(plan.peers_needed, self.policy.min_peers),
                "note": scrub_note(plan.note),
                "lead_id": viewer.person_id,
                "created_at": _iso(self.now()),
            }
            for day in days
        ]
        ids = await store.insert_sessions(self.database, rows)
        return [s for s in [await self.session(i) for i in ids] if s is not None]

    async def session(self, session_id: int) -> OutreachSession | None:
        row = await store.get_session(self.database, session_id)
        return None if row is None else self._session(row)

    async def _led(self, viewer: Viewer, session_id: int) -> OutreachSession | None:
        """The session, if this viewer may manage it (a lead or an admin)."""
        if not viewer.role.at_least(Role.LEAD):
            return None
        return await self.session(session_id)

    def reminder_times(self, session: OutreachSession) -> list[tuple[str, str]]:
        """When a confirmed peer hears from us: before the start, "are you safe?" after the
        end, and the prompt to report."""
        now = self.now()
        times = []
        for hours, kind in zip(self.policy.hours_before,
                               (ReminderKind.DAY_BEFORE, ReminderKind.HOUR_BEFORE), strict=False):  # fmt: skip
            due = session.starts_at - timedelta(hours=hours)
            if due > now:
                times.append((kind.value, _iso(due)))
        times.append(
            (ReminderKind.SAFETY_CHECK.value, _iso(session.ends_at + self.policy.checkout_grace))
        )
        times.append((ReminderKind.REPORT_PROMPT.value, _iso(session.ends_at)))
        return times

    async def candidates(self, viewer: Viewer, session_id: int) -> list[tuple[int, str]]:
        """(person id, alias) of active peers a lead may invite: the session's area first."""
        session = await self._led(viewer, session_id)
        if session is None:
            return []
        local = await store.active_peers(self.database, session.area_id)
        everyone = await store.active_peers(self.database, None)
        seen = {p["person_id"] for p in local}
        return [
            (p["person_id"], p["alias"])
            for p in local + [p for p in everyone if p["person_id"] not in seen]
        ]

    async def invite(
        self, viewer: Viewer, session_id: int, person_ids: list[int] | None
    ) -> list[Outgoing]:
        """Invite chosen peers, or (None) open the call to every active peer of the area."""
        session = await self._led(viewer, session_id)
        if session is None or session.cancelled:
            return []
        peers = await store.active_peers(
            self.database, session.area_id if person_ids is None else None
        )
        chosen = [p for p in peers if person_ids is None or p["person_id"] in person_ids]
        invited = await store.invite(
            self.database, session_id, [p["person_id"] for p in chosen], _iso(self.now())
        )
        return [
            Outgoing("invitation", p["telegram_id"], p["locale"] or "en", session, p["person_id"])
            for p in chosen
            if p["person_id"] in invited and p["telegram_id"] is not None
        ]

    async def respond(
        self, viewer: Viewer, session_id: int, confirm: bool
    ) -> tuple[AssignmentStatus | None, Outgoing | None]:
        """A peer's answer to an invitation. Only someone on the session can answer."""
        session = await self.session(session_id)
        if session is None or viewer.person_id is None or session.starts_at <= self.now():
            return None, None
        status, promoted = await store.respond(
            self.database, session_id, viewer.person_id, confirm=confirm,
            now=_iso(self.now()), reminders=self.reminder_times(session),
        )  # fmt: skip
        if status is None:
            return None, None
        told = None
        if promoted is not None:
            contact = await people_store.find_active_by_id(self.database, promoted)
            if contact is not None and contact.telegram_id is not None:
                told = Outgoing("promoted", contact.telegram_id, contact.locale or "en",
                                session, promoted)  # fmt: skip
        return AssignmentStatus(status), told

    async def roster(self, viewer: Viewer, session_id: int) -> list[Assignment]:
        if await self._led(viewer, session_id) is None:
            return []
        return [
            Assignment(session_id, r["person_id"], r["alias"], AssignmentStatus(r["status"]),
                       r["checked_in_at"] is not None, r["checked_out_at"] is not None)
            for r in await store.roster(self.database, session_id)
        ]  # fmt: skip

    async def _everyone_on(self, session: OutreachSession, kind: str) -> list[Outgoing]:
        return [
            Outgoing(kind, r["telegram_id"], r["locale"] or "en", session, r["person_id"])
            for r in await store.roster(self.database, session.id)
            if r["status"] != "declined" and r["telegram_id"] is not None and not r["unreachable"]
        ]

    async def cancel(self, viewer: Viewer, session_id: int, whole_series: bool) -> list[Outgoing]:
        """Cancel one occurrence or the rest of the series; everyone assigned is told at once."""
        session = await self._led(viewer, session_id)
        if session is None or session.cancelled:
            return []
        ids = [session_id]
        if whole_series and session.series_id is not None:
            ids = await store.sessions_in_series(
                self.database, session.series_id, _iso(session.starts_at)
            )
        told: list[Outgoing] = []
        for one in ids:
            target = await self.session(one)
            if target is not None:
                told += await self._everyone_on(target, "cancelled")
        await store.cancel_sessions(self.database, ids, _iso(self.now()))
        return told

    async def move(self, viewer: Viewer, session_id: int, day: date, start: time) -> list[Outgoing]:
        """A new date or time; reminders move with it and everyone assigned is told."""
        session = await self._led(viewer, session_id)
        starts_at = self.local_start(day, start)
        if session is None or session.cancelled or starts_at <= self.now():
            return []
        moved = OutreachSession(**{**session.__dict__, "starts_at": starts_at})
        confirmed = [r["person_id"] for r in await store.roster(self.database, session_id)
                     if r["status"] == "confirmed"]  # fmt: skip
        await store.move_session(
            self.database, session_id, _iso(starts_at),
            {person: self.reminder_times(moved) for person in confirmed},
        )  # fmt: skip
        return await self._everyone_on(moved, "changed")

    async def change_note(self, viewer: Viewer, session_id: int, note: str) -> bool:
        session = await self._led(viewer, session_id)
        if session is None or session.cancelled:
            return False
        await store.set_note(self.database, session_id, scrub_note(note))
        return True

    async def change_area(self, viewer: Viewer, session_id: int, area_id: int) -> list[Outgoing]:
        """Another area; everyone assigned is told."""
        session = await self._led(viewer, session_id)
        if session is None or session.cancelled or session.starts_at <= self.now():
            return []
        await store.set_area(self.database, session_id, area_id)
        moved = await self.session(session_id)
        return [] if moved is None else await self._everyone_on(moved, "changed")

    # --- reminders ---------------------------------------------------------------------------

    async def due(self, limit: int = 500) -> list[Outgoing]:
        """Reminders now due. Each is claimed in the database before it is handed out, so it is
        sent at most once; one missed by more than the grace period is marked missed instead."""
        now = self.now()
        outgoing: list[Outgoing] = []
        for row in await store.due_reminders(self.database, _iso(now), limit):
            kind = ReminderKind(row["kind"])
            late = now - _utc(row["due_at"])
            session = await self.session(row["session_id"])
            if session is None:
                continue
            settled = row["checked_out_at"] is not None or row["safe_at"] is not None
            if (
                session.cancelled
                or row["status"] != AssignmentStatus.CONFIRMED.value
                or (kind in (ReminderKind.SAFETY_CHECK, ReminderKind.LEAD_ALERT) and settled)
            ):
                await store.claim_reminder(self.database, row["id"], "cancelled", _iso(now))
            elif row["unreachable"] or row["telegram_id"] is None:
                await store.claim_reminder(self.database, row["id"], "unreachable", _iso(now))
            elif (
                kind not in (ReminderKind.SAFETY_CHECK, ReminderKind.LEAD_ALERT)
                and late > self.policy.grace
            ):
                await store.claim_reminder(self.database, row["id"], "missed", _iso(now))
            elif kind is ReminderKind.LEAD_ALERT:
                lead = await people_store.find_active_by_id(self.database, row["lead_id"])
                if lead is None or lead.telegram_id is None:
                    await store.claim_reminder(self.database, row["id"], "unreachable", _iso(now))
                elif await store.claim_reminder(self.database, row["id"], "sent", _iso(now)):
                    outgoing.append(Outgoing(kind.value, lead.telegram_id, lead.locale or "en",
                                             session, row["person_id"], row["id"], row["alias"]))  # fmt: skip
            elif await store.claim_reminder(self.database, row["id"], "sent", _iso(now)):
                if kind is ReminderKind.SAFETY_CHECK:
                    await store.add_reminder(
                        self.database, session.id, row["person_id"], ReminderKind.LEAD_ALERT.value,
                        _iso(now + self.policy.answer_wait),
                    )  # fmt: skip
                outgoing.append(Outgoing(kind.value, row["telegram_id"], row["locale"] or "en",
                                         session, row["person_id"], row["id"]))  # fmt: skip
        return outgoing

    async def send_failed(self, outgoing: Outgoing, *, blocked: bool) -> None:
        """A send failed: a blocked bot marks the person unreachable (never retried for ever);
        anything else puts the reminder back for the next round."""
        if blocked:
            await store.mark_unreachable(self.database, outgoing.person_id, _iso(self.now()))
        elif outgoing.reminder_id is not None:
            await store.release_reminder(self.database, outgoing.reminder_id)

    async def pending_reminders(self) -> int:
        return await store.pending_reminder_count(self.database)

    # --- during and after --------------------------------------------------------------------

    async def check(self, viewer: Viewer, session_id: int, what: str) -> bool:
        """Check in, check out, or answer "I am safe"; only for a confirmed peer."""
        column = {"in": "checked_in_at", "out": "checked_out_at", "safe": "safe_at"}.get(what)
        if column is None or viewer.person_id is None:
            return False
        return await store.record_check(
            self.database, session_id, viewer.person_id, column, _iso(self.now())
        )

    async def my_sessions(self, viewer: Viewer, days_back: int = 2) -> list[PersonSession]:
        if viewer.person_id is None:
            return []
        since = _iso(self.now() - timedelta(days=days_back))
        rows = await store.sessions_of_person(self.database, viewer.person_id, since)
        return [PersonSession(self._session(r), AssignmentStatus(r["status"])) for r in rows]

    async def week(
        self, viewer: Viewer, monday: date, area_id: int | None
    ) -> list[OutreachSession]:
        if not viewer.role.at_least(Role.LEAD):
            return []
        start = self.local_start(monday, time(0, 0))
        end = self.local_start(monday + timedelta(days=7), time(0, 0))
        rows = await store.sessions_between(self.database, _iso(start), _iso(end), area_id)
        return [self._session(r) for r in rows]

    async def file_report(self, viewer: Viewer, report: SessionReport) -> bool:
        """One report per session and peer (or lead), after the start, editable for 48 hours."""
        session = await self.session(report.session_id)
        if session is None or session.cancelled or viewer.person_id is None:
            return False
        now = self.now()
        if now < session.starts_at or now > session.ends_at + REPORT_EDIT_WINDOW:
            return False
        if not viewer.role.at_least(Role.LEAD):
            on_it = [r for r in await store.roster(self.database, session.id)
                     if r["person_id"] == viewer.person_id and r["status"] == "confirmed"]  # fmt: skip
            if not on_it:
                return False
        counts = [report.reached_new, report.reached_returning, report.condoms, report.lubricant,
                  report.leaflets, *report.referrals.values(), *report.incidents.values()]  # fmt: skip
        if any(c < 0 or c > COUNT_LIMIT for c in counts):
            return False
        await store.save_report(
            self.database,
            {**report.__dict__, "person_id": viewer.person_id, "note": scrub_note(report.note)},
            _iso(now),
        )
        return True

    async def report_of(self, viewer: Viewer, session_id: int) -> SessionReport | None:
        if viewer.person_id is None:
            return None
        row = await store.find_report(self.database, session_id, viewer.person_id)
        if row is None:
            return None
        return SessionReport(
            session_id, viewer.person_id, row["reached_new"], row["reached_returning"],
            row["condoms"], row["lubricant"], row["leaflets"], row["referrals"],
            row["incidents"], row["note"],
        )  # fmt: skip

    async def figures(self, viewer: Viewer, month: str, area: str | None) -> MonthlyFigures | None:
        """Monthly figures for leads; counts about community members follow DESIGN rule 5."""
        from bot.outreach.figures import monthly_figures

        if not viewer.role.at_least(Role.LEAD):
            return None
        year, number = (int(part) for part in month.split("-"))
        first = date(year, number, 1)
        following = date(year + number // 12, number % 12 + 1, 1)
        # A day either side: local months do not line up with UTC ones.
        start = _iso(self.local_start(first, time(0, 0)) - timedelta(days=1))
        end = _iso(self.local_start(following, time(0, 0)) + timedelta(days=1))
        facts = [
            SessionFacts(r["session_id"], r["area_name"], _utc(r["starts_at"]), r["minutes"],
                         bool(r["cancelled"]), r["peers_present"])
            for r in await store.facts_between(self.database, start, end)
        ]  # fmt: skip
        reports = [
            SessionReport(r["session_id"], r["person_id"], r["reached_new"], r["reached_returning"],
                          r["condoms"], r["lubricant"], r["leaflets"], r["referrals"],
                          r["incidents"], r["note"])
            for r in await store.reports_between(self.database, start, end)
        ]  # fmt: skip
        return monthly_figures(month, area, facts, reports, self.zone, self.k)

    async def sessions_for_calendar(self, viewer: Viewer) -> list[OutreachSession]:
        """A peer's own sessions, or every session from a week ago for a lead."""
        if viewer.role.at_least(Role.LEAD):
            since = self.now() - timedelta(days=7)
            rows = await store.sessions_between(
                self.database, _iso(since), _iso(since + timedelta(days=400))
            )
            return [self._session(r) for r in rows]
        return [p.session for p in await self.my_sessions(viewer, days_back=7)]


def months_back(today: date, count: int) -> Sequence[str]:
    """The current month and the ones before it, newest first, as YYYY-MM."""
    months = []
    year, month = today.year, today.month
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months
