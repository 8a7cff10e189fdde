"""Benchmark talk to a peer: how long a member's message takes to reach the peer (from the update
to the copy in the peer's chat), with N conversations open, through the real bot and the emulator
enforcing Telegram's limits.

1. baseline: the bot's plain reply to text outside any conversation (the same path in, a reply
   out), measured in the same run;
2. relay with no broadcast: p50/p99 of each message's way to the peer (target: p99 < 300 ms);
3. relay during a notice broadcast to R recipients (Priority.BROADCAST in the same outbox): every
   relay message within 1 s, zero 429s, the broadcast delivered in full.

    PYTHONPATH=. python scripts/bench_relay.py [--conversations 20] [--messages 200]
        [--recipients 2000] [--during 20]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import tempfile
import time
from pathlib import Path

from bot.app import build_application, running, runtime_of
from bot.emulator import Emulator, FakeUser, RateLimits, StoredMessage
from bot.people import Role
from bot.runtime import Runtime
from bot.safety.alerts import AlertKind, Happened
from bot.settings import Settings, load_settings
from storage import directory as directory_store

BENCH_KEY = "benchmark-only-key-0123456789-abcdefghijklmnop"
PEERS_FROM = 10_000
MEMBERS_FROM = 20_000
BASELINE_FROM = 30_000
RECIPIENTS_FROM = 100_000
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


class Arrivals:
    """When each marked text first showed up in a chat (the emulator's listener)."""

    def __init__(self) -> None:
        self.at: dict[str | int, float] = {}
        self._events: dict[str | int, asyncio.Event] = {}

    def _event(self, key: str | int) -> asyncio.Event:
        return self._events.setdefault(key, asyncio.Event())

    def __call__(self, event: str, message: StoredMessage) -> None:
        if event != "sent":
            return
        now = time.perf_counter()
        for key in (message.chat_id, message.text):
            if key is not None and key not in self.at:
                self.at[key] = now
                self._event(key).set()

    async def wait_for(self, key: str | int, give_up: float = 10.0) -> float:
        """When `key` (a text, or a chat's first message) arrived; infinity if it never did."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._event(key).wait(), give_up)
        return self.at.get(key, float("inf"))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(name: str, latencies: list[float]) -> str:
    ms = [v * 1000 for v in latencies]
    return (
        f"{name}: {len(ms)} messages, p50 {statistics.median(ms):.0f} ms,"
        f" p99 {percentile(ms, 0.99):.0f} ms, max {max(ms):.0f} ms"
    )


async def open_conversations(runtime: Runtime, emulator: Emulator, count: int) -> list[int]:
    """`count` peers on duty, each talking with one member; returns the members' ids."""
    members = []
    for n in range(count):
        peer_id, member_id = PEERS_FROM + n, MEMBERS_FROM + n
        emulator.meet(FakeUser(id=peer_id, first_name="Peer"))
        emulator.meet(FakeUser(id=member_id, first_name="Member"))
        await runtime.people.grant_role_directly(peer_id, Role.PEER, f"Peer {n}", "2026-01-01")
        peer = await runtime.people.identify(peer_id, "en")
        await runtime.relay.set_duty(peer, True)
        conversation, _ = await runtime.relay.ask(member_id, "en", None)
        accepted = await runtime.relay.accept(peer, conversation.id)
        await runtime.tell(accepted.letters)
        members.append(member_id)
    return members


async def relay_round(
    emulator: Emulator, arrivals: Arrivals, members: list[int], count: int, label: str, gap: float
) -> list[float]:
    """`count` messages, round robin over the members, one every `gap` seconds; each one's time
    from the update to its copy in the peer's chat."""
    sent: dict[str, float] = {}
    for n in range(count):
        member_id = members[n % len(members)]
        text = f"{label} message {n}"
        sent[text] = time.perf_counter()
        emulator.send_text(FakeUser(id=member_id, first_name="Member"), text)
        await asyncio.sleep(gap)
    return [await arrivals.wait_for(text) - began for text, began in sent.items()]


async def baseline_round(emulator: Emulator, arrivals: Arrivals, count: int) -> list[float]:
    """The bot's plain reply ("please use the buttons") to people in no conversation."""
    latencies = []
    for n in range(count):
        user = FakeUser(id=BASELINE_FROM + n, first_name="Someone")
        began = time.perf_counter()
        emulator.send_text(user, "good morning")
        latencies.append(await arrivals.wait_for(user.id) - began)
    return latencies


async def until_sent(runtime: Runtime, give_up: float) -> None:
    """Wait while the outbox sends the broadcast."""
    while time.perf_counter() < give_up:
        if not await runtime.outbox.waiting():
            return
        await asyncio.sleep(0.2)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--recipients", type=int, default=2000)
    parser.add_argument("--during", type=int, default=20, help="relay messages in the broadcast")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        async with Emulator(rate_limits=RateLimits()) as emulator:
            app = build_application(settings_for(emulator, Path(folder) / "bench.db"))
            async with running(app):
                runtime = runtime_of(app)
                arrivals = Arrivals()
                emulator.subscribe(arrivals)
                members = await open_conversations(runtime, emulator, args.conversations)
                runtime.kick()
                await asyncio.sleep(2)  # the "a peer is here" letters go out first
                # Each peer's chat gets one message a second at most: Telegram's per-chat pace.
                gap = 1.0 / len(members)
                baseline = await baseline_round(emulator, arrivals, min(args.messages, 50))
                quiet = await relay_round(emulator, arrivals, members, args.messages, "quiet", gap)

                area = await directory_store.upsert_area(runtime.database, "c", "C", 0.0, 0.0)
                await runtime.people.grant_role_directly(1, Role.LEAD, "Lead", "2026-01-01")
                lead = await runtime.people.identify(1, "en")
                for n in range(args.recipients):
                    emulator.meet(FakeUser(id=RECIPIENTS_FROM + n, first_name="S"))
                    await runtime.alerts.subscribe(RECIPIENTS_FROM + n, [area], "en")
                alert = await runtime.alerts.submit(
                    lead, AlertKind.POLICE, area, Happened.TODAY, "Checks at the bridge."
                )
                began = time.perf_counter()
                await runtime.alerts.publish(lead, alert)
                runtime.kick()
                await asyncio.sleep(1)  # the broadcast is well under way
                busy = await relay_round(
                    emulator, arrivals, members, args.during, "busy", max(gap, 0.25)
                )
                queued_behind = await runtime.outbox.waiting()
                await until_sent(runtime, give_up=began + args.recipients / 10 + 60)
                elapsed = time.perf_counter() - began
                notices = [
                    c
                    for c in emulator.calls_to("sendMessage")
                    if c.status == 200 and c.params.get("text", "").startswith(NOTICE_MARK)
                ]
                print(summary("baseline, a plain reply", baseline))
                print(summary(f"relay, {len(members)} conversations, no broadcast", quiet))
                print(
                    summary(
                        f"relay during a broadcast to {args.recipients}"
                        f" ({queued_behind} letters still queued when the last relay arrived)",
                        busy,
                    )
                )
                print(
                    f"broadcast: {len(notices)} of {args.recipients} delivered in {elapsed:.0f} s"
                    f" ({len(notices) / elapsed:.1f} msg/s); 429 answers: "
                    f"{emulator.too_many_requests}"
                )
                p99_quiet = percentile(quiet, 0.99)
                p99_busy = percentile(busy, 0.99)
                p99_base = percentile(baseline, 0.99)
                print(
                    f"ratios: relay p99 / reply p99 = {p99_quiet / p99_base:.2f} (no broadcast),"
                    f" {p99_busy / p99_base:.2f} (during the broadcast)"
                )
                print(
                    f"targets: relay p99 < 300 ms with no broadcast: "
                    f"{'yes' if p99_quiet < 0.3 else 'NO'}; every relay message within 1 s"
                    f" during the broadcast: {'yes' if max(busy) < 1.0 else 'NO'};"
                    f" zero 429s: {'yes' if emulator.too_many_requests == 0 else 'NO'}"
                )


if __name__ == "__main__":
    asyncio.run(main())
