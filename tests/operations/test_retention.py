"""Retention, enforced (issue 13.3): the features write their rows as they do in use, the clock
moves on, and each kind of data leaves the database file and its WAL once past its own setting
(feedback words go, feedback counts stay); a dry run only counts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.operations.retention import BUILT_IN, Outcome, RetentionError, Rule, enforce
from storage.retention import Sweep, Written
from tests.operations.conftest import (
    NOTICE,
    OLD_PHONE,
    REPORT_NOTE,
    SESSION_NOTE,
    WORDS,
    stored,
)


async def test_each_kind_of_data_leaves_the_file_once_past_its_own_setting(deployment):
    d = deployment
    before = stored(d.path)
    for text in (WORDS, SESSION_NOTE, REPORT_NOTE, OLD_PHONE, NOTICE):
        assert text.encode() in before
    assert all(h.encode() in before for h in d.invite_hashes)
    assert set((await d.enforce()).values()) == {0}  # nothing is old yet

    # 60 days on: invites (used, or expired after 7 days) and the notice (expired after 14)
    # are past their 30 days; notes, words and history stay.
    d.clock.advance(days=60)
    assert await d.enforce(dry_run=True) == {
        "feedback words": 0,
        "session and report notes": 0,
        "service history": 0,
        "expired notices": 1,
        "used or expired invites": 2,
    }
    assert NOTICE.encode() in stored(d.path)  # a dry run erases nothing
    await d.enforce()
    after = stored(d.path)
    assert NOTICE.encode() not in after
    assert not any(h.encode() in after for h in d.invite_hashes)
    assert SESSION_NOTE.encode() in after and WORDS.encode() in after

    d.clock.advance(days=130)  # 190 days: notes (180) go, words (365) stay
    assert (await d.enforce())["session and report notes"] == 2
    after = stored(d.path)
    assert SESSION_NOTE.encode() not in after and REPORT_NOTE.encode() not in after
    assert WORDS.encode() in after and OLD_PHONE.encode() in after
    assert await d.count("SELECT sum(reached_new) FROM outreach_reports") == 6

    d.clock.advance(days=200)  # 390 days: the words go, the answer (and every count) stays
    assert (await d.enforce())["feedback words"] == 1
    assert WORDS.encode() not in stored(d.path)
    assert await d.count("SELECT count(*) FROM feedback WHERE overall_rating = 4") == 1

    d.clock.advance(days=360)  # 750 days: service history (730) goes, the service stays
    assert (await d.enforce())["service history"] > 0
    assert OLD_PHONE.encode() not in stored(d.path)
    assert await d.count("SELECT count(*) FROM services") == 1
    assert set((await d.enforce()).values()) == {0}  # and nothing is counted twice


async def test_shorter_settings_erase_sooner(deployment):
    d = deployment
    settings = d.runtime.settings
    d.runtime.settings = replace(
        settings, retention_days={**settings.retention_days, "FEEDBACK_TEXT_DAYS": 7}
    )
    d.clock.advance(days=15)
    assert (await d.enforce())["feedback words"] == 1
    assert WORDS.encode() not in stored(d.path)


async def test_erasing_refuses_to_run_without_secure_delete(deployment):
    database = deployment.runtime.database
    async with database.transaction() as tx:
        await tx.execute("PRAGMA secure_delete = OFF")
    with pytest.raises(RetentionError):
        await deployment.enforce()
    assert await deployment.enforce(dry_run=True)  # counting needs nothing of the kind


async def test_a_feature_adds_its_own_rule_with_its_own_setting(deployment):
    """How a newer feature (SOS records, poll keys...) joins: a Sweep in its storage module and
    a Rule naming a setting of bot.settings.RETENTION."""
    mine = Rule(
        "old service changes",
        "SERVICE_HISTORY_DAYS",
        (Sweep("service_changes", "proposed_on < :cutoff", Written.DATE),),
    )
    settings = deployment.runtime.settings
    outcomes = await enforce(
        deployment.runtime.database,
        [*BUILT_IN, mine],
        settings.retention_days,
        deployment.clock.now(),
        settings.timezone,
        dry_run=True,
    )
    assert Outcome("old service changes", "SERVICE_HISTORY_DAYS", 730, 0) in outcomes
    with pytest.raises(ValueError, match="not a retention setting"):
        Rule("poll keys", "POLL_KEY_DAYS", mine.sweeps)
    with pytest.raises(ValueError, match="share a name"):
        await enforce(
            deployment.runtime.database,
            [mine, mine],
            settings.retention_days,
            deployment.clock.now(),
            settings.timezone,
            dry_run=True,
        )
