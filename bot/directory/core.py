"""The vetted service directory: find services (category, keyword, near me), show a card, refer,
and keep records trustworthy (peers propose, confirm and report; leads vet; ageing re-checks).

Plain dataclasses in and out; a shared location is used in memory for one search and dropped.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import Enum, StrEnum
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers

from bot.common.refusal import NotAllowed
from bot.common.text import clean_text
from bot.directory.geometry import (
    DistanceBand,
    band_of,
    box_around,
    distance_km,
    km_per_degree,
    valid_point,
)
from bot.directory.opening_hours import Closure, OpenStatus, format_hours, open_status, parse_hours
from bot.people import Role, Viewer
from storage import Database
from storage import directory as store

PAGE_SIZE = 5
NEAR_ME_RESULTS = 5
# Search radii tried in turn until enough services are found; beyond the last, nothing is "near".
# Doubling keeps the last box at most four times the area that was needed.
NEAR_ME_RADII_KM = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0)
REFERRAL_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class Category(StrEnum):
    HEALTH = "health"
    HIV_STI = "hiv-sti"
    SEXUAL_HEALTH = "sexual-health"
    MENTAL_HEALTH = "mental-health"
    LEGAL_AID = "legal-aid"
    GBV = "gbv"
    SHELTER = "shelter"
    DROP_IN = "drop-in"
    LIVELIHOOD = "livelihood"
    DOCUMENTATION = "documentation"
    HARM_REDUCTION = "harm-reduction"
    SEX_WORKER_LED = "sex-worker-led"
    PEER_SUPPORT = "peer-support"
    EMERGENCY = "emergency"


class Visibility(StrEnum):
    PUBLIC = "public"
    PEERS = "peers"
    LEADS = "leads"


class State(StrEnum):
    PROPOSED = "proposed"
    PUBLISHED = "published"
    REVIEW = "review"
    REJECTED = "rejected"
    ARCHIVED = "archived"


class Freshness(Enum):
    FRESH = "fresh"
    DUE = "due"  # offered to peers for a re-check
    STALE = "stale"  # shown as "not checked recently"
    HIDDEN = "hidden"  # not shown until re-checked


class ProblemKind(StrEnum):
    CLOSED = "closed"
    MOVED = "moved"
    WRONG_HOURS = "wrong-hours"
    TREATED_BADLY = "treated-badly"
    ASKED_FOR_PAPERS = "asked-for-papers"
    CALLED_POLICE = "called-police"


class EditableField(StrEnum):
    """What a peer may suggest changing on a published service (and a lead may edit)."""

    NAME = "name"
    DESCRIPTION = "description"
    PHONE = "phone"
    ADDRESS = "address"
    HOURS = "hours"
    IS_FREE = "is_free"
    NO_PAPERS_NEEDED = "no_papers_needed"
    STATUS = "status"
    NOTICE = "notice"


TEXT_LIMITS = {EditableField.NAME: 120, EditableField.DESCRIPTION: 1000,
               EditableField.ADDRESS: 300, EditableField.NOTICE: 300}  # fmt: skip
STATUSES = ("active", "temporarily_closed", "closed")
ANSWERS = {"yes": 1, "no": 0, "unknown": None}


FLAGS = ("sex_worker_led", "rights_based", "no_police_reporting", "trans_friendly",
         "confidential", "walk_in")  # fmt: skip


@dataclass(frozen=True)
class RecheckPolicy:
    due_days: int = 90
    stale_days: int = 120
    hide_days: int = 180

    def freshness(self, last_checked: date | None, today: date) -> Freshness:
        if last_checked is None:
            return Freshness.HIDDEN
        age = (today - last_checked).days
        if age >= self.hide_days:
            return Freshness.HIDDEN
        if age >= self.stale_days:
            return Freshness.STALE
        if age >= self.due_days:
            return Freshness.DUE
        return Freshness.FRESH


@dataclass(frozen=True)
class Filters:
    free: bool = False
    no_papers: bool = False
    sex_worker_led: bool = False
    open_now: bool = False

    def toggled(self, name: str) -> Filters:
        if name not in asdict(self):
            raise ValueError(name)
        return replace(self, **{name: not getattr(self, name)})


@dataclass(frozen=True)
class ServiceRecord:
    """What a person proposes or an operator imports: HSDS-like fields plus our attributes."""

    name: str
    categories: tuple[Category, ...] = ()
    organisation: str | None = None
    organisation_sex_worker_led: bool = False
    description: str = ""
    phone: str | None = None
    email: str | None = None
    url: str | None = None
    fees: str | None = None
    is_free: bool | None = None
    eligibility: str | None = None
    documents_required: str | None = None
    no_papers_needed: bool | None = None
    interpretation: bool | None = None
    languages: tuple[str, ...] = ()
    min_age: int | None = None
    max_age: int | None = None
    status: str = "active"
    notice: str | None = None
    notice_expires_on: str | None = None
    location_name: str | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    area_id: int | None = None
    directions: str | None = None
    accessibility: str | None = None
    hours: str = ""
    closures: tuple[tuple[str, str], ...] = ()
    sex_worker_led: bool = False
    rights_based: bool = False
    no_police_reporting: bool = False
    trans_friendly: bool = False
    confidential: bool = False
    walk_in: bool = False
    visibility: Visibility = Visibility.PUBLIC


@dataclass(frozen=True)
class Service:
    """A stored service as a reader sees it."""

    id: int
    record: ServiceRecord
    state: State
    last_checked_on: date | None
    freshness: Freshness
    area_name: str | None
    open: OpenStatus
    distance: DistanceBand | None = None
    open_reports: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ResultPage:
    services: list[Service]
    page: int
    has_more: bool


@dataclass(frozen=True)
class Area:
    id: int
    code: str
    name: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class Referral:
    service: Service
    code: str


@dataclass(frozen=True)
class Change:
    id: int
    service_id: int
    service_name: str
    field: EditableField
    new_value: str | None
    proposer_person_id: int | None


class ChangeOutcome(Enum):
    DRAFTED = "drafted"  # waits for a lead beside the live record
    APPLIED = "applied"  # a lead's own edit


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


@dataclass(frozen=True)
class Decision:
    """The outcome of a vetting action, with whom to tell (the proposer, if still on the team)."""

    service_id: int
    name: str
    proposer_person_id: int | None


def search_words(text: str) -> str:
    """Lower case without accents or Arabic vowel marks, so 'Santé', 'sante' and 'SANTÉ' match,
    and 'مُسَاعَدَة' matches 'مساعدة'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    kept = kept.replace("\u0640", "")  # tatweel, a stretching stroke
    for variants, plain in (("أإآٱ", "ا"), ("ى", "ي"), ("ة", "ه")):
        for ch in variants:
            kept = kept.replace(ch, plain)
    return unicodedata.normalize("NFC", kept)


