"""Feedback reports from a known set of submissions (tests/feedback/sample.py): counts grouped in
SQLite, hidden small counts (DESIGN rule 5), ratings for groups of K or more and excerpts only
from shown groups, the needs summary, the table of figures (the CSV sent in chat) and the
operator's raw CSV, with safe spreadsheet cells."""

import asyncio
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.feedback.model import Barrier, FeedbackReport, Ranked, ServiceRating, SummaryPoint, Topic
from bot.feedback.report import (
    RAW_COLUMNS,
    Quotable,
    RawExport,
    ReportFilter,
    TableRow,
    build_report,
    report_table,
    summary_points,
    write_raw_csv,
)
from storage.database import Database
from tests.feedback.sample import MARCH, K, add_places, entry, insert


async def test_march_counts_are_shared_of_submissions_and_ranked(db):
    report = await build_report(db, "2026-03", K)

    assert (report.period, report.submissions) == ("2026-03", 20)
    assert report.barriers[:2] == [Ranked("cost", 9, 0.45), Ranked("language", 5, 0.25)]
    # Every barrier is listed: a zero is information and reveals no one; the hidden one is last.
    assert [r.code for r in report.barriers[2:]] == [
        "childcare",
        "distance",
        "hours",
        "other",
        "papers",
        "police",
        "safety",
        "stigma",
    ]
    assert {r.count for r in report.barriers[2:-1]} == {0}
    assert report.barriers[-1] == Ranked("stigma", None, None)
    assert report.needs == [
        Ranked("health", 7, 0.35),
        Ranked("legal", 5, 0.25),
        Ranked("shelter", None, None),
    ]


async def test_one_small_topic_takes_a_second_topic_with_it_because_the_total_is_shown(db):
    report = await build_report(db, "2026-03", K)

    # outreach (2) is small; with the total of 20 shown, 20 - 12 would give it away, so the
    # smallest other non-zero topic, needs (6), is hidden too.
    assert report.topics == [
        Ranked("service", 12, 0.6),
        Ranked("other", 0, 0.0),
        Ranked("peer", 0, 0.0),
        Ranked("safety", 0, 0.0),
        Ranked("needs", None, None),
        Ranked("outreach", None, None),
    ]


async def test_barriers_and_needs_hide_small_cells_alone_since_they_add_up_to_no_total(db):
    report = await build_report(db, "2026-03", K)
    # stigma (3) and shelter (1) are hidden; nothing else is needed to protect them.
    assert [r.code for r in report.barriers if r.count is None] == ["stigma"]
    assert [r.code for r in report.needs if r.count is None] == ["shelter"]


async def test_ratings_are_shown_only_for_services_rated_by_k_people(db):
    report = await build_report(db, "2026-03", K)
    # Legal aid B has 4 ratings and Clinic C none: neither is shown.
    assert report.ratings == [ServiceRating(1, "Clinic A", 6, 4.0)]
    assert (await build_report(db, "2026-03", 7)).ratings == []


async def test_excerpts_come_only_from_answers_whose_every_group_is_shown(db):
    report = await build_report(db, "2026-03", K)
    # Issue 10.7: "Clinic C closed early" is about a service with no shown rating, "Need a
    # lawyer…" and "Outreach van…" are in topics the table hides (outreach 2, and needs with it).
    assert report.excerpts == ["The nurse was kind"]
    assert (await build_report(db, "2026-03", K, excerpt_limit=0)).excerpts == []


async def test_excerpts_are_non_blank_texts_in_key_order_up_to_the_limit(db):
    # With K = 2 every group of March is shown but Clinic C's (2 submissions, no rating).
    report = await build_report(db, "2026-03", 2)
    assert report.excerpts == [
        "The nurse was kind",
        "Need a lawyer who speaks Dari",
        "Outreach van came late",
    ]
    limited = await build_report(db, "2026-03", 2, excerpt_limit=2)
    assert limited.excerpts == ["The nurse was kind", "Need a lawyer who speaks Dari"]


