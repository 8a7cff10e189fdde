"""The screens of the people feature, as pure functions."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.handlers.menu import back_to_menu, main_menu
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
from bot.handlers.screens import Button, Screen, in_pairs, one_per_row, rows
from bot.handlers.widgets import paging
from bot.i18n import Messages, language_name
from bot.people import Role, TeamMember, Viewer
from bot.settings import SUPPORTED_LOCALES


def welcome(viewer: Viewer, t: Messages) -> Screen:
    lines = [t("people-welcome"), t("people-welcome-does"), t("people-welcome-keeps")]
    if viewer.role is not Role.MEMBER:
        lines.append(t("people-welcome-role", role=viewer.role.value, alias=viewer.alias or "—"))
    return main_menu(viewer, t, "\n\n".join(lines))


def help_text(viewer: Viewer, t: Messages) -> Screen:
    sections = [t("help-member")]
    if viewer.role.at_least(Role.PEER):
        sections.append(t("help-peer"))
    if viewer.role.at_least(Role.LEAD):
        sections.append(t("help-lead"))
    return Screen("\n\n".join(sections), rows(back_to_menu(t)))


def languages(t: Messages, locales: tuple[str, ...] = SUPPORTED_LOCALES) -> Screen:
    choices = [Button(language_name(code), ChooseLanguage(code)) for code in locales]
    return Screen(t("language-choose"), (*in_pairs(choices), (back_to_menu(t),)))


def privacy(viewer: Viewer, t: Messages) -> Screen:
    text = t("privacy-text") + "\n\n" + t("privacy-telegram")
    if viewer.role is not Role.MEMBER:
        text += "\n\n" + t("privacy-team")
    forget = (
        Button(t("privacy-forget-language"), ForgetLanguage()) if viewer.has_saved_locale else None
    )
    return Screen(text, rows(forget, back_to_menu(t)))


def whoami(viewer: Viewer, t: Messages) -> Screen:
    text = t(
        "people-whoami",
        role=viewer.role.value,
        alias=viewer.alias or "—",
        language=language_name(viewer.locale),
    )
    return Screen(text, rows(back_to_menu(t)))


def invite_choice(roles: list[Role], t: Messages) -> Screen:
    buttons = [Button(t("people-invite-as", role=r.value), InviteAs(r.value)) for r in roles]  # type: ignore[arg-type]
    return Screen(t("people-invite-choose"), (*in_pairs(buttons), (back_to_menu(t),)))


def invite_created(
    role: Role, code: str, expires_at: datetime, link: str, zone: ZoneInfo, t: Messages
) -> Screen:
    text = t(
        "people-invite-created",
        role=role.value,
        code=code,
        expires=expires_at.astimezone(zone).date(),
        link=link,
    )
    return Screen(text, rows(back_to_menu(t)))


def joined(role: Role, alias: str, t: Messages) -> Screen:
    text = t("people-joined", role=role.value) + "\n\n" + t("people-alias-ask")
    return Screen(text, rows(Button(t("people-alias-keep", alias=alias), KeepAlias())))


def team(members: list[TeamMember], page: int, more: bool, t: Messages) -> Screen:
    buttons = [
        Button(t("people-member-label", alias=m.alias, role=m.role.value), OpenMember(m.person_id))
        for m in members
    ]
    text = t("people-team-title") if members or page else t("people-team-empty")
    return Screen(
        text, (*one_per_row(buttons), *rows(paging(t, page, more, TeamPage)), (back_to_menu(t),))
    )


def member(member: TeamMember, area_name: str | None, t: Messages) -> Screen:
    text = t(
        "people-member-card", alias=member.alias, role=member.role.value, joined=member.joined_on
    )
    text += "\n" + t("people-member-area", area=area_name or "—")
    return Screen(
        text,
        rows(
            Button(t("people-set-area"), ChooseMemberArea(member.person_id)),
            Button(t("people-deactivate"), Deactivate(member.person_id)),
            Button(t("common-back"), TeamPage(0)),
        ),
    )


def area_choice(member: TeamMember, areas: list[tuple[int, str]], t: Messages) -> Screen:
    buttons = [Button(name, PlaceInArea(member.person_id, area_id)) for area_id, name in areas]
    back = Button(t("common-back"), OpenMember(member.person_id))
    return Screen(t("people-choose-area", alias=member.alias), (*in_pairs(buttons), (back,)))


def confirm_deactivation(member: TeamMember, t: Messages) -> Screen:
    return Screen(
        t("people-deactivate-confirm", alias=member.alias),
        rows(
            Button(t("people-deactivate-yes"), DeactivateNow(member.person_id)),
            Button(t("common-back"), OpenMember(member.person_id)),
        ),
    )


def deactivated(member: TeamMember, t: Messages) -> Screen:
    return Screen(
        t("people-deactivated", alias=member.alias), rows(Button(t("common-back"), TeamPage(0)))
    )
