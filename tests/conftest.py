"""Shared test fixtures: a controllable clock, the Bot API emulator, and the real bot running
against it over loopback HTTP."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_application, running, runtime_of, sender_of
from bot.emulator import Emulator, FakeUser, SimulatedPerson
from bot.i18n import Translator
from bot.runtime import Runtime
from bot.settings import Settings, load_settings

ADMIN_ID = 900_000_001
TEST_ID_HASH_KEY = "test-key-0123456789-abcdefghijklmnopqrstuvwxyz"


class Clock:
    """A clock tests move by hand; the bot and the emulator read the same one."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) -> None:
        self.current = start

    def now(self) -> datetime:
        return self.current

    def __call__(self) -> datetime:
        """Domain objects take a clock as a function: pass the Clock itself."""
        return self.current

    def timestamp(self) -> float:
        return self.current.timestamp()

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@functools.cache
def shared_translator() -> Translator:
    return Translator.load()


def settings_for(emulator: Emulator, database_path: Path, **environment: str) -> Settings:
    values = {
        "BOT_TOKEN": emulator.token,
        "BOT_API_BASE_URL": emulator.base_url,
        "BOT_API_BASE_FILE_URL": emulator.base_file_url,
        "ID_HASH_KEY": TEST_ID_HASH_KEY,
        "DATABASE_PATH": str(database_path),
        "ADMIN_TELEGRAM_IDS": str(ADMIN_ID),
        **environment,
    }
    return load_settings(values)


class BotHarness:
    """The real Application polling the emulator, with people to chat with it."""

    def __init__(
        self, emulator: Emulator, settings: Settings, clock: Clock, *, rate_limiter: bool = True
    ) -> None:
        self.emulator = emulator
        self.settings = settings
        self.clock = clock
        # Off where sending speed is beside the point: Telegram's one message a second per chat
        # makes a story that writes to one person many times wait that long.
        self.rate_limiter = rate_limiter
        self._stack: AsyncExitStack | None = None
        self.app = None

    async def start(self) -> None:
        # Parsing every .ftl file takes almost half a second: tests share one translator unless
        # they bring a content pack of their own.
        translator = shared_translator() if self.settings.content_dir is None else None
        self.app = build_application(
            self.settings,
            clock=self.clock.now,
            translator=translator,
            rate_limiter=self.rate_limiter,
        )
        self._stack = AsyncExitStack()
        if self.settings.webhook is not None:
            from bot.webhook import serving_webhook

            await self._stack.enter_async_context(serving_webhook(self.app, self.settings.webhook))
        else:
            await self._stack.enter_async_context(running(self.app))

    async def stop(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
            self._stack = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    @property
    def runtime(self) -> Runtime:
        return runtime_of(self.app)

    async def settle(self, update_id: int) -> None:
        """Wait until the bot has fetched and fully handled an update."""
        await self.emulator.wait_acknowledged(update_id)
        await self.app.update_queue.join()
        await self.drain_outbox()

    async def drain_outbox(self) -> None:
        """Send every outbox letter due now, as the running sender would a moment later."""
        await sender_of(self.app).drain()

    def person(
        self,
        user_id: int,
        language_code: str | None = "en",
        first_name: str = "Test",
        username: str | None = None,
    ) -> SimulatedPerson:
        user = FakeUser(
            id=user_id, first_name=first_name, username=username, language_code=language_code
        )
        return SimulatedPerson(self.emulator, user, settle=self.settle)

    def admin(self) -> SimulatedPerson:
        return self.person(ADMIN_ID, first_name="Admin")

    def with_settings(self, **environment: str) -> None:
        self.settings = replace(self.settings, **environment)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def emulator(clock: Clock) -> AsyncIterator[Emulator]:
    async with Emulator(clock=clock.timestamp) as emu:
        yield emu


@pytest.fixture
async def harness(emulator: Emulator, clock: Clock, tmp_path: Path) -> AsyncIterator[BotHarness]:
    bot = BotHarness(emulator, settings_for(emulator, tmp_path / "bot.db"), clock)
    await bot.start()
    try:
        yield bot
    finally:
        await bot.stop()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests under tests/e2e run the real bot against the emulator, and tests/emulator drive the
    emulator over HTTP: mark them, so the fast loop is `python -m pytest -m "not e2e"`."""
    for item in items:
        if {"e2e", "emulator"} & set(item.path.parts):
            item.add_marker(pytest.mark.e2e)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """The fast loop does not even import the end-to-end folders (every test in them is e2e):
    two seconds of its twenty."""
    if config.getoption("markexpr", "").replace(" ", "") == "note2e" and {
        "e2e",
        "emulator",
    } & set(collection_path.parts):
        return True
    return None
