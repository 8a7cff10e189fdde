"""Know your rights without Telegram: every card has a button and a short key, the built-in
cards are short and generic, phones read well, and who can help after an arrest comes from the
directory (legal aid first, with a phone, at most six)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from bot.common.text import telegram_length
from bot.directory.core import Category
from bot.handlers.safety.buttons import OpenCard
from bot.people import Role
from bot.safety.rights import (
    CARD_BY_KEY,
    MAX_HELPERS,
    RIGHTS_CARDS,
    Card,
    helpers_for_arrest,
    needs_helpers,
    readable_phone,
    with_numbers,
)
from bot.settings import SUPPORTED_LOCALES
from tests.conftest import shared_translator

TRANSLATOR = shared_translator()


def test_every_card_has_its_own_button_and_short_key():
    assert len(CARD_BY_KEY) == len(RIGHTS_CARDS) == len(Card)
    assert set(CARD_BY_KEY) == {"police", "health", "work", "refugee", "violence", "law", "arrest"}
    assert [CARD_BY_KEY[card] for card in Card] == [card for card, _ in RIGHTS_CARDS]
    assert all(len(OpenCard(card).pack().encode()) <= 64 for card in Card)


def test_which_cards_carry_numbers_and_helpers():
    assert {card for card in Card if with_numbers(card)} == {Card.ARREST, Card.VIOLENCE}
    assert {card for card in Card if needs_helpers(card)} == {Card.ARREST}


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_built_in_cards_are_short_and_say_laws_differ(locale):
    t = TRANSLATOR.for_locale(locale)
    for card, button in RIGHTS_CARDS:
        assert telegram_length(t(card)) < 3500
        assert t(button) != button
    english = TRANSLATOR.for_locale("en")
    assert "Laws differ by country" in english("safety-arrest")
    # Members are told what they can do, never what "their organisation" has not done.
    assert "Ask a peer educator" in english("safety-law-summary")
    assert "organisation" not in english("safety-law-summary")


def test_phones_are_shown_grouped_for_reading_aloud():
    assert readable_phone("+255222000001") == "+255 22 200 0001"
    assert readable_phone("not a number") == "not a number"


@dataclass
class Record:
    name: str
    phone: str | None


@dataclass
class Service:
    id: int
    record: Record


@dataclass
class Page:
    services: list[Service]
    has_more: bool


@dataclass
class Directory:
    """Pages of services per category, as the directory would list them for a role."""

    pages: dict[Category, list[Page]]
    asked: list[tuple[Role, Category, int]] = field(default_factory=list)

    async def in_category(self, role, category, filters, page):
        self.asked.append((role, category, page))
        pages = self.pages.get(category, [])
        return pages[page] if page < len(pages) else Page([], False)


def service(id_: int, name: str, phone: str | None = "+255222110101") -> Service:
    return Service(id_, Record(name, phone))


async def test_helpers_are_legal_aid_first_with_a_phone_and_no_repeats():
    directory = Directory(
        {
            Category.LEGAL_AID: [
                Page([service(1, "Harbour Legal Aid"), service(2, "No phone", None)], True),
                Page([service(3, "Both lists")], False),
            ],
            Category.EMERGENCY: [Page([service(3, "Both lists"), service(4, "Night Line")], False)],
        }
    )
    helpers = await helpers_for_arrest(directory, Role.PEER)
    assert [name for name, _ in helpers] == ["Harbour Legal Aid", "Both lists", "Night Line"]
    assert helpers[0][1] == "+255 22 211 0101"
    assert {role for role, _, _ in directory.asked} == {Role.PEER}  # what this person may see


async def test_at_most_six_helpers_and_no_more_pages_than_needed():
    many = [service(n, f"Aid {n}") for n in range(10)]
    directory = Directory({Category.LEGAL_AID: [Page(many, True)]})
    helpers = await helpers_for_arrest(directory, Role.MEMBER)
    assert len(helpers) == MAX_HELPERS
    assert directory.asked == [(Role.MEMBER, Category.LEGAL_AID, 0)]
