"""The screens of talk to a peer and crisis words, as pure functions: what the member sees (the
intro and topics, waiting, no peer free, talking with a peer's alias, the end with feedback),
what a peer sees ("I'm available", offers, "conversation 17" and its buttons), the leads' list of
who is available and monthly figures, and the crisis answer with emergency contacts.

What a letter says first shows on a locked phone: those lines are neutral.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time

from bot.feedback.model import Topic as FeedbackTopic
from bot.handlers.menu import Entry, FeedbackOn, Go, back_to_menu, main_menu
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
from bot.handlers.safety.buttons import OpenCard
from bot.handlers.safety.screens import helpers_text
from bot.handlers.screens import Button, Row, Screen, one_per_row, rows
from bot.i18n import Messages
from bot.people import Viewer
from bot.relay.model import Conversation, HandTo, OnDuty, RelayFigures, Topic
from bot.safety.rights import BUTTON_BY_KEY, EMERGENCY_NUMBERS, Card

# --- ways to help, shared by several screens ---------------------------------------------------


def talk_button(t: Messages) -> Button:
    return Button(t("menu-talk"), Go(Entry.TALK))


def arrest_button(t: Messages) -> Button:
    return Button(t(BUTTON_BY_KEY[Card.ARREST]), OpenCard(Card.ARREST))


def emergency_button(t: Messages) -> Button:
    return Button(t("relay-emergency"), EmergencyContacts())


def contacts_text(t: Messages, helpers: Sequence[tuple[str, str]]) -> str:
    """The deployment's emergency numbers, then emergency and legal aid services that have a
    phone, from the directory."""
    return t(EMERGENCY_NUMBERS) + "\n\n" + helpers_text(t, helpers)


def emergency(t: Messages, helpers: Sequence[tuple[str, str]]) -> Screen:
    """Emergency contacts, protected like the rights cards."""
    text = t("relay-emergency-title") + "\n\n" + contacts_text(t, helpers)
    return Screen(text, rows(arrest_button(t), talk_button(t), back_to_menu(t)), protect=True)


def crisis(t: Messages, helpers: Sequence[tuple[str, str]]) -> Screen:
    """The answer to words that say someone is in danger: a person to talk to, who can help,
    and the arrest card, instead of "please use the buttons"."""
    text = t("relay-crisis") + "\n\n" + contacts_text(t, helpers)
    return Screen(text, rows(talk_button(t), arrest_button(t), back_to_menu(t)), protect=True)


# --- the member --------------------------------------------------------------------------------


def topic_name(topic: Topic | None, t: Messages) -> str:
    return t("relay-topic", topic=(topic or Topic.TALK).value)


def intro(t: Messages) -> Screen:
    """What talking to a peer is, what is kept (nothing) and who sees what; then the topics."""
    topics = [Button(topic_name(topic, t), AskTalk(topic)) for topic in Topic]
    return Screen(t("relay-intro"), (*one_per_row(topics), (back_to_menu(t),)))


def cancel_row(conversation: Conversation, t: Messages) -> Row:
    return (Button(t("relay-cancel"), EndTalk(conversation.id)),)


def asked(conversation: Conversation, t: Messages) -> Screen:
    return Screen(t("relay-asked"), (cancel_row(conversation, t),))


def no_peer(topic: Topic | None, t: Messages) -> Screen:
    """Nobody is free: said at once, with who can help now and a message a peer reads later."""
    return Screen(
        t("relay-no-peer"),
        rows(
            emergency_button(t),
            arrest_button(t),
            Button(t("relay-leave"), LeaveMessage(topic)),
            back_to_menu(t),
        ),
    )


def leave_message(conversation: Conversation, t: Messages) -> Screen:
    return Screen(t("relay-leave-message"), (cancel_row(conversation, t),))


def waiting(conversation: Conversation, t: Messages) -> Screen:
    return Screen(t("relay-waiting"), (cancel_row(conversation, t),))


def held(t: Messages, *, full: bool = False) -> Screen:
    return Screen(t("relay-held-full" if full else "relay-held"))


def member_talking(
    conversation: Conversation, t: Messages, *, said: str = "relay-talking"
) -> Screen:
    return Screen(
        t(said, alias=conversation.peer_alias or "—"),
        rows(Button(t("relay-end"), EndTalk(conversation.id))),
    )


def started(conversation: Conversation, t: Messages) -> Screen:
    """The letter that tells the member a peer is here: a neutral first line, then the alias."""
    return member_talking(conversation, t, said="relay-started")


def handed(conversation: Conversation, t: Messages) -> Screen:
    return Screen(t("relay-handed"), (cancel_row(conversation, t),))


def ended(t: Messages) -> Screen:
    """The end, for the member: the anonymous feedback form, its topic already chosen."""
    feedback = Button(t("relay-give-feedback"), FeedbackOn(FeedbackTopic.PEER))
    return Screen(t("relay-ended"), rows(feedback, back_to_menu(t)))


def cancelled(viewer: Viewer, t: Messages) -> Screen:
    return main_menu(viewer, t, t("relay-cancelled"))


def dropped(t: Messages) -> Screen:
    """Nobody took the request within a day: said plainly, with who can help now."""
    return Screen(
        t("relay-dropped"),
        rows(
            emergency_button(t),
            arrest_button(t),
            Button(t("relay-talk-again"), Go(Entry.TALK)),
            back_to_menu(t),
        ),
    )


def blocked(t: Messages) -> Screen:
    return Screen(t("relay-blocked"), rows(emergency_button(t), arrest_button(t), back_to_menu(t)))


# --- the peer ----------------------------------------------------------------------------------


def _clock(moment: datetime, zone: ZoneInfo, t: Messages) -> str:
    return format_time(moment.astimezone(zone), "HH:mm", locale=t.locale)


def duty(
    until: datetime | None,
    offers: Sequence[Conversation],
    team: Sequence[OnDuty] | None,
    zone: ZoneInfo,
    t: Messages,
) -> Screen:
    """ "I'm available" on or off, the requests this peer may accept, and for leads who is
    available now and the figures."""
    lines = [
        t("relay-duty-on", until=_clock(until, zone, t)) if until else t("relay-duty-off"),
    ]
    if offers:
        lines.append(t("relay-waiting-count", count=len(offers)))
    if team is not None:
        lines.append("")
        lines.append(t("relay-on-duty-title") if team else t("relay-on-duty-none"))
        lines.extend(
            t(
                "relay-on-duty-line",
                alias=someone.alias,
                until=_clock(someone.until, zone, t),
                busy="yes" if someone.busy else "no",
            )
            for someone in team
        )
    switch = Button(
        t("relay-duty-switch-off" if until else "relay-duty-switch-on"), Duty(on=until is None)
    )
    accept = [Button(t("relay-accept-number", conversation=c.id), AcceptTalk(c.id)) for c in offers]
    figures = Button(t("relay-figures"), TalkFigures()) if team is not None else None
    return Screen("\n".join(lines), rows(switch, *accept, figures, back_to_menu(t)))


def offer(conversation_id: int, t: Messages) -> Screen:
    """The letter that offers a request to a peer: a neutral line and Accept."""
    return Screen(
        t("relay-offer", conversation=conversation_id),
        rows(Button(t("relay-accept"), AcceptTalk(conversation_id))),
    )


def peer_talking(conversation: Conversation, t: Messages) -> Screen:
    """ "Conversation 17", its topic, the alias the member sees, and what the peer can do."""
    return Screen(
        t(
            "relay-peer-talking",
            conversation=conversation.id,
            topic=topic_name(conversation.topic, t),
            alias=conversation.peer_alias or "—",
        ),
        rows(
            Button(t("relay-end"), EndTalk(conversation.id)),
            [
                Button(t("relay-hand-over"), HandOverMenu(conversation.id)),
                Button(t("relay-block"), BlockAsk(conversation.id)),
            ],
        ),
    )


def back_to_duty(t: Messages) -> Button:
    return Button(t("menu-duty"), Go(Entry.DUTY))


def taken(t: Messages) -> Screen:
    return Screen(t("relay-taken"), rows(back_to_duty(t), back_to_menu(t)))


def busy(conversation: Conversation, t: Messages) -> Screen:
    return Screen(t("relay-busy"), rows(Button(t("relay-back"), OpenTalk(conversation.id))))


def hand_over_menu(conversation: Conversation, t: Messages) -> Screen:
    choices = [
        Button(t("relay-hand-to", to=to.value), HandOver(conversation.id, to)) for to in HandTo
    ]
    return Screen(
        t("relay-hand-to-ask", conversation=conversation.id),
        (*one_per_row(choices), (Button(t("relay-back"), OpenTalk(conversation.id)),)),
    )


def handed_over(t: Messages) -> Screen:
    return Screen(t("relay-handed-over"), rows(back_to_duty(t), back_to_menu(t)))


def nobody_to_hand(conversation: Conversation, t: Messages) -> Screen:
    return Screen(
        t("relay-nobody-to-hand"), rows(Button(t("relay-back"), OpenTalk(conversation.id)))
    )


def block_ask(conversation: Conversation, t: Messages) -> Screen:
    return Screen(
        t("relay-block-ask"),
        rows(
            Button(t("relay-block"), BlockNow(conversation.id)),
            Button(t("relay-back"), OpenTalk(conversation.id)),
        ),
    )


def blocked_done(t: Messages) -> Screen:
    return Screen(t("relay-blocked-done"), rows(back_to_duty(t), back_to_menu(t)))


def ended_for_peer(conversation_id: int, t: Messages, *, by_them: bool) -> Screen:
    """The end, for the peer: the conversation's number only."""
    text = "relay-you-ended" if by_them else "relay-ended-peer"
    return Screen(t(text, conversation=conversation_id), rows(back_to_duty(t), back_to_menu(t)))


# --- the leads' figures ------------------------------------------------------------------------


def figures(months: Sequence[RelayFigures], k: int, t: Messages) -> Screen:
    """Closed months only; a count from 1 to K-1 reads "fewer than K" (DESIGN rule 5)."""

    def shown(count: int | None) -> str | int:
        # A number, not its digits: the message's plural selector chooses the noun's form.
        return t("relay-figures-hidden", k=k) if count is None else count

    lines = [t("relay-figures-title")]
    for month in months:
        first = date.fromisoformat(month.month + "-01")
        median = "—" if month.median_minutes is None else month.median_minutes
        lines.append(
            t(
                "relay-figures-month",
                month=format_date(first, "MMMM y", locale=t.locale),
                conversations=shown(month.conversations),
                median=median,
                unanswered=shown(month.unanswered),
            )
        )
    return Screen("\n".join(lines), rows(back_to_duty(t), back_to_menu(t)), protect=True)
