"""Pure logic of the people feature: codes, aliases, keyed hashes, deep links, text cleaning."""

from hypothesis import given
from hypothesis import strategies as st

from bot.common.text import clean_text, fit_message, telegram_length
from bot.handlers.deeplinks import LinkKind, link_for, parse_payload
from bot.people import (
    AliasProblem,
    MemberKeys,
    Role,
    check_alias,
    normalise_invite_code,
)
from bot.people.team import INVITE_ALPHABET
from bot.settings import Secret


def test_invite_codes_survive_how_people_type_and_paste_them():
    assert normalise_invite_code("abcd efgh jk") == "ABCDEFGHJK"
    assert normalise_invite_code("\u2068ABCD-EFGH-JK\u2069") == "ABCDEFGHJK"
    assert normalise_invite_code("join_ABCDEFGHJK") == "ABCDEFGHJK"
    assert normalise_invite_code("ABCDEFGHJ0") is None  # 0 is never in a code
    assert normalise_invite_code("short") is None
    assert normalise_invite_code("x" * 4000) is None


def test_alias_rules():
    assert check_alias("  Star  42 ") == "Star 42"
    assert check_alias("نجمة") == "نجمة"
    assert check_alias("A") is AliasProblem.TOO_SHORT
    assert check_alias("a" * 25) is AliasProblem.TOO_LONG
    assert check_alias("call 0712345678") is AliasProblem.LOOKS_LIKE_CONTACT
    assert check_alias("@amina") is AliasProblem.LOOKS_LIKE_CONTACT
    assert check_alias("🌟🌟") is AliasProblem.CHARACTERS
    assert check_alias("\u200b\u200b") is AliasProblem.TOO_SHORT


def test_member_keys_are_keyed_and_stable():
    one, other = MemberKeys(Secret("a" * 40)), MemberKeys(Secret("b" * 40))
    assert one.member_key(987654321) == one.member_key(987654321)
    assert one.member_key(987654321) != other.member_key(987654321)
    assert "987654321" not in one.member_key(987654321)
    assert one.invite_hash("ABCDEFGHJK") != one.member_key(987654321)


def test_roles_are_ordered():
    assert Role.ADMIN.at_least(Role.LEAD) and Role.LEAD.at_least(Role.PEER)
    assert not Role.MEMBER.at_least(Role.PEER)


def test_deep_link_router():
    link = parse_payload("join_ABCDEFGHJK")
    assert link is not None and link.kind is LinkKind.INVITE and link.value == "ABCDEFGHJK"
    assert parse_payload("join_") is None
    assert parse_payload("unknown") is None
    assert parse_payload("join_AB CD") is None
    assert parse_payload("j" * 65) is None
    url = link_for("outreach_bot", LinkKind.INVITE, "ABCDEFGHJK")
    assert url == "https://t.me/outreach_bot?start=join_ABCDEFGHJK"
    assert len(url.split("start=")[1]) <= 64


@given(st.text())
def test_clean_text_leaves_no_invisible_characters(text):
    cleaned = clean_text(text)
    assert "\u200b" not in cleaned and "\u202e" not in cleaned
    assert cleaned == cleaned.strip()


@given(st.text(min_size=0, max_size=20000))
def test_fit_message_keeps_every_part_within_the_limit(text):
    parts = fit_message(text, 4096)
    assert all(telegram_length(part) <= 4096 for part in parts)
    assert "".join(parts).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(
        " ", ""
    )


def test_invite_alphabet_has_no_lookalikes():
    assert not set("0O1IL") & set(INVITE_ALPHABET)
