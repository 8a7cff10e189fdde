"""Feedback reports from a known set of submissions: periods made of ISO weeks, counts grouped in
SQLite, hidden small counts (DESIGN rule 5), ratings and excerpts only for groups of K or more,
the raw CSV streamed in batches with safe spreadsheet cells, and a phone-sized chart."""

import asyncio
import io
import struct
from datetime import date

import matplotlib.pyplot as plt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.feedback.model import (
    Barrier,
    FeedbackEntry,
    FeedbackReport,
    Given,
    Ranked,
    ServiceRating,
    Topic,
    Waiting,
)
from bot.feedback.report import (
    CSV_COLUMNS,
    build_report,
    last_periods,
    period_is_over,
    previous_period,
    report_chart,
    summary_points,
    weeks_of,
    write_csv,
)
from storage import feedback_reports as store
from storage.database import Database

K = 5
MARCH = weeks_of("2026-03")


def entry(key: str, week: str, topic: Topic, **fields) -> FeedbackEntry:
    return FeedbackEntry(key=key, week=week, topic=topic, **fields)


def march() -> list[FeedbackEntry]:
    """20 submissions in March 2026 (weeks 10 to 13), five a week."""
    weeks = [MARCH[(n - 1) // 5] for n in range(1, 21)]
    rows = []
    ratings = {1: 5, 2: 4, 3: 4, 4: 3, 5: 5, 6: 3, 7: 2, 8: 2, 9: 3, 10: 1}
    texts = {
        1: "The nurse was kind",
        11: "Clinic C closed early",
        13: "Need a lawyer who speaks Dari",
        16: "",
        17: "   ",
        20: "Outreach van came late",
    }
    for n in range(1, 21):
        if n <= 12:
            topic, service = Topic.SERVICE, 1 if n <= 6 else 2 if n <= 10 else 3
        else:
            topic, service = (Topic.NEEDS if n <= 18 else Topic.OUTREACH), None
        barriers = [Barrier.COST] * (n <= 9) + [Barrier.LANGUAGE] * (10 <= n <= 14)
        barriers += [Barrier.STIGMA] * (7 <= n <= 9)
        needs = ["health"] * (n == 1 or 13 <= n <= 18) + ["legal"] * (2 <= n <= 6)
        needs += ["shelter"] * (n == 19)
        rows.append(
            entry(
                f"m{n:02d}", weeks[n - 1], topic, service_id=service,
                area_id=2 if 11 <= n <= 18 else 1, overall_rating=ratings.get(n),
                barriers=tuple(barriers), needs=tuple(needs), free_text=texts.get(n),
            )
        )  # fmt: skip
    return rows


FEBRUARY = [
    entry(
        "f1", "2026-W06", Topic.SERVICE, service_id=1, area_id=1, service_given=Given.YES,
        explained=True, waiting=Waiting.UNDER_1H, staff_rating=4, overall_rating=5,
        barriers=(Barrier.LANGUAGE, Barrier.COST), needs=("health",),
        free_text="Good, friendly staff",
    ),
    entry("f2", "2026-W07", Topic.NEEDS, area_id=2, needs=("shelter", "legal"), free_text="=1+2"),
    entry("f3", "2026-W07", Topic.OUTREACH, area_id=1),
    entry("f4", "2026-W08", Topic.SAFETY, free_text="-police at night"),
    entry("f5", "2026-W08", Topic.OTHER),
    entry(
        "f6", "2026-W09", Topic.SERVICE, service_id=2, service_given=Given.NO, explained=False,
        waiting=Waiting.OVER_3H, staff_rating=1, overall_rating=2,
        barriers=(Barrier.STIGMA, Barrier.PAPERS), free_text="@everyone said\nno",
    ),
    # Week 9 ends on Sunday 1 March, but its Thursday is 26 February: a February submission.
    entry("f7", "2026-W09", Topic.OTHER),
]  # fmt: skip
# Week 14 starts on Monday 30 March, but its Thursday is 2 April: not March.
APRIL = [entry("a1", "2026-W14", Topic.SAFETY, barriers=(Barrier.POLICE,))]


async def insert(db: Database, entries: list[FeedbackEntry]) -> None:
    async with db.transaction() as tx:
        await tx.executemany(
            "INSERT INTO feedback (key, week, topic, service_id, area_id, service_given,"
            " explained, waiting, staff_rating, overall_rating, free_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (e.key, e.week, e.topic, e.service_id, e.area_id, e.service_given,
                 None if e.explained is None else int(e.explained), e.waiting, e.staff_rating,
                 e.overall_rating, e.free_text)
                for e in entries
            ],
        )  # fmt: skip
        await tx.executemany(
            "INSERT INTO feedback_barriers VALUES (?, ?)",
            [(e.key, barrier) for e in entries for barrier in e.barriers],
        )
        await tx.executemany(
            "INSERT INTO feedback_needs VALUES (?, ?)",
            [(e.key, need) for e in entries for need in e.needs],
        )


