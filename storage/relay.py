"""Queries for the talk-to-a-peer relay: who is on duty, conversations (the member's chat id lives
only in their row), the ids of their messages, blocks under a keyed hash, and the figures rows.

Nothing here ever holds what people wrote: the relay copies messages from chat to chat.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from storage import outbox
from storage.database import Database

_CONVERSATION = (
    "SELECT c.id, c.member_chat, c.member_locale, c.topic, c.state, c.offered_to, c.peer_id,"
    " c.asked_at, c.accepted_at, c.last_message_at, p.telegram_id AS peer_chat,"
    " p.locale AS peer_locale, p.alias AS peer_alias"
    " FROM relay_conversations AS c LEFT JOIN people AS p ON p.id = c.peer_id AND p.active = 1"
)
# Active, reachable team members with a chat, of some roles, and whether they talk with someone.
_TEAM = (
    "SELECT p.id AS person_id, p.telegram_id, p.locale, p.alias, p.role, d.until,"
    " EXISTS (SELECT 1 FROM relay_conversations AS c WHERE c.peer_id = p.id AND c.state = 'open')"
    " AS busy FROM people AS p LEFT JOIN relay_duty AS d ON d.person_id = p.id"
    " WHERE p.active = 1 AND p.telegram_id IS NOT NULL"
)


def _dicts(rows: Iterable[Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in rows]


# --- duty ------------------------------------------------------------------------------------------


async def set_duty(db: Database, person_id: int, until: str | None) -> None:
    """On duty until `until` (UTC ISO), or off (None)."""
    async with db.transaction() as tx:
        if until is None:
            await tx.execute("DELETE FROM relay_duty WHERE person_id = ?", (person_id,))
        else:
            await tx.execute(
                "INSERT INTO relay_duty (person_id, until) VALUES (?, ?)"
                " ON CONFLICT (person_id) DO UPDATE SET until = excluded.until",
                (person_id, until),
            )


async def duty_until(db: Database, person_id: int, now: str) -> str | None:
    row = await db.fetch_one(
        "SELECT until FROM relay_duty WHERE person_id = ? AND until > ?", (person_id, now)
    )
    return None if row is None else str(row[0])


async def on_duty(db: Database, now: str) -> list[dict[str, Any]]:
    """Everyone on duty now, with their alias, role, until when, and whether they are busy."""
    rows = await db.fetch_all(_TEAM + " AND d.until > ? ORDER BY d.until, p.id", (now,))
    return _dicts(rows)


async def free_to_talk(
    db: Database, now: str, roles: Sequence[str], *, on_duty_only: bool
) -> list[dict[str, Any]]:
    """Reachable team members of `roles` not talking with anyone (and on duty, if asked)."""
    rows = await db.fetch_all(
        _TEAM + " AND p.unreachable = 0 AND p.role IN (SELECT value FROM json_each(?))"
        " AND (? = 0 OR d.until > ?) AND busy = 0 ORDER BY p.id",
        (_json(roles), 1 if on_duty_only else 0, now),
    )
    return _dicts(rows)


async def purge_duty(db: Database, now: str) -> int:
    async with db.transaction() as tx:
        cursor = await tx.execute("DELETE FROM relay_duty WHERE until <= ?", (now,))
        return cursor.rowcount


# --- conversations ---------------------------------------------------------------------------------


async def open_request(
    db: Database, member_chat: int, locale: str, topic: str | None, now: str
) -> int | None:
    """A new request waiting for a peer; None when this member has a conversation already."""
    async with db.transaction() as tx:
        try:
            cursor = await tx.execute(
                "INSERT INTO relay_conversations (member_chat, member_locale, topic, state,"
                " asked_at, last_message_at) VALUES (?, ?, ?, 'waiting', ?, ?)",
                (member_chat, locale, topic, now, now),
            )
        except sqlite3.IntegrityError:
            return None
        return cursor.lastrowid


async def conversation(db: Database, conversation_id: int) -> dict[str, Any] | None:
    row = await db.fetch_one(_CONVERSATION + " WHERE c.id = ?", (conversation_id,))
    return None if row is None else dict(row)


async def of_member(db: Database, member_chat: int) -> dict[str, Any] | None:
    row = await db.fetch_one(_CONVERSATION + " WHERE c.member_chat = ?", (member_chat,))
    return None if row is None else dict(row)


async def of_peer(db: Database, person_id: int) -> dict[str, Any] | None:
    """The conversation a peer is in (open), if any."""
    row = await db.fetch_one(
        _CONVERSATION + " WHERE c.peer_id = ? AND c.state = 'open'", (person_id,)
    )
    return None if row is None else dict(row)


async def waiting(db: Database, offered_to: Sequence[str], limit: int) -> list[dict[str, Any]]:
    rows = await db.fetch_all(
        _CONVERSATION + " WHERE c.state = 'waiting'"
        " AND c.offered_to IN (SELECT value FROM json_each(?)) ORDER BY c.asked_at, c.id LIMIT ?",
        (_json(offered_to), limit),
    )
    return _dicts(rows)


async def accept(
    db: Database,
    conversation_id: int,
    person_id: int,
    now: str,
    figure: tuple[str, int] | None,
) -> list[int] | None:
    """The peer takes a waiting conversation; returns the ids of the member's messages held for
    them (now released), or None when someone else took it first (or the peer is busy). A
    first acceptance leaves a figures row: (month, minutes it waited)."""
    async with db.transaction() as tx:
        try:
            cursor = await tx.execute(
                "UPDATE relay_conversations SET state = 'open', peer_id = ?,"
                " accepted_at = coalesce(accepted_at, ?), last_message_at = ?"
                " WHERE id = ? AND state = 'waiting'",
                (person_id, now, now, conversation_id),
            )
        except sqlite3.IntegrityError:  # already talking with someone else
            return None
        if cursor.rowcount != 1:
            return None
        if figure is not None:
            await tx.execute(
                "INSERT INTO relay_requests (month, minutes_to_accept) VALUES (?, ?)", figure
            )
        cursor = await tx.execute(
            "UPDATE relay_messages SET held = 0 WHERE conversation_id = ? AND held = 1"
            " RETURNING message_id",
            (conversation_id,),
        )
        return sorted(int(r[0]) for r in await cursor.fetchall())


async def hand_over(
    db: Database, conversation_id: int, person_id: int, offered_to: str, now: str
) -> bool:
    """Back to waiting, for another peer or a lead; the handing peer's message ids go (their
    messages are deleted by the caller). False when it was not theirs to hand over."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE relay_conversations SET state = 'waiting', offered_to = ?, asked_at = ?"
            " WHERE id = ? AND peer_id = ? AND state = 'open'",
            (offered_to, now, conversation_id, person_id),
        )
        if cursor.rowcount != 1:
            return False
        await tx.execute(
            "DELETE FROM relay_messages WHERE conversation_id = ? AND chat = 'peer'",
            (conversation_id,),
        )
        return True


