"""Distances for "near me": great-circle distance, the search box around a point, distance bands.

A shared location is only ever passed through these functions; nothing here stores or logs it.
"""

from __future__ import annotations

import math
from enum import Enum

EARTH_RADIUS_KM = 6371.0088


class DistanceBand(Enum):
    """Shown instead of exact distances, so answers cannot be used to triangulate anyone."""

    UNDER_1_KM = "under-1"
    FROM_1_TO_3_KM = "from-1-to-3"
    FROM_3_TO_10_KM = "from-3-to-10"
    FURTHER = "further"


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def band_of(km: float) -> DistanceBand:
    if km < 1:
        return DistanceBand.UNDER_1_KM
    if km < 3:
        return DistanceBand.FROM_1_TO_3_KM
    if km < 10:
        return DistanceBand.FROM_3_TO_10_KM
    return DistanceBand.FURTHER


def box_around(latitude: float, longitude: float, km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) containing every point within `km` of the centre."""
    d_lat = math.degrees(km / EARTH_RADIUS_KM)
    cos_lat = max(math.cos(math.radians(latitude)), 1e-6)
    d_lon = min(180.0, math.degrees(km / (EARTH_RADIUS_KM * cos_lat)))
    return latitude - d_lat, latitude + d_lat, longitude - d_lon, longitude + d_lon


def km_per_degree(latitude: float) -> tuple[float, float]:
    """Kilometres per degree of latitude and of longitude near a latitude (flat-earth ranking)."""
    per_degree = math.radians(EARTH_RADIUS_KM)
    return per_degree, per_degree * math.cos(math.radians(latitude))


def valid_point(latitude: float, longitude: float) -> bool:
    return -90 <= latitude <= 90 and -180 <= longitude <= 180