async def add_places(db: Database) -> None:
    async with db.transaction() as tx:
        await tx.executemany(
            "INSERT INTO areas (id, code, name) VALUES (?, ?, ?)",
            [(1, "north", "North"), (2, "south", "South")],
        )
        await tx.executemany(
            "INSERT INTO services (id, name, created_on, updated_on)"
            " VALUES (?, ?, '2026-01-01', '2026-01-01')",
            [(1, "Clinic A"), (2, "Legal aid B"), (3, "Clinic C")],
        )


@pytest.fixture
async def db(tmp_path):
    async with await Database.open(tmp_path / "x.db") as database:
        await add_places(database)
        await insert(database, march() + FEBRUARY + APRIL)
        yield database


# --- periods -----------------------------------------------------------------------------------


def test_a_month_holds_the_weeks_whose_thursday_falls_in_it():
    assert weeks_of("2026-03") == ["2026-W10", "2026-W11", "2026-W12", "2026-W13"]
    assert weeks_of("2026-02") == ["2026-W06", "2026-W07", "2026-W08", "2026-W09"]
    assert weeks_of("2026-04")[0] == "2026-W14"


def test_a_quarter_is_its_three_months():
    assert weeks_of("2026-Q1") == [f"2026-W{n:02d}" for n in range(1, 14)]
    assert weeks_of("2026-Q2") == weeks_of("2026-04") + weeks_of("2026-05") + weeks_of("2026-06")


def test_week_53_belongs_to_december_of_its_own_iso_year():
    assert weeks_of("2026-12") == ["2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53"]
    assert len(weeks_of("2026-Q4")) == 14
    assert weeks_of("2027-01")[0] == "2027-W01"
    # 1 January 2021 is a Friday in 2020-W53, whose Thursday is 31 December 2020.
    assert weeks_of("2020-12")[-1] == "2020-W53"
    assert weeks_of("2021-01")[0] == "2021-W01"


@pytest.mark.parametrize("year", range(2015, 2032))
def test_every_iso_week_of_a_year_is_in_exactly_one_month(year):
    found = [week for month in range(1, 13) for week in weeks_of(f"{year}-{month:02d}")]
    last = date(year, 12, 28).isocalendar().week  # 28 December is always in the last week
    assert found == [f"{year}-W{n:02d}" for n in range(1, last + 1)]


@pytest.mark.parametrize("period", ["2026-13", "2026-00", "2026-Q5", "2026-W10", "26-03", ""])
def test_only_months_and_quarters_are_periods(period):
    with pytest.raises(ValueError, match="period"):
        weeks_of(period)


def test_the_previous_period_is_of_the_same_kind():
    assert previous_period("2026-03") == "2026-02"
    assert previous_period("2026-01") == "2025-12"
    assert previous_period("2026-Q3") == "2026-Q2"
    assert previous_period("2026-Q1") == "2025-Q4"


def test_a_period_is_over_when_its_last_week_has_ended():
    # March 2026 ends with week 13, Monday 23 to Sunday 29 March.
    assert not period_is_over("2026-03", date(2026, 3, 29))
    assert period_is_over("2026-03", date(2026, 3, 30))
    # December 2026 ends with week 53, which runs to Sunday 3 January 2027.
    assert not period_is_over("2026-12", date(2027, 1, 3))
    assert period_is_over("2026-12", date(2027, 1, 4))


def test_the_picker_offers_only_periods_that_are_over():
    assert last_periods(date(2026, 4, 1), 2) == ["2026-03", "2026-02", "2026-Q1", "2025-Q4"]
    assert last_periods(date(2026, 3, 29), 2) == ["2026-02", "2026-01", "2025-Q4", "2025-Q3"]


# --- report ------------------------------------------------------------------------------------


async def test_march_counts_are_shared_of_submissions_and_ranked(db):
    report = await build_report(db, "2026-03", K)

    assert (report.period, report.submissions) == ("2026-03", 20)
    assert report.barriers[:2] == [Ranked("cost", 9, 0.45), Ranked("language", 5, 0.25)]
    # Every barrier is listed: a zero is information and reveals no one; the hidden one is last.
    assert [r.code for r in report.barriers[2:]] == [
        "childcare", "distance", "hours", "other", "papers", "police", "safety", "stigma",
    ]  # fmt: skip
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
    report = await build_report(db, "2026-03", K, service_id=3)
    assert report.submissions is None
    assert report.excerpts == []
    shown = [r.count for r in report.topics + report.barriers + report.needs]
    assert not [count for count in shown if count is not None and 0 < count < K]


