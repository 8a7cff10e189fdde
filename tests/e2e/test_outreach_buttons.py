"""Every outreach button family, made with edge values (the smallest and largest ids, far-off
and impossible-to-plan dates, every enum end) and tapped by a member, a peer and a lead at
every stage of the forms: one answer per tap, never an ERROR, never "something went wrong"."""

import dataclasses
import logging
import typing
from datetime import date, time
from enum import Enum

from bot.handlers.callbacks import DEFAULT_BOUNDS, Between, Callback
from bot.handlers.outreach import buttons
from bot.outreach.model import SessionKind, SessionPlan
from storage import directory as directory_store
from tests.builders import make_lead, make_peer, viewer_of


def choices(hint) -> list:
    """Edge values of one field type, as the codec would decode them."""
    bounds = DEFAULT_BOUNDS
    if typing.get_origin(hint) is typing.Annotated:
        hint, *extras = typing.get_args(hint)
        bounds = next((e for e in extras if isinstance(e, Between)), bounds)
    if typing.get_origin(hint) is typing.Literal:
        values = typing.get_args(hint)
        return [values[0], values[-1]]
    if hint is bool:
        return [True, False]
    if hint is int:
        return [bounds.low, bounds.high, max(bounds.low, 1)]
    if isinstance(hint, type) and issubclass(hint, Enum):
        members = list(hint)
        return [members[0], members[-1]]
    if hint is date:
        return [date(1, 1, 1), date(9999, 12, 31), date(2026, 3, 4), date(2026, 2, 28)]
    if hint is time:
        return [time(0, 0), time(23, 59), time(9, 30)]
    raise TypeError(hint)


def edge_buttons() -> list[Callback]:
    made = []
    for family in vars(buttons).values():
        if not (isinstance(family, type) and issubclass(family, Callback)) or family is Callback:
            continue
        hints = typing.get_type_hints(family, include_extras=True)
        options = [choices(hints[f.name]) for f in dataclasses.fields(family)]
        for i in range(max((len(o) for o in options), default=1)):
            made.append(family(*(o[i % len(o)] for o in options)))
    return made


async def test_every_outreach_button_with_edge_values_is_answered_once_from_every_role(
    harness, caplog
):
    caplog.set_level(logging.INFO)
    t = harness.runtime.translator.for_locale("en")
    area = await directory_store.upsert_area(harness.runtime.database, "harbour", "Harbour", 0, 0)
    lead = await make_lead(harness)
    peer = await make_peer(harness, lead)
    # Session 1, with the peer on it: ids of 1 in the buttons reach real rows.
    outreach = harness.runtime.outreach
    as_lead, as_peer = await viewer_of(harness, lead), await viewer_of(harness, peer)
    plan = SessionPlan(SessionKind.OTHER, area, date(2026, 3, 4), time(9, 30), 60, 2)
    (session,) = await outreach.schedule(as_lead, plan)
    assert session.id == 1
    await outreach.invite(as_lead, session.id, [as_peer.person_id])
    await outreach.respond(as_peer, session.id, True)
    member = harness.person(8301)
    await member.send("/start")
    taps = [b.pack() for b in edge_buttons()]
    assert len(taps) > 80
    went_wrong = (t("errors-kept"), t("errors-not-kept"))
    for stage in ("/plan", "/sessions", "/mine"):
        await lead.send(stage)
        if stage == "/plan":
            await lead.tap(t("outreach-kind", kind="outreach-walk"))
            await lead.tap("Harbour")
        for person in (member, peer, lead):
            for data in taps:
                before = len(harness.emulator.calls_to("answerCallbackQuery"))
                replies = await person.tap_data(data)
                answers = harness.emulator.calls_to("answerCallbackQuery")[before:]
                assert [a.status for a in answers] == [200], data
                assert not any(r.text in went_wrong for r in replies), data
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
