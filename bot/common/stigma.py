"""Words that hurt, and the words people prefer: the stigma check.

Each language has a list, `bot/locales/<lang>/stigma.txt`, kept in the repository so partners
can extend it; a content pack's `<lang>/stigma.txt` adds to it. One line per term:

    prostitute* => sex worker

A `*` at the end of a word also matches longer words that start with it; matching ignores case,
accents and Arabic vowel marks, and in Arabic also the attached "and", "the", "for" and "by"
(`والعاهرات` is found by `عاهرات`). Lines starting with `#` are notes.

It runs in CI over every `.ftl` file (through the content check, `content_check.py`), over
content packs (`scripts/check_content.py`), and over what leads write before it is sent (a
warning with the preferred words, never a silent change). A message that must name such words
(the list of words hidden from lock screens) says so in its comment: `stigma-check: skip`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.common.text import fold
from bot.i18n import Messages

LIST_NAME = "stigma.txt"
SKIP_MARK = "stigma-check: skip"
_ARROW = "=>"
# "و" and, "ف" so, "ب" by, "ل" for, "ك" like, then "ال" the: written onto the next word.
_ARABIC_CLITICS = r"(?:[وف]?[بلك]?(?:ال)?|[وف]?ل?ل)?"


@dataclass(frozen=True)
class Term:
    """One stigmatising term and what to say instead."""

    written: str
    preferred: str
    pattern: re.Pattern[str] = field(compare=False, repr=False)


@dataclass(frozen=True)
class Finding:
    term: str
    preferred: str

    @property
    def shown(self) -> str:
        """The term as a person reads it: without the list's `*`."""
        return " ".join(word.rstrip("*") for word in self.term.split())


def _pattern(written: str, locale: str) -> re.Pattern[str]:
    words = fold(written).split()
    parts = [
        re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word) for word in words
    ]
    body = r"[\s\-]+".join(parts)
    prefix = _ARABIC_CLITICS if locale.split("-")[0] == "ar" else ""
    return re.compile(rf"(?<!\w){prefix}{body}(?!\w)")


def parse_list(text: str, locale: str) -> tuple[list[Term], list[tuple[int, str]]]:
    """The terms of one list, and (line, problem) for lines that are not `term => preferred`."""
    terms: list[Term] = []
    problems: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        written, arrow, preferred = line.partition(_ARROW)
        if not arrow or not written.strip() or not preferred.strip():
            problems.append((number, f"write it as: term {_ARROW} preferred words"))
            continue
        terms.append(Term(written.strip(), preferred.strip(), _pattern(written.strip(), locale)))
    return terms, problems


class StigmaLists:
    """Every language's list, built in and from the content pack."""

    def __init__(self, terms: dict[str, list[Term]]) -> None:
        self._terms = terms

    @classmethod
    def load(cls, folders: Sequence[Path], locales: Iterable[str]) -> StigmaLists:
        """Each locale's `stigma.txt` from every folder (built-in words first, the pack's after)."""
        terms: dict[str, list[Term]] = {}
        for locale in locales:
            for folder in folders:
                path = folder / locale / LIST_NAME
                if path.is_file():
                    found, _ = parse_list(path.read_text(encoding="utf-8"), locale)
                    terms.setdefault(locale, []).extend(found)
        return cls(terms)

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self._terms)

    def terms(self, locale: str) -> list[Term]:
        return list(self._terms.get(locale, []))

    def find(self, text: str, locales: Iterable[str] | None = None) -> list[Finding]:
        """The stigmatising terms in `text`, by the lists of `locales` (every list by default:
        a lead may write in any language), each once, in the order of the lists."""
        folded = fold(text)
        found: dict[str, Finding] = {}
        for locale in self._terms if locales is None else locales:
            for term in self._terms.get(locale, []):
                if term.written not in found and term.pattern.search(folded):
                    found[term.written] = Finding(term.written, term.preferred)
        return list(found.values())


def stigma_warning(lists: StigmaLists, text: str, t: Messages) -> str:
    """What to show a lead under what they wrote, before they tap Send (notices, polls, updates:
    any text the bot sends for them calls this): each stigmatising term with the preferred words,
    or "" when there is none. A warning only: they decide, nothing is changed for them."""
    findings = lists.find(text)
    if not findings:
        return ""
    lines = [t("stigma-warning")]
    lines += [
        t("stigma-warning-line", term=found.shown, preferred=found.preferred) for found in findings
    ]
    return "\n".join(lines)
