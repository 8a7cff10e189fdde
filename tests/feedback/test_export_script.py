"""The operator's raw export (scripts/feedback_export.py): written only when asked for by name,
says what it holds, one line per answer with words only from groups of at least K, a file only
the bot's user can read, finished periods only, never over an existing file."""

import importlib.util
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.database import Database
from tests.feedback.sample import FEBRUARY, add_places, insert, march

SCRIPT = Path(__file__).parents[2] / "scripts" / "feedback_export.py"


@pytest.fixture
def script(monkeypatch, tmp_path):
    spec = importlib.util.spec_from_file_location("feedback_export", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "utc_now", lambda: datetime(2026, 4, 10, 12, 0, tzinfo=UTC))
    monkeypatch.setattr(module, "read_environment", lambda environ: dict(environ))
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "bot.db"))
    monkeypatch.setenv("SUPPRESSION_K", "5")
    return module


@pytest.fixture
async def database(tmp_path):
    async with await Database.open(tmp_path / "bot.db") as db:
        await add_places(db)
        await insert(db, march() + FEBRUARY)


async def run(script, *argv: str) -> int:
    import asyncio

    # main() runs its own event loop: off this test's loop.
    return await asyncio.to_thread(script.main, list(argv))


async def test_nothing_is_written_unless_asked_for_by_name(script, database, tmp_path, capsys):
    target = tmp_path / "march.csv"
    assert await run(script, "2026-03", str(target)) == 2
    assert not target.exists()
    said = capsys.readouterr()
    assert "one line each" in said.out and "at least 5 answers" in said.out
    assert "--one-line-per-answer" in said.err


async def test_asked_for_it_writes_one_line_per_answer_for_this_user_only(
    script, database, tmp_path, capsys
):
    target = tmp_path / "march.csv"
    assert await run(script, "2026-03", str(target), "--one-line-per-answer") == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + 20
    text = "\n".join(lines)
    assert "The nurse was kind" in text
    for words_of_a_hidden_group in ("Clinic C closed", "lawyer", "Outreach van"):
        assert words_of_a_hidden_group not in text
    assert "Wrote 20 answers of 2026-03" in capsys.readouterr().out


async def test_a_period_not_over_or_an_existing_file_writes_nothing(script, database, tmp_path):
    target = tmp_path / "april.csv"
    assert await run(script, "2026-04", str(target), "--one-line-per-answer") == 1
    assert not target.exists()
    kept = tmp_path / "kept.csv"
    kept.write_text("mine")
    assert await run(script, "2026-03", str(kept), "--one-line-per-answer") == 2
    assert kept.read_text() == "mine"


async def test_a_period_that_is_not_one_is_a_usage_mistake(script, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        await run(script, "2026-13", str(tmp_path / "x.csv"), "--one-line-per-answer")
    assert exit_.value.code == 2
