"""Benchmark the directory with many services: "near me" through the R*Tree against a full scan
that computes every distance, keyword search, and the whole near-me reply through the emulator
against a /start reply, all in one run.

    python scripts/bench_directory.py [--services 100000] [--queries 300]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from pathlib import Path

from bot.app import build_application, running, runtime_of
from bot.directory.core import Category, Filters, ServiceRecord, State, Visibility
from bot.directory.geometry import distance_km
from bot.emulator import Emulator, FakeUser, StoredMessage
from bot.people import Role
from bot.settings import load_settings

BENCH_KEY = "benchmark-only-key-0123456789-abcdefghijklmnop"
# A city-sized region, and a country-sized one around it, so density varies as in real data.
CITY = (-6.90, -6.70, 39.15, 39.35)
COUNTRY = (-11.0, -1.0, 29.5, 40.0)
WORDS = [
    "clinic",
    "health",
    "legal",
    "aid",
    "shelter",
    "centre",
    "support",
    "women",
    "youth",
    "santé",
    "msaada",
    "afya",
    "ayuda",
    "salud",
    "مساعدة",
    "صحة",
    "counselling",
    "testing",
    "prep",
    "drop",
    "peer",
    "rights",
    "documents",
    "asylum",
    "food",
    "work",
]
HOURS = ["", "24/7", "Mo-Fr 09:00-17:00", "Mo-Sa 08:00-20:00", "Fr-Su 18:00-02:00"]


def random_record(rng: random.Random, index: int) -> ServiceRecord:
    region = CITY if rng.random() < 0.6 else COUNTRY
    confidential = rng.random() < 0.03
    return ServiceRecord(
        name=f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} {index}",
        description=" ".join(rng.choice(WORDS) for _ in range(8)),
        categories=tuple(rng.sample(list(Category), rng.randint(1, 3))),
        latitude=rng.uniform(region[0], region[1]),
        longitude=rng.uniform(region[2], region[3]),
        hours=rng.choice(HOURS),
        is_free=rng.random() < 0.5,
        confidential=confidential,
        visibility=Visibility.PEERS if confidential or rng.random() < 0.1 else Visibility.PUBLIC,
    )


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return (
        ordered[len(ordered) // 2] * 1000,
        ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
    )


async def full_scan(database, latitude: float, longitude: float, category: Category) -> list[int]:
    """The baseline: every published, visible venue of the category, every distance computed."""
    rows = await database.fetch_all(
        "SELECT s.id, s.latitude, s.longitude FROM services AS s JOIN service_categories AS c"
        " ON c.service_id = s.id AND c.category = ? WHERE s.state = 'published'"
        " AND s.confidential = 0 AND s.visibility = 'public' AND s.latitude IS NOT NULL",
        (category.value,),
    )
    ranked = sorted((distance_km(latitude, longitude, r[1], r[2]), r[0]) for r in rows)
    return [service_id for _, service_id in ranked[:5]]


async def first_reply_seconds(emulator: Emulator, user: FakeUser, act) -> float:
    loop = asyncio.get_running_loop()
    replied: asyncio.Future[float] = loop.create_future()

    def listener(change: str, message: StoredMessage) -> None:
        if message.chat_id == user.id and change == "sent" and not replied.done():
            replied.set_result(time.perf_counter())

    emulator.subscribe(listener)
    began = time.perf_counter()
    act()
    finished = await asyncio.wait_for(replied, 10)
    emulator.unsubscribe(listener)
    return finished - began


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        async with Emulator() as emulator:
            settings = load_settings(
                {
                    "BOT_TOKEN": emulator.token,
                    "BOT_API_BASE_URL": emulator.base_url,
                    "BOT_API_BASE_FILE_URL": emulator.base_file_url,
                    "ID_HASH_KEY": BENCH_KEY,
                    "DATABASE_PATH": str(Path(folder) / "bench.db"),
                }
            )
            app = build_application(settings, rate_limiter=False)
            async with running(app):
                runtime = runtime_of(app)
                directory = runtime.directory
                began = time.perf_counter()
                batch = 5_000
                for start in range(0, args.services, batch):
                    records = [
                        random_record(rng, i)
                        for i in range(start, min(args.services, start + batch))
                    ]
                    await directory.add(records, state=State.PUBLISHED, by=None)
                loaded = time.perf_counter() - began
                # A steady state: SQLite folds a big WAL back into the file as it grows.
                await runtime.database.checkpoint()
                print(f"{args.services} services loaded in {loaded:.1f} s")

                points = [
                    (
                        rng.uniform(CITY[0], CITY[1]),
                        rng.uniform(CITY[2], CITY[3]),
                        rng.choice(list(Category)),
                    )
                    for _ in range(args.queries)
                ]
                # Each way in its own phase, so one's garbage and cache churn do not land in the
                # other's timings.
                near_times, nearest = [], []
                for latitude, longitude, category in points:
                    t0 = time.perf_counter()
                    found = await directory.near(
                        Role.MEMBER, latitude, longitude, Filters(), category
                    )
                    near_times.append(time.perf_counter() - t0)
                    nearest.append([s.id for s in found])
                scan_times, agree = [], 0
                for (latitude, longitude, category), found in zip(points, nearest, strict=True):
                    t0 = time.perf_counter()
                    baseline = await full_scan(runtime.database, latitude, longitude, category)
                    scan_times.append(time.perf_counter() - t0)
                    agree += found == baseline
                near_p50, near_p99 = percentiles(near_times)
                scan_p50, scan_p99 = percentiles(scan_times)
                print(
                    f"near me, 5 nearest in a category ({args.queries} random points in the city):"
                )
                print(f"  R*Tree      p50 {near_p50:7.2f} ms   p99 {near_p99:7.2f} ms")
                print(f"  full scan   p50 {scan_p50:7.2f} ms   p99 {scan_p99:7.2f} ms")
                print(
                    f"  speed-up    p50 {scan_p50 / near_p50:6.1f}x     p99 {scan_p99 / near_p99:6.1f}x"
                    f"   (same five as the scan: {agree}/{len(points)})"
                )

                search_times = []
                for _ in range(args.queries):
                    words = " ".join(rng.sample(WORDS, rng.randint(1, 2)))
                    t0 = time.perf_counter()
                    await directory.search(Role.MEMBER, words, Filters(), 0)
                    search_times.append(time.perf_counter() - t0)
                search_p50, search_p99 = percentiles(search_times)
                print(f"keyword search: p50 {search_p50:.2f} ms   p99 {search_p99:.2f} ms")

                starts, nears = [], []
                for round_number in range(40):
                    user = FakeUser(id=500_000 + round_number, first_name="P")
                    starts.append(
                        await first_reply_seconds(
                            emulator, user, lambda u=user: emulator.send_text(u, "/start")
                        )
                    )
                    latitude, longitude, _ = points[round_number % len(points)]
                    nears.append(
                        await first_reply_seconds(
                            emulator,
                            user,
                            lambda u=user, a=latitude, b=longitude: emulator.send_message(
                                u, location={"latitude": a, "longitude": b}
                            ),
                        )
                    )
                start_median = statistics.median(starts) * 1000
                near_median = statistics.median(nears) * 1000
                print("whole reply through the emulator, update to first message (median of 40):")
                print(
                    f"  /start {start_median:.1f} ms   near me {near_median:.1f} ms"
                    f"   ratio {near_median / start_median:.2f}x (target <= 1.5x)"
                )


if __name__ == "__main__":
    asyncio.run(main())
