"""The alerts domain on a real database: who may report and vet, publishing queues one outbox
letter per subscriber in the same transaction, rejection keeps a scrubbed reason, notices stop
once an alert expires, and unsubscribing leaves no chat id behind."""

from __future__ import annotations

from collections.abc import AsyncIterator
from zoneinfo import ZoneInfo

import pytest

from bot.common.outbox import Priority, Purpose
from bot.common.refusal import NotAllowed
from bot.people import Role, Viewer
from bot.safety.alerts import (
    NOTICE_LETTER,
    REJECTED_LETTER,
    AlertKind,
    Alerts,
    Happened,
    clean_description,
    rejection_to,
)
from storage import Database, find_migrations
from storage import directory as directory_store
from storage import outbox as outbox_store
from storage import people as people_store
from tests.conftest import Clock

NOW = Clock().current  # the shared test clock's start: Monday 2 March 2026, 09:00 UTC


@pytest.fixture
async def db(tmp_path) -> AsyncIterator[Database]:
    async with await Database.open(tmp_path / "alerts.db") as database:
        yield database


@pytest.fixture
def alerts(db, clock) -> Alerts:
    return Alerts(db, ZoneInfo("Africa/Nairobi"), clock, "TZ")


async def person(db: Database, telegram_id: int, role: Role, area_id: int | None = None) -> Viewer:
    await people_store.upsert_person(
        db, telegram_id, role.value, f"Alias {telegram_id}", "2026-01-01"
    )
    row = await people_store.find_active(db, telegram_id)
    assert row is not None
    return Viewer(telegram_id, role, "en", row.alias, row.person_id, area_id=area_id)


@pytest.fixture
async def east(db) -> int:
    return await directory_store.upsert_area(db, "east", "Eastside", None, None)


@pytest.fixture
async def west(db) -> int:
    return await directory_store.upsert_area(db, "west", "Westside", None, None)


async def reported(db, alerts: Alerts, area: int, text: str = "Grey car near the market") -> int:
    peer = await person(db, 500, Role.PEER)
    return await alerts.submit(peer, AlertKind.POLICE, area, Happened.TODAY, text)


async def queued(db: Database) -> list[dict]:
    rows = await db.fetch_all(
        "SELECT chat_id, locale, kind, args, words, purpose, priority, dedupe FROM outbox"
        " ORDER BY chat_id"
    )
    return [dict(r) for r in rows]


async def test_anyone_reports_and_only_leads_vet(db, alerts, east):
    member = Viewer(1, Role.MEMBER, "en")
    peer = await person(db, 2, Role.PEER)
    for who in (member, peer):
        with pytest.raises(NotAllowed):
            await alerts.submit(who, AlertKind.POLICE, east, Happened.TODAY, "")
    from_member = await alerts.submit(member, AlertKind.POLICE, east, Happened.TODAY, "x")
    alert_id = await alerts.submit(peer, AlertKind.POLICE, east, Happened.TODAY, "Checks")
    rows = await db.fetch_all("SELECT id, submitted_by FROM safety_alerts ORDER BY id")
    assert [tuple(r) for r in rows] == [(from_member, None), (alert_id, peer.person_id)]
    for who in (member, peer):
        with pytest.raises(NotAllowed):
            await alerts.waiting(who)
        with pytest.raises(NotAllowed):
            await alerts.publish(who, alert_id)
    assert await queued(db) == []


async def test_a_member_reports_a_few_times_a_day_and_the_team_without_a_limit(
    db, alerts, east, clock
):
    member, other = Viewer(1, Role.MEMBER, "en"), Viewer(3, Role.MEMBER, "en")
    peer = await person(db, 2, Role.PEER)
    for _ in range(3):
        assert alerts.may_report(member)
        await alerts.submit(member, AlertKind.ROBBERY, east, Happened.TODAY, "Phone taken")
    assert not alerts.may_report(member)
    with pytest.raises(NotAllowed):
        await alerts.submit(member, AlertKind.ROBBERY, east, Happened.TODAY, "Again")
    assert alerts.may_report(other) and alerts.may_report(peer)
    for _ in range(4):
        await alerts.submit(peer, AlertKind.ROBBERY, east, Happened.TODAY, "Peer saw it")
    clock.advance(days=1)
    assert alerts.may_report(member)  # a new day, a new key: yesterday's counts are gone


