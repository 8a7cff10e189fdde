"""What the emulator remembers: the people who write, the messages of each chat, the API calls."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class FakeUser:
    """A Telegram account on the people's side of the emulator."""

    id: int
    first_name: str = "Test"
    username: str | None = None
    language_code: str | None = "en"

    def to_api(self) -> dict[str, Any]:
        """The Bot API ``User`` object for this person."""
        user: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.username is not None:
            user["username"] = self.username
        if self.language_code is not None:
            user["language_code"] = self.language_code
        return user


@dataclass
class StoredMessage:
    """One message of a chat, written by a person or by the bot, kept even after deletion.

    ``kind`` names the content ("text", "location", "venue", "document", "photo", "sticker",
    ...). ``text`` is what the person sees: HTML tags are already turned into ``entities``.
    ``extra`` holds the other parameters the bot sent (latitude, caption, file name and bytes,
    raw text before parsing...). ``content`` holds the Bot API fields that describe the
    content besides the text, exactly as they go out in a ``Message`` object.
    """

    chat_id: int
    message_id: int
    from_bot: bool
    date: float
    kind: str
    text: str | None = None
    reply_markup: dict[str, Any] | None = None
    protect_content: bool = False
    edited: bool = False
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    entities: list[dict[str, Any]] = field(default_factory=list)
    content: dict[str, Any] = field(default_factory=dict)
    sender: dict[str, Any] | None = None
    edit_date: int | None = None

    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of the inline buttons in reading order, url buttons left out."""
        if not self.reply_markup:
            return []
        return [
            (button.get("text", ""), button["callback_data"])
            for row in self.reply_markup.get("inline_keyboard", [])
            for button in row
            if "callback_data" in button
        ]


@dataclass
class Call:
    """One Bot API request as the emulator received and answered it.

    ``params`` are decoded: JSON values parsed, uploaded files as bytes. ``status`` stays 0
    and ``response`` empty while the call is still being answered (a long poll, a delay).
    """

    method: str
    params: dict[str, Any]
    at: float
    status: int = 0
    response: dict[str, Any] = field(default_factory=dict)
