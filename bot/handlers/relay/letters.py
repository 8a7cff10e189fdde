"""The relay's outbox letters, rendered when they are sent: an offer to a peer (dropped once the
request is taken or gone), a copy of a message (dropped once the conversation ended or moved to
another peer), and what the member is told (a peer is here, handed over, ended, dropped); and
what a 403 from a member ends.
"""

from __future__ import annotations

from bot.common.outbox import Letter
from bot.handlers.relay import screens
from bot.handlers.screens import Copy, Screen
from bot.i18n import Messages
from bot.relay.model import Side
from bot.runtime import Runtime


def _conversation_id(letter: Letter) -> int:
    return int(letter.args["conversation"])


async def render_offer(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    conversation = await runtime.relay.get(_conversation_id(letter))
    if conversation is None or conversation.open:
        return None
    return screens.offer(conversation.id, t)


async def render_copy(runtime: Runtime, letter: Letter, t: Messages) -> Copy | None:
    conversation_id = _conversation_id(letter)
    written_in = Side(letter.args["from"])
    source = await runtime.relay.copy_source(conversation_id, written_in, letter.chat_id)
    if source is None:
        return None
    into = Side.PEER if written_in is Side.MEMBER else Side.MEMBER

    async def copied(message_id: int) -> bool:
        return await runtime.relay.copied(conversation_id, into, message_id)

    return Copy(source, int(letter.args["message"]), sent=copied)


async def render_started(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    conversation = await runtime.relay.get(_conversation_id(letter))
    if conversation is None or conversation.waiting or conversation.member_chat != letter.chat_id:
        return None
    return screens.started(conversation, t)


async def render_handed(runtime: Runtime, letter: Letter, t: Messages) -> Screen | None:
    conversation = await runtime.relay.get(_conversation_id(letter))
    if conversation is None or conversation.open or conversation.member_chat != letter.chat_id:
        return None
    return screens.handed(conversation, t)


async def render_ended(runtime: Runtime, letter: Letter, t: Messages) -> Screen:
    if letter.args.get("to") == Side.PEER.value:
        return screens.ended_for_peer(_conversation_id(letter), t, by_them=False)
    return screens.ended(t)


async def render_dropped(runtime: Runtime, letter: Letter, t: Messages) -> Screen:
    return screens.dropped(t)


async def member_blocked_the_bot(runtime: Runtime, chat_id: int) -> None:
    """Their conversation ends at the next sweep (its copies still leave the peer's chat)."""
    await runtime.relay.member_gone(chat_id)