async def test_a_lead_vets_only_their_areas_alerts(db, alerts, east, west):
    alert_id = await reported(db, alerts, east)
    western = await person(db, 10, Role.LEAD, area_id=west)
    eastern = await person(db, 11, Role.LEAD, area_id=east)
    anywhere = await person(db, 12, Role.LEAD)
    assert await alerts.waiting(western) == []
    assert [a.id for a in await alerts.waiting(eastern)] == [alert_id]
    assert [a.id for a in await alerts.waiting(anywhere)] == [alert_id]
    with pytest.raises(NotAllowed):
        await alerts.vettable(western, alert_id)
    with pytest.raises(NotAllowed):
        await alerts.reject(western, alert_id, "no")
    assert (await alerts.vettable(eastern, alert_id)).area_name == "Eastside"
    with pytest.raises(NotAllowed):
        await alerts.vettable(eastern, alert_id + 1)  # no such alert


async def test_publishing_queues_one_broadcast_letter_per_subscriber_of_the_area(
    db, alerts, east, west
):
    await alerts.subscribe(61, [east], "fr")
    await alerts.subscribe(62, [east, west], "en")
    await alerts.subscribe(63, [west], "sw")
    alert_id = await reported(db, alerts, east)
    lead = await person(db, 10, Role.LEAD)
    assert await alerts.publish(lead, alert_id, "Edited: stay in pairs") == 2
    args = f'{{"alert": {alert_id}}}'
    assert await queued(db) == [
        {
            "chat_id": 61,
            "locale": "fr",
            "kind": NOTICE_LETTER,
            "args": args,
            "words": None,
            "purpose": Purpose.ALERTS.value,
            "priority": int(Priority.BROADCAST),
            "dedupe": f"alert:{alert_id}:61",
        },
        {
            "chat_id": 62,
            "locale": "en",
            "kind": NOTICE_LETTER,
            "args": args,
            "words": None,
            "purpose": Purpose.ALERTS.value,
            "priority": int(Priority.BROADCAST),
            "dedupe": f"alert:{alert_id}:62",
        },
    ]
    (notice,) = await alerts.active([east])
    assert notice.description == "Edited: stay in pairs" and notice.expires_on == "2026-03-16"
    with pytest.raises(NotAllowed):  # a second tap, or another lead a moment later
        await alerts.publish(lead, alert_id)
    assert len(await queued(db)) == 2


async def test_publishing_with_no_subscribers_queues_nothing(db, alerts, east):
    alert_id = await reported(db, alerts, east)
    assert await alerts.publish(await person(db, 10, Role.LEAD), alert_id) == 0
    assert await queued(db) == []


async def test_a_rejection_keeps_a_scrubbed_reason_and_its_letter_carries_none_of_it(
    db, alerts, east
):
    alert_id = await reported(db, alerts, east)
    lead = await person(db, 10, Role.LEAD)
    alert = await alerts.reject(lead, alert_id, "Too vague; call me on +255 712 345 678")
    assert alert.state == "rejected"
    assert alert.reason is not None and "712" not in alert.reason
    assert alert.reason.startswith("Too vague; call me on")
    letter = rejection_to(500, "en", alert_id)
    assert letter.kind == REJECTED_LETTER and letter.purpose is Purpose.TEAM
    # Issue 10.5: the reason is read after a tap, from the alert; the letter holds only its id.
    assert letter.args == {"alert": alert_id} and letter.words is None
    with pytest.raises(NotAllowed):
        await alerts.publish(lead, alert_id)  # rejected is final
    assert await alerts.notice(alert_id) is None


async def test_a_notice_is_sent_only_while_its_alert_is_active(db, alerts, clock, east):
    alert_id = await reported(db, alerts, east)
    assert await alerts.notice(alert_id) is None  # not published yet
    await alerts.publish(await person(db, 10, Role.LEAD), alert_id)
    assert (await alerts.notice(alert_id)).id == alert_id
    clock.advance(days=14)
    assert await alerts.notice(alert_id) is not None  # the last day
    clock.advance(days=1)
    assert await alerts.notice(alert_id) is None
    assert await alerts.active([east]) == []