def test_an_answer_is_quotable_only_when_its_topic_service_barriers_and_needs_are_shown():
    quotable = Quotable.of(
        {"service": 12, "needs": None, "other": 0},
        {"cost": 9, "stigma": None},
        {"health": 7, "shelter": None},
        [ServiceRating(1, "Clinic A", 6, 4.0)],
    )
    assert quotable.allows("service", 1, ["cost"], ["health"])
    assert quotable.allows("service", None, [], [])
    assert not quotable.allows("needs", None, [], [])  # a hidden topic
    assert not quotable.allows("other", None, [], [])  # nobody: not a group of K
    assert not quotable.allows("service", 2, [], [])  # a service with no shown rating
    assert not quotable.allows("service", 1, ["cost", "stigma"], [])  # a hidden barrier
    assert not quotable.allows("service", 1, [], ["shelter"])  # a hidden need


async def test_a_group_under_k_shows_no_count_and_no_excerpt(db):
    # Clinic C in March: two submissions, one with text.
    report = await build_report(db, "2026-03", K, ReportFilter(service_id=3))
    assert report.submissions is None
    assert report.excerpts == []
    shown = [r.count for r in report.topics + report.barriers + report.needs]
    assert not [count for count in shown if count is not None and 0 < count < K]


async def test_filters_narrow_every_table(db):
    north = await build_report(db, "2026-03", K, ReportFilter(area_id=1))
    assert north.submissions == 12
    # Service (10) is hidden with outreach (2): the total would give it away. No topic is
    # shown, so nothing is quoted (issue 10.7).
    assert [r.count for r in north.topics if r.count] == []
    assert north.excerpts == []
    needs_only = await build_report(db, "2026-03", K, ReportFilter(topic="needs"))
    assert needs_only.submissions == 6
    assert [r for r in needs_only.topics if r.count] == [Ranked("needs", 6, 1.0)]
    with pytest.raises(ValueError, match="topic"):
        ReportFilter(topic="everything")


async def test_the_previous_period_gives_the_change_and_is_suppressed_too(db):
    report = await build_report(db, "2026-03", K)
    assert (report.previous_period, report.previous_submissions) == ("2026-02", 7)
    # Clinic A: 6 submissions in March, 1 in February.
    clinic = await build_report(db, "2026-03", K, ReportFilter(service_id=1))
    assert (clinic.submissions, clinic.previous_submissions) == (6, None)
    quarter = await build_report(db, "2026-Q1", K)
    assert (quarter.submissions, quarter.previous_period) == (27, "2025-Q4")
    assert quarter.previous_submissions == 0


async def test_the_previous_periods_barriers_and_needs_are_suppressed_as_its_report_shows(db):
    report = await build_report(db, "2026-03", K)
    february = await build_report(db, "2026-02", K)
    assert report.previous_barriers == {r.code: r.count for r in february.barriers}
    assert report.previous_needs == {r.code: r.count for r in february.needs}
    assert report.previous_barriers["cost"] is None and report.previous_barriers["police"] == 0


async def test_the_summary_points_are_the_most_named_barriers_then_the_hidden_then_needs(db):
    report = await build_report(db, "2026-03", K)
    # Issue 10.7: hidden barriers and needs are named too ("fewer than K"), and each point
    # carries the previous period's count as its report shows it (None: hidden).
    assert summary_points(report) == [
        SummaryPoint("barrier", "cost", 9, 0.45, None),
        SummaryPoint("barrier", "language", 5, 0.25, None),
        SummaryPoint("barrier", "stigma", None, None, None),
        SummaryPoint("need", "health", 7, 0.35, None),
        SummaryPoint("need", "legal", 5, 0.25, None),
        SummaryPoint("need", "shelter", None, None, None),
    ]
    assert summary_points(report, top=1)[:2] == [
        SummaryPoint("barrier", "cost", 9, 0.45, None),
        SummaryPoint("barrier", "stigma", None, None, None),
    ]
    quarter = await build_report(db, "2026-Q1", K)
    assert summary_points(quarter)[0] == SummaryPoint("barrier", "cost", 10, 10 / 27, 0)


async def test_an_empty_period_reports_zeros_and_no_shares(db):
    report = await build_report(db, "2025-06", K)
    assert (report.submissions, report.previous_submissions) == (0, 0)
    assert {r.count for r in report.topics + report.barriers} == {0}
    assert {r.share for r in report.topics + report.barriers} == {None}
    assert (report.needs, report.ratings, report.excerpts) == ([], [], [])


small_counts_data = st.lists(
    st.tuples(
        st.sampled_from(list(Topic)),
        st.sets(st.sampled_from([Barrier.COST, Barrier.PAPERS, Barrier.STIGMA]), max_size=3),
        st.sets(st.sampled_from(["health", "legal"]), max_size=2),
        st.sampled_from([None, 1, 2]),
        st.one_of(st.none(), st.integers(1, 5)),
        st.booleans(),  # March (True) or February
    ),
    max_size=30,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=small_counts_data, k=st.integers(2, 6))
