"""The outreach screens, by their exact text and buttons: a lead's session card and week, a
peer's sessions, the letters the outbox sends, and the monthly figures."""

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.handlers.help.buttons import AnswerMissed, CallForHelp
from bot.handlers.menu import Entry, Go
from bot.handlers.outreach import figure_screens, screens
from bot.handlers.outreach.buttons import (
    AnswerInvitation,
    AnswerSeries,
    CallArea,
    CancelSession,
    CheckOnSession,
    FiguresOf,
    MySession,
    OpenSession,
    PickPeer,
    StartReport,
    Week,
)
from bot.help.model import Answer
from bot.outreach.letters import LetterKind
from bot.outreach.model import (
    Assignment,
    AssignmentStatus,
    Check,
    MonthlyFigures,
    OutreachSession,
    PeerOut,
    PersonSession,
    Seat,
    SessionKind,
)
from tests.conftest import shared_translator

TRANSLATOR = shared_translator()
t = TRANSLATOR.for_locale("en")
ZONE = ZoneInfo("Africa/Dar_es_Salaam")
SESSION = OutreachSession(
    5,
    5,
    SessionKind.OUTREACH_WALK,
    1,
    "Harbour",
    datetime(2026, 3, 4, 11, 0, tzinfo=UTC),
    90,
    3,
    "Meet at the bus stop",
    False,
    1,
    confirmed=1,
    waiting=0,
)
ROSTER = [
    Assignment(5, 2, "Peer 0", AssignmentStatus.CONFIRMED, checked_in=True),
    Assignment(5, 3, "Peer 1", AssignmentStatus.INVITED),
]


def test_a_leads_session_card_shows_the_roster_and_what_can_change():
    card = screens.session_card(SESSION, ROSTER, ZONE, t)
    assert card.text == (
        "Outreach walk · Wednesday 4 March 14:00, Harbour\n"
        "Length: 1.5 h · Peers needed: 3 · Confirmed: 1 · Waiting: 0\n"
        "Note: Meet at the bus stop\n"
        "\n"
        "Peer 0: confirmed· checked in\n"
        "Peer 1: invited"
    )
    assert card.labels() == [
        t("outreach-open-call"),
        t("outreach-invite-peers"),
        t("outreach-call-series"),
        t("outreach-invite-series"),
        t("outreach-change-time"),
        t("outreach-change-area"),
        t("outreach-change-note"),
        t("outreach-cancel-one"),
        t("outreach-cancel-series"),
        t("common-back"),
    ]
    assert CancelSession(5, True) in card.taps() and card.taps()[-1] == Week(0)
    assert card.taps()[2:4] == [CallArea(5, True), PickPeer(5, True)]  # the series in one go
    one_off = screens.session_card(replace(SESSION, series_id=None), ROSTER, ZONE, t)
    assert t("outreach-invite-series") not in one_off.labels()


def test_a_cancelled_one_off_session_can_only_be_left():
    card = screens.session_card(
        replace(SESSION, cancelled=True, series_id=None, note=""), [], ZONE, t
    )
    assert card.text.endswith("Waiting: 0\n⛔ Cancelled")
    assert card.taps() == [Week(0)]


def test_the_week_lists_sessions_and_says_when_there_are_none():
    week = screens.week(date(2026, 3, 2), -1, [SESSION], ZONE, t)
    assert week.text == "Sessions of the week from 2 March 2026:"
    assert week.rows[0][0].tap == OpenSession(5)
    assert week.rows[1][0].tap == Week(-2) and week.rows[1][1].tap == Week(0)
    empty = screens.week(date(2026, 3, 9), 1, [], ZONE, t)
    assert empty.text == "Sessions of the week from 9 March 2026:\nNo sessions this week."


