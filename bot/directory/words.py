"""Text the directory compares: search words folded the same way for what is stored and what is
typed (case, accents, Arabic vowel marks), keyword queries safe for FTS5, and phone numbers as
they are stored and as people read them."""

from __future__ import annotations

import re

import phonenumbers

from bot.common.text import fold

MAX_QUERY_WORDS = 8


def search_words(text: str) -> str:
    """Lower case without accents or Arabic vowel marks, so 'Santé', 'sante' and 'SANTÉ' match,
    and 'مُسَاعَدَة' matches 'مساعدة'."""
    return fold(text)


def fts_query(typed: str) -> str | None:
    """Each typed word must match the start of a word; quotes keep FTS syntax out of it."""
    words = re.findall(r"\w+", search_words(typed))[:MAX_QUERY_WORDS]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def normalise_phone(typed: str, region: str | None) -> str | None:
    """A valid phone number in E.164 form, or None. Without a leading + the deployment's region
    is assumed."""
    try:
        number = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def readable_phone(phone: str) -> str:
    """A stored number the international way, `+255222110000` -> `+255 22 211 0000`: easy to
    read aloud, and it dials from any country. Anything unreadable is shown as it is."""
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return phone
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
