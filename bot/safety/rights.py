"""Know your rights: the cards we offer, what each one is made of, and who can help after an
arrest. The words come from Fluent, so a deployment's content pack can replace any card."""

from __future__ import annotations

from enum import StrEnum

import phonenumbers

from bot.directory.core import Category, Directory, Filters
from bot.directory.core import readable_phone as phone_to_read
from bot.people import Role


class Card(StrEnum):
    """The cards, by the short name their button carries, in the order people see them."""

    POLICE = "police"
    HEALTH = "health"
    WORK = "work"
    REFUGEE = "refugee"
    VIOLENCE = "violence"
    LAW = "law"
    ARREST = "arrest"


# (card message id, button label id), in the order people see them.
RIGHTS_CARDS: list[tuple[str, str]] = [
    ("safety-card-police", "safety-button-police"),
    ("safety-card-health", "safety-button-health"),
    ("safety-card-work", "safety-button-work"),
    ("safety-card-refugee", "safety-button-refugee"),
    ("safety-card-violence", "safety-button-violence"),
    ("safety-law-summary", "safety-button-law"),
    ("safety-arrest", "safety-button-arrest"),
]
ARREST_CARD = "safety-arrest"
EMERGENCY_NUMBERS = "safety-emergency-numbers"
# Cards that end with the pack's emergency numbers.
CARDS_WITH_NUMBERS = frozenset({"safety-arrest", "safety-card-violence"})
MAX_HELPERS = 6
HELPER_CATEGORIES = (Category.LEGAL_AID, Category.EMERGENCY)
_MAX_PAGES = 4


def card_key(card_id: str) -> str:
    """The short name a button carries: `safety-card-police` -> `police`."""
    return card_id.removeprefix("safety-card-").removeprefix("safety-").removesuffix("-summary")


CARD_BY_KEY: dict[Card, str] = {Card(card_key(card)): card for card, _ in RIGHTS_CARDS}
BUTTON_BY_KEY: dict[Card, str] = {Card(card_key(card)): button for card, button in RIGHTS_CARDS}


def needs_helpers(card: Card) -> bool:
    """The arrest card lists who can help, from the directory."""
    return CARD_BY_KEY[card] == ARREST_CARD


def with_numbers(card: Card) -> bool:
    """Cards that end with the pack's emergency numbers."""
    return CARD_BY_KEY[card] in CARDS_WITH_NUMBERS


def readable_phone(phone: str) -> str:
    """`+255222000001` -> `+255 22 200 0001`, for reading aloud and remembering."""
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return phone
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


async def helpers_for_arrest(
    directory: Directory, role: Role, categories: tuple[Category, ...] = HELPER_CATEGORIES
) -> list[tuple[str, str]]:
    """(name, phone) of published legal aid and emergency services this person may see, those
    with a phone only, legal aid first (or `categories` in another order), at most six."""
    helpers: list[tuple[str, str]] = []
    seen: set[int] = set()
    for category in categories:
        for page in range(_MAX_PAGES):
            results = await directory.in_category(role, category, Filters(), page)
            for service in results.services:
                if service.id in seen or not service.record.phone:
                    continue
                seen.add(service.id)
                helpers.append((service.record.name, phone_to_read(service.record.phone)))
                if len(helpers) == MAX_HELPERS:
                    return helpers
            if not results.has_more:
                break
    return helpers
