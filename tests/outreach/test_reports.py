"""Reports after a session (one per person, 48 hours to change it) and the monthly figures."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

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
    town.clock.current = session.starts_at
    await town.outreach.check(town.peers[0], session.id, Check.IN)
    town.clock.current = session.ends_at
    await town.outreach.file_report(
        town.peers[1], SessionReport(session.id, 0, reached_new=12, reached_returning=3)
    )
    with pytest.raises(NotAllowed):  # March is still open: two readings could be subtracted
        await town.outreach.figures(town.lead, "2026-03", None)
    town.clock.current = datetime(2026, 4, 5, tzinfo=UTC)
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


async def test_a_month_is_read_only_once_over_and_past_the_report_edit_window(town):
    # Dar es Salaam is UTC+3: April starts at 21:00 UTC on 31 March. A session may start on
    # 31 March and run for up to 24 hours; its reports can change for 48 hours after its end.
    closed = town.outreach.month_is_closed
    town.clock.current = datetime(2026, 4, 3, 20, 59, tzinfo=UTC)
    assert not closed(date(2026, 3, 1)) and closed(date(2026, 2, 1))
    assert town.outreach.readable_months(2) == [date(2026, 2, 1), date(2026, 1, 1)]
    town.clock.current = datetime(2026, 4, 3, 21, 0, tzinfo=UTC)
    assert closed(date(2026, 3, 1)) and not closed(date(2026, 4, 1))
    assert town.outreach.readable_months(3) == [
        date(2026, 3, 1),
        date(2026, 2, 1),
        date(2026, 1, 1),
    ]


async def test_a_session_longer_than_a_day_is_not_planned(town):
    from bot.outreach.model import SessionKind, SessionPlan

    plan = SessionPlan(
        SessionKind.OTHER, town.harbour, date(2026, 3, 4), time(20, 0), 24 * 60 + 1, 2
    )
    with pytest.raises(NotAllowed):
        await town.outreach.schedule(town.lead, plan)
