"""Who gets community questions (and about which areas) and community updates. A row keeps a
chat id only while its person gets one of them; the last opt-out deletes it."""

from __future__ import annotations

import aiosqlite

from storage.database import Database


async def choices(db: Database, chat_id: int) -> tuple[bool, bool, list[int]]:
    """(questions, updates, question areas) of a chat; all off when it opted in to nothing."""
    rows = await db.fetch_all(
        "SELECT s.questions, s.updates, a.area_id FROM voice_subscribers AS s"
        " LEFT JOIN voice_question_areas AS a ON a.chat_id = s.chat_id"
        " WHERE s.chat_id = ? ORDER BY a.area_id",
        (chat_id,),
    )
    if not rows:
        return False, False, []
    return bool(rows[0][0]), bool(rows[0][1]), [r[2] for r in rows if r[2] is not None]


async def save(
    db: Database, chat_id: int, locale: str, questions: bool, updates: bool, areas: list[int]
) -> None:
    """Set a chat's choices at once; nothing chosen deletes the chat (and its areas)."""
    async with db.transaction() as tx:
        await forget(tx, chat_id)
        if not (questions or updates):
            return
        await tx.execute(
            "INSERT INTO voice_subscribers (chat_id, locale, questions, updates) VALUES (?, ?, ?, ?)",
            (chat_id, locale, int(questions), int(updates)),
        )
        await tx.executemany(
            "INSERT INTO voice_question_areas (chat_id, area_id) VALUES (?, ?)",
            [(chat_id, area) for area in (areas if questions else [])],
        )


async def forget(tx: aiosqlite.Connection, chat_id: int) -> None:
    """Inside a transaction: every opt-in of the chat goes (its areas by cascade)."""
    await tx.execute("DELETE FROM voice_question_areas WHERE chat_id = ?", (chat_id,))
    await tx.execute("DELETE FROM voice_subscribers WHERE chat_id = ?", (chat_id,))


async def drop(db: Database, chat_id: int) -> None:
    async with db.transaction() as tx:
        await forget(tx, chat_id)


async def question_audience(tx: aiosqlite.Connection, area_id: int | None) -> list[tuple[int, str]]:
    """(chat id, locale) of everyone who gets questions about `area_id` (None: a question for
    everyone): those who chose that area, and those who chose no area (every area)."""
    cursor = await tx.execute(
        "SELECT s.chat_id, s.locale FROM voice_subscribers AS s WHERE s.questions = 1 AND ("
        " ? IS NULL"
        " OR NOT EXISTS (SELECT 1 FROM voice_question_areas AS a WHERE a.chat_id = s.chat_id)"
        " OR EXISTS (SELECT 1 FROM voice_question_areas AS a"
        "  WHERE a.chat_id = s.chat_id AND a.area_id = ?)) ORDER BY s.chat_id",
        (area_id, area_id),
    )
    return [(int(r[0]), str(r[1])) for r in await cursor.fetchall()]


async def update_audience(tx: aiosqlite.Connection) -> list[tuple[int, str]]:
    cursor = await tx.execute(
        "SELECT chat_id, locale FROM voice_subscribers WHERE updates = 1 ORDER BY chat_id"
    )
    return [(int(r[0]), str(r[1])) for r in await cursor.fetchall()]
