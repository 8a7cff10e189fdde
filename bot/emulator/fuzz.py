"""Throwing what an attacker or a confused phone would send at the real bot: mutated button data
for every button family, random text, commands and media, from members, peers and leads.

Used by `tests/e2e/test_fuzz.py` (a short run) and `scripts/fuzz.py` (10,000 updates). What the
bot must show: no ERROR in the log, no "something went wrong", every tap answered exactly once,
and no change to roles, services, sessions or notices.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import typing
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from typing import Annotated, Any, Literal

from bot.emulator.records import FakeUser
from bot.emulator.server import Emulator
from bot.handlers.callbacks import (
    DEFAULT_BOUNDS,
    SEPARATOR,
    BadButton,
    Between,
    Callback,
    decode,
)

GARBAGE = ("", "zz", "-0", "007", "1e3", "NaN", "🙂", "9" * 14, "-1", " ", "null", "١٢", "2026-13")
COMMANDS = (
    "/start",
    "/help",
    "/exit",
    "/find",
    "/search",
    "/feedback",
    "/rights",
    "/alerts",
    "/language",
    "/privacy",
    "/cancel",
    "/whoami",
    "/mine",
    "/plan",
    "/sessions",
    "/figures",
    "/report",
    "/invite",
    "/team",
    "/review",
    "/join",
    "/join ABCDEFGHJK",
    "/frobnicate",
    "/start join_ZZZZZZZZZZ",
    "/start fb-s999999",
    "/start fb-o999999",
    "/start ' OR 1=1",
)
TEXTS = (
    "hello",
    "help",
    "كيف حالك",
    "x" * 4000,
    "\u202eevil",
    "0712 345 678",
    "DROP TABLE people;",
    "%s %d {0}",
    "<b>bold</b>",
    "🙂" * 50,
    "  ",
    "Harbour",
    "clinic",
)
MEDIA = ("sticker", "voice", "photo", "document", "contact", "location")
FAR_ID = 10**9  # no record has an id this high: a valid-looking id points at nothing


def _fields(family: type[Callback]) -> list[tuple[str, Any]]:
    hints = typing.get_type_hints(family, include_extras=True)
    return [(f.name, hints[f.name]) for f in dataclasses.fields(family)]  # type: ignore[arg-type]


def _value(rng: random.Random, hint: Any, corrupt: bool) -> str:
    """One field of button data: harmless but well-formed, or corrupt."""
    if corrupt:
        return rng.choice(GARBAGE)
    bounds = DEFAULT_BOUNDS
    if typing.get_origin(hint) is Annotated:
        hint, *extras = typing.get_args(hint)
        bounds = next((e for e in extras if isinstance(e, Between)), bounds)
    if typing.get_origin(hint) is not None and type(None) in typing.get_args(hint):
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        return "" if rng.random() < 0.3 else _value(rng, members[0], False)
    if hint is int:
        if bounds.high < 10**6:  # a page or an offset: any value in range is only navigation
            return str(rng.choice([rng.randint(bounds.low, bounds.high), bounds.high + 1]))
        return str(FAR_ID + rng.randrange(10**6))
    if hint is bool:
        return rng.choice(["0", "1"])
    if typing.get_origin(hint) is Literal:
        return str(rng.choice(typing.get_args(hint)))
    if isinstance(hint, type) and issubclass(hint, Enum):
        return str(rng.choice(list(hint)).value)
    if hint is date:
        day = date(2026, 1, 1) + timedelta(days=rng.randrange(-4000, 4000))
        return rng.choice([day.strftime("%Y%m%d"), "20260230", "99991231"])
    if hint is time:
        return rng.choice(["0000", "1430", "2359", "2400", "0960"])
    return rng.choice(["x", "abc", "a" * 32])


def mutated_tap(rng: random.Random, families: Sequence[type[Callback]]) -> str:
    """Button data that is not what the bot would make for this person: corrupt fields, wrong
    field counts, another family's prefix, ids that point nowhere, or noise."""
    roll = rng.random()
    if roll < 0.1:
        length = rng.randrange(0, 70)
        return "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyz0123456789:-_🙂") for _ in range(length)
        )
    family = rng.choice(families)
    fields = _fields(family)
    has_id = any(_is_id(hint) for _, hint in fields)
    corrupt_one = (
        rng.randrange(len(fields)) if fields and (not has_id or rng.random() < 0.5) else -1
    )
    values = [_value(rng, hint, i == corrupt_one) for i, (_, hint) in enumerate(fields)]
    if roll < 0.2 or (not fields and not has_id):
        values = [*values, "1"] if rng.random() < 0.5 or not values else values[:-1]
    prefix = family.prefix if roll >= 0.3 else rng.choice(families).prefix
    return forged(SEPARATOR.join([prefix, *values]))


