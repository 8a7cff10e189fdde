"""Scrubbing free text before it is stored: phone numbers, e-mail addresses, @handles, links and
long runs of digits are replaced, so a note or comment cannot carry anyone's contact details."""

from __future__ import annotations

import re

import phonenumbers

REDACTED = "[…]"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", re.UNICODE)
_HANDLE = re.compile(r"(?<![\w@])@\w{3,}", re.UNICODE)
_LINK = re.compile(
    r"\b(?:https?://|www\.|t\.me/)\S+|\b[\w-]+\.(?:com|org|net|me|io|info|co)(?:/\S*)?\b",
    re.IGNORECASE,
)
# Six or more digits, possibly split by spaces, dots, dashes or brackets: ids, accounts, numbers.
_DIGIT_RUN = re.compile(r"\+?\d(?:[\s().-]{0,2}\d){5,}")


def scrub(text: str, region: str | None = None) -> str:
    """The text with contact details and identifying numbers replaced by a neutral mark."""
    for match in reversed(list(phonenumbers.PhoneNumberMatcher(text, region or "ZZ"))):
        text = text[: match.start] + REDACTED + text[match.end :]
    for pattern in (_EMAIL, _LINK, _HANDLE, _DIGIT_RUN):
        text = pattern.sub(REDACTED, text)
    return text
