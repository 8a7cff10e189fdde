"""Moving to a new ID_HASH_KEY (scripts/rotate_key.py), e.g. after the server or its environment
may have been read.

A keyed hash cannot be turned back into the id it hides: that is its whole point. So a hash can
be carried to the new key only for ids the database holds in clear anyway (team members, people
who opted in to notices, queued messages); the others are deleted: those members' language
choices (they get their app's language again), the message ledger of their chats (their
last 48 hours can no longer be found for a quick exit) and blocks from talking to a peer (lifted
early). Unused invites are dropped too: their
codes were hashed with the old key.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.people.keys import MemberKeys
from storage import Database
from storage import rekey as store

PURPOSES = {
    "member_preferences": "member_key",
    "message_ledger": "ledger_key",
    "relay_blocks": "relay_block_key",
}


@dataclass
class Rotation:
    moved: dict[str, int] = field(default_factory=dict)
    dropped: dict[str, int] = field(default_factory=dict)
    invites_dropped: int = 0


async def rotate(database: Database, old: MemberKeys, new: MemberKeys) -> Rotation:
    report = Rotation()
    chats = await store.known_chat_ids(database)
    for table, column in store.KEYED_COLUMNS:
        purpose = PURPOSES[table]
        moves = {getattr(old, purpose)(chat): getattr(new, purpose)(chat) for chat in chats}
        report.moved[table], report.dropped[table] = await store.rekey(
            database, table, column, moves
        )
    report.invites_dropped = await store.drop_open_invites(database)
    await database.checkpoint()  # secure_delete is on: the old hashes leave the file too
    return report
