"""The main menu and the command list, per role: one place that says what each role is offered.

Later features add their rows here; authorisation is still checked by each feature's handlers.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.people import Role


@dataclass(frozen=True)
class MenuItem:
    label_id: str
    callback_data: str
    role: Role


# What everyone sees first: few buttons, for people who read little. Peers and leads get one
# more, "Team", which opens TEAM_MENU.
MAIN_MENU = (
    MenuItem("menu-find", "dir:find", Role.MEMBER),
    MenuItem("menu-feedback", "fb:start", Role.MEMBER),
    MenuItem("menu-rights", "safety:open", Role.MEMBER),
    MenuItem("menu-alerts", "alerts:open", Role.MEMBER),
    MenuItem("menu-team-tools", "menu:team", Role.PEER),
    MenuItem("menu-language", "language:open", Role.MEMBER),
    MenuItem("menu-privacy", "privacy:open", Role.MEMBER),
    MenuItem("menu-help", "help:open", Role.MEMBER),
    MenuItem("menu-exit", "exit:start", Role.MEMBER),
)
TEAM_MENU = (
    MenuItem("menu-report-danger", "alerts:new", Role.PEER),
    MenuItem("menu-vet-alerts", "alerts:queue", Role.LEAD),
    MenuItem("menu-propose", "dir:propose", Role.PEER),
    MenuItem("menu-recheck", "dir:recheck", Role.PEER),
    MenuItem("menu-queue", "dir:queue:0", Role.LEAD),
    MenuItem("menu-my-sessions", "out:mine", Role.PEER),
    MenuItem("menu-plan", "out:plan", Role.LEAD),
    MenuItem("menu-sessions", "out:week:0", Role.LEAD),
    MenuItem("menu-figures", "out:figs", Role.LEAD),
    MenuItem("menu-report", "rpt:open", Role.LEAD),
    MenuItem("menu-team", "people:team:0", Role.LEAD),
    MenuItem("menu-invite", "people:invite", Role.LEAD),
    MenuItem("menu-whoami", "people:whoami", Role.PEER),
)

# Command names are fixed (Telegram allows a-z, 0-9, _); descriptions come from Fluent.
COMMANDS = (
    ("start", Role.MEMBER),
    ("find", Role.MEMBER),
    ("search", Role.MEMBER),
    ("feedback", Role.MEMBER),
    ("rights", Role.MEMBER),
    ("alerts", Role.MEMBER),
    ("help", Role.MEMBER),
    ("language", Role.MEMBER),
    ("privacy", Role.MEMBER),
    ("cancel", Role.MEMBER),
    ("exit", Role.MEMBER),
    ("whoami", Role.MEMBER),
    ("mine", Role.PEER),
    ("plan", Role.LEAD),
    ("sessions", Role.LEAD),
    ("figures", Role.LEAD),
    ("report", Role.LEAD),
    ("invite", Role.LEAD),
    ("team", Role.LEAD),
    ("review", Role.LEAD),
)


def main_menu(role: Role) -> list[MenuItem]:
    return [item for item in MAIN_MENU if role.at_least(item.role)]


def team_menu(role: Role) -> list[MenuItem]:
    return [item for item in TEAM_MENU if role.at_least(item.role)]


def commands_for(role: Role) -> list[str]:
    return [name for name, needed in COMMANDS if role.at_least(needed)]
