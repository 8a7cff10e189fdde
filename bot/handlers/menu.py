"""The ways in: every screen a person can open from the menu or by a command, the role each one
needs, and the main and team menus. One table says what each role is offered.

A feature registers the handler of its entries (`routes.entry(Entry.PLAN, plan_start)`); the
route checks the role from `ENTRY_ROLES` before the handler runs, for the button and the command
alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.feedback.model import Topic
from bot.handlers.callbacks import Callback
from bot.handlers.screens import Button, Screen, in_pairs
from bot.i18n import Messages
from bot.people import Role, Viewer


class Entry(StrEnum):
    MENU = "menu"
    TEAM = "team"
    FIND = "find"
    SEARCH = "search"
    FEEDBACK = "feedback"
    RIGHTS = "rights"
    ALERTS = "alerts"
    LANGUAGE = "language"
    PRIVACY = "privacy"
    HELP = "help"
    EXIT = "exit"
    WHOAMI = "whoami"
    REPORT_DANGER = "danger"
    TALK = "talk"
    DUTY = "duty"
    VET_ALERTS = "vetalerts"
    PROPOSE = "propose"
    RECHECK = "recheck"
    REVIEW = "review"
    MY_SESSIONS = "mine"
    PLAN = "plan"
    SESSIONS = "sessions"
    FIGURES = "figures"
    REPORT = "report"
    TEAM_LIST = "teamlist"
    INVITE = "invite"
    FOLLOW_UPS = "followups"
    SETTINGS = "settings"
    VOICE = "voice"
    VOICE_TEAM = "voiceteam"
    TRAINING = "training"
    STANDARDS = "standards"


@dataclass(frozen=True)
class Go(Callback, prefix="go"):
    """Open one of the entries (menu buttons, "back to menu", links between screens)."""

    entry: Entry


@dataclass(frozen=True)
class FeedbackAbout(Callback, prefix="gofb"):
    """Open the feedback form about one service (from its card): a way in that carries a value,
    shared here because the directory shows it and the feedback feature handles it."""

    service_id: int


@dataclass(frozen=True)
class FeedbackOn(Callback, prefix="gofbt"):
    """Open the feedback form about one topic (at the end of a talk with a peer): shared here
    because the relay shows it and the feedback feature handles it."""

    topic: Topic


ENTRY_ROLES: dict[Entry, Role] = {
    Entry.MENU: Role.MEMBER,
    Entry.TEAM: Role.PEER,
    Entry.FIND: Role.MEMBER,
    Entry.SEARCH: Role.MEMBER,
    Entry.FEEDBACK: Role.MEMBER,
    Entry.RIGHTS: Role.MEMBER,
    Entry.ALERTS: Role.MEMBER,
    Entry.LANGUAGE: Role.MEMBER,
    Entry.PRIVACY: Role.MEMBER,
    Entry.HELP: Role.MEMBER,
    Entry.EXIT: Role.MEMBER,
    Entry.WHOAMI: Role.MEMBER,
    Entry.REPORT_DANGER: Role.MEMBER,
    Entry.TALK: Role.MEMBER,
    Entry.DUTY: Role.PEER,
    Entry.VET_ALERTS: Role.LEAD,
    Entry.PROPOSE: Role.PEER,
    Entry.RECHECK: Role.PEER,
    Entry.REVIEW: Role.LEAD,
    Entry.MY_SESSIONS: Role.PEER,
    Entry.PLAN: Role.LEAD,
    Entry.SESSIONS: Role.LEAD,
    Entry.FIGURES: Role.LEAD,
    Entry.REPORT: Role.LEAD,
    Entry.TEAM_LIST: Role.LEAD,
    Entry.INVITE: Role.LEAD,
    Entry.FOLLOW_UPS: Role.LEAD,
    Entry.SETTINGS: Role.MEMBER,
    Entry.VOICE: Role.MEMBER,
    Entry.VOICE_TEAM: Role.LEAD,
    Entry.TRAINING: Role.PEER,
    Entry.STANDARDS: Role.MEMBER,
}

# What everyone sees first: few buttons, for people who read little. Peers and leads get one
# more, "Team", which opens TEAM_MENU.
MAIN_MENU: tuple[tuple[Entry, str], ...] = (
    (Entry.FIND, "menu-find"),
    (Entry.TALK, "menu-talk"),
    (Entry.FEEDBACK, "menu-feedback"),
    (Entry.RIGHTS, "menu-rights"),
    (Entry.SETTINGS, "menu-settings"),  # safety notices (/alerts) are chosen there too
    (Entry.VOICE, "menu-voice"),
    (Entry.REPORT_DANGER, "menu-report-danger"),
    (Entry.TEAM, "menu-team-tools"),
    (Entry.LANGUAGE, "menu-language"),
    (Entry.PRIVACY, "menu-privacy"),
    (Entry.HELP, "menu-help"),
    (Entry.EXIT, "menu-exit"),
)
TEAM_MENU: tuple[tuple[Entry, str], ...] = (
    (Entry.DUTY, "menu-duty"),
    (Entry.VET_ALERTS, "menu-vet-alerts"),
    (Entry.PROPOSE, "menu-propose"),
    (Entry.RECHECK, "menu-recheck"),
    (Entry.REVIEW, "menu-queue"),
    (Entry.MY_SESSIONS, "menu-my-sessions"),
    (Entry.PLAN, "menu-plan"),
    (Entry.SESSIONS, "menu-sessions"),
    (Entry.FIGURES, "menu-figures"),
    (Entry.FOLLOW_UPS, "menu-follow-ups"),
    (Entry.REPORT, "menu-report"),
    (Entry.VOICE_TEAM, "menu-voice-team"),
    (Entry.TEAM_LIST, "menu-team"),
    (Entry.INVITE, "menu-invite"),
    (Entry.TRAINING, "menu-training"),
    (Entry.WHOAMI, "menu-whoami"),
)

# Command names are fixed (Telegram allows a-z, 0-9, _); descriptions come from Fluent
# (`command-<name>`). Commands that are not entries (start, cancel) are listed with None.
COMMANDS: tuple[tuple[str, Entry | None], ...] = (
    ("start", None),
    ("find", Entry.FIND),
    ("search", Entry.SEARCH),
    ("feedback", Entry.FEEDBACK),
    ("rights", Entry.RIGHTS),
    ("alerts", Entry.ALERTS),
    ("talk", Entry.TALK),
    ("settings", Entry.SETTINGS),
    ("voice", Entry.VOICE),
    ("help", Entry.HELP),
    ("language", Entry.LANGUAGE),
    ("privacy", Entry.PRIVACY),
    ("cancel", None),
    ("exit", Entry.EXIT),
    ("whoami", Entry.WHOAMI),
    ("mine", Entry.MY_SESSIONS),
    ("duty", Entry.DUTY),
    ("plan", Entry.PLAN),
    ("sessions", Entry.SESSIONS),
    ("figures", Entry.FIGURES),
    ("followups", Entry.FOLLOW_UPS),
    ("report", Entry.REPORT),
    ("invite", Entry.INVITE),
    ("team", Entry.TEAM_LIST),
    ("review", Entry.REVIEW),
    ("training", Entry.TRAINING),
)


def allowed(role: Role, entry: Entry) -> bool:
    return role.at_least(ENTRY_ROLES[entry])


def commands_for(role: Role) -> list[str]:
    return [name for name, entry in COMMANDS if entry is None or allowed(role, entry)]


def entry_of_command(name: str) -> Entry | None:
    return next((entry for command, entry in COMMANDS if command == name), None)


def menu_buttons(role: Role, t: Messages, items: tuple[tuple[Entry, str], ...]) -> list[Button]:
    return [Button(t(label), Go(entry)) for entry, label in items if allowed(role, entry)]


def back_to_menu(t: Messages) -> Button:
    return Button(t("menu-back"), Go(Entry.MENU))


def main_menu(viewer: Viewer, t: Messages, text: str | None = None) -> Screen:
    """The main menu for this person's role, under `text` (the menu title by default)."""
    return Screen(text or t("menu-title"), in_pairs(menu_buttons(viewer.role, t, MAIN_MENU)))


def team_menu(viewer: Viewer, t: Messages) -> Screen:
    buttons = menu_buttons(viewer.role, t, TEAM_MENU)
    return Screen(t("menu-team-title"), (*in_pairs(buttons), (back_to_menu(t),)))


def label_of(entry: Entry) -> str:
    """The Fluent id of an entry's menu label (for buttons that open it from elsewhere)."""
    labels = (*MAIN_MENU, *TEAM_MENU, (Entry.ALERTS, "menu-alerts"))
    return next((label for e, label in labels if e is entry), "menu-title")