def test_a_peers_sessions_leave_out_cancelled_ones():
    mine = [
        PersonSession(SESSION, AssignmentStatus.WAITING),
        PersonSession(replace(SESSION, id=6, cancelled=True), AssignmentStatus.CONFIRMED),
    ]
    screen = screens.my_sessions(mine, ZONE, t)
    assert screen.text == "Your sessions:"
    assert screen.labels()[0] == "Wednesday 4 March 14:00, Harbour · waiting list"
    assert screen.taps()[0] == MySession(5)
    assert screens.my_sessions(mine[1:], ZONE, t).text == "You have no sessions coming up."
    before = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    one = screens.my_session(PersonSession(SESSION, AssignmentStatus.CONFIRMED), before, ZONE, t)
    assert one.text.endswith("\nYou: confirmed")
    assert one.taps() == [
        CheckOnSession(5, Check.IN),
        CheckOnSession(5, Check.OUT),
        StartReport(5),
        AnswerInvitation(5, False),
        Go(Entry.MY_SESSIONS),
    ]


def test_an_invitation_is_answered_from_my_sessions_until_the_start():
    before = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    invited = PersonSession(SESSION, AssignmentStatus.INVITED)
    screen = screens.my_session(invited, before, ZONE, t)
    assert screen.text.endswith("\nYou: invited")
    assert screen.labels() == [t("outreach-yes"), t("outreach-no"), t("common-back")]
    assert screen.taps()[:2] == [AnswerInvitation(5, True), AnswerInvitation(5, False)]
    started = screens.my_session(invited, SESSION.starts_at, ZONE, t)
    assert started.taps() == [Go(Entry.MY_SESSIONS)]
    waiting = PersonSession(SESSION, AssignmentStatus.WAITING)
    assert screens.my_session(waiting, before, ZONE, t).taps() == [
        AnswerInvitation(5, False),
        Go(Entry.MY_SESSIONS),
    ]


SEAT = Seat(SESSION, 2, "Peer 0", AssignmentStatus.CONFIRMED)
LETTERS = {
    LetterKind.INVITATION: "Invitation: Wednesday 4 March 14:00, Harbour (1.5 h). Can you come?",
    LetterKind.PROMOTED: "A place opened. You are on the list: Wednesday 4 March 14:00, Harbour.",
    LetterKind.CANCELLED: "Cancelled: Wednesday 4 March 14:00, Harbour.",
    LetterKind.CHANGED: "Changed: now Wednesday 4 March 14:00, Harbour.",
    LetterKind.DAY_BEFORE: "Reminder: Wednesday 4 March 14:00, Harbour.",
    LetterKind.HOUR_BEFORE: "Reminder: Wednesday 4 March 14:00, Harbour.",
    LetterKind.SAFETY_CHECK: "Are you safe? Tap below.",
    LetterKind.LEAD_ALERT: (
        "Peer 0 has not answered after the session: Wednesday 4 March 14:00, Harbour."
        " Please check on them."
    ),
    LetterKind.REPORT_PROMPT: "How did it go? Please send a short report.",
}


ONE_SEAT_LETTERS = [k for k in LetterKind if k in LETTERS]


@pytest.mark.parametrize("kind", ONE_SEAT_LETTERS)
def test_every_letter_says_only_when_and_where_never_what_or_the_note(kind):
    letter = screens.letter(kind, SEAT, ZONE, t)
    assert letter.text == LETTERS[kind]
    assert "Outreach walk" not in letter.text and "bus stop" not in letter.text


def test_letters_carry_the_buttons_to_answer_them():
    def taps(kind):
        return screens.letter(kind, SEAT, ZONE, t).taps()

    assert taps(LetterKind.INVITATION) == [AnswerInvitation(5, True), AnswerInvitation(5, False)]
    assert taps(LetterKind.HOUR_BEFORE) == [CheckOnSession(5, Check.IN)]
    assert taps(LetterKind.SAFETY_CHECK) == [
        CheckOnSession(5, Check.SAFE),
        CheckOnSession(5, Check.OUT),
        CallForHelp(5),  # "I need help" (issue 11)
    ]
    assert taps(LetterKind.REPORT_PROMPT) == [StartReport(5)]
    assert taps(LetterKind.CANCELLED) == []
    # The lead answers like anyone alerted to a call for help, or opens the session's screen.
    assert taps(LetterKind.LEAD_ALERT) == [
        AnswerMissed(5, SEAT.person_id, Answer.ON_IT),
        AnswerMissed(5, SEAT.person_id, Answer.SAFE),
        OpenSession(5),
    ]


