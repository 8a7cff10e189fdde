"""Typed flows: one per person, drafts in memory, ended by /cancel, an exit, another flow or time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from bot.handlers import flows
from bot.handlers.flows import Accepts, Flow, located, typed


@dataclass
class NameDraft:
    name: str = ""


@dataclass
class OtherDraft:
    pass


async def name_typed(update, context, draft):  # pragma: no cover - never awaited here
    draft.name = "typed"


NAMING = Flow("naming", NameDraft, {"name": typed(name_typed), "place": located(name_typed)})
OTHER = Flow("other", OtherDraft, timeout=timedelta(minutes=5))
FLOWS = {NAMING.name: NAMING, OTHER.name: OTHER}


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def context_with(clock: Clock):
    return SimpleNamespace(user_data={}, runtime=SimpleNamespace(clock=clock))


def test_a_flow_keeps_its_typed_draft_until_it_ends():
    context = context_with(Clock())
    draft = flows.begin(context, NAMING, NameDraft(), "name")
    assert flows.current(context, NAMING) is draft
    assert flows.current(context, OTHER) is None
    assert flows.waiting_for(context, NAMING) == "name"
    assert flows.end(context) is True
    assert flows.current(context, NAMING) is None
    assert flows.end(context) is False


def test_starting_another_flow_ends_the_first():
    context = context_with(Clock())
    flows.begin(context, NAMING, NameDraft(), "name")
    flows.begin(context, OTHER, OtherDraft())
    assert flows.current(context, NAMING) is None
    assert flows.current(context, OTHER) is not None


def test_a_draft_of_the_wrong_type_is_a_bug():
    with pytest.raises(TypeError):
        flows.begin(context_with(Clock()), NAMING, OtherDraft())


def test_a_flow_left_alone_past_its_timeout_ends():
    clock = Clock()
    context = context_with(clock)
    flows.begin(context, OTHER, OtherDraft())
    clock.now += timedelta(minutes=4)
    assert flows.current(context, OTHER) is not None  # touching it restarts the wait
    clock.now += timedelta(minutes=6)
    assert flows.current(context, OTHER) is None
    assert context.user_data == {}


def test_typed_text_goes_to_the_waiting_step_and_other_input_gets_the_hint():
    context = context_with(Clock())
    assert flows.step_for(context, FLOWS, Accepts.TEXT).expect is None
    flows.begin(context, NAMING, NameDraft(), "name")
    waiting = flows.step_for(context, FLOWS, Accepts.TEXT)
    assert waiting.expect is NAMING.steps["name"] and waiting.in_flow
    located_instead = flows.step_for(context, FLOWS, Accepts.LOCATION)
    assert located_instead.expect is None and located_instead.in_flow
    sticker = flows.step_for(context, FLOWS, None)
    assert sticker.expect is None and sticker.in_flow
    flows.wait_for(context, NAMING, None)  # buttons only now
    assert not flows.step_for(context, FLOWS, Accepts.TEXT).in_flow
    with pytest.raises(ValueError):
        flows.wait_for(context, NAMING, "no such step")


def test_sweep_drops_abandoned_drafts_from_memory():
    clock = Clock()
    people = {1: {}, 2: {}}
    for data in people.values():
        flows.begin(
            SimpleNamespace(user_data=data, runtime=SimpleNamespace(clock=clock)),
            OTHER,
            OtherDraft(),
        )
    clock.now += timedelta(minutes=10)
    flows.begin(
        SimpleNamespace(user_data=people[2], runtime=SimpleNamespace(clock=clock)),
        NAMING,
        NameDraft(),
    )
    assert flows.sweep(people, FLOWS, clock.now) == 1
    assert people[1] == {} and flows.FLOW_KEY in people[2]
