"""Services age: after `RecheckPolicy.due_days` they are offered to the peers of their area for a
check, after `stale_days` they show "not checked recently", after `hide_days` they are hidden
until someone checks them (see `RecheckPolicy`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from bot.common.refusal import NotAllowed
from bot.directory.model import PAGE_SIZE, Filters, RecheckOffer, Service
from bot.directory.records import Records
from bot.people import Role, Viewer
from storage import directory as store


class Ageing(Records):
    def _due_before(self) -> str:
        return (self.today() - timedelta(days=self.policy.due_days)).isoformat()

    def _checked_by_peers(self) -> tuple[str, ...]:
        """What peers are offered to check: what they may see."""
        return self._visible(Role.PEER, Filters()).visibilities

    async def due_for_recheck(self, viewer: Viewer, limit: int = PAGE_SIZE) -> list[Service]:
        """Services due for a check (hidden ones too), those of the peer's area first, then the
        oldest checked; only what the peer may see, and nothing closed for good."""
        if not viewer.role.at_least(Role.PEER):
            raise NotAllowed
        visibilities = self._visible(viewer.role, Filters()).visibilities
        rows = await store.due_for_recheck(
            self.database, self._due_before(), limit, viewer.area_id, visibilities
        )
        return [self._service(r) for r in rows]

    async def recheck_offers(
        self, peers: Iterable[tuple[int, str, int | None]]
    ) -> list[RecheckOffer]:
        """For each peer (Telegram id, locale, area) with something to check: how many services
        are due in their area, or in all areas for a peer without one."""
        counts = await store.due_counts_by_area(
            self.database, self._due_before(), self._checked_by_peers()
        )
        total = sum(counts.values())
        offers = []
        for telegram_id, locale, area_id in peers:
            due = counts.get(area_id, 0) if area_id is not None else total
            if due:
                offers.append(RecheckOffer(telegram_id, locale, due))
        return offers

    async def freshness_summary(self, viewer: Viewer) -> dict[str, int]:
        """How many published services are fresh, due, stale and hidden, and how many wait."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        today = self.today()

        def cutoff(days: int) -> str:
            return (today - timedelta(days=days)).isoformat()

        return await store.freshness_counts(
            self.database,
            cutoff(self.policy.due_days),
            cutoff(self.policy.stale_days),
            cutoff(self.policy.hide_days),
        )
