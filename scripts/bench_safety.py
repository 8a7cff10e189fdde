"""Benchmark safety: the quick exit on a chat with 500 messages (time from the update to the
neutral mark), and an alert broadcast to 10,000 subscribers through the emulator enforcing
Telegram's limits (failed deliveries, 429s, throughput as a fraction of 30 messages a second).

    python scripts/bench_safety.py [--messages 500] [--subscribers 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bot.app import build_application, running, services_of
from bot.emulator import Emulator, FakeUser, RateLimits, SimulatedPerson
from bot.handlers.alerts import send_alerts
from bot.people import Role
from bot.safety.alerts import AlertKind, Happened
from bot.services import BotContext
from bot.settings import load_settings
from storage import directory as directory_store

BENCH_KEY = "benchmark-only-key-0123456789-abcdefghijklmnop"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--subscribers", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        async with Emulator() as emulator:
            settings = load_settings({
                "BOT_TOKEN": emulator.token, "BOT_API_BASE_URL": emulator.base_url,
                "BOT_API_BASE_FILE_URL": emulator.base_file_url, "ID_HASH_KEY": BENCH_KEY,
                "DATABASE_PATH": str(Path(folder) / "bench.db"),
            })  # fmt: skip
            app = build_application(settings, rate_limiter=False)
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
                deleted = sum(
                    len(c.params.get("message_ids", []))
                    for c in emulator.calls_to("deleteMessages")
                )
                print(f"quick exit on a chat of {chat} messages: {elapsed * 1000:.0f} ms,"
                      f" {deleted} deleted in {len(emulator.calls_to('deleteMessages'))} calls")  # fmt: skip
        await broadcast(Path(folder), args.subscribers)


async def broadcast(folder: Path, subscribers: int) -> None:
    """One published alert to every subscriber of an area, as the delivery job sends it."""
    async with Emulator(rate_limits=RateLimits()) as emulator:
        settings = load_settings({
            "BOT_TOKEN": emulator.token, "BOT_API_BASE_URL": emulator.base_url,
            "BOT_API_BASE_FILE_URL": emulator.base_file_url, "ID_HASH_KEY": BENCH_KEY,
            "DATABASE_PATH": str(folder / "broadcast.db"),
        })  # fmt: skip
        app = build_application(settings)
        async with running(app):
            for job in app.job_queue.jobs():
                job.schedule_removal()
            services = services_of(app)
            area = await directory_store.upsert_area(services.database, "c", "Centre", 0.0, 0.0)
            await services.people.grant_role_directly(1, Role.LEAD, "Lead", "2026-01-01")
            lead = await services.people.identify(1, "en")
            for n in range(subscribers):
                emulator.meet(FakeUser(id=100_000 + n, first_name="S"))
                await services.alerts.subscribe(100_000 + n, [area], "en")
            alert_id = await services.alerts.submit(
                lead, AlertKind.POLICE, area, Happened.TODAY, "Checks at the bridge."
            )
            await services.alerts.publish(lead, alert_id)
            began = time.perf_counter()
            sent = await send_alerts(BotContext(app))  # exactly what the delivery job runs
            elapsed = time.perf_counter() - began
            left = len(await services.alerts.due(limit=subscribers))
            print(f"alert broadcast to {subscribers} subscribers: {sent} delivered, {left} not delivered,"
                  f" {emulator.too_many_requests} answered 429, {elapsed:.0f} s,"
                  f" {sent / elapsed:.1f} msg/s = {sent / elapsed / 30:.2f} of the 30/s ceiling")  # fmt: skip


if __name__ == "__main__":
    asyncio.run(main())
