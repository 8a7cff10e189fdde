"""A small deployment for the outreach domain, without Telegram: a database, two areas, a lead,
four peers, and `Outreach` on a clock the tests move (East African time, UTC+3)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.outreach.model import SessionKind, SessionPlan
from bot.outreach.sessions import Outreach
from bot.people import Role, Viewer
from storage import Database
from storage import directory as directory_store
from storage import people as people_store
from tests.conftest import Clock

ZONE = ZoneInfo("Africa/Dar_es_Salaam")


@dataclass
class Town:
    database: Database
    outreach: Outreach
    clock: Clock
    harbour: int
    hill: int
    lead: Viewer
    peers: list[Viewer] = field(default_factory=list)

    async def plan(
        self,
        day: date = date(2026, 3, 4),
        start: time = time(14, 0),
        peers: int = 2,
        until: date | None = None,
    ):
        """Wednesday 4 March 2026, 14:00 local (11:00 UTC), two hours in the harbour."""
        plan = SessionPlan(
            SessionKind.OUTREACH_WALK, self.harbour, day, start, 120, peers, "", until
        )
        return await self.outreach.schedule(self.lead, plan)

    async def confirmed(self, peers: int = 2, **kwargs):
        """A session with its first `peers` peers invited and confirmed."""
        (session,) = await self.plan(peers=peers, **kwargs)
        chosen = self.peers[:peers]
        await self.outreach.invite(self.lead, session.id, [p.person_id for p in chosen])
        for peer in chosen:
            await self.outreach.respond(peer, session.id, True)
        return session

    async def letters(self) -> list[tuple[int, str, dict]]:
        """(chat id, kind, args) of every letter waiting in the outbox, oldest first."""
        import json

        rows = await self.database.fetch_all("SELECT chat_id, kind, args FROM outbox ORDER BY id")
        return [(r[0], r[1], json.loads(r[2])) for r in rows]

    async def sent_all(self) -> None:
        """As if the outbox sent everything it holds."""
        async with self.database.transaction() as tx:
            await tx.execute("DELETE FROM outbox")


async def person(db: Database, telegram_id: int, role: Role, alias: str) -> Viewer:
    await people_store.upsert_person(db, telegram_id, role.value, alias, "2026-03-01")
    row = await db.fetch_one("SELECT id FROM people WHERE telegram_id = ?", (telegram_id,))
    return Viewer(telegram_id, role, "en", alias, person_id=row[0])


@pytest.fixture
async def town(tmp_path: Path) -> AsyncIterator[Town]:
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    async with await Database.open(tmp_path / "outreach.db") as db:
        harbour = await directory_store.upsert_area(db, "harbour", "Harbour", -6.80, 39.28)
        hill = await directory_store.upsert_area(db, "hill", "Hill", -6.85, 39.20)
        lead = await person(db, 7001, Role.LEAD, "Coordinator K")
        peers = [await person(db, 7200 + i, Role.PEER, f"Peer {i}") for i in range(4)]
        outreach = Outreach(db, ZONE, clock.now)
        yield Town(db, outreach, clock, harbour, hill, lead, peers)
