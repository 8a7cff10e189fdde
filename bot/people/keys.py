"""Keyed hashes (HMAC-SHA256 with `ID_HASH_KEY`), so a stolen database alone cannot be linked
back to Telegram accounts: member preferences, the message ledger and invite codes use them."""

from __future__ import annotations

import hashlib
import hmac

from bot.settings import Secret


class MemberKeys:
    """Keyed hashes so that a stolen database alone cannot be linked back to Telegram accounts."""

    def __init__(self, key: Secret) -> None:
        self._key = key.reveal().encode()

    def _digest(self, purpose: str, value: str) -> str:
        return hmac.new(self._key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def member_key(self, telegram_id: int) -> str:
        return self._digest("member", str(telegram_id))

    def ledger_key(self, chat_id: int) -> str:
        return self._digest("ledger", str(chat_id))

    def invite_hash(self, code: str) -> str:
        return self._digest("invite", code)
