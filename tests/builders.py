"""Builders the tests share: a lead and peers made the way people make them (invite, join,
alias), and small helpers to read what the bot said. Not a test module, so any test may import it."""

from __future__ import annotations

import re

from bot.emulator import SimulatedPerson, StoredMessage

CODE = re.compile(r"/join ([A-Z0-9]{10})")


def code_in(messages: list[StoredMessage]) -> str:
    for message in messages:
        match = CODE.search(message.text or "")
        if match:
            return match.group(1)
    raise AssertionError(f"no invite code in {[m.text for m in messages]}")


async def make_lead(harness, user_id: int = 7001) -> SimulatedPerson:
    """An outreach lead, invited by the bootstrap admin, joined by the deep link."""
    admin = harness.admin()
    code = code_in(await admin.send("/invite lead"))
    lead = harness.person(user_id)
    await lead.send(f"/start join_{code}")
    await lead.send("Coordinator K")
    return lead


async def make_peer(harness, lead, user_id: int = 7101, alias: str = "Star 42") -> SimulatedPerson:
    """A peer educator invited by `lead` through the team menu, joined by typing the code."""
    await lead.send("/start")
    await lead.tap("🧰 Team")
    await lead.tap("➕ Invite")
    code = code_in(await lead.tap("Invite a peer educator"))
    peer = harness.person(user_id)
    await peer.send(f"/join {code}")
    await peer.send(alias)
    return peer


async def viewer_of(harness, person: SimulatedPerson):
    """How the bot sees `person` right now."""
    return await harness.runtime.people.identify(person.user.id, "en")


def texts_to(harness, person: SimulatedPerson) -> list[str]:
    """Every text the bot sent to `person`, oldest first."""
    return [m.text or "" for m in harness.emulator.bot_messages(person.user.id)]


async def report_stigma(
    person: SimulatedPerson, t, service_id: int, words: str | None, *, given: bool = False
) -> None:
    """One person's feedback about a service through its link: treated badly (stigma), rated
    😞 twice; `words` typed (or skipped); sent. `given`: they got what they came for."""
    await person.send(f"/start fb-s{service_id}")
    await person.tap(t("feedback-begin"))
    await person.tap(t("feedback-given-answer", given="yes" if given else "no"))
    if not given:
        await person.tap(t("directory-answer-no"))
    await person.tap(t("feedback-waiting-answer", waiting="none"))
    await person.tap("😞")
    await person.tap("😞")
    await person.tap("☐ " + t("feedback-barrier", barrier="stigma"))
    await person.tap(t("directory-done"))
    await person.tap(t("directory-done"))
    if words is None:
        await person.tap(t("directory-skip"))
    else:
        await person.send(words)
    await person.tap(t("feedback-send"))