def test_a_series_invitation_is_answered_in_one_tap_or_date_by_date():
    letter = screens.series_invitation(SEAT, 4, ZONE, t)
    assert letter.text == (
        "Invitation: every week from Wednesday 4 March 14:00, Harbour (1.5 h), 4 times."
        " Can you come?"
    )
    assert letter.taps() == [AnswerSeries(5, True), AnswerSeries(5, False), Go(Entry.MY_SESSIONS)]
    assert "once" in screens.series_invitation(SEAT, 1, ZONE, t).text


def test_the_lead_hears_a_peer_is_out_with_the_reachable_count_and_a_call_when_short():
    short = screens.peer_out(SEAT, PeerOut.DECLINED, 1, 2, ZONE, t)
    assert short.text == (
        "Peer 0 can no longer come: Wednesday 4 March 14:00, Harbour.\n"
        "Confirmed and reachable: 1 of 3.\n"
        "Nobody goes alone: please invite more peers."
    )
    assert short.taps() == [CallArea(5), OpenSession(5)]
    enough_for_a_pair = screens.peer_out(SEAT, PeerOut.UNREACHABLE, 2, 2, ZONE, t)
    assert enough_for_a_pair.text.startswith("Peer 0 can no longer be reached by the bot:")
    assert "Nobody goes alone" not in enough_for_a_pair.text
    assert enough_for_a_pair.taps() == [CallArea(5), OpenSession(5)]  # 2 of 3 needed
    full = screens.peer_out(SEAT, PeerOut.LEFT, 3, 2, ZONE, t)
    assert full.text.startswith("Peer 0 has left the team:")
    assert full.taps() == [OpenSession(5)]


def test_the_monthly_figures_hide_small_counts_and_show_areas_with_sessions_only():
    month = MonthlyFigures(
        "2026-03", None, 3, 2, 1, 4.5, 12, None, 40, 0, 9, {"legal-aid": None, "health": 6}, {}
    )
    harbour = replace(month, area="Harbour", referrals={}, incidents={})
    hill = MonthlyFigures("2026-03", "Hill", 0, 0, 0, 0.0, 0, 0, 0, 0, 0, {}, {})
    screen = figure_screens.figures_text(month, [harbour, hill], t)
    assert screen.protect
    assert screen.text == (
        "2026-03\n"
        "Sessions: planned 3, held 2, cancelled 1\n"
        "Peer hours: 4.5\n"
        "People reached: new 12, returning hidden\n"
        "Given: condoms 40, lubricant 0, leaflets 9\n"
        "Referrals: Legal aid hidden, Health 6\n"
        "Incidents: none\n"
        "Harbour: planned 3, held 2, cancelled 1, peer hours 4.5"
    )


def test_the_months_to_choose_from():
    screen = figure_screens.figures_months([date(2026, 3, 1), date(2026, 2, 1)], t)
    assert screen.text == "Which month?"
    assert screen.labels() == ["2026-03", "2026-02", t("menu-back")]
    assert screen.taps()[:2] == [FiguresOf(date(2026, 3, 1)), FiguresOf(date(2026, 2, 1))]
    assert figure_screens.figures_months([], t).text == t("outreach-figures-none")


def test_the_chart_draws_a_hidden_count_as_less_than_k():
    assert figure_screens.chart_labels(t, 5)["hidden"] == "<5"
    assert figure_screens.chart_labels(t, 11)["hidden"] == "<11"


def test_counts_said_to_the_lead_use_plural_words():
    assert [t("outreach-invited", count=n) for n in (0, 1, 3)] == [
        "Nobody new was invited.",
        "One peer invited.",
        "3 peers invited.",
    ]
    assert t("outreach-repeat-weeks", weeks=1) == "Every week, once"


def test_arabic_letters_are_translated_too():
    arabic = TRANSLATOR.for_locale("ar")
    text = screens.letter(LetterKind.INVITATION, SEAT, ZONE, arabic).text
    assert text != LETTERS[LetterKind.INVITATION] and "Harbour" in text


def test_the_week_pages_no_further_than_its_buttons_reach():
    furthest = screens.week(date(2016, 3, 7), -520, [], ZONE, t)
    assert Week(-521) not in furthest.taps() and Week(-519) in furthest.taps()
    assert Week(520) not in screens.week(date(2036, 3, 3), 520, [], ZONE, t).taps()
