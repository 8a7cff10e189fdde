"""The check a deployment runs on its content pack (`CONTENT_DIR`, `.ftl` files per locale) before
people read it: files that do not parse, missing languages, unknown message ids (typos), messages
that fail to render, use variables the bot never gives them or do not fit one Telegram message,
phone numbers that are not valid, stigmatising words (`bot/common/stigma.py`), lessons and
standards cards that are incomplete, and for a language the pack adds, what it lacks (shown in
English: a note) and what is stale since its English changed (`bot/common/translations.py`).

`scripts/check_content.py` runs it; Fluent itself would skip broken parts silently. The built-in
messages pass it too (a test), which is how CI runs the stigma check over every `.ftl` file.
"""

from __future__ import annotations

import functools
import re
import weakref
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import phonenumbers
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from bot.common.stigma import LIST_NAME, SKIP_MARK, StigmaLists, parse_list
from bot.common.text import MAX_MESSAGE_LENGTH, telegram_length
from bot.common.translations import compare_with_english, stale_messages
from bot.i18n import SOURCE_LOCALE, Translator, is_right_to_left
from bot.settings import SUPPORTED_LOCALES, locale_code
from bot.standards import CARD_PREFIX, standards_problems
from bot.training import LESSON_PREFIX, lesson_problems

# A number written with its country code anywhere, or any long digit run in a numbers message.
# Spaces only (not newlines) inside a number, so two lines never merge into one.
_INTERNATIONAL_NUMBER = re.compile(r"\+\d[\d ().-]{5,}\d")
_ANY_NUMBER = re.compile(r"\+?\d[\d ().-]{5,}\d")


@dataclass(frozen=True)
class ContentProblem:
    """One thing to fix, or with `note`, to know (a message shown in English for now)."""

    file: str
    line: int
    message: str
    note: bool = False

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {'note: ' if self.note else ''}{self.message}"


class _Text(Visitor):
    """The words of a message (value, variants and attributes), without its placeables' names."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def visit_TextElement(self, node: fluent_ast.TextElement) -> None:
        self.parts.append(node.value)

    def visit_StringLiteral(self, node: fluent_ast.StringLiteral) -> None:
        self.parts.append(node.value)


def words_of(entry: fluent_ast.Message | fluent_ast.Term) -> str:
    found = _Text()
    found.visit(entry)
    return " ".join(found.parts)


def _stigma_checked(entry: fluent_ast.Message) -> bool:
    return not (entry.comment is not None and SKIP_MARK in (entry.comment.content or ""))


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


# A made-up value for a variable, by the function that formats it ("Sample" for plain text).
_SAMPLES: dict[str | None, object] = {"DATETIME": datetime(2026, 1, 1, 9, 0), "NUMBER": 1}


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
            args.setdefault(name, _SAMPLES.get(found.functions.get(name), "Sample"))
        pending.extend(found.references)
    return args


# What the messages of each parsed resource use, found once (`_parse` keeps the built-in ones).
_USAGE: weakref.WeakKeyDictionary[fluent_ast.Resource, dict[str, _Variables]]
_USAGE = weakref.WeakKeyDictionary()


def _visited(message: fluent_ast.Message) -> _Variables:
    found = _Variables()
    found.visit(message)
    return found


def _usage(resources: list[fluent_ast.Resource]) -> dict[str, _Variables]:
    usage: dict[str, _Variables] = {}
    for resource in resources:
        if resource not in _USAGE:
            messages = [e for e in resource.body if isinstance(e, fluent_ast.Message)]
            _USAGE[resource] = {message.id.name: _visited(message) for message in messages}
        usage.update(_USAGE[resource])
    return usage


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


@functools.lru_cache(maxsize=512)
def _parse(source: str) -> fluent_ast.Resource:
    """Each text parsed once: the built-in files are the same in every check (and never changed)."""
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


def _bundle(locale: str, builtin: Path, pack_files: list[Path], files: _Files) -> FluentBundle:
    """The bundle the bot would build for `locale`: built-in messages, then the pack's."""
    bundle = FluentBundle([locale.replace("-", "_")], use_isolating=is_right_to_left(locale))
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


@dataclass(frozen=True)
class _Known:
    """What a pack file is checked against: the ids the bot shows and the variables each gets."""

    ids: set[str]
    variables: dict[str, set[str]]
    stigma: StigmaLists


