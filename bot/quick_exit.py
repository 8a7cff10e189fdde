"""The quick exit: delete every message of the conversation Telegram still lets a bot delete
(48 hours in a private chat), and forget what we keep about the person.

A small ledger of message ids makes it possible. Sends and receipts are noted in memory and
written in batches, so a reply never waits for it; it is written out before an exit uses it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.people import MemberKeys
from storage import Database
from storage import ledger as store

DELETABLE_FOR = timedelta(hours=48)  # Telegram's limit for deleting in a private chat
DELETE_BATCH = 100  # deleteMessages takes at most 100 ids


class MessageLedger:
    """Message ids per chat, kept under a keyed hash of the chat, for at most 48 hours."""

    def __init__(self, keys: MemberKeys) -> None:
        self._keys = keys
        self._pending: list[tuple[str, int, str]] = []

    def chat_key(self, chat_id: int) -> str:
        return self._keys.ledger_key(chat_id)

    def note(self, chat_id: int, message_id: int, sent_at: datetime) -> None:
        self._pending.append(
            (self.chat_key(chat_id), message_id, sent_at.astimezone(UTC).isoformat())
        )

    async def flush(self, database: Database) -> None:
        pending, self._pending = self._pending, []
        try:
            await store.record(database, pending)
        except BaseException:
            self._pending = pending + self._pending
            raise


@dataclass(frozen=True)
class QuickExit:
    database: Database
    ledger: MessageLedger
    clock: Callable[[], datetime]

    async def deletable(self, chat_id: int) -> list[list[int]]:
        """The chat's message ids still under 48 hours old, in batches for deleteMessages."""
        await self.ledger.flush(self.database)
        since = (self.clock() - DELETABLE_FOR).astimezone(UTC).isoformat()
        ids = await store.message_ids(self.database, self.ledger.chat_key(chat_id), since)
        return [ids[i : i + DELETE_BATCH] for i in range(0, len(ids), DELETE_BATCH)]

    async def forget_chat(self, chat_id: int) -> None:
        await self.ledger.flush(self.database)
        await store.forget_chat(self.database, self.ledger.chat_key(chat_id))

    async def purge(self) -> int:
        """Drop ledger rows past Telegram's window, then fold the WAL so no copy stays behind."""
        await self.ledger.flush(self.database)
        cutoff = (self.clock() - DELETABLE_FOR).astimezone(UTC).isoformat()
        removed = await store.purge_before(self.database, cutoff)
        await self.database.checkpoint()
        return removed
