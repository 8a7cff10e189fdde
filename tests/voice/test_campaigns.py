"""Pure logic of campaigns: codes readable off a poster, link values, counting a person once a
day without keeping who."""

from datetime import date

from bot.handlers.deeplinks import LinkKind, parse_payload
from bot.voice.campaigns import (
    CODE_ALPHABET,
    CODE_LENGTH,
    OncePerDay,
    link_value,
    new_code,
    parse_link_value,
)
from bot.voice.model import Target


def test_codes_are_short_and_have_no_letters_that_look_alike():
    codes = {new_code() for _ in range(200)}
    assert len(codes) > 190
    assert all(len(c) == CODE_LENGTH and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert not set("01IO") & set(CODE_ALPHABET)


def test_a_link_value_names_its_target_and_reads_back():
    for target in Target:
        value = link_value("K7Q2MX", target)
        link = parse_payload(LinkKind.CAMPAIGN.value + value)
        assert link is not None and link.kind is LinkKind.CAMPAIGN
        assert parse_link_value(link.value) == ("K7Q2MX", target)
    assert link_value("K7Q2MX", Target.MENU) == "K7Q2MX"
    assert parse_link_value("K7Q2MX_nowhere") is None
    assert parse_link_value("k7q2mx") is None and parse_link_value("K7Q2M") is None


def test_a_person_counts_once_a_day_per_campaign_and_the_key_changes_daily():
    starts = OncePerDay()
    monday, tuesday = date(2026, 3, 2), date(2026, 3, 3)
    assert starts.first_today(5, 1, monday)
    assert not starts.first_today(5, 1, monday)
    assert starts.first_today(5, 2, monday) and starts.first_today(6, 1, monday)
    key = starts._key
    assert starts.first_today(5, 1, tuesday) and starts._key != key
    assert len(starts._seen) == 1  # yesterday's tags are gone with their key
