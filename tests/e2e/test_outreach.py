"""Outreach sessions through the emulator: planning, invitations and the waiting list, reminders
that survive restarts, safety check-ins, cancellations, reports, monthly figures, calendars."""

import logging
from datetime import date, time, timedelta

import icalendar
import pytest

from bot.handlers.outreach.buttons import (
    AnswerInvitation,
    CallArea,
    CancelSession,
    CheckOnSession,
    InvitePeer,
    MySession,
    OpenSession,
    PlanDay,
    PlanMonth,
    PlanStart,
    StartReport,
)
from bot.outreach.model import Check, SessionKind, SessionPlan
from storage import directory as directory_store
from tests.builders import make_lead, make_peer
from tests.conftest import BotHarness, settings_for


@pytest.fixture
async def team(emulator, clock, tmp_path):
    """A deployment on East African time with two areas, a lead and four peers."""
    settings = settings_for(emulator, tmp_path / "bot.db", TIMEZONE="Africa/Dar_es_Salaam")
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    db = bot.runtime.database
    bot.harbour = await directory_store.upsert_area(db, "harbour", "Harbour", -6.80, 39.28)
    await directory_store.upsert_area(db, "hill", "Hill", -6.85, 39.20)
    bot.lead = await make_lead(bot)
    bot.peers = [await make_peer(bot, bot.lead, 7200 + i, f"Peer {i}") for i in range(4)]
    try:
        yield bot
    finally:
        await bot.stop()


async def viewer(bot, person):
    return await bot.runtime.people.identify(person.user.id, "en")


async def plan(bot, day=date(2026, 3, 4), start=time(14, 0), peers=2, weeks=None):
    """A session planned through the domain (the UI is tested once, below)."""
    lead = await viewer(bot, bot.lead)
    plan = SessionPlan(SessionKind.OUTREACH_WALK, bot.harbour, day, start, 120, peers, "", weeks)
    return await bot.runtime.outreach.schedule(lead, plan)


async def run_reminders(bot):
    """One round of the reminder job, then the outbox sends what it queued."""
    (job,) = bot.app.job_queue.get_jobs_by_name("outreach reminders")
    await job.run(bot.app)
    await bot.drain_outbox()
    await bot.emulator.wait_idle()


def texts_to(bot, person) -> list[str]:
    return [m.text or "" for m in bot.emulator.bot_messages(person.user.id)]


async def test_a_lead_plans_by_buttons_and_invites_a_peer_who_confirms(team):
    t = team.runtime.translator.for_locale("en")
    lead = team.lead
    await lead.send("/start")
    await lead.tap(t("menu-team-tools"))
    await lead.tap(t("menu-plan"))
    await lead.tap(t("outreach-kind", kind="outreach-walk"))
    await lead.tap("Harbour")
    replies = await lead.tap("4")  # 4 March 2026, a Wednesday
    assert replies[-1].text == t("outreach-plan-start")
    await lead.tap("14:00")
    await lead.tap(t("outreach-minutes", hours="2"))
    await lead.tap("2")
    await lead.send("Meet at the bus stop")
    await lead.tap(t("outreach-repeat-once"))
    replies = await lead.tap(t("outreach-plan-save"))
    assert any(m.text == t("outreach-plan-saved", count=1) for m in replies)
    assert "Wednesday 4 March 14:00, Harbour" in replies[-1].text
    await lead.tap(t("outreach-invite-peers"))
    await lead.tap("Peer 0")
    invitation = texts_to(team, team.peers[0])[-1]
    assert invitation == "Invitation: Wednesday 4 March 14:00, Harbour (2 h). Can you come?"
    replies = await team.peers[0].tap(t("outreach-yes"))
    assert replies[-1].text == t("outreach-confirmed")


