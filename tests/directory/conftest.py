"""The directory on a real (temporary) database, without Telegram: a clock tests move, a
Directory with every locale's category names, and team members made in the people table."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest

from bot.directory.core import Directory, RecheckPolicy
from bot.people import MemberKeys, People, Role, Viewer
from bot.settings import SUPPORTED_LOCALES, Secret
from storage import Database
from storage import people as people_store
from tests.conftest import TEST_ID_HASH_KEY, Clock, shared_translator

ZONE = ZoneInfo("Africa/Dar_es_Salaam")
TRANSLATOR = shared_translator()  # once per run: loading every locale is the slow part


def category_words(category) -> list[str]:
    return [
        TRANSLATOR.format(locale, "directory-category", category=category.value)
        for locale in SUPPORTED_LOCALES
    ]


@dataclass
class World:
    database: Database
    directory: Directory
    people: People
    clock: Clock
    make: Callable[..., Awaitable[Viewer]]


@pytest.fixture
async def world(tmp_path, clock: Clock) -> AsyncIterator[World]:
    async with await Database.open(tmp_path / "directory.db") as database:
        directory = Directory(
            database, ZONE, RecheckPolicy(90, 120, 180), clock.now, category_words
        )
        people = People(database, MemberKeys(Secret(TEST_ID_HASH_KEY)), set(), "en", 7)

        async def make(role: Role, telegram_id: int, area_id: int | None = None) -> Viewer:
            """A member as the bot sees them; peers and leads get a row in the people table."""
            if role is not Role.MEMBER:
                await people.grant_role_directly(telegram_id, role, f"P{telegram_id}", "2026-03-01")
            viewer = await people.identify(telegram_id, "en")
            if area_id is not None and viewer.person_id is not None:
                await people_store.save_area(database, viewer.person_id, area_id)
                viewer = await people.identify(telegram_id, "en")
            return viewer

        yield World(database, directory, people, clock, make)
