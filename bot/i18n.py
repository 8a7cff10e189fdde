"""Fluent translations: one bundle per locale, English as the fallback, ids never shown to people.

The locales served are the deployment's `LOCALES`: the five built in, plus any a content pack adds
as a folder of `.ftl` files (no code: plural rules, list words, day names and the direction of the
script come from babel's CLDR data). A message missing in a locale falls back to English, message
by message.

Right-to-left messages (Arabic, and any added locale babel knows as right to left) isolate their
placeables (aliases, codes, numbers) with Unicode FSI/PDI marks, and commands such as /language
with LRI/PDI, so left-to-right bits keep their shape ("/language", not "language/") inside a
right-to-left sentence; the other locales do not need them.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.lists import format_list
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
# A command inside a sentence ("/language"): not after a letter or another slash (links, paths).
_COMMAND = re.compile(r"(?<![\w/])/[a-z][a-z0-9_]{0,31}\b")
_LRI, _PDI = "\u2066", "\u2069"
_LISTED_KEY = re.compile(r"^[a-z0-9]{1,16}$")

logger = logging.getLogger(__name__)


def _babel_locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@functools.cache
def is_right_to_left(code: str) -> bool:
    """Arabic, and any added locale whose script babel knows as right to left (Dari, Pashto...)."""
    if code in RIGHT_TO_LEFT:
        return True
    locale = _babel_locale(code)
    return locale is not None and locale.character_order == "right-to-left"


@functools.cache
def language_name(code: str) -> str:
    """The name of a language in itself, for the language buttons: built in, else from babel."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    locale = _babel_locale(code)
    name = locale.get_display_name(locale) if locale is not None else None
    return name[:1].upper() + name[1:] if name else code


def list_text(items: Iterable[str], locale: str, style: str = "standard") -> str:
    """ "A, B and C" the way the language writes it (CLDR's list patterns): "أ وب وج" in Arabic.
    `style="unit"` is for figures ("Health 6, Legal aid 2"): no "and" in English; a language
    without that pattern uses its standard one."""
    shown = [item for item in items if item]
    if not shown:
        return ""
    for chosen in dict.fromkeys((style, "standard")):
        try:
            return format_list(shown, style=chosen, locale=locale.replace("-", "_"))  # type: ignore[arg-type]
        except (KeyError, ValueError, TypeError, UnknownLocaleError):
            continue
    return ", ".join(shown)


def choose_locale(
    language_code: str | None,
    default: str = SOURCE_LOCALE,
    locales: Sequence[str] = SUPPORTED_LOCALES,
) -> str:
    """Map a Telegram client language ('fr-CA', 'es-419', 'pt-br') to a locale we serve: the same
    code, else the same language ('fa' finds 'fa-AF'), else the default."""
    if language_code:
        wanted = language_code.replace("_", "-").lower()
        by_lower = {locale.lower(): locale for locale in locales}
        if wanted in by_lower:
            return by_lower[wanted]
        primary = wanted.split("-")[0]
        for locale in locales:
            if locale.lower().split("-")[0] == primary:
                return locale
    return default


def isolate_commands(text: str) -> str:
    """Keep "/language" whole inside a right-to-left sentence (it would show as "language/")."""
    return _COMMAND.sub(lambda match: _LRI + match.group(0) + _PDI, text)


@dataclass(frozen=True)
class Translator:
    """Formats messages for a locale, falling back to English message by message."""

    bundles: dict[str, FluentBundle]
    _fixed: dict[tuple[str, str], str] = field(default_factory=dict, compare=False, repr=False)
    # Where the words came from: the content pack's stigma lists extend the built-in ones.
    folders: tuple[Path, ...] = field(default=(LOCALES_DIR,), compare=False)

    @classmethod
    def load(
        cls,
        folder: Path = LOCALES_DIR,
        extra_folder: Path | None = None,
        locales: Sequence[str] = SUPPORTED_LOCALES,
    ) -> Translator:
        """Load every `.ftl` file per locale; files in `extra_folder` (the content pack) override
        built-in messages, and its folders for locales we do not ship add those languages."""
        bundles = {}
        folders = tuple(filter(None, (folder, extra_folder)))
        for locale in dict.fromkeys((SOURCE_LOCALE, *locales)):
            bundle = FluentBundle(
                [locale.replace("-", "_")], use_isolating=is_right_to_left(locale)
            )
            for base in folders:
                for path in sorted((base / locale).glob("*.ftl")):
                    bundle.add_resource(
                        FluentResource(path.read_text(encoding="utf-8")), allow_overrides=True
                    )
            bundles[locale] = bundle
        if not bundles[SOURCE_LOCALE]._messages:
            raise RuntimeError(f"no English messages found under {folder / SOURCE_LOCALE}")
        return cls(bundles, folders=folders)

    @property
    def locales(self) -> tuple[str, ...]:
        """The locales served, in the order the deployment named them."""
        return tuple(self.bundles)

    def has(self, locale: str, message_id: str) -> bool:
        """Whether the message exists in `locale` or in English (what `format` would show)."""
        return any(
            candidate in self.bundles and self.bundles[candidate].has_message(message_id)
            for candidate in (locale, SOURCE_LOCALE)
        )

    def attributes(self, locale: str, message_id: str, **args: Any) -> dict[str, str]:
        """A message's attributes (`.title`, `.a`...), formatted: from `locale` when it has the
        message, else from English; empty when neither has it."""
        for candidate in (locale, SOURCE_LOCALE):
            bundle = self.bundles.get(candidate)
            if bundle is None or not bundle.has_message(message_id):
                continue
            message = bundle.get_message(message_id)
            shown = {}
            for name, pattern in message.attributes.items():
                text, errors = bundle.format_pattern(pattern, args)
                if errors:
                    logger.warning(
                        "Fluent attribute %s.%s in %s had %d formatting errors",
                        message_id,
                        name,
                        candidate,
                        len(errors),
                    )
                shown[name] = self._finish(candidate, str(text))
            return shown
        return {}

    def _finish(self, locale: str, text: str) -> str:
        return isolate_commands(text) if is_right_to_left(locale) else text

    def format(self, locale: str, message_id: str, **args: Any) -> str:
        """The message in `locale`, else in English; a missing message is a bug we log, never show."""
        if not args:  # labels and fixed sentences: most of what a screen needs, formatted once
            key = (locale, message_id)
            text = self._fixed.get(key)
            if text is None:
                text = self._fixed[key] = self._format(locale, message_id)
            return text
        return self._format(locale, message_id, **args)

    def listed_keys(self, message_id: str) -> list[str]:
        """The keys an English message lists ("a, b c"), in order, each once; a key that is not
        a-z0-9 (at most 16) is left out: it travels in buttons. The lessons and standards cards
        a deployment's content pack lists."""
        if not self.has(SOURCE_LOCALE, message_id):
            return []
        listed = self.format(SOURCE_LOCALE, message_id)
        keys = [key.strip() for key in re.split(r"[,\s]+", listed) if key.strip()]
        return [key for key in dict.fromkeys(keys) if _LISTED_KEY.match(key)]

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
            return self._finish(candidate, str(text))
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

    def attributes(self, message_id: str, **args: Any) -> dict[str, str]:
        return self.translator.attributes(self.locale, message_id, **args)

    def has(self, message_id: str) -> bool:
        return self.translator.has(self.locale, message_id)

    def list(self, items: Iterable[str], style: str = "standard") -> str:
        """Items joined the way this language writes a list ("A, B and C")."""
        return list_text(items, self.locale, style)

    @property
    def right_to_left(self) -> bool:
        return is_right_to_left(self.locale)
