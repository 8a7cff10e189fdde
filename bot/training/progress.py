"""Which lessons a peer or lead finished, and how many of the team finished each (counts only,
for leads). Nothing is stored for members: training is for people with a role."""

from __future__ import annotations

from dataclasses import dataclass

from bot.common.refusal import NotAllowed
from bot.people import Role, Viewer
from storage import Database
from storage import training as store


@dataclass(frozen=True)
class TeamProgress:
    finished: dict[str, int]  # lesson key -> how many of the team finished it
    team_size: int


@dataclass(frozen=True)
class Training:
    database: Database

    async def finished(self, viewer: Viewer) -> set[str]:
        if viewer.person_id is None or not viewer.role.at_least(Role.PEER):
            return set()
        return await store.finished_lessons(self.database, viewer.person_id)

    async def finish(self, viewer: Viewer, key: str) -> None:
        """Remember that this peer or lead finished a lesson (a member, or an admin without a
        team account, is refused: nothing is stored about them)."""
        if viewer.person_id is None or not viewer.role.at_least(Role.PEER):
            raise NotAllowed
        await store.record_finished(self.database, viewer.person_id, key)

    async def team(self, viewer: Viewer) -> TeamProgress:
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        finished, size = await store.team_counts(self.database)
        return TeamProgress(finished, size)
