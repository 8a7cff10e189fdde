"""Opening hours: open or closed at a moment (midnight, week wrap, closures, daylight saving) and the
compact text format operators type."""

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.directory.opening_hours import (
    Closure,
    OpeningPeriod,
    OpenStatus,
    always_open,
    format_hours,
    open_status,
    parse_hours,
    weekly_summary,
    whole_day,
)

# UTC+3 all year. 2026-03-02 is a Monday.
NAIROBI = ZoneInfo("Africa/Nairobi")
# Clocks go forward 2026-03-29 02:00 -> 03:00 and back 2026-10-25 03:00 -> 02:00, both Sundays.
MADRID = ZoneInfo("Europe/Madrid")

WEEKDAYS_NINE_TO_FIVE = parse_hours("Mo-Fr 09:00-17:00")


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def shown(moment: datetime | None) -> str | None:
    """ISO text with the offset, so a test sees which side of a clock change a moment is on."""
    return moment.isoformat() if moment else None


# Open or closed on an ordinary day


def test_service_is_open_inside_its_hours_and_says_when_it_closes():
    status = open_status(WEEKDAYS_NINE_TO_FIVE, [], utc("2026-03-04 07:00"), NAIROBI)  # Wed 10:00

    assert status.open_now
    assert shown(status.closes_at) == "2026-03-04T17:00:00+03:00"
    assert status.next_opening is None
    assert status.hours_known


def test_opening_moment_counts_as_open_and_closing_moment_as_closed():
    at_opening = open_status(WEEKDAYS_NINE_TO_FIVE, [], utc("2026-03-04 06:00"), NAIROBI)
    at_closing = open_status(WEEKDAYS_NINE_TO_FIVE, [], utc("2026-03-04 14:00"), NAIROBI)

    assert at_opening.open_now
    assert not at_closing.open_now
    assert at_closing.closes_at is None


def test_closed_in_the_morning_points_to_opening_later_today():
    status = open_status(WEEKDAYS_NINE_TO_FIVE, [], utc("2026-03-04 05:00"), NAIROBI)  # 08:00

    assert status == OpenStatus(
        open_now=False,
        closes_at=None,
        next_opening=datetime(2026, 3, 4, 9, 0, tzinfo=NAIROBI),
        hours_known=True,
    )
    assert shown(status.next_opening) == "2026-03-04T09:00:00+03:00"


def test_closed_in_the_evening_points_to_tomorrow_and_friday_evening_to_monday():
    wednesday_evening = open_status(WEEKDAYS_NINE_TO_FIVE, [], utc("2026-03-04 15:00"), NAIROBI)
    friday_evening = open_status(WEEKDAYS_NINE_TO_FIVE, [], utc("2026-03-06 15:00"), NAIROBI)

    assert shown(wednesday_evening.next_opening) == "2026-03-05T09:00:00+03:00"
    assert shown(friday_evening.next_opening) == "2026-03-09T09:00:00+03:00"


def test_status_is_given_in_the_deployment_zone_whatever_zone_now_is_in():
    now_in_new_york = utc("2026-03-04 07:00").astimezone(ZoneInfo("America/New_York"))

    status = open_status(WEEKDAYS_NINE_TO_FIVE, [], now_in_new_york, NAIROBI)

    assert shown(status.closes_at) == "2026-03-04T17:00:00+03:00"


def test_naive_now_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        open_status(WEEKDAYS_NINE_TO_FIVE, [], datetime(2026, 3, 4, 10, 0), NAIROBI)


# Past midnight and round the week


