"""Suggested changes to a published service: a peer's change waits beside the live record until
a lead publishes or rejects it; a lead's own edit applies at once. Both keep history."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.common.refusal import NotAllowed
from bot.common.text import clean_text
from bot.directory.model import (
    ANSWERS,
    STATUSES,
    TEXT_LIMITS,
    Change,
    ChangeOutcome,
    Decision,
    EditableField,
    Standing,
    YourItem,
)
from bot.directory.opening_hours import format_hours, parse_hours
from bot.directory.records import Records
from bot.directory.vetting import QUEUE_LIMIT, REASON_LIMIT
from bot.directory.words import normalise_phone
from bot.people import Role, Viewer
from storage import directory as store


def check_change(field: EditableField, given: str, region: str | None) -> tuple[bool, Any]:
    """(valid, value to store) for a typed or tapped value of a field."""
    if field in (EditableField.IS_FREE, EditableField.NO_PAPERS_NEEDED):
        return (given in ANSWERS), ANSWERS.get(given)
    if field is EditableField.STATUS:
        return (given in STATUSES), given
    text = clean_text(given)
    if field is EditableField.PHONE:
        phone = normalise_phone(text, region)
        return phone is not None, phone
    if field is EditableField.HOURS:
        try:
            return True, format_hours(parse_hours(text))
        except ValueError:
            return False, None
    limit = TEXT_LIMITS.get(field, 300)
    return 0 < len(text) <= limit, text


def _change(row: dict[str, Any]) -> Change:
    return Change(
        row["id"],
        row["service_id"],
        row["name"],
        EditableField(row["field"]),
        row["new_value"],
        row["proposed_by"],
    )


class Changes(Records):
    async def _words_after(self, service_id: int, field: EditableField, value: Any) -> str:
        row = await store.get_service(self.database, service_id)
        if row is None:
            return ""
        record = self._service(row).record
        if field in (EditableField.NAME, EditableField.DESCRIPTION):
            record = replace(record, **{field.value: value})
        return self.words_for(record, row["area_name"])

    async def suggest_change(
        self, viewer: Viewer, service_id: int, field: EditableField, value: Any
    ) -> ChangeOutcome:
        """A peer's change waits for a lead; a lead's applies at once. Both keep history."""
        today = self.today().isoformat()
        if viewer.role.at_least(Role.LEAD):
            applied = await store.apply_change_now(
                self.database,
                service_id,
                field.value,
                value,
                by=viewer.person_id,
                by_role=viewer.role.value,
                today=today,
                words_after=await self._words_after(service_id, field, value),
            )
            if not applied:
                raise NotAllowed
            return ChangeOutcome.APPLIED
        if not viewer.role.at_least(Role.PEER):
            raise NotAllowed
        change_id = await store.add_change(
            self.database, service_id, field.value, value, viewer.person_id, today
        )
        if change_id is None:
            raise NotAllowed
        return ChangeOutcome.DRAFTED

    async def changes(self, viewer: Viewer, limit: int = QUEUE_LIMIT) -> list[Change]:
        """Suggested changes waiting for a lead, oldest first."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        rows = await store.pending_changes(self.database, limit)
        return [_change(row) for row in rows]

    async def own_changes(self, viewer: Viewer, limit: int = QUEUE_LIMIT) -> list[Change]:
        """This person's suggested changes still waiting for a lead, oldest first."""
        if viewer.person_id is None:
            return []
        rows = await store.pending_changes(self.database, limit, proposed_by=viewer.person_id)
        return [_change(row) for row in rows]

    async def your_change(self, viewer: Viewer, change_id: int) -> YourItem:
        """Where this person's own suggested change stands; NotAllowed for anyone else's."""
        row = await store.find_change(self.database, change_id)
        if row is None or viewer.person_id is None or row["proposed_by"] != viewer.person_id:
            raise NotAllowed
        field = EditableField(row["field"])
        standing = {"applied": Standing.PUBLISHED, "rejected": Standing.REJECTED}.get(
            row["state"], Standing.WAITING
        )
        return YourItem(row["name"], standing, row["reason"], field)

    async def pending_change(self, viewer: Viewer, change_id: int) -> Change:
        """A suggested change still waiting for a lead."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        row = await store.find_change(self.database, change_id)
        if row is None or row["state"] != "pending":
            raise NotAllowed
        return _change(row)

    async def decide_change(
        self, viewer: Viewer, change_id: int, *, apply: bool, reason: str | None = None
    ) -> Decision:
        """Publish a suggested change onto the live record, or reject it with a reason."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        change = await store.find_change(self.database, change_id)
        if change is None or change["state"] != "pending":
            raise NotAllowed
        field = EditableField(change["field"])
        decided = await store.decide_change(
            self.database,
            change_id,
            apply=apply,
            by=viewer.person_id,
            by_role=viewer.role.value,
            today=self.today().isoformat(),
            reason=reason[:REASON_LIMIT] if reason else None,
            words_after=await self._words_after(change["service_id"], field, change["new_value"]),
        )
        if not decided:
            raise NotAllowed
        return Decision(change["service_id"], change["name"], change["proposed_by"], change_id)
