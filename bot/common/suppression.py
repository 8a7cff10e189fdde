"""Small-count suppression for published figures (DESIGN rule 5): a count from 1 to K-1 is hidden,
and a second cell is hidden wherever a shown total would give the first one away."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

__all__ = ["Suppressed", "suppress_count", "suppress_small_counts"]


@dataclass(frozen=True)
class Suppressed:
    """A table after suppression. A cell or the total is None when it must not be shown.

    A hidden cell is not necessarily small: it may be a larger cell hidden so that a small one
    cannot be worked out from the total. Render hidden cells with neutral wording ("hidden"),
    not "<K".
    """

    cells: dict[str, int | None]
    total: int | None


def _is_small(value: int, k: int) -> bool:
    return 0 < value < k


def _check(values: list[int], k: int) -> None:
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    if any(value < 0 for value in values):
        raise ValueError("counts cannot be negative")


def suppress_count(value: int, k: int) -> int | None:
    """A lone count as it may be shown: None when it is between 1 and k-1."""
    _check([value], k)
    return None if _is_small(value, k) else value


def suppress_small_counts(cells: Mapping[str, int], k: int, with_total: bool = True) -> Suppressed:
    """Hide every cell from 1 to k-1; when the table's total is shown, make sure no hidden cell
    can be recovered as the total minus the shown cells.

    The total is hidden when it is itself between 1 and k-1, and is None when `with_total` is
    false (nothing to show). Zeros are always shown: a zero reveals no person.
    """
    _check(list(cells.values()), k)

    hidden = {key for key, value in cells.items() if _is_small(value, k)}
    total = sum(cells.values())
    show_total = with_total and not _is_small(total, k)

    if show_total and len(hidden) == 1:
        # With one hidden cell, total minus the shown cells is that cell: hide the smallest other
        # non-zero cell too (ties broken by key, so the result does not depend on dict order).
        others = sorted((value, key) for key, value in cells.items() if key not in hidden and value)
        if others:
            hidden.add(others[0][1])
        else:
            # Everything else is zero, so the total equals the hidden cell. The small-total rule
            # above already catches this; kept so the guarantee does not rest on that reasoning.
            show_total = False

    return Suppressed(
        cells={key: None if key in hidden else value for key, value in cells.items()},
        total=total if show_total else None,
    )
