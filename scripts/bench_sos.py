"""Benchmark calls for help: how soon an SOS's first message reaches someone while a notice goes
to 2,000 subscribers, through the emulator enforcing Telegram's limits (30 a second overall,
about one a second per chat).

Each SOS is a real tap on "🆘 I need help" by a peer on a session (polled by the bot, handled,
its letters committed to the outbox, sent by the outbox sender through the rate limiter); its
latency is from the tap to the first answered sendMessage of its letter to anyone it alerts.
The baseline is the same number of SOS with nothing else going on, in the same run.

    python scripts/bench_sos.py [--recipients 2000] [--sos 20] [--every 1.0]

Prints p50/p99/max of both runs and their ratio, the broadcast's deliveries and pace, and the
number of 429 answers (must be 0).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from time import time as wall

from bot.app import build_application, running, runtime_of
from bot.emulator import Emulator, FakeUser, RateLimits, SimulatedPerson
from bot.handlers.help.buttons import CallForHelp
from bot.outreach.model import SessionKind, SessionPlan
from bot.people import Role, Viewer
from bot.runtime import Runtime
from bot.safety.alerts import AlertKind, Happened
from bot.settings import load_settings
from storage import directory as directory_store

BENCH_KEY = "benchmark-only-key-0123456789-abcdefghijklmnop"
# Wednesday 4 March 2026, 10:30 UTC: sessions start at 14:00 in Dar es Salaam (11:00 UTC), so
# "I need help" is offered (from an hour before the start).
START = datetime(2026, 3, 4, 10, 30, tzinfo=UTC)
LEAD_ID = 1
PEERS_FROM = 10_000
SUBSCRIBERS_FROM = 100_000
NOTICE_MARK = "🔔"


class Clock:
    """The bench's time: START, moving on with the wall clock."""

    def __init__(self) -> None:
        self.began = time.monotonic()

    def __call__(self) -> datetime:
        return START + timedelta(seconds=time.monotonic() - self.began)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


async def make_sessions(runtime: Runtime, emulator: Emulator, callers: int) -> list[tuple]:
    """One session per caller (in an area of its own), the caller and a buddy confirmed on it.
    Returns (caller's user, session id) pairs."""
    people = runtime.people
    await people.grant_role_directly(LEAD_ID, Role.LEAD, "Lead", "2026-03-01")
    lead = await people.identify(LEAD_ID, "en")
    pairs = []
    for n in range(callers):
        area = await directory_store.upsert_area(runtime.database, f"a{n}", f"Area {n}", 0.0, 0.0)
        plan = SessionPlan(
            SessionKind.OUTREACH_WALK,
            area,
            date(2026, 3, 4),
            datetime.min.time().replace(hour=14),
            120,
            2,
        )
        (session,) = await runtime.outreach.schedule(lead, plan)
        chosen = []
        for telegram_id, alias in (
            (PEERS_FROM + 2 * n, f"Caller {n}"),
            (PEERS_FROM + 2 * n + 1, f"Buddy {n}"),
        ):
            emulator.meet(FakeUser(id=telegram_id, first_name="P"))
            await people.grant_role_directly(telegram_id, Role.PEER, alias, "2026-03-01")
            chosen.append((telegram_id, await people.identify(telegram_id, "en")))
        await runtime.outreach.invite(lead, session.id, [v.person_id for _, v in chosen])
        for _, viewer in chosen:
            assert viewer.person_id is not None
            peer = Viewer(viewer.telegram_id, Role.PEER, "en", person_id=viewer.person_id)
            await runtime.outreach.respond(peer, session.id, True)
        pairs.append((FakeUser(id=chosen[0][0], first_name="P"), session.id))
    runtime.kick()
    await until_sent(runtime, wall() + 120)  # the invitations go before anything is measured
    return pairs


async def until_sent(runtime: Runtime, give_up: float) -> None:
    """Wait while the outbox sends."""
    while wall() < give_up:
        if not await runtime.outbox.waiting():
            return
        await asyncio.sleep(0.2)


