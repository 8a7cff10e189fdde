"""Scrubbing free text: no phone number, e-mail, handle, link or long digit run survives."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.common.scrub import REDACTED, scrub


@pytest.mark.parametrize(
    "dirty",
    [
        "call me on +254 712 345 678 tonight",
        "my number 0712345678",
        "0712 345 678",
        "write to amina.k@example.org",
        "find me @amina_k on telegram",
        "see https://example.org/x or www.example.org",
        "t.me/somebody",
        "account 12345678",
        "id 123-456-789",
    ],
)
def test_contact_details_are_replaced(dirty):
    clean = scrub(dirty, "KE")
    assert REDACTED in clean
    for fragment in ("712", "amina.k@", "@amina_k", "example.org", "t.me/", "12345678", "456"):
        assert fragment not in clean


def test_ordinary_words_and_small_numbers_stay():
    text = "We met 12 people near the market, gave 40 condoms. Good day!"
    assert scrub(text, "KE") == text


@given(st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Zs")), max_size=200))
def test_text_without_digits_or_symbols_is_unchanged(text):
    assert scrub(text) == text
