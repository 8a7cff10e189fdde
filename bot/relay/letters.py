"""The relay's outbox letters: what goes to someone who did not just write (a peer offered a
conversation, a copy of a message, the member told a peer is here or that it ended). Every one
goes with `Priority.RELAY`: conversations never wait behind a broadcast (DESIGN rule 12). Args
are ids and codes only; the screens are rendered at send time by bot/handlers/relay/letters.py.
"""

from __future__ import annotations

from bot.common.outbox import Outgoing, Priority, Purpose
from bot.relay.model import Conversation, Side

OFFER_LETTER = "relay.offer"  # to a peer or lead: someone waits to talk (a neutral line), Accept
COPY_LETTER = "relay.copy"  # a message of the conversation, copied to the other side
STARTED_LETTER = "relay.started"  # to the member: a peer is here (their alias)
HANDED_LETTER = "relay.handed"  # to the member: someone else will continue
ENDED_LETTER = "relay.ended"  # to whichever side did not end it
DROPPED_LETTER = "relay.dropped"  # to the member: no peer could answer in time


def offer_to(conversation_id: int, chat_id: int, locale: str) -> Outgoing:
    return Outgoing(
        chat_id,
        locale,
        OFFER_LETTER,
        {"conversation": conversation_id},
        purpose=Purpose.TEAM,
        priority=Priority.RELAY,
    )


def copy_of(conversation: Conversation, written_in: Side, message_id: int) -> Outgoing | None:
    """The copy of a message written in one side's chat, for the other side (None: the other
    side has no chat to write to)."""
    if written_in is Side.MEMBER:
        if conversation.peer_chat is None:
            return None
        chat, locale, purpose = conversation.peer_chat, conversation.peer_locale, Purpose.TEAM
    else:
        chat, locale, purpose = (
            conversation.member_chat,
            conversation.member_locale,
            Purpose.RELAY,
        )
    return Outgoing(
        chat,
        locale,
        COPY_LETTER,
        {"conversation": conversation.id, "from": written_in.value, "message": message_id},
        purpose=purpose,
        priority=Priority.RELAY,
    )


def to_member(conversation: Conversation, kind: str) -> Outgoing:
    """A letter to the member (started, handed over, ended, dropped)."""
    return Outgoing(
        conversation.member_chat,
        conversation.member_locale,
        kind,
        {"conversation": conversation.id},
        purpose=Purpose.RELAY,
        priority=Priority.RELAY,
    )


def ended_for_peer(conversation: Conversation) -> Outgoing | None:
    if conversation.peer_chat is None or conversation.waiting:
        return None
    return Outgoing(
        conversation.peer_chat,
        conversation.peer_locale,
        ENDED_LETTER,
        {"conversation": conversation.id, "to": Side.PEER.value},
        purpose=Purpose.TEAM,
        priority=Priority.RELAY,
    )
