"""The check a deployment runs on its content pack (`CONTENT_DIR`, `.ftl` files per locale) before
people read it: files that do not parse, missing languages, unknown message ids (typos), messages
that fail to render or do not fit one Telegram message, and phone numbers that are not valid.

`scripts/check_content.py` runs it; Fluent itself would skip broken parts silently.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import phonenumbers
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from bot.common.text import MAX_MESSAGE_LENGTH, telegram_length
from bot.i18n import RIGHT_TO_LEFT, SOURCE_LOCALE
from bot.settings import SUPPORTED_LOCALES

# A number written with its country code anywhere, or any long digit run in a numbers message.
# Spaces only (not newlines) inside a number, so two lines never merge into one.
_INTERNATIONAL_NUMBER = re.compile(r"\+\d[\d ().-]{5,}\d")
_ANY_NUMBER = re.compile(r"\+?\d[\d ().-]{5,}\d")


@dataclass(frozen=True)
class ContentProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class _Variables(Visitor):
    """The variables a message uses, the messages it references, and which variables a
    function (NUMBER, DATETIME) formats."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.references: set[str] = set()
        self.functions: dict[str, str] = {}

    def visit_VariableReference(self, node: fluent_ast.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_MessageReference(self, node: fluent_ast.MessageReference) -> None:
        self.references.add(node.id.name)

    def visit_FunctionReference(self, node: fluent_ast.FunctionReference) -> None:
        for argument in node.arguments.positional:
            if isinstance(argument, fluent_ast.VariableReference):
                self.functions[argument.id.name] = node.id.name
        self.generic_visit(node)


def _sample_value(function: str | None) -> object:
    if function == "DATETIME":
        return datetime(2026, 1, 1, 9, 0)
    if function == "NUMBER":
        return 1
    return "Sample"


def _sample_args(message_id: str, usage: dict[str, _Variables]) -> dict[str, object]:
    """Made-up values for every variable the message needs, its references' included."""
    args: dict[str, object] = {}
    pending, seen = [message_id], set()
    while pending:
        current = pending.pop()
        if current in seen or current not in usage:
            continue
        seen.add(current)
        found = usage[current]
        for name in found.names:
            args.setdefault(name, _sample_value(found.functions.get(name)))
        pending.extend(found.references)
    return args


def _usage(resources: list[fluent_ast.Resource]) -> dict[str, _Variables]:
    usage: dict[str, _Variables] = {}
    for resource in resources:
        for entry in resource.body:
            if isinstance(entry, fluent_ast.Message):
                found = _Variables()
                found.visit(entry)
                usage[entry.id.name] = found
    return usage


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


@functools.lru_cache(maxsize=512)
def _parse(source: str) -> fluent_ast.Resource:
    """Parsing is the slow part, and the built-in files are the same in every check: parse each
    text once (nothing here changes a parsed resource)."""
    return FluentParser().parse(source)


class _Files:
    """Each file read once per check (the built-in files serve every pack file)."""

    def __init__(self) -> None:
        self._read: dict[Path, tuple[str, fluent_ast.Resource]] = {}

    def read(self, path: Path) -> tuple[str, fluent_ast.Resource]:
        if path not in self._read:
            source = path.read_text(encoding="utf-8")
            self._read[path] = (source, _parse(source))
        return self._read[path]

    def resource(self, path: Path) -> fluent_ast.Resource:
        return self.read(path)[1]


def _message_ids(folder: Path, files: _Files) -> set[str]:
    ids: set[str] = set()
    for path in sorted(folder.glob("*.ftl")):
        resource = files.resource(path)
        ids |= {e.id.name for e in resource.body if isinstance(e, fluent_ast.Message)}
    return ids


def _bundle(locale: str, builtin: Path, pack_files: list[Path], files: _Files) -> FluentBundle:
    """The bundle the bot would build for `locale`: built-in messages, then the pack's."""
    bundle = FluentBundle([locale], use_isolating=locale in RIGHT_TO_LEFT)
    for path in [*sorted((builtin / locale).glob("*.ftl")), *pack_files]:
        bundle.add_resource(files.resource(path), allow_overrides=True)
    return bundle


def _check_numbers(
    name: str, source: str, entry: fluent_ast.Message, region: str | None
) -> list[ContentProblem]:
    assert entry.span is not None
    pattern = (
        _ANY_NUMBER if entry.id.name.endswith(("-numbers", "-phone")) else _INTERNATIONAL_NUMBER
    )
    problems = []
    start = entry.span.start
    for match in pattern.finditer(source, start, entry.span.end):
        written = match.group(0)
        try:
            number = phonenumbers.parse(written, region)
            valid = phonenumbers.is_valid_number(number)
        except phonenumbers.NumberParseException:
            valid = False
        if not valid:
            where = f"for region {region}" if region else "(write it with its country code, +…)"
            problems.append(
                ContentProblem(
                    name,
                    _line_of(source, match.start()),
                    f"{entry.id.name}: {written!r} is not a valid phone number {where}",
                )
            )
    return problems


def _check_file(
    path: Path, locale: str, builtin: Path, known_ids: set[str], region: str | None, files: _Files
) -> list[ContentProblem]:
    name = str(path)
    source, resource = files.read(path)
    problems: list[ContentProblem] = []
    seen: set[str] = set()
    messages: list[fluent_ast.Message] = []
    for entry in resource.body:
        if isinstance(entry, fluent_ast.Junk):
            assert entry.span is not None
            why = entry.annotations[0].message if entry.annotations else "syntax error"
            problems.append(
                ContentProblem(
                    name,
                    _line_of(source, entry.span.start),
                    f"cannot parse, the bot will skip this part ({why}); "
                    "check that every continued line is indented",
                )
            )
        elif isinstance(entry, fluent_ast.Message):
            messages.append(entry)
    bundle = _bundle(locale, builtin, [path], files)
    builtin_resources = [files.resource(p) for p in sorted((builtin / locale).glob("*.ftl"))]
    usage = _usage([*builtin_resources, resource])
    for entry in messages:
        assert entry.span is not None
        line = _line_of(source, entry.span.start)
        message_id = entry.id.name
        if message_id in seen:
            problems.append(ContentProblem(name, line, f"{message_id} is defined twice"))
        seen.add(message_id)
        if message_id not in known_ids:
            problems.append(
                ContentProblem(
                    name,
                    line,
                    f"unknown message id {message_id!r} (a typo?): the bot never shows it",
                )
            )
        problems += _check_numbers(name, source, entry, region)
        if entry.value is None:
            continue
        pattern = bundle.get_message(message_id).value
        if pattern is None:
            continue
        text, errors = bundle.format_pattern(pattern, _sample_args(message_id, usage))
        for error in errors:
            problems.append(ContentProblem(name, line, f"{message_id} does not render: {error}"))
        length = telegram_length(str(text))
        if length > MAX_MESSAGE_LENGTH:
            problems.append(
                ContentProblem(
                    name,
                    line,
                    f"{message_id} is {length} characters long; "
                    f"a Telegram message holds at most {MAX_MESSAGE_LENGTH}",
                )
            )
    return problems


def check_content_pack(
    folder: Path, builtin: Path, region: str | None = None
) -> list[ContentProblem]:
    """Every problem a deployment's content pack has, each with its file and line."""
    problems: list[ContentProblem] = []
    files = _Files()
    known_ids = _message_ids(builtin / SOURCE_LOCALE, files)
    for locale in SUPPORTED_LOCALES:
        if not (folder / locale).is_dir():
            fallback = (
                "the bot will use its built-in messages only"
                if locale == SOURCE_LOCALE
                else "people who read it get the built-in text, or English where it is missing"
            )
            problems.append(
                ContentProblem(str(folder / locale), 0, f"no {locale} folder: {fallback}")
            )
    for child in sorted(folder.iterdir()):
        if child.is_dir() and child.name not in SUPPORTED_LOCALES:
            problems.append(
                ContentProblem(
                    str(child),
                    0,
                    f"{child.name} is not a language the bot speaks "
                    f"({', '.join(SUPPORTED_LOCALES)}): ignored",
                )
            )
    for locale in SUPPORTED_LOCALES:
        for path in sorted((folder / locale).glob("*.ftl")):
            problems += _check_file(path, locale, builtin, known_ids, region, files)
    return problems
