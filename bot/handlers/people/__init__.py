"""Telegram adapters for people: start, menus, help, language, privacy, "my role", invites and
joining, and a lead's team. `buttons` (button data), `screens` (pure), then handlers by job:
`welcome`, `joining`, `team`; `commands` keeps Telegram's command menu per role."""

from __future__ import annotations

from bot.handlers.deeplinks import LinkKind
from bot.handlers.menu import Entry
from bot.handlers.people import joining, team, welcome
from bot.handlers.people.buttons import (
    ChooseLanguage,
    ChooseMemberArea,
    Deactivate,
    DeactivateNow,
    ForgetLanguage,
    InviteAs,
    KeepAlias,
    OpenMember,
    PlaceInArea,
    TeamPage,
)
from bot.handlers.routing import Routes
from bot.people import Role


def register(routes: Routes) -> None:
    routes.command("start", welcome.start)
    routes.entry(Entry.MENU, welcome.open_menu)
    routes.entry(Entry.TEAM, welcome.open_team_menu)
    routes.entry(Entry.HELP, welcome.help_screen)
    routes.entry(Entry.LANGUAGE, welcome.language_screen)
    routes.entry(Entry.PRIVACY, welcome.privacy_screen)
    routes.entry(Entry.WHOAMI, welcome.whoami)
    routes.tap(ChooseLanguage, welcome.choose_language)
    routes.tap(ForgetLanguage, welcome.forget_language)
    routes.on_cancel(welcome.cancelled)

    routes.entry(Entry.INVITE, joining.invite_screen)
    routes.tap(InviteAs, joining.invite_as, Role.LEAD)
    routes.command("join", joining.join_command)
    routes.link(LinkKind.INVITE, joining.join_by_link)
    routes.flow(joining.JOIN)
    routes.tap(KeepAlias, joining.keep_alias, Role.PEER)

    routes.entry(Entry.TEAM_LIST, team.team_screen)
    routes.tap(TeamPage, team.team_page, Role.LEAD)
    routes.tap(OpenMember, team.member_screen, Role.LEAD)
    routes.tap(ChooseMemberArea, team.area_choices, Role.LEAD)
    routes.tap(PlaceInArea, team.place_in_area, Role.LEAD)
    routes.tap(Deactivate, team.ask_to_deactivate, Role.LEAD)
    routes.tap(DeactivateNow, team.deactivate, Role.LEAD)
