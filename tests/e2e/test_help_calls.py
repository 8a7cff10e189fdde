"""Calls for help on outreach sessions through the emulator (issue 11 §1): a peer's "🆘 I need
help" reaches the other peers on the session, the area's leads and the planning lead at once;
the first "I'm on it" is told to the peer and the others; nobody answering brings in every
admin and lead, again up to three more times; a restart loses nothing; a shared location goes
straight to the people alerted and is kept nowhere; a forged answer changes nothing; the lead's
alert about a peer who did not check out has the same answers and escalation."""

from __future__ import annotations

import logging
from datetime import date, time, timedelta

import pytest

from bot.handlers.help.buttons import AnswerCall, AnswerMissed, CallForHelp, ShareLocation
from bot.handlers.help.letters import WATCH_JOB
from bot.handlers.outreach.buttons import AnswerInvitation, CheckOnSession, MySession
from bot.help.model import Answer
from bot.outreach.model import Check, SessionKind, SessionPlan
from bot.people import Role
from storage import directory as directory_store
from storage import people as people_store
from tests.builders import texts_to, viewer_of
from tests.conftest import BotHarness, settings_for

LOCALES = ("en", "fr", "ar", "sw", "es")


@pytest.fixture
async def team(emulator, clock, tmp_path):
    """Harbour and Hill; the planning lead (no area), a lead placed in Harbour, one in Hill,
    peers 0-1 on the session, peer 2 not on it, and the admin (who has used the bot)."""
    settings = settings_for(emulator, tmp_path / "bot.db", TIMEZONE="Africa/Dar_es_Salaam")
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    db = bot.runtime.database
    bot.harbour = await directory_store.upsert_area(db, "harbour", "Harbour", -6.80, 39.28)
    bot.hill = await directory_store.upsert_area(db, "hill", "Hill", -6.85, 39.20)
    await bot.admin().send("/start")
    bot.lead = await member(bot, 7001, Role.LEAD, "Coordinator K")
    bot.harbour_lead = await member(bot, 7002, Role.LEAD, "Harbour Lead", bot.harbour)
    bot.hill_lead = await member(bot, 7003, Role.LEAD, "Hill Lead", bot.hill)
    bot.peers = [await member(bot, 7200 + i, Role.PEER, f"Peer {i}") for i in range(3)]
    try:
        yield bot
    finally:
        await bot.stop()


async def member(bot, user_id: int, role: Role, alias: str, area: int | None = None):
    """A team member made directly (joining by invite is tested elsewhere), who has a chat with
    the bot."""
    people = bot.runtime.people
    await people.grant_role_directly(user_id, role, alias, "2026-03-01")
    if area is not None:
        person_id = (await people.identify(user_id, "en")).person_id
        await people_store.save_area(bot.runtime.database, person_id, area)
    person = bot.person(user_id)
    await person.send("/start")
    return person


async def session_with_two_peers(bot):
    """Wednesday 4 March 14:00-16:00 local (11:00-13:00 UTC) in Harbour, peers 0 and 1 on it."""
    lead = await viewer_of(bot, bot.lead)
    plan = SessionPlan(
        SessionKind.OUTREACH_WALK, bot.harbour, date(2026, 3, 4), time(14, 0), 120, 2, "", None
    )
    (session,) = await bot.runtime.outreach.schedule(lead, plan)
    chosen = bot.peers[:2]
    ids = [(await viewer_of(bot, p)).person_id for p in chosen]
    await bot.runtime.outreach.invite(lead, session.id, ids)
    for peer in chosen:
        await peer.tap_data(AnswerInvitation(session.id, True).pack())
    return session


async def watch(bot):
    """One round of the help watch job, then the outbox sends what it queued."""
    (job,) = bot.app.job_queue.get_jobs_by_name(WATCH_JOB)
    await job.run(bot.app)
    await bot.drain_outbox()
    await bot.emulator.wait_idle()


async def call_from_mine(bot, peer) -> None:
    t = bot.runtime.translator.for_locale("en")
    await peer.send("/mine")
    await peer.tap(t("help-sos-button"))
    await bot.drain_outbox()


def sos_texts(bot, person) -> list[str]:
    return [text for text in texts_to(bot, person) if text.startswith("🆘")]


