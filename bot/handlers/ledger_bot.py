"""PTB's bot, noting the id of every message it sends in a private chat, so the quick exit can
delete the whole conversation (DESIGN rule 6)."""

from __future__ import annotations

from typing import Any

from telegram import Chat, Message
from telegram.ext import ExtBot

from bot.safety.ledger import MessageLedger


class LedgerBot(ExtBot[None]):
    __slots__ = ("ledger",)

    def __init__(self, *args: Any, ledger: MessageLedger, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():  # PTB freezes its objects after __init__
            self.ledger = ledger

    async def _send_message(self, *args: Any, **kwargs: Any) -> Any:
        result = await super()._send_message(*args, **kwargs)
        if isinstance(result, Message) and result.chat.type == Chat.PRIVATE:
            self.ledger.note(result.chat.id, result.message_id, result.date)
        return result
