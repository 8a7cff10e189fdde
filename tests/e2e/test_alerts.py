"""Safety alerts through the emulator: opt in per area, a peer reports, a lead vets, and only the
opted-in people of that area receive it, in their languages, through the outbox, as a neutral line
whose details come after a tap; rejection (its reason scrubbed, after a tap too), expiry, forged
vetting, 403 unsubscribes leaving no trace, 429s that delay a broadcast but neither lose nor
double a notice, forms that closed (restart, /cancel) never said to be sent."""

import asyncio

import pytest

from bot.app import routes_of
from bot.handlers.outbox import OutboxSender
from bot.handlers.safety.buttons import ConfirmVetting, PublishAlert, ReadNotice, RejectAlert
from storage import directory as directory_store
from tests.builders import make_lead, make_peer
from tests.conftest import BotHarness, settings_for
from tests.safety.traces import bytes_holding, rows_holding

BLOCKED_ID = 6_234_567_894  # six bytes in SQLite: its bytes cannot turn up by chance


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
    """The notices a person received (the neutral line with its Read button)."""
    return [
        m
        for m in bot.emulator.bot_messages(person.user.id)
        if any(data.startswith(ReadNotice.prefix + ":") for _, data in m.buttons())
    ]


def has_read(message, t) -> bool:
    return any(label == t("alerts-read") for label, _ in message.buttons())


def texts(messages) -> list[str]:
    return [m.text or "" for m in messages]


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
    assert english.text == "🔔 New notice for Eastside"
    assert french.text == city.runtime.translator.format("fr", "alerts-new-notice", area="Eastside")
    assert notices(city, west) == [] and notices(city, bystander) == []


async def test_a_rejection_reason_reaches_the_peer_scrubbed(city):
    t = city.runtime.translator.for_locale("en")
    await report_and_publish(city, "Something vague")
    await city.lead.tap(t("directory-reject"))
    await city.lead.send("Too vague. Call me on +255 712 345 678 or write to @coordinator_k")
    await city.lead.tap(t("alerts-send-reason"))
    # Issue 10.5: what the peer's locked phone shows is neutral; the reason comes after a tap.
    (letter,) = [m for m in city.emulator.bot_messages(city.peer.chat_id) if has_read(m, t)]
    assert letter.text == t("alerts-rejected-letter")
    (told,) = texts(await city.peer.tap(t("alerts-read")))
    assert told.startswith(t("alerts-your-alert-rejected", reason="Too vague."))
    assert "712" not in told and "coordinator_k" not in told
    assert city.peer.replies()[-1].protect_content
    stored = await city.runtime.database.fetch_one("SELECT reason FROM safety_alerts")
    assert "712" not in stored[0] and "coordinator_k" not in stored[0]


async def test_a_lead_edits_then_sends_or_rejects_with_a_reason(city):
    t = city.runtime.translator.for_locale("en")
    east = await opt_in(city, 61101, "Eastside")
    await report_and_publish(city)
    await city.lead.tap(t("alerts-edit"))
    review = await city.lead.send("Grey car near the market. Stay in pairs. Call 0712 345 678")
    assert "Grey car near the market." in review[-1].text and "712" not in review[-1].text
    assert notices(city, east) == []  # shown back first, sent on the lead's tap
    await city.lead.tap(t("alerts-publish"))
    assert len(notices(city, east)) == 1
    (details,) = texts(await east.tap(t("alerts-read")))
    assert "Grey car near the market. Stay in pairs." in details and "712" not in details
    await report_and_publish(city, "Something else")
    await city.lead.tap(t("directory-reject"))
    await city.lead.send("Not enough detail")
    await city.lead.tap(t("alerts-send-reason"))
    told = texts(await city.peer.tap(t("alerts-read")))
    assert t("alerts-your-alert-rejected", reason="Not enough detail") in told
    assert len(notices(city, east)) == 1


async def test_a_lead_is_warned_of_stigmatising_words_before_sending_never_silently(city):
    t = city.runtime.translator.for_locale("en")
    east = await opt_in(city, 61102, "Eastside")
    queue = await report_and_publish(city, "A client robbed two prostitutes near the market.")
    queue = city.emulator.bot_messages(city.lead.chat_id)[-1]
    assert t("stigma-warning") in queue.text
    assert t("stigma-warning-line", term="prostitute", preferred="sex worker") in queue.text
    await city.lead.tap(t("alerts-edit"))
    review = await city.lead.send("Illegal migrants were robbed near the market.")
    assert "Illegal migrants were robbed near the market." in review[-1].text  # not changed
    assert "say migrant without papers" in review[-1].text
    assert notices(city, east) == []
    await city.lead.tap(t("alerts-edit"))  # the warning offers to write it again
    review = await city.lead.send("Migrants without papers were robbed near the market.")
    assert t("stigma-warning") not in review[-1].text
    await city.lead.tap(t("alerts-publish"))
    (details,) = texts(await east.tap(t("alerts-read")))
    assert "Migrants without papers" in details and t("stigma-warning") not in details


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
    """Issue 10.4: Telegram answers 429 four times while a notice is broadcast, and meanwhile
    another sender (a second job, another process) keeps looking at the same outbox: a row the
    publish's sender claimed is never sent by the other, so nobody gets the notice twice."""
    t = city.runtime.translator.for_locale("en")
    people = [await opt_in(city, 61500 + n, "Eastside") for n in range(5)]
    await report_and_publish(city)
    routes = routes_of(city.app)
    other = OutboxSender(city.runtime, city.app.bot, routes.letters, routes.blocked)
    city.emulator.fail("sendMessage", status=429, retry_after=2, times=4)
    publish = asyncio.create_task(city.lead.tap(t("alerts-publish")))
    while not publish.done():  # the broadcast waits out its 429s; the other sender looks on
        await other.drain()
        await asyncio.sleep(0.05)
    await publish
    for _ in range(5):  # what the rate limiter did not retry waits for Telegram's retry_after
        clock.advance(seconds=3)
        await asyncio.gather(city.drain_outbox(), other.drain())
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


