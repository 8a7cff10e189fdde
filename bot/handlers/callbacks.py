"""Button data, typed: each family of buttons is a small frozen dataclass with a short prefix.

    @dataclass(frozen=True)
    class OpenSession(Callback, prefix="os"):
        session_id: int

    OpenSession(12).pack() == "os:12";  decode("os:12") == OpenSession(12)

Callback data is untrusted input of at most 64 bytes (DESIGN rule 7). `pack()` refuses to make a
button that would not fit; `decode()` turns anything that is not exactly a button we make (wrong
prefix, wrong number of fields, non-numbers, unknown enum values, impossible dates, numbers out of
range) into `BadButton`, which handlers answer with the neutral "no longer available". Decoding
proves only the shape: who may press it is still decided from the database.

Field types: `int` (0 to 10**12 unless annotated `Annotated[int, Between(lo, hi)]`), `bool`,
`StrEnum` subclasses, `Literal["a", "b"]`, `date`, `time`, short `str` tokens, and `X | None`.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from enum import Enum
from typing import Annotated, Any, ClassVar, Literal, Self

CALLBACK_DATA_LIMIT = 64  # bytes, Telegram's limit
SEPARATOR = ":"
_PREFIX = re.compile(r"^[a-z][a-z0-9]{0,7}$")
_INTEGER = re.compile(r"^-?[0-9]{1,13}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")
_NONE = ""


class BadButton(ValueError):
    """Callback data that is not a button this bot makes (forged, stale or damaged)."""


@dataclass(frozen=True)
class Between:
    """Bounds of an integer field, both included: `Annotated[int, Between(-52, 52)]`."""

    low: int
    high: int


DEFAULT_BOUNDS = Between(0, 10**12)


@dataclass(frozen=True)
class _FieldCodec:
    name: str
    encode: Callable[[Any], str]
    decode: Callable[[str], Any]


def _int_codec(bounds: Between) -> tuple[Callable[[Any], str], Callable[[str], Any]]:
    def encode(value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected an int, got {value!r}")
        if not bounds.low <= value <= bounds.high:
            raise ValueError(f"{value} is outside {bounds.low}..{bounds.high}")
        return str(value)

    def decode(text: str) -> int:
        if not _INTEGER.match(text):
            raise BadButton
        value = int(text)
        if str(value) != text or not bounds.low <= value <= bounds.high:
            raise BadButton  # "007" or "-0" are not what we make; out of range is forged
        return value

    return encode, decode


def _enum_codec(kind: type[Enum]) -> tuple[Callable[[Any], str], Callable[[str], Any]]:
    def encode(value: Any) -> str:
        return str(kind(value).value)

    def decode(text: str) -> Enum:
        try:
            return kind(text)
        except ValueError:
            raise BadButton from None

    return encode, decode


def _literal_codec(choices: tuple[str, ...]) -> tuple[Callable[[Any], str], Callable[[str], Any]]:
    def encode(value: Any) -> str:
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {choices}")
        return str(value)

    def decode(text: str) -> str:
        if text not in choices:
            raise BadButton
        return text

    return encode, decode


def _encode_date(value: Any) -> str:
    return value.strftime("%Y%m%d")


def _decode_date(text: str) -> date:
    if not re.fullmatch(r"[0-9]{8}", text):
        raise BadButton
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise BadButton from None


def _encode_time(value: Any) -> str:
    return value.strftime("%H%M")


def _decode_time(text: str) -> time:
    if not re.fullmatch(r"[0-9]{4}", text):
        raise BadButton
    try:
        return time(int(text[:2]), int(text[2:]))
    except ValueError:
        raise BadButton from None


def _encode_bool(value: Any) -> str:
    return "1" if value else "0"


def _decode_bool(text: str) -> bool:
    if text not in ("0", "1"):
        raise BadButton
    return text == "1"


def _encode_token(value: Any) -> str:
    if not isinstance(value, str) or not _TOKEN.match(value):
        raise ValueError(f"{value!r} is not a short token")
    return value


def _decode_token(text: str) -> str:
    if not _TOKEN.match(text):
        raise BadButton
    return text


def _codec_for(hint: Any) -> tuple[Callable[[Any], str], Callable[[str], Any]]:
    bounds = DEFAULT_BOUNDS
    if typing.get_origin(hint) is Annotated:
        hint, *extras = typing.get_args(hint)
        bounds = next((e for e in extras if isinstance(e, Between)), bounds)
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(members) != 1:
            raise TypeError(f"only `X | None` unions are supported, not {hint}")
        encode_some, decode_some = _codec_for(members[0])
        return (
            lambda value: _NONE if value is None else encode_some(value),
            lambda text: None if text == _NONE else decode_some(text),
        )
    if origin is Literal:
        return _literal_codec(tuple(str(a) for a in typing.get_args(hint)))
    if hint is bool:
        return _encode_bool, _decode_bool
    if hint is int:
        return _int_codec(bounds)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum_codec(hint)
    if hint is date:
        return _encode_date, _decode_date
    if hint is time:
        return _encode_time, _decode_time
    if hint is str:
        return _encode_token, _decode_token
    raise TypeError(f"button fields cannot be of type {hint}")


class Callback:
    """Base of every button family. Subclasses are frozen dataclasses declared with a prefix."""

    prefix: ClassVar[str]
    _families: ClassVar[dict[str, type[Callback]]] = {}
    _codecs: ClassVar[tuple[_FieldCodec, ...] | None]

    def __init_subclass__(cls, prefix: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not _PREFIX.match(prefix):
            raise ValueError(f"button prefix {prefix!r} must be 1-8 of a-z0-9, starting a-z")
        if prefix in Callback._families:
            raise ValueError(f"button prefix {prefix!r} is used twice")
        cls.prefix = prefix
        cls._codecs = None
        Callback._families[prefix] = cls

    @classmethod
    def _fields(cls) -> tuple[_FieldCodec, ...]:
        # Built on first use: annotations may name enums defined later in the module.
        if cls._codecs is None:
            hints = typing.get_type_hints(cls, include_extras=True)
            cls._codecs = tuple(
                _FieldCodec(f.name, *_codec_for(hints[f.name]))
                for f in dataclasses.fields(cls)  # type: ignore[arg-type]
            )
        return cls._codecs

    def pack(self) -> str:
        """The callback data for this button; a button that does not fit is a bug, caught here."""
        parts = [
            self.prefix,
            *(field.encode(getattr(self, field.name)) for field in self._fields()),
        ]
        data = SEPARATOR.join(parts)
        if len(data.encode()) > CALLBACK_DATA_LIMIT:
            raise ValueError(f"button data {data!r} is over {CALLBACK_DATA_LIMIT} bytes")
        return data

    @classmethod
    def unpack(cls, data: str) -> Self:
        button = decode(data)
        if not isinstance(button, cls):
            raise BadButton
        return button

    @staticmethod
    def families() -> dict[str, type[Callback]]:
        """Every button family by prefix (tests throw mutated data at each)."""
        return dict(Callback._families)


def decode(data: object) -> Callback:
    """The button `data` stands for, or BadButton."""
    if not isinstance(data, str) or not data or len(data.encode()) > CALLBACK_DATA_LIMIT:
        raise BadButton
    prefix, *values = data.split(SEPARATOR)
    family = Callback._families.get(prefix)
    if family is None:
        raise BadButton
    fields = family._fields()
    if len(values) != len(fields):
        raise BadButton
    return family(**{f.name: f.decode(v) for f, v in zip(fields, values, strict=True)})