def forged(data: str) -> str:
    """`data`, made sure not to be a button the person could really press."""
    try:
        button = decode(data)
    except BadButton:
        return data
    # A well-formed button whose ids are real (another family's small numbers under this
    # prefix) or that has no id at all is one the person may really press (leave my role,
    # change my session's note): that is not forged data, so it is spoilt too.
    ids = [getattr(button, name) for name, hint in _fields(type(button)) if _is_id(hint)]
    if not ids or any(value is not None and value < FAR_ID for value in ids):
        return data + SEPARATOR + "1"
    return data


def _is_id(hint: Any) -> bool:
    if typing.get_origin(hint) is Annotated:
        hint, *extras = typing.get_args(hint)
        bounds = next((e for e in extras if isinstance(e, Between)), DEFAULT_BOUNDS)
        return hint is int and bounds.high >= 10**6
    return hint is int


@dataclass
class FuzzReport:
    updates: int = 0
    taps: int = 0
    errors_logged: int = 0
    went_wrong_replies: int = 0
    taps_not_answered_once: list[str] = field(default_factory=list)
    taps_not_refused: list[str] = field(default_factory=list)
    state_changed: bool = False
    seconds: float = 0.0

    @property
    def clean(self) -> bool:
        return (
            self.errors_logged == 0
            and self.went_wrong_replies == 0
            and not self.taps_not_answered_once
            and not self.taps_not_refused
            and not self.state_changed
        )


class ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@dataclass(frozen=True)
class Fuzzer:
    """Sends `count` random updates from `people` in rounds of `batch`, waiting for the bot
    after each round with `settle(update_ids)`."""

    emulator: Emulator
    people: Sequence[FakeUser]
    families: Sequence[type[Callback]]
    settle: Callable[[list[int]], Awaitable[None]]
    snapshot: Callable[[], Awaitable[object]]
    went_wrong: Sequence[str]
    refusals: Sequence[str]  # the neutral "no longer available", in every language
    seed: int = 2026
    batch: int = 40

    async def run(self, count: int) -> FuzzReport:
        rng = random.Random(self.seed)  # noqa: S311 (repeatable noise, not secrets)
        report = FuzzReport()
        errors = ErrorCounter()
        logging.getLogger().addHandler(errors)
        before = await self.snapshot()
        marks: dict[int, int] = {}
        started = datetime.now(UTC)
        try:
            for person in self.people:  # everyone has a chat and something to tap on
                await self.settle([self.emulator.send_text(person, "/start")])
            while report.updates < count:
                ids = [
                    self._one(rng, rng.choice(self.people), marks)
                    for _ in range(min(self.batch, count - report.updates))
                ]
                report.updates += len(ids)
                await self.settle(ids)
        finally:
            logging.getLogger().removeHandler(errors)
        report.seconds = (datetime.now(UTC) - started).total_seconds()
        report.errors_logged = errors.count
        report.taps = len(marks)
        answers: dict[str, list[tuple[int, object]]] = {}
        for call in self.emulator.calls_to("answerCallbackQuery"):
            answers.setdefault(str(call.params.get("callback_query_id")), []).append(
                (call.status, call.params.get("text"))
            )
        for update_id in marks:
            answered = answers.get(self.emulator.query_id_of(update_id) or "", [])
            if [status for status, _ in answered] != [200]:
                report.taps_not_answered_once.append(str(update_id))
            elif answered[0][1] not in self.refusals:
                report.taps_not_refused.append(str(update_id))
        said = [m.text or "" for p in self.people for m in self.emulator.bot_messages(p.id)]
        report.went_wrong_replies = sum(1 for text in said if text in self.went_wrong)
        report.state_changed = await self.snapshot() != before
        return report

    def _one(self, rng: random.Random, person: FakeUser, taps: dict[int, int]) -> int:
        roll = rng.random()
        if roll < 0.6:
            messages = self.emulator.bot_messages(person.id)
            message_id = messages[-1].message_id if messages else 1
            update_id = self.emulator.tap(person, message_id, mutated_tap(rng, self.families))
            taps[update_id] = person.id
            return update_id
        if roll < 0.75:
            return self.emulator.send_text(person, rng.choice(COMMANDS))
        if roll < 0.9:
            return self.emulator.send_text(person, rng.choice(TEXTS))
        kind = rng.choice(MEDIA)
        if kind == "location":
            return self.emulator.send_message(
                person,
                location={"latitude": rng.uniform(-90, 90), "longitude": rng.uniform(-180, 180)},
            )
        return self.emulator.send_message(person, **{kind: True})


async def settle_all(
    emulator: Emulator, join: Callable[[], Awaitable[None]], ids: list[int]
) -> None:
    """Wait until the bot fetched every update and handled them all."""
    await asyncio.gather(*(emulator.wait_acknowledged(i, timeout=30) for i in ids))
    await join()
