"""The quick exit: every message under 48 hours deleted (the bot's and the person's), none
older tried, even across a restart; the person's data forgotten (language, subscriptions, queued
messages) so that no row and no byte of the database holds their chat id or its hash; every open
flow ended, and a fresh /start treats them as new."""

import asyncio
from dataclasses import replace
from datetime import timedelta

from bot.common.outbox import Outgoing, Purpose
from bot.handlers.outbox import note_to
from bot.handlers.safety.buttons import SendReport
from bot.safety.alerts import AlertKind, Happened
from storage import directory as directory_store
from tests.builders import make_lead, make_peer, viewer_of
from tests.safety.traces import bytes_holding, rows_holding

# Ids that need six bytes in SQLite, so that their bytes cannot turn up by chance in the files.
MEMBER_ID = 6_234_567_891
PEER_ID = 6_234_567_892
KEEPER_ID = 6_234_567_893


async def queued_for(harness, chat_id: int) -> list:
    return await harness.runtime.database.fetch_all(
        "SELECT purpose FROM outbox WHERE chat_id = ?", (chat_id,)
    )


async def later(harness, message: Outgoing) -> None:
    """A message queued for tomorrow: still in the outbox when the person leaves."""
    tomorrow = harness.runtime.clock() + timedelta(days=1)
    await harness.runtime.tell([replace(message, not_before=tomorrow)])


async def test_quick_exit_deletes_the_last_48_hours_and_forgets_the_person(harness, clock):
    t = harness.runtime.translator.for_locale("en")
    person = harness.person(50001, language_code="en")
    await person.send("/start")
    await person.send("/language")
    await person.tap("Kiswahili")  # a stored preference, to be forgotten
    area = await directory_store.upsert_area(harness.runtime.database, "a", "Area A", 0.0, 0.0)
    await harness.runtime.alerts.subscribe(50001, [area], "sw")  # a subscription, too
    await later(
        harness, Outgoing(50001, "sw", "safety.notice", {"alert": 1}, purpose=Purpose.ALERTS)
    )
    old = [m.message_id for m in person.conversation()]
    clock.advance(hours=49)
    for _ in range(20):  # 20 messages each way
        await person.send("hello")
    recent = [m.message_id for m in person.conversation() if m.message_id not in old]
    assert len(recent) == 40
    sw = harness.runtime.translator.for_locale("sw")
    await person.tap(sw("menu-exit"))
    deleted = set()
    for call in harness.emulator.calls_to("deleteMessages", "deleteMessage"):
        deleted |= set(call.params.get("message_ids", [call.params.get("message_id")]))
    assert set(recent) <= deleted
    assert not set(old) & deleted
    assert await harness.runtime.database.fetch_all("SELECT * FROM member_preferences") == []
    assert await harness.runtime.database.fetch_all("SELECT * FROM alert_subscriptions") == []
    assert await queued_for(harness, 50001) == []
    assert (
        await harness.runtime.database.fetch_all(
            "SELECT * FROM message_ledger WHERE chat_key = ?",
            (harness.runtime.ledger.chat_key(50001),),
        )
        == []
    )
    replies = await person.send("/start")
    assert t("people-welcome") in replies[-1].text  # English again: nothing remembered


async def test_the_neutral_mark_deletes_itself(harness):
    person = harness.person(50002)
    await person.send("/exit")
    mark = harness.emulator.bot_messages(50002)[-1]
    assert mark.text == harness.runtime.translator.format("en", "exit-done")
    (job,) = [j for j in harness.app.job_queue.jobs() if j.callback.__name__ == "delete_mark"]
    await job.run(harness.app)
    assert harness.emulator.bot_messages(50002) == []


async def test_a_peer_may_keep_the_role_or_leave_it(harness):
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    keeper = await make_peer(harness, lead, 50101, "Keeper")
    leaver = await make_peer(harness, lead, 50102, "Leaver")
    for peer in (keeper, leaver):
        await later(harness, note_to(peer.chat_id, "en", "alerts-waiting"))
    replies = await keeper.send("/exit")
    assert replies[-1].text == t("exit-keep-role-ask")
    await keeper.tap(t("exit-keep-role"))
    await leaver.send("/exit")
    await leaver.tap(t("exit-leave-role"))
    people = harness.runtime.people
    assert (await people.identify(50101, "en")).alias == "Keeper"
    assert (await people.identify(50102, "en")).person_id is None
    assert [r[0] for r in await queued_for(harness, 50101)] == ["team"]  # still on the team
    assert await queued_for(harness, 50102) == []  # left it: nothing queued keeps the chat id


async def test_a_peer_who_quick_exits_mid_report_is_not_carried_on_into_it(harness):
    """Issue 9: after a quick exit in the middle of a flow, "hello" started nothing old."""
    t = harness.runtime.translator.for_locale("en")
    await directory_store.upsert_area(harness.runtime.database, "e", "Eastside", 0.0, 0.0)
    lead = await make_lead(harness)
    peer = await make_peer(harness, lead, 50301)
    await peer.send("/start")
    await peer.tap(t("menu-team-tools"))
    await peer.tap(t("menu-report-danger"))
    await peer.tap(t("alerts-kind", kind="police"))
    await peer.tap("Eastside")
    replies = await peer.tap(t("alerts-when", when="today"))
    assert replies[-1].text == t("alerts-report-describe")  # waiting for the description
    await peer.send("/exit")
    replies = await peer.send("hello")  # before even answering the exit's question
    assert replies[-1].text == t("common-use-buttons")
    await peer.tap(t("exit-keep-role"))
    replies = await peer.send("hello")
    assert replies[-1].text == t("common-use-buttons")
    replies = await peer.tap_data(SendReport().pack())  # the old form's button, replayed
    assert replies[-1].text == t("alerts-form-closed")  # issue 10.10: never "sent"
    assert await harness.runtime.database.fetch_all("SELECT * FROM safety_alerts") == []


