"""How complete and how fresh a translation is: what a language added by a content pack lacks
(compare-locales, Mozilla's own tool, compares each file with its English original: missing and
obsolete messages, variables and attributes that differ), and what is stale because its English
source changed since the translation was made.

Freshness is kept in `<lang>/translated-from.txt` beside the translation: one line per message,
`message-id fingerprint`, the fingerprint of the English text it was translated from. After
translating or reviewing, record it with `python scripts/check_content.py PACK --record LANG`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from compare_locales.compare.content import ContentComparer
from compare_locales.compare.observer import Observer
from compare_locales.paths import File
from fluent.syntax import FluentParser, FluentSerializer
from fluent.syntax import ast as fluent_ast

from bot.i18n import SOURCE_LOCALE

RECORD_NAME = "translated-from.txt"
_RECORD_HEADER = (
    "# The English each message was translated from, as fingerprints: a message whose English\n"
    "# changed since is reported as stale. Written by: scripts/check_content.py PACK --record LANG\n"
)


@dataclass(frozen=True)
class Gap:
    """Something compare-locales found in one translated file."""

    file: Path
    kind: str  # "missing", "obsolete", "error" or "warning"
    detail: str


class _Collector(Observer):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []

    def notify(self, category: str, file: File, data: str) -> str:
        if category in {"missingEntity", "obsoleteEntity", "error", "warning"}:
            self.found.append((category, str(data)))
        return "error"


def compare_with_english(english_file: Path, translated_file: Path, locale: str) -> list[Gap]:
    """What compare-locales says about one translated file against its English original."""
    collector = _Collector()
    comparer = ContentComparer()
    comparer.observers.append(collector)
    comparer.compare(
        File(str(english_file), english_file.name, locale="en-US"),
        File(str(translated_file), translated_file.name, locale=locale),
        None,
    )
    kinds = {"missingEntity": "missing", "obsoleteEntity": "obsolete"}
    return [Gap(translated_file, kinds.get(kind, kind), detail) for kind, detail in collector.found]


def english_sources(builtin: Path, pack: Path | None) -> dict[str, str]:
    """Each English message as the bot shows it (the pack's English overrides the built-in),
    serialised without comments: what a translation is made from."""
    sources: dict[str, str] = {}
    serializer = FluentSerializer()
    for folder in filter(None, (builtin, pack)):
        for path in sorted((folder / SOURCE_LOCALE).glob("*.ftl")):
            for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
                if isinstance(entry, fluent_ast.Message):
                    entry.comment = None
                    sources[entry.id.name] = serializer.serialize_entry(entry)
    return sources


def fingerprint(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:12]


def translated_ids(folder: Path) -> dict[str, Path]:
    """The messages a locale folder translates, with the file each is in."""
    ids: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fluent_ast.Message):
                ids[entry.id.name] = path
    return ids


def read_record(folder: Path) -> dict[str, str]:
    path = folder / RECORD_NAME
    if not path.is_file():
        return {}
    record = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith("#"):
            record[parts[0]] = parts[1]
    return record


def stale_messages(builtin: Path, pack: Path, locale: str) -> dict[str, Path]:
    """Messages of `pack/locale` whose English changed since their recorded translation."""
    folder = pack / locale
    record = read_record(folder)
    if not record:
        return {}
    sources = english_sources(builtin, pack)
    return {
        message_id: path
        for message_id, path in translated_ids(folder).items()
        if message_id in record
        and message_id in sources
        and record[message_id] != fingerprint(sources[message_id])
    }


def record_translation(builtin: Path, pack: Path, locale: str) -> int:
    """Mark every message `pack/locale` translates as made from today's English; how many."""
    folder = pack / locale
    sources = english_sources(builtin, pack)
    lines = [
        f"{message_id} {fingerprint(sources[message_id])}"
        for message_id in sorted(translated_ids(folder))
        if message_id in sources
    ]
    (folder / RECORD_NAME).write_text(_RECORD_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)
