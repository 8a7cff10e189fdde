"""`scripts/retention.py`: --dry-run prints what would go and erases nothing; without it, the
same rules as the daily job erase it. And the bot registers that daily job at every start under
one stable name."""

from __future__ import annotations

import asyncio
import importlib.util
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import routes_of
from bot.handlers.operations import RETENTION_JOB, erase_old_data
from bot.operations.retention import BUILT_IN
from tests.operations.conftest import NOTICE, WORDS, stored

SCRIPT = Path(__file__).parents[2] / "scripts" / "retention.py"


@pytest.fixture
def script(monkeypatch, deployment):
    spec = importlib.util.spec_from_file_location("retention_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    later = deployment.clock.now() + timedelta(days=400)
    monkeypatch.setattr(module, "utc_now", lambda: later)
    monkeypatch.setattr(module, "read_environment", lambda environ: dict(environ))
    monkeypatch.setenv("DATABASE_PATH", str(deployment.path))
    monkeypatch.setenv("ID_HASH_KEY", "x" * 40)
    return module


async def test_dry_run_prints_what_would_go_and_erases_nothing(script, deployment, capsys):
    assert await asyncio.to_thread(script.main, ["--dry-run"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert "feedback words (older than 365 days, FEEDBACK_TEXT_DAYS): 1 would go" in printed
    assert "used or expired invites (older than 30 days, OLD_INVITE_DAYS): 2 would go" in printed
    assert "service history (older than 730 days, SERVICE_HISTORY_DAYS): 0 would go" in printed
    assert WORDS.encode() in stored(deployment.path)


async def test_without_dry_run_it_erases_with_the_rules_the_bot_declares(
    script, deployment, capsys
):
    declared = [rule.name for rule in script.declared_rules()]
    # The built-in rules and those features declare (a closed follow-up's note, for one).
    assert {rule.name for rule in BUILT_IN} | {"follow-up notes"} <= set(declared)
    assert await asyncio.to_thread(script.main, []) == 0
    assert "session and report notes (older than 180 days, OUTREACH_NOTE_DAYS): 2 erased" in (
        capsys.readouterr().out.splitlines()
    )
    await deployment.runtime.database.checkpoint()
    after = stored(deployment.path)
    assert WORDS.encode() not in after and NOTICE.encode() not in after


@pytest.mark.e2e
async def test_the_daily_job_is_registered_once_per_start_and_erases(harness):
    queue = harness.app.job_queue
    assert len(queue.get_jobs_by_name(RETENTION_JOB)) == 1
    await harness.restart()
    queue = harness.app.job_queue
    (job,) = queue.get_jobs_by_name(RETENTION_JOB)
    assert job.job.trigger.interval == timedelta(days=1)
    rules = routes_of(harness.app).retention
    assert {rule.name for rule in BUILT_IN} <= {rule.name for rule in rules}
    assert await erase_old_data(harness.runtime, rules) == 0  # a new deployment: nothing old