def fts_query(typed: str) -> str | None:
    """Each typed word must match the start of a word; quotes keep FTS syntax out of it."""
    words = re.findall(r"\w+", search_words(typed))[:8]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def normalise_phone(typed: str, region: str | None) -> str | None:
    """A valid phone number in E.164 form, or None. Without a leading + the deployment's region
    is assumed."""
    try:
        number = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def new_referral_code() -> str:
    return "".join(secrets.choice(REFERRAL_CODE_ALPHABET) for _ in range(6))


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


@dataclass(frozen=True)
class Directory:
    database: Database
    zone: ZoneInfo
    policy: RecheckPolicy
    clock: Callable[[], datetime]
    # Every localised name of a category, so a search for "santé" or "صحة" finds health services.
    category_words: Callable[[Category], Iterable[str]]

    # --- reading ---------------------------------------------------------------------------

    def today(self) -> date:
        return self.clock().astimezone(self.zone).date()

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
            closures=tuple(tuple(c) for c in row.get("closures", ())),
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

    def _open_filter(self, services: list[Service], filters: Filters) -> list[Service]:
        return [s for s in services if s.open.open_now] if filters.open_now else services

    def _page(self, services: list[Service], page: int) -> ResultPage:
        start = page * PAGE_SIZE
        return ResultPage(
            services[start : start + PAGE_SIZE], page, len(services) > start + PAGE_SIZE
        )

    async def in_category(
        self, role: Role, category: Category, filters: Filters, page: int
    ) -> ResultPage:
        rows = await store.visible_in_category(
            self.database,
            self._visible(role, filters),
            category.value,
            (page + 1) * PAGE_SIZE * 4 + 1,
        )
        services = self._open_filter([self._service(r) for r in rows], filters)
        return self._page(services, page)

    async def search(self, role: Role, typed: str, filters: Filters, page: int) -> ResultPage:
        query = fts_query(typed)
        if query is None:
            return ResultPage([], page, False)
        rows = await store.visible_matching(
            self.database, self._visible(role, filters), query, (page + 1) * PAGE_SIZE * 4 + 1
        )
        services = self._open_filter([self._service(r) for r in rows], filters)
        return self._page(services, page)

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
        # "Open now" is known only after reading hours, so read more when it filters.
        wanted = NEAR_ME_RESULTS * 10 if filters.open_now else NEAR_ME_RESULTS
        scale = km_per_degree(latitude)
        services: list[Service] = []
        for radius in NEAR_ME_RADII_KM:
            rows = await store.nearest_in_box(
                self.database, visible, box_around(latitude, longitude, radius),
                category.value if category else None, (latitude, longitude), scale, radius, wanted,
            )  # fmt: skip
            found = [
                self._service(
                    row,
                    band_of(distance_km(latitude, longitude, row["latitude"], row["longitude"])),
                )
                for row in rows
            ]
            services = self._open_filter(found, filters)
            if len(services) >= NEAR_ME_RESULTS or len(rows) == wanted:
                break  # enough, or a wider circle would only find the same nearest ones
        return services[:NEAR_ME_RESULTS]

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

    async def count_unpublished(self) -> int:
        return await store.count_services(self.database, unpublished_only=True)

    async def is_empty(self) -> bool:
        return await store.count_services(self.database) == 0

    async def areas(self) -> list[Area]:
        return [Area(**row) for row in await store.list_areas(self.database)]

    async def area(self, area_id: int) -> Area | None:
        row = await store.find_area(self.database, area_id)
        return None if row is None else Area(**row)

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

    async def refer(self, role: Role, service_id: int) -> Referral | None:
        """A referral note's content; the referral is counted for the month, linked to no one."""
        service = await self.card(role, service_id)
        if service is None or service.state is not State.PUBLISHED:
            return None
        month = self.today().strftime("%Y-%m")
        await store.count_referral(self.database, service_id, month)
        return Referral(service, new_referral_code())

    # --- keeping it current ----------------------------------------------------------------

    def words_for(self, record: ServiceRecord, area_name: str | None = None) -> str:
        parts = [record.name, record.description, record.organisation or "", area_name or ""]
        for category in record.categories:
            parts.extend(self.category_words(category))
        return search_words(" ".join(parts))

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

    async def published(self) -> list[Service]:
        """Every published service, whatever its visibility or age: for operators' exports."""
        return [self._service(row) for row in await store.published_services(self.database)]

    async def propose(self, viewer: Viewer, record: ServiceRecord) -> int:
        if not viewer.role.at_least(Role.PEER):
            raise NotAllowed
        (service_id,) = await self.add([record], state=State.PROPOSED, by=viewer)
        return service_id

    async def _words(self, service_id: int) -> str:
        row = await store.get_service(self.database, service_id)
        if row is None:
            return ""
        return self.words_for(self._service(row).record, row["area_name"])

    async def queue(self, viewer: Viewer, limit: int = 20) -> list[Service]:
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        rows = await store.vetting_queue(self.database, limit)
        services = []
        for row in rows:
            reports = tuple(await store.open_reports(self.database, row["id"]))
            services.append(replace(self._service(row), open_reports=reports))
        return services

    async def _decide(
        self, viewer: Viewer, service_id: int, state: State, reason: str | None = None
    ) -> Decision | None:
        if not viewer.role.at_least(Role.LEAD):
            return None
        row = await store.get_service(self.database, service_id)
        if row is None:
            return None
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
        return Decision(service_id, row["name"], row["proposed_by"]) if changed else None

    async def approve(self, viewer: Viewer, service_id: int) -> Decision | None:
        return await self._decide(viewer, service_id, State.PUBLISHED)

    async def reject(self, viewer: Viewer, service_id: int, reason: str) -> Decision | None:
        """Reject a proposal, or archive a service under review, with a reason the proposer sees."""
        row = await store.get_service(self.database, service_id)
        if row is None:
            return None
        target = State.REJECTED if row["state"] == State.PROPOSED.value else State.ARCHIVED
        return await self._decide(viewer, service_id, target, reason[:500])

    async def confirm(self, viewer: Viewer, service_id: int) -> bool:
        """A peer or lead confirms a published service is still right: it is checked today."""
        if not viewer.role.at_least(Role.PEER):
            return False
        return await store.set_state(
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

    async def report_problem(
        self, viewer: Viewer, service_id: int, kind: ProblemKind
    ) -> tuple[bool, bool]:
        """(recorded, sent back to review): two peers' reports, or one lead's, send it back."""
        if not viewer.role.at_least(Role.PEER) or viewer.person_id is None:
            return False, False
        return await store.add_problem_report(
            self.database,
            service_id,
            kind.value,
            viewer.person_id,
            viewer.role.value,
            self.today().isoformat(),
            await self._words(service_id),
        )

    async def due_for_recheck(self, viewer: Viewer, limit: int = PAGE_SIZE) -> list[Service]:
        if not viewer.role.at_least(Role.PEER):
            raise NotAllowed
        rows = await store.due_for_recheck(self.database, self._due_before(), limit, viewer.area_id)
        return [self._service(r) for r in rows]

    def _due_before(self) -> str:
        return (self.today() - timedelta(days=self.policy.due_days)).isoformat()

    async def recheck_offers(
        self, peers: list[tuple[int, str, int | None]]
    ) -> list[tuple[int, str, int]]:
        """(Telegram id, locale, how many due) for each peer with something to check: the
        services of their area, or all of them for a peer without an area."""
        counts = await store.due_counts_by_area(self.database, self._due_before())
        total = sum(counts.values())
        offers = []
        for telegram_id, locale, area_id in peers:
            due = counts.get(area_id, 0) if area_id is not None else total
            if due:
                offers.append((telegram_id, locale, due))
        return offers

    async def freshness_summary(self, viewer: Viewer) -> dict[str, int]:
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

    async def history(self, viewer: Viewer, service_id: int) -> list[dict[str, Any]]:
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        return await store.history(self.database, service_id)

    # --- suggested changes -------------------------------------------------------------------

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
    ) -> ChangeOutcome | None:
        """A peer's change waits for a lead; a lead's applies at once. Both keep history."""
        today = self.today().isoformat()
        if viewer.role.at_least(Role.LEAD):
            applied = await store.apply_change_now(
                self.database, service_id, field.value, value, by=viewer.person_id,
                by_role=viewer.role.value, today=today,
                words_after=await self._words_after(service_id, field, value),
            )  # fmt: skip
            return ChangeOutcome.APPLIED if applied else None
        if not viewer.role.at_least(Role.PEER):
            return None
        change_id = await store.add_change(
            self.database, service_id, field.value, value, viewer.person_id, today
        )
        return None if change_id is None else ChangeOutcome.DRAFTED

    async def changes(self, viewer: Viewer, limit: int = 20) -> list[Change]:
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        rows = await store.pending_changes(self.database, limit)
        return [
            Change(r["id"], r["service_id"], r["name"], EditableField(r["field"]), r["new_value"],
                   r["proposed_by"])
            for r in rows
        ]  # fmt: skip

    async def decide_change(
        self, viewer: Viewer, change_id: int, *, apply: bool, reason: str | None = None
    ) -> Decision | None:
        """Publish a suggested change onto the live record, or reject it with a reason."""
        if not viewer.role.at_least(Role.LEAD):
            return None
        change = await store.find_change(self.database, change_id)
        if change is None or change["state"] != "pending":
            return None
        field = EditableField(change["field"])
        decided = await store.decide_change(
            self.database, change_id, apply=apply, by=viewer.person_id, by_role=viewer.role.value,
            today=self.today().isoformat(), reason=reason[:500] if reason else None,
            words_after=await self._words_after(change["service_id"], field, change["new_value"]),
        )  # fmt: skip
        if not decided:
            return None
        return Decision(change["service_id"], change["name"], change["proposed_by"])
