"""Feedback reports for a fixed period (a month or a quarter): suppressed counts, shares, ratings
and excerpts, the points of a needs summary, the same figures as a table (made into the CSV sent
in chat by `exports`), and the raw rows for an operator's export on the server. Counts about
people are suppressed (DESIGN rule 5), and people's words are quoted only from groups the report
shows with at least K answers; periods are in `periods`, the chart in `chart`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from bot.common.suppression import suppress_count, suppress_small_counts
from bot.feedback.model import Barrier, FeedbackReport, Ranked, ServiceRating, SummaryPoint, Topic
from bot.feedback.periods import previous_period, weeks_of
from storage import feedback_reports as store
from storage.database import Database
from storage.feedback_reports import FeedbackFilter

if TYPE_CHECKING:
    from sqlite3 import Row

__all__ = [
    "EVERYONE",
    "RAW_COLUMNS",
    "Quotable",
    "RawExport",
    "ReportFilter",
    "TableRow",
    "build_report",
    "report_table",
    "summary_points",
    "write_raw_csv",
]


@dataclass(frozen=True)
class ReportFilter(FeedbackFilter):
    """Which submissions a report covers (area, service, topic); None means any."""

    def __post_init__(self) -> None:
        if self.topic is not None and self.topic not in {t.value for t in Topic}:
            raise ValueError(f"unknown topic {self.topic!r}")


EVERYONE = ReportFilter()


def _ranked(counts: Mapping[str, int], shown: Mapping[str, int | None], total: int) -> list[Ranked]:
    """Largest count first, hidden cells last; ties and hidden cells by code, so the order never
    hints at a hidden value. Shares are None for hidden cells and when there is no submission."""
    rows = []
    for code in counts:
        count = shown[code]
        rows.append(Ranked(code, count, None if count is None or not total else count / total))
    return sorted(rows, key=lambda r: (r.count is None, -(r.count or 0), r.code))


@dataclass(frozen=True)
class Quotable:
    """The groups of a report whose answers' words may be quoted: only cells the report shows,
    each with at least K answers (DESIGN rule 5). An answer is quotable when its topic is shown,
    its service (if any) has a shown rating, and no barrier or need it named is hidden: words
    from a hidden group (three answers about police) would tell what the table hides."""

    topics: frozenset[str]
    services: frozenset[int]
    hidden_barriers: frozenset[str]
    hidden_needs: frozenset[str]

    @classmethod
    def of(
        cls,
        topics: Mapping[str, int | None],
        barriers: Mapping[str, int | None],
        needs: Mapping[str, int | None],
        ratings: Iterable[ServiceRating],
    ) -> Quotable:
        return cls(
            topics=frozenset(code for code, count in topics.items() if count),
            services=frozenset(rating.service_id for rating in ratings),
            hidden_barriers=frozenset(code for code, count in barriers.items() if count is None),
            hidden_needs=frozenset(code for code, count in needs.items() if count is None),
        )

    def allows(
        self, topic: str, service_id: int | None, barriers: Iterable[str], needs: Iterable[str]
    ) -> bool:
        return (
            topic in self.topics
            and (service_id is None or service_id in self.services)
            and self.hidden_barriers.isdisjoint(barriers)
            and self.hidden_needs.isdisjoint(needs)
        )


async def _barriers_and_needs(
    database: Database, weeks: list[str], only: ReportFilter, k: int
) -> tuple[dict[str, int], dict[str, int | None], dict[str, int], dict[str, int | None]]:
    """Barriers (every code) and needs (those named): counted, then suppressed. Both are
    multi-select, so their cells add up to no shown figure: each small cell is hidden alone."""
    barriers = {code.value: 0 for code in Barrier} | await store.count_barriers(
        database, weeks, only
    )
    # Needs are directory categories, an open list: only the ones named appear.
    needs = await store.count_needs(database, weeks, only)
    barriers_shown = suppress_small_counts(barriers, k, with_total=False).cells
    needs_shown = suppress_small_counts(needs, k, with_total=False).cells
    return barriers, barriers_shown, needs, needs_shown


async def build_report(
    database: Database,
    period: str,
    k: int,
    only: ReportFilter = EVERYONE,
    excerpt_limit: int = 5,
) -> FeedbackReport:
    """The report of one period, every count about people suppressed below `k`.

    The number of submissions is shown, and every submission has exactly one topic, so the topics
    table is suppressed against that total (a second cell hidden where one hidden cell could be
    worked out). Barriers and needs are multi-select: their cells add up to no shown figure, so
    each small cell is hidden on its own. Shares are of the submissions. Ratings (averages to one
    decimal) are shown for services with at least `k` ratings; excerpts only from answers whose
    every group is shown (`Quotable`). The previous period's barriers and needs come suppressed
    exactly as its own report shows them. Check `period_is_over` before offering a period.

    Each call protects its own tables only. A quarter is exactly its three months, and a filtered
    report is part of the unfiltered one: publishing both lets a reader subtract and recover a
    hidden cell. Offer one granularity, and either filtered or unfiltered reports, to one audience.
    """
    weeks = weeks_of(period)

    counted, rated = await store.topics_and_ratings(database, weeks, only)
    topics = {code.value: 0 for code in Topic} | counted
    topics_shown = suppress_small_counts(topics, k, with_total=True)
    submissions = sum(topics.values())
    barriers, barriers_shown, needs, needs_shown = await _barriers_and_needs(
        database, weeks, only, k
    )
    ratings = [
        ServiceRating(service, name, count, round(average, 1))
        for service, name, count, average in rated
        if count >= k
    ]
    quotable = Quotable.of(topics_shown.cells, barriers_shown, needs_shown, ratings)
    texts = []
    if quotable.topics and excerpt_limit:
        texts = await store.excerpts(
            database,
            weeks,
            only,
            topics=sorted(quotable.topics),
            services=sorted(quotable.services),
            hidden_barriers=sorted(quotable.hidden_barriers),
            hidden_needs=sorted(quotable.hidden_needs),
            limit=excerpt_limit,
        )

    before = previous_period(period)
    before_weeks = weeks_of(before)
    previous = await store.count_submissions(database, before_weeks, only)
    _, previous_barriers, _, previous_needs = await _barriers_and_needs(
        database, before_weeks, only, k
    )
    return FeedbackReport(
        period=period,
        previous_period=before,
        submissions=topics_shown.total,
        previous_submissions=suppress_count(previous, k),
        barriers=_ranked(barriers, barriers_shown, submissions),
        needs=_ranked(needs, needs_shown, submissions),
        ratings=ratings,
        topics=_ranked(topics, topics_shown.cells, submissions),
        excerpts=texts,
        previous_barriers=previous_barriers,
        previous_needs=previous_needs,
    )


async def quotable_groups(
    database: Database, period: str, k: int, only: ReportFilter = EVERYONE
) -> Quotable:
    """The groups of the period's report whose words may be quoted (see `Quotable`)."""
    report = await build_report(database, period, k, only, excerpt_limit=0)
    return Quotable.of(
        {row.code: row.count for row in report.topics},
        {row.code: row.count for row in report.barriers},
        {row.code: row.count for row in report.needs},
        report.ratings,
    )


