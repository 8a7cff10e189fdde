"""Incident follow-ups through the emulator (issue 11 §3): an incident in a peer's session report
opens a follow-up for the area's leads; a lead lists them, takes one ("I'm following up") and
closes it with an outcome; the note is erased from the disk after the retention; a peer's forged
taps change nothing."""

from __future__ import annotations

import csv
from datetime import timedelta

from bot.directory.core import Category
from bot.directory.model import ServiceRecord, State
from bot.handlers.help.buttons import CloseFollowUp, OpenFollowUp, ReferTo, TakeFollowUp
from bot.handlers.operations import RETENTION_JOB
from bot.handlers.outreach.buttons import StartReport
from bot.help.model import FollowUpOutcome
from tests.builders import texts_to
from tests.e2e.test_help_calls import session_with_two_peers, team, watch

__all__ = ["team"]  # the fixture, shared with the calls' tests

NOTE = "Police took condoms as evidence near the bridge"


async def report_incidents(bot, peer, session) -> None:
    """Peer sends a report through the form: two police incidents, one robbery, and a note."""
    t = bot.runtime.translator.for_locale("en")
    await peer.tap_data(StartReport(session.id).pack())
    for _ in range(5):
        await peer.tap(t("outreach-ok"))
    await peer.tap(t("directory-done"))  # no referrals
    police = t("outreach-incident", kind="police")
    await peer.tap(f"{police} · 0")
    await peer.tap(f"{police} · 1")
    await peer.tap(f"{t('outreach-incident', kind='robbery')} · 0")
    await peer.tap(t("directory-done"))
    await peer.send(NOTE)
    replies = await peer.tap(t("outreach-report-send"))
    assert replies[-1].text == t("outreach-report-saved")


async def test_an_incident_opens_a_follow_up_a_lead_closes_and_the_note_goes(team, clock, tmp_path):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    clock.current = session.ends_at + timedelta(minutes=5)
    await report_incidents(team, team.peers[0], session)
    await watch(team)

    # The area's lead and the planning lead hear of it in a neutral line; Hill's lead does not.
    neutral = t("help-followup-letter", **{"when-where": "Wednesday 4 March 14:00, Harbour"})
    for lead in (team.lead, team.harbour_lead):
        assert texts_to(team, lead).count(neutral) == 2, lead.user.id  # police and robbery
    assert neutral not in texts_to(team, team.hill_lead)
    await watch(team)  # nothing new: nothing said twice
    assert texts_to(team, team.lead).count(neutral) == 2

    lead = team.harbour_lead
    replies = await lead.send("/followups")
    assert replies[-1].text == t("help-followups-title")
    labels = [label for label, _ in replies[-1].buttons()]
    assert labels[:2] == [
        "Police · Wednesday 4 March 14:00, Harbour",
        "Robbery · Wednesday 4 March 14:00, Harbour",
    ]
    replies = await lead.tap(labels[0])
    card = replies[-1]
    assert card.protect_content
    assert "Follow-up: Police (2)" in card.text and "Reported by: Peer 0" in card.text
    assert NOTE in card.text
    await lead.tap(t("help-take"))
    assert lead.answer()["text"] == t("help-taken")
    await team.lead.send("/followups")
    assert team.lead.replies()[-1].buttons()[0][0].endswith("· 🙋 Harbour Lead")

    # Closed as referred to a service from the directory.
    db = team.runtime.database
    (police_id,) = [
        r[0] for r in await db.fetch_all("SELECT id FROM help_followups WHERE kind = 'police'")
    ]
    await lead.tap(t("help-close-referred"))
    await lead.tap(t("help-referral-not-listed"))
    assert lead.answer()["text"] == t("help-closed-done")
    await lead.tap_data(CloseFollowUp(police_id, FollowUpOutcome.RESOLVED).pack())
    assert lead.answer()["text"] == t("help-already-closed")
    replies = await lead.send("/followups")
    assert replies[-1].buttons()[0][0].startswith("Robbery")

    # The note stays for FOLLOWUP_NOTE_DAYS after closing, then is gone from the disk.
    (erase,) = team.app.job_queue.get_jobs_by_name(RETENTION_JOB)
    clock.advance(days=89)
    await erase.run(team.app)
    assert (await db.fetch_one("SELECT note FROM help_followups WHERE id = ?", (police_id,)))[
        0
    ] == NOTE
    clock.advance(days=2)
    await erase.run(team.app)
    assert (await db.fetch_one("SELECT note FROM help_followups WHERE id = ?", (police_id,)))[
        0
    ] is None
    # The report and the robbery item, still open, keep the same words for now.
    assert (await db.fetch_one("SELECT note FROM outreach_reports"))[0] == NOTE
    await lead.tap_data(CloseFollowUp(police_id + 1, FollowUpOutcome.NO_ACTION).pack())
    clock.advance(days=91)
    await erase.run(team.app)
    await db.checkpoint()
    path = tmp_path / "bot.db"
    stored = b"".join(p.read_bytes() for p in path.parent.glob("bot.db*"))
    assert b"condoms as evidence" not in stored
    await lead.tap_data(OpenFollowUp(police_id).pack())
    assert t("help-followup-note-erased") in lead.replies()[-1].text


