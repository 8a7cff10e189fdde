"""Outreach keeps its promises (issue 10): night starts, reminders checked at start for real,
check-in only around the session, the lead told when peers fall away (with a button to call the
area), reachable again after writing, invitations answerable from "My sessions", typed numbers,
a weekly series invited in one go, figures only of closed months, charts that hide, neutral
calendars, forms that closed never saying "saved", and counts in plural words. (Letters that
read neutral on a locked phone, in every language: tests/e2e/test_previews.py.)"""

import io
from datetime import UTC, date, datetime, timedelta

import icalendar
from PIL import Image

from bot.handlers.outreach.buttons import (
    CheckOnSession,
    FiguresOf,
    OpenSession,
    StartReport,
)
from bot.outreach.model import Check
from storage import people as people_store
from tests.e2e import test_outreach as outreach_story
from tests.e2e.test_outreach import confirmed_session, plan, run_reminders, texts_to, viewer

team = outreach_story.team  # the same deployment: East African time, two areas, four peers


def en(bot):
    return bot.runtime.translator.for_locale("en")


async def person_id(bot, person) -> int:
    return (await viewer(bot, person)).person_id


async def statuses(bot, session_id) -> dict[str, str]:
    roster = await bot.runtime.outreach.roster(await viewer(bot, bot.lead), session_id)
    return {a.alias: a.status.value for a in roster}


def last_to(bot, person):
    return bot.emulator.bot_messages(person.user.id)[-1]


def labels(message) -> list[str]:
    return [label for label, _ in message.buttons()]


async def report_by_taps(peer, t, counts: tuple[str, ...]) -> None:
    """Fill in a report's five counts on the number pad, no referrals, no incidents, no note."""
    for count in counts:
        for digit in count.lstrip("0"):
            await peer.tap(digit)
        await peer.tap(t("outreach-ok"))
    await peer.tap(t("directory-done"))
    await peer.tap(t("directory-done"))
    await peer.tap(t("directory-skip"))


# --- item 13: start times over all 24 hours ------------------------------------------------------


async def test_a_lead_plans_a_night_session_from_a_compact_picker_of_all_24_hours(team):
    t = en(team)
    lead = team.lead
    await lead.send("/plan")
    await lead.tap(t("outreach-kind", kind="outreach-walk"))
    await lead.tap("Harbour")
    replies = await lead.tap("4")
    picker = replies[-1]
    hours = [f"{hour:02d}:00" for hour in range(24)]
    assert all(hour in labels(picker) for hour in hours)
    assert len(labels(picker)) <= 30 and len(picker.reply_markup["inline_keyboard"]) <= 6
    replies = await lead.tap(":30")
    assert "02:30" in labels(replies[-1]) and "23:30" in labels(replies[-1])
    await lead.tap("02:30")
    await lead.tap(t("outreach-minutes", hours="4"))
    await lead.tap("2")
    await lead.tap(t("directory-skip"))
    await lead.tap(t("outreach-repeat-once"))
    replies = await lead.tap(t("outreach-plan-save"))
    assert "Wednesday 4 March 02:30, Harbour" in replies[-1].text


# --- item 13: the reminder check really runs at start -------------------------------------------


async def test_a_reminder_59_and_a_half_minutes_late_at_a_restart_is_sent_not_missed(team, clock):
    session = await confirmed_session(team)
    peer = team.peers[0]
    await team.stop()
    clock.current = session.starts_at - timedelta(hours=24) + timedelta(minutes=59, seconds=30)
    await team.start()
    await team.drain_outbox()
    await team.emulator.wait_idle()
    # APScheduler runs a job registered with first=0 only an interval after the scheduler
    # starts: this is when the repeating job first looks.
    clock.advance(seconds=31)
    await run_reminders(team)
    reminders = [text for text in texts_to(team, peer) if text.startswith("Reminder:")]
    assert reminders == ["Reminder: Wednesday 4 March 14:00, Harbour."]
    state = await team.runtime.database.fetch_one(
        "SELECT state FROM outreach_reminders WHERE person_id = ? AND kind = 'day-before'",
        (await person_id(team, peer),),
    )
    assert state[0] == "sent"