async def call_and_time(app, emulator: Emulator, pairs: list[tuple], every: float) -> list[float]:
    """Each caller taps "I need help", `every` seconds apart; seconds from each tap to its first
    letter sent."""

    async def settle(update_id: int) -> None:
        await emulator.wait_acknowledged(update_id)
        await app.update_queue.join()

    tapped: dict[str, float] = {}
    for user, _ in pairs:
        person = SimulatedPerson(emulator, user, settle=settle)
        await person.send("/mine")  # a message to tap on, as a peer has
    for user, session_id in pairs:
        caller = emulator.bot_messages(user.id)[-1]
        tapped[f"🆘 {alias_of(user)} "] = wall()
        emulator.tap(user, caller.message_id, CallForHelp(session_id).pack())
        await asyncio.sleep(every)
    latencies: dict[str, float] = {}
    give_up = wall() + 60
    while len(latencies) < len(tapped) and wall() < give_up:
        for call in emulator.calls_to("sendMessage"):
            text = call.params.get("text", "")
            if call.status != 200 or not text.startswith("🆘 "):
                continue
            for mark, at in tapped.items():
                if text.startswith(mark) and mark not in latencies:
                    latencies[mark] = call.at - at
        await asyncio.sleep(0.1)
    missing = len(tapped) - len(latencies)
    return [*latencies.values(), *([float("inf")] * missing)]


def alias_of(user: FakeUser) -> str:
    return f"Caller {(user.id - PEERS_FROM) // 2}"


async def broadcast(runtime: Runtime, emulator: Emulator, recipients: int) -> None:
    """A published notice queued for `recipients` subscribers of one area."""
    area = await directory_store.upsert_area(runtime.database, "notice", "Notice", 0.0, 0.0)
    lead = await runtime.people.identify(LEAD_ID, "en")
    for n in range(recipients):
        emulator.meet(FakeUser(id=SUBSCRIBERS_FROM + n, first_name="S"))
        await runtime.alerts.subscribe(SUBSCRIBERS_FROM + n, [area], "en")
    alert_id = await runtime.alerts.submit(
        lead, AlertKind.POLICE, area, Happened.TODAY, "Checks at the bridge."
    )
    await runtime.alerts.publish(lead, alert_id)
    runtime.kick()


def summary(name: str, latencies: list[float]) -> str:
    return (
        f"{name}: {len(latencies)} SOS, first message p50 {statistics.median(latencies) * 1000:.0f}"
        f" ms, p99 {percentile(latencies, 0.99) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=2000)
    parser.add_argument("--sos", type=int, default=20)
    parser.add_argument("--every", type=float, default=1.0, help="seconds between SOS taps")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        async with Emulator(rate_limits=RateLimits()) as emulator:
            settings = load_settings(
                {
                    "BOT_TOKEN": emulator.token,
                    "BOT_API_BASE_URL": emulator.base_url,
                    "BOT_API_BASE_FILE_URL": emulator.base_file_url,
                    "ID_HASH_KEY": BENCH_KEY,
                    "DATABASE_PATH": str(Path(folder) / "bench.db"),
                    "TIMEZONE": "Africa/Dar_es_Salaam",
                }
            )
            app = build_application(settings, clock=Clock())
            async with running(app):
                runtime = runtime_of(app)
                pairs = await make_sessions(runtime, emulator, 2 * args.sos)
                quiet = await call_and_time(app, emulator, pairs[: args.sos], args.every)
                await asyncio.sleep(2)  # the baseline's last letters and replies go
                before = len(emulator.calls_to("sendMessage"))
                began = wall()
                await broadcast(runtime, emulator, args.recipients)
                busy = await call_and_time(app, emulator, pairs[args.sos :], args.every)
                backlog = await runtime.outbox.waiting()
                await until_sent(runtime, began + args.recipients / 10 + 60)
                elapsed = wall() - began
                notices = [
                    c
                    for c in emulator.calls_to("sendMessage")[before:]
                    if c.status == 200 and c.params.get("text", "").startswith(NOTICE_MARK)
                ]
    print(summary("no broadcast (baseline)", quiet))
    print(summary(f"during a {args.recipients}-recipient notice broadcast", busy))
    print(
        f"p99 during the broadcast / baseline: {percentile(busy, 0.99) / percentile(quiet, 0.99):.1f}x;"
        f" under 2 s: {'yes' if percentile(busy, 0.99) < 2.0 else 'NO'}"
    )
    print(
        f"broadcast: {len(notices)} of {args.recipients} delivered in {elapsed:.0f} s"
        f" ({len(notices) / elapsed:.1f} msg/s = {len(notices) / elapsed / 30:.2f} of 30/s),"
        f" {backlog} letters still queued when the last SOS went,"
        f" {emulator.too_many_requests} answered 429"
    )


if __name__ == "__main__":
    asyncio.run(main())
