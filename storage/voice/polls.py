"""Queries for polls: the poll and its wordings, opening (its key made, its letters queued in
the same transaction), answering (a tag and an answer that share nothing), closing (the key and
the tags deleted) and the counts of a closed poll."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from storage import outbox
from storage.database import Database
from storage.voice import optins

# Outbox rows for (chat id, locale) of each recipient, made by the domain.
LettersFor = Callable[[list[tuple[int, str]]], Sequence[Mapping[str, Any]]]

_POLL = (
    "SELECT p.id, p.area_id, a.name AS area_name, p.choices, p.other, p.opens_at, p.closes_at,"
    " p.state FROM polls AS p LEFT JOIN areas AS a ON a.id = p.area_id"
)


async def insert(db: Database, poll: Mapping[str, Any], texts: Sequence[Mapping[str, Any]]) -> int:
    """A scheduled poll and its wordings (`locale`, `question`, `choices`), in writing order."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "INSERT INTO polls (area_id, choices, other, opens_at, closes_at, created_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                poll["area_id"],
                poll["choices"],
                int(poll["other"]),
                poll["opens_at"],
                poll["closes_at"],
                poll["created_by"],
            ),
        )
        poll_id = cursor.lastrowid
        assert poll_id is not None
        await tx.executemany(
            "INSERT INTO poll_texts (poll_id, locale, position, question, choices)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (poll_id, text["locale"], n, text["question"], json.dumps(list(text["choices"])))
                for n, text in enumerate(texts)
            ],
        )
    return poll_id


async def _with_texts(db: Database, rows: list[Any]) -> list[dict[str, Any]]:
    polls = [dict(r) for r in rows]
    if not polls:
        return []
    texts = await db.fetch_all(
        "SELECT poll_id, locale, question, choices FROM poll_texts"
        " WHERE poll_id IN (SELECT value FROM json_each(?)) ORDER BY poll_id, position",
        (json.dumps([p["id"] for p in polls]),),
    )
    for poll in polls:
        poll["texts"] = [
            {"locale": t["locale"], "question": t["question"], "choices": json.loads(t["choices"])}
            for t in texts
            if t["poll_id"] == poll["id"]
        ]
    return polls


async def get(db: Database, poll_id: int) -> dict[str, Any] | None:
    found = await _with_texts(db, await db.fetch_all(_POLL + " WHERE p.id = ?", (poll_id,)))
    return found[0] if found else None


async def in_state(db: Database, state: str, limit: int) -> list[dict[str, Any]]:
    """Polls in a state, the newest first."""
    rows = await db.fetch_all(
        _POLL + " WHERE p.state = ? ORDER BY p.closes_at DESC, p.id DESC LIMIT ?", (state, limit)
    )
    return await _with_texts(db, rows)


async def due_to_open(db: Database, now: str) -> list[int]:
    rows = await db.fetch_all(
        "SELECT id FROM polls WHERE state = 'scheduled' AND opens_at <= ? ORDER BY id", (now,)
    )
    return [r[0] for r in rows]


async def due_to_close(db: Database, now: str) -> list[int]:
    rows = await db.fetch_all(
        "SELECT id FROM polls WHERE state IN ('scheduled', 'open') AND closes_at <= ? ORDER BY id",
        (now,),
    )
    return [r[0] for r in rows]


async def open_poll(db: Database, poll_id: int, key: bytes, letters_for: LettersFor) -> int | None:
    """Open a scheduled poll: its key is kept and one letter per person who gets its questions is
    queued, atomically. Returns how many, or None when it was not scheduled (opened already)."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE polls SET state = 'open' WHERE id = ? AND state = 'scheduled'"
            " RETURNING area_id",
            (poll_id,),
        )
        row = await cursor.fetchone()
        if row is None:
            return None
        await tx.execute("INSERT INTO poll_keys (poll_id, key) VALUES (?, ?)", (poll_id, key))
        audience = await optins.question_audience(tx, row[0])
        return await outbox.insert(tx, letters_for(audience))


async def key_of(db: Database, poll_id: int) -> bytes | None:
    """The poll's key while it is open; None once it closed (or before it opened)."""
    row = await db.fetch_one(
        "SELECT k.key FROM poll_keys AS k JOIN polls AS p ON p.id = k.poll_id"
        " WHERE k.poll_id = ? AND p.state = 'open'",
        (poll_id,),
    )
    return None if row is None else bytes(row[0])


async def answer(db: Database, poll_id: int, tag: str, row: Mapping[str, Any]) -> bool | None:
    """Store an answer unless this tag answered already (False), or the poll is not open (None).
    The tag row and the answer row share nothing: no key, no order, no time."""
    async with db.transaction() as tx:
        cursor = await tx.execute("SELECT state FROM polls WHERE id = ?", (poll_id,))
        state = await cursor.fetchone()
        if state is None or state[0] != "open":
            return None
        cursor = await tx.execute(
            "INSERT OR IGNORE INTO poll_voters (poll_id, tag) VALUES (?, ?)", (poll_id, tag)
        )
        if cursor.rowcount == 0:
            return False
        await tx.execute(
            "INSERT INTO poll_answers (key, poll_id, week, choice, words) VALUES (?, ?, ?, ?, ?)",
            (row["key"], poll_id, row["week"], row["choice"], row["words"]),
        )
        return True


async def close(db: Database, poll_id: int) -> bool:
    """Close a poll: its key and every tag go. The caller folds the WAL afterwards."""
    async with db.transaction() as tx:
        cursor = await tx.execute(
            "UPDATE polls SET state = 'closed' WHERE id = ? AND state IN ('scheduled', 'open')",
            (poll_id,),
        )
        await tx.execute("DELETE FROM poll_voters WHERE poll_id = ?", (poll_id,))
        await tx.execute("DELETE FROM poll_keys WHERE poll_id = ?", (poll_id,))
        return cursor.rowcount == 1


async def counts(db: Database, poll_id: int) -> dict[int | None, int]:
    """Answers per choice (None: in their own words)."""
    rows = await db.fetch_all(
        "SELECT choice, count(*) FROM poll_answers WHERE poll_id = ? GROUP BY choice", (poll_id,)
    )
    return {r[0]: int(r[1]) for r in rows}


async def own_words(db: Database, poll_id: int, limit: int) -> list[str]:
    rows = await db.fetch_all(
        "SELECT words FROM poll_answers WHERE poll_id = ? AND words IS NOT NULL"
        " ORDER BY key LIMIT ?",
        (poll_id, limit),
    )
    return [str(r[0]) for r in rows]