async def add_message(
    db: Database,
    conversation_id: int,
    chat: str,
    message_id: int,
    *,
    copy: bool,
    held: bool,
    now: str,
    letters: Sequence[Mapping[str, Any]] = (),
) -> bool:
    """Note where a message of the conversation is (and queue its copy with it, atomically);
    False when the conversation is gone."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE relay_conversations SET last_message_at = ? WHERE id = ?",
            (now, conversation_id),
        )
        if cursor.rowcount != 1:
            return False
        await tx.execute(
            "INSERT OR IGNORE INTO relay_messages (conversation_id, chat, message_id, copy, held,"
            " at) VALUES (?, ?, ?, ?, ?, ?)",
            (conversation_id, chat, message_id, int(copy), int(held), now),
        )
        await outbox.insert(tx, letters)
        return True


async def held_count(db: Database, conversation_id: int) -> int:
    row = await db.fetch_one(
        "SELECT count(*) FROM relay_messages WHERE conversation_id = ? AND held = 1",
        (conversation_id,),
    )
    return 0 if row is None else int(row[0])


async def messages(db: Database, conversation_id: int) -> list[tuple[str, int, bool, str]]:
    """(chat, message id, is a copy, when) of every message of the conversation, oldest first."""
    rows = await db.fetch_all(
        "SELECT chat, message_id, copy, at FROM relay_messages WHERE conversation_id = ?"
        " ORDER BY at, message_id",
        (conversation_id,),
    )
    return [(str(r[0]), int(r[1]), bool(r[2]), str(r[3])) for r in rows]


async def end(db: Database, conversation_id: int, unanswered_month: str | None) -> bool:
    """The conversation, its member's chat id and its message ids go; a request nobody
    accepted leaves a figures row for its month. False when it had ended already."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "DELETE FROM relay_conversations WHERE id = ?", (conversation_id,)
        )
        if cursor.rowcount != 1:
            return False
        if unanswered_month is not None:
            await tx.execute(
                "INSERT INTO relay_requests (month, minutes_to_accept) VALUES (?, NULL)",
                (unanswered_month,),
            )
        return True