# --- item 13: check-in only from an hour before the start to the end plus the grace ------------


async def checked_in_at(bot, session_id, person):
    row = await bot.runtime.database.fetch_one(
        "SELECT checked_in_at, checked_out_at FROM outreach_assignments"
        " WHERE session_id = ? AND person_id = ?",
        (session_id, await person_id(bot, person)),
    )
    return tuple(row)


async def test_check_in_is_accepted_only_around_the_session(team, clock):
    t = en(team)
    session = await confirmed_session(team)  # Wednesday 14:00-16:00; it is Monday noon
    first, second = team.peers[:2]
    await first.tap_data(CheckOnSession(session.id, Check.IN).pack())
    assert first.answer()["text"] == t("outreach-check-early")
    await first.tap_data(CheckOnSession(session.id, Check.OUT).pack())
    assert first.answer()["text"] == t("outreach-check-early")
    clock.current = session.starts_at - timedelta(minutes=61)
    await first.tap_data(CheckOnSession(session.id, Check.IN).pack())
    assert first.answer()["text"] == t("outreach-check-early")
    assert await checked_in_at(team, session.id, first) == (None, None)
    clock.current = session.starts_at - timedelta(minutes=59)
    await first.tap_data(CheckOnSession(session.id, Check.IN).pack())
    assert first.answer()["text"] == t("outreach-checked")
    assert (await checked_in_at(team, session.id, first))[0] is not None
    clock.current = session.ends_at + timedelta(minutes=29)
    await second.tap_data(CheckOnSession(session.id, Check.IN).pack())
    assert second.answer()["text"] == t("outreach-checked")
    clock.current = session.ends_at + timedelta(minutes=31)
    await team.peers[1].tap_data(CheckOnSession(session.id, Check.OUT).pack())
    assert second.answer()["text"] == t("outreach-checked")
    await first.tap_data(CheckOnSession(session.id, Check.IN).pack())
    assert first.answer()["text"] == t("outreach-check-in-closed")


# --- item 13: the lead hears when peers fall away, with a button to call the area --------------


async def place_in_harbour(bot, *people):
    for peer in people:
        await people_store.save_area(bot.runtime.database, await person_id(bot, peer), bot.harbour)


async def test_the_lead_hears_when_a_confirmed_peer_declines_and_can_call_the_area(team):
    t = en(team)
    await place_in_harbour(team, *team.peers[2:])
    await confirmed_session(team)
    first = team.peers[0]
    replies = await first.send("/mine")
    await first.tap(replies[-1].buttons()[0][0])
    await first.tap(t("outreach-cannot-come"))
    note = last_to(team, team.lead)
    assert note.text.startswith("Peer 0 can no longer come: Wednesday 4 March 14:00, Harbour.")
    assert t("outreach-peers-reachable", count=1, needed=2) in note.text
    assert t("outreach-peers-short") in note.text
    assert labels(note) == [t("outreach-open-call"), t("outreach-open-session")]
    await team.lead.tap(t("outreach-open-call"))
    for peer in team.peers[2:]:
        assert texts_to(team, peer)[-1].startswith("Invitation: Wednesday 4 March 14:00, Harbour")


async def test_the_lead_hears_when_a_confirmed_peer_becomes_unreachable(team, clock):
    t = en(team)
    session = await confirmed_session(team)
    team.emulator.block_bot(team.peers[0].user.id)
    clock.current = session.starts_at - timedelta(hours=24)
    await run_reminders(team)  # the day-before reminder meets a 403
    note = last_to(team, team.lead)
    assert note.text.startswith(
        "Peer 0 can no longer be reached by the bot: Wednesday 4 March 14:00, Harbour."
    )
    assert t("outreach-peers-reachable", count=1, needed=2) in note.text
    assert t("outreach-open-call") in labels(note)


