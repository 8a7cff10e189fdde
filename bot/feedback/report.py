"""Feedback reports for a fixed period (a month or a quarter): suppressed counts, shares, ratings
and excerpts, the points of a needs summary, the raw CSV export for leads, and a phone chart.

Rows carry only an ISO week, so a period is the set of weeks whose Thursday falls in it (the ISO
rule that also decides a week's year). Counts about people are suppressed (DESIGN rule 5).
"""

from __future__ import annotations

import csv
import io
import re
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, TextIO

from bot.common.suppression import suppress_count, suppress_small_counts
from bot.feedback.model import Barrier, FeedbackReport, Ranked, ServiceRating, Topic
from storage import feedback_reports as store
from storage.database import Database

if TYPE_CHECKING:
    from sqlite3 import Row

    from matplotlib.axes import Axes

__all__ = [
    "CSV_COLUMNS",
    "ReportFilter",
    "build_report",
    "last_periods",
    "period_is_over",
    "previous_period",
    "report_chart",
    "summary_points",
    "weeks_of",
    "write_csv",
]

_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_THURSDAY = 3  # date.weekday()


# --- periods -----------------------------------------------------------------------------------


def _year_and_months(period: str) -> tuple[int, list[int]]:
    if match := _MONTH.fullmatch(period):
        return int(match[1]), [int(match[2])]
    if match := _QUARTER.fullmatch(period):
        first = 3 * int(match[2]) - 2
        return int(match[1]), [first, first + 1, first + 2]
    raise ValueError(f"a period is YYYY-MM or YYYY-Qn, got {period!r}")


def _thursdays(year: int, month: int) -> list[date]:
    day = date(year, month, 1)
    day += timedelta(days=(_THURSDAY - day.weekday()) % 7)
    found = []
    while day.month == month:
        found.append(day)
        day += timedelta(days=7)
    return found


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weeks_of(period: str) -> list[str]:
    """The ISO weeks (YYYY-Www) whose Thursday falls in the month or quarter, in order.

    Every week belongs to exactly one month, so months never overlap and a quarter is its three
    months. 2026-W53 (Thursday 31 December) is December 2026; 2021-01 does not hold 2020-W53
    even though 1 January 2021 falls in it.
    """
    year, months = _year_and_months(period)
    return [_iso_week(thursday) for month in months for thursday in _thursdays(year, month)]


def previous_period(period: str) -> str:
    """The month before a month, the quarter before a quarter."""
    year, months = _year_and_months(period)
    if len(months) == 1:
        return f"{year - 1}-12" if months[0] == 1 else f"{year}-{months[0] - 1:02d}"
    quarter = (months[0] + 2) // 3
    return f"{year - 1}-Q4" if quarter == 1 else f"{year}-Q{quarter - 1}"


def period_is_over(period: str, today: date) -> bool:
    """True once the last week of the period has ended (its Sunday is before `today`).

    Only such periods should be reported: a report of a period still open changes as people
    write, and two reports of it a week apart subtract to that week's submissions.
    """
    year, months = _year_and_months(period)
    last_sunday = _thursdays(year, months[-1])[-1] + timedelta(days=3)
    return last_sunday < today


def last_periods(today: date, count: int) -> list[str]:
    """For a picker: the `count` latest months that are over, newest first, then the `count`
    latest quarters that are over, newest first."""
    months: list[str] = []
    year, month = today.year, today.month
    while len(months) < count:
        period = f"{year}-{month:02d}"
        if period_is_over(period, today):
            months.append(period)
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    quarters: list[str] = []
    period = f"{today.year}-Q{(today.month + 2) // 3}"
    while len(quarters) < count:
        if period_is_over(period, today):
            quarters.append(period)
        period = previous_period(period)
    return months + quarters


# --- report ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportFilter:
    """Which submissions a report covers; None means any."""

    area_id: int | None = None
    service_id: int | None = None
    topic: str | None = None

    def __post_init__(self) -> None:
        if self.topic is not None and self.topic not in {t.value for t in Topic}:
            raise ValueError(f"unknown topic {self.topic!r}")

    def as_arguments(self) -> dict[str, Any]:
        return asdict(self)


def _ranked(counts: Mapping[str, int], shown: Mapping[str, int | None], total: int) -> list[Ranked]:
    """Largest count first, hidden cells last; ties and hidden cells by code, so the order never
    hints at a hidden value. Shares are None for hidden cells and when there is no submission."""
    rows = [
        Ranked(code, shown[code], None if shown[code] is None or not total else shown[code] / total)
        for code in counts
    ]
    return sorted(rows, key=lambda r: (r.count is None, -(r.count or 0), r.code))


