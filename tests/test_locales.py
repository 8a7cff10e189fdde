"""Locale lint: every .ftl file parses, ids are unique, every locale has the same messages with the
same variables, and every id the code uses exists in English. Plus fallback and bidi isolation."""

import ast
import functools
import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent_ast
from fluent.syntax.visitor import Visitor

from bot.handlers.menu import COMMANDS
from bot.i18n import LOCALES_DIR, SOURCE_LOCALE, Translator, choose_locale
from bot.outreach.model import ReminderKind, SessionKind
from bot.people import AliasProblem, JoinOutcome
from bot.settings import SUPPORTED_LOCALES
from tests.conftest import shared_translator

BOT_DIR = Path(__file__).resolve().parents[1] / "bot"
ID_PATTERN = re.compile(r"^[a-z]+(-[a-z0-9]+)+$")


class Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.references: set[str] = set()

    def visit_VariableReference(self, node):
        self.names.add(node.id.name)

    def visit_MessageReference(self, node):
        self.references.add(node.id.name)


@functools.cache
def parse_locale(locale: str) -> dict[str, dict[str, fluent_ast.Message]]:
    """{file name: {message id: message}} for one locale, failing on Junk and duplicates.
    Parsed once per run (the tests only read it)."""
    files = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [e for e in resource.body if isinstance(e, fluent_ast.Junk)]
        assert not junk, f"{path}: cannot parse: {[j.content[:60] for j in junk]}"
        messages: dict[str, fluent_ast.Message] = {}
        for entry in resource.body:
            if isinstance(entry, fluent_ast.Message | fluent_ast.Term):
                assert entry.id.name not in messages, f"{path}: duplicate id {entry.id.name}"
                messages[entry.id.name] = entry
        files[path.name] = messages
    return files


@functools.cache
def all_ids(locale: str) -> dict[str, fluent_ast.Message]:
    merged: dict[str, fluent_ast.Message] = {}
    for name, messages in parse_locale(locale).items():
        duplicate = merged.keys() & messages.keys()
        assert not duplicate, f"{locale}/{name}: ids defined in two files: {duplicate}"
        merged.update(messages)
    return merged


def variables_of(message) -> tuple[set[str], set[str]]:
    visitor = Variables()
    visitor.visit(message)
    return visitor.names, visitor.references


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_locale_parses_and_matches_english(locale):
    english = all_ids(SOURCE_LOCALE)
    messages = all_ids(locale)
    assert set(parse_locale(locale)) == set(parse_locale(SOURCE_LOCALE)), "same files per locale"
    assert messages.keys() - english.keys() == set(), "ids that English does not have"
    assert english.keys() - messages.keys() == set(), "ids missing from this locale"
    for message_id, message in messages.items():
        names, references = variables_of(message)
        english_names, _ = variables_of(english[message_id])
        assert names == english_names, f"{locale} {message_id}: variables differ"
        assert references <= set(messages), f"{locale} {message_id}: unknown reference"


def ids_used_in_code() -> set[str]:
    used = set()
    prefixes = {p.split("-")[0] for p in all_ids(SOURCE_LOCALE)}
    for path in BOT_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and ID_PATTERN.match(node.value)
                and node.value.split("-")[0] in prefixes
            ):
                used.add(node.value)
    # Ids built from values: one per value.
    used |= {
        f"people-join-{o.value}"
        for o in JoinOutcome
        if o not in {JoinOutcome.JOINED, JoinOutcome.ALREADY}
    }
    used |= {f"people-alias-{p.value}" for p in AliasProblem}
    used |= {f"command-{name}" for name, _ in COMMANDS}
    # Enum values that merely look like ids.
    return used - {kind.value for kind in SessionKind} - {kind.value for kind in ReminderKind}


def test_every_id_the_code_uses_exists_in_english():
    missing = ids_used_in_code() - all_ids(SOURCE_LOCALE).keys()
    assert not missing


def test_a_missing_translation_falls_back_to_english_and_never_shows_an_id(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "fr").mkdir()
    (tmp_path / "en" / "x.ftl").write_text("only-english = Hello { $name }\nboth = Good\n")
    (tmp_path / "fr" / "x.ftl").write_text("both = Bien\n")
    translator = Translator.load(tmp_path)
    assert translator.format("fr", "both") == "Bien"
    assert translator.format("fr", "only-english", name="Ana") == "Hello Ana"
    shown = translator.format("fr", "nowhere-at-all")
    assert "nowhere" not in shown


def test_arabic_isolates_placeables_and_left_to_right_locales_do_not():
    translator = shared_translator()
    arabic = translator.format("ar", "people-alias-saved", alias="Amina 7")
    english = translator.format("en", "people-alias-saved", alias="Amina 7")
    assert "\u2068Amina 7\u2069" in arabic
    assert "\u2068" not in english and "Amina 7" in english


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr-CA", "fr"),
        ("es-419", "es"),
        ("ar", "ar"),
        ("sw", "sw"),
        ("pt-br", "en"),
        (None, "en"),
        ("", "en"),
        ("EN_us", "en"),
    ],
)
def test_choose_locale_from_telegram_language_code(code, expected):
    assert choose_locale(code) == expected
