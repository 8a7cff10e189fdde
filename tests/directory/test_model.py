"""The directory's records: ageing thresholds and filters."""

from datetime import date

import pytest

from bot.directory.model import Filters, Freshness, RecheckPolicy


def test_ageing_thresholds():
    policy = RecheckPolicy(90, 120, 180)
    today = date(2026, 6, 1)

    def aged(days: int) -> Freshness:
        return policy.freshness(date.fromordinal(today.toordinal() - days), today)

    assert [aged(d) for d in (0, 89, 90, 119, 120, 179, 180)] == [
        Freshness.FRESH,
        Freshness.FRESH,
        Freshness.DUE,
        Freshness.DUE,
        Freshness.STALE,
        Freshness.STALE,
        Freshness.HIDDEN,
    ]
    assert policy.freshness(None, today) is Freshness.HIDDEN


def test_filters_toggle_one_at_a_time():
    chosen = Filters().toggled("free").toggled("open_now").toggled("free")
    assert chosen == Filters(open_now=True)
    with pytest.raises(ValueError):
        Filters().toggled("anything")
