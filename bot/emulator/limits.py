"""Telegram's limits, checked the way the Bot API checks them and refused in its own words."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_CALLBACK_ANSWER_LENGTH = 200
MAX_INLINE_BUTTONS = 100
MAX_COMMANDS = 100
MAX_COMMAND_DESCRIPTION_LENGTH = 256
COMMAND_PATTERN = re.compile(r"[a-z0-9_]{1,32}")
# Inline buttons must do something; any one of these fields makes a button valid.
INLINE_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


class ApiError(Exception):
    """A refusal the emulator answers with, as ``{"ok": false, "error_code", "description"}``."""

    def __init__(self, status: int, description: str, *, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def to_response(self) -> dict[str, Any]:
        """The JSON body Telegram would answer with."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(reason: str) -> ApiError:
    """A 400 with Telegram's "Bad Request: " prefix, which PTB strips again."""
    return ApiError(400, f"Bad Request: {reason}")


def too_many_requests(retry_after: int) -> ApiError:
    """Telegram's flood-control answer."""
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after)


@dataclass(frozen=True)
class RateLimits:
    """Telegram's sending limits, enforced when given to the emulator (off by default).

    Each limit is a token bucket on the emulator's clock: a chat may send `per_chat_burst`
    messages at once and then `per_second_per_chat` a second; groups also share
    `per_minute_per_group`; the whole bot `per_second_overall`.
    """

    per_second_overall: float = 30.0
    per_second_per_chat: float = 1.0
    per_chat_burst: int = 3
    per_minute_per_group: float = 20.0


class _TokenBucket:
    def __init__(self, capacity: float, per_second: float, now: float) -> None:
        self.capacity = capacity
        self.per_second = per_second
        self.tokens = capacity
        self.updated = now

    def refill(self, now: float) -> None:
        # A test clock may be set back; never let that drain the bucket.
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(self.capacity, self.tokens + elapsed * self.per_second)
        self.updated = now

    def seconds_until_available(self) -> float:
        if self.tokens >= 1:
            return 0.0
        return (1 - self.tokens) / self.per_second


class FloodControl:
    """Refuses sends over the `RateLimits` with 429 and counts how often it did."""

    def __init__(self, limits: RateLimits, clock: Callable[[], float]) -> None:
        self._limits = limits
        self._clock = clock
        self._overall = _TokenBucket(limits.per_second_overall, limits.per_second_overall, clock())
        self._per_chat: dict[int, _TokenBucket] = {}
        self._per_group: dict[int, _TokenBucket] = {}
        self.refusals = 0

    def admit_send(self, chat_id: int, *, is_group: bool) -> None:
        """Take one send for `chat_id` from every bucket, or raise 429 and take nothing."""
        now = self._clock()
        buckets = [self._overall, self._bucket_for_chat(chat_id, now)]
        if is_group:
            buckets.append(self._bucket_for_group(chat_id, now))
        for bucket in buckets:
            bucket.refill(now)
        wait = max(bucket.seconds_until_available() for bucket in buckets)
        if wait > 0:
            self.refusals += 1
            raise too_many_requests(max(1, math.ceil(wait)))
        for bucket in buckets:
            bucket.tokens -= 1

    def _bucket_for_chat(self, chat_id: int, now: float) -> _TokenBucket:
        if chat_id not in self._per_chat:
            self._per_chat[chat_id] = _TokenBucket(
                self._limits.per_chat_burst, self._limits.per_second_per_chat, now
            )
        return self._per_chat[chat_id]

    def _bucket_for_group(self, chat_id: int, now: float) -> _TokenBucket:
        if chat_id not in self._per_group:
            per_minute = self._limits.per_minute_per_group
            self._per_group[chat_id] = _TokenBucket(per_minute, per_minute / 60, now)
        return self._per_group[chat_id]


def check_message_text(visible_text: str, length: int) -> None:
    """Refuse an empty text or one over 4096 UTF-16 code units (counted after parsing)."""
    if not visible_text.strip():
        raise bad_request("message text is empty")
    if length > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")


def check_caption(length: int) -> None:
    """Refuse a caption over 1024 UTF-16 code units (counted after parsing)."""
    if length > MAX_CAPTION_LENGTH:
        raise bad_request("message caption is too long")


def check_reply_markup(markup: Any) -> None:
    """Refuse inline keyboards Telegram would refuse; other keyboards pass unchecked."""
    if markup is None:
        return
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        return
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
        )
    buttons = [button for row in rows for button in row]
    if len(buttons) > MAX_INLINE_BUTTONS:
        raise bad_request("reply markup is too long")
    for button in buttons:
        _check_inline_button(button)


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request("can't parse inline keyboard button: Text must be a String")
    if not any(action in button for action in INLINE_BUTTON_ACTIONS):
        raise bad_request("text buttons are unallowed in the inline keyboard")
    if "callback_data" in button:
        data = button["callback_data"]
        size = len(data.encode("utf-8")) if isinstance(data, str) else 0
        if not 1 <= size <= MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not url.startswith(("http://", "https://", "tg://")):
            raise bad_request("BUTTON_URL_INVALID")


def check_commands(commands: Any) -> list[dict[str, str]]:
    """The commands of setMyCommands, refused when a name or description is invalid."""
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > MAX_COMMANDS:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    checked = []
    for command in commands:
        if not isinstance(command, dict):
            raise bad_request("can't parse BotCommand JSON object")
        name = command.get("command")
        description = command.get("description")
        if not isinstance(name, str) or not COMMAND_PATTERN.fullmatch(name):
            raise bad_request("BOT_COMMAND_INVALID")
        if (
            not isinstance(description, str)
            or not description.strip()
            or len(description) > MAX_COMMAND_DESCRIPTION_LENGTH
        ):
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        checked.append({"command": name, "description": description})
    return checked


def check_callback_answer_text(text: str | None) -> None:
    """Refuse a notification text over 200 characters."""
    if text is not None and len(text) > MAX_CALLBACK_ANSWER_LENGTH:
        raise bad_request("MESSAGE_TOO_LONG")
