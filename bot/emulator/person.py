"""A person chatting with the bot through the emulator, for tests and benchmarks.

Each action queues one update, waits until the bot has handled it and returns what the bot
sent or edited in the person's chat because of it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot.emulator.records import FakeUser, StoredMessage
from bot.emulator.server import Emulator

Settle = Callable[[int], Awaitable[None]]

QUIET_AFTER_HANDLING = 0.05
LONGEST_SETTLE = 2.0


class SimulatedPerson:
    """One person in a private chat with the bot.

    `settle(update_id)` must return once the bot finished handling that update. Tests pass
    one that awaits ``emulator.wait_acknowledged(update_id)`` and then
    ``application.update_queue.join()``; without it the person waits for the acknowledgement
    and then until the bot has made no call for 50 ms (at most 2 s).
    """

    def __init__(self, emulator: Emulator, user: FakeUser, settle: Settle | None = None) -> None:
        self.emulator = emulator
        self.user = user
        self._settle = settle or self._wait_until_bot_is_quiet
        self.last_update_id: int | None = None
        self._last_tap_update_id: int | None = None
        self._replies: list[StoredMessage] = []

    @property
    def chat_id(self) -> int:
        """The private chat with the bot, which has the person's id."""
        return self.user.id

    # --- actions ------------------------------------------------------------------------------

    async def send(self, text: str) -> list[StoredMessage]:
        """Write `text` (a "/command" gets its bot_command entity)."""
        return await self._act(lambda: self.emulator.send_text(self.user, text))

    async def tap(self, label: str) -> list[StoredMessage]:
        """Tap the button labelled exactly `label` on the newest bot message that shows it."""
        for message in reversed(self.emulator.bot_messages(self.chat_id)):
            for button_label, callback_data in message.buttons():
                if button_label == label:
                    return await self._tap(message.message_id, callback_data)
        visible = [
            button_label
            for message in self.emulator.bot_messages(self.chat_id)
            for button_label, _ in message.buttons()
        ]
        raise AssertionError(f"no button labelled {label!r}; visible buttons: {visible}")

    async def tap_data(
        self, callback_data: str, message_id: int | None = None
    ) -> list[StoredMessage]:
        """Tap with any `callback_data` on any message: forged or stale taps.

        Without `message_id` the tap lands on the newest bot message still in the chat.
        """
        if message_id is None:
            bot_messages = self.emulator.bot_messages(self.chat_id)
            if not bot_messages:
                raise AssertionError("the bot has no message in this chat to tap on")
            message_id = bot_messages[-1].message_id
        return await self._tap(message_id, callback_data)

    async def share_location(
        self, latitude: float, longitude: float, live_period: int | None = None
    ) -> list[StoredMessage]:
        """Share a location, a live one when `live_period` (seconds) is given."""
        location: dict[str, Any] = {"latitude": latitude, "longitude": longitude}
        if live_period is not None:
            location["live_period"] = live_period
        return await self._send_content(location=location)

    async def send_sticker(self) -> list[StoredMessage]:
        return await self._send_content(sticker=True)

    async def send_photo(self) -> list[StoredMessage]:
        return await self._send_content(photo=True)

    async def send_voice(self) -> list[StoredMessage]:
        return await self._send_content(voice=True)

    async def send_document(self) -> list[StoredMessage]:
        return await self._send_content(document=True)

    async def send_contact(self) -> list[StoredMessage]:
        """Share the person's own contact card."""
        return await self._send_content(
            contact={"first_name": self.user.first_name, "user_id": self.user.id}
        )

    async def edit(self, message_id: int, text: str) -> list[StoredMessage]:
        """Edit one of the person's own earlier messages."""
        return await self._act(lambda: self.emulator.edit_text(self.user, message_id, text))

    # --- reading ------------------------------------------------------------------------------

    def answer(self) -> dict[str, Any] | None:
        """The answerCallbackQuery parameters for the last tap, None if unanswered or no tap."""
        if self._last_tap_update_id is None:
            return None
        return self.emulator.callback_answer(self._last_tap_update_id)

    def replies(self) -> list[StoredMessage]:
        """What the last action produced, as it returned."""
        return list(self._replies)

    def texts(self) -> list[str]:
        """The text (or caption) of each reply of the last action that has one."""
        texts = []
        for message in self._replies:
            text = message.text if message.text is not None else message.content.get("caption")
            if text is not None:
                texts.append(text)
        return texts

    def conversation(self) -> list[StoredMessage]:
        """The whole chat, the person's messages and the bot's, deleted ones flagged."""
        return self.emulator.messages(self.chat_id)

    # --- steps --------------------------------------------------------------------------------

    async def _tap(self, message_id: int, callback_data: str) -> list[StoredMessage]:
        def tap() -> int:
            update_id = self.emulator.tap(self.user, message_id, callback_data)
            self._last_tap_update_id = update_id
            return update_id

        return await self._act(tap)

    async def _send_content(self, **content: Any) -> list[StoredMessage]:
        return await self._act(lambda: self.emulator.send_message(self.user, **content))

    async def _act(self, queue_update: Callable[[], int]) -> list[StoredMessage]:
        mark = self.emulator.change_count
        update_id = queue_update()
        self.last_update_id = update_id
        await self._settle(update_id)
        produced: dict[int, StoredMessage] = {}
        for event, message in self.emulator.changes_since(mark):
            if message.chat_id == self.chat_id and event in ("sent", "edited"):
                produced.setdefault(message.message_id, message)
        # A message the bot sent and took back within the same action is not a reply.
        self._replies = [message for message in produced.values() if not message.deleted]
        return list(self._replies)

    async def _wait_until_bot_is_quiet(self, update_id: int) -> None:
        await self.emulator.wait_acknowledged(update_id)
        await self.emulator.wait_idle(QUIET_AFTER_HANDLING, give_up_after=LONGEST_SETTLE)
