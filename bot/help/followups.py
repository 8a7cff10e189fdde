"""Incident follow-up. An incident in a session report (police, arrest, violence, robbery, a
health emergency...) opens one follow-up per kind for the leads of the session's area and the
lead who planned it: kind, session, the reporting peer's alias and the report's note (scrubbed).
A lead says "I'm following up" and closes it: resolved, referred to a service, or the person
wants no action. A closed item's note is erased after the retention (and the report's note with
it, once no follow-up keeps it), then the database's WAL is folded in, so no copy stays.

Follow-ups are opened from the reports themselves (a look every few seconds, and at start), so
a report saved just before a crash still opens its follow-ups.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.common.outbox import Priority, clean_words
from bot.common.refusal import NotAllowed
from bot.help.core import HelpCore, at, iso, utc
from bot.help.letters import FOLLOWUP_LETTER, to_each
from bot.help.model import FollowUp, FollowUpOutcome
from bot.operations.retention import Rule
from bot.outreach.model import IncidentKind
from bot.people import Role, Viewer
from storage.help import followups as store

# Reports can be changed for 48 hours after a session: a month covers that, and a bot that was
# down for a while.
REPORTS_LOOK_BACK = timedelta(days=30)
# Retention (DESIGN rule 8): closed follow-ups' notes, and their reports' copy of the words.
FOLLOWUP_NOTES = Rule(
    "follow-up notes", "FOLLOWUP_NOTE_DAYS", (store.FOLLOWUP_NOTES, store.FOLLOWED_REPORT_NOTES)
)
INCIDENT_KINDS = {kind.value for kind in IncidentKind}


class FollowUps(HelpCore):
    async def open_followups(self) -> int:
        """A follow-up for each incident kind of every recent report that has none yet; the
        leads hear of each new one (a neutral line, the details after a tap)."""
        now = self.now()
        incidents = [
            {**row, "note": clean_words(row["note"] or "", self.phone_region)}
            for row in await store.incidents_reported_since(
                self.database, iso(now - REPORTS_LOOK_BACK)
            )
            if row["kind"] in INCIDENT_KINDS
        ]
        if not incidents:
            return 0

        def tell(followup_id: int, leads: Any) -> list[dict[str, Any]]:
            letters = to_each(
                FOLLOWUP_LETTER,
                leads,
                self.default_locale,
                {"followup": followup_id},
                priority=Priority.NOTIFY,
                dedupe=f"help-followup:{followup_id}",
            )
            return self._outbox_rows(letters)

        return await store.open_followups(self.database, incidents, iso(now), tell)

    async def followups(self, viewer: Viewer) -> list[FollowUp]:
        """Open follow-ups, oldest first: a lead placed in an area sees its own area's, their
        sessions' and those they took; admins and leads of no area see all."""
        if not viewer.role.at_least(Role.LEAD) or viewer.person_id is None:
            raise NotAllowed
        area = None if viewer.role is Role.ADMIN else viewer.area_id
        rows = await store.open_items(self.database, area, viewer.person_id)
        items = [await self._followup(row) for row in rows]
        return [item for item in items if item is not None]

    async def followup(self, viewer: Viewer, followup_id: int) -> FollowUp:
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        row = await store.item(self.database, followup_id)
        item = None if row is None else await self._followup(row)
        if item is None:
            raise NotAllowed
        return item

    async def followup_letter(self, followup_id: int) -> FollowUp | None:
        """What a queued letter to the leads is about; None once it is closed."""
        row = await store.item(self.database, followup_id)
        item = None if row is None else await self._followup(row)
        return None if item is None or item.closed else item

    async def take(self, viewer: Viewer, followup_id: int) -> bool:
        """ "I'm following up"; False when the item was closed meanwhile."""
        await self.followup(viewer, followup_id)
        assert viewer.person_id is not None
        return await store.take(self.database, followup_id, viewer.person_id, iso(self.now()))

    async def close(
        self,
        viewer: Viewer,
        followup_id: int,
        outcome: FollowUpOutcome,
        referred_to: int | None = None,
    ) -> bool:
        """Close an item; `referred_to` is a service of the directory (checked by the caller).
        False when someone closed it already."""
        await self.followup(viewer, followup_id)
        assert viewer.person_id is not None
        if referred_to is not None and outcome is not FollowUpOutcome.REFERRED:
            raise NotAllowed
        return await store.close(
            self.database,
            followup_id,
            viewer.person_id,
            iso(self.now()),
            outcome.value,
            referred_to,
        )

    async def _followup(self, row: dict[str, Any]) -> FollowUp | None:
        session = await self.outreach.session(row["session_id"])
        if session is None:
            return None
        return FollowUp(
            id=row["id"],
            kind=IncidentKind(row["kind"]),
            incidents=row["incidents"],
            session=session,
            reported_by=row["reported_by"],
            note=row["note"],
            opened_at=at(row["opened_at"]),
            taken_by=row["taken_by"],
            taken_at=utc(row["taken_at"]),
            closed_at=utc(row["closed_at"]),
            outcome=None if row["outcome"] is None else FollowUpOutcome(row["outcome"]),
            referred_to=row["referred_to"],
        )
