"""Pure logic of consultations: the answers a lead types, the voter tag, the language shown."""

from datetime import UTC, datetime

from bot.settings import Secret
from bot.voice.model import Poll, PollState, Wording
from bot.voice.polls import ChoicesProblem, parse_choices, voter_tag


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
