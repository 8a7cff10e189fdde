""" "You said, we did": a lead writes what changed because of a closed poll or a finished
feedback report, in the languages they choose; another lead or an admin approves it (two people,
because it speaks for the programme), and only then is it sent to everyone who gets community
updates, in their language. Sent updates stay in an archive anyone can read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.outbox import Outbox, Outgoing, Priority, Purpose
from bot.common.refusal import NotAllowed
from bot.common.scrub import scrub
from bot.common.text import clean_text
from bot.feedback.periods import period_is_over
from bot.people import Role, Viewer
from bot.voice.model import UPDATE_LIMIT, CommunityUpdate, PollState
from storage import Database
from storage.voice import polls as polls_store
from storage.voice import updates as store

UPDATE_LETTER = "voice.update"


def clean_update(typed: str, region: str | None) -> str:
    return scrub(clean_text(typed), region)[:UPDATE_LIMIT]


def update_letter(update_id: int, chat_id: int, locale: str) -> Outgoing:
    """An update's neutral line to someone who gets updates: once per update and chat."""
    return Outgoing(
        chat_id,
        locale,
        UPDATE_LETTER,
        {"update": update_id},
        purpose=Purpose.VOICE,
        priority=Priority.BROADCAST,
        dedupe=f"update:{update_id}:{chat_id}",
    )


def _update(row: dict[str, Any]) -> CommunityUpdate:
    return CommunityUpdate(
        row["id"],
        row["poll_id"],
        row["period"],
        row["state"],
        row["written_by"],
        tuple((locale, text) for locale, text in row["texts"]),
        date.fromisoformat(row["written_on"]),
        date.fromisoformat(row["sent_on"]) if row["sent_on"] else None,
    )


@dataclass(frozen=True)
class Updates:
    database: Database
    zone: ZoneInfo
    clock: Callable[[], datetime]
    phone_region: str | None = None

    def today(self) -> date:
        return self.clock().astimezone(self.zone).date()

    async def write(
        self,
        viewer: Viewer,
        texts: list[tuple[str, str]],
        *,
        poll_id: int | None = None,
        period: str | None = None,
    ) -> int:
        """A lead's update about a closed poll or a finished report period, waiting for a
        second person."""
        if not viewer.role.at_least(Role.LEAD) or viewer.person_id is None or not texts:
            raise NotAllowed
        if (poll_id is None) == (period is None):
            raise NotAllowed
        if poll_id is not None:
            poll = await polls_store.get(self.database, poll_id)
            if poll is None or poll["state"] != PollState.CLOSED.value:
                raise NotAllowed
        if period is not None and not period_is_over(period, self.today()):
            raise NotAllowed
        kept = [(locale, clean_update(text, self.phone_region)) for locale, text in texts]
        if not all(text for _, text in kept):
            raise NotAllowed
        return await store.insert(
            self.database,
            {
                "poll_id": poll_id,
                "period": period,
                "written_by": viewer.person_id,
                "written_on": self.today().isoformat(),
            },
            kept,
        )

    async def get(self, update_id: int) -> CommunityUpdate | None:
        row = await store.get(self.database, update_id)
        return None if row is None else _update(row)

    async def waiting(self, viewer: Viewer) -> list[CommunityUpdate]:
        """Updates this lead or admin may approve: every waiting one but their own."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        rows = await store.in_state(self.database, "waiting", 50)
        return [u for u in map(_update, rows) if u.written_by != viewer.person_id]

    async def _decidable(self, viewer: Viewer, update_id: int) -> CommunityUpdate:
        """A waiting update this person may decide on: a lead or admin who did not write it."""
        update = await self.get(update_id)
        if (
            update is None
            or update.state != "waiting"
            or not viewer.role.at_least(Role.LEAD)
            or viewer.person_id is None
            or update.written_by == viewer.person_id
        ):
            raise NotAllowed
        return update

    async def approve(self, viewer: Viewer, update_id: int) -> int:
        """The second person approves: it is sent to everyone who gets updates (the letters are
        queued with the approval); returns how many."""
        await self._decidable(viewer, update_id)
        assert viewer.person_id is not None
        outbox = Outbox(self.database, self.clock, self.phone_region)

        def letters_for(audience: list[tuple[int, str]]) -> Any:
            return outbox.rows_for([update_letter(update_id, c, lang) for c, lang in audience])

        count = await store.send(
            self.database, update_id, viewer.person_id, self.today().isoformat(), letters_for
        )
        if count is None:
            raise NotAllowed
        return count

    async def reject(self, viewer: Viewer, update_id: int) -> CommunityUpdate:
        update = await self._decidable(viewer, update_id)
        assert viewer.person_id is not None
        if not await store.reject(self.database, update_id, viewer.person_id):
            raise NotAllowed
        return update

    async def sent(self, limit: int = 10) -> list[CommunityUpdate]:
        """The archive: sent updates, newest first; anyone may read them."""
        return [_update(r) for r in await store.in_state(self.database, "sent", limit)]

    async def readable(self, update_id: int) -> CommunityUpdate:
        update = await self.get(update_id)
        if update is None or update.state != "sent":
            raise NotAllowed
        return update