async def test_a_peer_cannot_see_take_or_close_a_follow_up(team, clock):
    t = team.runtime.translator.for_locale("en")
    session = await session_with_two_peers(team)
    clock.current = session.ends_at + timedelta(minutes=5)
    await report_incidents(team, team.peers[0], session)
    await watch(team)
    (followup_id,) = [
        r[0]
        for r in await team.runtime.database.fetch_all(
            "SELECT id FROM help_followups WHERE kind = 'police'"
        )
    ]
    peer = team.peers[1]
    for data in (
        OpenFollowUp(followup_id).pack(),
        TakeFollowUp(followup_id).pack(),
        CloseFollowUp(followup_id, FollowUpOutcome.RESOLVED).pack(),
        ReferTo(followup_id, None).pack(),
    ):
        await peer.tap_data(data)
        assert peer.answer()["text"] == t("common-no-longer-available"), data
    row = await team.runtime.database.fetch_one(
        "SELECT taken_by, closed_at FROM help_followups WHERE id = ?", (followup_id,)
    )
    assert tuple(row) == (None, None)


async def test_a_follow_up_closed_as_referred_names_the_service_and_counts_in_figures(team, clock):
    t = team.runtime.translator.for_locale("en")
    (clinic,) = await team.runtime.directory.add(
        [
            ServiceRecord(
                name="Night Clinic",
                latitude=-6.80,
                longitude=39.28,
                area_id=team.harbour,
                categories=(Category.HEALTH,),
            )
        ],
        state=State.PUBLISHED,
        by=None,
    )
    session = await session_with_two_peers(team)
    clock.current = session.ends_at + timedelta(minutes=5)
    await report_incidents(team, team.peers[0], session)
    await watch(team)
    lead = team.lead
    await lead.send("/followups")
    await lead.tap("Police · Wednesday 4 March 14:00, Harbour")
    await lead.tap(t("help-close-referred"))
    await lead.tap(t("directory-category", category=Category.HEALTH.value))
    await lead.tap("Night Clinic")
    assert lead.answer()["text"] == t("help-closed-done")
    row = await team.runtime.database.fetch_one(
        "SELECT outcome, referred_to FROM help_followups WHERE kind = 'police'"
    )
    assert tuple(row) == ("referred", clinic)
    await lead.tap_data(OpenFollowUp(1).pack())
    assert t("help-followup-referred-to", service="Night Clinic") in lead.replies()[-1].text

    # The month's figures: one follow-up closed, two opened, counts under K hidden.
    clock.current = session.starts_at + timedelta(days=32)
    await lead.send("/figures")
    await lead.tap("2026-03")
    text = next(
        m.text
        for m in reversed(team.emulator.bot_messages(lead.user.id))
        if m.text and "Follow-ups opened" in m.text
    )
    hidden = t("outreach-hidden")
    assert f"Follow-ups opened: {hidden}" in text
    assert f"Follow-ups closed: {hidden}" in text
    assert "Calls for help: 0" in text
    # The CSV for partners carries the same figures, hidden the same way (HXL, issue 13.6).
    (csv_file,) = [m for m in team.emulator.bot_messages(lead.user.id)[-4:] if m.kind == "document"]
    rows = list(csv.reader(csv_file.extra["document"].decode("utf-8-sig").splitlines()))
    by_code = {row[4]: row for row in rows[2:]}
    assert by_code["help_calls"][7] == "0"
    assert by_code["help_followups_opened"][5] == "Follow-ups opened"
    assert by_code["help_followups_opened"][7:] == ["", hidden]
    assert by_code["help_followups_opened_police"][5] == "Follow-ups opened: Police"
    assert by_code["help_followups_closed_referred"][7:] == ["", hidden]
