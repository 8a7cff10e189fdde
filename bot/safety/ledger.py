"""The message ledger: which messages are in a chat, so the quick exit can delete them (Telegram
lets a bot delete messages in a private chat for 48 hours). The chat is kept only as a keyed
hash; rows older than 48 hours are purged.

Ids are noted in memory (a reply never waits for a write) and written in one batch every half
second by a writer that runs while the bot does, and once more when it stops: a restart loses
none, a crash at most the last half second.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime

from bot.people.keys import MemberKeys
from storage import Database
from storage.safety import ledger as store

logger = logging.getLogger(__name__)

WRITE_EVERY = 0.5  # seconds


class MessageLedger:
    """Message ids per chat, kept under a keyed hash of the chat, for at most 48 hours."""

    def __init__(self, keys: MemberKeys) -> None:
        self._keys = keys
        self._pending: list[tuple[str, int, str]] = []
        self._stop = asyncio.Event()
        self._writer: asyncio.Task[None] | None = None

    def chat_key(self, chat_id: int) -> str:
        return self._keys.ledger_key(chat_id)

    def note(self, chat_id: int, message_id: int, sent_at: datetime) -> None:
        self._pending.append(
            (self.chat_key(chat_id), message_id, sent_at.astimezone(UTC).isoformat())
        )

    def forget(self, chat_id: int) -> None:
        """Ids of this chat noted but not written yet are dropped (the quick exit's own mark)."""
        key = self.chat_key(chat_id)
        self._pending = [row for row in self._pending if row[0] != key]

    async def flush(self, database: Database) -> None:
        pending, self._pending = self._pending, []
        try:
            await store.record(database, pending)
        except BaseException:
            self._pending = pending + self._pending
            raise

    # --- the writer ------------------------------------------------------------------------------

    def start_writing(self, database: Database) -> None:
        """Write what was noted every WRITE_EVERY seconds until `stop_writing`."""
        self._stop = asyncio.Event()
        self._writer = asyncio.create_task(self._keep_writing(database), name="message ledger")

    async def stop_writing(self, database: Database) -> None:
        """The last batch is written before the database closes (every shutdown)."""
        writer, self._writer = self._writer, None
        if writer is not None:
            self._stop.set()
            await writer
        await self.flush(database)

    async def _keep_writing(self, database: Database) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), WRITE_EVERY)
            if not self._pending:
                continue
            try:
                await self.flush(database)
            except Exception as error:  # kept in memory; the next round tries again
                logger.warning("Message ledger not written yet: %s", type(error).__name__)