def summary_points(report: FeedbackReport, top: int = 3) -> list[SummaryPoint]:
    """The statements of a needs summary, for the adapter to phrase: the `top` most named
    barriers, then every barrier named by fewer than K answers (a proposal may need to name
    police or stigma even when few said so), then the same for needs. Each carries the count of
    the period before, as that period's report shows it."""
    points: list[SummaryPoint] = []
    for kind, table, before in (
        ("barrier", report.barriers, report.previous_barriers),
        ("need", report.needs, report.previous_needs),
    ):
        shown = [row for row in table if row.count][:top]
        hidden = [row for row in table if row.count is None]
        points += [
            SummaryPoint(kind, row.code, row.count, row.share, before.get(row.code, 0))
            for row in (*shown, *hidden)
        ]
    return points


# --- the figures as a table (the CSV sent in chat) ---------------------------------------------


@dataclass(frozen=True)
class TableRow:
    """One figure of the report: answers (this period, then the one before), topic, barrier,
    need or rating; `count` None where the report hides it; `average` for ratings only."""

    section: str
    code: str  # the period, a topic, barrier or need code, or a service's name
    count: int | None
    share: float | None = None
    average: float | None = None


def report_table(report: FeedbackReport) -> list[TableRow]:
    """Exactly the figures the report's text shows, in its order: no row per answer, no words,
    no figure the text hides. Zero rows are left out, as in the text."""
    table = [
        TableRow("answers", report.period, report.submissions),
        TableRow("answers", report.previous_period, report.previous_submissions),
    ]
    for section, ranked in (
        ("topic", report.topics),
        ("barrier", report.barriers),
        ("need", report.needs),
    ):
        table += [TableRow(section, r.code, r.count, r.share) for r in ranked if r.count != 0]
    table += [TableRow("rating", r.name, r.count, None, r.average) for r in report.ratings]
    return table


