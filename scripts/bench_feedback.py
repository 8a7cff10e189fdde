"""Benchmark feedback reports on a year of anonymous feedback (default 1,000,000 submissions).

    python scripts/bench_feedback.py [--rows 1000000] [--small 100000] [--runs 3]

Prints: (a) a quarterly report with every breakdown (counts grouped in SQLite) and its chart;
(b) the quarter's raw CSV (the operator's export on the server, scripts/feedback_export.py)
streamed to a file, timed, with the Python heap's peak (tracemalloc) at --small and at --rows
rows: flat memory means nearly the same peak; (c) a naive baseline that loads every row of the
quarter into Python and counts there, measured in the same run.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import random
import sqlite3
import statistics
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from pathlib import Path

from bot.feedback.chart import report_chart
from bot.feedback.model import Barrier, Topic, Waiting
from bot.feedback.periods import weeks_of
from bot.feedback.report import Quotable, build_report, write_raw_csv
from storage.database import Database

K = 5
YEAR = 2025
QUARTER = f"{YEAR}-Q2"
SERVICES = 200
AREAS = 20
NEEDS = (
    "health",
    "legal",
    "shelter",
    "food",
    "cash",
    "mental-health",
    "hiv",
    "srh",
    "harm-reduction",
    "childcare",
    "documents",
    "work",
)
TOPIC_WEIGHTS = {
    Topic.SERVICE: 40,
    Topic.NEEDS: 25,
    Topic.OUTREACH: 15,
    Topic.SAFETY: 12,
    Topic.OTHER: 8,
}
BARRIER_WEIGHTS = {
    Barrier.COST: 20,
    Barrier.LANGUAGE: 16,
    Barrier.PAPERS: 14,
    Barrier.STIGMA: 12,
    Barrier.POLICE: 8,
    Barrier.DISTANCE: 9,
    Barrier.HOURS: 7,
    Barrier.SAFETY: 6,
    Barrier.CHILDCARE: 4,
    Barrier.OTHER: 4,
}
WORDS = (
    "staff",
    "kind",
    "waited",
    "long",
    "doctor",
    "no",
    "interpreter",
    "asked",
    "papers",
    "police",
    "outside",
    "helped",
    "again",
    "shelter",
    "full",
    "cost",
    "too",
    "much",
    "night",
    "friendly",
    "need",
    "lawyer",
    "food",
    "children",
    "clinic",
    "closed",
    "safe",
    "afraid",
)
LABELS = {"hidden": "<5", "barriers": "Barriers", "needs": "Unmet needs"}


def _pick_several(rng: random.Random, weights: dict, most: int) -> list:
    how_many = rng.choices(range(most + 1), weights=(30, 35, 25, 10)[: most + 1])[0]
    chosen: set = set()
    while len(chosen) < how_many:
        chosen.add(rng.choices(list(weights), weights=list(weights.values()))[0])
    return sorted(chosen)


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """Fill a migrated database with `rows` submissions spread over the 52 weeks of YEAR."""
    rng = random.Random(seed)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -400000")
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO areas (id, code, name) VALUES (?, ?, ?)",
        [(i, f"a{i}", f"Area {i}") for i in range(1, AREAS + 1)],
    )
    connection.executemany(
        "INSERT INTO services (id, name, state, area_id, created_on, updated_on)"
        " VALUES (?, ?, 'published', ?, '2025-01-01', '2025-01-01')",
        [(i, f"Service {i}", 1 + i % AREAS) for i in range(1, SERVICES + 1)],
    )
    weeks = [f"{YEAR}-W{w:02d}" for w in range(1, 53)]
    # A few services and areas get most of the feedback, as in practice.
    service_weights = [1 / i for i in range(1, SERVICES + 1)]
    area_weights = [1 / i**0.7 for i in range(1, AREAS + 1)]
    topics, topic_weights = list(TOPIC_WEIGHTS), list(TOPIC_WEIGHTS.values())
    # Sorted random keys: inserting in key order keeps the WITHOUT ROWID b-trees append-only.
    keys = sorted(base64.urlsafe_b64encode(rng.randbytes(16)).decode()[:22] for _ in range(rows))
    chunk = 100_000
    for start in range(0, rows, chunk):
        feedback, barriers, needs = [], [], []
        for key in keys[start : start + chunk]:
            topic = rng.choices(topics, weights=topic_weights)[0]
            about_service = topic == Topic.SERVICE or (topic == Topic.NEEDS and rng.random() < 0.2)
            service = (
                rng.choices(range(1, SERVICES + 1), service_weights)[0] if about_service else None
            )
            rated = about_service and rng.random() < 0.9
            text = None
            if rng.random() < 0.15:
                text = " ".join(rng.choices(WORDS, k=rng.randrange(3, 25)))
            feedback.append(
                (
                    key,
                    rng.choice(weeks),
                    topic.value,
                    service,
                    rng.choices(range(1, AREAS + 1), area_weights)[0],
                    rng.choice(("yes", "yes", "partly", "no")) if about_service else None,
                    rng.choice((0, 1, 1)) if about_service else None,
                    rng.choices(list(Waiting), (2, 4, 3, 1))[0].value if about_service else None,
                    rng.choices(range(1, 6), (1, 2, 3, 5, 4))[0] if rated else None,
                    rng.choices(range(1, 6), (1, 2, 4, 5, 3))[0] if rated else None,
                    text,
                )
            )
            barriers += [(key, b.value) for b in _pick_several(rng, BARRIER_WEIGHTS, 3)]
            needs += [(key, n) for n in _pick_several(rng, dict.fromkeys(NEEDS, 1), 3)]
        connection.executemany(
            "INSERT INTO feedback (key, week, topic, service_id, area_id, service_given,"
            " explained, waiting, staff_rating, overall_rating, free_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            feedback,
        )
        connection.executemany("INSERT INTO feedback_barriers VALUES (?, ?)", barriers)
        connection.executemany("INSERT INTO feedback_needs VALUES (?, ?)", needs)
        print(f"    {min(start + chunk, rows):,} rows", flush=True)
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


async def naive_report(db: Database, period: str, quotable: Quotable | None = None) -> dict:
    """The baseline: every row of the period into Python, counted there (excerpts from the
    groups `quotable` allows, when given)."""
    weeks = (json.dumps(weeks_of(period)),)
    rows = await db.fetch_all(
        "SELECT f.key, f.topic, f.service_id, f.overall_rating, f.free_text, s.name"
        " FROM feedback AS f LEFT JOIN services AS s ON s.id = f.service_id"
        " WHERE f.week IN (SELECT value FROM json_each(?))",
        weeks,
    )
    barriers = await db.fetch_all(
        "SELECT b.barrier, f.key FROM feedback AS f"
        " JOIN feedback_barriers AS b ON b.feedback_key = f.key"
        " WHERE f.week IN (SELECT value FROM json_each(?))",
        weeks,
    )
    needs = await db.fetch_all(
        "SELECT n.category, f.key FROM feedback AS f"
        " JOIN feedback_needs AS n ON n.feedback_key = f.key"
        " WHERE f.week IN (SELECT value FROM json_each(?))",
        weeks,
    )
    barriers_of: dict[str, list[str]] = defaultdict(list)
    needs_of: dict[str, list[str]] = defaultdict(list)
    for code, key in barriers:
        barriers_of[key].append(code)
    for code, key in needs:
        needs_of[key].append(code)

    def quoted(row: sqlite3.Row) -> bool:
        if not (row["free_text"] or "").strip():
            return False
        if quotable is None:
            return True
        key = row["key"]
        return quotable.allows(row["topic"], row["service_id"], barriers_of[key], needs_of[key])

    ratings: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        if row["service_id"] is not None and row["overall_rating"] is not None:
            ratings[row["service_id"]].append(row["overall_rating"])
    return {
        "submissions": len(rows),
        "topics": Counter(row["topic"] for row in rows),
        "barriers": Counter(row[0] for row in barriers),
        "needs": Counter(row[0] for row in needs),
        "ratings": {s: (len(v), sum(v) / len(v)) for s, v in ratings.items() if len(v) >= K},
        "excerpts": sorted((r["key"], r["free_text"]) for r in rows if quoted(r))[:5],
    }


async def timed(action: Callable[[], Awaitable[object]], runs: int) -> tuple[float, float]:
    """(first run, median of the runs) in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        await action()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times)


