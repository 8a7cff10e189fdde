"""Benchmark the quick exit: a chat with 500 messages (250 each way), then /exit; prints the time
from the update to the neutral mark, and how many messages were deleted.

    python scripts/bench_safety.py [--messages 500]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from bot.app import build_application, running
from bot.emulator import Emulator, FakeUser, SimulatedPerson
from bot.settings import load_settings

BENCH_KEY = "benchmark-only-key-0123456789-abcdefghijklmnop"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=500)
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


if __name__ == "__main__":
    asyncio.run(main())
