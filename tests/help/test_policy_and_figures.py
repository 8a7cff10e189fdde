"""Pure rules of the help feature: when "I need help" is offered and taken, and the month's
counts as they may be shown (small counts hidden, a second one where a total gives it away)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.help.figures import help_figures
from bot.help.model import HelpPolicy
from bot.outreach.model import OutreachSession, SessionKind

START = datetime(2026, 3, 4, 11, 0, tzinfo=UTC)
SESSION = OutreachSession(
    5, None, SessionKind.OUTREACH_WALK, 1, "Harbour", START, 120, 2, "", False, 1
)
POLICY = HelpPolicy(checkout_grace=timedelta(minutes=30))


@pytest.mark.parametrize(
    ("offset", "shown", "accepted"),
    [
        (timedelta(hours=-1, seconds=-1), False, False),
        (timedelta(hours=-1), True, True),
        (timedelta(hours=2, minutes=30), True, True),  # the end plus the grace
        (timedelta(hours=2, minutes=30, seconds=1), False, True),  # from "are you safe?"
        (timedelta(hours=26, minutes=30), False, True),
        (timedelta(hours=26, minutes=30, seconds=1), False, False),
    ],
)
def test_the_call_is_offered_around_the_session_and_taken_a_day_longer(offset, shown, accepted):
    assert POLICY.shown(SESSION, START + offset) is shown
    assert POLICY.accepted(SESSION, START + offset) is accepted


def test_a_cancelled_session_offers_no_call():
    from dataclasses import replace

    cancelled = replace(SESSION, cancelled=True)
    assert not POLICY.shown(cancelled, START)
    assert not POLICY.accepted(cancelled, START)


def test_small_counts_are_hidden_and_totals_do_not_give_them_away():
    figures = help_figures(
        "2026-03",
        ["safe"] * 6 + ["unanswered"] * 2,
        ["police"] * 7,
        ["resolved"] * 5 + ["referred"] * 5,
        k=5,
    )
    assert figures.sos["safe"] is None and figures.sos["unanswered"] is None
    assert figures.sos["acknowledged"] == 0
    assert figures.sos_total == 8
    assert figures.opened["police"] == 7 and figures.opened_total == 7
    assert figures.opened["robbery"] == 0
    assert figures.closed == {"resolved": 5, "referred": 5, "no-action": 0}
    assert figures.closed_total == 10


def test_one_call_in_a_month_is_not_shown_at_all():
    figures = help_figures("2026-03", ["unanswered"], [], [], k=5)
    assert figures.sos["unanswered"] is None and figures.sos_total is None
    assert figures.opened_total == 0 and figures.closed_total == 0