async def test_filters_narrow_every_table(db):
    north = await build_report(db, "2026-03", K, area_id=1)
    assert north.submissions == 12
    assert north.excerpts == ["The nurse was kind", "Outreach van came late"]
    needs_only = await build_report(db, "2026-03", K, topic="needs")
    assert needs_only.submissions == 6
    assert [r for r in needs_only.topics if r.count] == [Ranked("needs", 6, 1.0)]
    with pytest.raises(ValueError, match="topic"):
        await build_report(db, "2026-03", K, topic="everything")


async def test_the_previous_period_gives_the_change_and_is_suppressed_too(db):
    report = await build_report(db, "2026-03", K)
    assert (report.previous_period, report.previous_submissions) == ("2026-02", 7)
    # Clinic A: 6 submissions in March, 1 in February.
    clinic = await build_report(db, "2026-03", K, service_id=1)
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


async def test_storage_counts_agree_with_each_other(db):
    topics, ratings = await store.topics_and_ratings(db, MARCH)
    assert topics == await store.count_topics(db, MARCH) == {
        "service": 12, "needs": 6, "outreach": 2,
    }  # fmt: skip
    assert (
        ratings
        == await store.service_ratings(db, MARCH)
        == [
            (1, "Clinic A", 6, 4.0),
            (2, "Legal aid B", 4, 2.0),
        ]
    )
    assert await store.count_submissions(db, MARCH) == 20
    assert await store.count_barriers(db, MARCH, service_id=2) == {
        "cost": 3, "language": 1, "stigma": 3,
    }  # fmt: skip
    assert await store.count_needs(db, MARCH, area_id=2, topic="needs") == {"health": 6}


async def test_repeated_stigma_reports_are_counted_per_service(db):
    assert await store.stigma_reports_for(db, 2, MARCH) == 3
    assert await store.stigma_reports_for(db, 1, MARCH) == 0
    assert await store.stigma_reports_for(db, 2, weeks_of("2026-Q1")) == 4


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
            f"r{n:03d}", MARCH[n % 4] if in_march else "2026-W07", topic, service_id=service,
            overall_rating=rating, barriers=tuple(barriers), needs=tuple(needs),
            free_text=f"text {n}",
        )
        for n, (topic, barriers, needs, service, rating, in_march) in enumerate(rows)
    ]  # fmt: skip

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
    assert await write_csv(db, "2026-02", out, HEADERS, K, area_id=1) == 0
    assert out.getvalue().count("\r\n") == 1


async def test_rows_are_streamed_in_batches_without_reading_more_than_one(db):
    sizes = []
    fetch_all = db.fetch_all

    async def counting(sql, parameters=()):
        rows = await fetch_all(sql, parameters)
        sizes.append(len(rows))
        return rows

    db.fetch_all = counting
    batches = [b async for b in store.stream_rows(db, ["2026-W10"], batch=2)]
    assert [[row["key"] for row in b] for b in batches] == [
        ["m01", "m02"],
        ["m03", "m04"],
        ["m05"],
    ]
    assert max(sizes) == 2
    # Across weeks, batches are filled from the next week.
    across = [b async for b in store.stream_rows(db, weeks_of("2026-02"), batch=3)]
    assert [len(b) for b in across] == [3, 3, 1]
    assert [row["key"] for b in across for row in b] == [e.key for e in FEBRUARY]
    assert max(sizes) <= 3
    # Legal aid B in March: four rows make two full batches and no empty third one.
    filtered = [b async for b in store.stream_rows(db, MARCH, service_id=2, batch=2)]
    assert [[row["key"] for row in b] for b in filtered] == [["m07", "m08"], ["m09", "m10"]]
    assert sorted(filtered[0][0]["barriers"].split(";")) == ["cost", "stigma"]


# --- chart -------------------------------------------------------------------------------------

LABELS = {"hidden": "hidden", "barriers": "Barriers", "needs": "Unmet needs"}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


async def test_the_chart_is_a_portrait_png_sized_for_a_phone(db):
    report = await build_report(db, "2026-03", K)
    chart = report_chart(report, LABELS, "March 2026")
    assert png_size(chart) == (720, 960)
    assert chart == report_chart(report, LABELS, "March 2026")  # no timestamp inside
    empty = FeedbackReport("2026-03", "2026-02", 0, 0)
    assert chart != report_chart(empty, LABELS, "March 2026")


def test_the_chart_draws_an_all_hidden_and_an_empty_report():
    hidden = FeedbackReport(
        "2026-03", "2026-02", None, None,
        barriers=[Ranked(b.value, None, None) for b in Barrier],
        needs=[Ranked("health", None, None)],
    )  # fmt: skip
    empty = FeedbackReport("2026-03", "2026-02", 0, 0)
    arabic = dict.fromkeys(LABELS, "مخفي")
    assert png_size(report_chart(hidden, arabic, "مارس ٢٠٢٦")) == (720, 960)
    assert png_size(report_chart(empty, LABELS, "March 2026")) == (720, 960)
    assert plt.get_fignums() == []
