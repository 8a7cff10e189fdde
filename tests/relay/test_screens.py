"""The relay's screens in all five languages: the letters' first lines are neutral (no topic, no
alias, no words of the member), the lead's list of who is available, and figures that say
"fewer than K" instead of a small count."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from babel.numbers import format_decimal

from bot.handlers.relay import screens
from bot.handlers.relay.buttons import AcceptTalk, Duty, EndTalk, LeaveMessage
from bot.relay import Conversation, HandTo, OnDuty, RelayFigures, Topic
from bot.settings import SUPPORTED_LOCALES
from tests.conftest import shared_translator

ZONE = ZoneInfo("Africa/Nairobi")
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CONVERSATION = Conversation(
    id=17,
    member_chat=900,
    member_locale="en",
    topic=Topic.POLICE,
    waiting=False,
    offered_to=HandTo.PEER,
    peer_id=3,
    peer_chat=300,
    peer_locale="en",
    peer_alias="Star 42",
    asked_at=AT,
    accepted_at=AT,
    last_message_at=AT,
)


@pytest.fixture(params=SUPPORTED_LOCALES)
def t(request):
    return shared_translator().for_locale(request.param)


def test_letters_open_with_a_neutral_line(t):
    topic = screens.topic_name(Topic.POLICE, t)
    for letter in (
        screens.offer(17, t),
        screens.started(CONVERSATION, t),
        screens.handed(CONVERSATION, t),
        screens.ended(t),
        screens.dropped(t),
        screens.ended_for_peer(17, t, by_them=False),
    ):
        first_line = letter.text.splitlines()[0][:120]
        assert "Star 42" not in first_line and topic not in first_line
    assert screens.offer(17, t).taps() == [AcceptTalk(17)]
    assert screens.started(CONVERSATION, t).taps() == [EndTalk(17)]


def test_the_peer_sees_a_number_a_topic_and_their_own_alias_only(t):
    screen = screens.peer_talking(CONVERSATION, t)
    assert "17" in screen.text and screens.topic_name(Topic.POLICE, t) in screen.text
    assert "900" not in screen.text


def test_nobody_free_offers_help_now_and_a_message(t):
    screen = screens.no_peer(Topic.HEALTH, t)
    assert screen.text == t("relay-no-peer")
    assert LeaveMessage(Topic.HEALTH) in screen.taps()
    assert screens.crisis(t, []).protect and screens.emergency(t, []).protect


def test_a_lead_sees_who_is_available_and_a_peer_does_not(t):
    team = [OnDuty("Star 42", AT, busy=True), OnDuty("Moon 7", AT, busy=False)]
    lead_view = screens.duty(AT, [CONVERSATION], team, ZONE, t)
    assert "Star 42" in lead_view.text and "Moon 7" in lead_view.text
    assert t("relay-on-duty-title") in lead_view.text
    assert Duty(on=False) in lead_view.taps() and AcceptTalk(17) in lead_view.taps()
    peer_view = screens.duty(None, [], None, ZONE, t)
    assert peer_view.text == t("relay-duty-off")
    assert Duty(on=True) in peer_view.taps()


def test_figures_hide_small_counts(t):
    months = [RelayFigures("2026-02", 12, 4.5, None), RelayFigures("2026-01", None, None, 0)]
    screen = screens.figures(months, 5, t)
    hidden = t("relay-figures-hidden", k=5)
    lines = screen.text.splitlines()
    assert len(lines) == 3 and screen.protect
    # The median is a number, written as each language writes it (4,5 in French).
    median = format_decimal(4.5, locale=t.locale)
    assert "12" in lines[1] and median in lines[1] and hidden in lines[1]
    assert hidden in lines[2] and "—" in lines[2]
