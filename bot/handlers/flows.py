"""Guided flows (proposing a service, planning a session, the feedback form…) as typed drafts.

A flow is declared as data: its name, its draft dataclass, and for each step that waits for
something typed (or a shared location) the handler that takes it:

    PROPOSAL = Flow("proposal", ProposalDraft, {Step.NAME: typed(name_typed), ...})

A person is in at most one flow at a time; the draft lives in memory only (`user_data`), so a
restart ends every flow, and a button of an ended flow finds no draft and says so. `/cancel`,
the quick exit and starting another flow end the current one, whatever step it is at; a flow
left alone for its timeout ends too. Buttons are routed by their class, not by step: a tap handler
asks `current(context, FLOW)` for its draft.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Flag, auto
from typing import Any, Generic, TypeVar

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.handlers.context import BotContext
from bot.handlers.respond import answer, show
from bot.handlers.screens import Screen

D = TypeVar("D")
FLOW_KEY = "flow"
DEFAULT_TIMEOUT = timedelta(minutes=30)

StepHandler = Callable[[Update, BotContext, Any], Awaitable[None]]


class Accepts(Flag):
    TEXT = auto()
    LOCATION = auto()


@dataclass(frozen=True)
class Expect:
    """What a waiting step takes, and the handler it goes to: `handler(update, context, draft)`."""

    handler: StepHandler
    accepts: Accepts = Accepts.TEXT


def typed(handler: StepHandler) -> Expect:
    return Expect(handler, Accepts.TEXT)


def typed_text(update: Update) -> str:
    """What a person typed at a `typed` step ("" when the message has no text)."""
    message = update.effective_message
    return (message.text if message else None) or ""


class FormClosed(NotAllowed):
    """The draft is gone and the person has been told: the route has nothing more to say."""


async def form_closed(update: Update, context: BotContext, screen: Screen) -> FormClosed:
    """A tap on a form whose draft is gone (it waited too long, /cancel, a restart): the tap is
    answered "no longer available" and `screen` says the form closed (never "sent" or "saved")
    with the way to start again. Raise what this returns."""
    await answer(update, context, context.t("common-no-longer-available"))
    await show(update, context, screen)
    return FormClosed()


def located(handler: StepHandler, *, or_typed: bool = False) -> Expect:
    return Expect(handler, Accepts.LOCATION | Accepts.TEXT if or_typed else Accepts.LOCATION)


@dataclass(frozen=True)
class Flow(Generic[D]):
    name: str
    draft_type: type[D]
    steps: Mapping[str, Expect] = dataclasses.field(default_factory=dict)
    timeout: timedelta = DEFAULT_TIMEOUT


@dataclass
class Active:
    """The flow a person is in: its draft, the step waiting for input (if any), last activity."""

    flow: str
    draft: Any
    waiting_for: str | None
    touched: datetime


def _active(context: BotContext) -> Active | None:
    if context.user_data is None:
        return None
    active = context.user_data.get(FLOW_KEY)
    return active if isinstance(active, Active) else None


def begin(context: BotContext, flow: Flow[D], draft: D, waiting_for: str | None = None) -> D:
    """Start `flow` with `draft`, ending any other flow the person was in."""
    if not isinstance(draft, flow.draft_type):
        raise TypeError(f"{flow.name} drafts are {flow.draft_type.__name__}")
    if context.user_data is not None:
        context.user_data[FLOW_KEY] = Active(flow.name, draft, waiting_for, context.runtime.clock())
    return draft


def current(context: BotContext, flow: Flow[D]) -> D | None:
    """This flow's draft, or None when the person is not in it (ended, expired, restarted)."""
    active = _active(context)
    if active is None or active.flow != flow.name:
        return None
    now = context.runtime.clock()
    if now - active.touched > flow.timeout:
        end(context)
        return None
    active.touched = now
    draft: D = active.draft
    return draft


def wait_for(context: BotContext, flow: Flow[Any], step: str | None) -> None:
    """The next typed message (or location) goes to `step` of this flow; None: buttons only."""
    if step is not None and step not in flow.steps:
        raise ValueError(f"{flow.name} has no step {step!r}")
    active = _active(context)
    if active is not None and active.flow == flow.name:
        active.waiting_for = step


def waiting_for(context: BotContext, flow: Flow[Any]) -> str | None:
    active = _active(context)
    return active.waiting_for if active is not None and active.flow == flow.name else None


def end(context: BotContext) -> bool:
    """End whatever flow the person is in; True if there was one."""
    if context.user_data is None:
        return False
    return context.user_data.pop(FLOW_KEY, None) is not None


@dataclass(frozen=True)
class Waiting:
    """The step that takes the message at hand, or a reason it cannot."""

    expect: Expect | None
    draft: Any = None
    in_flow: bool = False


def step_for(
    context: BotContext, flows: Mapping[str, Flow[Any]], accepts: Accepts | None
) -> Waiting:
    """Which flow step takes a message of this kind (None: not text or a location)."""
    active = _active(context)
    if active is None or active.waiting_for is None:
        return Waiting(None)
    flow = flows.get(active.flow)
    if flow is None or current(context, flow) is None:
        return Waiting(None)
    expect = flow.steps.get(active.waiting_for)
    if expect is None or accepts is None or not (expect.accepts & accepts):
        return Waiting(None, in_flow=True)
    return Waiting(expect, active.draft, in_flow=True)


def sweep(
    user_data: Mapping[int, dict[Any, Any]], flows: Mapping[str, Flow[Any]], now: datetime
) -> int:
    """Drop every flow left alone past its timeout (its draft may hold what someone typed)."""
    dropped = 0
    for data in user_data.values():
        active = data.get(FLOW_KEY)
        if not isinstance(active, Active):
            continue
        flow = flows.get(active.flow)
        timeout = flow.timeout if flow is not None else DEFAULT_TIMEOUT
        if now - active.touched > timeout:
            data.pop(FLOW_KEY, None)
            dropped += 1
    return dropped
