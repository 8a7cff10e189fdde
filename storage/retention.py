"""The SQL of retention (DESIGN rule 8): what leaves each table once it is older than its
setting. A `Sweep` names a table, the condition that makes a row old, and whether the whole row
goes or only some of its values (the words of a feedback answer go, its counts stay).

Built-in sweeps are below; a feature that keeps something new declares its own `Sweep` in its
storage module and registers a rule with it (bot/operations/retention.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from storage.database import Database

__all__ = [
    "EXPIRED_NOTICES",
    "FEEDBACK_WORDS",
    "OLD_INVITES",
    "REPORT_NOTES",
    "SERVICE_HISTORY",
    "SESSION_NOTES",
    "Sweep",
    "Written",
    "count_due",
    "erase_due",
]


class Written(StrEnum):
    """How the column that dates a row is written, so the cutoff is compared like with like."""

    INSTANT = "instant"  # UTC ISO 8601 time, e.g. 2026-03-01T10:00:00+00:00
    DATE = "date"  # local ISO date, e.g. 2026-03-01
    WEEK = "week"  # ISO week, e.g. 2026-W09


@dataclass(frozen=True)
class Sweep:
    """Rows of `table` for which `past` holds (an SQL condition with the parameter `:cutoff`)
    are old. With `clear` empty they are deleted; otherwise only those columns are set to the
    given value (NULL or '') and rows already cleared are not counted again."""

    table: str
    past: str
    written: Written
    clear: tuple[tuple[str, str | None], ...] = ()

    def __post_init__(self) -> None:
        for name in (self.table, *(column for column, _ in self.clear)):
            if not name.replace("_", "").isalnum():
                raise ValueError(f"{name!r} is not a plain table or column name")

    @property
    def _where(self) -> str:
        """The condition, with the cutoff as parameter 1 (it may appear more than once)."""
        past = f"({self.past.replace(':cutoff', '?1')})"
        if not self.clear:
            return past
        holding = " OR ".join(f"coalesce({column}, '') <> ''" for column, _ in self.clear)
        return f"{past} AND ({holding})"


async def count_due(database: Database, sweep: Sweep, cutoff: str) -> int:
    row = await database.fetch_one(
        f"SELECT count(*) FROM {sweep.table} WHERE {sweep._where}", (cutoff,)
    )
    return 0 if row is None else int(row[0])


async def erase_due(database: Database, sweep: Sweep, cutoff: str) -> int:
    """Delete (or clear) what is old; returns how many rows. secure_delete is on for the
    connection, so freed bytes are zeroed; the caller checkpoints the WAL afterwards."""
    async with database.transaction() as tx:
        if sweep.clear:
            values = ", ".join(f"{column} = ?{n}" for n, (column, _) in enumerate(sweep.clear, 2))
            cursor = await tx.execute(
                f"UPDATE {sweep.table} SET {values} WHERE {sweep._where}",
                (cutoff, *(value for _, value in sweep.clear)),
            )
        else:
            cursor = await tx.execute(f"DELETE FROM {sweep.table} WHERE {sweep._where}", (cutoff,))
        return cursor.rowcount


# --- what the built-in features keep ------------------------------------------------------------

# Anonymous feedback: the words go, the answer (and so every count) stays.
FEEDBACK_WORDS = Sweep("feedback", "week < :cutoff", Written.WEEK, clear=(("free_text", None),))
# A lead's note on a session (counted from its start) and a peer's note in a report.
SESSION_NOTES = Sweep("outreach_sessions", "starts_at < :cutoff", Written.INSTANT, (("note", ""),))
REPORT_NOTES = Sweep("outreach_reports", "filed_at < :cutoff", Written.INSTANT, (("note", ""),))
# Who changed what in a service record, and when.
SERVICE_HISTORY = Sweep("service_history", "changed_on < :cutoff", Written.DATE)
# Safety notices past their expiry, and rejected ones (counted from when they were sent in).
EXPIRED_NOTICES = Sweep(
    "safety_alerts",
    "(state = 'published' AND expires_on < :cutoff)"
    " OR (state = 'rejected' AND created_on < :cutoff)",
    Written.DATE,
)
# Invite codes (only their hashes are kept) that were used or ran out.
OLD_INVITES = Sweep(
    "invites",
    "(used_at IS NOT NULL AND used_at < :cutoff) OR expires_at < :cutoff",
    Written.INSTANT,
)
