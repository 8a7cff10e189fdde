"""The buttons of talk to a peer: a member asks (a topic if they like), leaves a message when no
peer is free, opens emergency contacts; a peer switches "I'm available", accepts, ends, hands
over or blocks; a lead reads the figures. Prefixes start with `r`.

A conversation's number on a button proves nothing: who may press it is decided from the
database (the member of that conversation, its peer, a peer it was offered to).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.handlers.callbacks import Callback
from bot.relay.model import HandTo, Topic

# --- the member --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AskTalk(Callback, prefix="rask"):
    """Ask for a peer, about a topic (None: just talk)."""

    topic: Topic | None


@dataclass(frozen=True)
class LeaveMessage(Callback, prefix="rleave"):
    """No peer is free: leave a message a peer will read within a day."""

    topic: Topic | None


@dataclass(frozen=True)
class EmergencyContacts(Callback, prefix="remerg"):
    pass


@dataclass(frozen=True)
class EndTalk(Callback, prefix="rend"):
    """Either side ends the conversation (the member may also withdraw a waiting request)."""

    conversation_id: int


# --- the peer ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Duty(Callback, prefix="rduty"):
    """ "I'm available" on or off."""

    on: bool


@dataclass(frozen=True)
class AcceptTalk(Callback, prefix="racc"):
    conversation_id: int


@dataclass(frozen=True)
class OpenTalk(Callback, prefix="rconv"):
    """Back to the conversation's buttons (from hand over or block)."""

    conversation_id: int


@dataclass(frozen=True)
class HandOverMenu(Callback, prefix="rhand"):
    conversation_id: int


@dataclass(frozen=True)
class HandOver(Callback, prefix="rhandto"):
    conversation_id: int
    to: HandTo


@dataclass(frozen=True)
class BlockAsk(Callback, prefix="rblock"):
    conversation_id: int


@dataclass(frozen=True)
class BlockNow(Callback, prefix="rblockok"):
    conversation_id: int


# --- the lead ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TalkFigures(Callback, prefix="rfig"):
    pass
