"""Fuzz the real bot through the emulator: mutated button data for every button family, random
text, commands and media from members, peers, leads and an admin.

    python scripts/fuzz.py [--updates 10000] [--seed 2026]

Prints how many updates and taps were sent, ERROR lines logged, "something went wrong" replies,
taps not answered exactly once, and whether roles, services, sessions or notices changed.
Exit status 0 only when all of those are zero.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from datetime import date, time
from pathlib import Path

from bot.app import build_application, running, runtime_of, sender_of
from bot.directory.sample import load_sample_directory
from bot.emulator import Emulator, FakeUser
from bot.emulator.fuzz import Fuzzer, settle_all
from bot.handlers.callbacks import Callback
from bot.outreach.model import SessionKind, SessionPlan
from bot.people import Role
from bot.safety.alerts import AlertKind, Happened
from bot.settings import SUPPORTED_LOCALES, load_settings

FUZZ_KEY = "fuzzing-only-key-0123456789-abcdefghijklmnopqr"
ADMIN, LEAD, PEERS, MEMBERS = 900_001, 900_002, (900_003, 900_004), (900_005, 900_006, 900_007)
WATCHED = {
    "people": "SELECT id, role, active, telegram_id, alias FROM people ORDER BY id",
    "services": "SELECT * FROM services ORDER BY id",
    "sessions": "SELECT * FROM outreach_sessions ORDER BY id",
    "seats": "SELECT session_id, person_id, status FROM outreach_assignments ORDER BY 1, 2",
    "alerts": "SELECT * FROM safety_alerts ORDER BY id",
}


async def fuzz(updates: int, seed: int, folder: Path) -> int:
    async with Emulator() as emulator:
        settings = load_settings(
            {
                "BOT_TOKEN": emulator.token,
                "BOT_API_BASE_URL": emulator.base_url,
                "BOT_API_BASE_FILE_URL": emulator.base_file_url,
                "ID_HASH_KEY": FUZZ_KEY,
                "DATABASE_PATH": str(folder / "fuzz.db"),
                "ADMIN_TELEGRAM_IDS": str(ADMIN),
            }
        )
        app = build_application(settings, rate_limiter=False)
        async with running(app):
            runtime = runtime_of(app)
            await load_sample_directory(runtime.directory, runtime.database)
            today = runtime.today()
            await runtime.people.grant_role_directly(LEAD, Role.LEAD, "Lead", today)
            for number, peer in enumerate(PEERS):
                await runtime.people.grant_role_directly(peer, Role.PEER, f"Peer {number}", today)
            lead = await runtime.people.identify(LEAD, "en")
            area = (await runtime.directory.areas())[0]
            plan = SessionPlan(
                SessionKind.OUTREACH_WALK, area.id, date.fromisoformat(today), time(23, 30), 120, 2
            )
            await runtime.outreach.schedule(lead, plan)
            peer = await runtime.people.identify(PEERS[0], "en")
            alert = await runtime.alerts.submit(
                peer, AlertKind.ROBBERY, area.id, Happened.TODAY, "Bags taken near the market"
            )
            await runtime.alerts.publish(lead, alert)

            people = [
                FakeUser(id=i, first_name="Fuzz", language_code=SUPPORTED_LOCALES[i % 5])
                for i in (ADMIN, LEAD, *PEERS, *MEMBERS)
            ]

            async def settle(ids: list[int]) -> None:
                async def join() -> None:
                    await app.update_queue.join()
                    await sender_of(app).drain()

                await settle_all(emulator, join, ids)

            async def snapshot() -> dict[str, list[tuple[object, ...]]]:
                db = runtime.database
                return {
                    name: [tuple(r) for r in await db.fetch_all(sql)]
                    for name, sql in WATCHED.items()
                }

            went_wrong = [
                runtime.translator.format(locale, message)
                for locale in SUPPORTED_LOCALES
                for message in ("errors-kept", "errors-not-kept", "common-something-went-wrong")
            ]
            families = [f for f in Callback.families().values() if f.__module__.startswith("bot.")]
            refusals = [
                runtime.translator.format(locale, "common-no-longer-available")
                for locale in SUPPORTED_LOCALES
            ]
            report = await Fuzzer(
                emulator, people, families, settle, snapshot, went_wrong, refusals, seed=seed
            ).run(updates)
    print(
        f"{report.updates} updates ({report.taps} taps on {len(families)} button families) "
        f"from {len(people)} people in {report.seconds:.1f} s"
    )
    print(f"ERROR lines logged:                 {report.errors_logged}")
    print(f'"something went wrong" replies:     {report.went_wrong_replies}')
    print(f"taps not answered exactly once:     {len(report.taps_not_answered_once)}")
    print(f"taps not given the neutral refusal: {len(report.taps_not_refused)}")
    print(f"roles/services/sessions/notices changed: {'yes' if report.state_changed else 'no'}")
    return 0 if report.clean else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        return asyncio.run(fuzz(args.updates, args.seed, Path(folder)))


if __name__ == "__main__":
    sys.exit(main())
