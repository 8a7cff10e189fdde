"""Benchmark outreach at scale: 2,000 peers and 10,000 sessions.

    python scripts/bench_outreach.py [--peers 2000] [--sessions 10000] [--fan-out 2000]

Prints: start-up (open, migrate, the first look at reminders and at places of people who left,
register jobs) with every reminder in the database, and one more such look (what the job does
every 30 seconds); the monthly roll-up of a closed month; and a fan-out of reminders (claimed
and queued in the outbox, then sent by the outbox sender) through the emulator enforcing
Telegram's limits (30 messages a second overall), with 429s counted and throughput as a
fraction of that ceiling.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.app import build_application, running, runtime_of, sender_of, shutdown, startup
from bot.emulator import Emulator, FakeUser, RateLimits
from bot.outreach.model import SessionKind, SessionPlan
from bot.people import Role, Viewer
from bot.settings import load_settings
from storage import directory as directory_store

BENCH_KEY = "benchmark-only-key-0123456789-abcdefghijklmnop"
START = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


async def fill(app, clock: Clock, peers: int, sessions: int, rng: random.Random) -> None:
    """Areas, a lead, peers, and sessions over three months, each with two confirmed peers."""
    services = runtime_of(app)
    db = services.database
    areas = [
        await directory_store.upsert_area(db, f"a{i}", f"Area {i}", -6.8, 39.2) for i in range(20)
    ]
    people = services.people
    await people.grant_role_directly(1, Role.LEAD, "Lead", "2026-03-01")
    lead = await people.identify(1, "en")
    for i in range(peers):
        await people.grant_role_directly(10_000 + i, Role.PEER, f"Peer {i}", "2026-03-01")
    peer_ids = [row[0] for row in await db.fetch_all("SELECT id FROM people WHERE role = 'peer'")]
    outreach = services.outreach
    for i in range(sessions):
        day = date(2026, 3, 3) + timedelta(days=rng.randrange(90))
        plan = SessionPlan(
            SessionKind.OUTREACH_WALK,
            rng.choice(areas),
            day,
            datetime.min.time().replace(hour=rng.randrange(8, 20)),
            120,
            2,
        )
        (session,) = await outreach.schedule(lead, plan)
        chosen = rng.sample(peer_ids, 2)
        await outreach.invite(lead, session.id, chosen)
        for person_id in chosen:
            peer = Viewer(0, Role.PEER, "en", person_id=person_id)
            await outreach.respond(peer, session.id, True)
        if i % 2000 == 1999:
            print(f"  {i + 1} sessions planned")
    # Reports for a third of the sessions, so the roll-up has work to do.
    rows = await db.fetch_all("SELECT id, starts_at FROM outreach_sessions")
    async with db.transaction() as tx:
        for session_id, starts_at in rows[::3]:
            await tx.execute(
                "INSERT INTO outreach_reports (session_id, person_id, reached_new, reached_returning,"
                " condoms, lubricant, leaflets, referrals, incidents, note, filed_at, updated_at)"
                " SELECT session_id, person_id, ?, ?, ?, 0, ?, '{\"health\": 2}', '{}', '', ?, ?"
                " FROM outreach_assignments WHERE session_id = ?",
                (
                    rng.randrange(20),
                    rng.randrange(10),
                    rng.randrange(60),
                    rng.randrange(20),
                    starts_at,
                    starts_at,
                    session_id,
                ),
            )
        # The invitations the filling queued are not what is measured: nobody is there to read them.
        await tx.execute("DELETE FROM outbox")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--fan-out", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(11)
    clock = Clock()
    with tempfile.TemporaryDirectory() as folder:
        database = str(Path(folder) / "bench.db")
        async with Emulator(rate_limits=RateLimits()) as emulator:
            settings = load_settings(
                {
                    "BOT_TOKEN": emulator.token,
                    "BOT_API_BASE_URL": emulator.base_url,
                    "BOT_API_BASE_FILE_URL": emulator.base_file_url,
                    "ID_HASH_KEY": BENCH_KEY,
                    "DATABASE_PATH": database,
                    "TIMEZONE": "Africa/Dar_es_Salaam",
                }
            )
            app = build_application(settings, clock=clock)
            await app.initialize()
            await startup(app)
            await sender_of(app).stop()  # filling writes to nobody
            began = time.perf_counter()
            await fill(app, clock, args.peers, args.sessions, rng)
            filled = time.perf_counter() - began
            print(f"{args.peers} peers, {args.sessions} sessions filled in {filled:.1f} s")
            pending = await runtime_of(app).outreach.pending_reminders()
            await shutdown(app)
            await app.shutdown()

            # A restart: start-up, then the first reminder round over the whole table.
            app = build_application(settings, clock=clock)
            began = time.perf_counter()
            await app.initialize()
            await startup(app)
            started = time.perf_counter() - began
            await sender_of(app).stop()
            runtime = runtime_of(app)
            began = time.perf_counter()
            released = await runtime.outreach.release_departed()
            queued = await runtime.outreach.queue_due_reminders()
            next_round = time.perf_counter() - began
            print(
                f"start-up with {pending} reminders in the database (its first look included):"
                f" {started * 1000:.0f} ms; the next look: {next_round * 1000:.1f} ms"
                f" ({queued} queued, {released} places released)"
            )

            lead = await runtime.people.identify(1, "en")
            clock.now = datetime(2026, 5, 4, tzinfo=UTC)  # April is closed and past the window
            began = time.perf_counter()
            figures = await runtime.outreach.figures(lead, "2026-04", None)
            rolled = time.perf_counter() - began
            clock.now = START
            print(f"monthly roll-up (April, {figures.planned} sessions): {rolled * 1000:.0f} ms")
            async with runtime.database.transaction() as tx:
                await tx.execute("DELETE FROM outbox")
            await shutdown(app)
            await app.shutdown()

            # Fan-out: the same reminder to many peers at once, through the outbox.
            app = build_application(settings, clock=clock)
            async with running(app):
                runtime = runtime_of(app)
                for job in app.job_queue.jobs():
                    job.schedule_removal()
                for i in range(args.peers):  # every peer has opened the bot before
                    emulator.meet(FakeUser(id=10_000 + i, first_name="P"))
                async with runtime.database.transaction() as tx:
                    # One reminder per peer, all due now: the worst moment, a city-wide day.
                    await tx.execute(
                        "UPDATE outreach_reminders SET due_at = ?, state = 'pending' WHERE id IN ("
                        " SELECT min(id) FROM outreach_reminders WHERE kind = 'hour-before'"
                        " GROUP BY person_id LIMIT ?)",
                        (START.isoformat(), args.fan_out),
                    )
                sends_before = len(emulator.calls_to("sendMessage"))
                began = time.perf_counter()
                queued = await runtime.outreach.queue_due_reminders(limit=args.fan_out)
                await drain(app)
                elapsed = time.perf_counter() - began
                sends = emulator.calls_to("sendMessage")[sends_before:]
                sent = sum(1 for call in sends if call.status == 200)
                print(
                    f"fan-out of {queued} reminders: {sent} sent in {elapsed:.1f} s,"
                    f" {emulator.too_many_requests} answered 429,"
                    f" {sent / elapsed:.1f} msg/s = {sent / elapsed / 30:.2f} of the 30/s ceiling"
                )


async def drain(app) -> None:
    """Until the outbox is empty: the sender (and its rate limiter) does the sending."""
    runtime = runtime_of(app)
    sender = sender_of(app)
    while await runtime.outbox.waiting():
        await sender.drain()
        await asyncio.sleep(0.05)


if __name__ == "__main__":
    asyncio.run(main())