def test_no_report_on_random_data_shows_or_gives_away_a_small_count(rows, k):
    entries = [
        entry(
            f"r{n:03d}",
            MARCH[n % 4] if in_march else "2026-W07",
            topic,
            service_id=service,
            overall_rating=rating,
            barriers=tuple(barriers),
            needs=tuple(needs),
            free_text=f"text {n}",
        )
        for n, (topic, barriers, needs, service, rating, in_march) in enumerate(rows)
    ]

    async def report_of() -> FeedbackReport:
        async with await Database.open(":memory:") as database:
            await add_places(database)
            await insert(database, entries)
            return await build_report(database, "2026-03", k)

    report = asyncio.run(report_of())
    chosen = [e for e in entries if e.week in MARCH]
    total = len(chosen)

    def small(count: int | None) -> bool:
        return count is not None and 0 < count < k

    tables = report.topics + report.barriers + report.needs
    assert not [r for r in tables if small(r.count)]
    assert not small(report.submissions) and not small(report.previous_submissions)
    assert report.submissions in (total, None)
    assert all(rating.count >= k for rating in report.ratings)
    if total < k:
        assert report.excerpts == []
    truth = {t.value: sum(e.topic == t for e in chosen) for t in Topic}
    assert all(r.count in (truth[r.code], None) for r in report.topics)
    if report.submissions is not None:
        # total - shown cells = the sum of the hidden ones: never a single hidden cell.
        assert len([r for r in report.topics if r.count is None]) != 1


# --- the table of figures (the CSV sent in chat) -----------------------------------------------


async def test_the_table_holds_exactly_the_figures_of_the_text_and_no_row_per_answer(db):
    report = await build_report(db, "2026-03", K)
    table = report_table(report)
    assert table[:2] == [TableRow("answers", "2026-03", 20), TableRow("answers", "2026-02", 7)]
    assert TableRow("topic", "service", 12, 0.6) in table
    assert TableRow("topic", "outreach", None, None) in table
    assert TableRow("barrier", "stigma", None, None) in table
    assert TableRow("rating", "Clinic A", 6, None, 4.0) in table
    assert not [row for row in table if row.count == 0]  # zeros are left out, as in the text
    assert len(table) == 2 + 3 + 3 + 3 + 1


# --- raw export (an operator's command on the server) ------------------------------------------


async def test_the_raw_csv_has_one_line_per_answer_and_words_only_from_shown_groups(db):
    out = io.StringIO(newline="")
    assert await write_raw_csv(db, "2026-03", out, K) == RawExport(20, 1)
    lines = out.getvalue().split("\r\n")
    assert lines[0] == ",".join(RAW_COLUMNS)
    assert lines[1] == "2026-W10,service,1,,1,,,,,5,cost,health,The nurse was kind"
    assert len(lines) == 1 + 20 + 1  # the title, the answers, the empty end
    text = out.getvalue()
    for hidden_group_words in ("Clinic C closed", "lawyer", "Outreach van"):
        assert hidden_group_words not in text
    assert "m01" not in text  # no key: it points to the row in the database


async def test_the_raw_csv_never_holds_words_of_a_period_whose_groups_are_all_small(db):
    out = io.StringIO(newline="")
    # February: 7 answers, every topic, barrier and need under K.
    assert await write_raw_csv(db, "2026-02", out, K) == RawExport(7, 0)
    assert "police" not in out.getvalue() and "friendly" not in out.getvalue()


async def test_raw_cells_never_start_a_formula(db):
    out = io.StringIO(newline="")
    await write_raw_csv(db, "2026-03", out, 1)  # K = 1: every word is kept
    assert "\r\n2026-W07" not in out.getvalue()
    out = io.StringIO(newline="")
    await write_raw_csv(db, "2026-02", out, 1)
    assert ",'=1+2\r\n" in out.getvalue() and ",'-police at night\r\n" in out.getvalue()


async def test_a_group_under_k_exports_only_the_title_row(db):
    out = io.StringIO(newline="")
    # North in February: f1 and f3.
    assert await write_raw_csv(db, "2026-02", out, K, ReportFilter(area_id=1)) == RawExport(0, 0)
    assert out.getvalue().count("\r\n") == 1
