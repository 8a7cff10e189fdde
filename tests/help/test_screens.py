"""The help screens, pure, in all five languages: what a call's letters show (alias, session
time and area, nothing else), answers told to the others, a follow-up's neutral letter and its
protected card, the month's counts; every button's data fits Telegram's 64 bytes and
round-trips through the codec."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.handlers.callbacks import decode
from bot.handlers.help import screens
from bot.handlers.help.buttons import AnswerCall, CloseFollowUp, OpenFollowUp, TakeFollowUp
from bot.help.figures import help_figures
from bot.help.model import (
    Alarm,
    AlarmKind,
    Answer,
    FollowUp,
    FollowUpOutcome,
    RaiseOutcome,
)
from bot.outreach.model import IncidentKind, OutreachSession, SessionKind
from bot.settings import SUPPORTED_LOCALES
from tests.conftest import shared_translator

TRANSLATOR = shared_translator()
ZONE = ZoneInfo("Africa/Dar_es_Salaam")
START = datetime(2026, 3, 4, 11, 0, tzinfo=UTC)
SESSION = OutreachSession(
    5,
    None,
    SessionKind.OUTREACH_WALK,
    1,
    "Harbour",
    START,
    120,
    2,
    "Meet at the bus stop",
    False,
    1,
)
ALARM = Alarm(
    id=9,
    kind=AlarmKind.SOS,
    session=SESSION,
    person_id=3,
    alias="Star 42",
    raised_at=START + timedelta(minutes=20),
    acked_at=None,
    acked_by=None,
    safe_at=None,
    safe_by=None,
    safe_by_themselves=False,
    escalations=0,
    closed=False,
)
NOTE = "Police took condoms as evidence"
ITEM = FollowUp(
    id=4,
    kind=IncidentKind.POLICE,
    incidents=2,
    session=SESSION,
    reported_by="Star 42",
    note=NOTE,
    opened_at=START + timedelta(hours=3),
    taken_by=None,
    taken_at=None,
    closed_at=None,
    outcome=None,
    referred_to=None,
)
LOCK_SCREEN = 120


def all_screens(t):
    acked = Alarm(**{**ALARM.__dict__, "acked_at": START, "acked_by": "Moon"})
    safe = Alarm(**{**acked.__dict__, "safe_at": START, "safe_by": "Moon", "closed": True})
    closed = FollowUp(
        **{
            **ITEM.__dict__,
            "closed_at": START + timedelta(days=1),
            "outcome": FollowUpOutcome.REFERRED,
            "referred_to": "Night Clinic",
        }
    )
    return [
        screens.call_status(RaiseOutcome.RAISED, ALARM, 3, t),
        screens.call_status(RaiseOutcome.RAISED, ALARM, 0, t),
        screens.call_status(RaiseOutcome.ALREADY, acked, 0, t),
        screens.call_status(RaiseOutcome.ALREADY, ALARM, 0, t),
        screens.call_status(RaiseOutcome.OVER, None, 0, t),
        screens.safe_myself(t),
        screens.sos_letter(ALARM, ZONE, t),
        screens.escalation_letter(ALARM, ZONE, t),
        screens.escalation_letter(
            Alarm(**{**ALARM.__dict__, "kind": AlarmKind.MISSED_CHECKOUT}), ZONE, t
        ),
        screens.answered_letter(acked, Answer.ON_IT, False, ZONE, t),
        screens.answered_letter(acked, Answer.ON_IT, True, ZONE, t),
        screens.answered_letter(safe, Answer.SAFE, False, ZONE, t),
        screens.answered_letter(safe, Answer.SAFE, True, ZONE, t),
        screens.followup_letter(ITEM, ZONE, t),
        screens.followup_list([ITEM], ZONE, t),
        screens.followup_list([], ZONE, t),
        screens.followup_card(ITEM, ZONE, t),
        screens.followup_card(closed, ZONE, t),
        screens.referral_types(4, t),
    ]


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_screen_speaks_the_language_and_its_buttons_round_trip(locale, caplog):
    t = TRANSLATOR.for_locale(locale)
    for screen in all_screens(t):
        assert screen.text and "help-" not in screen.text and "{" not in screen.text
        assert all(label and "help-" not in label for label in screen.labels())
        for tap in screen.taps():
            data = tap.pack()
            assert len(data.encode()) <= 64
            assert decode(data) == tap
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_a_call_shows_alias_time_and_area_and_a_follow_up_letter_nothing_of_what_happened(
    locale,
):
    t = TRANSLATOR.for_locale(locale)
    letter = screens.sos_letter(ALARM, ZONE, t)
    assert "Star 42" in letter.text and "Harbour" in letter.text
    assert SESSION.note not in letter.text  # the session's note is not on the lock screen
    assert letter.protect and letter.taps() == [
        AnswerCall(9, Answer.ON_IT),
        AnswerCall(9, Answer.SAFE),
    ]
    neutral = screens.followup_letter(ITEM, ZONE, t)
    assert len(neutral.text) <= LOCK_SCREEN
    secret = [NOTE, "Star 42", t("outreach-incident", kind="police")]
    assert not [word for word in secret if word.lower() in neutral.text.lower()]
    assert neutral.taps() == [OpenFollowUp(4)]


def test_a_follow_up_card_is_protected_and_offers_taking_and_closing():
    t = TRANSLATOR.for_locale("en")
    card = screens.followup_card(ITEM, ZONE, t)
    assert card.protect
    assert card.text.startswith(
        "📋 Follow-up: Police (2)\nSession: Wednesday 4 March 14:00, Harbour"
    )
    assert f"Note: {NOTE}" in card.text
    assert card.taps()[:4] == [
        TakeFollowUp(4),
        CloseFollowUp(4, FollowUpOutcome.RESOLVED),
        CloseFollowUp(4, FollowUpOutcome.REFERRED),
        CloseFollowUp(4, FollowUpOutcome.NO_ACTION),
    ]
    erased = screens.followup_card(FollowUp(**{**ITEM.__dict__, "note": None}), ZONE, t)
    assert NOTE not in erased.text and t("help-followup-note-erased") in erased.text


def test_the_months_counts_say_hidden_for_small_ones():
    t = TRANSLATOR.for_locale("en")
    figures = help_figures("2026-03", ["safe"] * 6 + ["unanswered"] * 2, ["police"] * 7, [], 5)
    text = screens.figures_text(figures, t)
    assert text.splitlines() == [
        "Calls for help: 8 (safe hidden, unanswered hidden)",
        "Follow-ups opened: 7 (Police 7)",
        "Follow-ups closed: 0 (none)",
    ]
