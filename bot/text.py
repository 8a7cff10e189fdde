"""Cleaning what people type before we compare, validate or store it."""

from __future__ import annotations

import unicodedata

MAX_MESSAGE_LENGTH = 4096


def clean_text(text: str) -> str:
    """NFC-normalise, drop invisible format characters (zero-width, bidi marks), fold white space.

    Copy-pasted codes and names often carry invisible marks; people cannot see them, so neither do we.
    """
    normalised = unicodedata.normalize("NFC", text)
    visible = "".join(ch for ch in normalised if unicodedata.category(ch) != "Cf")
    return " ".join(visible.split())


def fit_message(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Split text into parts of at most `limit` characters, preferring paragraph then line breaks."""
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest or not parts:
        parts.append(rest)
    return parts
