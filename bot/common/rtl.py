"""Right-to-left text for pictures. `for_drawing` joins Arabic letters (arabic-reshaper picks
each letter's contextual form) and puts each line in visual order (python-bidi, the Unicode
bidirectional algorithm), so a chart reads as the person's own language whatever draws it:
matplotlib before 3.11 draws characters one by one, left to right (Arabic came out as separate
letters backwards); from 3.11 it lays text out itself (libraqm), so the line we already ordered
is wrapped in a left-to-right override and drawn exactly as we give it."""

from __future__ import annotations

import re
from functools import cache, lru_cache

__all__ = ["for_drawing", "needs_shaping"]

# Bidirectional controls (isolates, embeddings, marks): their work is done once the line is in
# visual order, and a chart font has no glyph for them.
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Arabic, Arabic Supplement, Extended-A, and the presentation forms; Hebrew too (ordering only).
_RIGHT_TO_LEFT = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
LEFT_TO_RIGHT_OVERRIDE, POP_DIRECTIONAL_FORMATTING = "\u202d", "\u202c"


def needs_shaping(text: str) -> bool:
    return _RIGHT_TO_LEFT.search(text) is not None


def for_drawing(text: str) -> str:
    """Text as a chart must be given it; left-to-right text comes back unchanged. Each line is
    shaped on its own, so wrap before, never after."""
    if not needs_shaping(text):
        return text
    return "\n".join(_visual_line(line) for line in text.split("\n"))


@lru_cache(maxsize=512)
def _visual_line(line: str) -> str:
    # Imported here: only pictures with right-to-left words need them.
    import arabic_reshaper
    from bidi import get_display

    visual = _CONTROLS.sub("", str(get_display(arabic_reshaper.reshape(line))))
    if _renderer_reorders():
        return LEFT_TO_RIGHT_OVERRIDE + visual + POP_DIRECTIONAL_FORMATTING
    return visual


@cache
def _renderer_reorders() -> bool:
    """Whether matplotlib applies the bidirectional algorithm itself (libraqm, 3.11 and later)."""
    import matplotlib

    return tuple(matplotlib.__version_info__[:2]) >= (3, 11)
