"""Reading grade of English text: the Flesch–Kincaid grade level, syllables by pyphen's English
hyphenation dictionary (what textstat itself falls back to; textstat's default wants to download
NLTK's CMU dictionary at run time, which a test must not). Bullets and lines count as sentences:
a member reads them one at a time."""

from __future__ import annotations

import functools
import re

import pyphen

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_SENTENCE_END = re.compile(r"[.!?:;]+(?:\s|$)|\n+|•")


@functools.cache
def _dictionary() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


def syllables(word: str) -> int:
    return len(_dictionary().positions(word.lower())) + 1


def grade(text: str) -> float:
    sentences = [part for part in _SENTENCE_END.split(text) if _WORD.search(part)]
    words = _WORD.findall(text)
    if not words or not sentences:
        return 0.0
    per_sentence = len(words) / len(sentences)
    per_word = sum(syllables(word) for word in words) / len(words)
    return 0.39 * per_sentence + 11.8 * per_word - 15.59
