"""Who someone is to the bot: a role (member, peer, lead, admin) and the `Viewer` an update is
resolved to, always from the database, never from what a client sent."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    MEMBER = "member"
    PEER = "peer"
    LEAD = "lead"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def at_least(self, other: Role) -> bool:
        return _RANKS[self] >= _RANKS[other]


@dataclass(frozen=True)
class Viewer:
    """The person behind an update, as the database knows them right now."""

    telegram_id: int
    role: Role
    locale: str
    alias: str | None = None
    person_id: int | None = None
    has_saved_locale: bool = False
    area_id: int | None = None
    reachable: bool = True  # False: marked unreachable after blocking the bot


_RANKS = {role: rank for rank, role in enumerate(Role)}
