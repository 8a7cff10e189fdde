"""Planning: one session or a weekly series, nothing in the past, leads only; the week."""

from datetime import date, time

import pytest

from bot.common.refusal import NotAllowed
from bot.outreach.model import SessionKind, SessionPlan


async def test_a_lead_schedules_a_session_in_local_time_with_at_least_two_peers(town):
    (session,) = await town.plan(peers=1)
    assert session.starts_at.isoformat() == "2026-03-04T11:00:00+00:00"  # 14:00 in Dar
    assert session.peers_needed == 2  # nobody goes alone
    assert session.area_name == "Harbour" and session.series_id is None
    assert await town.outreach.session(session.id) == session


async def test_a_weekly_series_repeats_until_the_last_day(town):
    sessions = await town.plan(until=date(2026, 3, 25))
    assert [s.starts_at.day for s in sessions] == [4, 11, 18, 25]
    assert {s.series_id for s in sessions} == {sessions[0].id}


async def test_a_start_that_has_passed_saves_nothing(town):
    assert await town.plan(day=date(2026, 3, 2), start=time(11, 30)) == []  # 08:30 UTC < 09:00
    assert town.outreach.has_passed(date(2026, 3, 2), time(11, 30))
    assert not town.outreach.has_passed(date(2026, 3, 2), time(12, 30))


async def test_only_a_lead_plans_and_only_in_an_area_that_exists_within_reach(town):
    plan = SessionPlan(SessionKind.OTHER, town.harbour, date(2026, 3, 4), time(14, 0), 60, 2)
    with pytest.raises(NotAllowed):
        await town.outreach.schedule(town.peers[0], plan)
    for wrong in (
        SessionPlan(SessionKind.OTHER, 999, date(2026, 3, 4), time(14, 0), 60, 2),
        SessionPlan(SessionKind.OTHER, town.harbour, date(2040, 3, 4), time(14, 0), 60, 2),
    ):
        with pytest.raises(NotAllowed):
            await town.outreach.schedule(town.lead, wrong)
    assert (await town.database.fetch_one("SELECT count(*) FROM outreach_sessions"))[0] == 0


async def test_the_week_is_for_leads_and_runs_monday_to_sunday_local_time(town):
    await town.plan(day=date(2026, 3, 8), start=time(23, 30))  # Sunday night local
    await town.plan(day=date(2026, 3, 9), start=time(0, 30))  # the next Monday
    monday = town.outreach.monday_of(0)
    assert monday == date(2026, 3, 2)
    assert [s.starts_at.day for s in await town.outreach.week(town.lead, monday, None)] == [8]
    assert len(await town.outreach.week(town.lead, town.outreach.monday_of(1), None)) == 1
    with pytest.raises(NotAllowed):
        await town.outreach.week(town.peers[0], monday, None)


async def test_the_calendar_holds_a_peers_own_sessions_and_every_session_for_a_lead(town):
    mine = await town.confirmed()
    await town.plan(day=date(2026, 3, 5))
    assert [s.id for s in await town.outreach.sessions_for_calendar(town.peers[0])] == [mine.id]
    assert len(await town.outreach.sessions_for_calendar(town.lead)) == 2
    assert await town.outreach.sessions_for_calendar(town.peers[3]) == []


def test_a_day_within_reach_is_from_this_month_to_five_years_ahead(town):
    within = town.outreach.within_reach
    assert within(date(2026, 3, 1)) and within(date(2031, 2, 1))
    assert not within(date(2026, 2, 28)) and not within(date(2031, 12, 1))
