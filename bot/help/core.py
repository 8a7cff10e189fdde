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
from bot.outreach.sessions import Outreach
from storage import Database


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def utc(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(UTC)


def at(text: str) -> datetime:
    """A stored time that is always there."""
    return datetime.fromisoformat(text).astimezone(UTC)


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
