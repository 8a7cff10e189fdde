"""What a locked phone shows of everything the bot pushes (DESIGN rule 6, issue 10 item 5).

`PreviewRecorder.watch(app)` wraps every renderer registered with `routes.letter`, so each letter
the outbox sends is also rendered in all five languages and kept (`Render`: kind, locale, text,
buttons). `findings(renders, translator)` says, for each render, which of its language's
sensitive words (the `sensitive-words` list in `bot/locales/<lang>/common.ftl`, kept there so
translators maintain it) appear in its first 120 characters, copies of people's own messages
aside (see `findings`). `note_ids_in_code()` lists the
message ids of the team notes (`tell_leads`, `note_to`) the code can send, so a test can tell
which ones no scenario sends yet. Not a test module: `tests/e2e/test_previews.py` uses it.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from telegram.ext import Application

from bot.app import routes_of
from bot.common.outbox import Letter
from bot.directory.words import search_words
from bot.handlers.outbox import NOTE
from bot.handlers.routing import Renderer
from bot.handlers.screens import Copy, Screen
from bot.i18n import Messages, Translator
from bot.runtime import Runtime
from bot.settings import SUPPORTED_LOCALES

PREVIEW_LENGTH = 120  # what a lock screen shows of a message
LIST_ID = "sensitive-words"
BOT_DIR = Path(__file__).resolve().parent.parent / "bot"


# --- recording -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Render:
    """One pushed letter as it reads in one language."""

    kind: str  # the letter kind (`routes.letter`)
    locale: str
    text: str
    buttons: tuple[str, ...]
    note: str | None = None  # a team note's message id
    copy: bool = False  # a copy of someone's own message (`Copy`): no words of the bot's

    @property
    def subject(self) -> str:
        """What a scenario covers: the kind, or `note:<message id>` for a team note."""
        return f"{NOTE}:{self.note}" if self.note is not None else self.kind

    @property
    def preview(self) -> str:
        return self.text[:PREVIEW_LENGTH]


class PreviewRecorder:
    """Keeps every letter the outbox sends, rendered in every language."""

    def __init__(self) -> None:
        self.renders: list[Render] = []

    def watch(self, app: Application) -> None:
        """Wrap the app's letter renderers in place (the outbox sender holds the same mapping).
        Call it again after a restart: a restarted bot has new routes."""
        letters = routes_of(app).letters
        for kind, renderer in list(letters.items()):
            if not isinstance(renderer, _Recording):
                letters[kind] = _Recording(kind, renderer, self)

    def subjects(self) -> set[str]:
        return {render.subject for render in self.renders}

    def of(self, subject: str, locale: str = "en") -> list[Render]:
        return [r for r in self.renders if r.subject == subject and r.locale == locale]


@dataclass(frozen=True)
class _Recording:
    kind: str
    renderer: Renderer
    recorder: PreviewRecorder

    async def __call__(self, runtime: Runtime, letter: Letter, t: Messages) -> Screen | Copy | None:
        screen = await self.renderer(runtime, letter, t)
        if screen is None:  # not wanted any more: nothing is sent, nothing to look at
            return None
        if isinstance(screen, Copy):  # the same message in every language: nothing to render
            self.recorder.renders.extend(
                Render(self.kind, locale, "", (), copy=True) for locale in SUPPORTED_LOCALES
            )
            return screen
        note = str(letter.args["id"]) if self.kind == NOTE else None
        for locale in SUPPORTED_LOCALES:
            if locale == letter.locale:
                seen: Screen | Copy | None = screen
            else:
                seen = await self.renderer(
                    runtime, replace(letter, locale=locale), runtime.messages(locale)
                )
            if isinstance(seen, Screen):
                self.recorder.renders.append(
                    Render(self.kind, locale, seen.text, tuple(seen.labels()), note)
                )
        return screen


# --- the sensitive words -------------------------------------------------------------------------

# Arabic writes some words joined to the next: "and" or "so", then "with", "like" or "for", and
# "the" (for the: لل). Before a word that has "the" already, and before one that has not.
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_BEFORE_THE = "[وف]?(?:[بكل]?ال|لل)"
_BEFORE_A_WORD = "[وف]?(?:[بكل]?ال|لل|[بكل])?"


def _entry_pattern(entry: str) -> str:
    """`police*` -> `police\\w*`; phrases match across any spaces; whole words otherwise."""
    parts = []
    for word in entry.split():
        stem = word.removesuffix("*")
        if not stem or "*" in stem:
            raise ValueError(f"{entry!r}: a * may only end a word")
        parts.append(re.escape(search_words(stem)) + (r"\w*" if word.endswith("*") else ""))
    body = r"\s+".join(parts)
    if _ARABIC.search(entry):
        the = body.startswith("ال")
        body = _BEFORE_THE + body.removeprefix("ال") if the else _BEFORE_A_WORD + body
    return rf"(?<!\w){body}(?!\w)"


@dataclass(frozen=True)
class SensitiveWords:
    """One language's list: comma-separated; a word ending in * also matches longer words that
    start with it, other words match whole; case, accents and Arabic vowel marks are ignored
    (folded as the directory's search folds them), and an Arabic word also matches with the
    prefixes written joined to it (و ف ب ك ل ال)."""

    locale: str
    entries: tuple[str, ...]

    @classmethod
    def parse(cls, locale: str, listed: str) -> SensitiveWords:
        entries = tuple(e.strip() for e in listed.split(","))
        if not listed.strip() or not all(entries):
            raise ValueError(f"{locale}: {LIST_ID} has an empty entry")
        return cls(locale, entries)

    @classmethod
    def of(cls, translator: Translator, locale: str) -> SensitiveWords:
        return cls.parse(locale, translator.format(locale, LIST_ID))

    @functools.cached_property
    def patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        return [(entry, re.compile(_entry_pattern(entry))) for entry in self.entries]

    def found_in(self, text: str) -> list[str]:
        """The entries that occur in `text`."""
        folded = search_words(text)
        return [entry for entry, pattern in self.patterns if pattern.search(folded)]


@dataclass(frozen=True)
class Finding:
    render: Render
    words: list[str]  # entries of the render's language found in its preview

    def __str__(self) -> str:
        r = self.render
        return f"{r.subject} [{r.locale}] shows {', '.join(self.words)}: {r.preview!r}"


def findings(renders: Iterable[Render], translator: Translator) -> list[Finding]:
    """For each render, the sensitive words of its language in its first 120 characters.

    The one exemption: a copy (`Copy`, Telegram's copyMessage, the relay's `relay.copy`) is not
    checked. Its words are the sender's own, copied into a conversation the recipient accepted
    (a peer who tapped Accept, or the member who asked to talk): the bot writes nothing in it, so
    there is no line of ours to make neutral, and the copies are protected and deleted from the
    chat when the conversation ends. Every letter the bot writes around them (the offer, "a peer
    is here", handed over, ended, dropped) is checked like any other."""
    lists = {locale: SensitiveWords.of(translator, locale) for locale in SUPPORTED_LOCALES}
    return [Finding(r, lists[r.locale].found_in(r.preview)) for r in renders if not r.copy]


# --- which team notes the code can send ----------------------------------------------------------

# (function, position of its message id) of bot/handlers/outbox.py.
NOTE_SENDERS = {"tell_leads": 1, "note_to": 2}
_OUTBOX_MODULE = "bot.handlers.outbox"


@dataclass(frozen=True)
class NoteCalls:
    ids: dict[str, list[str]]  # message id -> where it is sent from (path:line)
    unreadable: list[str]  # calls whose message id is not written out (path:line)


def note_ids_in_code(root: Path = BOT_DIR) -> NoteCalls:
    """Every message id passed to `tell_leads` or `note_to` under `root`, read from the source."""
    ids: dict[str, list[str]] = {}
    unreadable: list[str] = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if not any(name in source for name in NOTE_SENDERS):
            continue
        module = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        finder = _NoteCallFinder(module)
        finder.visit(ast.parse(source))
        where = str(path.relative_to(root.parent))
        for line, message_id in finder.found:
            if message_id is None:
                unreadable.append(f"{where}:{line}")
            else:
                ids.setdefault(message_id, []).append(f"{where}:{line}")
    return NoteCalls(ids, unreadable)


class _NoteCallFinder(ast.NodeVisitor):
    """Calls of the outbox's note senders in one module, resolved through its imports."""

    def __init__(self, module: str) -> None:
        self.module = module
        self.names = {n: n for n in NOTE_SENDERS} if module == _OUTBOX_MODULE else {}
        self.modules: set[str] = set()  # local names of bot.handlers.outbox
        self.functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        self.found: list[tuple[int, str | None]] = []

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            local = alias.asname or alias.name
            if node.module == _OUTBOX_MODULE and alias.name in NOTE_SENDERS:
                self.names[local] = alias.name
            elif f"{node.module}.{alias.name}" == _OUTBOX_MODULE:
                self.modules.add(local)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name == _OUTBOX_MODULE and alias.asname:
                self.modules.add(alias.asname)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._inside(node)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._inside(node)

    def _inside(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:
        sender = self._sender(node.func)
        if sender is not None:
            argument = _argument(node, NOTE_SENDERS[sender], "message_id")
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                self.found.append((node.lineno, argument.value))
            elif not self._passed_on(argument):
                self.found.append((node.lineno, None))
        self.generic_visit(node)

    def _sender(self, func: ast.expr) -> str | None:
        if isinstance(func, ast.Name):
            return self.names.get(func.id)
        if (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in self.modules
            and func.attr in NOTE_SENDERS
        ):
            return func.attr
        return None

    def _passed_on(self, argument: ast.expr | None) -> bool:
        """A note sender handing its own `message_id` on (tell_leads -> note_to): its callers
        are the ones that name the note."""
        if not self.functions or self.module != _OUTBOX_MODULE:
            return False
        function = self.functions[-1]
        return (
            function.name in NOTE_SENDERS
            and isinstance(argument, ast.Name)
            and argument.id in {a.arg for a in function.args.args + function.args.kwonlyargs}
        )


def _argument(call: ast.Call, position: int, keyword: str) -> Any:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)
