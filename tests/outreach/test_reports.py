"""Reports after a session (one per person, 48 hours to change it) and the monthly figures."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from bot.common.refusal import NotAllowed
from bot.outreach.model import Check, SessionReport
from bot.outreach.sessions import months_back


async def test_a_peer_on_the_session_files_a_report_and_can_change_it_for_48_hours(town):
    session = await town.confirmed()
    peer = town.peers[0]
    blank = await town.outreach.report_to_edit(peer, session.id)
    assert blank == SessionReport(session.id, peer.person_id)
    report = replace(
        blank, reached_new=12, condoms=40, referrals={"legal-aid": 1}, note="Call 0712345678"
    )
    town.clock.current = session.starts_at - timedelta(minutes=1)
    assert not await town.outreach.file_report(peer, report)  # not started yet
    town.clock.current = session.ends_at + timedelta(minutes=5)
    assert await town.outreach.file_report(peer, report)
    saved = await town.outreach.report_to_edit(peer, session.id)
    assert saved.reached_new == 12 and saved.referrals == {"legal-aid": 1}
    assert "0712345678" not in saved.note
    town.clock.current = session.ends_at + timedelta(hours=49)
    assert not await town.outreach.file_report(peer, replace(report, reached_new=13))
    assert (await town.outreach.report_of(peer, session.id)).reached_new == 12


async def test_only_people_on_the_session_or_a_lead_report_and_only_sensible_counts(town):
    session = await town.confirmed()
    town.clock.current = session.ends_at
    outsider = town.peers[3]
    with pytest.raises(NotAllowed):
        await town.outreach.report_to_edit(outsider, session.id)
    with pytest.raises(NotAllowed):
        await town.outreach.file_report(outsider, SessionReport(session.id, outsider.person_id))
    with pytest.raises(NotAllowed):
        await town.outreach.report_to_edit(town.peers[0], session.id + 99)
    with pytest.raises(NotAllowed):
        await town.outreach.file_report(town.peers[0], SessionReport(session.id, 0, condoms=-1))
    assert await town.outreach.file_report(town.lead, SessionReport(session.id, 0, leaflets=3))


async def test_a_cancelled_session_takes_no_report(town):
    session = await town.confirmed()
    await town.outreach.cancel(town.lead, session.id, False)
    town.clock.current = session.ends_at
    assert not await town.outreach.file_report(town.peers[0], SessionReport(session.id, 0))


async def test_figures_roll_up_reports_with_small_counts_hidden_and_are_for_leads(town):
    session = await town.confirmed()
    await town.outreach.check(town.peers[0], session.id, Check.IN)
    town.clock.current = session.ends_at
    await town.outreach.file_report(
        town.peers[1], SessionReport(session.id, 0, reached_new=12, reached_returning=3)
    )
    figures, (harbour, hill) = await town.outreach.figures_of_month(
        town.lead, "2026-03", ["Harbour", "Hill"]
    )
    assert (figures.planned, figures.held, figures.peer_hours) == (1, 1, 4.0)
    assert figures.reached_new == 12 and figures.reached_returning is None
    assert (harbour.area, harbour.planned, hill.planned) == ("Harbour", 1, 0)
    assert await town.outreach.figures(town.lead, "2026-03", "Harbour") == harbour
    with pytest.raises(NotAllowed):
        await town.outreach.figures(town.peers[0], "2026-03", None)
    for far in ("1999-12", "2040-01"):
        with pytest.raises(NotAllowed):
            await town.outreach.figures(town.lead, far, None)


def test_months_back_from_today_newest_first():
    assert months_back(date(2026, 2, 14), 3) == [
        date(2026, 2, 1),
        date(2026, 1, 1),
        date(2025, 12, 1),
    ]
