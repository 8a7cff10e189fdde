"""A property of every button family (issue 9): whatever callback data arrives, from a member, a
peer, a lead or an admin, when it is not a button they could really press it gets exactly one
answer, the neutral refusal, no ERROR in the log, and nothing changes.

Hypothesis draws the data; the real bot runs against the emulator on its own event loop in a
thread for the whole module, so each example costs a few taps, not a start-up.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
import threading
from collections.abc import Awaitable, Iterator
from datetime import date, time
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import build_application, running, runtime_of, sender_of
from bot.directory.sample import load_sample_directory
from bot.emulator import Emulator, FakeUser
from bot.emulator.fuzz import ErrorCounter, forged
from bot.handlers.callbacks import SEPARATOR, Callback
from bot.outreach.model import SessionKind, SessionPlan
from bot.people import Role
from tests.conftest import ADMIN_ID

T = TypeVar("T")
LEAD, PEER, MEMBER = 8_700_001, 8_700_002, 8_700_003
PEOPLE = [
    FakeUser(id=i, first_name="P", language_code="en") for i in (ADMIN_ID, LEAD, PEER, MEMBER)
]
WATCHED = (
    "SELECT id, role, active, telegram_id FROM people ORDER BY id",
    "SELECT * FROM services ORDER BY id",
    "SELECT * FROM outreach_sessions ORDER BY id",
    "SELECT * FROM outreach_assignments ORDER BY 1, 2",
    "SELECT * FROM safety_alerts ORDER BY id",
)
FAMILIES = sorted(
    (f for f in Callback.families().values() if f.__module__.startswith("bot.")),
    key=lambda f: f.prefix,
)


class LiveBot:
    """The real application polling the emulator, on an event loop of its own."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.folder = tempfile.TemporaryDirectory()
        self._stopping: asyncio.Event | None = None
        self._done: asyncio.Future[None] | None = None

    def run(self, coroutine: Awaitable[T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)  # type: ignore[arg-type]

    def start(self) -> None:
        self.thread.start()
        ready = threading.Event()
        self.run(self._begin(ready))
        ready.wait(30)

    async def _begin(self, ready: threading.Event) -> None:
        self._stopping = asyncio.Event()
        self._done = self.loop.create_future()
        self.loop.create_task(self._serve(ready))

    async def _serve(self, ready: threading.Event) -> None:
        from tests.conftest import settings_for

        async with Emulator() as emulator:
            settings = settings_for(emulator, Path(self.folder.name) / "bot.db")
            self.emulator = emulator
            self.app = build_application(settings)
            async with running(self.app):
                runtime = runtime_of(self.app)
                await load_sample_directory(runtime.directory, runtime.database)
                today = runtime.today()
                await runtime.people.grant_role_directly(LEAD, Role.LEAD, "Lead", today)
                await runtime.people.grant_role_directly(PEER, Role.PEER, "Peer", today)
                lead = await runtime.people.identify(LEAD, "en")
                area = (await runtime.directory.areas())[0]
                plan = SessionPlan(
                    SessionKind.PEER_MEETING, area.id, date(2027, 1, 6), time(10), 60, 2
                )
                await runtime.outreach.schedule(lead, plan)
                for person in PEOPLE:
                    await self.settle([emulator.send_text(person, "/start")])
                ready.set()
                assert self._stopping is not None
                await self._stopping.wait()
        assert self._done is not None
        self._done.set_result(None)

    async def settle(self, ids: list[int]) -> None:
        await asyncio.gather(*(self.emulator.wait_acknowledged(i, timeout=30) for i in ids))
        await self.app.update_queue.join()
        await sender_of(self.app).drain()

    async def snapshot(self) -> list[list[tuple[Any, ...]]]:
        db = runtime_of(self.app).database
        return [[tuple(r) for r in await db.fetch_all(sql)] for sql in WATCHED]

    async def tap_everyone(self, data: str) -> list[dict[str, Any] | None]:
        ids = []
        for person in PEOPLE:
            message_id = self.emulator.bot_messages(person.id)[-1].message_id
            ids.append(self.emulator.tap(person, message_id, data))
        await self.settle(ids)
        return [self._answers(i) for i in ids]

    def _answers(self, update_id: int) -> dict[str, Any] | None:
        query = self.emulator.query_id_of(update_id)
        calls = [
            c
            for c in self.emulator.calls_to("answerCallbackQuery")
            if c.params.get("callback_query_id") == query
        ]
        return calls[0].params if len(calls) == 1 and calls[0].status == 200 else None

    def stop(self) -> None:
        async def end() -> None:
            assert self._stopping is not None and self._done is not None
            self._stopping.set()
            await self._done

        self.run(end())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()
        self.folder.cleanup()


@pytest.fixture(scope="module")
def live() -> Iterator[LiveBot]:
    bot = LiveBot()
    bot.start()
    try:
        yield bot
    finally:
        bot.stop()


field_value = st.one_of(
    st.integers(-(10**13), 10**13).map(str),
    st.integers(10**9, 10**12).map(str),
    st.sampled_from(["", "0", "1", "-0", "007", "20261301", "20260230", "2400", "true", "x"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8),
)


@st.composite
def button_data(draw: st.DrawFn) -> str:
    """A family's prefix with mutated fields (or too few, or too many), or any text at all."""
    if draw(st.booleans()):
        return draw(st.text(max_size=70))
    family = draw(st.sampled_from(FAMILIES))
    count = len(family.__dataclass_fields__)  # type: ignore[attr-defined]
    fields = draw(st.lists(field_value, min_size=max(count - 1, 0), max_size=count + 1))
    return SEPARATOR.join([family.prefix, *fields])


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=button_data())
def test_any_forged_button_data_gets_one_neutral_answer_and_changes_nothing(live, data):
    data = forged(data)
    t = runtime_of(live.app).translator.for_locale("en")
    errors = ErrorCounter()
    logging.getLogger().addHandler(errors)
    try:
        before = live.run(live.snapshot())
        answers = live.run(live.tap_everyone(data))
        after = live.run(live.snapshot())
    finally:
        logging.getLogger().removeHandler(errors)
    assert all(a is not None for a in answers), f"{data!r} was not answered exactly once"
    assert {a.get("text") for a in answers if a} == {t("common-no-longer-available")}, data
    assert errors.count == 0, data
    assert after == before, data
