"""Safety alerts through the emulator: opt in per area, a peer reports, a lead vets, and only the
opted-in people of that area receive it, in their languages, through the outbox; rejection (its
reason scrubbed), expiry, forged vetting, 403 unsubscribes, and 429s that delay a broadcast but
neither lose nor double a notice."""

import pytest

from bot.handlers.safety.buttons import PublishAlert
from storage import directory as directory_store
from tests.builders import make_lead, make_peer
from tests.conftest import BotHarness, settings_for


@pytest.fixture
async def city(emulator, clock, tmp_path):
    settings = settings_for(emulator, tmp_path / "bot.db", TIMEZONE="Africa/Nairobi")
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    db = bot.runtime.database
    bot.east = await directory_store.upsert_area(db, "east", "Eastside", -1.28, 36.85)
    bot.west = await directory_store.upsert_area(db, "west", "Westside", -1.27, 36.80)
    bot.lead = await make_lead(bot)
    bot.peer = await make_peer(bot, bot.lead)
    try:
        yield bot
    finally:
        await bot.stop()


async def opt_in(bot, user_id, area_label, language_code="en"):
    person = bot.person(user_id, language_code=language_code)
    await person.send("/alerts")
    await person.tap("☐ " + area_label)
    return person


async def report_and_publish(bot, description="Man in a grey car, hits people. Near the market."):
    t = bot.runtime.translator.for_locale("en")
    peer = bot.peer
    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    await peer.tap(t("menu-report-danger"))
    await peer.tap(t("alerts-kind", kind="violent-client"))
    await peer.tap("Eastside")
    await peer.tap(t("alerts-when", when="today"))
    review = await peer.send(description)
    await peer.tap(t("feedback-send"))
    await bot.lead.send("/start")
    await bot.lead.tap(t("menu-team-tools"))
    await bot.lead.tap(t("menu-vet-alerts"))
    return review


async def waiting_letters(bot) -> int:
    return await bot.runtime.outbox.waiting()


def notices(bot, person) -> list:
    return [m for m in bot.emulator.bot_messages(person.user.id) if (m.text or "").startswith("🔔")]


async def test_a_vetted_alert_reaches_exactly_the_opted_in_people_of_its_area(city):
    t = city.runtime.translator.for_locale("en")
    east_en = await opt_in(city, 61001, "Eastside")
    east_fr = await opt_in(city, 61002, "Eastside", "fr")
    west = await opt_in(city, 61003, "Westside")
    bystander = city.person(61004)
    await bystander.send("/start")
    review = await report_and_publish(city, "Grey car, call 0712 345 678 to warn")
    assert "712" not in review[-1].text  # scrubbed, and shown back before sending
    replies = await city.lead.tap(t("alerts-publish"))
    assert replies[-1].text == t("alerts-published", count=2)
    (english,) = notices(city, east_en)
    (french,) = notices(city, east_fr)
    assert english.text.startswith("🔔 Notice for Eastside") and english.protect_content
    assert french.text.startswith(
        city.runtime.translator.format("fr", "alerts-notice", area="Eastside")
    )
    assert notices(city, west) == [] and notices(city, bystander) == []


async def test_a_rejection_reason_reaches_the_peer_scrubbed(city):
    t = city.runtime.translator.for_locale("en")
    await report_and_publish(city, "Something vague")
    await city.lead.tap(t("directory-reject"))
    await city.lead.send("Too vague. Call me on +255 712 345 678 or write to @coordinator_k")
    (told,) = [
        m.text for m in city.peer.conversation() if m.from_bot and "Reason:" in (m.text or "")
    ]
    assert told.startswith(t("alerts-your-alert-rejected", reason="Too vague."))
    assert "712" not in told and "coordinator_k" not in told
    stored = await city.runtime.database.fetch_one("SELECT reason FROM safety_alerts")
    assert "712" not in stored[0] and "coordinator_k" not in stored[0]