async def test_the_lead_hears_when_a_confirmed_peer_leaves_the_team_and_the_next_moves_up(
    team, clock
):
    t = en(team)
    session = await confirmed_session(team)
    third = team.peers[2]
    await team.runtime.outreach.invite(
        await viewer(team, team.lead), session.id, [await person_id(team, third)]
    )
    await team.drain_outbox()
    await third.tap(t("outreach-yes"))
    assert third.replies()[-1].text == t("outreach-waiting")
    first = team.peers[0]
    await first.send("/exit")
    await first.tap(t("exit-leave-role"))
    await run_reminders(team)
    note = last_to(team, team.lead)
    assert note.text.startswith("Peer 0 has left the team: Wednesday 4 March 14:00, Harbour.")
    assert t("outreach-peers-reachable", count=2, needed=2) in note.text
    assert labels(note) == [t("outreach-open-session")]
    assert texts_to(team, third)[-1].startswith("A place opened. You are on the list:")
    assert (await statuses(team, session.id))["Peer 2"] == "confirmed"
    await run_reminders(team)
    assert last_to(team, team.lead).message_id == note.message_id  # told once


async def test_a_peer_who_blocked_the_bot_and_wrote_again_is_reachable_again(team, clock):
    session = await confirmed_session(team)
    peer = team.peers[0]
    team.emulator.block_bot(peer.user.id)
    clock.current = session.starts_at - timedelta(hours=24)
    await run_reminders(team)
    unreachable = "SELECT unreachable FROM people WHERE telegram_id = ?"
    assert (await team.runtime.database.fetch_one(unreachable, (peer.user.id,)))[0] == 1
    await peer.send("/start")  # writing unblocks the bot
    assert (await team.runtime.database.fetch_one(unreachable, (peer.user.id,)))[0] == 0
    clock.current = session.starts_at - timedelta(hours=1)
    await run_reminders(team)
    assert texts_to(team, peer)[-1] == "Reminder: Wednesday 4 March 14:00, Harbour."


async def test_the_lead_alert_carries_a_button_to_open_the_session(team, clock):
    t = en(team)
    session = await confirmed_session(team)
    clock.current = session.ends_at + timedelta(minutes=31)
    await run_reminders(team)
    await team.peers[1].tap(t("outreach-safe"))
    clock.advance(minutes=16)
    await run_reminders(team)
    alert = last_to(team, team.lead)
    assert alert.text.startswith("Peer 0 has not answered after the session")
    # Issue 11: the answers to a call for help come first, then the session's screen.
    assert labels(alert) == [t("help-on-it"), t("help-they-are-safe"), t("outreach-open-session")]
    replies = await team.lead.tap(t("outreach-open-session"))
    assert "Peer 0: confirmed" in replies[-1].text


# --- item 13: "My sessions" answers invitations, even after a quick exit ------------------------


async def test_an_invitation_deleted_by_a_quick_exit_can_be_answered_from_my_sessions(team):
    t = en(team)
    (session,) = await plan(team)
    peer = team.peers[0]
    await team.runtime.outreach.invite(
        await viewer(team, team.lead), session.id, [await person_id(team, peer)]
    )
    await team.drain_outbox()
    assert texts_to(team, peer)[-1].startswith("Invitation:")
    await peer.send("/exit")
    await peer.tap(t("exit-keep-role"))
    assert not any(text.startswith("Invitation:") for text in texts_to(team, peer))
    replies = await peer.send("/mine")
    assert replies[-1].buttons()[0][0] == "Wednesday 4 March 14:00, Harbour · invited"
    replies = await peer.tap("Wednesday 4 March 14:00, Harbour · invited")
    assert labels(replies[-1])[:2] == [t("outreach-yes"), t("outreach-no")]
    replies = await peer.tap(t("outreach-yes"))
    assert replies[-1].text == t("outreach-confirmed")
    assert (await statuses(team, session.id))["Peer 0"] == "confirmed"


# --- item 13: number pads accept a typed number -------------------------------------------------


async def test_the_report_pad_accepts_typed_numbers(team, clock):
    t = en(team)
    session = await confirmed_session(team)
    peer = team.peers[0]
    clock.current = session.ends_at + timedelta(minutes=5)
    await peer.tap_data(StartReport(session.id).pack())
    replies = await peer.send("12")
    assert replies[-1].text == t(
        "outreach-report-number",
        field=t("outreach-report-field", field="reached_returning"),
        value="0",
    )
    replies = await peer.send("lots")
    assert t("outreach-report-type-number") in replies[-1].text
    for typed in ("3", "40", "0", "9"):
        await peer.send(typed)
    await peer.tap(t("directory-done"))
    await peer.tap(t("directory-done"))
    await peer.tap(t("directory-skip"))
    replies = await peer.tap(t("outreach-report-send"))
    assert replies[-1].text == t("outreach-report-saved")
    report = await team.runtime.outreach.report_of(await viewer(team, peer), session.id)
    counts = (report.reached_new, report.reached_returning, report.condoms, report.leaflets)
    assert counts == (12, 3, 40, 9)


