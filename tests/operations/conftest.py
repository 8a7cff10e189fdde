"""A deployment with one of everything the built-in retention rules look after, written
through the features on a clock the tests move (tests/operations/test_retention*.py)."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from bot.directory.model import Category, EditableField, ServiceRecord
from bot.feedback.model import FeedbackEntry, Topic
from bot.operations.retention import BUILT_IN, enforce
from bot.outreach.model import SessionKind, SessionPlan
from bot.people import Role, Viewer
from bot.runtime import Runtime
from bot.safety.alerts import AlertKind, Happened
from bot.settings import load_settings
from storage import Database
from storage import directory as directory_store
from storage import people as people_store
from tests.conftest import TEST_ID_HASH_KEY, Clock, shared_translator

WORDS = "the nurse at the corner clinic was kind"
SESSION_NOTE = "meet at the blue kiosk behind the market"
REPORT_NOTE = "two women asked about the night shelter"
OLD_PHONE = "+255712987654"
NOTICE = "a grey car follows women near the station"


def stored(path: Path) -> bytes:
    """The database file and its WAL as they are on the disk."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@dataclass
class Deployment:
    runtime: Runtime
    clock: Clock
    path: Path
    invite_hashes: list[str]

    async def enforce(self, dry_run: bool = False) -> dict[str, int]:
        settings = self.runtime.settings
        outcomes = await enforce(
            self.runtime.database,
            BUILT_IN,
            settings.retention_days,
            self.clock.now(),
            settings.timezone,
            dry_run=dry_run,
        )
        return {outcome.rule: outcome.rows for outcome in outcomes}

    async def count(self, sql: str) -> int:
        row = await self.runtime.database.fetch_one(sql)
        assert row is not None
        return int(row[0])


async def person(database: Database, telegram_id: int, role: Role, alias: str) -> Viewer:
    await people_store.upsert_person(database, telegram_id, role.value, alias, "2026-03-01")
    row = await database.fetch_one("SELECT id FROM people WHERE telegram_id = ?", (telegram_id,))
    assert row is not None
    return Viewer(telegram_id, role, "en", alias, person_id=row[0])


@pytest.fixture
async def deployment(tmp_path: Path) -> AsyncIterator[Deployment]:
    """One of everything the built-in rules look after, written through the features."""
    clock = Clock()
    path = tmp_path / "bot.db"
    settings = load_settings(
        {"ID_HASH_KEY": TEST_ID_HASH_KEY, "DATABASE_PATH": str(path)}, console=True
    )
    runtime = Runtime(settings, shared_translator(), clock.now)
    async with await Database.open(path) as database:
        runtime.attach_database(database)
        area = await directory_store.upsert_area(database, "harbour", "Harbour", -6.8, 39.28)
        lead = replace(await person(database, 7001, Role.LEAD, "Coordinator K"), area_id=None)
        peers = [await person(database, 7200 + i, Role.PEER, f"Peer {i}") for i in range(2)]

        await runtime.feedback.submit(
            FeedbackEntry(
                secrets.token_hex(8),
                runtime.feedback.this_week(),
                Topic.NEEDS,
                overall_rating=4,
                free_text=WORDS,
            )
        )

        plan = SessionPlan(
            SessionKind.OUTREACH_WALK, area, date(2026, 3, 4), time(14), 120, 2, SESSION_NOTE
        )
        (session,) = await runtime.outreach.schedule(lead, plan)
        await runtime.outreach.invite(lead, session.id, [p.person_id for p in peers])
        for peer in peers:
            await runtime.outreach.respond(peer, session.id, True)
        clock.current = session.ends_at + timedelta(minutes=5)
        blank = await runtime.outreach.report_to_edit(peers[0], session.id)
        assert await runtime.outreach.file_report(
            peers[0], replace(blank, reached_new=6, note=REPORT_NOTE)
        )

        service = await runtime.directory.propose(
            peers[0], ServiceRecord("Harbour clinic", (Category.HEALTH,), phone=OLD_PHONE)
        )
        await runtime.directory.approve(lead, service)
        await runtime.directory.suggest_change(lead, service, EditableField.PHONE, "+255700111222")

        alert = await runtime.alerts.submit(
            peers[0], AlertKind.VIOLENT_CLIENT, area, Happened.TODAY, NOTICE
        )
        await runtime.alerts.publish(lead, alert)

        used = await runtime.people.create_invite(lead, Role.PEER, clock.now())
        await runtime.people.join(7300, used.code, "en", clock.now())
        unused = await runtime.people.create_invite(lead, Role.PEER, clock.now())
        hashes = [runtime.keys.invite_hash(i.code) for i in (used, unused)]
        await database.checkpoint()
        yield Deployment(runtime, clock, path, hashes)