async def build_report(
    database: Database,
    period: str,
    k: int,
    area_id: int | None = None,
    service_id: int | None = None,
    topic: str | None = None,
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
    chosen = ReportFilter(area_id, service_id, topic)
    weeks = weeks_of(period)
    by = chosen.as_arguments()

    counted, rated = await store.topics_and_ratings(database, weeks, **by)
    topics = {code.value: 0 for code in Topic} | counted
    topics_shown = suppress_small_counts(topics, k, with_total=True)
    submissions = sum(topics.values())

    barriers = {code.value: 0 for code in Barrier} | await store.count_barriers(
        database, weeks, **by
    )
    # Needs are directory categories, an open list: only the ones named appear.
    needs = await store.count_needs(database, weeks, **by)
    barriers_shown = suppress_small_counts(barriers, k, with_total=False).cells
    needs_shown = suppress_small_counts(needs, k, with_total=False).cells

    ratings = [
        ServiceRating(service, name, count, round(average, 1))
        for service, name, count, average in rated
        if count >= k
    ]
    texts = []
    if submissions >= k:
        texts = await store.excerpts(database, weeks, limit=excerpt_limit, **by)

    before = previous_period(period)
    previous = await store.count_submissions(database, weeks_of(before), **by)
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
        shown = [r for r in table if r.count and r.share is not None]
        points += [(kind, r.code, r.count, r.share) for r in shown[:top]]
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
    area_id: int | None = None,
    service_id: int | None = None,
    topic: str | None = None,
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
    by = ReportFilter(area_id, service_id, topic).as_arguments()
    weeks = weeks_of(period)
    writer = csv.writer(out)
    writer.writerow([_spreadsheet_safe(headers.get(c, c)) for c in CSV_COLUMNS])
    if suppress_count(await store.count_submissions(database, weeks, **by), k) is None:
        return 0
    written = 0
    async for rows in store.stream_rows(database, weeks, batch=batch, **by):
        writer.writerows(_csv_line(row) for row in rows)
        written += len(rows)
        del rows  # otherwise this batch stays alive while the next one is read
    return written


# --- chart -------------------------------------------------------------------------------------

_WIDTH_PX, _HEIGHT_PX, _DPI = 720, 960, 100
# Points at 100 dpi: 14 pt is about 19 px, 18 pt about 25 px; both stay legible on a phone.
_TEXT_PT, _TITLE_PT = 14, 18
_MOST_BARS = 8  # per panel; more would make each bar too thin to read on a phone
_LABEL_WIDTH = 18  # characters per line of a bar label
_BAR_COLOUR, _HIDDEN_COLOUR = "#2a6f97", "#7a7a7a"


def report_chart(report: FeedbackReport, labels: Mapping[str, str], title: str) -> bytes:
    """A portrait PNG (720x960 px) of the most named barriers and needs as horizontal bars with
    count and share; hidden counts as hatched bars across the panel marked `labels["hidden"]`.

    `labels` needs "hidden"; "barriers", "needs" (panel headings) and "none" (shown in a panel
    with nothing named) are optional, and bars are labelled `labels["barrier:<code>"]` or
    `labels["need:<code>"]`, falling back to the code. Zero counts are left out.

    Matplotlib neither joins Arabic letters nor lays out right-to-left text, so Arabic labels
    come out as separate letters in the wrong order: the same known gap as the outreach chart.
    """
    # Imported here: matplotlib takes a noticeable time to load and only charts need it.
    from matplotlib.figure import Figure

    panels = [
        (labels.get(heading, ""), _bars(rows, labels, prefix))
        for heading, rows, prefix in (
            ("barriers", report.barriers, "barrier"),
            ("needs", report.needs, "need"),
        )
    ]
    # The Figure API keeps no global registry (unlike pyplot), so nothing outlives this call.
    figure = Figure(figsize=(_WIDTH_PX / _DPI, _HEIGHT_PX / _DPI), dpi=_DPI, layout="constrained")
    figure.suptitle(title, fontsize=_TITLE_PT, fontweight="bold")
    axes = figure.subplots(
        len(panels), 1, gridspec_kw={"height_ratios": [max(len(bars), 1) for _, bars in panels]}
    )
    # One scale for both panels: both count submissions, so equal counts get equal bars.
    counts = [row.count for _, bars in panels for _, row in bars if row.count is not None]
    span = max([*counts, 1]) * 1.45  # room right of the longest bar for "count (share)"
    for ax, (heading, bars) in zip(axes, panels, strict=True):
        _draw_bars(ax, heading, bars, span, labels["hidden"], labels.get("none", "–"))
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=_DPI, metadata={"Software": None})
    figure.clear()
    return out.getvalue()


def _bars(
    rows: Iterable[Ranked], labels: Mapping[str, str], prefix: str
) -> list[tuple[str, Ranked]]:
    chosen = [row for row in rows if row.count != 0][:_MOST_BARS]
    return [
        (textwrap.fill(labels.get(f"{prefix}:{row.code}", row.code), _LABEL_WIDTH), row)
        for row in chosen
    ]


def _draw_bars(
    ax: Axes, heading: str, bars: list[tuple[str, Ranked]], span: float, hidden: str, none: str
) -> None:
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", bottom=False, labelbottom=False)
    ax.tick_params(axis="y", length=0)
    if heading:
        ax.set_title(heading, fontsize=_TEXT_PT, loc="left", fontweight="bold")
    if not bars:
        ax.spines["left"].set_visible(False)
        ax.set_yticks([])
        ax.text(0.02, 0.5, none, va="center", fontsize=_TEXT_PT, transform=ax.transAxes)
        return

    positions = list(range(len(bars)))
    ax.set_xlim(0, span)
    ax.set_ylim(len(bars) - 0.5, -0.5)  # first bar on top, in reading order
    ax.set_yticks(positions, [label for label, _ in bars], fontsize=_TEXT_PT)
    for y, (_, row) in zip(positions, bars, strict=True):
        if row.count is None:
            # The full width: a hidden count may be small or large, so no length hints at one.
            ax.barh(y, span, height=0.6, fill=False, hatch="//", edgecolor=_HIDDEN_COLOUR)
            ax.text(
                span * 0.02, y, hidden, va="center", fontsize=_TEXT_PT,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 2},
            )  # fmt: skip
            continue
        ax.barh(y, row.count, height=0.6, color=_BAR_COLOUR)
        share = "" if row.share is None else f" ({row.share:.0%})"
        ax.text(row.count + span * 0.02, y, f"{row.count}{share}", va="center", fontsize=_TEXT_PT)
