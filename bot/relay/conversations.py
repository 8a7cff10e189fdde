"""Talk to a peer: an anonymous relay that stores nothing of what people say (DESIGN rule 11).

A member asks (a topic if they like); the peers on duty are offered it; the first to accept gets
the conversation. Each message is copied to the other side through the outbox: neither side
learns the other's account, the member sees the peer's alias, the peer sees "conversation 17".
Only where the messages are is kept (their ids, to delete the copies at the end), and the
member's chat id only while the conversation waits or is open. It ends when either side ends it,
a quick exit, a block, or `idle_after` without a message; a request nobody takes is dropped after
a day. Every rule about who may do what is here and raises `NotAllowed`.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.common.outbox import Outbox, Outgoing
from bot.common.refusal import NotAllowed
from bot.common.suppression import suppress_count
from bot.people import MemberKeys, Role, Viewer
from bot.relay import letters
from bot.relay.model import (
    Accepted,
    Conversation,
    Ending,
    HandTo,
    OnDuty,
    Outcome,
    Relayed,
    RelayFigures,
    Side,
    Topic,
)
from storage import Database
from storage import relay as store

UNANSWERED_AFTER = timedelta(hours=24)  # a request (or a left message) nobody took is dropped
BLOCK_FOR = timedelta(days=30)
DELETABLE_FOR = timedelta(hours=48)  # Telegram's limit for deleting in a private chat
HELD_LIMIT = 20  # messages written before a peer accepts, passed on when one does
WAITING_SHOWN = 5
_TEAM = (Role.PEER.value, Role.LEAD.value, Role.ADMIN.value)
_LEADS = (Role.LEAD.value, Role.ADMIN.value)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def _time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass
class Relay:
    database: Database
    keys: MemberKeys
    clock: Callable[[], datetime]
    zone: ZoneInfo
    default_locale: str
    idle_after: timedelta = timedelta(hours=24)
    duty_for: timedelta = timedelta(hours=4)
    k: int = 5
    # Conversations ended since the WAL was last folded into the file (the sweep does it, so
    # the bytes of their member's chat id leave the disk within a minute).
    ended_since_checkpoint: int = 0

    def _now(self) -> datetime:
        return self.clock()

    def _month(self, moment: datetime) -> str:
        return moment.astimezone(self.zone).strftime("%Y-%m")

    def _conversation(self, row: dict[str, Any]) -> Conversation:
        topic = row["topic"]
        return Conversation(
            id=int(row["id"]),
            member_chat=int(row["member_chat"]),
            member_locale=row["member_locale"],
            topic=Topic(topic) if topic in {t.value for t in Topic} else None,
            waiting=row["state"] == "waiting",
            offered_to=HandTo(row["offered_to"]),
            peer_id=row["peer_id"],
            peer_chat=row["peer_chat"],
            peer_locale=row["peer_locale"] or self.default_locale,
            peer_alias=row["peer_alias"],
            asked_at=_time(row["asked_at"]) or datetime.min.replace(tzinfo=UTC),
            accepted_at=_time(row["accepted_at"]),
            last_message_at=_time(row["last_message_at"]),
        )

    async def get(self, conversation_id: int) -> Conversation | None:
        row = await store.conversation(self.database, conversation_id)
        return None if row is None else self._conversation(row)

    # --- duty ------------------------------------------------------------------------------------

    @staticmethod
    def _team_member(viewer: Viewer) -> int:
        if viewer.person_id is None or not viewer.role.at_least(Role.PEER):
            raise NotAllowed
        return viewer.person_id

    async def duty_until(self, viewer: Viewer) -> datetime | None:
        """Until when this peer is available (None: not now)."""
        person = self._team_member(viewer)
        return _time(await store.duty_until(self.database, person, _iso(self._now())))

    async def set_duty(self, viewer: Viewer, on: bool) -> datetime | None:
        """ "I'm available" on (for `duty_for`, then it switches itself off) or off."""
        person = self._team_member(viewer)
        until = self._now() + self.duty_for if on else None
        await store.set_duty(self.database, person, None if until is None else _iso(until))
        return until

    async def on_duty(self, viewer: Viewer) -> list[OnDuty]:
        """Who is available now, for leads."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        rows = await store.on_duty(self.database, _iso(self._now()))
        return [
            OnDuty(r["alias"], datetime.fromisoformat(r["until"]), bool(r["busy"])) for r in rows
        ]

    async def waiting_for(self, viewer: Viewer) -> list[Conversation]:
        """Requests this peer (or lead) may accept now, oldest first."""
        person = self._team_member(viewer)
        offered = [HandTo.PEER.value] if await self.duty_until(viewer) else []
        if viewer.role.at_least(Role.LEAD):
            offered.append(HandTo.LEAD.value)
        rows = await store.waiting(self.database, offered, WAITING_SHOWN + 5)
        found = [self._conversation(r) for r in rows]
        mine = [c for c in found if c.member_chat != viewer.telegram_id and c.peer_id != person]
        return mine[:WAITING_SHOWN]

    # --- the member's side -------------------------------------------------------------------------

    async def blocked(self, telegram_id: int) -> bool:
        key = self.keys.relay_block_key(telegram_id)
        return await store.is_blocked(self.database, key, _iso(self._now()))

    async def of_member(self, telegram_id: int) -> Conversation | None:
        row = await store.of_member(self.database, telegram_id)
        return None if row is None else self._conversation(row)

    async def _free(self, roles: tuple[str, ...], on_duty_only: bool) -> list[dict[str, Any]]:
        return await store.free_to_talk(
            self.database, _iso(self._now()), roles, on_duty_only=on_duty_only
        )

    async def peers_free(self, telegram_id: int) -> int:
        """How many peers on duty could take a request from this person now."""
        return len([r for r in await self._free(_TEAM, True) if r["telegram_id"] != telegram_id])

    async def nobody_to_ask(self, telegram_id: int) -> bool:
        """Whether a request from them would reach nobody now: none open, no peer free."""
        if await self.of_member(telegram_id) is not None:
            return False
        return not await self.peers_free(telegram_id)

    async def ask(
        self, telegram_id: int, locale: str, topic: Topic | None
    ) -> tuple[Conversation, list[Outgoing]]:
        """Open a request (or find the one this person has) and offer it to every free peer on
        duty; the letters are for the caller to queue."""
        if await self.blocked(telegram_id):
            raise NotAllowed
        now = self._now()
        made = await store.open_request(
            self.database, telegram_id, locale, None if topic is None else topic.value, _iso(now)
        )
        conversation = await self.of_member(telegram_id)
        if conversation is None:  # ended between the two statements: never mind
            raise NotAllowed
        if made is None:
            return conversation, []
        free = [r for r in await self._free(_TEAM, True) if r["telegram_id"] != telegram_id]
        return conversation, self._offers(conversation.id, free)

    def _offers(self, conversation_id: int, people: list[dict[str, Any]]) -> list[Outgoing]:
        """The request offered to each of these free peers, in their language."""
        return [
            letters.offer_to(conversation_id, r["telegram_id"], r["locale"] or self.default_locale)
            for r in people
        ]

    # --- the peer's side ---------------------------------------------------------------------------

    async def of_peer(self, viewer: Viewer) -> Conversation | None:
        if viewer.person_id is None:
            return None
        row = await store.of_peer(self.database, viewer.person_id)
        return None if row is None else self._conversation(row)

    async def accept(self, viewer: Viewer, conversation_id: int) -> Accepted:
        """The first peer to accept gets the conversation; the messages the member wrote while
        waiting are passed on, and the member is told who is here."""
        person = self._team_member(viewer)
        conversation = await self.get(conversation_id)
        if conversation is None or conversation.member_chat == viewer.telegram_id:
            raise NotAllowed
        if conversation.open:
            mine = conversation.peer_id == person
            return Accepted(Outcome.ACCEPTED if mine else Outcome.TAKEN, conversation)
        if conversation.peer_id == person:
            raise NotAllowed  # they handed it over themselves
        if conversation.offered_to is HandTo.LEAD and not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        if conversation.offered_to is HandTo.PEER and await self.duty_until(viewer) is None:
            raise NotAllowed
        if await self.of_peer(viewer) is not None:
            return Accepted(Outcome.BUSY, conversation)
        now = self._now()
        figure = None
        if conversation.accepted_at is None:
            waited = (now - conversation.asked_at).total_seconds() / 60
            figure = (self._month(conversation.asked_at), round(waited))
        held = await store.accept(self.database, conversation_id, person, _iso(now), figure)
        taken = await self.get(conversation_id)
        if held is None or taken is None:
            mine = taken is not None and taken.peer_id == person
            return Accepted(Outcome.ACCEPTED if mine else Outcome.TAKEN, taken)
        started = [letters.to_member(taken, letters.STARTED_LETTER)]
        copies = [letters.copy_of(taken, Side.MEMBER, message_id) for message_id in held]
        return Accepted(Outcome.ACCEPTED, taken, started + [c for c in copies if c is not None])

    async def own(self, viewer: Viewer, conversation_id: int) -> Conversation:
        """An open conversation of this peer's, or NotAllowed (forged, stale, someone else's)."""
        person = self._team_member(viewer)
        conversation = await self.get(conversation_id)
        if conversation is None or conversation.waiting or conversation.peer_id != person:
            raise NotAllowed
        return conversation

    async def hand_over(self, viewer: Viewer, conversation_id: int, to: HandTo) -> Ending | None:
        """Offer the conversation to another free peer on duty, or to the leads; the handing
        peer's copies go from their chat. None: nobody could take it (it stays with them)."""
        conversation = await self.own(viewer, conversation_id)
        person = self._team_member(viewer)
        roles, on_duty = (_TEAM, True) if to is HandTo.PEER else (_LEADS, False)
        targets = [
            r
            for r in await self._free(roles, on_duty)
            if r["person_id"] != person and r["telegram_id"] != conversation.member_chat
        ]
        if not targets:
            return None
        deletions = await self._deletions(conversation, Side.PEER, copies_only=True)
        now = _iso(self._now())
        if not await store.hand_over(self.database, conversation.id, person, to.value, now):
            raise NotAllowed
        handed = letters.to_member(conversation, letters.HANDED_LETTER)
        return Ending(conversation, deletions, [handed, *self._offers(conversation.id, targets)])

    async def block(self, viewer: Viewer, conversation_id: int) -> Ending:
        """The peer blocks an abusive person (a keyed hash of their account, for 30 days); the
        conversation ends."""
        conversation = await self.own(viewer, conversation_id)
        until = _iso(self._now() + BLOCK_FOR)
        key = self.keys.relay_block_key(conversation.member_chat)
        await store.block(self.database, key, until)
        return await self._end(conversation, Side.PEER)

    async def end(self, viewer: Viewer, conversation_id: int) -> Ending:
        """Either side ends it (the member may also withdraw a request still waiting)."""
        conversation = await self.get(conversation_id)
        if conversation is None:
            raise NotAllowed
        if conversation.member_chat == viewer.telegram_id:
            return await self._end(conversation, Side.MEMBER)
        if (
            conversation.open
            and viewer.person_id is not None
            and conversation.peer_id == viewer.person_id
        ):
            return await self._end(conversation, Side.PEER)
        raise NotAllowed

    async def leave(self, viewer: Viewer, *, own_chat_too: bool = False) -> Ending | None:
        """A quick exit: the person's conversation ends, and its messages go from the other
        chat too, theirs and the copies (their own chat is emptied by the exit itself, unless
        `own_chat_too`: a peer's exit asks a question first, and the conversation must not
        wait for the answer)."""
        conversation = await self.of_peer(viewer)
        side = Side.PEER
        if conversation is None:
            conversation, side = await self.of_member(viewer.telegram_id), Side.MEMBER
        if conversation is None:
            return None
        return await self._end(conversation, side, quick_exit=True, own_chat_too=own_chat_too)

    # --- messages ----------------------------------------------------------------------------------

    async def relay(self, viewer: Viewer, chat_id: int, message_id: int) -> Relayed | None:
        """A message someone wrote: copied to the other side (through the outbox, with the note
        of where it is, atomically), held while the request waits, or None outside any
        conversation."""
        conversation, side = await self.of_peer(viewer), Side.PEER
        if conversation is None:
            conversation, side = await self.of_member(chat_id), Side.MEMBER
        if conversation is None:
            return None
        now = _iso(self._now())
        if conversation.waiting:
            if side is Side.PEER:
                return None
            held = await store.held_count(self.database, conversation.id)
            if held >= HELD_LIMIT:
                return Relayed(conversation, held=True, full=True)
            await store.add_message(
                self.database, conversation.id, side, message_id, copy=False, held=True, now=now
            )
            return Relayed(conversation, held=True, first_held=held == 0)
        copy = letters.copy_of(conversation, side, message_id)
        rows = Outbox(self.database, self.clock).rows_for([copy] if copy is not None else [])
        await store.add_message(
            self.database,
            conversation.id,
            side,
            message_id,
            copy=False,
            held=False,
            now=now,
            letters=rows,
        )
        return Relayed(conversation)

    async def copy_source(self, conversation_id: int, written_in: Side, to_chat: int) -> int | None:
        """The chat a queued copy is taken from, while it is still wanted: the conversation is
        open and `to_chat` is still its other side (not a peer who handed it over)."""
        conversation = await self.get(conversation_id)
        if conversation is None or conversation.waiting or conversation.peer_chat is None:
            return None
        if written_in is Side.MEMBER and to_chat == conversation.peer_chat:
            return conversation.member_chat
        if written_in is Side.PEER and to_chat == conversation.member_chat:
            return conversation.peer_chat
        return None

    async def copied(self, conversation_id: int, into: Side, message_id: int) -> bool:
        """Note a copy the outbox made; False when the conversation ended meanwhile (the copy
        must go at once)."""
        return await store.add_message(
            self.database,
            conversation_id,
            into,
            message_id,
            copy=True,
            held=False,
            now=_iso(self._now()),
        )

    async def member_gone(self, chat_id: int) -> None:
        """The member blocked the bot: the next sweep ends their conversation."""
        await store.member_gone(self.database, chat_id)

    # --- ending --------------------------------------------------------------------------------

    async def _deletions(
        self, conversation: Conversation, side: Side, *, copies_only: bool
    ) -> dict[int, list[int]]:
        """Ids of the conversation's messages in one side's chat Telegram still lets us delete."""
        chat = conversation.member_chat if side is Side.MEMBER else conversation.peer_chat
        if chat is None:
            return {}
        since = _iso(self._now() - DELETABLE_FOR)
        ids = [
            message_id
            for where, message_id, copy, at in await store.messages(self.database, conversation.id)
            if where == side and (copy or not copies_only) and at >= since
        ]
        return {chat: ids} if ids else {}

    async def _end(
        self,
        conversation: Conversation,
        by: Side | None,
        *,
        quick_exit: bool = False,
        own_chat_too: bool = False,
    ) -> Ending:
        """Delete the copies (everything on the other side after a quick exit), tell whoever did
        not end it, and forget the conversation: its row, its member's chat id, its ids."""
        deletions: dict[int, list[int]] = {}
        for side in Side:
            if quick_exit and side is by and not own_chat_too:
                continue  # the quick exit empties that chat itself
            deletions |= await self._deletions(conversation, side, copies_only=not quick_exit)
        unanswered = None if conversation.accepted_at else self._month(conversation.asked_at)
        if not await store.end(self.database, conversation.id, unanswered):
            return Ending(conversation)  # ended a moment ago by someone else
        self.ended_since_checkpoint += 1
        told: list[Outgoing] = []
        if by is not Side.MEMBER:
            kind = letters.DROPPED_LETTER if conversation.waiting else letters.ENDED_LETTER
            told.append(letters.to_member(conversation, kind))
        peer_letter = letters.ended_for_peer(conversation) if by is not Side.PEER else None
        if peer_letter is not None:
            told.append(peer_letter)
        return Ending(conversation, deletions, told)

    async def sweep(self) -> list[Ending]:
        """Every minute: end conversations idle for `idle_after` (or whose peer is gone), drop
        requests nobody took for a day, switch off expired duty, lift expired blocks, forget
        ids Telegram no longer lets us delete."""
        now = self._now()
        endings = []
        found = [
            *await store.idle(self.database, _iso(now - self.idle_after)),
            *await store.unanswered(self.database, _iso(now - UNANSWERED_AFTER)),
        ]
        for conversation_id in found:
            conversation = await self.get(conversation_id)
            if conversation is not None:
                endings.append(await self._end(conversation, None))
        await store.purge_duty(self.database, _iso(now))
        await store.purge_blocks(self.database, _iso(now))
        await store.forget_messages_before(self.database, _iso(now - DELETABLE_FOR))
        return endings

    async def erase_traces(self) -> bool:
        """Fold the WAL into the file once conversations ended, so no byte of their member's
        chat id stays on the disk; again at the next sweep while letters to members (telling
        them it ended) are still on their way."""
        if not self.ended_since_checkpoint:
            return False
        await self.database.checkpoint()
        if not await store.letters_to_members(self.database):
            self.ended_since_checkpoint = 0
        return True

    # --- figures -------------------------------------------------------------------------------

    async def figures(self, viewer: Viewer, month: str) -> RelayFigures:
        """Conversations, the median minutes to accept and requests nobody accepted in a month,
        for leads, with counts from 1 to K-1 hidden."""
        if not viewer.role.at_least(Role.LEAD):
            raise NotAllowed
        minutes = await store.requests_of(self.database, month)
        accepted = [m for m in minutes if m is not None]
        unanswered = len(minutes) - len(accepted)
        median = float(statistics.median(accepted)) if len(accepted) >= self.k else None
        return RelayFigures(
            month, suppress_count(len(accepted), self.k), median, suppress_count(unanswered, self.k)
        )
