"""The lock-screen check itself (`tests/previews.py`): how the sensitive words match, that every
language's list is well formed and catches no everyday word, that the recorder renders each
letter in every language, and that the team notes the code sends are all found."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as fluent

from bot.common.outbox import Letter, Priority, Purpose
from bot.directory.words import search_words
from bot.handlers.outbox import NOTE
from bot.handlers.routing import Routes
from bot.handlers.screens import Button, Copy, Screen, rows
from bot.handlers.widgets import Noop
from bot.i18n import LOCALES_DIR
from bot.settings import SUPPORTED_LOCALES
from tests.conftest import shared_translator
from tests.previews import (
    PREVIEW_LENGTH,
    PreviewRecorder,
    Render,
    SensitiveWords,
    findings,
    note_ids_in_code,
)

WORDS = SensitiveWords.parse("en", "sex work, sex worker*, police*, HIV, arrest*")
ARABIC = SensitiveWords.parse("ar", "شرطة*, الشرطة, الإيدز")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police at the market", ["police*"]),
        ("POLICEMEN seen", ["police*"]),
        ("Two sex   workers met", ["sex worker*"]),  # a phrase, across any spaces
        ("Sex work is work", ["sex work"]),
        ("Free HIV test", ["HIV"]),
        ("an hiv-test", ["HIV"]),  # a hyphen ends a word
        ("Archive of the week", []),  # "hiv" inside a word: whole words only
        ("Sussex workshop", []),
        ("Politeness", []),
        ("Rearrested", []),  # a * extends the end of a word, never its start
        ("Arrestation", ["arrest*"]),
    ],
)
def test_words_match_whole_or_by_their_start_ignoring_case(text, found):
    assert WORDS.found_in(text) == found


def test_accents_and_arabic_vowel_marks_and_joined_prefixes_do_not_hide_a_word():
    assert SensitiveWords.parse("fr", "préservatif*").found_in("PRESERVATIFS") == ["préservatif*"]
    assert ARABIC.found_in("رأينا الشُّرطة") == ["شرطة*", "الشرطة"]
    assert ARABIC.found_in("اتصلوا بالشرطة") == ["شرطة*", "الشرطة"]  # with the police
    assert ARABIC.found_in("وللشرطة") == ["شرطة*", "الشرطة"]  # and for the police
    assert ARABIC.found_in("مرض الإيدز") == ["الإيدز"]
    assert ARABIC.found_in("شرط واحد") == []  # "a condition"


def test_only_the_first_120_characters_count():
    neutral = "Reminder: Wednesday 4 March 14:00, Harbour. "
    late = Render("outreach.day-before", "en", neutral.ljust(PREVIEW_LENGTH) + "Police", ())
    early = Render("outreach.day-before", "en", neutral + "Police", ())
    found = findings([late, early], shared_translator())
    assert [f.words for f in found] == [[], ["police*"]]
    assert "outreach.day-before [en] shows police*" in str(found[1])


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_each_language_has_a_well_formed_list_without_repeats(locale):
    words = SensitiveWords.of(shared_translator(), locale)
    assert len(words.entries) >= 20
    assert all(pattern for _, pattern in words.patterns)  # a * only ends a word
    folded = [search_words(entry) for entry in words.entries]
    assert len(folded) == len(set(folded)), "the same word twice (capitals, accents ignored)"


def everyday_messages(locale: str) -> dict[str, str]:
    """The bot's everyday words: commands, menus, greetings, the console (common, people and
    console .ftl files), as Fluent source."""
    found = {}
    for feature in ("common", "people", "console"):
        path = LOCALES_DIR / locale / f"{feature}.ftl"
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, fluent.Message) and entry.id.name != "sensitive-words":
                found[entry.id.name] = path.read_text(encoding="utf-8")[
                    entry.span.start : entry.span.end
                ]
    return found


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_no_list_catches_an_everyday_word(locale):
    """A list that caught "stopped" (French "arrêté") would fail every neutral letter that says
    so: the lists hold only words that are sensitive in every use."""
    words = SensitiveWords.of(shared_translator(), locale)
    caught = {
        message_id: words.found_in(source.split("=", 1)[1])
        for message_id, source in everyday_messages(locale).items()
    }
    assert {m: w for m, w in caught.items() if w} == {}


# --- the recorder ---------------------------------------------------------------------------------


async def test_the_recorder_renders_every_letter_sent_in_every_language():
    translator = shared_translator()
    routes = Routes()

    async def notice(runtime, letter, t):
        if letter.args.get("gone"):
            return None
        return Screen(
            t("alerts-new-notice", area="Harbour"), rows(Button(t("alerts-read"), Noop()))
        )

    async def note(runtime, letter, t):
        return Screen(t(letter.args["id"]))

    routes.letter("safety.notice", notice)
    routes.letter(NOTE, note)
    recorder = PreviewRecorder()
    recorder.watch(SimpleNamespace(bot_data={"routes": routes}))
    recorder.watch(SimpleNamespace(bot_data={"routes": routes}))  # twice: wrapped once
    runtime = SimpleNamespace(messages=translator.for_locale)

    def letter(kind, **args):
        return Letter(1, 42, "fr", kind, args, None, Purpose.ALERTS, Priority.BROADCAST, 0)

    sent = await routes.letters["safety.notice"](
        runtime, letter("safety.notice"), runtime.messages("fr")
    )
    assert sent.text == translator.format("fr", "alerts-new-notice", area="Harbour")
    assert (
        await routes.letters["safety.notice"](runtime, letter("safety.notice", gone=True), None)
        is None
    )
    await routes.letters[NOTE](runtime, letter(NOTE, id="alerts-waiting"), runtime.messages("fr"))
    assert [r.locale for r in recorder.renders] == [*SUPPORTED_LOCALES, *SUPPORTED_LOCALES]
    assert recorder.subjects() == {"safety.notice", "note:alerts-waiting"}
    (english,) = recorder.of("safety.notice")
    assert english.text == "🔔 New notice for Harbour" and english.buttons == ("📖 Read",)


async def test_a_copy_of_someones_message_is_recorded_but_only_the_bots_own_words_are_checked():
    """The one exemption (`findings`): a copy holds the sender's own words, not the bot's."""
    translator = shared_translator()
    routes = Routes()

    async def copy(runtime, letter, t):
        return Copy(from_chat_id=7, message_id=int(letter.args["message"]))

    async def ended(runtime, letter, t):
        return Screen("Police took her: the conversation has ended.")  # words of the bot's

    routes.letter("relay.copy", copy)
    routes.letter("relay.ended", ended)
    recorder = PreviewRecorder()
    recorder.watch(SimpleNamespace(bot_data={"routes": routes}))
    runtime = SimpleNamespace(messages=translator.for_locale)
    for kind, args in (("relay.copy", {"message": 5}), ("relay.ended", {})):
        letter = Letter(1, 42, "sw", kind, args, None, Purpose.RELAY, Priority.RELAY, 0)
        sent = await routes.letters[kind](runtime, letter, runtime.messages("sw"))
        assert sent is not None
    copies = [(r.locale, r.text) for r in recorder.renders if r.copy]
    assert copies == [(locale, "") for locale in SUPPORTED_LOCALES]  # covered, in every language
    found = findings(recorder.renders, translator)
    assert {f.render.kind for f in found} == {"relay.ended"}  # the copies are not checked
    assert all(f.words == ["police*"] for f in found if f.render.locale == "en")


# --- the team notes the code can send -------------------------------------------------------------


def test_the_notes_the_code_sends_are_found_through_its_imports(tmp_path):
    root = tmp_path / "bot"
    (root / "feature").mkdir(parents=True)
    (root / "feature" / "one.py").write_text(
        "from bot.handlers.outbox import note_to, tell_leads as tell\n"
        "from storage import outreach as store\n"
        "async def f(runtime, chat, which):\n"
        "    await tell(runtime, 'first-note', opens=None)\n"
        "    note_to(chat, 'en', message_id='second-note')\n"
        "    await store.tell_leads(runtime.database, 1, 2, None)  # another function\n"
        "    await tell(runtime, which)\n",
        encoding="utf-8",
    )
    (root / "feature" / "two.py").write_text(
        "from bot.handlers import outbox\n"
        "async def g(runtime):\n"
        "    await outbox.tell_leads(runtime, 'first-note')\n",
        encoding="utf-8",
    )
    calls = note_ids_in_code(root)
    assert calls.ids == {
        "first-note": ["bot/feature/one.py:4", "bot/feature/two.py:3"],
        "second-note": ["bot/feature/one.py:5"],
    }
    assert calls.unreadable == ["bot/feature/one.py:7"]


def test_the_notes_of_the_bot_itself_are_all_readable():
    calls = note_ids_in_code()
    assert calls.unreadable == []
    assert {"directory-review-waiting", "alerts-waiting"} <= set(calls.ids)
    assert all(
        Path(where.split(":")[0]).parts[0] == "bot" for w in calls.ids.values() for where in w
    )
