"""The message ledger: which messages are in a chat, so the quick exit can delete them (Telegram
lets a bot delete messages in a private chat for 48 hours). The chat is kept only as a keyed
hash; rows older than 48 hours are purged."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.people.keys import MemberKeys
from storage import Database
from storage.safety import ledger as store


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
