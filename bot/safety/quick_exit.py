"""The quick exit: delete every message of the conversation Telegram still lets a bot delete
(48 hours in a private chat), and forget what we keep about the person.

A small ledger of message ids makes it possible. Sends and receipts are noted in memory and
written in batches, so a reply never waits for it; it is written out before an exit uses it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.safety.ledger import MessageLedger
from storage import Database
from storage.safety import ledger as store

DELETABLE_FOR = timedelta(hours=48)  # Telegram's limit for deleting in a private chat
DELETE_BATCH = 100  # deleteMessages takes at most 100 ids


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
