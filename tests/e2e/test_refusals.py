"""Commands and buttons above a person's role get one short, polite refusal in their language,
never silence and never an error (issue 10.16)."""

import pytest

from bot.handlers.menu import COMMANDS, ENTRY_ROLES
from bot.people import Role
from tests.builders import make_lead, make_peer

LEAD_COMMANDS = [name for name, entry in COMMANDS if entry and ENTRY_ROLES[entry] is Role.LEAD]
PEER_COMMANDS = [name for name, entry in COMMANDS if entry and ENTRY_ROLES[entry] is Role.PEER]


@pytest.mark.parametrize("command", LEAD_COMMANDS + PEER_COMMANDS)
async def test_a_member_sending_a_team_command_is_told_politely(harness, command):
    t = harness.runtime.translator.for_locale("fr")
    member = harness.person(8301, language_code="fr")
    replies = await member.send(f"/{command}")
    assert [r.text for r in replies] == [t("common-not-available")], command


async def test_a_peer_sending_a_leads_command_is_told_politely(harness):
    t = harness.runtime.translator.for_locale("en")
    peer = await make_peer(harness, await make_lead(harness))
    for command in LEAD_COMMANDS:
        replies = await peer.send(f"/{command}")
        assert [r.text for r in replies] == [t("common-not-available")], command
