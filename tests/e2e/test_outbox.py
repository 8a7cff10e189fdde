"""The outbox through the emulator: sent once, a 403 stops writing to that person and erases
their queued letters, a 429 or a 5xx only delays."""

from __future__ import annotations

from datetime import timedelta

from bot.common.outbox import Outgoing, Purpose
from bot.handlers.menu import Entry
from bot.handlers.outbox import note_to, tell_leads
from bot.people import Role
from tests.builders import make_lead, texts_to
from tests.conftest import BotHarness, settings_for


async def waiting(harness) -> int:
    return await harness.runtime.outbox.waiting()


async def test_a_note_to_the_leads_is_sent_once_with_a_button_that_opens_the_screen(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    assert await tell_leads(harness.runtime, "directory-review-waiting", opens=Entry.REVIEW) == 2
    await harness.drain_outbox()
    await harness.drain_outbox()
    assert texts_to(harness, lead).count(t("directory-review-waiting")) == 1
    note = harness.emulator.bot_messages(lead.user.id)[-1]
    assert note.buttons() == [(t("menu-queue"), "go:review")]
    assert await waiting(harness) == 0


async def test_a_person_who_blocked_the_bot_is_not_written_to_again(harness):
    lead = await make_lead(harness)
    harness.emulator.block_bot(lead.user.id)
    runtime = harness.runtime
    await runtime.tell(
        [
            note_to(lead.user.id, "en", "directory-review-waiting"),
            note_to(lead.user.id, "en", "directory-review-waiting"),
        ]
    )
    await harness.drain_outbox()
    assert await waiting(harness) == 0  # both gone: the second was never tried
    tries = [
        c for c in harness.emulator.calls_to("sendMessage") if c.params["chat_id"] == lead.user.id
    ]
    assert len([c for c in tries if c.status == 403]) == 1
    assert lead.user.id not in [chat for chat, _ in await runtime.people.contacts((Role.LEAD,))]


async def test_a_failure_only_delays_a_letter(harness, clock):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    harness.emulator.fail("sendMessage", status=502, times=1)
    await harness.runtime.tell([note_to(lead.user.id, "en", "directory-review-waiting")])
    await harness.drain_outbox()
    assert t("directory-review-waiting") not in texts_to(harness, lead)
    assert await waiting(harness) == 1
    clock.advance(minutes=1)
    await harness.drain_outbox()
    assert texts_to(harness, lead).count(t("directory-review-waiting")) == 1
    assert await waiting(harness) == 0


async def test_a_letter_for_a_gone_subscriber_erases_only_that_purpose(harness):
    runtime = harness.runtime
    person = harness.person(8801)
    await person.send("/start")
    harness.emulator.block_bot(person.user.id)
    later = runtime.clock() + timedelta(hours=1)
    await runtime.tell(
        [
            Outgoing(
                person.user.id,
                "en",
                "note",
                {"id": "directory-review-waiting"},
                purpose=Purpose.ALERTS,
            ),
            Outgoing(
                person.user.id,
                "en",
                "note",
                {"id": "directory-review-waiting"},
                purpose=Purpose.TEAM,
                not_before=later,
            ),
        ]
    )
    await harness.drain_outbox()
    rows = await runtime.database.fetch_all("SELECT purpose FROM outbox")
    assert [r[0] for r in rows] == ["team"]


async def test_a_bot_without_a_rate_limiter_still_sends_its_letters(emulator, clock, tmp_path):
    """Console mode and the benchmarks build the bot without a rate limiter: letters still go
    (PTB refuses a send that names a priority when there is no rate limiter to take it)."""
    bot = BotHarness(
        emulator, settings_for(emulator, tmp_path / "bot.db"), clock, rate_limiter=False
    )
    await bot.start()
    try:
        t = bot.runtime.translator.for_locale("en")
        lead = await make_lead(bot)
        await tell_leads(bot.runtime, "directory-review-waiting", opens=Entry.REVIEW)
        await bot.drain_outbox()
        assert texts_to(bot, lead).count(t("directory-review-waiting")) == 1
        assert await waiting(bot) == 0
    finally:
        await bot.stop()
