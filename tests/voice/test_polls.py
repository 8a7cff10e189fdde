"""Pure logic of consultations: the answers a lead types, the voter tag, the language shown,
and what a plan may ask for."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.common.refusal import NotAllowed
from bot.people import Role, Viewer
from bot.settings import Secret
from bot.voice.model import Poll, PollPlan, PollState, Wording
from bot.voice.polls import ChoicesProblem, Polls, parse_choices, voter_tag
from storage import Database
from tests.conftest import Clock


def test_answers_are_one_per_line_two_to_six_short_and_scrubbed():
    assert parse_choices("Yes\n\n No \n", None) == ("Yes", "No")
    assert parse_choices("Yes", None) is ChoicesProblem.TOO_FEW
    assert parse_choices("\n".join("abcdefg"), None) is ChoicesProblem.TOO_MANY
    assert parse_choices("Yes\n" + "x" * 41, None) is ChoicesProblem.TOO_LONG
    assert parse_choices("Oui\nNon\nPeut-être", None, needed=2) is ChoicesProblem.NOT_THE_SAME
    scrubbed = parse_choices("Call 0712 345 678\nNo", "KE")
    assert isinstance(scrubbed, tuple) and "712" not in scrubbed[0]


def test_a_voter_tag_depends_on_the_poll_key_so_a_dropped_key_cannot_remake_it():
    key = Secret("k" * 32)
    first, second = b"a" * 32, b"b" * 32
    assert voter_tag(key, first, 5) == voter_tag(key, first, 5)
    assert voter_tag(key, first, 5) != voter_tag(key, second, 5)
    assert voter_tag(key, first, 5) != voter_tag(key, first, 6)
    assert len(voter_tag(key, first, 5)) == 64  # a SHA-256 HMAC, hex: no digits of the id


def test_a_poll_is_read_in_the_persons_language_else_the_default_else_the_first():
    moment = datetime(2026, 3, 2, tzinfo=UTC)
    poll = Poll(
        1,
        None,
        None,
        2,
        False,
        moment,
        moment,
        PollState.OPEN,
        (Wording("fr", "Q fr", ("Oui", "Non")), Wording("en", "Q en", ("Yes", "No"))),
    )
    assert poll.wording("fr", "en").question == "Q fr"
    assert poll.wording("sw", "en").question == "Q en"
    assert poll.wording("sw", "ar").question == "Q fr"


async def test_a_poll_cannot_be_set_to_open_beyond_the_days_a_lead_may_choose(tmp_path):
    """The domain refuses what the day picker never offers (a forged or stale plan)."""
    clock = Clock()
    lead = Viewer(telegram_id=7001, role=Role.LEAD, locale="en")
    wording = (Wording("en", "Do clinics ask for papers?", ("Yes", "No")),)
    async with await Database.open(tmp_path / "voice.db") as database:
        polls = Polls(database, ZoneInfo("Africa/Nairobi"), clock, Secret("k" * 40), 5, None)
        first, last = polls.opening_days()
        too_late = clock() + (last - first) + timedelta(days=2)
        with pytest.raises(NotAllowed):
            await polls.ask(lead, PollPlan(None, wording, False, too_late, 7))
        poll, _ = await polls.ask(
            lead, PollPlan(None, wording, False, clock() + timedelta(days=3), 7)
        )
        assert poll.id > 0
