"""Adding a language needs no code (issue 14, section 6): a content pack's folder of .ftl files
named in LOCALES, shown per message with English where a message is not translated yet; the
checker notes what is missing and reports what is stale once the English changes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.common.content_check import check_content_pack
from bot.i18n import LOCALES_DIR
from tests.conftest import BotHarness, settings_for
from tests.words.locale_text import ROOT, SAMPLE_PACK

SOMALI_PEOPLE = """\
people-welcome = Soo dhawoow. Bot-kan wuxuu kaa caawinayaa inaad hesho adeegyo la isku halleyn karo.
language-saved = Waa la sameeyay. Waxaan kugula hadli doonaa Soomaali.
"""
SOMALI_COMMON = """\
menu-title = Maxaad jeclaan lahayd inaad samayso?
"""


@pytest.fixture
def somali_pack(tmp_path: Path) -> Path:
    pack = Path(shutil.copytree(SAMPLE_PACK, tmp_path / "pack"))
    (pack / "so").mkdir()
    (pack / "so" / "people.ftl").write_text(SOMALI_PEOPLE, encoding="utf-8")
    (pack / "so" / "common.ftl").write_text(SOMALI_COMMON, encoding="utf-8")
    return pack


async def test_a_language_added_by_a_content_pack_with_no_code_change(
    emulator, clock, tmp_path, somali_pack
):
    settings = settings_for(
        emulator,
        tmp_path / "bot.db",
        CONTENT_DIR=str(somali_pack),
        LOCALES="en,fr,ar,sw,es,so",
    )
    assert settings.locales[-1] == "so"
    bot = BotHarness(emulator, settings, clock)
    await bot.start()
    try:
        english = bot.runtime.translator.for_locale("en")
        person = bot.person(9301, language_code="so")
        replies = await person.send("/start")
        text = "\n".join(reply.text for reply in replies)
        assert "Soo dhawoow." in text  # translated
        assert english("people-welcome-does") in text  # not yet: English, message by message
        labels = [label for reply in replies for label, _ in reply.buttons()]
        assert english("menu-find") in labels
        await person.send("/language")
        chosen = await person.tap("Soomaali")  # its name from babel, not from our code
        assert "Waxaan kugula hadli doonaa Soomaali." in chosen[-1].text
    finally:
        await bot.stop()


def test_the_checker_notes_what_is_missing_and_reports_what_is_stale(somali_pack):
    problems = check_content_pack(somali_pack, LOCALES_DIR, "TZ")
    assert problems and all(p.note for p in problems), problems
    missing = {Path(p.file).name: p.message for p in problems}
    assert "all its messages are shown in English" in missing["safety.ftl"]
    assert "messages not translated yet" in missing["people.ftl"]
    assert "people-welcome-does" in missing["people.ftl"]
    assert "people-welcome," not in missing["people.ftl"]  # translated: not listed
    # Translated and recorded; then the English changes: the Somali is stale.
    record = subprocess.run(
        [sys.executable, "scripts/check_content.py", str(somali_pack), "--record", "so"],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert record.returncode == 0 and "recorded 3 so messages" in record.stdout
    assert not [p for p in check_content_pack(somali_pack, LOCALES_DIR, "TZ") if not p.note]
    english = somali_pack / "en" / "people.ftl"
    english.write_text("language-saved = Done. From now on I write to you in English.\n")
    stale = [p for p in check_content_pack(somali_pack, LOCALES_DIR, "TZ") if not p.note]
    assert [(Path(p.file).name, "language-saved is stale" in p.message) for p in stale] == [
        ("people.ftl", True)
    ]


def test_a_translation_using_a_variable_the_bot_never_gives_fails_the_check(somali_pack):
    (somali_pack / "so" / "people.ftl").write_text(
        SOMALI_PEOPLE + "people-welcome-role = Doorkaaga: { $role }.\n", encoding="utf-8"
    )
    problems = [p for p in check_content_pack(somali_pack, LOCALES_DIR, "TZ") if not p.note]
    assert any("people-welcome-role" in p.message for p in problems), problems
