"""What the help feature writes to people who did not just write to us, through the outbox: a
call for help to the people it reaches, its escalation to admins and every lead, an answer told
to the others ("on it", "safe now"), and a new follow-up to the area's leads. Letters carry ids
only and are rendered when they are sent; urgent ones go before everything else."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot.common.outbox import Outgoing, Priority, Purpose

SOS_LETTER = "help.sos"
ESCALATION_LETTER = "help.escalation"
ANSWERED_LETTER = "help.answered"
FOLLOWUP_LETTER = "help.followup"


def to_each(
    kind: str,
    people: Sequence[Mapping[str, Any]],
    default_locale: str,
    args: Mapping[str, int | str],
    *,
    priority: Priority,
    dedupe: str | None = None,
) -> list[Outgoing]:
    """One letter of `kind` to each of `people` (rows with telegram_id and locale); `dedupe`
    (with the chat id added) keeps a letter from being queued twice."""
    return [
        Outgoing(
            p["telegram_id"],
            p["locale"] or default_locale,
            kind,
            dict(args),
            purpose=Purpose.TEAM,
            priority=priority,
            dedupe=None if dedupe is None else f"{dedupe}:{p['telegram_id']}",
        )
        for p in people
        if p["telegram_id"] is not None
    ]
