"""Figures for partners (issue 13.6): the outreach figures, a feedback report and a closed
poll's results as CSV with an HXL hashtag row that libhxl (what HXL tools are built on) reads back and validates, with every
count suppressed exactly as the lead's own text shows it, in every language."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import hxl
import pytest

from bot.common.hxl import Figure, Period, hxl_csv, sector_of
from bot.common.refusal import NotAllowed
from bot.directory.model import Category
from bot.feedback.exports import partner_figures as feedback_figures
from bot.feedback.exports import period_days
from bot.feedback.model import FeedbackReport, Ranked, ServiceRating
from bot.handlers.exports import partner_headers
from bot.handlers.feedback import screens as feedback_screens
from bot.handlers.outreach import figure_screens
from bot.handlers.voice import screens as voice_screens
from bot.outreach.figures import month_period, partner_figures
from bot.outreach.model import MonthlyFigures
from bot.settings import SUPPORTED_LOCALES
from bot.voice.exports import partner_figures as poll_figures
from bot.voice.exports import poll_period
from bot.voice.model import Poll, PollResults, PollState, Wording
from tests.conftest import shared_translator

MARCH = MonthlyFigures(
    "2026-03",
    None,
    planned=4,
    held=3,
    cancelled=1,
    peer_hours=6.5,
    reached_new=12,
    reached_returning=None,  # from 1 to K-1: hidden
    condoms=40,
    lubricant=10,
    leaflets=25,
    referrals={"legal-aid": 7, "health": None},
    incidents={"police": None, "violence": 0},
)
REPORT = FeedbackReport(
    period="2026-Q1",
    previous_period="2025-Q4",
    submissions=12,
    previous_submissions=None,
    barriers=[Ranked("cost", 12, 1.0), Ranked("papers", 0, 0.0), Ranked("stigma", None, None)],
    needs=[Ranked("legal-aid", 7, 7 / 12)],
    ratings=[ServiceRating(1, "=Harbour Clinic", 12, 4.0)],
    topics=[Ranked("service", 12, 1.0), Ranked("other", 0, 0.0)],
    excerpts=["never exported"],
)

POLL = Poll(
    7,
    3,
    "Harbour",
    3,
    True,
    datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
    datetime(2026, 3, 9, 22, 30, tzinfo=UTC),  # 10 March, 01:30 in Dar es Salaam
    PollState.CLOSED,
    (
        Wording("en", "Which day suits you?", ("Monday", "Friday", "Sunday")),
        Wording("fr", "Quel jour vous convient ?", ("Lundi", "Vendredi", "Dimanche")),
    ),
)
# 12 Monday, 3 Friday, 0 Sunday, 1 in their own words: two hidden, so the total can be shown.
RESULTS = PollResults(
    POLL, True, {"0": 12, "1": None, "2": 0, "other": None}, 16, ("never exported",)
)
DAR = ZoneInfo("Africa/Dar_es_Salaam")


def read_back(data: bytes) -> list[dict[str, str]]:
    """The file as an HXL tool reads it: rows by hashtag."""
    with io.BytesIO(data) as stream:
        source = hxl.data(stream)
        tags = source.display_tags
        return [dict(zip(tags, row.values, strict=True)) for row in source]


def errors_of(data: bytes) -> list[dict]:
    """What libhxl's default schema (dates are dates, #indicator+num numbers...) finds wrong."""
    with io.BytesIO(data) as stream:
        report = hxl.validate(hxl.data(stream))
    return [issue for issue in report["issues"] if issue["severity"] == "error"]


def outreach_csv(locale: str) -> bytes:
    t = shared_translator().for_locale(locale)
    rows = partner_figures(MARCH, figure_screens.partner_names(t, MARCH))
    return hxl_csv(month_period("2026-03"), rows, partner_headers(t), t("outreach-hidden"))


def feedback_csv(locale: str) -> bytes:
    t = shared_translator().for_locale(locale)
    rows = feedback_figures(REPORT, feedback_screens.partner_names(REPORT, t))
    return hxl_csv(period_days("2026-Q1"), rows, partner_headers(t), t("feedback-report-hidden"))


