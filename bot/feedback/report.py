"""Feedback reports for a fixed period (a month or a quarter): suppressed counts, shares, ratings
and excerpts, the points of a needs summary, and the raw CSV export for leads. Counts about
people are suppressed (DESIGN rule 5); periods are in `periods`, the chart in `chart`.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from bot.common.suppression import suppress_count, suppress_small_counts
from bot.feedback.model import Barrier, FeedbackReport, Ranked, ServiceRating, Topic
from bot.feedback.periods import previous_period, weeks_of
from storage import feedback_reports as store
from storage.database import Database
from storage.feedback_reports import FeedbackFilter

if TYPE_CHECKING:
    from sqlite3 import Row

__all__ = [
    "CSV_COLUMNS",
    "EVERYONE",
    "ReportFilter",
    "build_report",
    "summary_points",
    "write_csv",
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
    decimal) are shown for services with at least `k` ratings; excerpts only when the report
    covers at least `k` submissions. Check `period_is_over` before offering a period.

    Each call protects its own tables only. A quarter is exactly its three months, and a filtered
    report is part of the unfiltered one: publishing both lets a reader subtract and recover a
    hidden cell. Offer one granularity, and either filtered or unfiltered reports, to one audience.
    """
    weeks = weeks_of(period)

    counted, rated = await store.topics_and_ratings(database, weeks, only)
    topics = {code.value: 0 for code in Topic} | counted
    topics_shown = suppress_small_counts(topics, k, with_total=True)
    submissions = sum(topics.values())

    barriers = {code.value: 0 for code in Barrier} | await store.count_barriers(
        database, weeks, only
    )
    # Needs are directory categories, an open list: only the ones named appear.
    needs = await store.count_needs(database, weeks, only)
    barriers_shown = suppress_small_counts(barriers, k, with_total=False).cells
    needs_shown = suppress_small_counts(needs, k, with_total=False).cells

    ratings = [
        ServiceRating(service, name, count, round(average, 1))
        for service, name, count, average in rated
        if count >= k
    ]
    texts = []
    if submissions >= k:
        texts = await store.excerpts(database, weeks, only, limit=excerpt_limit)

    before = previous_period(period)
    previous = await store.count_submissions(database, weeks_of(before), only)
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
    )


def summary_points(report: FeedbackReport, top: int = 3) -> list[tuple[str, str, int, float]]:
    """The points of a needs summary, for the adapter to phrase: ("barrier" or "need", code,
    count, share of submissions), the `top` most named barriers then the `top` most named needs.
    Only shown, non-zero counts take part."""
    points: list[tuple[str, str, int, float]] = []
    for kind, table in (("barrier", report.barriers), ("need", report.needs)):
        taken = 0
        for row in table:
            if taken < top and row.count and row.share is not None:
                points.append((kind, row.code, row.count, row.share))
                taken += 1
    return points


# --- CSV ---------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "key",
    "week",
    "topic",
    "service_id",
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
# A spreadsheet evaluates a cell starting with one of these (OWASP "CSV injection").
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(cell: str) -> str:
    return f"'{cell}" if cell.startswith(_FORMULA_PREFIXES) else cell


def _codes(joined: str | None) -> str:
    return "" if joined is None else ";".join(sorted(joined.split(";")))


def _csv_line(row: Row) -> list[str]:
    cells = []
    for column in CSV_COLUMNS:
        value = row[column]
        if column in ("barriers", "needs"):
            cells.append(_codes(value))
        else:
            cells.append("" if value is None else str(value))
    return [_spreadsheet_safe(cell) for cell in cells]


async def write_csv(
    database: Database,
    period: str,
    out: TextIO,
    headers: Mapping[str, str],
    k: int,
    only: ReportFilter = EVERYONE,
    batch: int = 5000,
) -> int:
    """Write every submission of the period as one CSV line under a title row; return how many.

    Rows are streamed a batch at a time, so memory stays flat however large the period. Column
    titles are `headers.get(column, column)` for the names in CSV_COLUMNS; barriers and needs are
    codes joined by ';'; explained is 1 or 0; an empty cell means not answered.

    Raw rows hold nothing that points to a person, but a tiny group (one service in one area in
    one month) lets someone who knows who went there read their answers: when the filters leave
    fewer than `k` submissions, only the title row is written and 0 returned, as the report
    hides that group too.

    Open `out` with newline="" (the csv module writes CRLF line ends) and encoding "utf-8-sig",
    so spreadsheet programs read Arabic and other scripts correctly.
    """
    weeks = weeks_of(period)
    writer = csv.writer(out)
    writer.writerow([_spreadsheet_safe(headers.get(c, c)) for c in CSV_COLUMNS])
    if suppress_count(await store.count_submissions(database, weeks, only), k) is None:
        return 0
    written = 0
    async for rows in store.stream_rows(database, weeks, only, batch=batch):
        writer.writerows(_csv_line(row) for row in rows)
        written += len(rows)
        del rows  # otherwise this batch stays alive while the next one is read
    return written
