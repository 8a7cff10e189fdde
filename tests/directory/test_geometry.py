"""Distances for "near me": bands, a known distance, the search box."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.directory.geometry import DistanceBand, band_of, box_around, distance_km


@pytest.mark.parametrize(
    ("km", "band"),
    [
        (0.0, DistanceBand.UNDER_1_KM),
        (0.99, DistanceBand.UNDER_1_KM),
        (1.0, DistanceBand.FROM_1_TO_3_KM),
        (2.99, DistanceBand.FROM_1_TO_3_KM),
        (3.0, DistanceBand.FROM_3_TO_10_KM),
        (10.0, DistanceBand.FURTHER),
    ],
)
def test_distance_bands(km, band):
    assert band_of(km) is band


def test_distance_of_a_known_pair():
    # Nairobi to Mombasa is about 440 km as the crow flies.
    assert 430 < distance_km(-1.2921, 36.8219, -4.0435, 39.6682) < 450


@given(
    st.floats(-80, 80), st.floats(-179, 179), st.floats(0, 50), st.floats(0, 6.283), st.floats(0, 1)
)
def test_every_point_within_the_radius_is_inside_the_box(lat, lon, km, bearing, share):
    d = km * share / 111.2
    point = (
        lat + d * math.cos(bearing),
        lon + d * math.sin(bearing) / max(math.cos(math.radians(lat)), 1e-6),
    )
    if distance_km(lat, lon, *point) > km:
        return
    min_lat, max_lat, min_lon, max_lon = box_around(lat, lon, km)
    assert min_lat <= point[0] <= max_lat and min_lon <= point[1] <= max_lon
