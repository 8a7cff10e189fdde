"""Feedback reports from a known set of submissions (tests/feedback/sample.py): counts grouped in
SQLite, hidden small counts (DESIGN rule 5), ratings and excerpts only for groups of K or more,
the needs summary, and the raw CSV with safe spreadsheet cells."""

import asyncio
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.feedback.model import Barrier, FeedbackReport, Ranked, ServiceRating, Topic
from bot.feedback.report import CSV_COLUMNS, ReportFilter, build_report, summary_points, write_csv
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


async def test_excerpts_are_non_blank_texts_in_key_order_up_to_the_limit(db):
    report = await build_report(db, "2026-03", K)
    assert report.excerpts == [
        "The nurse was kind",
        "Clinic C closed early",
        "Need a lawyer who speaks Dari",
        "Outreach van came late",
    ]
    limited = await build_report(db, "2026-03", K, excerpt_limit=2)
    assert limited.excerpts == ["The nurse was kind", "Clinic C closed early"]


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
    assert north.excerpts == ["The nurse was kind", "Outreach van came late"]
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


async def test_the_summary_points_are_the_most_named_shown_barriers_then_needs(db):
    report = await build_report(db, "2026-03", K)
    assert summary_points(report) == [
        ("barrier", "cost", 9, 0.45),
        ("barrier", "language", 5, 0.25),
        ("need", "health", 7, 0.35),
        ("need", "legal", 5, 0.25),
    ]
    assert summary_points(report, top=1) == [
        ("barrier", "cost", 9, 0.45),
        ("need", "health", 7, 0.35),
    ]


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


# --- raw export --------------------------------------------------------------------------------

HEADERS = {"free_text": "Free text", "hidden": "hidden"}


async def test_the_csv_has_one_line_per_submission_in_week_then_key_order(db):
    out = io.StringIO(newline="")
    assert await write_csv(db, "2026-02", out, HEADERS, K) == 7
    assert out.getvalue() == (
        "key,week,topic,service_id,area_id,service_given,explained,waiting,staff_rating,"
        "overall_rating,barriers,needs,Free text\r\n"
        'f1,2026-W06,service,1,1,yes,1,under-1h,4,5,cost;language,health,"Good, friendly staff"\r\n'
        "f2,2026-W07,needs,,2,,,,,,,legal;shelter,'=1+2\r\n"
        "f3,2026-W07,outreach,,1,,,,,,,,\r\n"
        "f4,2026-W08,safety,,,,,,,,,,'-police at night\r\n"
        "f5,2026-W08,other,,,,,,,,,,\r\n"
        'f6,2026-W09,service,2,,no,0,over-3h,1,2,papers;stigma,,"\'@everyone said\nno"\r\n'
        "f7,2026-W09,other,,,,,,,,,,\r\n"
    )
    assert len(CSV_COLUMNS) == 13


async def test_csv_cells_and_titles_never_start_a_formula(db):
    out = io.StringIO(newline="")
    await write_csv(db, "2026-02", out, {"key": "=key", "week": "+week", "topic": "@topic"}, K)
    assert out.getvalue().startswith("'=key,'+week,'@topic,")


async def test_a_group_under_k_exports_only_the_title_row(db):
    out = io.StringIO(newline="")
    # North in February: f1 and f3.
    assert await write_csv(db, "2026-02", out, HEADERS, K, ReportFilter(area_id=1)) == 0
    assert out.getvalue().count("\r\n") == 1
