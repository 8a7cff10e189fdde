"""Benchmark: our bot against a bare PTB handler, both driven through the emulator in one run.

    python scripts/bench.py [--people 20] [--rounds 25]

Each simulated person sends /start, waits for the reply, taps the first button, waits for the
edit, and repeats. Prints updates handled per second and p50/p99 latency from the moment an
update is queued to the bot's first reply in that chat, and the process CPU time per update
(the least noisy figure on a shared machine), for both bots, and the ratios. The bare handler
runs twice: with a one-button greeting, and with our bot's own /start and tap screens (the same
texts and keyboards), so the second ratio is the cost of our code alone and the first adds what
a bigger menu costs PTB and the emulator.
Neither bot uses the rate limiter here: it would cap both at Telegram's 30 messages per second
and hide the handler cost we want to see.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.app import build_application, running
from bot.emulator import Emulator, FakeUser, StoredMessage
from bot.settings import load_settings

BENCH_KEY = "benchmark-only-key-0123456789-abcdefghijklmnop"


@dataclass
class Latencies:
    start: list[float] = field(default_factory=list)
    tap: list[float] = field(default_factory=list)
    cpu: float = 0.0  # process CPU seconds for the run (bot and emulator share the process)


class FirstReply:
    """Wakes the waiting person when the bot first sends or edits something in their chat."""

    def __init__(self) -> None:
        self.waiting: dict[int, asyncio.Future[float]] = {}

    def expect(self, chat_id: int) -> asyncio.Future[float]:
        future = asyncio.get_running_loop().create_future()
        self.waiting[chat_id] = future
        return future

    def __call__(self, change: str, message: StoredMessage) -> None:
        future = self.waiting.pop(message.chat_id, None)
        if future is not None and not future.done():
            future.set_result(time.perf_counter())


@dataclass(frozen=True)
class Shown:
    """A message as a person sees it: its text and its buttons."""

    text: str
    markup: InlineKeyboardMarkup | None


TINY = (
    Shown(
        "Hello", InlineKeyboardMarkup([[InlineKeyboardButton("Language", callback_data="lang")]])
    ),
    Shown("Choose", None),
)


def shown(message: StoredMessage) -> Shown:
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    buttons = [
        [InlineKeyboardButton(b["text"], callback_data=b.get("callback_data")) for b in row]
        for row in rows
    ]
    return Shown(message.text or "", InlineKeyboardMarkup(buttons) if buttons else None)


def bare_application(emulator: Emulator, screens: tuple[Shown, Shown] = TINY) -> Application:
    """A bare handler answering /start and a tap with fixed screens: by default a one-button
    greeting and a plain edit; or our bot's own two screens, so only the code between the update
    and the request differs (the menu's size costs PTB and the emulator alike)."""
    start, tap = screens

    async def hello(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(start.text, reply_markup=start.markup)

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer()
        await update.callback_query.edit_message_text(tap.text, reply_markup=tap.markup)

    app = (
        Application.builder()
        .token(emulator.token)
        .base_url(emulator.base_url)
        .base_file_url(emulator.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", hello))
    app.add_handler(CallbackQueryHandler(pressed))
    return app


async def bare_running(app: Application):
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0)


async def drive(
    emulator: Emulator, people: int, rounds: int, first_id: int
) -> tuple[Latencies, float, int]:
    first_reply = FirstReply()
    emulator.subscribe(first_reply)
    latencies = Latencies()

    async def person(user: FakeUser) -> None:
        for _ in range(rounds):
            replied = first_reply.expect(user.id)
            queued = time.perf_counter()
            emulator.send_text(user, "/start")
            latencies.start.append(await asyncio.wait_for(replied, 10) - queued)
            message = emulator.bot_messages(user.id)[-1]
            replied = first_reply.expect(user.id)
            queued = time.perf_counter()
            emulator.tap(user, message.message_id, message.buttons()[0][1])
            latencies.tap.append(await asyncio.wait_for(replied, 10) - queued)

    users = [FakeUser(id=first_id + i, first_name="P") for i in range(people)]
    began, cpu_began = time.perf_counter(), time.process_time()
    await asyncio.gather(*(person(user) for user in users))
    elapsed = time.perf_counter() - began
    latencies.cpu = time.process_time() - cpu_began
    return latencies, elapsed, people * rounds * 2


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


async def bench_bare(
    people: int, rounds: int, screens: tuple[Shown, Shown] = TINY
) -> tuple[Latencies, float, int]:
    async with Emulator() as emulator:
        app = bare_application(emulator, screens)
        await bare_running(app)
        try:
            await drive(emulator, people, 2, 1)  # warm-up
            return await drive(emulator, people, rounds, 10_000)
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()


def our_settings(emulator: Emulator, folder: Path) -> dict[str, str]:
    return {
        "BOT_TOKEN": emulator.token,
        "BOT_API_BASE_URL": emulator.base_url,
        "BOT_API_BASE_FILE_URL": emulator.base_file_url,
        "ID_HASH_KEY": BENCH_KEY,
        "DATABASE_PATH": str(folder / "bench.db"),
    }


async def our_screens(folder: Path) -> tuple[Shown, Shown]:
    """What our bot shows for /start and for a tap on its first button."""
    async with Emulator() as emulator:
        app = build_application(load_settings(our_settings(emulator, folder)), rate_limiter=False)
        async with running(app):
            await drive(emulator, 1, 1, 1)
            (message,) = emulator.bot_messages(1)
            after_tap = shown(message)
            emulator.send_text(FakeUser(id=1, first_name="P"), "/start")
            for _ in range(100):
                if len(emulator.bot_messages(1)) == 2:
                    break
                await asyncio.sleep(0.02)
            return shown(emulator.bot_messages(1)[-1]), after_tap


async def bench_ours(people: int, rounds: int, folder: Path) -> tuple[Latencies, float, int]:
    async with Emulator() as emulator:
        settings = load_settings(our_settings(emulator, folder))
        app = build_application(settings, rate_limiter=False, freeze_after_start=True)
        async with running(app):
            await drive(emulator, people, 2, 1)  # warm-up
            return await drive(emulator, people, rounds, 10_000)


def row(name: str, result: tuple[Latencies, float, int]) -> tuple[str, float, list[float]]:
    latencies, elapsed, count = result
    figures = [
        percentile(latencies.start, 0.5),
        percentile(latencies.start, 0.99),
        percentile(latencies.tap, 0.5),
        percentile(latencies.tap, 0.99),
        latencies.cpu / count * 1000,
    ]
    return name, count / elapsed, figures


def median_row(rows: list[tuple[str, float, list[float]]]) -> tuple[str, float, list[float]]:
    """Medians of the runs; CPU per update is the least of the runs instead: a noisy neighbour
    only ever adds to it, so the least is the closest to the code's own cost."""
    columns = list(zip(*(r[2] for r in rows), strict=True))
    figures = [statistics.median(column) for column in columns[:-1]] + [min(columns[-1])]
    return rows[0][0], statistics.median(r[1] for r in rows), figures


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--repeats", type=int, default=5, help="alternating runs; medians shown")
    args = parser.parse_args()
    bare_runs, same_runs, our_runs = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        screens = await our_screens(Path(folder) / "screens")
        for repeat in range(args.repeats):
            # Alternate, so a noisy moment on a shared machine does not favour one side.
            bare_runs.append(row("bare PTB handler", await bench_bare(args.people, args.rounds)))
            same_runs.append(
                row("bare, our screens", await bench_bare(args.people, args.rounds, screens))
            )
            our_runs.append(
                row(
                    "our bot",
                    await bench_ours(args.people, args.rounds, Path(folder) / str(repeat)),
                )
            )
    bare, same, ours = median_row(bare_runs), median_row(same_runs), median_row(our_runs)
    updates = args.people * args.rounds * 2
    print(
        f"{args.people} people x {args.rounds} rounds x (/start + tap) = {updates} updates per run, "
        f"median of {args.repeats} alternating runs"
    )
    print(
        f"{'':18} {'updates/s':>10} {'start p50':>10} {'start p99':>10} {'tap p50':>9} "
        f"{'tap p99':>9} {'CPU/update (least)':>18}"
    )
    for name, rate, figures in (bare, same, ours):
        cells = " ".join(f"{value:>8.1f}ms" for value in figures)
        print(f"{name:18} {rate:>10.1f} {cells}")
    for label, base in (("ours/bare", bare), ("ours/our screens", same)):
        ratios = [mine / theirs for mine, theirs in zip(ours[2], base[2], strict=True)]
        print(
            f"{label:18} {base[1] / ours[1]:>9.2f}x "
            + " ".join(f"{value:>9.2f}x" for value in ratios)
        )
    print(
        "(throughput as bare/ours; target: every ratio <= 1.25. 'bare, our screens' sends our"
        " bot's own /start and tap screens, so its ratio is the cost of our code alone)"
    )


if __name__ == "__main__":
    asyncio.run(main())
