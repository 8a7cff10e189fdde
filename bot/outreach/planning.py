"""Planning: a lead schedules one session or a weekly series, and reads the week's sessions."""

from __future__ import annotations

from datetime import date, time, timedelta

from bot.common.refusal import NotAllowed
from bot.outreach.core import OutreachCore, iso, scrub_note, session_of
from bot.outreach.model import MAX_SESSION_MINUTES, OutreachSession, SessionPlan
from bot.people import Role, Viewer
from storage import outreach as store

MAX_WEEKS = 26


class Planning(OutreachCore):
    def preview(self, plan: SessionPlan, area_name: str) -> OutreachSession:
        """The first session of a plan as it will look once saved (for the lead to check)."""
        return OutreachSession(
            id=0,
            series_id=None,
            kind=plan.kind,
            area_id=plan.area_id,
            area_name=area_name,
            starts_at=self.local_start(plan.day, plan.start),
            minutes=plan.minutes,
            peers_needed=plan.peers_needed,
            note=plan.note,
            cancelled=False,
            lead_person_id=0,
        )

    async def schedule(self, viewer: Viewer, plan: SessionPlan) -> list[OutreachSession]:
        """One session or a weekly series, at least `min_peers` peers each. Nothing is saved
        (an empty list) when the first start has passed."""
        if not viewer.role.at_least(Role.LEAD) or viewer.person_id is None:
            raise NotAllowed
        if not 0 < plan.minutes <= MAX_SESSION_MINUTES or not self.within_reach(plan.day):
            raise NotAllowed
        if not await store.area_exists(self.database, plan.area_id):
            raise NotAllowed
        if self.has_passed(plan.day, plan.start):
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
                "starts_at": iso(self.local_start(day, plan.start)),
                "minutes": plan.minutes,
                "peers_needed": max(plan.peers_needed, self.policy.min_peers),
                "note": scrub_note(plan.note),
                "lead_id": viewer.person_id,
                "created_at": iso(self.now()),
            }
            for day in days
        ]
        ids = await store.insert_sessions(self.database, rows)
        return [s for s in [await self.session(i) for i in ids] if s is not None]

    async def week(
        self, viewer: Viewer, monday: date, area_id: int | None
    ) -> list[OutreachSession]:
        """Every session of the week from `monday` (local days), by area and start."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        start = self.local_start(monday, time(0, 0))
        end = self.local_start(monday + timedelta(days=7), time(0, 0))
        rows = await store.sessions_between(self.database, iso(start), iso(end), area_id)
        return [session_of(r) for r in rows]

    def monday_of(self, weeks_from_now: int) -> date:
        today = self.today()
        return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks_from_now)

    async def sessions_for_calendar(self, viewer: Viewer) -> list[OutreachSession]:
        """A peer's own sessions from a week ago, or every session from then for a lead."""
        since = self.now() - timedelta(days=7)
        if viewer.role.at_least(Role.LEAD):
            rows = await store.sessions_between(
                self.database, iso(since), iso(since + timedelta(days=400))
            )
            return [session_of(r) for r in rows]
        if viewer.person_id is None:
            raise NotAllowed
        rows = await store.sessions_of_person(self.database, viewer.person_id, iso(since))
        return [session_of(r) for r in rows]
