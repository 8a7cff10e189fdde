"""The world behind the emulator: chats and their messages, files, button taps, bot-side changes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.emulator.records import StoredMessage

logger = logging.getLogger(__name__)

Listener = Callable[[str, StoredMessage], None]


@dataclass
class StoredFile:
    """A file someone sent, served by getFile and the file download URL."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes


@dataclass
class CallbackQueryRecord:
    """A button tap, waiting for answerCallbackQuery."""

    query_id: str
    update_id: int
    chat_id: int
    message_id: int
    data: str
    tapped_at: float
    answer: dict[str, Any] | None = None


class ChatStore:
    """Chats, messages, files and taps, plus the ordered log of what the bot changed."""

    def __init__(self) -> None:
        self.chats: dict[int, dict[str, Any]] = {}
        # A person's private chat exists only once they wrote to the bot there.
        self.private_chat_started: set[int] = set()
        self.blocked_users: set[int] = set()
        self.files: dict[str, StoredFile] = {}
        self.callback_queries: dict[str, CallbackQueryRecord] = {}
        self.query_of_update: dict[int, str] = {}
        self._messages: dict[int, list[StoredMessage]] = {}
        self._bot_changes: list[tuple[str, StoredMessage]] = []
        self._listeners: list[Listener] = []

    def remember_chat(self, chat: dict[str, Any]) -> None:
        """Know `chat` (a Bot API ``Chat``) from now on, refreshing its details."""
        self.chats[chat["id"]] = chat
        self._messages.setdefault(chat["id"], [])

    def add_message(self, message: StoredMessage) -> StoredMessage:
        """Append `message` to its chat, giving it the chat's next message id."""
        chat_messages = self._messages.setdefault(message.chat_id, [])
        message.message_id = len(chat_messages) + 1
        chat_messages.append(message)
        return message

    def find_message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        """The message with that id in that chat, deleted or not."""
        chat_messages = self._messages.get(chat_id, [])
        if 1 <= message_id <= len(chat_messages):
            return chat_messages[message_id - 1]
        return None

    def messages(self, chat_id: int) -> list[StoredMessage]:
        """All messages of a chat in order, deleted ones included."""
        return list(self._messages.get(chat_id, []))

    def store_file(self, kind: str, data: bytes, extension: str) -> StoredFile:
        """Keep `data` under a fresh file id, as Telegram does for every upload."""
        number = len(self.files) + 1
        stored = StoredFile(
            file_id=f"EMU-{kind}-{number:06d}",
            file_unique_id=f"emu{number:06d}",
            file_path=f"{kind}s/file_{number}.{extension}",
            data=data,
        )
        self.files[stored.file_id] = stored
        return stored

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(event, message)` on every bot-side change from now on."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def record_bot_change(self, event: str, message: StoredMessage) -> None:
        """Log that the bot "sent", "edited" or "deleted" `message`, and tell the listeners."""
        self._bot_changes.append((event, message))
        for listener in self._listeners:
            try:
                listener(event, message)
            except Exception:
                # A broken printer in console mode must not turn a bot's send into an error.
                logger.exception("emulator listener failed on %s", event)

    @property
    def change_count(self) -> int:
        """How many bot-side changes happened so far; a mark for `changes_since`."""
        return len(self._bot_changes)

    def changes_since(self, mark: int) -> list[tuple[str, StoredMessage]]:
        """The bot-side changes after `mark` (an earlier `change_count`), in order."""
        return list(self._bot_changes[mark:])