def test_friday_night_period_is_still_open_at_one_on_saturday_morning():
    friday_night = parse_hours("Fr 22:00-02:00")

    saturday_one = open_status(friday_night, [], utc("2026-03-06 22:00"), NAIROBI)
    saturday_two = open_status(friday_night, [], utc("2026-03-06 23:00"), NAIROBI)
    saturday_late = open_status(friday_night, [], utc("2026-03-07 20:00"), NAIROBI)  # Sa 23:00

    assert saturday_one.open_now
    assert shown(saturday_one.closes_at) == "2026-03-07T02:00:00+03:00"
    assert not saturday_two.open_now
    assert shown(saturday_two.next_opening) == "2026-03-13T22:00:00+03:00"
    assert not saturday_late.open_now


def test_sunday_night_period_wraps_into_monday():
    sunday_night = parse_hours("Su 22:00-02:00")

    status = open_status(sunday_night, [], utc("2026-03-08 22:00"), NAIROBI)  # Mon 01:00

    assert status.open_now
    assert shown(status.closes_at) == "2026-03-09T02:00:00+03:00"


def test_back_to_back_periods_close_when_the_last_one_ends():
    split_shift = parse_hours("Mo 09:00-12:00,12:00-17:00")
    through_midnight = parse_hours("Fr 18:00-24:00; Sa 00:00-03:00")

    monday = open_status(split_shift, [], utc("2026-03-02 08:00"), NAIROBI)
    friday = open_status(through_midnight, [], utc("2026-03-06 17:00"), NAIROBI)

    assert shown(monday.closes_at) == "2026-03-02T17:00:00+03:00"
    assert shown(friday.closes_at) == "2026-03-07T03:00:00+03:00"


def test_service_open_all_week_has_no_closing_time_until_a_closure():
    always = parse_hours("24/7")
    thursday_off = [Closure(date(2026, 3, 5), date(2026, 3, 5))]

    plain = open_status(always, [], utc("2026-03-02 07:00"), NAIROBI)
    before_closure = open_status(always, thursday_off, utc("2026-03-02 07:00"), NAIROBI)
    during_closure = open_status(always, thursday_off, utc("2026-03-05 09:00"), NAIROBI)

    assert plain == OpenStatus(open_now=True, closes_at=None, next_opening=None, hours_known=True)
    assert shown(before_closure.closes_at) == "2026-03-05T00:00:00+03:00"
    assert not during_closure.open_now
    assert shown(during_closure.next_opening) == "2026-03-06T00:00:00+03:00"


# Closures and the fourteen-day lookahead


def test_next_opening_skips_a_closure():
    long_weekend = [Closure(date(2026, 3, 5), date(2026, 3, 6))]  # Thu-Fri

    thursday = open_status(WEEKDAYS_NINE_TO_FIVE, long_weekend, utc("2026-03-05 07:00"), NAIROBI)
    wednesday_evening = open_status(
        WEEKDAYS_NINE_TO_FIVE, long_weekend, utc("2026-03-04 15:00"), NAIROBI
    )

    assert not thursday.open_now
    assert shown(thursday.next_opening) == "2026-03-09T09:00:00+03:00"
    assert shown(wednesday_evening.next_opening) == "2026-03-09T09:00:00+03:00"


def test_closure_closes_periods_that_start_on_its_dates_only():
    friday_night = parse_hours("Fr 22:00-02:00")
    saturday_one = utc("2026-03-06 22:00")

    saturday_closed = [Closure(date(2026, 3, 7), date(2026, 3, 7))]
    friday_closed = [Closure(date(2026, 3, 6), date(2026, 3, 6))]

    assert open_status(friday_night, saturday_closed, saturday_one, NAIROBI).open_now
    assert not open_status(friday_night, friday_closed, saturday_one, NAIROBI).open_now


def test_no_next_opening_when_nothing_opens_within_fourteen_days():
    mondays = parse_hours("Mo 09:00-17:00")
    two_mondays_off = [Closure(date(2026, 3, 9), date(2026, 3, 16))]

    # Monday evening: the next two Mondays are closed and the third is three weeks away.
    status = open_status(mondays, two_mondays_off, utc("2026-03-02 14:00"), NAIROBI)

    assert status == OpenStatus(open_now=False, closes_at=None, next_opening=None, hours_known=True)


