"""PTB's bot with two duties of ours: it notes the id of every message it sends in a private chat,
so the quick exit can delete the whole conversation (DESIGN rule 6); and it skips an update it
cannot read (a newer Bot API field, a damaged payload) instead of failing on it for ever."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Chat, Message, Update
from telegram.ext import ExtBot

from bot.safety.ledger import MessageLedger

logger = logging.getLogger(__name__)


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

    async def _post(self, endpoint: str, data: Any = None, *args: Any, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, *args, **kwargs)
        if endpoint == "getUpdates" and isinstance(result, list):
            return self._readable(result)
        return result

    def _readable(self, updates: list[Any]) -> list[Any]:
        """PTB would log the whole batch (names, texts, places) and fail on it at every poll:
        an update it cannot read is replaced by its bare id, so polling moves past it."""
        if all(_reads(update, self) for update in updates):
            return updates
        readable = []
        for update in updates:
            if _reads(update, self):
                readable.append(update)
                continue
            update_id = update.get("update_id") if isinstance(update, dict) else None
            logger.warning("Skipped update %s: the library could not read it", update_id)
            if isinstance(update_id, int):
                readable.append({"update_id": update_id})
        return readable


def _reads(update: Any, bot: ExtBot[None]) -> bool:
    try:
        Update.de_json(update, bot)
    except Exception:
        return False
    return True
