"""Crisis words: text typed outside any flow that says someone is in danger ("my friend was
arrested by police, help") gets a way to a person instead of "please use the buttons".

The words live in the locale files (`relay-crisis-words`, one comma-separated list per language,
so a content pack can add local ones) and are matched in every language at once: people write in
the language they are in, not the one their phone is set to. An entry is a word; `*` at its end
matches any ending (`arrest*`: arrested, arresting), at its start any beginning (`*kamatwa`:
nimekamatwa); an entry of several words matches them in a row. Matching ignores case, accents
and Arabic vowel marks, letter variants and the article and conjunctions glued to a word.

The text is matched in memory only: never stored, never logged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# Letters Arabic writes in several ways, folded to one.
_ARABIC_FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})
_TATWEEL = "\u0640"
# Glued in front of Arabic words: and, so, with, like, to, the (and their combinations).
_ARABIC_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Lower case, no accents or vowel marks, Arabic letter variants folded."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ch != _TATWEEL)
    return unicodedata.normalize("NFC", bare).translate(_ARABIC_FOLDS)


def _forms(token: str) -> tuple[str, ...]:
    """The token, and the token without an Arabic proclitic (when a word is left)."""
    stripped = [token[len(p) :] for p in _ARABIC_PROCLITICS if token.startswith(p)]
    return (token, *(s for s in stripped if len(s) >= 2))


@dataclass(frozen=True)
class Pattern:
    """One word of an entry: its stem and whether it may have more before or after."""

    stem: str
    any_start: bool = False
    any_end: bool = False

    @classmethod
    def parse(cls, word: str) -> Pattern:
        return cls(normalise(word.strip("*")), word.startswith("*"), word.endswith("*"))

    def matches(self, token: str) -> bool:
        for form in _forms(token):
            if self.any_start and self.any_end:
                found = self.stem in form
            elif self.any_start:
                found = form.endswith(self.stem)
            elif self.any_end:
                found = form.startswith(self.stem)
            else:
                found = form == self.stem
            if found:
                return True
        return False


class CrisisWords:
    """Does a text say someone is in danger? Built once from every language's list."""

    def __init__(self, entries: Iterable[str]) -> None:
        self._exact: set[str] = set()
        self._patterns: list[Pattern] = []
        self._phrases: list[tuple[Pattern, ...]] = []
        for entry in entries:
            words = entry.split()
            if not words or not any(w.strip("*") for w in words):
                continue
            if len(words) > 1:
                self._phrases.append(tuple(Pattern.parse(w) for w in words))
            elif "*" in words[0]:
                self._patterns.append(Pattern.parse(words[0]))
            else:
                self._exact.add(normalise(words[0]))

    @classmethod
    def from_lists(cls, lists: Iterable[str]) -> CrisisWords:
        """From comma-separated lists, as the locale files keep them."""
        return cls(entry.strip() for text in lists for entry in text.split(","))

    def __len__(self) -> int:
        return len(self._exact) + len(self._patterns) + len(self._phrases)

    def matches(self, text: str) -> bool:
        tokens = _WORD.findall(normalise(text))
        for token in tokens:
            if any(form in self._exact for form in _forms(token)):
                return True
            if any(pattern.matches(token) for pattern in self._patterns):
                return True
        for phrase in self._phrases:
            size = len(phrase)
            for start in range(len(tokens) - size + 1):
                window = tokens[start : start + size]
                if all(p.matches(t) for p, t in zip(phrase, window, strict=True)):
                    return True
        return False