async def test_a_lead_edits_then_sends_or_rejects_with_a_reason(city):
    t = city.runtime.translator.for_locale("en")
    east = await opt_in(city, 61101, "Eastside")
    await report_and_publish(city)
    await city.lead.tap(t("alerts-edit"))
    await city.lead.send("Grey car near the market. Stay in pairs.")
    (notice,) = notices(city, east)
    assert notice.text.endswith("Grey car near the market. Stay in pairs.")
    await report_and_publish(city, "Something else")
    await city.lead.tap(t("directory-reject"))
    await city.lead.send("Not enough detail")
    told = [m.text for m in city.peer.conversation() if m.from_bot]
    assert t("alerts-your-alert-rejected", reason="Not enough detail") in told
    assert len(notices(city, east)) == 1


async def test_a_forged_vetting_tap_from_a_peer_changes_nothing(city):
    t = city.runtime.translator.for_locale("en")
    east = await opt_in(city, 61201, "Eastside")
    await report_and_publish(city)
    (alert,) = await city.runtime.alerts.waiting(
        await city.runtime.people.identify(city.lead.user.id, "en")
    )
    await city.peer.tap_data(PublishAlert(alert.id).pack())
    assert city.peer.answer()["text"] == t("common-no-longer-available")
    assert notices(city, east) == []


async def test_alerts_expire_after_two_weeks(city, clock):
    t = city.runtime.translator.for_locale("en")
    east = await opt_in(city, 61301, "Eastside")
    await report_and_publish(city)
    await city.lead.tap(t("alerts-publish"))
    assert len(await city.runtime.alerts.active([city.east])) == 1
    clock.advance(days=15)
    assert await city.runtime.alerts.active([city.east]) == []
    replies = await east.send("/alerts")
    assert not any((m.text or "").startswith("🔔") for m in replies)


async def test_a_person_who_blocked_the_bot_is_unsubscribed_on_the_first_403(city):
    t = city.runtime.translator.for_locale("en")
    await opt_in(city, 61401, "Eastside")
    await opt_in(city, 61402, "Eastside")
    city.emulator.block_bot(61401)
    await report_and_publish(city)
    await city.lead.tap(t("alerts-publish"))
    assert await city.runtime.alerts.areas_of(61401) == []
    assert await city.runtime.alerts.areas_of(61402) != []
    assert await waiting_letters(city) == 0  # sent or erased: no row holds either chat id


async def test_four_429s_during_a_broadcast_delay_it_but_everyone_gets_the_notice_once(city, clock):
    t = city.runtime.translator.for_locale("en")
    people = [await opt_in(city, 61500 + n, "Eastside") for n in range(5)]
    await report_and_publish(city)
    city.emulator.fail("sendMessage", status=429, retry_after=2, times=4)
    await city.lead.tap(t("alerts-publish"))
    for _ in range(5):  # what the rate limiter did not retry waits for Telegram's retry_after
        clock.advance(seconds=3)
        await city.drain_outbox()
    sends = [c for c in city.emulator.calls_to("sendMessage") if c.params["text"].startswith("🔔")]
    assert len([c for c in sends if c.status == 429]) == 4
    for person in people:
        assert len(notices(city, person)) == 1
        delivered = [c for c in sends if c.params["chat_id"] == person.chat_id and c.status == 200]
        assert len(delivered) == 1
    assert await waiting_letters(city) == 0


async def test_a_notice_the_rate_limiter_gave_up_on_waits_for_retry_after_and_goes_once(
    city, clock
):
    t = city.runtime.translator.for_locale("en")
    person = await opt_in(city, 61550, "Eastside")
    await report_and_publish(city)
    city.emulator.fail("sendMessage", status=429, retry_after=1, times=4)  # all its retries
    await city.lead.tap(t("alerts-publish"))
    assert notices(city, person) == [] and await waiting_letters(city) == 1
    await city.drain_outbox()
    assert notices(city, person) == []  # not before Telegram's retry_after
    clock.advance(seconds=2)
    await city.drain_outbox()
    await city.drain_outbox()
    assert len(notices(city, person)) == 1
    assert await waiting_letters(city) == 0


async def test_stopping_forgets_the_chat_id(city):
    t = city.runtime.translator.for_locale("en")
    person = await opt_in(city, 61601, "Eastside")
    await person.tap(t("alerts-stop"))
    rows = await city.runtime.database.fetch_all("SELECT * FROM alert_subscriptions")
    assert rows == []
