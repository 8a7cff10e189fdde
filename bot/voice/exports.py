"""A closed poll's results for partners: one row per answer and one for all answers, for the
HXL-tagged CSV (`bot.common.hxl`), suppressed exactly as the results screen shows them (DESIGN
rule 5). Counts only: never the words people typed ("other, in my words")."""

from __future__ import annotations

from collections.abc import Mapping
from zoneinfo import ZoneInfo

from bot.common.hxl import PROTECTION, Figure, Period
from bot.common.refusal import NotAllowed
from bot.voice.model import OTHER, Poll, PollResults

__all__ = ["ANSWERS", "partner_figures", "poll_period"]

ANSWERS = "answers"  # the key of the row of all answers in `names`


def poll_period(poll: Poll, zone: ZoneInfo) -> Period:
    """The days the poll was open, in the deployment's time zone."""
    return Period(poll.opens_at.astimezone(zone).date(), poll.closes_at.astimezone(zone).date())


def partner_figures(results: PollResults, names: Mapping[str, str]) -> list[Figure]:
    """All answers, then each answer in the poll's order ("other" last), hidden ones empty.
    `names` has `ANSWERS`, each choice's index ("0".."5") and `OTHER` (falling back to the key).
    Under K answers in all the results show nothing, and neither does a file: refused."""
    if not results.enough:
        raise NotAllowed
    area = results.poll.area_name or ""
    rows = [
        Figure(
            "voice_poll_answers", names.get(ANSWERS, ANSWERS), PROTECTION, results.total, area=area
        )
    ]
    for cell in sorted(results.cells, key=_order):
        code = "voice_poll_other" if cell == OTHER else f"voice_poll_choice_{int(cell) + 1}"
        rows.append(Figure(code, names.get(cell, cell), PROTECTION, results.cells[cell], area=area))
    return rows


def _order(cell: str) -> int:
    return 99 if cell == OTHER else int(cell)