async def test_a_member_who_quick_exits_while_asked_for_a_code_is_not_carried_on(harness):
    t = harness.runtime.translator.for_locale("en")
    person = harness.person(50401)
    replies = await person.send("/join")
    assert replies[-1].text == t("people-join-ask-code")
    await person.send("/exit")
    replies = await person.send("hello")
    assert replies[-1].text == t("common-use-buttons")
    assert (await viewer_of(harness, person)).person_id is None


async def test_the_hourly_purge_drops_ledger_rows_past_48_hours(harness, clock):
    person = harness.person(50201)
    await person.send("/start")
    db = harness.runtime.database
    (job,) = harness.app.job_queue.get_jobs_by_name("message ledger purge")
    await job.run(harness.app)
    assert await db.fetch_all("SELECT * FROM message_ledger") != []  # under 48 hours: kept
    clock.advance(hours=49)
    await job.run(harness.app)
    assert await db.fetch_all("SELECT * FROM message_ledger") == []


async def test_the_purge_job_is_registered_once_across_restarts(harness):
    await harness.restart()
    assert len(harness.app.job_queue.get_jobs_by_name("message ledger purge")) == 1


def deleted_ids(harness) -> set[int]:
    deleted: set[int] = set()
    for call in harness.emulator.calls_to("deleteMessages", "deleteMessage"):
        deleted |= set(call.params.get("message_ids", [call.params.get("message_id")]))
    return deleted


async def ledger_ids(harness, chat_id: int) -> set[int]:
    rows = await harness.runtime.database.fetch_all(
        "SELECT message_id FROM message_ledger WHERE chat_key = ?",
        (harness.runtime.ledger.chat_key(chat_id),),
    )
    return {r[0] for r in rows}


async def test_message_ids_reach_the_database_within_a_second(harness):
    """Issue 10.1: a crash (no shutdown at all) loses at most the last second of the ledger."""
    person = harness.person(50501)
    await person.send("/start")
    await person.send("hello")
    shown = {m.message_id for m in person.conversation()}
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 1.0
    while not shown <= await ledger_ids(harness, 50501):
        assert loop.time() < deadline, "message ids still only in memory after a second"
        await asyncio.sleep(0.05)


async def test_a_restart_between_the_conversation_and_the_exit_loses_no_message(harness):
    """Issue 10.1: a restart a moment after a conversation; the exit still deletes all of it."""
    person = harness.person(50502)
    await person.send("/start")
    for _ in range(3):
        await person.send("hello")
    before = {m.message_id for m in person.conversation()}
    await harness.restart()
    await person.send("/exit")
    assert before <= deleted_ids(harness)
    assert all(m.deleted for m in person.conversation() if m.message_id in before)


async def publish_a_notice(harness, area: int) -> None:
    lead_viewer = await harness.runtime.people.identify(7001, "en")
    alerts = harness.runtime.alerts
    alert = await alerts.submit(lead_viewer, AlertKind.ROBBERY, area, Happened.TODAY, "Bags taken.")
    await alerts.publish(lead_viewer, alert)
    await harness.drain_outbox()


async def test_after_a_members_quick_exit_no_row_and_no_byte_holds_their_chat_id(harness):
    """Issue 10.2: language, subscription, a notice received and a conversation, then the exit:
    no table holds the chat id or its hashes, and neither do the file bytes as the bot left them."""
    database = harness.runtime.database
    area = await directory_store.upsert_area(database, "h", "Harbour", 0.0, 0.0)
    await make_lead(harness)
    person = harness.person(MEMBER_ID, language_code="en")
    await person.send("/language")
    await person.tap("Français")
    await person.send("/alerts")
    await person.tap("☐ Harbour")
    await publish_a_notice(harness, area)
    await person.send("/start")
    assert await rows_holding(harness.runtime, MEMBER_ID)  # the scan sees what is kept
    await person.send("/exit")
    assert await rows_holding(harness.runtime, MEMBER_ID) == []
    assert bytes_holding(harness.runtime, harness.settings.database_path, MEMBER_ID) == []


async def test_a_peer_who_leaves_their_role_leaves_no_trace_and_a_keeper_only_the_account(
    harness,
):
    """Issue 10.2: a peer who chose a language as a member before joining, then quick-exits and
    leaves the role, leaves nothing; one who keeps the role keeps only the team account."""
    t = harness.runtime.translator.for_locale("en")
    lead = await make_lead(harness)
    area = await directory_store.upsert_area(harness.runtime.database, "h", "Harbour", 0.0, 0.0)
    people = {}
    for chat_id in (PEER_ID, KEEPER_ID):
        member = harness.person(chat_id)
        await member.send("/language")
        await member.tap("Kiswahili")  # as a member: kept under a hash of the chat id
        await member.send("/language")
        await member.tap("English")
        people[chat_id] = await make_peer(harness, lead, chat_id, f"Peer {chat_id % 10}")
        await people[chat_id].send("/alerts")
        await people[chat_id].tap("☐ Harbour")
    await publish_a_notice(harness, area)
    await people[KEEPER_ID].send("/exit")
    await people[KEEPER_ID].tap(t("exit-keep-role"))
    await people[PEER_ID].send("/exit")
    await people[PEER_ID].tap(t("exit-leave-role"))
    assert set(await rows_holding(harness.runtime, KEEPER_ID)) == {("people", "telegram_id")}
    assert await rows_holding(harness.runtime, PEER_ID) == []
    assert bytes_holding(harness.runtime, harness.settings.database_path, PEER_ID) == []
