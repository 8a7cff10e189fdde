"""The screens of the standards library, as pure functions."""

from __future__ import annotations

from bot.handlers.menu import Entry, Go, back_to_menu
from bot.handlers.screens import Button, Screen, in_pairs, rows
from bot.handlers.standards.buttons import OpenStandard
from bot.i18n import Messages
from bot.people import Role
from bot.standards import StandardCard


def way_back(role: Role, t: Messages) -> tuple[Button, ...]:
    """Members came from their rights, peers and leads may have come from training."""
    back = [Button(t("menu-rights"), Go(Entry.RIGHTS))]
    if role.at_least(Role.PEER):
        back.append(Button(t("menu-training"), Go(Entry.TRAINING)))
    return tuple(back)


def library(cards: list[StandardCard], role: Role, t: Messages) -> Screen:
    buttons = [Button(card.short, OpenStandard(card.key)) for card in cards]
    return Screen(t("standards-title"), (*in_pairs(buttons), way_back(role, t), (back_to_menu(t),)))


def standard(card: StandardCard, role: Role, t: Messages) -> Screen:
    text = t(
        "standards-card-text",
        title=card.title,
        year=card.year,
        publisher=card.publisher,
        summary=card.summary,
        where=card.where,
    )
    return Screen(
        text,
        rows(
            Button(t("standards-button"), Go(Entry.STANDARDS)), *[(b,) for b in way_back(role, t)]
        ),
    )
