"""What every part of the help feature stands on: the database, the clock and time zone, the
policy, outreach (calls for help and follow-ups are about its sessions) and the outbox rows of
letters queued inside a change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.outbox import Outbox, Outgoing
from bot.help.model import HelpPolicy
from bot.outreach.core import iso
from bot.outreach.core import utc as at
from bot.outreach.sessions import Outreach
from storage import Database

__all__ = ["HelpCore", "at", "iso", "utc"]


def utc(text: str | None) -> datetime | None:
    """A stored time that may be missing (`at` is one that is always there)."""
    return None if text is None else at(text)


@dataclass(frozen=True)
class HelpCore:
    database: Database
    outreach: Outreach
    clock: Callable[[], datetime]
    zone: ZoneInfo
    policy: HelpPolicy = field(default_factory=HelpPolicy)
    k: int = 5
    default_locale: str = "en"
    phone_region: str | None = None

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def _outbox_rows(self, letters: Sequence[Outgoing]) -> list[dict[str, Any]]:
        return Outbox(self.database, self.clock, self.phone_region).rows_for(letters)
