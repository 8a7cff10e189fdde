"""The words of the relay: what a conversation is about, its two sides, who is on duty, what an
ending leaves to do, and the monthly figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from bot.common.outbox import Outgoing


class Topic(StrEnum):
    """What the member wants to talk about (optional; the peer sees it after accepting)."""

    POLICE = "police"  # police or arrest
    VIOLENCE = "violence"
    HEALTH = "health"
    PAPERS = "papers"  # papers, asylum
    TALK = "talk"  # just talk, something else


class Side(StrEnum):
    """Whose chat a message is in."""

    MEMBER = "member"
    PEER = "peer"


class HandTo(StrEnum):
    """Who a conversation is offered to: peers on duty, or (handed over) the leads."""

    PEER = "peer"
    LEAD = "lead"


class Outcome(StrEnum):
    """What a tap on Accept came to."""

    ACCEPTED = "accepted"
    TAKEN = "taken"  # someone else was first
    BUSY = "busy"  # the peer is talking with someone already


@dataclass(frozen=True)
class Conversation:
    """A request waiting for a peer, or an open conversation. `member_chat` is held only while
    it exists; the peer's details are read from the team, never copied here."""

    id: int
    member_chat: int
    member_locale: str
    topic: Topic | None
    waiting: bool
    offered_to: HandTo
    peer_id: int | None  # who has it (open) or handed it over (waiting again)
    peer_chat: int | None
    peer_locale: str
    peer_alias: str | None
    asked_at: datetime
    accepted_at: datetime | None
    last_message_at: datetime | None

    @property
    def open(self) -> bool:
        return not self.waiting


@dataclass(frozen=True)
class OnDuty:
    """A team member who said "I'm available", as a lead sees them."""

    alias: str
    until: datetime
    busy: bool


@dataclass(frozen=True)
class Ending:
    """What ending a conversation leaves to do: messages to delete (chat id -> message ids, as
    Telegram still allows) and letters to whoever did not end it."""

    conversation: Conversation
    deletions: dict[int, list[int]] = field(default_factory=dict)
    letters: list[Outgoing] = field(default_factory=list)


@dataclass(frozen=True)
class Accepted:
    outcome: Outcome
    conversation: Conversation | None = None
    letters: list[Outgoing] = field(default_factory=list)


@dataclass(frozen=True)
class Relayed:
    """A message someone sent in a conversation: passed on (a copy is queued), or held until a
    peer accepts (`first_held`: the first one, which the member is told about)."""

    conversation: Conversation
    held: bool = False
    first_held: bool = False
    full: bool = False  # too many held already: not passed on


@dataclass(frozen=True)
class RelayFigures:
    """One closed month: conversations (accepted requests), the median minutes a request waited
    for a peer, and requests nobody accepted. None: hidden (from 1 to K-1, DESIGN rule 5)."""

    month: str
    conversations: int | None
    median_minutes: float | None
    unanswered: int | None