def test_an_opening_exactly_fourteen_days_ahead_still_counts():
    mondays = parse_hours("Mo 09:00-17:00")
    this_and_next_monday_off = [
        Closure(date(2026, 3, 2), date(2026, 3, 2)),
        Closure(date(2026, 3, 9), date(2026, 3, 9)),
    ]

    at_nine = open_status(mondays, this_and_next_monday_off, utc("2026-03-02 06:00"), NAIROBI)
    a_minute_earlier = open_status(
        mondays, this_and_next_monday_off, utc("2026-03-02 05:59"), NAIROBI
    )

    assert shown(at_nine.next_opening) == "2026-03-16T09:00:00+03:00"
    assert a_minute_earlier.next_opening is None


def test_without_any_periods_hours_are_unknown_rather_than_closed():
    status = open_status([], [], utc("2026-03-04 07:00"), NAIROBI)

    assert status == OpenStatus(
        open_now=False, closes_at=None, next_opening=None, hours_known=False
    )


# Daylight saving in Madrid


def test_spring_forward_period_starting_in_the_skipped_hour_opens_when_clocks_jump():
    sunday = parse_hours("Su 02:30-05:00,09:00-17:00")

    before_jump = open_status(sunday, [], utc("2026-03-29 00:59"), MADRID)  # 01:59 CET
    at_jump = open_status(sunday, [], utc("2026-03-29 01:00"), MADRID)  # now 03:00 CEST
    after_night = open_status(sunday, [], utc("2026-03-29 03:00"), MADRID)  # 05:00 CEST
    morning = open_status(sunday, [], utc("2026-03-29 07:00"), MADRID)  # 09:00 CEST

    assert not before_jump.open_now
    assert shown(before_jump.next_opening) == "2026-03-29T03:00:00+02:00"
    assert at_jump.open_now
    assert shown(at_jump.closes_at) == "2026-03-29T05:00:00+02:00"
    assert shown(after_night.next_opening) == "2026-03-29T09:00:00+02:00"
    assert morning.open_now
    assert shown(morning.closes_at) == "2026-03-29T17:00:00+02:00"


def test_the_week_before_spring_forward_the_night_period_opens_at_half_past_two():
    sunday = parse_hours("Su 02:30-05:00")

    assert not open_status(sunday, [], utc("2026-03-22 01:29"), MADRID).open_now
    assert open_status(sunday, [], utc("2026-03-22 01:30"), MADRID).open_now  # 02:30 CET


def test_period_skipped_entirely_by_spring_forward_does_not_happen_that_night():
    inside_the_gap = parse_hours("Su 02:15-02:45")

    status = open_status(inside_the_gap, [], utc("2026-03-29 00:00"), MADRID)

    assert shown(status.next_opening) == "2026-04-05T02:15:00+02:00"


def test_fall_back_ambiguous_times_mean_their_first_showing():
    # 02:00-03:00 happens twice; 01:30-02:30 runs from 01:30 to the first 02:30, summer time.
    sunday = parse_hours("Su 01:30-02:30")

    opening = open_status(sunday, [], utc("2026-10-24 23:30"), MADRID)  # 01:30 CEST
    first_ten_past_two = open_status(sunday, [], utc("2026-10-25 00:10"), MADRID)
    first_half_past_two = open_status(sunday, [], utc("2026-10-25 00:30"), MADRID)
    second_ten_past_two = open_status(sunday, [], utc("2026-10-25 01:10"), MADRID)  # 02:10 CET

    assert opening.open_now
    assert shown(opening.closes_at) == "2026-10-25T02:30:00+02:00"
    assert first_ten_past_two.open_now
    assert not first_half_past_two.open_now
    assert not second_ten_past_two.open_now
    assert shown(second_ten_past_two.next_opening) == "2026-11-01T01:30:00+01:00"


