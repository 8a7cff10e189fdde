"""Reading the built-in messages for word tests: every message's words per locale, parsed once."""

from __future__ import annotations

import functools
from pathlib import Path

from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast

from bot.common.content_check import words_of
from bot.i18n import LOCALES_DIR

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PACK = ROOT / "content" / "sample"


@functools.cache
def entries(locale: str, folder: Path = LOCALES_DIR) -> dict[str, tuple[str, fluent_ast.Message]]:
    """{message id: (file name, message)} of one locale."""
    found: dict[str, tuple[str, fluent_ast.Message]] = {}
    for path in sorted((folder / locale).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fluent_ast.Message):
                found[entry.id.name] = (path.name, entry)
    return found


@functools.cache
def words(locale: str, folder: Path = LOCALES_DIR) -> dict[str, str]:
    """{message id: its words}: value, variants and attributes, without placeable names."""
    return {
        message_id: words_of(entry) for message_id, (_, entry) in entries(locale, folder).items()
    }


def containing(locale: str, fragment: str, folder: Path = LOCALES_DIR) -> list[str]:
    return sorted(i for i, text in words(locale, folder).items() if fragment in text)