async def idle(db: Database, before: str) -> list[int]:
    """Open conversations without a message since `before`, and those whose peer is gone."""
    rows = await db.fetch_all(
        "SELECT c.id FROM relay_conversations AS c LEFT JOIN people AS p ON p.id = c.peer_id"
        " WHERE c.state = 'open' AND (c.last_message_at < ? OR p.active IS NOT 1"
        " OR p.telegram_id IS NULL OR p.unreachable = 1) ORDER BY c.id",
        (before,),
    )
    return [int(r[0]) for r in rows]


async def unanswered(db: Database, asked_before: str) -> list[int]:
    """Requests (or hand-overs) nobody took since `asked_before`."""
    rows = await db.fetch_all(
        "SELECT id FROM relay_conversations WHERE state = 'waiting' AND asked_at < ? ORDER BY id",
        (asked_before,),
    )
    return [int(r[0]) for r in rows]


async def forget_messages_before(db: Database, before: str) -> int:
    """Ids of messages Telegram no longer lets us delete are of no use: they go."""
    async with db.transaction() as tx:
        cursor = await tx.execute("DELETE FROM relay_messages WHERE at < ?", (before,))
        return cursor.rowcount


async def member_gone(db: Database, member_chat: int) -> None:
    """The member blocked the bot: their conversation is idle from now (the sweep ends it)."""
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE relay_conversations SET last_message_at = '', asked_at = ''"
            " WHERE member_chat = ?",
            (member_chat,),
        )


async def letters_to_members(db: Database) -> int:
    """Outbox letters still on their way to members in (or just out of) a conversation."""
    row = await db.fetch_one("SELECT count(*) FROM outbox WHERE purpose = 'relay'")
    return 0 if row is None else int(row[0])


# --- blocks ----------------------------------------------------------------------------------------


async def block(db: Database, member_key: str, until: str) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO relay_blocks (member_key, until) VALUES (?, ?)"
            " ON CONFLICT (member_key) DO UPDATE SET until = excluded.until",
            (member_key, until),
        )


async def is_blocked(db: Database, member_key: str, now: str) -> bool:
    row = await db.fetch_one(
        "SELECT 1 FROM relay_blocks WHERE member_key = ? AND until > ?", (member_key, now)
    )
    return row is not None


async def purge_blocks(db: Database, now: str) -> int:
    async with db.transaction() as tx:
        cursor = await tx.execute("DELETE FROM relay_blocks WHERE until <= ?", (now,))
        return cursor.rowcount


# --- figures ---------------------------------------------------------------------------------------


async def requests_of(db: Database, month: str) -> list[int | None]:
    """Minutes to accept of each request of `month` (None: nobody accepted it)."""
    rows = await db.fetch_all(
        "SELECT minutes_to_accept FROM relay_requests WHERE month = ?", (month,)
    )
    return [None if r[0] is None else int(r[0]) for r in rows]


def _json(values: Sequence[str]) -> str:
    return json.dumps(list(values))