def test_night_period_over_fall_back_lasts_an_hour_longer_and_ends_in_winter_time():
    saturday_night = parse_hours("Sa 22:00-04:00")

    status = open_status(saturday_night, [], utc("2026-10-24 21:00"), MADRID)  # 23:00 CEST

    assert shown(status.closes_at) == "2026-10-25T04:00:00+01:00"
    assert status.closes_at - utc("2026-10-24 20:00") == timedelta(hours=7)  # 22:00 CEST


# The compact text format


def test_parse_reads_ranges_lists_and_several_times():
    assert parse_hours("Mo-Fr 09:00-17:00; Sa 10:00-14:00") == [
        *[OpeningPeriod(day, time(9), time(17)) for day in range(5)],
        OpeningPeriod(5, time(10), time(14)),
    ]
    assert parse_hours("Mo-We,Fr 09:00-12:00,13:00-17:00") == [
        OpeningPeriod(day, opens, closes)
        for day in (0, 1, 2, 4)
        for opens, closes in ((time(9), time(12)), (time(13), time(17)))
    ]


def test_parse_takes_wrapping_ranges_loose_spacing_and_any_case():
    assert parse_hours("  sa - MO 10:00 - 14:00 ;tu,TH 8:00-9:30 ") == [
        OpeningPeriod(0, time(10), time(14)),
        OpeningPeriod(1, time(8), time(9, 30)),
        OpeningPeriod(3, time(8), time(9, 30)),
        OpeningPeriod(5, time(10), time(14)),
        OpeningPeriod(6, time(10), time(14)),
    ]


def test_parse_sorts_by_day_then_opening_time():
    assert parse_hours("Su 10:00-12:00; Mo 14:00-16:00,08:00-10:00") == [
        OpeningPeriod(0, time(8), time(10)),
        OpeningPeriod(0, time(14), time(16)),
        OpeningPeriod(6, time(10), time(12)),
    ]


def test_parse_reads_24_00_as_closing_at_midnight_and_24_7_as_every_whole_day():
    assert parse_hours("Fr 18:00-24:00") == [OpeningPeriod(4, time(18), time(0))]
    every_whole_day = [OpeningPeriod(day, time(0), time(0)) for day in range(7)]
    assert parse_hours("24/7") == every_whole_day
    assert parse_hours(" 24 / 7 ") == every_whole_day


def test_parse_of_nothing_is_no_periods():
    assert parse_hours("") == []
    assert parse_hours("   ") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Xy 09:00-17:00", "unknown day 'Xy'"),
        ("Mo-Xy 09:00-17:00", "unknown day 'Xy'"),
        ("Mo 25:00-26:00", "bad time '25:00'"),
        ("Mo 09:60-17:00", "bad time '09:60'"),
        ("Mo 24:00-02:00", "bad time '24:00'"),
        ("Mo 09:00-24:30", "bad time '24:30'"),
        ("Mo 9-17", "bad time '9'"),
        ("Mo 09:00", "bad time range '09:00'"),
        ("Mo 09:00-12:00-17:00", "bad time range '09:00-12:00-17:00'"),
        ("Mo-Fr", "missing times in 'Mo-Fr'"),
        ("09:00-17:00", "missing days in '09:00-17:00'"),
        ("Mo 09:00-17:00;", "empty rule"),
        ("Mo 09:00-17:00; ; Tu 09:00-17:00", "empty rule"),
        ("Mo ٠٩:٠٠-١٧:٠٠", "missing times in 'Mo ٠٩:٠٠-١٧:٠٠'"),
    ],
)
def test_parse_errors_name_the_bad_part(text: str, message: str):
    with pytest.raises(ValueError, match=re.escape(message)):
        parse_hours(text)


