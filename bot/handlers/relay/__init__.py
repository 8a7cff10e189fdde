"""Telegram adapters for talk to a peer and crisis words. `buttons` (button data), `screens`
(pure), then handlers by job:

- `member`: the way in (menu, /talk, `start=talk`, the crisis answer, rights cards), asking
  about a topic, leaving a message when no peer is free, ending, emergency contacts;
- `team`: "I'm available" (auto-off; leads see who is), accepting, handing over, blocking,
  the figures;
- `messages`: what is typed or said outside any flow: passed on in a conversation, else crisis
  words answered with a way to a person;
- `letters`: the outbox letters (offers, copies, what the member is told) and a member's 403;
- `ending`: deleting copies and telling the other side, and the sweep (idle conversations,
  requests nobody took, the WAL folded).

The domain is in `bot/relay/`.
"""

from __future__ import annotations

from bot.common.outbox import Purpose
from bot.handlers.deeplinks import LinkKind
from bot.handlers.menu import Entry
from bot.handlers.relay import ending, letters, member, messages, team
from bot.handlers.relay.buttons import (
    AcceptTalk,
    AskTalk,
    BlockAsk,
    BlockNow,
    Duty,
    EmergencyContacts,
    EndTalk,
    HandOver,
    HandOverMenu,
    LeaveMessage,
    OpenTalk,
    TalkFigures,
)
from bot.handlers.routing import Routes
from bot.people import Role
from bot.relay import letters as kinds


def register(routes: Routes) -> None:
    routes.entry(Entry.TALK, member.talk_start)
    routes.link(LinkKind.TALK, member.talk_by_link)
    routes.tap(AskTalk, member.topic_chosen)
    routes.tap(LeaveMessage, member.message_left)
    routes.tap(EndTalk, member.end_tapped)
    routes.tap(EmergencyContacts, member.emergency_contacts)

    routes.entry(Entry.DUTY, team.duty_screen)
    routes.tap(Duty, team.duty_switched, Role.PEER)
    routes.tap(AcceptTalk, team.accept_tapped, Role.PEER)
    routes.tap(OpenTalk, team.conversation_tapped, Role.PEER)
    routes.tap(HandOverMenu, team.hand_over_asked, Role.PEER)
    routes.tap(HandOver, team.hand_over_tapped, Role.PEER)
    routes.tap(BlockAsk, team.block_asked, Role.PEER)
    routes.tap(BlockNow, team.block_tapped, Role.PEER)
    routes.tap(TalkFigures, team.figures_tapped, Role.LEAD)

    routes.on_text(messages.text_typed)
    routes.on_voice(messages.voice_sent)

    routes.letter(kinds.OFFER_LETTER, letters.render_offer)
    routes.letter(kinds.COPY_LETTER, letters.render_copy)
    routes.letter(kinds.STARTED_LETTER, letters.render_started)
    routes.letter(kinds.HANDED_LETTER, letters.render_handed)
    routes.letter(kinds.ENDED_LETTER, letters.render_ended)
    routes.letter(kinds.DROPPED_LETTER, letters.render_dropped)
    routes.on_blocked(Purpose.RELAY, letters.member_blocked_the_bot)
    routes.at_start(ending.schedule_sweep)
