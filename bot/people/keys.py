"""Keyed hashes (HMAC-SHA256 with `ID_HASH_KEY`), so a stolen database alone cannot be linked
back to Telegram accounts: member preferences, the message ledger, relay blocks and invite codes
use them."""

from __future__ import annotations

import hashlib
import hmac
from collections import OrderedDict

from bot.settings import Secret

RECENT_KEYS = 4096


class MemberKeys:
    """Keyed hashes so that a stolen database alone cannot be linked back to Telegram accounts."""

    def __init__(self, key: Secret) -> None:
        self._key = key.reveal().encode()
        # Every update needs one or two of these: the last few thousand stay in memory (where
        # the ids are anyway while the bot serves them), never on disk.
        self._recent: OrderedDict[tuple[str, int], str] = OrderedDict()

    def _digest(self, purpose: str, value: str) -> str:
        return hmac.new(self._key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def _remembered(self, purpose: str, number: int) -> str:
        key = (purpose, number)
        digest = self._recent.get(key)
        if digest is None:
            digest = self._recent[key] = self._digest(purpose, str(number))
            if len(self._recent) > RECENT_KEYS:
                self._recent.popitem(last=False)
        return digest

    def member_key(self, telegram_id: int) -> str:
        return self._remembered("member", telegram_id)

    def ledger_key(self, chat_id: int) -> str:
        return self._remembered("ledger", chat_id)

    def relay_block_key(self, telegram_id: int) -> str:
        """Someone blocked from talking to a peer: their own purpose, so that their quick exit
        (which forgets the member and ledger hashes) does not lift the block."""
        return self._digest("relay-block", str(telegram_id))

    def invite_hash(self, code: str) -> str:
        return self._digest("invite", code)

    def calendar_uid(self, event: int) -> str:
        """A calendar event's stable id that does not say what the event is."""
        return self._digest("calendar", str(event))[:32]
