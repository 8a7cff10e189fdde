"""The button codec: what we make decodes to itself; anything else is a BadButton."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Annotated, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.handlers.callbacks import CALLBACK_DATA_LIMIT, BadButton, Between, Callback, decode


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


@dataclass(frozen=True)
class Sample(Callback, prefix="zsample"):
    number: int
    offset: Annotated[int, Between(-52, 52)]
    colour: Colour
    flag: bool
    day: date
    at: time
    choice: Literal["a", "b"]
    maybe: int | None


@dataclass(frozen=True)
class Bare(Callback, prefix="zbare"):
    pass


def sample(**changes: object) -> Sample:
    values: dict[str, object] = dict(
        number=42,
        offset=-3,
        colour=Colour.BLUE,
        flag=True,
        day=date(2026, 3, 4),
        at=time(14, 30),
        choice="b",
        maybe=None,
    )
    values.update(changes)
    return Sample(**values)  # type: ignore[arg-type]


def test_a_button_packs_short_and_decodes_to_itself():
    data = sample().pack()
    assert data == "zsample:42:-3:blue:1:20260304:1430:b:"
    assert decode(data) == sample()
    assert decode(sample(maybe=7).pack()) == sample(maybe=7)
    assert decode("zbare") == Bare()
    assert Sample.unpack(data) == sample()


@pytest.mark.parametrize(
    "data",
    [
        "",
        "x" * 65,
        "zsample",  # too few fields
        "zsample:42:-3:blue:1:20260304:1430:b::extra",  # too many
        "zsample:zz:-3:blue:1:20260304:1430:b:",  # not a number
        "zsample:042:-3:blue:1:20260304:1430:b:",  # not as we write numbers
        "zsample:9999999999999:-3:blue:1:20260304:1430:b:",  # out of range
        "zsample:42:-53:blue:1:20260304:1430:b:",  # outside its bounds
        "zsample:42:-3:green:1:20260304:1430:b:",  # unknown enum value
        "zsample:42:-3:blue:2:20260304:1430:b:",  # not a bool
        "zsample:42:-3:blue:1:20261304:1430:b:",  # month 13
        "zsample:42:-3:blue:1:20260230:1430:b:",  # 30 February
        "zsample:42:-3:blue:1:20260304:2460:b:",  # 24:60
        "zsample:42:-3:blue:1:20260304:1430:c:",  # not a choice
        "unknown:1",
        "zbare:1",
    ],
)
def test_anything_that_is_not_a_button_we_make_is_refused(data):
    with pytest.raises(BadButton):
        decode(data)


def test_unpack_refuses_another_family():
    with pytest.raises(BadButton):
        Sample.unpack("zbare")


def test_a_button_that_would_not_fit_is_caught_when_it_is_made():
    @dataclass(frozen=True)
    class Long(Callback, prefix="zlong"):
        a: int
        b: int
        c: int
        d: int
        e: int

    with pytest.raises(ValueError, match="64 bytes"):
        Long(*(10**12 for _ in range(5))).pack()
    with pytest.raises(ValueError):
        sample(offset=60).pack()  # out of bounds is a bug at the source, not a forged button


def test_prefixes_are_unique_and_short():
    with pytest.raises(ValueError):

        @dataclass(frozen=True)
        class Again(Callback, prefix="zsample"):
            pass

    with pytest.raises(ValueError):

        @dataclass(frozen=True)
        class Bad(Callback, prefix="Has:Colon"):
            pass


@given(st.text(max_size=80))
def test_random_data_either_decodes_to_a_button_that_packs_back_or_is_refused(data):
    try:
        button = decode(data)
    except BadButton:
        return
    assert button.pack() == data
    assert len(data.encode()) <= CALLBACK_DATA_LIMIT


@given(
    st.integers(0, 10**12),
    st.integers(-52, 52),
    st.sampled_from(Colour),
    st.booleans(),
    st.dates(date(2000, 1, 1), date(2099, 12, 31)),
    st.times(),
    st.sampled_from(["a", "b"]),
    st.none() | st.integers(0, 10**12),
)
def test_every_button_round_trips(number, offset, colour, flag, day, at, choice, maybe):
    button = Sample(
        number, offset, colour, flag, day, at.replace(second=0, microsecond=0), choice, maybe
    )
    assert decode(button.pack()) == button