# --- item 13: a weekly series is invited in one go ----------------------------------------------


async def test_a_weekly_series_is_invited_in_one_go_and_answered_in_one_tap(team):
    t = en(team)
    sessions = await plan(team, weeks=date(2026, 3, 25))
    assert len(sessions) == 4
    lead, peer = team.lead, team.peers[0]
    await lead.tap_data(OpenSession(sessions[0].id).pack())
    await lead.tap(t("outreach-invite-series"))
    before = len(texts_to(team, peer))
    await lead.tap("Peer 0")
    letters = texts_to(team, peer)[before:]
    assert letters == [
        "Invitation: every week from Wednesday 4 March 14:00, Harbour (2 h), 4 times. Can you come?"
    ]
    replies = await peer.tap(t("outreach-yes-all"))
    assert replies[-1].text == t("outreach-series-answered", confirmed=4, waiting=0)
    for session in sessions:
        assert (await statuses(team, session.id)) == {"Peer 0": "confirmed"}


async def test_the_whole_area_is_called_for_a_series_in_one_go(team):
    t = en(team)
    await place_in_harbour(team, *team.peers[:2])
    sessions = await plan(team, weeks=date(2026, 3, 18))
    await team.lead.tap_data(OpenSession(sessions[0].id).pack())
    await team.lead.tap(t("outreach-call-series"))
    assert team.lead.answer()["text"] == t("outreach-invited", count=2)
    for session in sessions:
        assert set((await statuses(team, session.id)).values()) == {"invited"}
    for peer in team.peers[:2]:
        assert texts_to(team, peer)[-1].startswith("Invitation: every week from")


# --- item 7: figures of closed months only; charts draw hidden cells as "<K" -------------------


async def test_figures_offer_only_closed_months_past_the_report_edit_window(team, clock):
    lead = team.lead
    replies = await lead.send("/figures")  # Monday 2 March 2026
    offered = labels(replies[-1])
    assert "2026-03" not in offered and "2026-02" not in offered
    assert "2026-01" in offered
    await lead.tap_data(FiguresOf(date(2026, 3, 1)).pack())
    assert lead.answer()["text"] == en(team)("common-no-longer-available")
    await lead.tap_data(FiguresOf(date(2026, 2, 1)).pack())
    assert lead.answer()["text"] == en(team)("common-no-longer-available")
    assert not any(m.kind == "photo" for m in team.emulator.bot_messages(lead.user.id))
    clock.current = datetime(2026, 3, 3, 20, 59, tzinfo=UTC)  # 23:59 local, Tuesday 3 March
    replies = await lead.send("/figures")
    assert "2026-02" not in labels(replies[-1])
    clock.advance(minutes=1)  # Wednesday 4 March 00:00 local: February is past the window
    replies = await lead.send("/figures")
    assert "2026-02" in labels(replies[-1]) and "2026-03" not in labels(replies[-1])


