"""After a session: each peer (or lead) on it files one short report of counts, editable for 48
hours, and leads read the monthly figures they roll up into (small counts hidden, DESIGN rule 5)
only for months that are over and past that window: two readings of a month still changing
could be subtracted to reveal one peer's report.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta

from bot.common.refusal import NotAllowed
from bot.outreach.core import PLANNING_HORIZON, OutreachCore, iso, scrub_note, utc
from bot.outreach.figures import monthly_figures
from bot.outreach.model import (
    MAX_SESSION_MINUTES,
    AssignmentStatus,
    MonthlyFigures,
    SessionFacts,
    SessionReport,
)
from bot.people import Role, Viewer
from storage import outreach as store

REPORT_EDIT_WINDOW = timedelta(hours=48)
REPORTABLE_DAYS = 3  # a peer finds a session to report on among theirs of the last days
COUNT_LIMIT = 10_000
EARLIEST_MONTH = date(2000, 1, 1)


class Reports(OutreachCore):
    async def report_to_edit(self, viewer: Viewer, session_id: int) -> SessionReport:
        """The report this person filed on a session, or a blank one: for a peer on one of
        their recent sessions, or a lead."""
        session = await self.session(session_id)
        if session is None or viewer.person_id is None:
            raise NotAllowed
        if not viewer.role.at_least(Role.LEAD):
            since = iso(self.now() - timedelta(days=REPORTABLE_DAYS))
            mine = await store.sessions_of_person(self.database, viewer.person_id, since)
            if session_id not in {row["id"] for row in mine}:
                raise NotAllowed
        saved = await self.report_of(viewer, session_id)
        return saved or SessionReport(session_id, viewer.person_id)

    async def file_report(self, viewer: Viewer, report: SessionReport) -> bool:
        """One report per session and peer (or lead), after the start, editable for 48 hours.
        False when it can no longer be filed or changed (cancelled, or the time is over)."""
        session = await self.session(report.session_id)
        if session is None or viewer.person_id is None:
            raise NotAllowed
        if not viewer.role.at_least(Role.LEAD):
            on_it = [
                r
                for r in await store.roster(self.database, session.id)
                if r["person_id"] == viewer.person_id
                and r["status"] == AssignmentStatus.CONFIRMED.value
            ]
            if not on_it:
                raise NotAllowed
        counts = [
            report.reached_new,
            report.reached_returning,
            report.condoms,
            report.lubricant,
            report.leaflets,
            *report.referrals.values(),
            *report.incidents.values(),
        ]
        if any(c < 0 or c > COUNT_LIMIT for c in counts):
            raise NotAllowed
        now = self.now()
        if (
            session.cancelled
            or now < session.starts_at
            or now > session.ends_at + REPORT_EDIT_WINDOW
        ):
            return False
        await store.save_report(
            self.database,
            {**report.__dict__, "person_id": viewer.person_id, "note": scrub_note(report.note)},
            iso(now),
        )
        return True

    async def report_of(self, viewer: Viewer, session_id: int) -> SessionReport | None:
        if viewer.person_id is None:
            return None
        row = await store.find_report(self.database, session_id, viewer.person_id)
        if row is None:
            return None
        return SessionReport(
            session_id,
            viewer.person_id,
            row["reached_new"],
            row["reached_returning"],
            row["condoms"],
            row["lubricant"],
            row["leaflets"],
            row["referrals"],
            row["incidents"],
            row["note"],
        )

    def month_is_closed(self, month: date) -> bool:
        """Whether every report on the month's sessions is past its edit window: the month is
        over, its last session (which may run into the next month) has ended, and 48 hours
        have passed since."""
        following = self.local_start(_following(month), time(0, 0))
        last_end = following + timedelta(minutes=MAX_SESSION_MINUTES)
        return self.now() >= last_end + REPORT_EDIT_WINDOW

    def readable_months(self, count: int) -> list[date]:
        """The `count` latest months whose figures may be read (see `month_is_closed`), newest
        first."""
        return [m for m in months_back(self.today(), count + 2) if self.month_is_closed(m)][:count]

    async def figures(self, viewer: Viewer, month: str, area: str | None) -> MonthlyFigures:
        """Monthly figures for leads; counts about community members follow DESIGN rule 5."""
        everywhere, each = await self.figures_of_month(
            viewer, month, [] if area is None else [area]
        )
        return everywhere if area is None else each[0]

    async def figures_of_month(
        self, viewer: Viewer, month: str, areas: Sequence[str]
    ) -> tuple[MonthlyFigures, list[MonthlyFigures]]:
        """A month's figures for all areas together, and for each of `areas` (YYYY-MM)."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        year, number = (int(part) for part in month.split("-"))
        first = date(year, number, 1)
        if not EARLIEST_MONTH <= first <= self.today() + PLANNING_HORIZON:
            raise NotAllowed
        if not self.month_is_closed(first):
            raise NotAllowed
        following = _following(first)
        # A day either side: local months do not line up with UTC ones.
        start = iso(self.local_start(first, time(0, 0)) - timedelta(days=1))
        end = iso(self.local_start(following, time(0, 0)) + timedelta(days=1))
        facts = [
            SessionFacts(
                r["session_id"],
                r["area_name"],
                utc(r["starts_at"]),
                r["minutes"],
                bool(r["cancelled"]),
                r["peers_present"],
            )
            for r in await store.facts_between(self.database, start, end)
        ]
        reports = [
            SessionReport(
                r["session_id"],
                r["person_id"],
                r["reached_new"],
                r["reached_returning"],
                r["condoms"],
                r["lubricant"],
                r["leaflets"],
                r["referrals"],
                r["incidents"],
                r["note"],
            )
            for r in await store.reports_between(self.database, start, end)
        ]
        return (
            monthly_figures(month, None, facts, reports, self.zone, self.k),
            [monthly_figures(month, a, facts, reports, self.zone, self.k) for a in areas],
        )


def _following(month: date) -> date:
    """The first day of the month after `month`."""
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def months_back(today: date, count: int) -> list[date]:
    """The first days of the current month and the ones before it, newest first."""
    months = []
    year, month = today.year, today.month
    for _ in range(count):
        months.append(date(year, month, 1))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months
