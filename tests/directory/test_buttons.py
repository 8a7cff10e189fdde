"""The directory's buttons: every family round-trips, fits Telegram's 64 bytes at its largest,
has a route, and data we never make is refused when decoded."""

from __future__ import annotations

import dataclasses
import types
import typing

import pytest

from bot.directory.model import ANSWERS, FLAGS, STATUSES, Category, EditableField, Filters
from bot.handlers import directory
from bot.handlers.callbacks import BadButton, Callback, decode
from bot.handlers.directory import buttons
from bot.handlers.routing import Routes

FAMILIES = [
    value
    for value in vars(buttons).values()
    if isinstance(value, type) and issubclass(value, Callback) and value is not Callback
]
LARGEST = {
    int: 10**12,
    Category: Category.SEX_WORKER_LED,
    EditableField: EditableField.NO_PAPERS_NEEDED,
    buttons.Step: buttons.Step.HOURS_TYPED,
}


def largest(family: type[Callback]) -> Callback:
    """The family's button with the longest value in every field."""
    hints = typing.get_type_hints(family, include_extras=True)
    values = {}
    for field in dataclasses.fields(family):  # type: ignore[arg-type]
        hint = hints[field.name]
        if typing.get_origin(hint) is types.UnionType:  # X | None: its largest X
            (hint,) = [member for member in typing.get_args(hint) if member is not type(None)]
        if typing.get_origin(hint) is typing.Annotated:
            hint, bounds = typing.get_args(hint)
            values[field.name] = bounds.high
        elif typing.get_origin(hint) is typing.Literal:
            values[field.name] = max(typing.get_args(hint), key=len)
        elif hint in LARGEST:
            values[field.name] = LARGEST[hint]
        else:
            values[field.name] = max(hint, key=lambda v: len(v.value))
    return family(**values)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.__name__)
def test_every_button_round_trips_at_its_largest_within_64_bytes(family):
    button = largest(family)
    data = button.pack()
    assert len(data.encode()) <= 64
    assert decode(data) == button
    assert data.startswith("d")  # the directory's prefixes


def test_every_family_has_a_route():
    routes = Routes()
    directory.register(routes)
    assert set(FAMILIES) <= set(routes.taps)


def test_the_literal_choices_are_the_domains():
    assert set(typing.get_args(buttons.Flag)) == set(FLAGS)
    assert set(typing.get_args(buttons.FilterName)) == {f.name for f in dataclasses.fields(Filters)}
    assert set(typing.get_args(buttons.ChosenValue)) == {*ANSWERS, *STATUSES}


@pytest.mark.parametrize(
    "data",
    [
        "dcat:zzz:0",
        "dcat:health:-1",
        "dcat:health:1000",
        "dcat:health",
        "dsvc:abc",
        "dsvc:007",
        "dsvc:1:2",
        "dpk:1:nope",
        "dqueue:10000",
        "dfield:1:rating",
        "dval:1:status:open",
        "dfilt:cheap",
        "dpskip:nowhere",
        "dphours:never",
        "dpflag:famous",
        "dpvis:leads",
        "dsvc:" + "9" * 14,
        "dsvc:-1",
    ],
)
def test_data_we_never_make_is_refused(data):
    with pytest.raises(BadButton):
        decode(data)
