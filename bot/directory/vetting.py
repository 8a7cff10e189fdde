"""Keeping records trustworthy: peers propose services, confirm them or report problems; leads
work through the review queue and publish or reject with a reason. Every decision keeps history.

Anything a person may not do, or a service that is gone or already decided, raises `NotAllowed`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.common.refusal import NotAllowed
from bot.directory.model import (
    Decision,
    ProblemKind,
    ProblemOutcome,
    Service,
    ServiceRecord,
    Standing,
    State,
    YourItem,
)
from bot.directory.records import Records
from bot.people import Role, Viewer
from storage import directory as store

REASON_LIMIT = 500
QUEUE_LIMIT = 20


class Vetting(Records):
    async def propose(self, viewer: Viewer, record: ServiceRecord) -> int:
        """A peer's proposal, stored for the leads to vet; nobody else sees it yet."""
        if not viewer.role.at_least(Role.PEER):
            raise NotAllowed
        (service_id,) = await self.add([record], state=State.PROPOSED, by=viewer)
        return service_id

    async def own_proposals(self, viewer: Viewer, limit: int = QUEUE_LIMIT) -> list[Service]:
        """This person's proposals still waiting for a lead, oldest first."""
        if viewer.person_id is None:
            return []
        rows = await store.proposals_waiting_by(self.database, viewer.person_id, limit)
        return [self._service(row) for row in rows]

    async def your_proposal(self, viewer: Viewer, service_id: int) -> YourItem:
        """Where this person's own proposal stands; NotAllowed for anyone else's."""
        row = await store.get_service(self.database, service_id)
        if row is None or viewer.person_id is None or row["proposed_by"] != viewer.person_id:
            raise NotAllowed
        state = State(row["state"])
        if state is State.PUBLISHED:
            return YourItem(row["name"], Standing.PUBLISHED)
        if state in (State.REJECTED, State.ARCHIVED):
            return YourItem(row["name"], Standing.REJECTED, row["rejection_reason"])
        return YourItem(row["name"], Standing.WAITING)

    async def queue(self, viewer: Viewer, limit: int = QUEUE_LIMIT) -> list[Service]:
        """Proposals and services sent back to review, oldest first, with their open reports."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        rows = await store.vetting_queue(self.database, limit)
        services = []
        for row in rows:
            reports = tuple(await store.open_reports(self.database, row["id"]))
            services.append(replace(self._service(row), open_reports=reports))
        return services

    async def waiting(self, viewer: Viewer, service_id: int) -> Service:
        """A service waiting for a lead (a proposal, or sent back to review)."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        service = await self.card(viewer.role, service_id)
        if service is None or service.state not in (State.PROPOSED, State.REVIEW):
            raise NotAllowed
        return service

    async def _decide(
        self, viewer: Viewer, service_id: int, state: State, reason: str | None = None
    ) -> Decision:
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        row = await store.get_service(self.database, service_id)
        if row is None:
            raise NotAllowed
        changed = await store.set_state(
            self.database,
            service_id,
            state=state.value,
            from_states=(State.PROPOSED.value, State.REVIEW.value),
            today=self.today().isoformat(),
            words=self.words_for(self._service(row).record, row["area_name"]),
            by=viewer.person_id,
            by_role=viewer.role.value,
            checked=state is State.PUBLISHED,
            reason=reason,
            resolve_reports=True,
        )
        if not changed:
            raise NotAllowed  # decided already (by another lead, or a stale button)
        return Decision(service_id, row["name"], row["proposed_by"])

    async def approve(self, viewer: Viewer, service_id: int) -> Decision:
        """Publish a proposal, or put a reviewed service back as checked today."""
        return await self._decide(viewer, service_id, State.PUBLISHED)

    async def reject(self, viewer: Viewer, service_id: int, reason: str) -> Decision:
        """Reject a proposal, or archive a service under review, with a reason the proposer sees."""
        row = await store.get_service(self.database, service_id)
        if row is None:
            raise NotAllowed
        target = State.REJECTED if row["state"] == State.PROPOSED.value else State.ARCHIVED
        return await self._decide(viewer, service_id, target, reason[:REASON_LIMIT])

    async def confirm(self, viewer: Viewer, service_id: int) -> None:
        """A peer or lead confirms a published service is still right: it is checked today
        (a hidden one too: that is how it comes back)."""
        if not viewer.role.at_least(Role.PEER):
            raise NotAllowed
        confirmed = await store.set_state(
            self.database,
            service_id,
            state=State.PUBLISHED.value,
            from_states=(State.PUBLISHED.value,),
            today=self.today().isoformat(),
            words=await self._words(service_id),
            by=viewer.person_id,
            by_role=viewer.role.value,
            checked=True,
        )
        if not confirmed:
            raise NotAllowed

    async def report_problem(
        self, viewer: Viewer, service_id: int, kind: ProblemKind
    ) -> ProblemOutcome:
        """Record a problem with a published service: noted, sent back to review (two peers'
        reports, or one lead's), or already received (the same person's same report is open)."""
        if not viewer.role.at_least(Role.PEER) or viewer.person_id is None:
            raise NotAllowed
        outcome = await store.add_problem_report(
            self.database,
            service_id,
            kind.value,
            viewer.person_id,
            viewer.role.value,
            self.today().isoformat(),
            await self._words(service_id),
        )
        if outcome is None:
            raise NotAllowed
        return ProblemOutcome(outcome)

    async def history(self, viewer: Viewer, service_id: int) -> list[dict[str, Any]]:
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        return await store.history(self.database, service_id)