async def test_unsubscribing_forgets_the_chat_in_subscriptions_and_queued_notices(db, alerts, east):
    await alerts.subscribe(61, [east], "en")
    alert_id = await reported(db, alerts, east)
    await alerts.publish(await person(db, 10, Role.LEAD), alert_id)
    outbox = [
        {
            "chat_id": 61,
            "locale": "en",
            "kind": "note",
            "args": {},
            "words": None,
            "purpose": Purpose.TEAM.value,
            "priority": 2,
            "not_before": NOW.isoformat(),
        },
    ]
    await outbox_store.enqueue(db, outbox)
    await alerts.unsubscribe(61)
    assert await alerts.areas_of(61) == []
    assert [r["purpose"] for r in await queued(db)] == [Purpose.TEAM.value]  # only the alerts'


async def test_a_notice_is_read_by_the_subscribers_of_its_area_while_it_is_active(
    db, alerts, clock, east, west
):
    await alerts.subscribe(61, [east], "en")
    await alerts.subscribe(62, [west], "en")
    alert_id = await reported(db, alerts, east)
    with pytest.raises(NotAllowed):
        await alerts.read(61, alert_id)  # not published yet
    await alerts.publish(await person(db, 10, Role.LEAD), alert_id)
    assert (await alerts.read(61, alert_id)).description == "Grey car near the market"
    for chat_id in (62, 63):  # another area's subscriber, someone not subscribed
        with pytest.raises(NotAllowed):
            await alerts.read(chat_id, alert_id)
    clock.advance(days=15)
    with pytest.raises(NotAllowed):
        await alerts.read(61, alert_id)  # expired


async def test_only_the_peer_who_reported_reads_why_it_was_not_sent(db, alerts, east):
    alert_id = await reported(db, alerts, east)
    reporter = await person(db, 500, Role.PEER)
    with pytest.raises(NotAllowed):
        await alerts.rejection(reporter, alert_id)  # not rejected (yet)
    lead = await person(db, 10, Role.LEAD)
    with pytest.raises(NotAllowed):
        await alerts.reject(lead, alert_id, "   ")  # a reason is needed
    await alerts.reject(lead, alert_id, "Not enough detail")
    assert (await alerts.rejection(reporter, alert_id)).reason == "Not enough detail"
    for someone in (lead, await person(db, 501, Role.PEER), Viewer(7, Role.MEMBER, "en")):
        with pytest.raises(NotAllowed):
            await alerts.rejection(someone, alert_id)


def test_descriptions_are_cleaned_scrubbed_and_bounded():
    assert clean_description("  Grey car\u200b, call 0712 345 678 ", "TZ") == "Grey car, call […]"
    assert len(clean_description("x" * 2000, None)) == 500


async def test_the_migration_moves_pending_deliveries_into_the_outbox(tmp_path):
    """Deliveries queued by the old send loop are not lost in an upgrade; finished ones go."""
    migrations = find_migrations()
    path = tmp_path / "old.db"
    async with await Database.open(path, migrations=migrations[:9]) as old:
        area = await directory_store.upsert_area(old, "east", "Eastside", None, None)
        async with old.transaction() as tx:
            await tx.execute(
                "INSERT INTO safety_alerts (kind, area_id, happened, description, state,"
                " created_on, published_on, expires_on) VALUES ('police', ?, 'today', 'x',"
                " 'published', '2026-03-02', '2026-03-02', '2026-03-16')",
                (area,),
            )
            await tx.executemany(
                "INSERT INTO alert_deliveries (alert_id, chat_id, locale, state) VALUES (1, ?, ?, ?)",
                [(61, "fr", "pending"), (62, "en", "sent"), (63, "en", "dropped")],
            )
    async with await Database.open(path) as upgraded:
        (row,) = await upgraded.fetch_all(
            "SELECT chat_id, locale, kind, args, purpose, priority, dedupe FROM outbox"
        )
        assert dict(row) == {
            "chat_id": 61,
            "locale": "fr",
            "kind": NOTICE_LETTER,
            "args": '{"alert":1}',
            "purpose": "alerts",
            "priority": int(Priority.BROADCAST),
            "dedupe": "alert:1:61",
        }
        tables = await upgraded.fetch_all("SELECT name FROM sqlite_master WHERE type = 'table'")
        assert "alert_deliveries" not in {t[0] for t in tables}
        claimed = await outbox_store.claim(upgraded, NOW.isoformat(), 10)
        assert [c["args"] for c in claimed] == [{"alert": 1}]  # due at once, and it decodes
