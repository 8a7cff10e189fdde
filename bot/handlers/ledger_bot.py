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


class LedgerBot(ExtBot[int]):
    __slots__ = ("_reading_carefully", "ledger")

    def __init__(self, *args: Any, ledger: MessageLedger, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():  # PTB freezes its objects after __init__
            self.ledger = ledger
            self._reading_carefully = False

    async def _send_message(self, *args: Any, **kwargs: Any) -> Any:
        result = await super()._send_message(*args, **kwargs)
        if isinstance(result, Message) and result.chat.type == Chat.PRIVATE:
            self.ledger.note(result.chat.id, result.message_id, result.date)
        return result

    async def get_updates(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return await super().get_updates(*args, **kwargs)
        except (TypeError, ValueError, KeyError, AttributeError):
            # PTB could not read an update of the batch (it logged the batch, without its values:
            # see bot/logs.py) and would fail on it at every poll. The batch is not confirmed
            # yet, so it is fetched again and each unreadable update replaced by its bare id.
            self._reading_carefully = True
            try:
                return await super().get_updates(*args, **kwargs)
            finally:
                self._reading_carefully = False

    async def _post(self, endpoint: str, data: Any = None, *args: Any, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, data, *args, **kwargs)
        if self._reading_carefully and endpoint == "getUpdates" and isinstance(result, list):
            return [self._readable(update) for update in result]
        return result

    def _readable(self, update: Any) -> Any:
        if _reads(update, self):
            return update
        update_id = update.get("update_id") if isinstance(update, dict) else None
        logger.warning("Skipped update %s: the library could not read it", update_id)
        return {"update_id": update_id}


def _reads(update: Any, bot: ExtBot[int]) -> bool:
    try:
        Update.de_json(update, bot)
    except Exception:
        return False
    return True


def read_update(data: Any, bot: ExtBot[int]) -> Update | None:
    """An update posted to the webhook, or None (and a line in the log, without its content)
    when the library cannot read it."""
    try:
        return Update.de_json(data, bot)
    except Exception:
        update_id = data.get("update_id") if isinstance(data, dict) else None
        logger.warning("Skipped update %s: the library could not read it", update_id)
        return None
