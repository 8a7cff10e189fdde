"""Bot API JSON objects built from what the emulator stores, and sample content people send."""

from __future__ import annotations

import copy
from typing import Any

from bot.emulator.records import FakeUser, StoredMessage

# Minimal valid payloads for what a person can send, without the file ids the emulator adds.
# Enough for PTB to parse each one into its class (Sticker needs type, is_video...).
CONTENT_TEMPLATES: dict[str, Any] = {
    "sticker": {
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "type": "regular",
        "emoji": "🙂",
    },
    "photo": [{"width": 90, "height": 90}, {"width": 800, "height": 800}],
    "voice": {"duration": 3, "mime_type": "audio/ogg"},
    "audio": {"duration": 60, "mime_type": "audio/mpeg", "title": "Recording"},
    "video": {"width": 640, "height": 360, "duration": 5, "mime_type": "video/mp4"},
    "video_note": {"length": 240, "duration": 5},
    "animation": {"width": 320, "height": 240, "duration": 2, "mime_type": "video/mp4"},
    "document": {"file_name": "note.txt", "mime_type": "text/plain"},
    "contact": {"phone_number": "+10000000000", "first_name": "Contact"},
    "location": {"latitude": -1.2921, "longitude": 36.8219},
    "venue": {
        "location": {"latitude": -1.2921, "longitude": 36.8219},
        "title": "Meeting point",
        "address": "Main street 1",
    },
    "dice": {"emoji": "🎲", "value": 3},
}
# Kinds whose payload is a file: each gets a file id, and getFile can serve its bytes.
FILE_KINDS = frozenset(
    {"sticker", "photo", "voice", "audio", "video", "video_note", "animation", "document"}
)
# Message fields that are not the content itself, for telling a message's kind.
NOT_CONTENT = frozenset({"caption", "caption_entities", "has_spoiler", "media_group_id"})


def sample_content(kind: str, given: Any = True) -> Any:
    """The payload for `kind`: the template for True, a dict merged over it, else `given` as is."""
    template = CONTENT_TEMPLATES.get(kind)
    if given is True and template is not None:
        return copy.deepcopy(template)
    if isinstance(given, dict) and isinstance(template, dict):
        return {**copy.deepcopy(template), **given}
    return given


def private_chat(user: FakeUser) -> dict[str, Any]:
    """The ``Chat`` of a person's private conversation with the bot."""
    chat: dict[str, Any] = {"id": user.id, "type": "private", "first_name": user.first_name}
    if user.username is not None:
        chat["username"] = user.username
    return chat


def group_chat(chat_id: int, title: str) -> dict[str, Any]:
    """The ``Chat`` of a basic group."""
    return {"id": chat_id, "type": "group", "title": title}


def channel_chat(chat_id: int, title: str) -> dict[str, Any]:
    """The ``Chat`` of a channel."""
    return {"id": chat_id, "type": "channel", "title": title}


def message_to_api(message: StoredMessage, chat: dict[str, Any]) -> dict[str, Any]:
    """The ``Message`` object for a stored message, as getUpdates or a send method returns it."""
    payload: dict[str, Any] = {
        "message_id": message.message_id,
        "date": int(message.date),
        "chat": chat,
    }
    if message.sender is not None:
        payload["from"] = message.sender
    if chat["type"] == "channel":
        payload["sender_chat"] = chat
    if message.edit_date is not None:
        payload["edit_date"] = message.edit_date
    if message.text is not None:
        payload["text"] = message.text
        if message.entities:
            payload["entities"] = message.entities
    payload.update(message.content)
    # Telegram echoes only inline keyboards; reply keyboards live on the person's client.
    if message.reply_markup and "inline_keyboard" in message.reply_markup:
        payload["reply_markup"] = message.reply_markup
    if message.protect_content:
        payload["has_protected_content"] = True
    return payload


def inaccessible_message(chat: dict[str, Any], message_id: int) -> dict[str, Any]:
    """What a callback query carries when its message is gone: date 0 marks it inaccessible."""
    return {"chat": chat, "message_id": message_id, "date": 0}


def chat_full_info(chat: dict[str, Any]) -> dict[str, Any]:
    """The ``ChatFullInfo`` getChat answers with, with the fields PTB requires."""
    return {
        **chat,
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    }
