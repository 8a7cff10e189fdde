"""Issue 9's promise under fire: mutated button data for every button family, random text,
commands and media from members, peers, leads and an admin change nothing, log no ERROR, never
say "something went wrong", and every tap is answered exactly once. `scripts/fuzz.py` runs the
same for 10,000 updates."""

from __future__ import annotations

from datetime import date, time

from bot.directory.sample import load_sample_directory
from bot.emulator.fuzz import Fuzzer, settle_all
from bot.handlers.callbacks import Callback
from bot.outreach.model import SessionKind, SessionPlan
from bot.settings import SUPPORTED_LOCALES
from tests.builders import make_lead, make_peer, viewer_of

WATCHED = {
    "people": "SELECT id, role, active, telegram_id, alias FROM people ORDER BY id",
    "services": "SELECT * FROM services ORDER BY id",
    "sessions": "SELECT * FROM outreach_sessions ORDER BY id",
    "seats": "SELECT session_id, person_id, status FROM outreach_assignments ORDER BY 1, 2",
    "alerts": "SELECT * FROM safety_alerts ORDER BY id",
}


def families() -> list[type[Callback]]:
    return [f for f in Callback.families().values() if f.__module__.startswith("bot.")]


async def snapshot_of(harness) -> dict[str, list[tuple]]:
    db = harness.runtime.database
    return {name: [tuple(r) for r in await db.fetch_all(sql)] for name, sql in WATCHED.items()}


def went_wrong_texts(harness) -> list[str]:
    texts = []
    for locale in SUPPORTED_LOCALES:
        t = harness.runtime.translator.for_locale(locale)
        texts += [t("errors-kept"), t("errors-not-kept"), t("common-something-went-wrong")]
    return texts


def refusals(harness) -> list[str]:
    translator = harness.runtime.translator
    return [translator.format(locale, "common-no-longer-available") for locale in SUPPORTED_LOCALES]


async def test_a_storm_of_mutated_buttons_text_commands_and_media_changes_nothing(harness):
    runtime = harness.runtime
    await load_sample_directory(runtime.directory, runtime.database)
    lead = await make_lead(harness)
    peers = [await make_peer(harness, lead, 7101 + i, f"Peer {i}") for i in range(2)]
    area = (await runtime.directory.areas())[0]
    plan = SessionPlan(SessionKind.OUTREACH_WALK, area.id, date(2026, 3, 4), time(14, 0), 120, 2)
    await runtime.outreach.schedule(await viewer_of(harness, lead), plan)
    members = [harness.person(8601, "ar"), harness.person(8602, "sw")]
    people = [harness.admin(), lead, *peers, *members]

    async def settle(ids: list[int]) -> None:
        async def join() -> None:
            await harness.app.update_queue.join()
            await harness.drain_outbox()

        await settle_all(harness.emulator, join, ids)

    fuzzer = Fuzzer(
        harness.emulator,
        [p.user for p in people],
        families(),
        settle,
        lambda: snapshot_of(harness),
        went_wrong_texts(harness),
        refusals(harness),
        seed=9,
    )
    report = await fuzzer.run(600)
    assert report.taps > 300
    assert report.errors_logged == 0
    assert report.went_wrong_replies == 0
    assert report.taps_not_answered_once == []
    assert report.taps_not_refused == []
    assert not report.state_changed
