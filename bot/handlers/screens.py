"""What a person sees, as plain values: a `Screen` is text and rows of buttons; a `Copy` is a
message someone else wrote, passed on by the outbox.

Every feature's screens are pure functions (domain objects, `Messages` and the time zone in, a
`Screen` out), so they are tested by their exact text without Telegram; `respond.show()` puts a
screen on the phone.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.handlers.callbacks import Callback


@dataclass(frozen=True)
class Button:
    """A button that sends `tap` back to us when pressed, or opens `url`."""

    label: str
    tap: Callback | None = None
    url: str | None = None

    def __post_init__(self) -> None:
        if (self.tap is None) == (self.url is None):
            raise ValueError("a button has either a tap or a url")


Row = tuple[Button, ...]


@dataclass(frozen=True)
class Screen:
    """One message: its text, its buttons, and whether Telegram should stop forwarding and saving
    it (`protect`: rights, notices, reports, relayed messages)."""

    text: str
    rows: tuple[Row, ...] = field(default=())
    protect: bool = False

    def labels(self) -> list[str]:
        return [button.label for row in self.rows for button in row]

    def warned(self, warning: str) -> Screen:
        """The same screen with a warning under its text (`bot.common.stigma.stigma_warning`
        about what a lead is about to send), or itself when there is none."""
        return replace(self, text=f"{self.text}\n\n{warning}") if warning else self

    def taps(self) -> list[Callback]:
        return [button.tap for row in self.rows for button in row if button.tap is not None]


@dataclass(frozen=True)
class Copy:
    """A message someone sent us, to be copied into another chat by the outbox (`copyMessage`:
    no forward header, so the recipient never learns whose account wrote it), protected from
    forwarding and saving. `sent(message_id)` is told the id of the copy once it is there, and
    answers False when it is no longer wanted (the conversation ended meanwhile): it is deleted
    at once."""

    from_chat_id: int
    message_id: int
    sent: Callable[[int], Awaitable[bool]] | None = None
    protect: bool = True


def rows(*lines: Iterable[Button] | Button | None) -> tuple[Row, ...]:
    """Rows from lines: a list of buttons, a single button, or None (left out)."""
    made: list[Row] = []
    for line in lines:
        if line is None:
            continue
        row = (line,) if isinstance(line, Button) else tuple(line)
        if row:
            made.append(row)
    return tuple(made)


def in_rows_of(buttons: Sequence[Button], size: int) -> tuple[Row, ...]:
    return tuple(tuple(buttons[i : i + size]) for i in range(0, len(buttons), size))


def in_pairs(buttons: Sequence[Button]) -> tuple[Row, ...]:
    return in_rows_of(buttons, 2)


def one_per_row(buttons: Iterable[Button]) -> tuple[Row, ...]:
    return tuple((button,) for button in buttons)


def keyboard(screen_rows: Sequence[Row]) -> InlineKeyboardMarkup | None:
    if not screen_rows:
        return None
    return _markup(tuple(screen_rows))


@functools.lru_cache(maxsize=2048)
def _markup(screen_rows: tuple[Row, ...]) -> InlineKeyboardMarkup:
    # PTB's keyboards are frozen, so one made for a menu serves every later send of it.
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.label, callback_data=b.tap.pack())
                if b.tap is not None
                else InlineKeyboardButton(b.label, url=b.url)
                for b in row
            ]
            for row in screen_rows
        ]
    )


def toggle(label: str, on: bool) -> str:
    """A choice that can be switched on and off, for multi-select lists."""
    return ("☑ " if on else "☐ ") + label
