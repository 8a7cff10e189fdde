"""Checking one cell of a directory CSV: each converter turns a cell into a value or raises a
ValueError whose message says what is wrong and how to write it; `Cells` collects a row's
problems with their spreadsheet row number."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

import phonenumbers
from babel import Locale

from bot.common.text import clean_text
from bot.directory.model import Category
from bot.directory.opening_hours import format_hours, parse_hours

TEXT_LIMIT = 300
AGES = range(0, 121)

_TRUE = frozenset({"yes", "true", "1"})
_FALSE = frozenset({"no", "false", "0"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_EMAIL = re.compile(r"[^@\s<>,;:\"]+@[^@\s<>,;:\"]+\.[A-Za-z]{2,}")
_URL = re.compile(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)
_KNOWN_LANGUAGES = frozenset(
    code for code in Locale("en").languages if isinstance(code, str) and len(code) == 2
)

T = TypeVar("T")


@dataclass(frozen=True)
class RowProblem:
    """One mistake in one cell; row 1 is the header, so file-wide problems are reported there."""

    row: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"row {self.row}, {self.field}" if self.field else f"row {self.row}"
        return f"{where}: {self.message}"


@dataclass
class Cells:
    """One data row being checked: its cells by column, and the problems found so far."""

    row: int
    values: dict[str, str]
    problems: list[RowProblem] = field(default_factory=list)

    def raw(self, column: str) -> str:
        return self.values.get(column, "").strip()

    def problem(self, column: str, message: str) -> None:
        self.problems.append(RowProblem(self.row, column, message))

    def text(self, column: str, limit: int = TEXT_LIMIT) -> str | None:
        value = clean_text(self.values.get(column, ""))
        if len(value) > limit:
            self.problem(column, f"is {len(value)} characters long; at most {limit} fit a card")
        return value or None

    def converted(self, column: str, convert: Callable[[str], T]) -> T | None:
        """`convert(cell)` for a non-blank cell; its ValueError becomes this cell's problem."""
        value = self.raw(column)
        if not value:
            return None
        try:
            return convert(value)
        except ValueError as error:
            self.problem(column, str(error))
            return None

    def maybe(self, column: str) -> bool | None:
        return self.converted(column, yes_no)

    def flag(self, column: str) -> bool:
        return bool(self.maybe(column))


def shown(value: str) -> str:
    """A cell's value quoted in a message, cut short so one bad cell cannot flood the output."""
    return repr(value if len(value) <= 40 else value[:39] + "…")


def yes_no(value: str) -> bool:
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise ValueError(f"{shown(value)} is not yes, no, true, false, 1 or 0")


def iso_date(value: str) -> date:
    # date.fromisoformat alone also takes 20261101 and 2026-W44, which no one means here.
    if _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{shown(value)} is not a date written YYYY-MM-DD")


def age(value: str) -> int:
    if not value.isdigit() or int(value) not in AGES:
        raise ValueError(f"{shown(value)} is not an age from {AGES[0]} to {AGES[-1]}")
    return int(value)


def coordinate(limit: float) -> Callable[[str], float]:
    def convert(value: str) -> float:
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number) or not -limit <= number <= limit:
            raise ValueError(
                f"{shown(value)} is not a number from {-limit:g} to {limit:g} (decimal degrees)"
            )
        return number

    return convert


def phone(default_region: str | None) -> Callable[[str], str]:
    def convert(value: str) -> str:
        try:
            number = phonenumbers.parse(value, default_region)
        except phonenumbers.NumberParseException as error:
            if not value.startswith("+") and default_region is None:
                raise ValueError(
                    f"{shown(value)} has no country code: write it with + and the code, "
                    "or give a default region"
                ) from None
            raise ValueError(f"{shown(value)} is not a phone number") from error
        if not phonenumbers.is_valid_number(number):
            raise ValueError(f"{shown(value)} is not a valid phone number")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    return convert


def email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise ValueError(f"{shown(value)} is not an e-mail address")
    return value


def url(value: str) -> str:
    if not _URL.fullmatch(value):
        raise ValueError(f"{shown(value)} is not a web address starting http:// or https://")
    return value


def choice(allowed: Iterable[str]) -> Callable[[str], str]:
    allowed = tuple(allowed)

    def convert(value: str) -> str:
        if value.lower() not in allowed:
            raise ValueError(f"{shown(value)} is not one of {', '.join(allowed)}")
        return value.lower()

    return convert


def split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def categories(value: str) -> tuple[Category, ...]:
    known = {category.value for category in Category}
    codes = [code.lower() for code in split(value)]
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ValueError(
            f"unknown category {', '.join(map(shown, unknown))}; "
            f"use codes from: {', '.join(sorted(known))}"
        )
    return tuple(Category(code) for code in dict.fromkeys(codes))


def languages(value: str) -> tuple[str, ...]:
    codes = [code.lower() for code in split(value)]
    unknown = [code for code in codes if code not in _KNOWN_LANGUAGES]
    if unknown:
        raise ValueError(
            f"unknown language code {', '.join(map(shown, unknown))}; "
            "use two-letter ISO 639-1 codes like sw, fr, ar"
        )
    return tuple(dict.fromkeys(codes))


def hours(value: str) -> str:
    try:
        periods = parse_hours(value)
    except ValueError as error:
        raise ValueError(f"{error}; write hours like 'Mo-Fr 09:00-17:00; Sa 10:00-14:00'") from None
    # Stored in the canonical form, so an export reads the same as what the bot shows.
    return format_hours(periods)


def closures(value: str) -> tuple[tuple[str, str], ...]:
    closures = []
    for part in split(value):
        starts, dots, ends = part.partition("..")
        if not dots:
            raise ValueError(f"{shown(part)} is not written YYYY-MM-DD..YYYY-MM-DD")
        starts_on, ends_on = iso_date(starts.strip()), iso_date(ends.strip())
        if ends_on < starts_on:
            raise ValueError(f"{shown(part)} ends before it starts")
        closures.append((starts_on.isoformat(), ends_on.isoformat()))
    return tuple(closures)


def point(row: Cells) -> tuple[float | None, float | None]:
    latitude = row.converted("latitude", coordinate(90))
    longitude = row.converted("longitude", coordinate(180))
    for given, missing in (("latitude", "longitude"), ("longitude", "latitude")):
        if row.raw(given) and not row.raw(missing):
            row.problem(missing, f"is needed too when {given} is given")
    return latitude, longitude