async def test_capacity_waiting_list_and_promotion_when_someone_declines(team):
    t = team.runtime.translator.for_locale("en")
    (session,) = await plan(team, peers=2)
    told = await team.runtime.outreach.invite(await viewer(team, team.lead), session.id, None)
    assert told == 0  # nobody is placed in Harbour yet: the open call reaches no one
    outreach = team.runtime.outreach
    await outreach.invite(
        await viewer(team, team.lead),
        session.id,
        [(await viewer(team, p)).person_id for p in team.peers[:3]],
    )
    first, second, third = team.peers[:3]
    for peer in (first, second, third):
        await peer.send("/start")
        await peer.tap_data(AnswerInvitation(session.id, True).pack())
    assert third.replies()[-1].text == t("outreach-waiting")
    await first.tap_data(AnswerInvitation(session.id, False).pack())
    assert first.replies()[-1].text == t("outreach-declined")
    assert texts_to(team, third)[-1].startswith("A place opened. You are on the list:")
    roster = {
        a.alias: a.status.value
        for a in await outreach.roster(await viewer(team, team.lead), session.id)
    }
    assert roster == {"Peer 0": "declined", "Peer 1": "confirmed", "Peer 2": "confirmed"}


async def test_a_forged_confirm_for_a_session_the_peer_is_not_on_changes_nothing(team):
    t = team.runtime.translator.for_locale("en")
    (session,) = await plan(team)
    outsider = team.peers[3]
    await outsider.send("/start")
    await outsider.tap_data(AnswerInvitation(session.id, True).pack())
    assert outsider.answer()["text"] == t("common-no-longer-available")
    for data in (
        CallArea(session.id).pack(),
        CancelSession(session.id, False).pack(),
        InvitePeer(session.id, 1).pack(),
        f"out:yes:{session.id}",  # the old shape of the button is not one we make any more
    ):
        await outsider.tap_data(data)
        assert outsider.answer()["text"] == t("common-no-longer-available")
    assert await team.runtime.outreach.roster(await viewer(team, team.lead), session.id) == []
    assert not (await team.runtime.outreach.session(session.id)).cancelled


async def confirmed_session(team, peers=2, **kwargs):
    (session,) = await plan(team, peers=peers, **kwargs)
    lead = await viewer(team, team.lead)
    chosen = team.peers[:peers]
    await team.runtime.outreach.invite(
        lead, session.id, [(await viewer(team, p)).person_id for p in chosen]
    )
    for peer in chosen:
        await peer.tap_data(AnswerInvitation(session.id, True).pack())
    return session


async def test_reminders_fire_on_time_once_even_across_a_restart(team, clock):
    session = await confirmed_session(team)  # Wednesday 4 March 14:00 local = 11:00 UTC
    peer = team.peers[0]
    clock.current = session.starts_at - timedelta(hours=24, minutes=1)
    await run_reminders(team)
    assert not any(t.startswith("Reminder:") for t in texts_to(team, peer))
    await team.restart()
    clock.advance(minutes=2)
    await run_reminders(team)  # the job registered at start; the reminder came from the database
    await run_reminders(team)
    reminders = [t for t in texts_to(team, peer) if t.startswith("Reminder:")]
    assert reminders == ["Reminder: Wednesday 4 March 14:00, Harbour."]


async def test_downtime_within_the_grace_period_sends_late_and_beyond_it_marks_missed(team, clock):
    session = await confirmed_session(team)
    peer = team.peers[0]
    await team.stop()
    clock.current = session.starts_at - timedelta(hours=23, minutes=10)  # 50 minutes late
    await team.start()
    await run_reminders(team)
    assert [t for t in texts_to(team, peer) if t.startswith("Reminder:")] == [
        "Reminder: Wednesday 4 March 14:00, Harbour."
    ]
    await team.stop()
    clock.current = session.starts_at - timedelta(minutes=50) + timedelta(hours=1, minutes=1)
    await team.start()
    await run_reminders(team)  # the hour-before reminder is 61 minutes late: missed, not sent
    assert len([t for t in texts_to(team, peer) if t.startswith("Reminder:")]) == 1
    states = await team.runtime.database.fetch_all(
        "SELECT kind, state FROM outreach_reminders WHERE person_id = ? ORDER BY kind",
        ((await viewer(team, peer)).person_id,),
    )
    assert ("hour-before", "missed") in [tuple(s) for s in states]