async def test_a_blocked_subscriber_leaves_no_row_and_no_byte_after_the_first_403(city):
    """Issue 10.3: after one 403 the chat id is gone from every table, and from the file bytes
    of the database and its WAL as the bot leaves them (erased at once, not at the next purge)."""
    t = city.runtime.translator.for_locale("en")
    await opt_in(city, BLOCKED_ID, "Eastside")
    await opt_in(city, 61802, "Eastside")
    city.emulator.block_bot(BLOCKED_ID)
    await report_and_publish(city)
    await city.lead.tap(t("alerts-publish"))
    assert await city.runtime.alerts.areas_of(BLOCKED_ID) == []
    assert await rows_holding(city.runtime, BLOCKED_ID, with_hashes=False) == []
    path = city.settings.database_path
    assert bytes_holding(city.runtime, path, BLOCKED_ID, with_hashes=False) == []


async def test_a_notice_is_a_neutral_line_and_its_details_come_after_read(city):
    """Issue 10.5: a locked phone shows the area only; kind, when and words come in a new,
    protected message after the tap."""
    t = city.runtime.translator.for_locale("en")
    east = await opt_in(city, 61901, "Eastside")
    await report_and_publish(city, "Man in a white Toyota, hits people.")
    await city.lead.tap(t("alerts-publish"))
    (notice,) = notices(city, east)
    assert notice.text == t("alerts-new-notice", area="Eastside")
    assert has_read(notice, t)
    replies = await east.tap(t("alerts-read"))
    details = replies[-1]
    assert details.message_id != notice.message_id and details.protect_content
    assert t("alerts-kind", kind="violent-client") in details.text
    assert t("alerts-when", when="today") in details.text
    assert "Man in a white Toyota, hits people." in details.text


async def test_a_forged_read_of_a_notice_shows_nothing_to_someone_not_subscribed(city):
    t = city.runtime.translator.for_locale("en")
    east = await opt_in(city, 61902, "Eastside")
    await report_and_publish(city, "Man in a white Toyota, hits people.")
    await city.lead.tap(t("alerts-publish"))
    (notice,) = notices(city, east)
    (_, data), _stop = notice.buttons()  # Read, and Stop all notices (issue 12.4)
    outsider = await opt_in(city, 61903, "Westside")
    replies = await outsider.tap_data(data)
    assert not any("Toyota" in (m.text or "") for m in replies)
    assert outsider.answer()["text"] == t("common-no-longer-available")


async def test_leads_are_told_with_a_button_that_opens_the_notices_to_check(city):
    """Issue 10.15: no "open Team, then Notices": the note carries the button."""
    t = city.runtime.translator.for_locale("en")
    await report_and_publish(city)
    (note,) = [
        m for m in city.emulator.bot_messages(city.lead.chat_id) if m.text == t("alerts-waiting")
    ]
    assert [label for label, _ in note.buttons()] == [t("menu-vet-alerts")]
    ((_, data),) = note.buttons()
    replies = await city.lead.tap_data(data, note.message_id)
    assert "Man in a grey car" in replies[-1].text
    assert t("alerts-publish") in [label for label, _ in replies[-1].buttons()]


async def test_a_report_whose_form_closed_is_never_said_to_be_sent(city):
    """Issue 10.10: a restart between the review and Send: the peer hears the form closed and
    can start again at once; nothing is stored, no lead is told."""
    t = city.runtime.translator.for_locale("en")
    peer = city.peer
    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    await peer.tap(t("menu-report-danger"))
    await peer.tap(t("alerts-kind", kind="police"))
    await peer.tap("Eastside")
    await peer.tap(t("alerts-when", when="today"))
    await peer.send("Checks at the bridge")
    await city.restart()
    replies = await peer.tap(t("feedback-send"))
    assert replies[-1].text == t("alerts-form-closed")
    assert peer.answer()["text"] == t("common-no-longer-available")  # the tap: the neutral refusal
    assert t("alerts-report-sent") not in texts(peer.conversation())
    assert await city.runtime.database.fetch_all("SELECT * FROM safety_alerts") == []
    replies = await peer.tap(t("menu-report-danger"))
    assert replies[-1].text.startswith(t("alerts-report-kind"))


