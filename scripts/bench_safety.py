"""Benchmark safety: the quick exit on a chat with 500 messages (time from the update to the
neutral mark), and an alert broadcast to 10,000 subscribers through the outbox and the emulator
enforcing Telegram's limits (deliveries, doubles, 429s, throughput as a fraction of 30 a second);
with `--blocked N`, the first N subscribers blocked the bot: each 403 unsubscribes and erases
them from the disk at once, and the broadcast must not slow down for it.

    python scripts/bench_safety.py [--messages 500] [--subscribers 10000] [--blocked 0]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bot.app import build_application, running, runtime_of
from bot.emulator import Emulator, FakeUser, RateLimits, SimulatedPerson
from bot.people import Role
from bot.runtime import Runtime
from bot.safety.alerts import AlertKind, Happened
from bot.settings import Settings, load_settings
from storage import directory as directory_store

BENCH_KEY = "benchmark-only-key-0123456789-abcdefghijklmnop"
NOTICE_MARK = "🔔"


def settings_for(emulator: Emulator, database: Path) -> Settings:
    return load_settings(
        {
            "BOT_TOKEN": emulator.token,
            "BOT_API_BASE_URL": emulator.base_url,
            "BOT_API_BASE_FILE_URL": emulator.base_file_url,
            "ID_HASH_KEY": BENCH_KEY,
            "DATABASE_PATH": str(database),
        }
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--blocked", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        async with Emulator() as emulator:
            app = build_application(
                settings_for(emulator, Path(folder) / "bench.db"), rate_limiter=False
            )
            async with running(app):

                async def settle(update_id: int) -> None:
                    await emulator.wait_acknowledged(update_id)
                    await app.update_queue.join()

                person = SimulatedPerson(emulator, FakeUser(id=777, first_name="P"), settle=settle)
                for _ in range(args.messages // 2):
                    await person.send("hello")  # one message from the person, one reply
                chat = len(emulator.bot_messages(777)) + args.messages // 2
                began = time.perf_counter()
                await person.send("/exit")
                elapsed = time.perf_counter() - began
                calls = emulator.calls_to("deleteMessages")
                deleted = sum(len(c.params.get("message_ids", [])) for c in calls)
                print(
                    f"quick exit on a chat of {chat} messages: {elapsed * 1000:.0f} ms,"
                    f" {deleted} deleted in {len(calls)} calls"
                )
        await broadcast(Path(folder), args.subscribers, args.blocked)


async def until_sent(runtime: Runtime, give_up: float) -> None:
    """Wait while the outbox sends (a third of Telegram's pace at worst, and then some)."""
    while time.perf_counter() < give_up:
        if not await runtime.outbox.waiting():
            return
        await asyncio.sleep(0.2)


async def broadcast(folder: Path, subscribers: int, blocked: int) -> None:
    """One published alert to every subscriber of an area, sent by the outbox as it runs."""
    async with Emulator(rate_limits=RateLimits()) as emulator:
        app = build_application(settings_for(emulator, folder / "broadcast.db"))
        async with running(app):
            runtime = runtime_of(app)
            area = await directory_store.upsert_area(runtime.database, "c", "Centre", 0.0, 0.0)
            await runtime.people.grant_role_directly(1, Role.LEAD, "Lead", "2026-01-01")
            lead = await runtime.people.identify(1, "en")
            for n in range(subscribers):
                emulator.meet(FakeUser(id=100_000 + n, first_name="S"))
                await runtime.alerts.subscribe(100_000 + n, [area], "en")
                if n < blocked:
                    emulator.block_bot(100_000 + n)
            alert_id = await runtime.alerts.submit(
                lead, AlertKind.POLICE, area, Happened.TODAY, "Checks at the bridge."
            )
            began = time.perf_counter()
            await runtime.alerts.publish(lead, alert_id)  # queues one letter per subscriber
            runtime.kick()
            await until_sent(runtime, give_up=began + subscribers / 10 + 60)
            elapsed = time.perf_counter() - began
            left = await runtime.outbox.waiting()
            notices = [
                c
                for c in emulator.calls_to("sendMessage")
                if c.status == 200 and c.params.get("text", "").startswith(NOTICE_MARK)
            ]
            sent = len(notices)
            twice = sent - len({c.params["chat_id"] for c in notices})
            kept = await runtime.database.fetch_one(
                "SELECT count(DISTINCT chat_id) FROM alert_subscriptions WHERE chat_id < ?",
                (100_000 + blocked,),
            )
            if blocked:
                print(f"{blocked} blocked the bot: {kept[0] if kept else 0} still subscribed")
            print(
                f"alert broadcast to {subscribers} subscribers: {sent} delivered ({twice} twice),"
                f" {left} not delivered, {emulator.too_many_requests} answered 429,"
                f" {elapsed:.0f} s, {sent / elapsed:.1f} msg/s"
                f" = {sent / elapsed / 30:.2f} of the 30/s ceiling"
            )


if __name__ == "__main__":
    asyncio.run(main())