async def export(db: Database, target: Path) -> int:
    with target.open("w", newline="", encoding="utf-8-sig") as out:
        return (await write_raw_csv(db, QUARTER, out, K)).rows


async def export_peak(db: Database, target: Path) -> tuple[int, int]:
    """(rows written, peak bytes of the Python heap while exporting)."""
    tracemalloc.start()
    try:
        written = await export(db, target)
        return written, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


async def measure_export(folder: Path, rows: int) -> tuple[int, float, int]:
    path = folder / f"feedback-{rows}.db"
    print(f"  generating {rows:,} submissions ...", flush=True)
    started = time.perf_counter()
    async with await Database.open(path):
        pass
    generate(path, rows)
    print(f"  generated in {time.perf_counter() - started:.1f} s", flush=True)
    async with await Database.open(path) as db:
        target = folder / f"export-{rows}.csv"
        started = time.perf_counter()
        written = await export(db, target)
        seconds = time.perf_counter() - started
        _, peak = await export_peak(db, target)
    print(f"  exported {written:,} rows in {seconds:.2f} s, peak heap {peak / 1e6:.1f} MB")
    return written, seconds, peak


async def main(rows: int, small: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        print(f"(b) CSV export of {QUARTER} at {small:,} rows", flush=True)
        small_written, _, small_peak = await measure_export(folder, small)
        (folder / f"feedback-{small}.db").unlink()

        print(f"(b) CSV export of {QUARTER} at {rows:,} rows", flush=True)
        written, export_seconds, peak = await measure_export(folder, rows)

        async with await Database.open(folder / f"feedback-{rows}.db") as db:
            print("(a) quarterly report and chart", flush=True)
            holder: dict = {}

            async def report() -> None:
                holder["report"] = await build_report(db, QUARTER, K)

            first_report, report_seconds = await timed(report, runs)
            chosen = holder["report"]
            first_chart, chart_seconds = await timed(
                lambda: asyncio.to_thread(report_chart, chosen, LABELS, QUARTER), runs
            )
            print("(c) naive baseline", flush=True)
            first_naive, naive_seconds = await timed(lambda: naive_report(db, QUARTER), runs)
            quotable = Quotable.of(
                {r.code: r.count for r in chosen.topics},
                {r.code: r.count for r in chosen.barriers},
                {r.code: r.count for r in chosen.needs},
                chosen.ratings,
            )
            naive = await naive_report(db, QUARTER, quotable)

        # The two ways must agree before their times are compared.
        assert naive["submissions"] == chosen.submissions, (
            naive["submissions"],
            chosen.submissions,
        )
        assert {r.code: r.count for r in chosen.barriers} == dict(naive["barriers"])
        assert {r.code: r.count for r in chosen.needs} == dict(naive["needs"])
        assert [r.service_id for r in chosen.ratings] == sorted(naive["ratings"])
        assert chosen.excerpts == [text for _, text in naive["excerpts"]]

    print()
    print(
        f"{rows:,} submissions over 52 weeks; {QUARTER}: {chosen.submissions:,} submissions,"
        f" {len(chosen.ratings)} rated services; median of {runs} runs (first run)"
    )
    print(f"{'measure':<44}{'seconds':>10}{'first':>10}")
    lines = [
        ("(a) build_report, grouped in SQLite", report_seconds, first_report),
        ("(a) report_chart (first run imports mpl)", chart_seconds, first_chart),
        ("(a) report + chart", report_seconds + chart_seconds, first_report + first_chart),
        ("(c) naive: rows into Python, Counter", naive_seconds, first_naive),
        (f"(b) CSV export, {written:,} rows", export_seconds, export_seconds),
    ]
    for name, seconds, first in lines:
        print(f"{name:<44}{seconds:>10.3f}{first:>10.3f}")
    print(f"naive / SQL report: {naive_seconds / report_seconds:.1f}x slower")
    print(f"target report < 1 s: {'met' if report_seconds + chart_seconds < 1 else 'MISSED'}")
    print(
        f"CSV peak heap: {small_peak / 1e6:.2f} MB for {small_written:,} rows,"
        f" {peak / 1e6:.2f} MB for {written:,} rows (x{peak / small_peak:.2f})"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.rows, arguments.small, arguments.runs))
