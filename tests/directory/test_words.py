"""Pure logic of the directory: search normalisation, distances, ageing, phones, filters."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.directory.core import (
    Filters,
    Freshness,
    RecheckPolicy,
    fts_query,
    normalise_phone,
    search_words,
)
from bot.directory.geometry import DistanceBand, band_of, box_around, distance_km


def test_search_words_fold_case_accents_and_arabic_marks():
    assert search_words("Santé POUR tous") == "sante pour tous"
    assert search_words("مُسَاعَدَة") == search_words("مساعدة")
    assert search_words("أمان") == search_words("امان")
    assert search_words("قانونية") == search_words("قانونيه")
    assert search_words("Niño") == "nino"


def test_fts_query_quotes_every_word_and_drops_syntax():
    assert fts_query('clinic OR "x" NEAR(') == '"clinic"* "or"* "x"* "near"*'
    assert fts_query("   ...  ") is None
    assert fts_query("Santé") == '"sante"*'


@pytest.mark.parametrize(("km", "band"), [
    (0.0, DistanceBand.UNDER_1_KM), (0.99, DistanceBand.UNDER_1_KM), (1.0, DistanceBand.FROM_1_TO_3_KM),
    (2.99, DistanceBand.FROM_1_TO_3_KM), (3.0, DistanceBand.FROM_3_TO_10_KM), (10.0, DistanceBand.FURTHER),
])  # fmt: skip
def test_distance_bands(km, band):
    assert band_of(km) is band


def test_distance_of_a_known_pair():
    # Nairobi to Mombasa is about 440 km as the crow flies.
    assert 430 < distance_km(-1.2921, 36.8219, -4.0435, 39.6682) < 450


@given(
    st.floats(-80, 80), st.floats(-179, 179), st.floats(0, 50), st.floats(0, 6.283), st.floats(0, 1)
)
def test_every_point_within_the_radius_is_inside_the_box(lat, lon, km, bearing, share):
    import math

    d = km * share / 111.2
    point = (
        lat + d * math.cos(bearing),
        lon + d * math.sin(bearing) / max(math.cos(math.radians(lat)), 1e-6),
    )
    if distance_km(lat, lon, *point) > km:
        return
    min_lat, max_lat, min_lon, max_lon = box_around(lat, lon, km)
    assert min_lat <= point[0] <= max_lat and min_lon <= point[1] <= max_lon


def test_ageing_thresholds():
    policy = RecheckPolicy(90, 120, 180)
    today = date(2026, 6, 1)

    def aged(days: int) -> Freshness:
        return policy.freshness(date.fromordinal(today.toordinal() - days), today)

    assert [aged(d) for d in (0, 89, 90, 119, 120, 179, 180)] == [
        Freshness.FRESH, Freshness.FRESH, Freshness.DUE, Freshness.DUE, Freshness.STALE,
        Freshness.STALE, Freshness.HIDDEN,
    ]  # fmt: skip
    assert policy.freshness(None, today) is Freshness.HIDDEN


def test_phone_numbers_are_normalised_or_refused():
    assert normalise_phone("+255 22 211 0001", None) == "+255222110001"
    assert normalise_phone("022 211 0001", "TZ") == "+255222110001"
    assert normalise_phone("0712 345 678", "KE") == "+254712345678"
    assert normalise_phone("12345", "KE") is None
    assert normalise_phone("call me", None) is None


def test_filters_toggle_one_at_a_time():
    chosen = Filters().toggled("free").toggled("open_now").toggled("free")
    assert chosen == Filters(open_now=True)
    with pytest.raises(ValueError):
        Filters().toggled("anything")
