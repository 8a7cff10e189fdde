"""Service records in and out of storage: the `Records` base every part of the `Directory` builds
on (what a reader may see, rows to `Service`s, adding records, areas, one card, a referral)."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.refusal import NotAllowed
from bot.directory.geometry import DistanceBand
from bot.directory.model import (
    FLAGS,
    Area,
    Category,
    Filters,
    Freshness,
    RecheckPolicy,
    Referral,
    Service,
    ServiceRecord,
    State,
    Visibility,
)
from bot.directory.opening_hours import Closure, open_status, parse_hours
from bot.directory.words import search_words
from bot.people import Role, Viewer
from storage import Database
from storage import directory as store

REFERRAL_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_referral_code() -> str:
    return "".join(secrets.choice(REFERRAL_CODE_ALPHABET) for _ in range(6))


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


@dataclass(frozen=True)
class Records:
    database: Database
    zone: ZoneInfo
    policy: RecheckPolicy
    clock: Callable[[], datetime]
    # Every localised name of a category, so a search for "santé" or "صحة" finds health services.
    category_words: Callable[[Category], Iterable[str]]

    def today(self) -> date:
        return self.clock().astimezone(self.zone).date()

    # --- what a reader may see ---------------------------------------------------------------

    def _visible(self, role: Role, filters: Filters) -> store.Visible:
        visibilities = [Visibility.PUBLIC.value]
        if role.at_least(Role.PEER):
            visibilities.append(Visibility.PEERS.value)
        if role.at_least(Role.LEAD):
            visibilities.append(Visibility.LEADS.value)
        hidden_before = self.today() - timedelta(days=self.policy.hide_days - 1)
        return store.Visible(
            tuple(visibilities),
            hidden_before.isoformat(),
            free_only=filters.free,
            no_papers_only=filters.no_papers,
            sex_worker_led_only=filters.sex_worker_led,
        )

    def _service(self, row: dict[str, Any], distance: DistanceBand | None = None) -> Service:
        record = ServiceRecord(
            name=row["name"],
            categories=tuple(Category(c) for c in (row["categories"] or "").split(",") if c),
            organisation=row["organisation"],
            organisation_sex_worker_led=bool(row["organisation_sex_worker_led"]),
            description=row["description"],
            phone=row["phone"],
            email=row["email"],
            url=row["url"],
            fees=row["fees"],
            is_free=_bool(row["is_free"]),
            eligibility=row["eligibility"],
            documents_required=row["documents_required"],
            no_papers_needed=_bool(row["no_papers_needed"]),
            interpretation=_bool(row["interpretation"]),
            languages=tuple(code for code in (row["languages"] or "").split(",") if code),
            min_age=row["min_age"],
            max_age=row["max_age"],
            status=row["status"],
            notice=row["notice"],
            notice_expires_on=row["notice_expires_on"],
            location_name=row["location_name"],
            address=row["address"],
            latitude=row["latitude"],
            longitude=row["longitude"],
            area_id=row["area_id"],
            directions=row["directions"],
            accessibility=row["accessibility"],
            hours=row["hours"],
            closures=tuple((a, b) for a, b in row.get("closures", ())),
            visibility=Visibility(row["visibility"]),
            **{flag: bool(row[flag]) for flag in FLAGS},
        )
        checked = date.fromisoformat(row["last_checked_on"]) if row["last_checked_on"] else None
        closures = [
            Closure(date.fromisoformat(a), date.fromisoformat(b)) for a, b in record.closures
        ]
        return Service(
            id=row["id"],
            record=record,
            state=State(row["state"]),
            last_checked_on=checked,
            freshness=self.policy.freshness(checked, self.today()),
            area_name=row["area_name"],
            open=open_status(parse_hours(record.hours), closures, self.clock(), self.zone),
            distance=distance,
        )

    def preview(self, record: ServiceRecord) -> Service:
        """How a draft would look as a card, before it is stored."""
        return Service(
            id=0,
            record=record,
            state=State.PROPOSED,
            last_checked_on=None,
            freshness=Freshness.FRESH,
            area_name=None,
            open=open_status(parse_hours(record.hours), [], self.clock(), self.zone),
        )

    async def card(self, role: Role, service_id: int) -> Service | None:
        """A service if this reader may see it: published and visible to their role, or, for
        leads, anything waiting for vetting."""
        row = await store.get_service(self.database, service_id)
        if row is None:
            return None
        service = self._service(row)
        if role.at_least(Role.LEAD):
            return replace(
                service, open_reports=tuple(await store.open_reports(self.database, service_id))
            )
        allowed = self._visible(role, Filters()).visibilities
        if (
            service.state is not State.PUBLISHED
            or service.record.visibility.value not in allowed
            or service.freshness is Freshness.HIDDEN
            or service.record.status == "closed"
        ):
            return None
        return service

    async def card_for(self, role: Role, service_id: int) -> Service:
        """The card this reader may see; NotAllowed for anything else (gone, hidden, forged)."""
        service = await self.card(role, service_id)
        if service is None:
            raise NotAllowed
        return service

    async def checkable(self, viewer: Viewer, service_id: int) -> Service:
        """A service this person may check or correct: for a lead anything stored; for a peer a
        published one of their visibility, however long since its last check (a hidden one
        too: a check is how it comes back). NotAllowed for anything else."""
        if not viewer.role.at_least(Role.PEER):
            raise NotAllowed
        if viewer.role.at_least(Role.LEAD):
            return await self.card_for(viewer.role, service_id)
        row = await store.get_service(self.database, service_id)
        if row is None:
            raise NotAllowed
        service = self._service(row)
        if (
            service.state is not State.PUBLISHED
            or service.record.visibility.value
            not in self._visible(viewer.role, Filters()).visibilities
            or service.record.status == "closed"
        ):
            raise NotAllowed
        return service

    async def published_card(self, role: Role, service_id: int) -> Service:
        """A published card this reader may see (what map pins, referrals and peers' checks
        are for); NotAllowed for anything else, a proposal a lead is looking at included."""
        service = await self.card_for(role, service_id)
        if service.state is not State.PUBLISHED:
            raise NotAllowed
        return service

    async def refer(self, role: Role, service_id: int) -> Referral:
        """A referral note's content; the referral is counted for the month, linked to no one."""
        service = await self.published_card(role, service_id)
        month = self.today().strftime("%Y-%m")
        await store.count_referral(self.database, service_id, month)
        return Referral(service, new_referral_code())

    async def service_name(self, service_id: int) -> str | None:
        """The name of any stored service (for notes about it, rendered when they are sent)."""
        row = await store.get_service(self.database, service_id)
        return None if row is None else str(row["name"])

    async def count_unpublished(self) -> int:
        return await store.count_services(self.database, unpublished_only=True)

    async def is_empty(self) -> bool:
        return await store.count_services(self.database) == 0

    async def areas(self) -> list[Area]:
        return [Area(**row) for row in await store.list_areas(self.database)]

    async def area(self, area_id: int) -> Area | None:
        row = await store.find_area(self.database, area_id)
        return None if row is None else Area(**row)

    async def published(self) -> list[Service]:
        """Every published service, whatever its visibility or age: for operators' exports."""
        return [self._service(row) for row in await store.published_services(self.database)]

    # --- adding records ----------------------------------------------------------------------

    def words_for(self, record: ServiceRecord, area_name: str | None = None) -> str:
        """The normalised text a keyword search looks in: names, description, area, and every
        language's name of each category."""
        parts = [record.name, record.description, record.organisation or "", area_name or ""]
        for category in record.categories:
            parts.extend(self.category_words(category))
        return search_words(" ".join(parts))

    async def _words(self, service_id: int) -> str:
        row = await store.get_service(self.database, service_id)
        if row is None:
            return ""
        return self.words_for(self._service(row).record, row["area_name"])

    def _columns(self, record: ServiceRecord) -> dict[str, Any]:
        values = asdict(record)
        values["languages"] = ",".join(record.languages)
        values["visibility"] = record.visibility.value
        for name in ("is_free", "no_papers_needed", "interpretation", *FLAGS):
            if values[name] is not None:
                values[name] = int(values[name])
        return values

    async def add(
        self,
        records: Iterable[ServiceRecord],
        *,
        state: State,
        by: Viewer | None,
        checked_on: date | None = None,
    ) -> list[int]:
        """Store records in one transaction; published ones count as checked on `checked_on`
        (default today)."""
        return await self.add_checked([(r, checked_on) for r in records], state=state, by=by)

    async def add_checked(
        self,
        records: Iterable[tuple[ServiceRecord, date | None]],
        *,
        state: State,
        by: Viewer | None,
    ) -> list[int]:
        """Store records, each with its own last-checked date (imports), in one transaction."""
        today = self.today().isoformat()
        area_names = {area.id: area.name for area in await self.areas()}
        published = state is State.PUBLISHED
        rows = []
        for record, checked_on in records:
            values = self._columns(record)
            values.update(
                categories=[c.value for c in record.categories],
                state=state.value,
                today=today,
                last_checked_on=(checked_on.isoformat() if checked_on else today)
                if published
                else None,
                checked_by_role=(by.role.value if by else Role.ADMIN.value) if published else None,
                proposed_by=by.person_id if by else None,
                words=self.words_for(record, area_names.get(record.area_id or -1)),
            )
            rows.append(values)
        return await store.insert_services(self.database, rows)
