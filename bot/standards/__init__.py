"""The standards library: short cards on the international standards the guidance points to
(the Sex Worker Implementation Tool, WHO's guidelines for key populations, UNAIDS' and UNHCR's
guidance), read from Fluent like lessons, so a deployment's pack can replace or add cards:

    standards-cards = swit, who, unaids, unhcr
    standards-card-swit = Two or three plain sentences.
        .title = Implementing comprehensive HIV/STI programmes with sex workers
        .short = 📘 SWIT (2013)
        .year = 2013
        .publisher = WHO, UNFPA, UNAIDS, NSWP, World Bank, UNDP
        .where = Where to find it.

Members reach it from /rights, peers and leads from /training; the Telegram side is in
`bot/handlers/standards/`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import Messages, Translator

CARDS_LIST = "standards-cards"
CARD_PREFIX = "standards-card-"
CARD_PARTS = ("title", "short", "year", "publisher", "where")


@dataclass(frozen=True)
class StandardCard:
    key: str
    title: str
    short: str  # the button's label
    year: str
    publisher: str
    summary: str
    where: str


def card_keys(translator: Translator) -> list[str]:
    """The cards in the order the deployment lists them (read in English)."""
    return translator.listed_keys(CARDS_LIST)


def card(t: Messages, key: str) -> StandardCard | None:
    """One card in the person's language (English where the pack lacks it), or None."""
    message_id = CARD_PREFIX + key
    if key not in card_keys(t.translator) or not t.has(message_id):
        return None
    parts = t.attributes(message_id)
    if not all(parts.get(part) for part in CARD_PARTS):
        return None
    return StandardCard(
        key,
        parts["title"],
        parts["short"],
        parts["year"],
        parts["publisher"],
        t(message_id),
        parts["where"],
    )


def cards(t: Messages) -> list[StandardCard]:
    return [found for key in card_keys(t.translator) if (found := card(t, key)) is not None]


def standards_problems(translator: Translator) -> list[str]:
    """Listed cards that cannot be shown: for the content check."""
    return [
        f"standards card {key!r} in {locale}: needs {CARD_PREFIX}{key} with "
        + ", ".join(f".{part}" for part in CARD_PARTS)
        for key in card_keys(translator)
        for locale in translator.locales
        if card(translator.for_locale(locale), key) is None
    ]
