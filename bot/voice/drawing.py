"""Text for pictures (posters, charts). Matplotlib (3.11 and later) lays text out with libraqm,
so Arabic is joined and ordered right to left by matplotlib itself, given the language; lines
are wrapped here, in reading order, before it is drawn."""

from __future__ import annotations

import textwrap


def wrapped(text: str, width: int) -> str:
    """`text` wrapped to `width` characters a line, its own line breaks kept."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, max(width, 8)) or [""])
    return "\n".join(lines)
