"""A daily limit per person that keeps no trace of the person: counted under a keyed hash whose
key is made in memory, changes every day and is never stored or logged (anonymous feedback,
danger reports)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections import Counter
from datetime import date


class DailyLimiter:
    """At most `per_day` submissions a day per person."""

    def __init__(self, per_day: int) -> None:
        self.per_day = per_day
        self._day: date | None = None
        self._key = b""
        self._counts: Counter[str] = Counter()

    def _tag(self, telegram_id: int, today: date) -> str:
        if today != self._day:
            self._day, self._key, self._counts = today, secrets.token_bytes(32), Counter()
        return hmac.new(self._key, str(telegram_id).encode(), hashlib.sha256).hexdigest()

    def allowed(self, telegram_id: int, today: date) -> bool:
        return self._counts[self._tag(telegram_id, today)] < self.per_day

    def count(self, telegram_id: int, today: date) -> None:
        self._counts[self._tag(telegram_id, today)] += 1
