"""Fluent translations: one bundle per locale, English as the fallback, ids never shown to people.

Arabic messages isolate their placeables (aliases, codes, numbers) with Unicode FSI/PDI marks so
left-to-right values do not scramble right-to-left sentences; the other locales do not need them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

from bot.settings import SUPPORTED_LOCALES

LOCALES_DIR = Path(__file__).with_name("locales")
SOURCE_LOCALE = "en"
RIGHT_TO_LEFT = frozenset({"ar"})
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "ar": "العربية",
    "sw": "Kiswahili",
    "es": "Español",
}

logger = logging.getLogger(__name__)


def choose_locale(language_code: str | None, default: str = SOURCE_LOCALE) -> str:
    """Map a Telegram client language ('fr-CA', 'es-419', 'pt-br') to a locale we ship."""
    if language_code:
        primary = language_code.replace("_", "-").split("-")[0].lower()
        if primary in SUPPORTED_LOCALES:
            return primary
    return default


@dataclass(frozen=True)
class Translator:
    """Formats messages for a locale, falling back to English message by message."""

    bundles: dict[str, FluentBundle]
    _fixed: dict[tuple[str, str], str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, folder: Path = LOCALES_DIR, extra_folder: Path | None = None) -> Translator:
        """Load every `.ftl` file per locale; files in `extra_folder` override built-in messages."""
        bundles = {}
        for locale in SUPPORTED_LOCALES:
            bundle = FluentBundle([locale], use_isolating=locale in RIGHT_TO_LEFT)
            for base in filter(None, (folder, extra_folder)):
                for path in sorted((base / locale).glob("*.ftl")):
                    bundle.add_resource(
                        FluentResource(path.read_text(encoding="utf-8")), allow_overrides=True
                    )
            bundles[locale] = bundle
        if not bundles[SOURCE_LOCALE]._messages:
            raise RuntimeError(f"no English messages found under {folder / SOURCE_LOCALE}")
        return cls(bundles)

    def format(self, locale: str, message_id: str, **args: Any) -> str:
        """The message in `locale`, else in English; a missing message is a bug we log, never show."""
        if not args:  # labels and fixed sentences: most of what a screen needs, formatted once
            key = (locale, message_id)
            text = self._fixed.get(key)
            if text is None:
                text = self._fixed[key] = self._format(locale, message_id)
            return text
        return self._format(locale, message_id, **args)

    def _format(self, locale: str, message_id: str, **args: Any) -> str:
        for candidate in (locale, SOURCE_LOCALE):
            bundle = self.bundles.get(candidate)
            if bundle is None or not bundle.has_message(message_id):
                continue
            message = bundle.get_message(message_id)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, args)
            if errors:
                logger.warning(
                    "Fluent message %s in %s had %d formatting errors",
                    message_id,
                    candidate,
                    len(errors),
                )
            return str(text)
        logger.error("Fluent message %s is missing in every locale", message_id)
        return (
            self.format(locale, "common-something-went-wrong")
            if message_id != ("common-something-went-wrong")
            else "…"
        )

    def for_locale(self, locale: str) -> Messages:
        return Messages(self, locale)


@dataclass(frozen=True)
class Messages:
    """A translator bound to one person's locale: `t("people-welcome", alias=...)`."""

    translator: Translator
    locale: str

    def __call__(self, message_id: str, **args: Any) -> str:
        return self.translator.format(self.locale, message_id, **args)

    @property
    def right_to_left(self) -> bool:
        return self.locale in RIGHT_TO_LEFT
