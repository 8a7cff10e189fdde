"""The team and its members: identifying who is behind an update, invites, joining, aliases,
language preferences, areas and deactivation."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum

from bot.common.refusal import NotAllowed
from bot.common.text import clean_text
from bot.i18n import choose_locale
from bot.people.keys import MemberKeys
from bot.people.roles import Role, Viewer
from bot.settings import SUPPORTED_LOCALES
from storage import Database
from storage import people as store

INVITE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: codes get read aloud
INVITE_CODE_LENGTH = 10
ALIAS_MIN, ALIAS_MAX = 2, 24
PEERS_PAGE_SIZE = 8
_ALIAS_ALLOWED = re.compile(r"^[\w .'-]+$")
MAX_ALIAS_DIGITS = 4  # more looks like a phone number


@dataclass(frozen=True)
class Invite:
    code: str
    role: Role
    expires_at: datetime


class JoinOutcome(Enum):
    JOINED = "joined"
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"
    ALREADY = "already"


@dataclass(frozen=True)
class JoinResult:
    outcome: JoinOutcome
    role: Role | None = None
    alias: str | None = None


class AliasProblem(Enum):
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    CHARACTERS = "characters"
    LOOKS_LIKE_CONTACT = "contact"


@dataclass(frozen=True)
class TeamMember:
    person_id: int
    alias: str
    role: Role
    joined_on: str
    area_id: int | None = None


@dataclass(frozen=True)
class People:
    """What the people feature needs: the database, the keys, and deployment choices."""

    database: Database
    keys: MemberKeys
    admin_ids: set[int]
    default_locale: str
    invite_valid_days: int
    locales: tuple[str, ...] = SUPPORTED_LOCALES

    async def identify(self, telegram_id: int, language_code: str | None) -> Viewer:
        row, saved = await store.find_person_or_member_locale(
            self.database, telegram_id, self.keys.member_key(telegram_id)
        )
        if row is not None:
            role = Role.ADMIN if telegram_id in self.admin_ids else Role(row.role)
            locale = self._served(row.locale) or choose_locale(
                language_code, self.default_locale, self.locales
            )
            return Viewer(
                telegram_id,
                role,
                locale,
                row.alias,
                row.person_id,
                row.locale is not None,
                row.area_id,
                not row.unreachable,
            )
        role = Role.ADMIN if telegram_id in self.admin_ids else Role.MEMBER
        locale = self._served(saved) or choose_locale(
            language_code, self.default_locale, self.locales
        )
        return Viewer(telegram_id, role, locale, has_saved_locale=saved is not None)

    def _served(self, locale: str | None) -> str | None:
        """A saved choice of a language the deployment no longer serves counts as no choice."""
        return locale if locale in self.locales else None

    async def set_language(self, viewer: Viewer, locale: str) -> Viewer:
        if locale not in self.locales:
            raise ValueError(f"unsupported locale {locale!r}")
        if viewer.person_id is not None:
            await store.save_person_locale(self.database, viewer.person_id, locale)
        else:
            await store.save_member_locale(
                self.database, self.keys.member_key(viewer.telegram_id), locale
            )
        return replace(viewer, locale=locale, has_saved_locale=True)

    async def forget_language(self, viewer: Viewer) -> None:
        if viewer.person_id is not None:
            await store.save_person_locale(self.database, viewer.person_id, None)
        else:
            await store.delete_member_locale(
                self.database, self.keys.member_key(viewer.telegram_id)
            )

    async def forget_member_language(self, telegram_id: int) -> None:
        """A language chosen without a role (or before one), kept under a hash of the id, goes."""
        await store.delete_member_locale(self.database, self.keys.member_key(telegram_id))

    async def sync_bootstrap_admins(self, today: str) -> None:
        """Admins come from the environment: give each a row, retire rows no longer listed."""
        await store.sync_admins(self.database, sorted(self.admin_ids), today)

    def invitable_roles(self, viewer: Viewer) -> list[Role]:
        if viewer.role is Role.ADMIN:
            return [Role.PEER, Role.LEAD]
        if viewer.role is Role.LEAD:
            return [Role.PEER]
        return []

    async def create_invite(self, viewer: Viewer, role: Role, now: datetime) -> Invite:
        if role not in self.invitable_roles(viewer) or viewer.person_id is None:
            raise NotAllowed
        code = "".join(secrets.choice(INVITE_ALPHABET) for _ in range(INVITE_CODE_LENGTH))
        expires_at = now + timedelta(days=self.invite_valid_days)
        await store.insert_invite(
            self.database,
            self.keys.invite_hash(code),
            role.value,
            viewer.person_id,
            now.isoformat(),
            expires_at.isoformat(),
        )
        return Invite(code, role, expires_at)

    async def join(
        self, telegram_id: int, typed_code: str, locale: str, now: datetime
    ) -> JoinResult:
        """Redeem an invite: single use, before it expires; the new member gets a placeholder alias."""
        code = normalise_invite_code(typed_code)
        if code is None:
            return JoinResult(JoinOutcome.UNKNOWN)
        current = await store.find_active(self.database, telegram_id)
        if current is not None or telegram_id in self.admin_ids:
            return JoinResult(JoinOutcome.ALREADY, Role(current.role) if current else Role.ADMIN)
        alias = placeholder_alias()
        outcome, role = await store.redeem_invite(
            self.database,
            self.keys.invite_hash(code),
            telegram_id,
            alias,
            locale,
            now.isoformat(),
            now.date().isoformat(),
        )
        if outcome != "joined" or role is None:
            return JoinResult(JoinOutcome(outcome))
        return JoinResult(JoinOutcome.JOINED, Role(role), alias)

    async def set_alias(self, viewer: Viewer, typed: str) -> str | AliasProblem:
        if viewer.person_id is None:
            raise NotAllowed
        alias = check_alias(typed)
        if isinstance(alias, AliasProblem):
            return alias
        await store.save_alias(self.database, viewer.person_id, alias)
        return alias

    def managed_roles(self, viewer: Viewer) -> list[Role]:
        """Roles whose holders this viewer may list and deactivate."""
        return self.invitable_roles(viewer)

    async def list_team(self, viewer: Viewer, page: int) -> tuple[list[TeamMember], bool]:
        """One page of active peers (and leads, for admins), with whether a next page exists."""
        roles = self.managed_roles(viewer)
        if not roles:
            raise NotAllowed
        rows = await store.list_active(
            self.database, [r.value for r in roles], PEERS_PAGE_SIZE + 1, page * PEERS_PAGE_SIZE
        )
        members = [
            TeamMember(r.person_id, r.alias, Role(r.role), r.joined_on, r.area_id) for r in rows
        ]
        return members[:PEERS_PAGE_SIZE], len(members) > PEERS_PAGE_SIZE

    async def find_manageable(self, viewer: Viewer, person_id: int) -> TeamMember | None:
        row = await store.find_active_by_id(self.database, person_id)
        if row is None or Role(row.role) not in self.managed_roles(viewer):
            return None
        return TeamMember(row.person_id, row.alias, Role(row.role), row.joined_on, row.area_id)

    async def set_area(self, viewer: Viewer, person_id: int, area_id: int | None) -> bool:
        """A lead places a team member in an area (the caller checks the area exists)."""
        if await self.find_manageable(viewer, person_id) is None:
            return False
        await store.save_area(self.database, person_id, area_id)
        return True

    async def peers_to_offer_tasks(self) -> list[tuple[int, str, int | None]]:
        """(Telegram id, locale, area) of every active peer, for offering small tasks."""
        rows = await store.list_active(self.database, [Role.PEER.value], 100_000, 0)
        return [
            (r.telegram_id, r.locale or self.default_locale, r.area_id)
            for r in rows
            if r.telegram_id is not None
        ]

    async def deactivate(self, viewer: Viewer, person_id: int, today: str) -> TeamMember | None:
        """Take away a role at once; the Telegram id is erased, the alias kept for past records."""
        member = await self.find_manageable(viewer, person_id)
        if member is None:
            return None
        telegram_id = await store.deactivate(self.database, person_id, today)
        return member if telegram_id is not None else None

    async def contact(self, person_id: int) -> tuple[int, str] | None:
        """Where and in which language to reach an active team member."""
        row = await store.find_active_by_id(self.database, person_id)
        if row is None or row.telegram_id is None:
            return None
        return row.telegram_id, row.locale or self.default_locale

    async def contacts(
        self, roles: tuple[Role, ...], area_id: int | None = None
    ) -> list[tuple[int, str]]:
        """(Telegram id, locale) of the reachable active people with these roles, those placed
        in `area_id` (or in no area) first. Admins from the environment are included."""
        rows = await store.contacts(self.database, [r.value for r in roles], area_id)
        found = [(telegram_id, locale or self.default_locale) for telegram_id, locale in rows]
        return found

    async def mark_unreachable(self, telegram_id: int) -> None:
        """They blocked the bot: stop writing to them until they write again."""
        await store.set_reachable(self.database, telegram_id, False)

    async def wrote_again(self, viewer: Viewer) -> Viewer:
        """Someone marked unreachable wrote to us (so they unblocked the bot): reachable again."""
        if viewer.reachable:
            return viewer
        await store.set_reachable(self.database, viewer.telegram_id, True)
        return replace(viewer, reachable=True)

    async def active_ids(self, roles: tuple[Role, ...]) -> list[int]:
        rows = await store.list_active(self.database, [r.value for r in roles], 10_000, 0)
        return [row.person_id for row in rows]

    async def leave_role(self, viewer: Viewer, today: str) -> None:
        """Someone leaves their role themselves (quick exit): the account link is erased."""
        if viewer.person_id is not None:
            await store.deactivate(self.database, viewer.person_id, today)

    async def telegram_id_of(self, person_id: int) -> int | None:
        row = await store.find_active_by_id(self.database, person_id)
        return None if row is None else row.telegram_id

    async def grant_role_directly(
        self, telegram_id: int, role: Role, alias: str, today: str
    ) -> None:
        """Console mode only: give a fictional person a role without an invite."""
        if role is Role.ADMIN:
            self.admin_ids.add(telegram_id)
        if role is Role.MEMBER:
            await store.retire_by_telegram_id(self.database, telegram_id, today)
            self.admin_ids.discard(telegram_id)
            return
        await store.upsert_person(self.database, telegram_id, role.value, alias, today)


def normalise_invite_code(typed: str) -> str | None:
    code = clean_text(typed).upper().replace(" ", "").replace("-", "")
    if code.startswith("JOIN_"):
        code = code[len("JOIN_") :]
    if len(code) != INVITE_CODE_LENGTH or any(ch not in INVITE_ALPHABET for ch in code):
        return None
    return code


def placeholder_alias(role: Role = Role.PEER) -> str:
    """An alias to keep until the person chooses one, named after their role ("Lead-7KQ2"
    for a lead, not "Peer-…")."""
    prefix = "Lead" if role.at_least(Role.LEAD) else "Peer"
    return f"{prefix}-" + "".join(secrets.choice(INVITE_ALPHABET) for _ in range(4))


def check_alias(typed: str) -> str | AliasProblem:
    """An alias others will see: short, no contact details; it should never be a legal name."""
    alias = clean_text(typed)
    if len(alias) < ALIAS_MIN:
        return AliasProblem.TOO_SHORT
    if len(alias) > ALIAS_MAX:
        return AliasProblem.TOO_LONG
    if "@" in alias or "://" in alias or sum(ch.isdigit() for ch in alias) > MAX_ALIAS_DIGITS:
        return AliasProblem.LOOKS_LIKE_CONTACT
    if not _ALIAS_ALLOWED.match(alias):
        return AliasProblem.CHARACTERS
    return alias
