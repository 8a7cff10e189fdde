"""Finding services: by type, by keyword (FTS5, any language) and near a point (R*Tree), with the
reader's filters. A point passed to `near` is used for one search and dropped: only distance bands
leave it."""

from __future__ import annotations

from bot.directory.geometry import band_of, box_around, distance_km, km_per_degree, valid_point
from bot.directory.model import PAGE_SIZE, Category, Filters, ResultPage, Service
from bot.directory.records import Records
from bot.directory.words import fts_query
from bot.people import Role
from storage import directory as store

NEAR_ME_RESULTS = 5
# Search radii tried in turn until enough services are found; beyond the last, nothing is "near".
# Doubling keeps the last box at most four times the area that was needed.
NEAR_ME_RADII_KM = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0)


def _open_filter(services: list[Service], filters: Filters) -> list[Service]:
    return [s for s in services if s.open.open_now] if filters.open_now else services


def _page(services: list[Service], page: int) -> ResultPage:
    start = page * PAGE_SIZE
    return ResultPage(services[start : start + PAGE_SIZE], page, len(services) > start + PAGE_SIZE)


def _read_ahead(page: int) -> int:
    # "Open now" is known only after reading hours, so read well past the page asked for.
    return (page + 1) * PAGE_SIZE * 4 + 1


class Search(Records):
    async def in_category(
        self, role: Role, category: Category, filters: Filters, page: int
    ) -> ResultPage:
        """One page of a category, most recently checked first."""
        rows = await store.visible_in_category(
            self.database, self._visible(role, filters), category.value, _read_ahead(page)
        )
        return _page(_open_filter([self._service(r) for r in rows], filters), page)

    async def search(self, role: Role, typed: str, filters: Filters, page: int) -> ResultPage:
        """One page of the services matching every typed word, best match first."""
        query = fts_query(typed)
        if query is None:
            return ResultPage([], page, False)
        rows = await store.visible_matching(
            self.database, self._visible(role, filters), query, _read_ahead(page)
        )
        return _page(_open_filter([self._service(r) for r in rows], filters), page)

    async def near(
        self,
        role: Role,
        latitude: float,
        longitude: float,
        filters: Filters,
        category: Category | None = None,
    ) -> list[Service]:
        """The nearest matching services to a point, never confidential ones. The point is not
        kept: only distance bands leave this function."""
        if not valid_point(latitude, longitude):
            return []
        visible = self._visible(role, filters)
        wanted = NEAR_ME_RESULTS * 10 if filters.open_now else NEAR_ME_RESULTS
        scale = km_per_degree(latitude)
        services: list[Service] = []
        for radius in NEAR_ME_RADII_KM:
            rows = await store.nearest_in_box(
                self.database,
                visible,
                box_around(latitude, longitude, radius),
                category.value if category else None,
                (latitude, longitude),
                scale,
                radius,
                wanted,
            )
            found = [
                self._service(
                    row,
                    band_of(distance_km(latitude, longitude, row["latitude"], row["longitude"])),
                )
                for row in rows
            ]
            services = _open_filter(found, filters)
            if len(services) >= NEAR_ME_RESULTS or len(rows) == wanted:
                break  # enough, or a wider circle would only find the same nearest ones
        return services[:NEAR_ME_RESULTS]
