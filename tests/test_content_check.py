"""The content pack check a deployment runs before people read its pack (and the built-in
messages and the sample pack pass it), in process and as the operator's script."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.common.content_check import ContentProblem, check_content_pack
from bot.i18n import LOCALES_DIR, Translator
from bot.settings import SUPPORTED_LOCALES
from tests.conftest import shared_translator

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "content" / "sample"
SCRIPT = ROOT / "scripts" / "check_content.py"
BUILT_IN = shared_translator()


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A copy of the sample pack to break."""
    return Path(shutil.copytree(SAMPLE, tmp_path / "pack"))


def about(problems: list[ContentProblem], file: Path) -> list[ContentProblem]:
    return [p for p in problems if p.file == str(file)]


def test_built_in_messages_pass_the_check_themselves():
    assert check_content_pack(LOCALES_DIR, LOCALES_DIR, "TZ") == []


def test_the_sample_pack_passes_the_check():
    assert check_content_pack(SAMPLE, LOCALES_DIR, "TZ") == []


def test_the_sample_pack_overrides_law_arrest_and_numbers_in_every_language():
    translator = Translator.load(extra_folder=SAMPLE)
    built_in = BUILT_IN
    for locale in SUPPORTED_LOCALES:
        for message_id in ("safety-law-summary", "safety-arrest", "safety-emergency-numbers"):
            assert translator.format(locale, message_id) != built_in.format(locale, message_id)
        assert "Port Amani" in translator.format(locale, "safety-arrest") or (
            locale == "ar" and "بورت أماني" in translator.format(locale, "safety-arrest")
        )


def test_a_file_that_does_not_parse_is_reported_with_its_line(pack):
    broken = pack / "fr" / "safety.ftl"
    lines = broken.read_text(encoding="utf-8").splitlines()
    lines.insert(5, "this line is not fluent at all")
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = about(check_content_pack(pack, LOCALES_DIR, "TZ"), broken)
    assert [(p.line, "cannot parse" in p.message) for p in problems] == [(6, True)]


def test_a_missing_language_is_reported_as_falling_back(pack):
    shutil.rmtree(pack / "sw")
    problems = check_content_pack(pack, LOCALES_DIR, "TZ")
    assert [p.file for p in problems] == [str(pack / "sw")]
    assert "built-in" in problems[0].message


def test_a_misspelt_message_id_is_reported(pack):
    file = pack / "en" / "safety.ftl"
    with file.open("a", encoding="utf-8") as out:
        out.write("\nsafety-arest = Typo\n")
    lines = file.read_text(encoding="utf-8").splitlines()
    problems = about(check_content_pack(pack, LOCALES_DIR, "TZ"), file)
    assert len(problems) == 1
    assert "unknown message id 'safety-arest'" in problems[0].message
    assert lines[problems[0].line - 1].startswith("safety-arest")


def test_an_invalid_phone_number_is_reported_with_its_line(pack):
    file = pack / "es" / "safety.ftl"
    text = file.read_text(encoding="utf-8").replace("+255 22 200 0002", "+255 12 34 567")
    file.write_text(text, encoding="utf-8")
    problems = about(check_content_pack(pack, LOCALES_DIR, "TZ"), file)
    assert len(problems) == 1
    assert "'+255 12 34 567' is not a valid phone number" in problems[0].message
    assert "+255 12 34 567" in text.splitlines()[problems[0].line - 1]


def test_a_local_number_without_country_code_is_checked_against_the_region(pack):
    file = pack / "en" / "safety.ftl"
    text = file.read_text(encoding="utf-8").replace("+255 22 200 0002", "022 200 0002")
    file.write_text(text, encoding="utf-8")
    assert check_content_pack(pack, LOCALES_DIR, "TZ") == []
    assert len(about(check_content_pack(pack, LOCALES_DIR, "KE"), file)) == 1


def test_a_message_too_long_for_telegram_is_reported(pack):
    file = pack / "en" / "safety.ftl"
    long_line = "    • " + "Stay calm and ask for a lawyer. " * 140
    text = file.read_text(encoding="utf-8").replace(
        "safety-arrest =\n", "safety-arrest =\n" + long_line + "\n"
    )
    file.write_text(text, encoding="utf-8")
    problems = about(check_content_pack(pack, LOCALES_DIR, "TZ"), file)
    assert len(problems) == 1
    assert "at most 4096" in problems[0].message
    assert text.splitlines()[problems[0].line - 1] == "safety-arrest ="


def test_a_message_that_cannot_render_is_reported(pack):
    file = pack / "en" / "safety.ftl"
    with file.open("a", encoding="utf-8") as out:
        out.write("\nsafety-no-contacts = Ask { no-such-message }.\n")
    problems = about(check_content_pack(pack, LOCALES_DIR, "TZ"), file)
    assert len(problems) == 1
    assert "does not render" in problems[0].message


def run_script(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, arguments)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},  # this checkout's code
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


# The script runs in a separate process: slow, so not in the fast loop.
@pytest.mark.e2e
def test_the_check_script_accepts_the_sample_pack():
    result = run_script(SAMPLE, "--region", "TZ")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "content pack OK"


@pytest.mark.e2e
def test_the_check_script_lists_problems_as_file_line_message(pack):
    broken = pack / "ar" / "safety.ftl"
    broken.write_text(broken.read_text(encoding="utf-8") + "\n!!! not fluent\n", encoding="utf-8")
    result = run_script(pack, "--region", "TZ")
    assert result.returncode == 1
    line = len(broken.read_text(encoding="utf-8").splitlines())
    assert result.stdout.startswith(f"{broken}:{line}: cannot parse")