async def test_a_leads_edit_whose_form_closed_is_never_said_to_be_sent(city):
    """Issue 10.10: a lead types the new text, the bot restarts, the lead taps Send: nothing is
    published, the lead hears the form closed and gets the queue back with one tap."""
    t = city.runtime.translator.for_locale("en")
    east = await opt_in(city, 62001, "Eastside")
    await report_and_publish(city)
    await city.lead.tap(t("alerts-edit"))
    await city.lead.send("Grey car near the market.")
    await city.restart()
    replies = await city.lead.tap(t("alerts-publish"))
    assert replies[-1].text == t("alerts-form-closed")
    assert t("alerts-published", count=1) not in texts(city.lead.conversation())
    assert notices(city, east) == []
    replies = await city.lead.tap(t("menu-vet-alerts"))
    assert "Man in a grey car" in replies[-1].text  # still waiting, as it was


async def test_cancel_ends_a_danger_report(city):
    """Issue 10.11: /cancel ends the report; the next text is not taken into it, and "Report a
    danger" starts a new one at once."""
    t = city.runtime.translator.for_locale("en")
    peer = city.peer
    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    await peer.tap(t("menu-report-danger"))
    await peer.tap(t("alerts-kind", kind="police"))
    await peer.tap("Eastside")
    await peer.tap(t("alerts-when", when="today"))
    replies = await peer.send("/cancel")
    assert replies[-1].text.startswith(t("common-cancelled"))
    replies = await peer.send("Checks at the bridge")
    assert not any("Checks at the bridge" in text for text in texts(replies))
    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    replies = await peer.tap(t("menu-report-danger"))
    assert replies[-1].text.startswith(t("alerts-report-kind"))
    await peer.tap(t("alerts-kind", kind="robbery"))
    assert await city.runtime.database.fetch_all("SELECT * FROM safety_alerts") == []


async def test_the_send_of_an_older_review_does_not_send_what_was_typed_for_another(city):
    t = city.runtime.translator.for_locale("en")
    east = await opt_in(city, 62101, "Eastside")
    await report_and_publish(city, "First report")
    await report_and_publish(city, "Second report")
    lead_viewer = await city.runtime.people.identify(city.lead.user.id, "en")
    first, second = await city.runtime.alerts.waiting(lead_viewer)
    await city.lead.tap(t("alerts-edit"))  # the queue shows the oldest: the first
    (old_review,) = await city.lead.send("First, edited")
    await city.lead.tap_data(RejectAlert(second.id).pack())
    await city.lead.send("Second, not enough detail")
    replies = await city.lead.tap_data(ConfirmVetting(first.id).pack(), old_review.message_id)
    assert replies[-1].text == t("alerts-form-closed")
    assert notices(city, east) == []
    assert [a.id for a in await city.runtime.alerts.waiting(lead_viewer)] == [first.id, second.id]


MEMBER_REPORTER_ID = 6_234_567_895  # six bytes in SQLite too


async def test_a_members_report_names_nobody_not_even_in_the_files(city, tmp_path):
    """Issue 11 §2: a member reports with the peers' form; the report keeps no id of theirs (no
    row, no byte of the database or its WAL), they are told only that a lead will check it, and
    past the day's limit they are told before the form starts."""
    t = city.runtime.translator.for_locale("en")
    member = city.person(MEMBER_REPORTER_ID, first_name="Amina", username="amina_private")
    await member.send("/start")
    for number in range(3):
        await member.tap(t("menu-report-danger"))
        await member.tap(t("alerts-kind", kind="police"))
        await member.tap("Eastside")
        await member.tap(t("alerts-when", when="today"))
        await member.send(f"Checks at the bus station, report {number}")
        replies = await member.tap(t("feedback-send"))
        assert replies[-1].text.startswith(t("alerts-report-sent-member"))
    replies = await member.tap(t("menu-report-danger"))
    assert replies[-1].text.startswith(t("alerts-report-limit"))

    rows = await city.runtime.database.fetch_all(
        "SELECT submitted_by, description FROM safety_alerts ORDER BY id"
    )
    assert [tuple(r) for r in rows] == [
        (None, f"Checks at the bus station, report {n}") for n in range(3)
    ]
    await city.runtime.database.checkpoint()
    assert await rows_holding(city.runtime, MEMBER_REPORTER_ID, with_hashes=False) == []
    assert (
        bytes_holding(city.runtime, tmp_path / "bot.db", MEMBER_REPORTER_ID, with_hashes=False)
        == []
    )
    # The lead sees it to vet, like any report.
    await city.lead.send("/start")
    await city.lead.tap(t("menu-team-tools"))
    await city.lead.tap(t("menu-vet-alerts"))
    assert "Checks at the bus station, report 0" in "".join(city.lead.texts())