def _check_file(
    path: Path, locale: str, builtin: Path, known: _Known, region: str | None, files: _Files
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
        if message_id not in known.ids:
            problems.append(
                ContentProblem(
                    name,
                    line,
                    f"unknown message id {message_id!r} (a typo?): the bot never shows it",
                )
            )
        problems += _check_numbers(name, source, entry, region)
        problems += _check_words(name, line, entry, locale, known)
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


def _check_words(
    name: str, line: int, entry: fluent_ast.Message, locale: str, known: _Known
) -> list[ContentProblem]:
    """Stigmatising terms, and variables the bot never gives this message."""
    problems = []
    if _stigma_checked(entry):
        for finding in known.stigma.find(words_of(entry), [locale]):
            problems.append(
                ContentProblem(
                    name,
                    line,
                    f"{entry.id.name}: {finding.term!r} stigmatises people; "
                    f"say: {finding.preferred}",
                )
            )
    given = known.variables.get(entry.id.name)
    if given is not None:
        found = _Variables()
        found.visit(entry)
        for variable in sorted(found.names - given):
            problems.append(
                ContentProblem(
                    name,
                    line,
                    f"{entry.id.name} uses {{ ${variable} }}, which the bot never gives it",
                )
            )
    return problems


def pack_locales(folder: Path) -> list[str]:
    """The built-in locales, then each language the pack adds (a folder named by its code)."""
    added = [
        child.name
        for child in sorted(folder.iterdir())
        if child.is_dir()
        and child.name not in SUPPORTED_LOCALES
        and locale_code(child.name)
        and (any(child.glob("*.ftl")) or (child / LIST_NAME).is_file())
    ]
    return [*SUPPORTED_LOCALES, *added]


def _known(folder: Path, builtin: Path, locales: list[str], files: _Files) -> _Known:
    english = [files.resource(p) for p in sorted((builtin / SOURCE_LOCALE).glob("*.ftl"))]
    usage = _usage(english)
    variables = {message_id: set(found.names) for message_id, found in usage.items()}
    ids = set(usage)
    # A pack may add lessons and standards cards: new ids under their prefixes, in English.
    for resource in (files.resource(p) for p in sorted((folder / SOURCE_LOCALE).glob("*.ftl"))):
        for entry in resource.body:
            if isinstance(entry, fluent_ast.Message) and entry.id.name.startswith(
                (LESSON_PREFIX, CARD_PREFIX)
            ):
                ids.add(entry.id.name)
    return _Known(ids, variables, StigmaLists.load([builtin, folder], locales))


def _check_lists(folder: Path, locales: list[str]) -> list[ContentProblem]:
    problems = []
    for locale in locales:
        path = folder / locale / LIST_NAME
        if path.is_file():
            _, bad = parse_list(path.read_text(encoding="utf-8"), locale)
            problems += [ContentProblem(str(path), line, why) for line, why in bad]
    return problems


def _completeness(folder: Path, builtin: Path, locale: str) -> list[ContentProblem]:
    """A language the pack adds: each English file's messages it lacks (a note: they are shown
    in English), and what compare-locales finds wrong in what it has."""
    problems = []
    for english in sorted((builtin / SOURCE_LOCALE).glob("*.ftl")):
        translated = folder / locale / english.name
        if not translated.is_file():
            problems.append(
                ContentProblem(
                    str(translated),
                    0,
                    f"no {english.name}: all its messages are shown in English",
                    True,
                )
            )
            continue
        gaps = compare_with_english(english, translated, locale)
        missing = [gap.detail for gap in gaps if gap.kind == "missing"]
        if missing:
            problems.append(
                ContentProblem(
                    str(translated),
                    0,
                    f"{len(missing)} messages not translated yet, shown in English: "
                    + ", ".join(missing),
                    True,
                )
            )
        problems += [
            ContentProblem(str(translated), 0, gap.detail)
            for gap in gaps
            if gap.kind in {"error", "warning"}
        ]
    return problems


def _stale(folder: Path, builtin: Path, locale: str) -> list[ContentProblem]:
    return [
        ContentProblem(
            str(path),
            0,
            f"{message_id} is stale: its English changed since it was translated "
            f"(update it, then run --record {locale})",
        )
        for message_id, path in stale_messages(builtin, folder, locale).items()
    ]


def _content_problems(
    folder: Path, builtin: Path, locales: list[str], files: _Files
) -> list[ContentProblem]:
    """Lessons and standards cards as people will get them, in every language (bundles from the
    files this check already parsed: parsing is the slow part)."""
    bundles = {
        locale: _bundle(
            locale,
            builtin,
            [] if folder == builtin else sorted((folder / locale).glob("*.ftl")),
            files,
        )
        for locale in dict.fromkeys((SOURCE_LOCALE, *locales))
    }
    translator = Translator(bundles, folders=(builtin, folder))
    where = str(folder)
    return [
        ContentProblem(where, 0, why)
        for why in (*lesson_problems(translator), *standards_problems(translator))
    ]


def check_content_pack(
    folder: Path, builtin: Path, region: str | None = None
) -> list[ContentProblem]:
    """Every problem a deployment's content pack has, each with its file and line."""
    problems: list[ContentProblem] = []
    files = _Files()
    locales = pack_locales(folder)
    known = _known(folder, builtin, locales, files)
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
        if child.is_dir() and child.name not in locales:
            problems.append(
                ContentProblem(
                    str(child),
                    0,
                    f"{child.name} is not a language folder (a code such as ti, so or fa-AF "
                    "with .ftl files): ignored",
                )
            )
    problems += _check_lists(folder, locales)
    for locale in locales:
        for path in sorted((folder / locale).glob("*.ftl")):
            problems += _check_file(path, locale, builtin, known, region, files)
        if locale not in SUPPORTED_LOCALES:
            problems += _completeness(folder, builtin, locale)
        problems += _stale(folder, builtin, locale)
    problems += _content_problems(folder, builtin, locales, files)
    return problems
