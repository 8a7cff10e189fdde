"""The quick exit: delete every message of the conversation Telegram still lets a bot delete
(48 hours in a private chat), and forget what we keep about the person, on the disk too.

A small ledger of message ids makes it possible (`ledger`): ids are written in batches within a
second and at every shutdown, so a reply never waits for it and a restart loses none.
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
        """The chat's ledger goes, ids not written yet included."""
        self.ledger.forget(chat_id)
        await store.forget_chat(self.database, self.ledger.chat_key(chat_id))

    async def leave_no_copy(self) -> None:
        """Fold the WAL into the main file and truncate it: erased rows (zeroed by
        secure_delete) leave no copy of themselves on the disk."""
        await self.database.checkpoint()

    async def purge(self) -> int:
        """Drop ledger rows past Telegram's window, then fold the WAL so no copy stays behind."""
        await self.ledger.flush(self.database)
        cutoff = (self.clock() - DELETABLE_FOR).astimezone(UTC).isoformat()
        removed = await store.purge_before(self.database, cutoff)
        await self.database.checkpoint()
        return removed