# A spreadsheet evaluates a cell starting with one of these (OWASP "CSV injection").
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(cell: str) -> str:
    return f"'{cell}" if cell.startswith(_FORMULA_PREFIXES) else cell


# --- the raw rows, for an operator on the server -----------------------------------------------

RAW_COLUMNS = (
    "week",
    "topic",
    "service_id",
    "session_id",
    "area_id",
    "service_given",
    "explained",
    "waiting",
    "staff_rating",
    "overall_rating",
    "barriers",
    "needs",
    "free_text",
)


@dataclass(frozen=True)
class RawExport:
    rows: int  # answers written, one line each
    words: int  # of which with their words kept (their every group has at least K answers)


def _codes(joined: str | None) -> list[str]:
    return [] if joined is None else sorted(joined.split(";"))


def _raw_line(row: Row, quotable: Quotable) -> list[str]:
    barriers, needs = _codes(row["barriers"]), _codes(row["needs"])
    words = row["free_text"] or ""
    if words and not quotable.allows(row["topic"], row["service_id"], barriers, needs):
        words = ""
    cells = []
    for column in RAW_COLUMNS:
        if column in ("barriers", "needs"):
            cells.append(";".join(barriers if column == "barriers" else needs))
        elif column == "free_text":
            cells.append(words)
        else:
            value = row[column]
            cells.append("" if value is None else str(value))
    return [_spreadsheet_safe(cell) for cell in cells]


async def write_raw_csv(
    database: Database,
    period: str,
    out: TextIO,
    k: int,
    only: ReportFilter = EVERYONE,
    batch: int = 5000,
) -> RawExport:
    """Every answer of the period as one CSV line under a title row (RAW_COLUMNS), for an
    operator on the server: never sent through the chat (DESIGN rule 5).

    Rows are streamed a batch at a time, so memory stays flat however large the period. Barriers
    and needs are codes joined by ';'; explained is 1 or 0; an empty cell means not answered.
    People's words are kept only where the report quotes from (`Quotable`): never words from a
    group under `k`. When the filters leave fewer than `k` answers, only the title row is
    written, as the report hides that group too.

    Open `out` with newline="" (the csv module writes CRLF line ends) and encoding "utf-8-sig",
    so spreadsheet programs read Arabic and other scripts correctly.
    """
    weeks = weeks_of(period)
    writer = csv.writer(out)
    writer.writerow(RAW_COLUMNS)
    if suppress_count(await store.count_submissions(database, weeks, only), k) is None:
        return RawExport(0, 0)
    quotable = await quotable_groups(database, period, k, only)
    written = with_words = 0
    async for rows in store.stream_rows(database, weeks, only, batch=batch):
        lines = [_raw_line(row, quotable) for row in rows]
        writer.writerows(lines)
        written += len(lines)
        with_words += sum(1 for line in lines if line[-1])
        del rows, lines  # otherwise this batch stays alive while the next one is read
    return RawExport(written, with_words)