def poll_csv(locale: str, results: PollResults = RESULTS) -> bytes:
    t = shared_translator().for_locale(locale)
    rows = poll_figures(results, voice_screens.partner_names(results, "en", t))
    return hxl_csv(poll_period(results.poll, DAR), rows, partner_headers(t), t("voice-hidden"))


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_outreach_figures_read_back_by_hashtag_with_hidden_counts_left_empty(locale):
    data = outreach_csv(locale)
    assert data.startswith("\ufeff".encode())  # spreadsheets then read Arabic right
    rows = read_back(data)
    by_code = {row["#indicator+code"]: row for row in rows}
    assert {row["#date+start"] for row in rows} == {"2026-03-01"}
    assert {row["#date+end"] for row in rows} == {"2026-03-31"}
    assert by_code["outreach_reached_new"]["#indicator+value+num"] == "12"
    assert by_code["outreach_peer_hours"]["#indicator+value+num"] == "6.5"
    assert by_code["outreach_condoms"]["#sector+code"] == "health"
    assert by_code["outreach_referrals_legal_aid"]["#sector+code"] == "protection"
    assert by_code["outreach_incidents_violence"]["#indicator+value+num"] == "0"  # zero is shown
    for hidden in ("outreach_reached_returning", "outreach_referrals_health",
                   "outreach_incidents_police"):  # fmt: skip
        assert by_code[hidden]["#indicator+value+num"] == ""
        assert by_code[hidden]["#meta+suppressed"]
    assert not [row for row in rows if row["#meta+suppressed"] and row["#indicator+value+num"]]
    t = shared_translator().for_locale(locale)
    assert by_code["outreach_condoms"]["#indicator+name"] == t(
        "outreach-report-field", field="condoms"
    )
    assert errors_of(data) == []


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_feedback_figures_are_the_reports_own_and_read_back(locale):
    data = feedback_csv(locale)
    rows = read_back(data)
    by_code = {(row["#indicator+code"], row["#service+name"]): row for row in rows}
    # A quarter of ISO weeks: Monday of 2026-W01 to Sunday of 2026-W13.
    assert {(row["#date+start"], row["#date+end"]) for row in rows} == {
        ("2025-12-29", "2026-03-29")
    }
    assert by_code[("feedback_answers", "")]["#indicator+value+num"] == "12"
    assert by_code[("feedback_barrier_cost", "")]["#indicator+value+num"] == "12"
    assert by_code[("feedback_barrier_stigma", "")]["#indicator+value+num"] == ""
    assert by_code[("feedback_barrier_stigma", "")]["#meta+suppressed"]
    assert by_code[("feedback_need_legal_aid", "")]["#sector+code"] == "protection"
    rating = by_code[("feedback_rating_average", "'=Harbour Clinic")]  # no formula runs
    assert rating["#indicator+value+num"] == "4.0"
    assert by_code[("feedback_rating_answers", "'=Harbour Clinic")]["#indicator+value+num"] == "12"
    # Only what the report's text shows: no zero rows, no period before, no words.
    assert ("feedback_barrier_papers", "") not in by_code
    assert ("feedback_topic_other", "") not in by_code
    assert len(rows) == 7
    assert b"never exported" not in data and b"2025-Q4" not in data
    assert errors_of(data) == []


def test_every_directory_category_belongs_to_a_humanitarian_sector():
    sectors = {sector_of(category.value) for category in Category}
    assert sectors == {"health", "protection", "shelter", "livelihoods"}


def test_cells_cannot_start_a_spreadsheet_formula():
    figure = Figure("x", "=HYPERLINK(1)", "health", -3, area="@area")
    text = hxl_csv(Period(date(2026, 3, 1), date(2026, 3, 31)), [figure], {}, "hidden")
    line = text.decode("utf-8-sig").splitlines()[2]
    assert "'=HYPERLINK(1)" in line and "'@area" in line and ",'-3," in line


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_a_closed_polls_results_read_back_as_the_results_screen_shows_them(locale):
    data = poll_csv(locale)
    rows = read_back(data)
    assert [row["#indicator+code"] for row in rows] == [
        "voice_poll_answers",
        "voice_poll_choice_1",
        "voice_poll_choice_2",
        "voice_poll_choice_3",
        "voice_poll_other",
    ]
    values = [row["#indicator+value+num"] for row in rows]
    assert values == ["16", "12", "", "0", ""]  # hidden ones empty, the zero shown
    t = shared_translator().for_locale(locale)
    assert [bool(row["#meta+suppressed"]) for row in rows] == [False, False, True, False, True]
    assert {row["#meta+suppressed"] for row in rows} == {"", t("voice-hidden")}
    # The days it was open, in the deployment's time zone; its area; the question, worded.
    assert {(row["#date+start"], row["#date+end"]) for row in rows} == {
        ("2026-03-02", "2026-03-10")
    }
    assert {row["#loc+name"] for row in rows} == {"Harbour"}
    question = POLL.wording(locale, "en").question
    monday = POLL.wording(locale, "en").choices[0]
    assert rows[1]["#indicator+name"] == t("exports-figure-of", what=question, item=monday)
    assert "✍️" not in rows[4]["#indicator+name"]  # the button's emoji left out
    assert b"never exported" not in data  # counts only: nobody's own words
    assert errors_of(data) == []


def test_a_poll_under_k_answers_gives_no_file():
    with pytest.raises(NotAllowed):
        poll_csv("en", PollResults(POLL, False, {}, None))
