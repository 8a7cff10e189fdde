"""Benchmark community voice: a poll to N opted-in people through the outbox and the emulator
enforcing Telegram's limits, while a few people write to the bot at the same time.

    python scripts/bench_voice.py [--people 10000] [--writers 3] [--pause 2.0]

First the writers alone (the baseline: each sends /voice, waits for the reply, pauses, again),
then a lead's poll opens to everyone who opted in and the same writers go on while it is sent.
Prints the poll's deliveries (doubles, 429s), its throughput and the bot's whole throughput
(poll and replies) as fractions of Telegram's 30 messages a second, and the writers' reply
latency p50/p99 with and without the broadcast, and their ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import tempfile
import time
from pathlib import Path

from bot.app import build_application, running, runtime_of
from bot.emulator import Emulator, FakeUser, RateLimits, StoredMessage
from bot.people import Role
from bot.settings import Settings, load_settings
from bot.voice.model import PollPlan, Topic, Wording

BENCH_KEY = "benchmark-only-key-0123456789-abcdefghijklmnop"
FIRST_MEMBER = 100_000
FIRST_WRITER = 50_000
TELEGRAM_PER_SECOND = 30


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


class Watch:
    """Listens to the emulator: wakes a writer at the bot's first reply in their chat, and notes
    when each poll letter arrived."""

    def __init__(self, letter_text: str) -> None:
        self.waiting: dict[int, asyncio.Future[float]] = {}
        self.letter_text = letter_text
        self.letters: list[tuple[int, float]] = []  # (chat, when)
        self.sends: list[float] = []  # when the bot sent anything
        self.expected: int | None = None  # letters to wait for
        self.all_in = asyncio.Event()

    def expect_letters(self, count: int) -> None:
        self.expected = count
        if len(self.letters) >= count:
            self.all_in.set()

    def expect(self, chat_id: int) -> asyncio.Future[float]:
        future = asyncio.get_running_loop().create_future()
        self.waiting[chat_id] = future
        return future

    def __call__(self, change: str, message: StoredMessage) -> None:
        if change == "sent":
            self.sends.append(time.perf_counter())
        if (
            change == "sent"
            and message.text == self.letter_text
            and message.text == self.letter_text
        ):
            self.letters.append((message.chat_id, time.perf_counter()))
            if self.expected is not None and len(self.letters) >= self.expected:
                self.all_in.set()
            return
        future = self.waiting.pop(message.chat_id, None)
        if future is not None and not future.done():
            future.set_result(time.perf_counter())


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000 if ordered else 0.0


async def write(
    emulator: Emulator, watch: Watch, writers: int, pause: float, until: asyncio.Event
) -> list[float]:
    """Each writer sends /voice, waits for the reply, pauses, and again, until `until`."""
    latencies: list[float] = []

    async def writer(user: FakeUser) -> None:
        while not until.is_set():
            replied = watch.expect(user.id)
            queued = time.perf_counter()
            emulator.send_text(user, "/voice")
            latencies.append(await asyncio.wait_for(replied, 30) - queued)
            await asyncio.sleep(pause)

    users = [FakeUser(id=FIRST_WRITER + n, first_name="W") for n in range(writers)]
    await asyncio.gather(*(writer(user) for user in users))
    return latencies


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--writers", type=int, default=3)
    parser.add_argument("--pause", type=float, default=2.0, help="seconds between a writer's")
    parser.add_argument("--baseline", type=float, default=10.0, help="seconds of writers alone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        async with Emulator(rate_limits=RateLimits()) as emulator:
            app = build_application(settings_for(emulator, Path(folder) / "voice.db"))
            async with running(app):
                runtime = runtime_of(app)
                t = runtime.translator.for_locale("en")
                watch = Watch(t("voice-poll-letter"))
                emulator.subscribe(watch)
                for n in range(args.people):
                    emulator.meet(FakeUser(id=FIRST_MEMBER + n, first_name="M"))
                    await runtime.voice.optins.switch(FIRST_MEMBER + n, Topic.QUESTIONS, True, "en")
                await runtime.people.grant_role_directly(1, Role.LEAD, "Lead", "2026-01-01")
                lead = await runtime.people.identify(1, "en")

                done = asyncio.Event()
                writing = asyncio.create_task(
                    write(emulator, watch, args.writers, args.pause, done)
                )
                await asyncio.sleep(args.baseline)
                done.set()
                alone = await writing

                done = asyncio.Event()
                writing = asyncio.create_task(
                    write(emulator, watch, args.writers, args.pause, done)
                )
                began = time.perf_counter()
                wording = Wording("en", "Which day suits you?", ("Monday", "Friday"))
                plan = PollPlan(None, (wording,), False, None, 7)
                _, queued = await runtime.voice.polls.ask(lead, plan)
                runtime.kick()
                watch.expect_letters(queued)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(watch.all_in.wait(), args.people / 10 + 60)
                ended = watch.letters[-1][1] if watch.letters else time.perf_counter()
                done.set()
                during = await writing

                elapsed = ended - began
                sent = len(watch.letters)
                twice = sent - len({chat for chat, _ in watch.letters})
                window = [at for at in watch.sends if began <= at <= ended]
                print(
                    f"poll to {args.people} opted-in people: {sent} of {queued} delivered"
                    f" ({twice} twice), {emulator.too_many_requests} answered 429, {elapsed:.1f} s"
                )
                print(
                    f"  poll {sent / elapsed:.1f} msg/s = {sent / elapsed / TELEGRAM_PER_SECOND:.2f}"
                    f" of 30/s; all sends {len(window) / elapsed:.1f} msg/s ="
                    f" {len(window) / elapsed / TELEGRAM_PER_SECOND:.2f} of 30/s"
                )
                p50, p99 = percentile(alone, 0.5), percentile(alone, 0.99)
                q50, q99 = percentile(during, 0.5), percentile(during, 0.99)
                print(
                    f"  replies to {args.writers} writers: alone p50 {p50:.0f} ms p99 {p99:.0f} ms"
                    f" ({len(alone)}); during the poll p50 {q50:.0f} ms p99 {q99:.0f} ms"
                    f" ({len(during)}); p99 ratio {q99 / p99 if p99 else 0:.2f}"
                )


if __name__ == "__main__":
    asyncio.run(main())
