"""Invites and joining: a lead or admin makes a single-use invite; the new peer or lead joins by
the link or by typing the code, then chooses the alias the team will see."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.handlers import flows
from bot.handlers.context import BotContext
from bot.handlers.deeplinks import DeepLink, LinkKind, link_for
from bot.handlers.flows import Flow, typed
from bot.handlers.menu import main_menu
from bot.handlers.people import screens
from bot.handlers.people.buttons import InviteAs, KeepAlias
from bot.handlers.people.commands import publish_chat_commands
from bot.handlers.respond import show
from bot.handlers.screens import Screen
from bot.people import AliasProblem, JoinOutcome, Role, placeholder_alias


@dataclass
class JoinDraft:
    """Joining has nothing to keep between steps but where it is."""


CODE, ALIAS = "code", "alias"


async def invite_screen(update: Update, context: BotContext) -> None:
    """Let a lead or admin choose which role to invite (`/invite peer` skips the choice)."""
    roles = context.runtime.people.invitable_roles(context.viewer)
    if not roles:
        raise NotAllowed
    if context.args:
        wanted = context.args[0].lower()
        if wanted not in {r.value for r in roles}:
            raise NotAllowed
        await send_invite(update, context, Role(wanted))
        return
    await show(update, context, screens.invite_choice(roles, context.t))


async def invite_as(update: Update, context: BotContext, tap: InviteAs) -> None:
    await send_invite(update, context, Role(tap.role))


async def send_invite(update: Update, context: BotContext, role: Role) -> None:
    runtime = context.runtime
    invite = await runtime.people.create_invite(context.viewer, role, runtime.clock())
    context.saved(update)
    link = link_for(context.bot.username, LinkKind.INVITE, invite.code)
    screen = screens.invite_created(
        role, invite.code, invite.expires_at, link, runtime.settings.timezone, context.t
    )
    await show(update, context, screen)


async def join_command(update: Update, context: BotContext) -> None:
    """`/join CODE`, or `/join` alone to be asked for the code."""
    if not context.args:
        flows.begin(context, JOIN, JoinDraft(), CODE)
        await show(update, context, Screen(context.t("people-join-ask-code")))
        return
    await redeem(update, context, " ".join(context.args), retry=False)


async def join_by_link(update: Update, context: BotContext, link: DeepLink) -> None:
    """The invite deep link: t.me/<bot>?start=join_CODE."""
    await redeem(update, context, link.value, retry=False)


async def code_typed(update: Update, context: BotContext, draft: JoinDraft) -> None:
    message = update.effective_message
    await redeem(update, context, (message.text if message else "") or "", retry=True)


async def redeem(update: Update, context: BotContext, code: str, *, retry: bool) -> None:
    runtime = context.runtime
    viewer = context.viewer
    result = await runtime.people.join(viewer.telegram_id, code, viewer.locale, runtime.clock())
    t = context.t
    if result.outcome is JoinOutcome.ALREADY:
        flows.end(context)
        text = t("people-join-already", role=viewer.role.value)
        await show(update, context, main_menu(viewer, t, text))
        return
    if result.outcome is not JoinOutcome.JOINED:
        text = t(f"people-join-{result.outcome.value}")
        if retry:
            text += "\n" + t("people-join-retry")
        else:
            flows.end(context)
        await show(update, context, Screen(text))
        return
    context.saved(update)
    user = update.effective_user
    context.viewer = await runtime.people.identify(
        viewer.telegram_id, user.language_code if user else None
    )
    alias = result.alias or ""
    if context.viewer.role is not Role.PEER:
        # The placeholder was made before the invite told the role: a lead is not "Peer-…".
        named = await runtime.people.set_alias(
            context.viewer, placeholder_alias(context.viewer.role)
        )
        alias = named if isinstance(named, str) else alias
    await publish_chat_commands(context.bot, runtime.translator, context.viewer)
    flows.begin(context, JOIN, JoinDraft(), ALIAS)
    await show(update, context, screens.joined(context.viewer.role, alias, t))


async def alias_typed(update: Update, context: BotContext, draft: JoinDraft) -> None:
    """Save the alias a new peer typed, or explain what to change."""
    t = context.t
    if context.viewer.person_id is None:
        flows.end(context)
        raise NotAllowed
    message = update.effective_message
    alias = await context.runtime.people.set_alias(
        context.viewer, (message.text if message else "") or ""
    )
    if isinstance(alias, AliasProblem):
        await show(update, context, Screen(t(f"people-alias-{alias.value}")))
        return
    context.saved(update)
    flows.end(context)
    await show(update, context, main_menu(context.viewer, t, t("people-alias-saved", alias=alias)))


async def keep_alias(update: Update, context: BotContext, tap: KeepAlias) -> None:
    """Keep the suggested alias."""
    viewer = context.viewer
    if viewer.person_id is None:
        raise NotAllowed
    flows.end(context)
    t = context.t
    await show(
        update, context, main_menu(viewer, t, t("people-alias-saved", alias=viewer.alias or "—"))
    )


JOIN = Flow("join", JoinDraft, {CODE: typed(code_typed), ALIAS: typed(alias_typed)})
