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


def fold(text: str) -> str:
    """Lower case without accents or Arabic vowel marks, so 'Santé', 'sante' and 'SANTÉ' match,
    and 'مُسَاعَدَة' matches 'مساعدة' (and the alef, ya and ta marbuta variants match too)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    kept = kept.replace("\u0640", "")  # tatweel, a stretching stroke
    for variants, plain in (("أإآٱ", "ا"), ("ى", "ي"), ("ة", "ه")):
        for ch in variants:
            kept = kept.replace(ch, plain)
    return unicodedata.normalize("NFC", kept)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji often counts two)."""
    return len(text.encode("utf-16-le")) // 2


def _longest_prefix(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 code units."""
    used = 0
    for index, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def fit_message(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Split text into parts Telegram accepts (at most `limit` UTF-16 code units each),
    preferring paragraph, then line, then word breaks."""
    parts: list[str] = []
    rest = text
    while telegram_length(rest) > limit:
        window = rest[: _longest_prefix(rest, limit)]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = len(window)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest or not parts:
        parts.append(rest)
    return parts
