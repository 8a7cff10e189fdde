"""The quick exit: every message under 48 hours deleted (the bot's and the person's), none
older tried, the person's data forgotten, and a fresh /start treats them as new."""

from storage import directory as directory_store
from tests.builders import make_lead, make_peer


async def test_quick_exit_deletes_the_last_48_hours_and_forgets_the_person(harness, clock):
    t = harness.services.translator.for_locale("en")
    person = harness.person(50001, language_code="en")
    await person.send("/start")
    await person.send("/language")
    await person.tap("Kiswahili")  # a stored preference, to be forgotten
    area = await directory_store.upsert_area(harness.services.database, "a", "Area A", 0.0, 0.0)
    await harness.services.alerts.subscribe(50001, [area], "sw")  # a subscription, too
    old = [m.message_id for m in person.conversation()]
    clock.advance(hours=49)
    for _ in range(20):  # 20 messages each way
        await person.send("hello")
    recent = [m.message_id for m in person.conversation() if m.message_id not in old]
    assert len(recent) == 40
    sw = harness.services.translator.for_locale("sw")
    await person.tap(sw("menu-exit"))
    deleted = set()
    for call in harness.emulator.calls_to("deleteMessages", "deleteMessage"):
        deleted |= set(call.params.get("message_ids", [call.params.get("message_id")]))
    assert set(recent) <= deleted
    assert not set(old) & deleted
    assert await harness.services.database.fetch_all("SELECT * FROM member_preferences") == []
    assert await harness.services.database.fetch_all("SELECT * FROM alert_subscriptions") == []
    assert (
        await harness.services.database.fetch_all(
            "SELECT * FROM message_ledger WHERE chat_key = ?",
            (harness.services.ledger.chat_key(50001),),
        )
        == []
    )
    replies = await person.send("/start")
    assert t("people-welcome") in replies[-1].text  # English again: nothing remembered


async def test_the_neutral_mark_deletes_itself(harness):
    person = harness.person(50002)
    await person.send("/exit")
    mark = harness.emulator.bot_messages(50002)[-1]
    assert mark.text == harness.services.translator.format("en", "exit-done")
    (job,) = [j for j in harness.app.job_queue.jobs() if j.callback.__name__ == "delete_mark"]
    await job.run(harness.app)
    assert harness.emulator.bot_messages(50002) == []


async def test_a_peer_may_keep_the_role_or_leave_it(harness):
    t = harness.services.translator.for_locale("en")
    lead = await make_lead(harness)
    keeper = await make_peer(harness, lead, 50101, "Keeper")
    leaver = await make_peer(harness, lead, 50102, "Leaver")
    replies = await keeper.send("/exit")
    assert replies[-1].text == t("exit-keep-role-ask")
    await keeper.tap(t("exit-keep-role"))
    await leaver.send("/exit")
    await leaver.tap(t("exit-leave-role"))
    people = harness.services.people
    assert (await people.identify(50101, "en")).alias == "Keeper"
    assert (await people.identify(50102, "en")).person_id is None


async def test_the_hourly_purge_drops_ledger_rows_past_48_hours_and_sent_deliveries(harness, clock):
    person = harness.person(50201)
    await person.send("/start")
    db = harness.services.database
    area = await directory_store.upsert_area(db, "b", "Area B", 0.0, 0.0)
    await harness.services.alerts.subscribe(50201, [area], "en")
    async with db.transaction() as tx:  # a delivery already sent: its row still holds a chat id
        await tx.execute(
            "INSERT INTO safety_alerts (kind, area_id, happened, description, state, created_on)"
            " VALUES ('police', ?, 'today', 'x', 'published', '2026-03-02')",
            (area,),
        )
        await tx.execute(
            "INSERT INTO alert_deliveries (alert_id, chat_id, locale, state) VALUES (1, 50201, 'en', 'sent')"
        )
    (job,) = harness.app.job_queue.get_jobs_by_name("message ledger purge")
    await job.run(harness.app)
    assert await db.fetch_all("SELECT * FROM alert_deliveries") == []
    assert await db.fetch_all("SELECT * FROM message_ledger") != []  # under 48 hours: kept
    clock.advance(hours=49)
    await job.run(harness.app)
    assert await db.fetch_all("SELECT * FROM message_ledger") == []