async def alarm_row(bot):
    return await bot.runtime.database.fetch_one(
        "SELECT id, acked_by, escalations, closed_at, outcome FROM help_alarms"
    )


async def test_the_button_shows_from_an_hour_before_to_the_end_plus_the_grace(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    peer = team.peers[0]

    def has_call(replies) -> bool:
        return any(label == t("help-sos-button") for m in replies for label, _ in m.buttons())

    clock.current = session.starts_at - timedelta(hours=1, minutes=1)
    assert not has_call(await peer.send("/mine"))
    assert not has_call(await peer.tap_data(MySession(session.id).pack()))
    clock.current = session.starts_at - timedelta(minutes=59)
    assert has_call(await peer.send("/mine"))
    assert has_call(await peer.tap_data(MySession(session.id).pack()))
    clock.current = session.ends_at + timedelta(minutes=30)
    assert has_call(await peer.tap_data(MySession(session.id).pack()))
    clock.current = session.ends_at + timedelta(minutes=31)
    assert not has_call(await peer.tap_data(MySession(session.id).pack()))
    # Someone not on the session never sees it.
    clock.current = session.starts_at
    assert not has_call(await team.peers[2].send("/mine"))


async def test_an_sos_reaches_everyone_on_call_and_the_first_on_it_is_told_to_all(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    clock.current = session.starts_at + timedelta(minutes=20)
    caller, other = team.peers[:2]
    await call_from_mine(team, caller)
    assert caller.replies()[0].text == t("help-sos-sent", count=3)

    letter = "🆘 Peer 0 needs help now: Wednesday 4 March 14:00, Harbour."
    reached = (other, team.lead, team.harbour_lead)
    for person in reached:
        (message,) = [
            m for m in team.emulator.bot_messages(person.user.id) if m.text.startswith("🆘")
        ]
        assert message.text.startswith(letter) and message.protect_content
        assert [label for label, _ in message.buttons()] == [
            t("help-on-it"),
            t("help-they-are-safe"),
        ]
    for person in (team.hill_lead, team.peers[2], team.admin()):
        assert sos_texts(team, person) == []  # not on call for this session

    await other.tap(t("help-on-it"))
    assert other.answer()["text"] == t("help-on-it-thanks")
    await team.drain_outbox()
    assert texts_to(team, caller)[-1] == t("help-answered-on-it-you", responder="Peer 1")
    told = "✅ Peer 1 is on it: Peer 0, Wednesday 4 March 14:00, Harbour."
    for person in (team.lead, team.harbour_lead):
        assert texts_to(team, person)[-1] == told
    assert told not in texts_to(team, other)  # who answered is not told their own answer

    # A second "I'm on it" is told who was first and changes nothing.
    await team.harbour_lead.tap(t("help-on-it"))
    assert team.harbour_lead.answer()["text"] == t("help-already-on-it", responder="Peer 1")
    row = await alarm_row(team)
    assert row["acked_by"] == (await viewer_of(team, other)).person_id

    # "They are safe now" closes the call; the caller hears it and can call again.
    await team.lead.tap(t("help-they-are-safe"))
    await team.drain_outbox()
    assert texts_to(team, caller)[-1] == t("help-answered-safe-you", responder="Coordinator K")
    row = await alarm_row(team)
    assert row["closed_at"] is not None and row["outcome"] == "safe"


async def test_the_letters_speak_each_recipients_language(emulator, clock, tmp_path):
    settings = settings_for(emulator, tmp_path / "bot.db", TIMEZONE="Africa/Dar_es_Salaam")
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    try:
        db = bot.runtime.database
        bot.harbour = await directory_store.upsert_area(db, "harbour", "Harbour", -6.8, 39.28)
        bot.lead = await member(bot, 7001, Role.LEAD, "Coordinator K")
        bot.peers = []
        for i, locale in enumerate(LOCALES):
            peer = await member(bot, 7300 + i, Role.PEER, f"Peer {i}")
            await people_store.save_person_locale(
                db, (await viewer_of(bot, peer)).person_id, locale
            )
            bot.peers.append(peer)
        lead = await viewer_of(bot, bot.lead)
        plan = SessionPlan(
            SessionKind.OUTREACH_WALK, bot.harbour, date(2026, 3, 4), time(14, 0), 120, 5, "", None
        )
        (session,) = await bot.runtime.outreach.schedule(lead, plan)
        ids = [(await viewer_of(bot, p)).person_id for p in bot.peers]
        await bot.runtime.outreach.invite(lead, session.id, ids)
        for peer in bot.peers:
            await peer.tap_data(AnswerInvitation(session.id, True).pack())
        clock.current = session.starts_at
        caller = bot.peers[0]
        await caller.tap_data(CallForHelp(session.id).pack())
        await bot.drain_outbox()
        zone = bot.runtime.settings.timezone
        from bot.handlers.help.screens import when_where

        for peer, locale in zip(bot.peers[1:], LOCALES[1:], strict=True):
            t = bot.runtime.translator.for_locale(locale)
            expected = t(
                "help-sos-letter", alias="Peer 0", **{"when-where": when_where(session, zone, t)}
            )
            letter = bot.emulator.bot_messages(peer.user.id)[-1]
            assert letter.text == expected, locale
            assert [label for label, _ in letter.buttons()] == [
                t("help-on-it"),
                t("help-they-are-safe"),
            ]
        await bot.peers[4].tap(bot.runtime.translator.for_locale("es")("help-on-it"))
        await bot.drain_outbox()
        for peer, locale in zip(bot.peers[1:4], LOCALES[1:4], strict=True):
            t = bot.runtime.translator.for_locale(locale)
            place = when_where(session, zone, t)
            expected = t(
                "help-answered-on-it", responder="Peer 4", alias="Peer 0", **{"when-where": place}
            )
            assert texts_to(bot, peer)[-1] == expected, locale
    finally:
        await bot.stop()


async def test_nobody_on_it_brings_in_every_admin_and_lead_up_to_four_rounds(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    clock.current = session.starts_at
    await call_from_mine(team, team.peers[0])
    admin = team.admin()
    escalation = "🆘 Nobody has answered yet. Peer 0 asked for help at 14:00"
    clock.advance(minutes=4, seconds=59)
    await watch(team)
    assert not any(text.startswith(escalation) for text in texts_to(team, admin))
    for _ in range(6):
        clock.advance(minutes=5)
        await watch(team)
    for person in (admin, team.hill_lead, team.lead, team.harbour_lead):
        rounds = [text for text in texts_to(team, person) if text.startswith(escalation)]
        assert len(rounds) == 4, person.user.id  # alerted, then re-sent three times
    assert not any(text.startswith(escalation) for text in texts_to(team, team.peers[2]))
    assert (await alarm_row(team))["escalations"] == 4

    # Anyone the escalation reached may answer; the others hear it.
    await team.hill_lead.tap(t("help-on-it"))
    await team.drain_outbox()
    assert texts_to(team, team.peers[0])[-1] == t("help-answered-on-it-you", responder="Hill Lead")
    assert texts_to(team, admin)[-1].startswith("✅ Hill Lead is on it: Peer 0")


async def test_an_answer_stops_the_escalation(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    clock.current = session.starts_at
    await call_from_mine(team, team.peers[0])
    clock.advance(minutes=6)
    await watch(team)
    assert len(sos_texts(team, team.admin())) == 1
    await team.peers[1].tap(t("help-on-it"))
    for _ in range(3):
        clock.advance(minutes=5)
        await watch(team)
    assert len(sos_texts(team, team.admin())) == 1


async def test_a_call_and_its_escalation_survive_a_restart(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    clock.current = session.starts_at
    await call_from_mine(team, team.peers[0])
    await team.stop()
    clock.advance(minutes=7)  # the escalation fell due while the bot was down
    await team.start()
    await team.drain_outbox()
    await team.emulator.wait_idle()
    assert any(
        text.startswith("🆘 Nobody has answered yet") for text in texts_to(team, team.admin())
    )
    # The buttons of letters sent before the restart still work.
    await team.peers[1].tap(t("help-on-it"))
    assert team.peers[1].answer()["text"] == t("help-on-it-thanks")
    await team.restart()
    await team.drain_outbox()
    assert texts_to(team, team.peers[0])[-1] == t("help-answered-on-it-you", responder="Peer 1")
    # A second tap on "I need help" after the restart shows the open call, it does not re-send.
    await team.peers[0].tap_data(CallForHelp(session.id).pack())
    assert team.peers[0].replies()[0].text == t("help-sos-open-on-it", responder="Peer 1")
    count = await team.runtime.database.fetch_one("SELECT count(*) FROM help_alarms")
    assert count[0] == 1


async def test_a_shared_location_goes_straight_to_the_people_alerted_and_is_kept_nowhere(
    team, clock, caplog, tmp_path
):
    caplog.set_level(logging.DEBUG)
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    clock.current = session.starts_at
    caller = team.peers[0]
    await call_from_mine(team, caller)
    ask = caller.replies()[-1]
    assert ask.text == t("help-location-ask")
    replies = await caller.share_location(-6.812345, 39.287654)
    assert replies[-1].text == t("help-location-sent", count=3)
    sent = team.emulator.calls_to("sendLocation")
    assert {c.params["chat_id"] for c in sent} == {
        p.user.id for p in (team.peers[1], team.lead, team.harbour_lead)
    }
    assert all(c.params.get("protect_content") for c in sent)
    assert all(abs(float(c.params["latitude"]) + 6.812345) < 1e-6 for c in sent)
    # The location is gone from the peer's chat, and from the disk and the log.
    shared = [m for m in caller.conversation() if m.content.get("location")]
    assert shared and all(m.deleted for m in shared)
    database = team.runtime.database
    await database.checkpoint()
    path = tmp_path / "bot.db"
    stored = b"".join(p.read_bytes() for p in path.parent.glob("bot.db*"))
    for form in (b"6.812345", b"39.287654", b"812345", b"287654"):
        assert form not in stored
    assert "812345" not in caplog.text and "287654" not in caplog.text
    everyone = (*team.peers, team.lead, team.harbour_lead)
    assert not [p for p in everyone if str(p.user.id) in caplog.text]
    assert "Peer 0" not in caplog.text
    # The caller can share it again from the status screen; nobody else can.
    (alarm_id,) = (await alarm_row(team))[:1]
    await team.peers[1].tap_data(ShareLocation(alarm_id).pack())
    assert team.peers[1].answer()["text"] == t("common-no-longer-available")


async def test_forged_answers_and_calls_from_anyone_else_change_nothing(team, clock, caplog):
    caplog.set_level(logging.INFO)
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    clock.current = session.starts_at
    await call_from_mine(team, team.peers[0])
    alarm_id = (await alarm_row(team))["id"]
    outsider = team.peers[2]  # a peer, not on the session, not alerted
    await outsider.send("/start")
    others = (team.peers[1], team.lead, team.harbour_lead, team.hill_lead, team.admin())
    seen = {p.user.id: len(team.emulator.bot_messages(p.user.id)) for p in others}
    for data in (
        AnswerCall(alarm_id, Answer.ON_IT).pack(),
        AnswerCall(alarm_id, Answer.SAFE).pack(),
        AnswerCall(alarm_id + 1, Answer.ON_IT).pack(),
        AnswerMissed(
            session.id, (await viewer_of(team, team.peers[0])).person_id, Answer.ON_IT
        ).pack(),
        CallForHelp(session.id).pack(),  # not on the session
        ShareLocation(alarm_id).pack(),
    ):
        await outsider.tap_data(data)
        assert outsider.answer()["text"] == t("common-no-longer-available"), data
    # The caller cannot say "I'm on it" to their own call.
    await team.peers[0].tap_data(AnswerCall(alarm_id, Answer.ON_IT).pack())
    assert team.peers[0].answer()["text"] == t("common-no-longer-available")
    await team.drain_outbox()
    row = await alarm_row(team)
    assert row["acked_by"] is None and row["closed_at"] is None
    assert {p.user.id: len(team.emulator.bot_messages(p.user.id)) for p in others} == seen
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_the_missed_check_out_alert_has_the_answers_and_escalates(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    first, second = team.peers[:2]
    clock.current = session.ends_at
    await second.tap_data(CheckOnSession(session.id, Check.OUT).pack())
    clock.current = session.ends_at + timedelta(minutes=31)
    (reminders,) = team.app.job_queue.get_jobs_by_name("outreach reminders")
    await reminders.run(team.app)
    await team.drain_outbox()
    # "Are you safe?" carries "I need help" too.
    ask = [
        m for m in team.emulator.bot_messages(first.user.id) if m.text == t("outreach-safety-check")
    ]
    assert t("help-sos-button") in [label for label, _ in ask[-1].buttons()]
    clock.advance(minutes=16)
    await reminders.run(team.app)
    await team.drain_outbox()
    alert = team.emulator.bot_messages(team.lead.user.id)[-1]
    assert alert.text.startswith("Peer 0 has not answered after the session")
    assert [label for label, _ in alert.buttons()][:2] == [t("help-on-it"), t("help-they-are-safe")]
    await watch(team)  # the call is opened from the alert
    clock.advance(minutes=5)
    await watch(team)
    escalation = "⚠️ Nobody has answered yet. Peer 0 did not check out"
    assert any(text.startswith(escalation) for text in texts_to(team, team.admin()))
    assert any(text.startswith(escalation) for text in texts_to(team, team.hill_lead))
    # The lead answers under the first alert; the others alerted hear it.
    await team.lead.tap(t("help-on-it"))
    assert team.lead.answer()["text"] == t("help-on-it-thanks")
    await team.drain_outbox()
    assert texts_to(team, team.admin())[-1].startswith("✅ Coordinator K is on it: Peer 0")
    clock.advance(minutes=10)
    await watch(team)
    assert len([x for x in texts_to(team, team.admin()) if x.startswith(escalation)]) == 1
    # The peer checks out after all: the call closes and the others hear of it.
    await first.tap_data(CheckOnSession(session.id, Check.OUT).pack())
    await watch(team)
    assert texts_to(team, team.admin())[-1] == t(
        "help-answered-checked-out",
        alias="Peer 0",
        **{"when-where": "Wednesday 4 March 14:00, Harbour"},
    )
    row = await alarm_row(team)
    assert row["outcome"] == "safe"


async def test_a_call_nobody_on_the_session_can_receive_goes_to_every_lead_at_once(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    for person in (team.peers[1], team.lead, team.harbour_lead):
        await team.runtime.people.mark_unreachable(person.user.id)
    clock.current = session.starts_at
    await call_from_mine(team, team.peers[0])
    assert team.peers[0].replies()[0].text == t("help-sos-nobody")
    await team.emulator.wait_idle()
    # No wait for the escalation time, nor for the next look of the watch job.
    for person in (team.admin(), team.hill_lead):
        assert any(x.startswith("🆘 Nobody has answered yet") for x in texts_to(team, person))


async def test_a_call_from_are_you_safe_after_the_session_and_the_peers_own_safe_now(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    first = team.peers[0]
    clock.current = session.ends_at + timedelta(minutes=31)
    (reminders,) = team.app.job_queue.get_jobs_by_name("outreach reminders")
    await reminders.run(team.app)
    await team.drain_outbox()
    clock.advance(minutes=5)  # past the session's screen's window: the letter's button still works
    await first.tap(t("help-sos-button"))
    await team.drain_outbox()
    assert first.replies()[0].text == t("help-sos-sent", count=3)
    assert sos_texts(team, team.peers[1])[-1].startswith("🆘 Peer 0 needs help now")
    await first.tap(t("help-safe-myself"))
    assert first.replies()[-1].text == t("help-safe-myself-done")
    await team.drain_outbox()
    said = "✅ Peer 0 says they are safe now: Wednesday 4 March 14:00, Harbour."
    for person in (team.peers[1], team.lead, team.harbour_lead):
        assert texts_to(team, person)[-1] == said
    assert (await alarm_row(team))["outcome"] == "safe"
    # Long after, the team is not called from here any more; other help is offered.
    clock.current = session.ends_at + timedelta(days=2)
    await first.tap_data(CallForHelp(session.id).pack())
    assert first.replies()[0].text == t("help-sos-over")


async def test_a_live_location_is_not_used_and_the_peer_is_asked_for_a_single_one(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    clock.current = session.starts_at
    caller = team.peers[0]
    await call_from_mine(team, caller)
    replies = await caller.share_location(-6.8, 39.28, live_period=900)
    assert replies[-1].text == t("help-live-location")
    keyboard = replies[-1].reply_markup["keyboard"]
    assert keyboard == [[{"text": t("help-share-location"), "request_location": True}]]
    assert team.emulator.calls_to("sendLocation") == []
    assert all(m.deleted for m in caller.conversation() if m.content.get("location"))
    replies = await caller.share_location(-6.8, 39.28)  # still waiting for one
    assert replies[-1].text == t("help-location-sent", count=3)
    assert len(team.emulator.calls_to("sendLocation")) == 3