def test_format_merges_consecutive_days_with_the_same_hours():
    assert format_hours(parse_hours("Fr 09:00-17:00; Sa 10:00-14:00; Mo-Th 09:00-17:00")) == (
        "Mo-Fr 09:00-17:00; Sa 10:00-14:00"
    )
    assert format_hours(parse_hours("Mo,We 09:00-12:00")) == "Mo 09:00-12:00; We 09:00-12:00"
    assert format_hours(parse_hours("Sa-Mo 10:00-14:00")) == "Mo 10:00-14:00; Sa-Su 10:00-14:00"
    assert format_hours(parse_hours("Fr 18:00-24:00")) == "Fr 18:00-00:00"


def test_format_writes_every_whole_day_as_24_7_and_nothing_as_empty():
    assert format_hours([OpeningPeriod(day, time(0), time(0)) for day in range(7)]) == "24/7"
    assert format_hours(parse_hours("24/7; Mo 09:00-10:00")) == (
        "Mo 00:00-00:00,09:00-10:00; Tu-Su 00:00-00:00"
    )
    assert format_hours([]) == ""


def test_always_open_is_every_whole_day_and_nothing_less():
    assert always_open(parse_hours("24/7"))
    assert always_open(parse_hours("Mo-Su 00:00-24:00"))
    assert not always_open(parse_hours("Mo-Sa 00:00-24:00"))
    assert not always_open(parse_hours("24/7; Mo 09:00-10:00"))
    assert not always_open([])
    assert whole_day([(time(0), time(0))]) and not whole_day([(time(0), time(23, 59))])


def test_weekly_summary_groups_consecutive_days_with_the_same_hours():
    periods = parse_hours("Mo-Fr 09:00-17:00; Sa 10:00-14:00")

    assert weekly_summary(periods) == [
        ([0, 1, 2, 3, 4], [(time(9), time(17))]),
        ([5], [(time(10), time(14))]),
    ]
    assert weekly_summary(parse_hours("Mo,We 09:00-12:00")) == [
        ([0], [(time(9), time(12))]),
        ([2], [(time(9), time(12))]),
    ]
    assert weekly_summary([]) == []


def test_a_weekday_outside_the_week_is_refused():
    with pytest.raises(ValueError, match="weekday"):
        OpeningPeriod(7, time(9), time(17))


# Properties

minute_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))
any_periods = st.lists(st.builds(OpeningPeriod, st.integers(0, 6), minute_times, minute_times))


@st.composite
def realistic_weeks(draw: st.DrawFn) -> list[OpeningPeriod]:
    """Weeks built from a few shared time lists, so runs of equal days are common."""
    time_lists = draw(
        st.lists(
            st.lists(st.tuples(minute_times, minute_times), max_size=3), min_size=1, max_size=3
        )
    )
    return [
        OpeningPeriod(day, opens, closes)
        for day in range(7)
        for opens, closes in draw(st.sampled_from(time_lists))
    ]


@given(st.one_of(any_periods, realistic_weeks()))
def test_formatted_hours_read_back_unchanged(periods: list[OpeningPeriod]):
    assert parse_hours(format_hours(periods)) == sorted(periods)


@given(
    periods=st.one_of(any_periods, realistic_weeks()),
    now=st.datetimes(datetime(2026, 1, 1), datetime(2027, 1, 1), timezones=st.just(UTC)),
    closed_day=st.none() | st.dates(date(2026, 1, 1), date(2027, 1, 1)),
)
def test_status_agrees_with_itself_at_the_moments_it_announces(
    periods: list[OpeningPeriod], now: datetime, closed_day: date | None
):
    closures = [Closure(closed_day, closed_day)] if closed_day else []

    status = open_status(periods, closures, now, MADRID)

    if status.closes_at is not None:
        assert status.closes_at > now
        assert not open_status(periods, closures, status.closes_at, MADRID).open_now
    if status.next_opening is not None:
        assert status.next_opening > now
        assert open_status(periods, closures, status.next_opening, MADRID).open_now
