"""The member's side of talk to a peer: the way in (menu, /talk, the crisis answer, rights cards,
the link `start=talk`), asking about a topic, leaving a message when no peer is free, ending or
withdrawing, and the emergency contacts.
"""

from __future__ import annotations

from telegram import Update

from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.deeplinks import DeepLink
from bot.handlers.relay import screens
from bot.handlers.relay.buttons import AskTalk, EmergencyContacts, EndTalk, LeaveMessage
from bot.handlers.relay.ending import carry_out
from bot.handlers.respond import show
from bot.relay.model import Topic
from bot.safety.rights import HELPER_CATEGORIES, helpers_for_arrest

# Emergency services first, then legal aid: who can help now.
CRISIS_HELPERS = tuple(reversed(HELPER_CATEGORIES))


async def talk_start(update: Update, context: BotContext) -> None:
    """The intro and topics, or where this person's conversation stands."""
    runtime = context.runtime
    viewer = context.viewer
    t = context.t
    if await runtime.relay.blocked(viewer.telegram_id):
        await show(update, context, screens.blocked(t))
        return
    conversation = await runtime.relay.of_member(viewer.telegram_id)
    if conversation is None:
        await show(update, context, screens.intro(t))
    elif conversation.waiting:
        await show(update, context, screens.waiting(conversation, t))
    else:
        await show(update, context, screens.member_talking(conversation, t))


async def talk_by_link(update: Update, context: BotContext, link: DeepLink) -> None:
    """`t.me/<bot>?start=talk`, printed on cards and posters."""
    await talk_start(update, context)


async def topic_chosen(update: Update, context: BotContext, tap: AskTalk) -> None:
    """Offer the request to the peers on duty; nobody free: say so at once."""
    if await context.runtime.relay.nobody_to_ask(context.viewer.telegram_id):
        await show(update, context, screens.no_peer(tap.topic, context.t))
        return
    await _ask(update, context, tap.topic, leaving_a_message=False)


async def message_left(update: Update, context: BotContext, tap: LeaveMessage) -> None:
    """A message a peer reads when one is free, within a day (offered to anyone free now)."""
    await _ask(update, context, tap.topic, leaving_a_message=True)


async def _ask(
    update: Update, context: BotContext, topic: Topic | None, *, leaving_a_message: bool
) -> None:
    runtime = context.runtime
    viewer = context.viewer
    flows.end(context)  # what they type next goes to the peer, not into an old form
    conversation, offers = await runtime.relay.ask(viewer.telegram_id, viewer.locale, topic)
    context.saved(update)
    await runtime.tell(offers)
    t = context.t
    if conversation.open:
        await show(update, context, screens.member_talking(conversation, t))
    elif leaving_a_message:
        await show(update, context, screens.leave_message(conversation, t))
    else:
        await show(update, context, screens.asked(conversation, t))


async def end_tapped(update: Update, context: BotContext, tap: EndTalk) -> None:
    """Either side ends (a member may withdraw a request still waiting): copies deleted from
    both chats, the other side told, the member offered the feedback form."""
    runtime = context.runtime
    viewer = context.viewer
    ending = await runtime.relay.end(viewer, tap.conversation_id)
    context.saved(update)
    await carry_out(context.bot, runtime, ending)
    t = context.t
    if ending.conversation.member_chat == viewer.telegram_id:
        member_screen = screens.cancelled(viewer, t) if ending.conversation.waiting else None
        await show(update, context, member_screen or screens.ended(t))
    else:
        await show(update, context, screens.ended_for_peer(tap.conversation_id, t, by_them=True))


async def emergency_contacts(update: Update, context: BotContext, tap: EmergencyContacts) -> None:
    await show(update, context, screens.emergency(context.t, await crisis_helpers(context)))


async def crisis_helpers(context: BotContext) -> list[tuple[str, str]]:
    """Emergency and legal aid services with a phone, from the directory."""
    directory, role = context.runtime.directory, context.viewer.role
    return await helpers_for_arrest(directory, role, CRISIS_HELPERS)
