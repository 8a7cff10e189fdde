"""Reporting periods made of ISO weeks: which weeks a month or quarter holds, which period came
before, and which periods are over and may be reported."""

from datetime import date, timedelta

import pytest

from bot.feedback.periods import (
    iso_week,
    last_periods,
    period_is_over,
    previous_period,
    weeks_back,
    weeks_of,
)


def test_a_month_holds_the_weeks_whose_thursday_falls_in_it():
    assert weeks_of("2026-03") == ["2026-W10", "2026-W11", "2026-W12", "2026-W13"]
    assert weeks_of("2026-02") == ["2026-W06", "2026-W07", "2026-W08", "2026-W09"]
    assert weeks_of("2026-04")[0] == "2026-W14"


def test_a_quarter_is_its_three_months():
    assert weeks_of("2026-Q1") == [f"2026-W{n:02d}" for n in range(1, 14)]
    assert weeks_of("2026-Q2") == weeks_of("2026-04") + weeks_of("2026-05") + weeks_of("2026-06")


def test_week_53_belongs_to_december_of_its_own_iso_year():
    assert weeks_of("2026-12") == ["2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53"]
    assert len(weeks_of("2026-Q4")) == 14
    assert weeks_of("2027-01")[0] == "2027-W01"
    # 1 January 2021 is a Friday in 2020-W53, whose Thursday is 31 December 2020.
    assert weeks_of("2020-12")[-1] == "2020-W53"
    assert weeks_of("2021-01")[0] == "2021-W01"


@pytest.mark.parametrize("year", range(2015, 2032))
def test_every_iso_week_of_a_year_is_in_exactly_one_month(year):
    found = [week for month in range(1, 13) for week in weeks_of(f"{year}-{month:02d}")]
    last = date(year, 12, 28).isocalendar().week  # 28 December is always in the last week
    assert found == [f"{year}-W{n:02d}" for n in range(1, last + 1)]


@pytest.mark.parametrize("period", ["2026-13", "2026-00", "2026-Q5", "2026-W10", "26-03", ""])
def test_only_months_and_quarters_are_periods(period):
    with pytest.raises(ValueError, match="period"):
        weeks_of(period)


def test_the_previous_period_is_of_the_same_kind():
    assert previous_period("2026-03") == "2026-02"
    assert previous_period("2026-01") == "2025-12"
    assert previous_period("2026-Q3") == "2026-Q2"
    assert previous_period("2026-Q1") == "2025-Q4"


def test_a_period_is_over_when_its_last_week_has_ended():
    # March 2026 ends with week 13, Monday 23 to Sunday 29 March.
    assert not period_is_over("2026-03", date(2026, 3, 29))
    assert period_is_over("2026-03", date(2026, 3, 30))
    # December 2026 ends with week 53, which runs to Sunday 3 January 2027.
    assert not period_is_over("2026-12", date(2027, 1, 3))
    assert period_is_over("2026-12", date(2027, 1, 4))


def test_the_picker_offers_only_periods_that_are_over():
    assert last_periods(date(2026, 4, 1), 2) == ["2026-03", "2026-02", "2026-Q1", "2025-Q4"]
    assert last_periods(date(2026, 3, 29), 2) == ["2026-02", "2026-01", "2025-Q4", "2025-Q3"]


def test_a_row_is_dated_by_its_iso_week_only():
    assert iso_week(date(2026, 3, 2)) == "2026-W10"
    assert iso_week(date(2027, 1, 3)) == "2026-W53"  # a Sunday in the last week of 2026


def test_the_weeks_back_are_every_week_the_span_touches_oldest_first():
    # 30 days before Wednesday 4 March 2026 is Monday 2 February, the first day of week 6.
    weeks = ["2026-W06", "2026-W07", "2026-W08", "2026-W09", "2026-W10"]
    assert weeks_back(date(2026, 3, 4), timedelta(days=30)) == weeks
    assert weeks_back(date(2026, 3, 4), timedelta(days=31)) == ["2026-W05", *weeks]
    assert weeks_back(date(2026, 3, 4), timedelta(0)) == ["2026-W10"]
