"""The steps of planning and reporting, by their exact text and buttons."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from bot.directory.core import Category
from bot.handlers.outreach import forms
from bot.handlers.outreach.buttons import (
    PlanDay,
    PlanKind,
    PlanLength,
    PlanMonth,
    PlanQuit,
    PlanSave,
    PlanStart,
    PlanStartMinute,
    ReportKey,
    ReportReferral,
    ReportSend,
    ReportTallyDone,
)
from bot.handlers.widgets import Noop
from bot.outreach.model import OutreachSession, SessionKind, SessionReport
from tests.conftest import shared_translator

t = shared_translator().for_locale("en")
ZONE = ZoneInfo("Africa/Dar_es_Salaam")


def test_the_kinds_of_session_two_to_a_row():
    screen = forms.kinds(t)
    assert screen.text == "What kind of session?"
    assert screen.labels()[:2] == ["Outreach walk", "Testing day"]
    assert screen.taps()[0] == PlanKind(SessionKind.OUTREACH_WALK)
    assert [len(row) for row in screen.rows] == [2, 2, 2]


def test_the_calendar_blanks_days_that_passed_and_moves_by_month():
    screen = forms.day(date(2026, 3, 1), date(2026, 3, 4), t, PlanDay, PlanMonth)
    assert screen.text == "Which day?"
    assert screen.labels()[:7] == ["M", "T", "W", "T", "F", "S", "S"]
    first_week = screen.rows[1]  # 23 February to 1 March
    assert [b.label for b in first_week] == ["·"] * 7
    assert screen.rows[2][2].label == "4" and screen.rows[2][2].tap == PlanDay(date(2026, 3, 4))
    assert screen.rows[2][1].tap == Noop()  # 3 March has passed
    navigation = screen.rows[-1]
    assert [b.label for b in navigation] == ["March 2026", "➡️"]  # no going back before today
    assert navigation[-1].tap == PlanMonth(date(2026, 4, 1))


def test_start_times_over_all_24_hours_in_a_compact_picker():
    screen = forms.start(t, PlanStart, PlanStartMinute)
    assert screen.text == "What time does it start? The row below switches the minutes."
    assert screen.labels()[:24] == [f"{hour:02d}:00" for hour in range(24)]
    assert screen.labels()[24:] == ["✓ :00", ":15", ":30", ":45"]
    assert [len(row) for row in screen.rows] == [6, 6, 6, 6, 4]
    assert screen.taps()[2] == PlanStart(time(2, 0))
    assert screen.taps()[-2] == PlanStartMinute(30)
    night = forms.start(t, PlanStart, PlanStartMinute, 30)
    assert night.labels()[0] == "00:30" and night.labels()[23] == "23:30"
    assert night.labels()[24:] == [":00", ":15", "✓ :30", ":45"]
    assert (
        forms.start(t, PlanStart, PlanStartMinute, passed=True).text
        == "This time has passed. Please choose another."
    )


def test_lengths_peers_and_repeats_on_offer():
    assert forms.lengths(t).labels() == ["1 h", "1.5 h", "2 h", "3 h", "4 h", "6 h"]
    assert forms.lengths(t).taps()[1] == PlanLength(90)
    assert forms.peers(t).labels() == ["2", "3", "4", "5", "6", "8", "10"]
    assert forms.repeat(t).labels() == [
        "Once",
        "Every week, 4 times",
        "Every week, 8 times",
        "Every week, 12 times",
    ]


def test_the_review_shows_the_first_session_and_the_repeats():
    first = OutreachSession(
        0,
        None,
        SessionKind.PEER_MEETING,
        1,
        "Hill",
        datetime(2026, 3, 4, 11, 0, tzinfo=UTC),
        120,
        2,
        "",
        False,
        0,
    )
    screen = forms.review(first, 4, ZONE, t)
    assert screen.text == (
        "Please check, then save:\n\n"
        "Peer meeting · Wednesday 4 March 14:00, Hill\n"
        "Length: 2 h · Peers needed: 2 · Confirmed: 0 · Waiting: 0\n"
        "Every week, 4 times"
    )
    assert screen.taps() == [PlanSave(), PlanQuit()]
    assert "Every week" not in forms.review(first, 1, ZONE, t).text


def test_a_count_on_the_number_pad():
    screen = forms.count("reached_new", "12", t)
    assert screen.text == "People reached for the first time: 12"
    assert forms.count("condoms", "", t).text == "Condoms given: 0"
    assert screen.labels() == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "✅ OK"]
    assert screen.taps()[-1] == ReportKey("ok") and screen.taps()[-3] == ReportKey("del")


def test_tallies_count_each_tap_and_end_with_done():
    screen = forms.tallies("referrals", {"legal-aid": 2}, t)
    assert screen.text == t("outreach-report-referrals")
    assert "Legal aid · 2" in screen.labels() and "Health · 0" in screen.labels()
    assert ReportReferral(Category.LEGAL_AID) in screen.taps()
    assert screen.taps()[-1] == ReportTallyDone("referrals")


def test_the_report_review_leaves_out_zeros():
    report = SessionReport(5, 2, 12, 3, 40, 0, 9, {"legal-aid": 1, "health": 0}, {}, "calm")
    screen = forms.report_review(report, t)
    assert screen.text == (
        "Please check, then send:\n\n"
        "New: 12 · Returning: 3 · Condoms: 40 · Lubricant: 0 · Leaflets: 9\n"
        "Referrals: Legal aid 1 · Incidents: none"
    )
    assert screen.taps() == [ReportSend(5)]


def test_a_count_typed_that_is_not_a_number_is_asked_again():
    screen = forms.count("condoms", "4", t, not_a_number=True)
    assert screen.text == (
        "Please type a number from 0 to 9999, or use the buttons.\n\nCondoms given: 4"
    )
    assert screen.labels()[-1] == "✅ OK"


def test_a_form_that_closed_says_nothing_was_saved_and_offers_to_start_again():
    screen = forms.closed(t, PlanKind(SessionKind.OTHER))
    assert "Nothing was saved" in screen.text and "saved." not in screen.text.replace(
        "Nothing was saved.", ""
    )
    assert screen.labels() == ["🔁 Start again", t("menu-back")]
    assert screen.taps()[0] == PlanKind(SessionKind.OTHER)