async def test_cancelling_reaches_everyone_assigned_and_stops_their_reminders(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await confirmed_session(team)
    await team.lead.send("/sessions")
    await team.lead.tap_data(OpenSession(session.id).pack())
    await team.lead.tap(t("outreach-cancel-one"))
    for peer in team.peers[:2]:
        assert texts_to(team, peer)[-1] == "Cancelled: Wednesday 4 March 14:00, Harbour."
    clock.current = session.starts_at - timedelta(hours=1)
    await run_reminders(team)
    assert not any(t.startswith("Reminder:") for p in team.peers for t in texts_to(team, p))


async def test_a_peer_who_does_not_check_out_is_asked_and_then_the_lead_is_alerted(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await confirmed_session(team)
    first, second = team.peers[:2]
    clock.current = session.starts_at
    await first.tap_data(CheckOnSession(session.id, Check.IN).pack())
    await second.tap_data(CheckOnSession(session.id, Check.IN).pack())
    clock.current = session.ends_at
    await second.tap_data(CheckOnSession(session.id, Check.OUT).pack())
    clock.current = session.ends_at + timedelta(minutes=31)
    before = len(texts_to(team, first))
    await run_reminders(team)
    # Both fell due in this round: "are you safe?" is urgent, so it goes first.
    assert texts_to(team, first)[before:] == [
        t("outreach-safety-check"),
        t("outreach-report-prompt"),
    ]
    assert t("outreach-safety-check") not in texts_to(team, second)
    clock.advance(minutes=16)
    await run_reminders(team)
    alert = texts_to(team, team.lead)[-1]
    assert (
        alert
        == "Peer 0 has not answered after the session: Wednesday 4 March 14:00, Harbour. Please check on them."
    )


async def test_no_alert_when_the_peer_says_they_are_safe(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await confirmed_session(team)
    first = team.peers[0]
    clock.current = session.ends_at + timedelta(minutes=31)
    await run_reminders(team)
    await first.tap(t("outreach-safe"))
    assert first.answer()["text"] == t("outreach-safe-thanks")
    await team.peers[1].tap(t("outreach-check-out"))
    clock.advance(minutes=30)
    await run_reminders(team)
    assert not any("has not answered" in text for text in texts_to(team, team.lead))


async def test_a_peer_who_blocked_the_bot_is_marked_unreachable_not_retried(team, clock):
    session = await confirmed_session(team)
    team.emulator.block_bot(team.peers[0].user.id)
    clock.current = session.starts_at - timedelta(hours=1)
    await run_reminders(team)
    await run_reminders(team)
    sends = [
        c
        for c in team.emulator.calls_to("sendMessage")
        if c.params["chat_id"] == team.peers[0].user.id
    ]
    assert sum(1 for c in sends if c.status == 403) == 1
    row = await team.runtime.database.fetch_one(
        "SELECT unreachable FROM people WHERE telegram_id = ?", (team.peers[0].user.id,)
    )
    assert row[0] == 1


async def test_weekly_sessions_keep_local_time_across_daylight_saving(emulator, clock, tmp_path):
    settings = settings_for(emulator, tmp_path / "bot.db", TIMEZONE="Europe/Madrid")
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    try:
        area = await directory_store.upsert_area(
            bot.runtime.database, "centro", "Centro", 40.4, -3.7
        )
        lead = await make_lead(bot)
        plan = SessionPlan(
            SessionKind.PEER_MEETING,
            area,
            date(2026, 3, 22),
            time(9, 0),
            60,
            2,
            "",
            date(2026, 4, 5),
        )
        sessions = await bot.runtime.outreach.schedule(await viewer(bot, lead), plan)
        starts = [s.starts_at.strftime("%m-%d %H:%M") for s in sessions]
        # 09:00 in Madrid is 08:00 UTC before 29 March and 07:00 UTC after.
        assert starts == ["03-22 08:00", "03-29 07:00", "04-05 07:00"]
        skipped = bot.runtime.outreach.local_start(date(2026, 3, 29), time(2, 30))
        assert skipped.strftime("%H:%M") == "01:30"  # 02:30 does not exist that night: 03:30 local
    finally:
        await bot.stop()


async def test_reports_roll_up_into_monthly_figures_with_small_counts_hidden(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await confirmed_session(team)
    first = team.peers[0]
    clock.current = session.ends_at + timedelta(minutes=5)
    await first.tap_data(StartReport(session.id).pack())
    for digit in ("1", "2"):
        await first.tap(digit)
    await first.tap(t("outreach-ok"))  # 12 new
    await first.tap("3")
    await first.tap(t("outreach-ok"))  # 3 returning
    await first.tap("4")
    await first.tap("0")
    await first.tap(t("outreach-ok"))  # 40 condoms
    await first.tap(t("outreach-ok"))  # 0 lubricant
    await first.tap("9")
    await first.tap(t("outreach-ok"))  # 9 leaflets
    legal = t("directory-category", category="legal-aid") + " · 0"
    await first.tap(legal)
    await first.tap(t("directory-done"))
    await first.tap(t("directory-done"))
    await first.send("Calm evening")
    replies = await first.tap(t("outreach-report-send"))
    assert replies[-1].text == t("outreach-report-saved")

    clock.current = session.ends_at + timedelta(hours=49)
    await first.tap_data(StartReport(session.id).pack())
    for _ in range(5):
        await first.tap(t("outreach-ok"))
    await first.tap(t("directory-done"))
    await first.tap(t("directory-done"))
    await first.tap(t("directory-skip"))
    replies = await first.tap(t("outreach-report-send"))
    assert replies[-1].text == t("outreach-report-closed")

    # Figures are read once the month is over and past the reports' edit window (issue 10.7).
    clock.current = session.starts_at + timedelta(days=32)
    figures = await team.runtime.outreach.figures(await viewer(team, team.lead), "2026-03", None)
    assert (figures.planned, figures.held, figures.cancelled) == (1, 1, 0)
    assert figures.peer_hours == 2.0  # one peer there (reported) for two hours
    assert figures.reached_new == 12 and figures.reached_returning is None  # 3 is under K=5
    assert figures.condoms == 40 and figures.leaflets == 9
    assert figures.referrals.get("legal-aid", "absent") is None

    await team.lead.send("/figures")
    await team.lead.tap("2026-03")
    sent = team.emulator.bot_messages(team.lead.user.id)[-4:]
    assert [m.kind for m in sent] == ["text", "photo", "document", "text"]
    assert all(m.protect_content for m in sent)
    assert sent[-1].text == t("voice-reach-none", month="2026-03")  # campaigns (issue 12.3)
    assert f"new 12, returning {t('outreach-hidden')}" in sent[0].text
    # The CSV is tagged for partners' tools (HXL, issue 13.6), suppressed as the text.
    lines = sent[2].extra["document"].decode("utf-8-sig").splitlines()
    assert lines[1].startswith("#date +start,#date +end,#loc +name,#sector +code")
    assert "outreach_reached_new,People reached for the first time,,12," in lines[6]
    assert lines[7].endswith(
        f"outreach_reached_returning,People reached who came before,,,{t('outreach-hidden')}"
    )


async def test_my_sessions_and_the_calendar_file(team):
    t = team.runtime.translator.for_locale("en")
    session = await confirmed_session(team)
    peer = team.peers[0]
    replies = await peer.send("/mine")
    assert "Wednesday 4 March 14:00, Harbour" in replies[-1].buttons()[0][0]
    replies = await peer.tap(t("outreach-calendar-file"))
    document = replies[-1]
    assert document.kind == "document" and document.protect_content
    calendar = icalendar.Calendar.from_ical(document.extra["document"])
    (event,) = [c for c in calendar.walk("VEVENT")]
    assert event.decoded("DTSTART") == session.starts_at
    assert event.decoded("DTEND") == session.ends_at


async def test_a_lead_changes_area_and_note_and_everyone_is_told(team):
    t = team.runtime.translator.for_locale("en")
    session = await confirmed_session(team)
    lead = team.lead
    await lead.tap_data(OpenSession(session.id).pack())
    await lead.tap(t("outreach-change-area"))
    await lead.tap("Hill")
    for peer in team.peers[:2]:
        assert texts_to(team, peer)[-1] == "Changed: now Wednesday 4 March 14:00, Hill."
    await lead.tap_data(OpenSession(session.id).pack())
    await lead.tap(t("outreach-change-note"))
    replies = await lead.send("Bring leaflets, call 0712 345 678 if late")
    assert "Note: Bring leaflets, call [" in replies[-1].text and "345" not in replies[-1].text
    await lead.tap(t("outreach-change-time"))
    await lead.tap("5")
    await lead.tap(":30")  # the picker shows every hour at :00 first
    await lead.tap("16:30")
    for peer in team.peers[:2]:
        assert texts_to(team, peer)[-1] == "Changed: now Thursday 5 March 16:30, Hill."


async def test_a_new_time_that_has_passed_is_asked_again_and_changes_nothing(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await confirmed_session(team)
    lead = team.lead
    await lead.tap_data(OpenSession(session.id).pack())
    await lead.tap(t("outreach-change-time"))
    await lead.tap("2")  # today, Monday 2 March; it is 12:00 local
    replies = await lead.tap("08:00")
    assert replies[-1].text == t("outreach-plan-past")
    assert (await team.runtime.outreach.session(session.id)).starts_at == session.starts_at
    await lead.tap(":30")  # the picker shows every hour at :00 first
    await lead.tap("16:30")
    for peer in team.peers[:2]:
        assert texts_to(team, peer)[-1] == "Changed: now Monday 2 March 16:30, Harbour."


# --- issue 9: forged and stale buttons get one neutral answer, and nothing is logged as ERROR ---


async def tap_once(bot, person, data: str) -> None:
    """Tap `data`; the bot answers the tap exactly once, neutrally, and says nothing else."""
    t = bot.runtime.translator.for_locale("en")
    before = len(bot.emulator.calls_to("answerCallbackQuery"))
    replies = await person.tap_data(data)
    answers = bot.emulator.calls_to("answerCallbackQuery")[before:]
    assert [a.status for a in answers] == [200], data
    assert person.answer()["text"] == t("common-no-longer-available"), data
    assert all(r.text not in (t("errors-kept"), t("errors-not-kept")) for r in replies), data


async def sessions_planned(bot) -> int:
    return (await bot.runtime.database.fetch_one("SELECT count(*) FROM outreach_sessions"))[0]


@pytest.mark.parametrize(
    "data",
    [
        "plan:cal:zzz",  # the old shapes: no longer buttons we make
        "plan:start:9999",
        "plan:cal:2026-13-01",
        "opmonth:zzz",
        "opmonth:20261301",  # a month 13
        "opmonth:99991201",  # beyond the planning horizon
        "opmonth:00010101",
        "opday:20260230",
        "opday:20260301",  # a day that has passed
        "opstart:9999",
        "opstart:2400",
        "opstart:",
        PlanStart(time(14, 0)).pack(),  # a start before a day was chosen
    ],
)
async def test_a_forged_or_stale_plan_button_gets_one_neutral_answer(team, caplog, data):
    caplog.set_level(logging.INFO)
    t = team.runtime.translator.for_locale("en")
    lead = team.lead
    await lead.send("/plan")
    await lead.tap(t("outreach-kind", kind="outreach-walk"))
    await lead.tap("Harbour")  # the calendar: no day chosen yet
    await tap_once(team, lead, data)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    await lead.tap("4")  # the form goes on as before
    assert lead.replies()[-1].text == t("outreach-plan-start")
    assert await sessions_planned(team) == 0


async def test_buttons_of_a_plan_that_ended_get_one_neutral_answer(team, caplog):
    caplog.set_level(logging.INFO)
    t = team.runtime.translator.for_locale("en")
    lead = team.lead
    await lead.send("/plan")
    await lead.tap(t("outreach-kind", kind="outreach-walk"))
    await lead.tap("Harbour")
    await lead.send("/cancel")
    for data in (PlanDay(date(2026, 3, 4)).pack(), PlanMonth(date(2026, 4, 1)).pack()):
        await tap_once(team, lead, data)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_peer_not_on_a_session_gets_one_neutral_answer_for_each_forged_tap(team, caplog):
    caplog.set_level(logging.INFO)
    session = await confirmed_session(team)
    outsider = team.peers[3]
    await outsider.send("/start")
    for data in (
        AnswerInvitation(session.id, True).pack(),
        AnswerInvitation(session.id, False).pack(),
        CheckOnSession(session.id, Check.IN).pack(),
        CheckOnSession(session.id, Check.OUT).pack(),
        CheckOnSession(session.id, Check.SAFE).pack(),
        MySession(session.id).pack(),
        StartReport(session.id).pack(),
        OpenSession(session.id).pack(),
        CallArea(session.id).pack(),
        CancelSession(session.id, True).pack(),
        AnswerInvitation(session.id + 1000, True).pack(),
        f"out:yes:{session.id}",
        f"out:s:{session.id}",
    ):
        await tap_once(team, outsider, data)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    roster = await team.runtime.outreach.roster(await viewer(team, team.lead), session.id)
    assert [a.status.value for a in roster] == ["confirmed", "confirmed"]
    assert not (await team.runtime.outreach.session(session.id)).cancelled