def longest_run_besides_bars(png: bytes) -> tuple[int, int]:
    """(longest horizontal run of bar-coloured pixels, longest run of anything else drawn)."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height = image.size
    pixels = image.load()
    longest = {True: 0, False: 0}
    for y in range(height):
        run, bar = 0, False
        for x in range(width):
            r, g, b = pixels[x, y]
            is_bar = abs(r - 0x2A) < 24 and abs(g - 0x6F) < 24 and abs(b - 0x97) < 24
            drawn = min(r, g, b) < 200
            if drawn and (run == 0 or is_bar == bar):
                run, bar = run + 1, is_bar
            else:
                run, bar = (1, is_bar) if drawn else (0, False)
            longest[bar] = max(longest[bar], run)
    return longest[True], longest[False]


async def test_a_hidden_count_is_drawn_as_less_than_k_never_as_a_long_bar(team, clock):
    t = en(team)
    session = await confirmed_session(team)
    peer = team.peers[0]
    clock.current = session.ends_at + timedelta(minutes=5)
    await peer.tap_data(StartReport(session.id).pack())
    await report_by_taps(peer, t, ("1", "2", "0", "0", "0"))  # one new, two returning: hidden
    await peer.tap(t("outreach-report-send"))
    clock.current = session.starts_at + timedelta(days=40)
    await team.lead.send("/figures")
    await team.lead.tap("2026-03")
    (photo,) = [m for m in team.emulator.bot_messages(team.lead.user.id) if m.kind == "photo"]
    bars, other = longest_run_besides_bars(photo.extra["photo"])
    assert bars > 200  # the sessions planned and held are drawn as long bars
    assert other < 60  # the hidden counts are no bars (nor frames of bars): "<5" only


# --- item 5: neutral calendars (letters: tests/e2e/test_previews.py, in every language) -------


async def test_the_calendar_file_has_neutral_ids_and_producer(team):
    t = en(team)
    session = await confirmed_session(team)
    peer = team.peers[0]
    await peer.send("/mine")
    replies = await peer.tap(t("outreach-calendar-file"))
    data = replies[-1].extra["document"]
    assert b"outreach" not in data.lower() and b"session" not in data.lower()
    calendar = icalendar.Calendar.from_ical(data)
    (event,) = list(calendar.walk("VEVENT"))
    uid = str(event["UID"])
    assert event.decoded("DTSTART") == session.starts_at
    await peer.tap(t("outreach-calendar-file"))
    again = icalendar.Calendar.from_ical(last_to(team, peer).extra["document"])
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == [uid]  # stable: updates, not copies


# --- item 10: a form whose draft is gone never says "saved" -------------------------------------


async def test_a_report_sent_after_a_restart_says_the_form_closed_and_offers_to_start_again(
    team, clock
):
    t = en(team)
    session = await confirmed_session(team)
    peer = team.peers[0]
    clock.current = session.ends_at + timedelta(minutes=5)
    await peer.tap_data(StartReport(session.id).pack())
    await report_by_taps(peer, t, ("7", "0", "0", "0", "0"))
    await team.restart()
    replies = await peer.tap(t("outreach-report-send"))
    assert t("outreach-form-closed") in [m.text for m in replies]
    assert all(t("outreach-report-saved") not in (m.text or "") for m in replies)
    assert await team.runtime.outreach.report_of(await viewer(team, peer), session.id) is None
    replies = await peer.tap(t("outreach-start-again"))
    assert replies[-1].text.startswith(t("outreach-report-field", field="reached_new"))


async def test_a_plan_saved_after_a_restart_says_the_form_closed_and_offers_to_start_again(team):
    t = en(team)
    lead = team.lead
    await lead.send("/plan")
    await lead.tap(t("outreach-kind", kind="outreach-walk"))
    await lead.tap("Harbour")
    await lead.tap("4")
    await lead.tap("14:00")
    await lead.tap(t("outreach-minutes", hours="2"))
    await lead.tap("2")
    await lead.tap(t("directory-skip"))
    await lead.tap(t("outreach-repeat-once"))
    await team.restart()
    replies = await lead.tap(t("outreach-plan-save"))
    assert replies[-1].text == t("outreach-form-closed")
    count = await team.runtime.database.fetch_one("SELECT count(*) FROM outreach_sessions")
    assert count[0] == 0
    replies = await lead.tap(t("outreach-start-again"))
    assert replies[-1].text == t("outreach-plan-kind")


# --- item 15: counts in plural words -----------------------------------------------------------


async def test_invitation_counts_use_plural_words(team):
    t = en(team)
    (session,) = await plan(team)
    lead = team.lead
    await lead.tap_data(OpenSession(session.id).pack())
    await lead.tap(t("outreach-invite-peers"))
    await lead.tap("Peer 0")
    assert lead.answer()["text"] == "One peer invited."
    await lead.tap(t("outreach-open-call"))
    assert lead.answer()["text"] == "Nobody new was invited."
