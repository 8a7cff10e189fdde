"""The outbox: every message a person did not just ask for is a row here before it is sent.

Features only enqueue `Outgoing` messages (alone, or inside their own transaction with
`rows_for`, so a change and the messages about it commit together). The sender in
`bot/handlers/outbox.py` claims rows (`pending -> sending`) before sending, so no two jobs or
handlers send one twice; a sent row is deleted, so a chat id lives in the outbox only until then.
Text a person wrote (`words`) is scrubbed here, whatever feature queued it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from bot.common.scrub import scrub
from bot.common.text import clean_text
from storage import Database
from storage import outbox as store

WORDS_LIMIT = 1000
MAX_ATTEMPTS = 8  # then a message that keeps failing (not a 429, not a block) is dropped
LONGEST_BACKOFF = timedelta(minutes=10)


class Priority(IntEnum):
    """Most urgent first (DESIGN rule 12): nothing urgent waits behind a broadcast. (From 1: PTB
    drops a rate limiter argument that is 0.)"""

    URGENT = 1  # SOS, escalations, "are you safe?" alerts to leads
    RELAY = 2  # conversations between people
    NOTIFY = 3  # invitations, changes, results, lead notifications
    REPLY = 3  # an answer to someone who just wrote (the rate limiter's default)
    REMINDER = 4
    BROADCAST = 5  # notices, polls, updates to everyone who opted in


class Purpose(StrEnum):
    """Why we may write to this chat: a 403 ends exactly that (and erases its rows)."""

    TEAM = "team"  # a peer, lead or admin: marked unreachable until they write again
    ALERTS = "alerts"  # a safety notice subscriber: unsubscribed
    RELAY = "relay"  # a member talking to a peer: their conversation ends
    VOICE = "voice"  # community questions and updates: every opt-in of the chat goes


Args = Mapping[str, int | str | bool | None]


@dataclass(frozen=True)
class Outgoing:
    """One message to queue. `kind` names the screen that renders it at send time (registered
    by the feature, e.g. "outreach.reminder"); `args` are ids and codes, never personal data."""

    chat_id: int
    locale: str
    kind: str
    args: Args = field(default_factory=dict)
    words: str | None = None
    purpose: Purpose = Purpose.TEAM
    priority: Priority = Priority.NOTIFY
    not_before: datetime | None = None
    dedupe: str | None = None  # the same key twice is queued once


@dataclass(frozen=True)
class Letter:
    """A claimed row, ready to render and send."""

    id: int
    chat_id: int
    locale: str
    kind: str
    args: dict[str, Any]
    words: str | None
    purpose: Purpose
    priority: Priority
    attempts: int


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def clean_words(words: str, region: str | None) -> str:
    """What a person wrote, as it may be stored and passed on: no contact details."""
    return scrub(clean_text(words), region)[:WORDS_LIMIT]


def backoff(attempts: int) -> timedelta:
    """How long a message that failed `attempts` times waits before the next try."""
    return min(timedelta(seconds=5 * 2 ** max(attempts - 1, 0)), LONGEST_BACKOFF)


@dataclass(frozen=True)
class Outbox:
    database: Database
    clock: Callable[[], datetime]
    phone_region: str | None = None

    def rows_for(self, messages: Sequence[Outgoing]) -> list[dict[str, Any]]:
        """Rows for `storage.outbox.insert`, words scrubbed, times in UTC."""
        now = self.clock()
        return [
            {
                "chat_id": m.chat_id,
                "locale": m.locale,
                "kind": m.kind,
                "args": dict(m.args),
                "words": None if m.words is None else clean_words(m.words, self.phone_region),
                "purpose": m.purpose.value,
                "priority": int(m.priority),
                "not_before": _iso(m.not_before or now),
                "dedupe": m.dedupe,
            }
            for m in messages
        ]

    async def enqueue(self, messages: Sequence[Outgoing]) -> int:
        return await store.enqueue(self.database, self.rows_for(messages))

    async def claim(self, limit: int) -> list[Letter]:
        rows = await store.claim(self.database, _iso(self.clock()), limit)
        return [
            Letter(
                r["id"],
                r["chat_id"],
                r["locale"],
                r["kind"],
                r["args"],
                r["words"],
                Purpose(r["purpose"]),
                Priority(r["priority"]),
                r["attempts"],
            )
            for r in rows
        ]

    async def done(self, letters: Sequence[Letter]) -> None:
        await store.finish(self.database, [letter.id for letter in letters])

    async def retry(self, letter: Letter, after: timedelta | None = None) -> bool:
        """Put a letter back for later; False (and the row is gone) once it failed too often."""
        if after is None and letter.attempts >= MAX_ATTEMPTS:
            await store.finish(self.database, [letter.id])
            return False
        wait = after if after is not None else backoff(letter.attempts)
        await store.retry_later(self.database, letter.id, _iso(self.clock() + wait))
        return True

    async def forget_chat(self, chat_id: int, purposes: Sequence[Purpose] | None = None) -> int:
        return await store.forget_chat(
            self.database, chat_id, None if purposes is None else [p.value for p in purposes]
        )

    async def release_claims(self) -> int:
        return await store.release_claims(self.database)

    async def seconds_to_next(self) -> float | None:
        due = await store.next_due(self.database)
        if due is None:
            return None
        return max((datetime.fromisoformat(due) - self.clock()).total_seconds(), 0.0)

    async def waiting(self) -> int:
        return await store.waiting(self.database)
