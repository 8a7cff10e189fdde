"""Telegram adapters for the people feature: start, help, language, privacy, who am I,
invites, joining with a code, and a lead's team list with deactivation.
"""

from __future__ import annotations

import logging
import warnings

from telegram import BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    ExtBot,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.common.refusal import NotAllowed
from bot.deeplinks import DeepLinkFilter, LinkKind, link_for, parse_payload, payload_of
from bot.handlers.common import (
    Button,
    answer_button,
    back_to_menu,
    flow_hint,
    in_pairs,
    menu_buttons,
    refuse_button,
    show,
    team_buttons,
    viewer_of,
)
from bot.i18n import LANGUAGE_NAMES, Messages, Translator
from bot.menu import commands_for
from bot.people import AliasProblem, JoinOutcome, Role, TeamMember, Viewer
from bot.services import BotContext
from bot.settings import SUPPORTED_LOCALES

logger = logging.getLogger(__name__)

JOIN_CODE, JOIN_ALIAS = range(2)


def welcome_text(viewer: Viewer, t: Messages) -> str:
    lines = [t("people-welcome"), t("people-welcome-does"), t("people-welcome-keeps")]
    if viewer.role is not Role.MEMBER:
        lines.append(t("people-welcome-role", role=viewer.role.value, alias=viewer.alias or "—"))
    return "\n\n".join(lines)


async def start(update: Update, context: BotContext) -> None:
    """Greet the person in their language and show the menu for their role."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await show(update, welcome_text(viewer, t), menu_buttons(viewer, t))


async def open_menu(update: Update, context: BotContext) -> None:
    """Show the main menu again."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t("menu-title"), menu_buttons(viewer, t))


async def open_team_menu(update: Update, context: BotContext) -> None:
    """The tools of peers and leads, one tap away from the main menu."""
    viewer = await viewer_of(update, context)
    if not viewer.role.at_least(Role.PEER):
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t("menu-team-title"), [*team_buttons(viewer, t), back_to_menu(t)])


async def help_screen(update: Update, context: BotContext) -> None:
    """Explain, for this person's role, what the bot can do."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    sections = [t("help-member")]
    if viewer.role.at_least(Role.PEER):
        sections.append(t("help-peer"))
    if viewer.role.at_least(Role.LEAD):
        sections.append(t("help-lead"))
    await answer_button(update)
    await show(update, "\n\n".join(sections), [back_to_menu(t)])


async def language_screen(update: Update, context: BotContext) -> None:
    """Offer the five languages, each named in itself."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    choices = [(LANGUAGE_NAMES[code], f"language:set:{code}") for code in SUPPORTED_LOCALES]
    await answer_button(update)
    await show(update, t("language-choose"), [*in_pairs(choices), back_to_menu(t)])


async def choose_language(update: Update, context: BotContext) -> None:
    """Remember the chosen language and answer in it."""
    viewer = await viewer_of(update, context)
    locale = context.matches[0].group(1) if context.matches else ""
    if locale not in SUPPORTED_LOCALES:
        await refuse_button(update, context, viewer)
        return
    viewer = await context.services.people.set_language(viewer, locale)
    context.services.kept.mark(update.update_id)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t("language-saved"), menu_buttons(viewer, t))
    if viewer.role is not Role.MEMBER:
        await publish_chat_commands(context.bot, context.services.translator, viewer)


async def privacy_screen(update: Update, context: BotContext) -> None:
    """Say what we keep, for how long, and how to erase it."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    text = t("privacy-text") + "\n\n" + t("privacy-telegram")
    if viewer.role is not Role.MEMBER:
        text += "\n\n" + t("privacy-team")
    rows: list[list[Button]] = []
    if viewer.has_saved_locale:
        rows.append([(t("privacy-forget-language"), "privacy:forget")])
    rows.append(back_to_menu(t))
    await answer_button(update)
    await show(update, text, rows)


async def forget_language(update: Update, context: BotContext) -> None:
    """Erase the stored language choice."""
    viewer = await viewer_of(update, context)
    await context.services.people.forget_language(viewer)
    context.services.kept.mark(update.update_id)
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t("privacy-language-forgotten"), menu_buttons(viewer, t))


async def whoami(update: Update, context: BotContext) -> None:
    """Tell someone their role, alias and language, as the bot sees them."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    text = t(
        "people-whoami",
        role=viewer.role.value,
        alias=viewer.alias or "—",
        language=LANGUAGE_NAMES[viewer.locale],
    )
    await answer_button(update)
    await show(update, text, [back_to_menu(t)])


async def invite_screen(update: Update, context: BotContext) -> None:
    """Let a lead or admin choose which role to invite (`/invite peer` skips the choice)."""
    viewer = await viewer_of(update, context)
    people = context.services.people
    roles = people.invitable_roles(viewer)
    if not roles:
        await refuse(update, context, viewer)
        return
    if context.args:
        wanted = context.args[0].lower()
        if wanted not in {r.value for r in roles}:
            await refuse(update, context, viewer)
            return
        await send_invite(update, context, viewer, Role(wanted))
        return
    t = context.services.messages(viewer)
    buttons = [(t("people-invite-as", role=r.value), f"people:invite:{r.value}") for r in roles]
    await answer_button(update)
    await show(update, t("people-invite-choose"), [*in_pairs(buttons), back_to_menu(t)])


async def invite_button(update: Update, context: BotContext) -> None:
    """Create the invite chosen by button."""
    viewer = await viewer_of(update, context)
    wanted = context.matches[0].group(1) if context.matches else ""
    if wanted not in {r.value for r in context.services.people.invitable_roles(viewer)}:
        await refuse_button(update, context, viewer)
        return
    await answer_button(update)
    await send_invite(update, context, viewer, Role(wanted))


async def send_invite(update: Update, context: BotContext, viewer: Viewer, role: Role) -> None:
    services = context.services
    try:
        invite = await services.people.create_invite(viewer, role, services.clock())
    except NotAllowed:
        await refuse(update, context, viewer)
        return
    services.kept.mark(update.update_id)
    t = services.messages(viewer)
    expires = invite.expires_at.astimezone(services.settings.timezone).date()
    text = t(
        "people-invite-created",
        role=role.value,
        code=invite.code,
        expires=expires,
        link=link_for(context.bot.username, LinkKind.INVITE, invite.code),
    )
    await show(update, text, [back_to_menu(t)])


async def join_command(update: Update, context: BotContext) -> int:
    """`/join CODE`, or `/join` alone to be asked for the code."""
    if not context.args:
        viewer = await viewer_of(update, context)
        await show(update, context.services.messages(viewer)("people-join-ask-code"))
        return JOIN_CODE
    return await redeem(
        update, context, " ".join(context.args), retry_state=ConversationHandler.END
    )


async def join_by_link(update: Update, context: BotContext) -> int:
    """The invite deep link: t.me/<bot>?start=join_CODE."""
    link = parse_payload(payload_of(update.effective_message) or "")
    code = link.value if link is not None else ""
    return await redeem(update, context, code, retry_state=ConversationHandler.END)


async def join_code_typed(update: Update, context: BotContext) -> int:
    """The code typed after `/join`."""
    text = update.effective_message.text if update.effective_message else ""
    return await redeem(update, context, text or "", retry_state=JOIN_CODE)


async def redeem(update: Update, context: BotContext, code: str, retry_state: int) -> int:
    services = context.services
    viewer = await viewer_of(update, context)
    result = await services.people.join(viewer.telegram_id, code, viewer.locale, services.clock())
    t = services.messages(viewer)
    if result.outcome is JoinOutcome.ALREADY:
        await show(
            update, t("people-join-already", role=viewer.role.value), menu_buttons(viewer, t)
        )
        return ConversationHandler.END
    if result.outcome is not JoinOutcome.JOINED:
        text = t(f"people-join-{result.outcome.value}")
        if retry_state == JOIN_CODE:
            text += "\n" + t("people-join-retry")
        await show(update, text)
        return retry_state
    services.kept.mark(update.update_id)
    viewer = await viewer_of(update, context)
    await publish_chat_commands(context.bot, services.translator, viewer)
    text = t("people-joined", role=viewer.role.value) + "\n\n" + t("people-alias-ask")
    await show(
        update, text, [[(t("people-alias-keep", alias=result.alias or ""), "people:alias:keep")]]
    )
    return JOIN_ALIAS


async def alias_typed(update: Update, context: BotContext) -> int | None:
    """Save the alias a new peer typed, or explain what to change."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    if viewer.person_id is None:
        await show(update, t("common-no-longer-available"), menu_buttons(viewer, t))
        return ConversationHandler.END
    text = update.effective_message.text if update.effective_message else ""
    alias = await context.services.people.set_alias(viewer, text or "")
    if isinstance(alias, AliasProblem):
        await show(update, t(f"people-alias-{alias.value}"))
        return None
    context.services.kept.mark(update.update_id)
    viewer = await viewer_of(update, context)
    await show(update, t("people-alias-saved", alias=alias), menu_buttons(viewer, t))
    return ConversationHandler.END


async def alias_kept(update: Update, context: BotContext) -> int:
    """Keep the suggested alias."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t("people-alias-saved", alias=viewer.alias or "—"), menu_buttons(viewer, t))
    return ConversationHandler.END


async def cancel(update: Update, context: BotContext) -> int:
    """Leave whatever flow the person is in and show the menu."""
    viewer = await viewer_of(update, context)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(update, t("common-cancelled"), menu_buttons(viewer, t))
    return ConversationHandler.END


async def team_screen(update: Update, context: BotContext) -> None:
    """One page of the team this lead (or admin) manages, each a button to open."""
    viewer = await viewer_of(update, context)
    page = int(context.matches[0].group(1)) if context.matches else 0
    try:
        members, more = await context.services.people.list_team(viewer, page)
    except NotAllowed:
        await refuse(update, context, viewer)
        return
    t = context.services.messages(viewer)
    rows: list[list[Button]] = [
        [(member_label(m, t), f"people:member:{m.person_id}")] for m in members
    ]
    paging: list[Button] = []
    if page > 0:
        paging.append((t("common-previous"), f"people:team:{page - 1}"))
    if more:
        paging.append((t("common-next"), f"people:team:{page + 1}"))
    rows += [paging] if paging else []
    rows.append(back_to_menu(t))
    text = t("people-team-title") if members or page else t("people-team-empty")
    await answer_button(update)
    await show(update, text, rows)


def member_label(member: TeamMember, t: Messages) -> str:
    return t("people-member-label", alias=member.alias, role=member.role.value)


async def member_screen(update: Update, context: BotContext) -> None:
    """One team member, with the button to deactivate them."""
    viewer = await viewer_of(update, context)
    person_id = int(context.matches[0].group(1))
    member = await context.services.people.find_manageable(viewer, person_id)
    if member is None:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    area = await context.services.directory.area(member.area_id) if member.area_id else None
    text = t("people-member-card", alias=member.alias, role=member.role.value,
             joined=member.joined_on)  # fmt: skip
    text += "\n" + t("people-member-area", area=area.name if area else "—")
    await answer_button(update)
    await show(
        update,
        text,
        [
            [(t("people-set-area"), f"people:areas:{person_id}")],
            [(t("people-deactivate"), f"people:deactivate:{person_id}")],
            [(t("common-back"), "people:team:0")],
        ],
    )


async def area_choices(update: Update, context: BotContext) -> None:
    """The areas a lead can place a team member in."""
    viewer = await viewer_of(update, context)
    person_id = int(context.matches[0].group(1))
    member = await context.services.people.find_manageable(viewer, person_id)
    if member is None:
        await refuse_button(update, context, viewer)
        return
    t = context.services.messages(viewer)
    areas = await context.services.directory.areas()
    buttons = [(area.name, f"people:area:{person_id}:{area.id}") for area in areas]
    await answer_button(update)
    await show(update, t("people-choose-area", alias=member.alias),
               [*in_pairs(buttons), [(t("common-back"), f"people:member:{person_id}")]])  # fmt: skip


async def place_in_area(update: Update, context: BotContext) -> None:
    """Place a team member in an area: their re-check tasks come from there first."""
    viewer = await viewer_of(update, context)
    person_id, area_id = int(context.matches[0].group(1)), int(context.matches[0].group(2))
    area = await context.services.directory.area(area_id)
    if area is None or not await context.services.people.set_area(viewer, person_id, area_id):
        await refuse_button(update, context, viewer)
        return
    context.services.kept.mark(update.update_id)
    await member_screen(update, context)


async def deactivate(update: Update, context: BotContext) -> None:
    """Deactivate a team member at once: their next tap finds no role."""
    viewer = await viewer_of(update, context)
    person_id = int(context.matches[0].group(1))
    people = context.services.people
    former_telegram_id = await people.telegram_id_of(person_id)
    member = await people.deactivate(viewer, person_id, context.services.today())
    if member is None:
        await refuse_button(update, context, viewer)
        return
    context.services.kept.mark(update.update_id)
    t = context.services.messages(viewer)
    await answer_button(update)
    await show(
        update, t("people-deactivated", alias=member.alias), [[(t("common-back"), "people:team:0")]]
    )
    if former_telegram_id is not None:
        await withdraw_chat_commands(context.bot, former_telegram_id)


async def refuse(update: Update, context: BotContext, viewer: Viewer) -> None:
    """A command or button this person may not use: one neutral line."""
    t = context.services.messages(viewer)
    if update.callback_query is not None:
        await refuse_button(update, context, viewer)
    else:
        await show(update, t("common-not-available"), menu_buttons(viewer, t))


def command_list(translator: Translator, locale: str, role: Role) -> list[BotCommand]:
    return [
        BotCommand(name, translator.format(locale, f"command-{name}"))
        for name in commands_for(role)
    ]


async def publish_default_commands(
    bot: ExtBot, translator: Translator, default_locale: str
) -> None:
    """Register the member command list in every language; failures only cost a nicer menu."""
    try:
        await bot.set_my_commands(command_list(translator, default_locale, Role.MEMBER))
        for locale in SUPPORTED_LOCALES:
            await bot.set_my_commands(
                command_list(translator, locale, Role.MEMBER), language_code=locale
            )
    except TelegramError as error:
        logger.warning("Could not register the command list: %s", type(error).__name__)


async def publish_chat_commands(bot: ExtBot, translator: Translator, viewer: Viewer) -> None:
    """Show a peer, lead or admin their own commands, in their language."""
    try:
        await bot.set_my_commands(
            command_list(translator, viewer.locale, viewer.role),
            scope=BotCommandScopeChat(viewer.telegram_id),
        )
    except TelegramError as error:
        logger.warning("Could not register a team command list: %s", type(error).__name__)


async def withdraw_chat_commands(bot: ExtBot, telegram_id: int) -> None:
    try:
        await bot.delete_my_commands(scope=BotCommandScopeChat(telegram_id))
    except TelegramError as error:
        logger.warning("Could not withdraw a team command list: %s", type(error).__name__)


def join_conversation() -> ConversationHandler:
    cancel_handler = CommandHandler("cancel", cancel)
    with warnings.catch_warnings():
        # Our buttons are checked against the database, not tracked per message.
        warnings.simplefilter("ignore", PTBUserWarning)
        return ConversationHandler(
            entry_points=[
                CommandHandler("start", join_by_link, filters=DeepLinkFilter(LinkKind.INVITE)),
                CommandHandler("join", join_command),
            ],
            states={
                JOIN_CODE: [MessageHandler(filters.TEXT & ~filters.COMMAND, join_code_typed)],
                JOIN_ALIAS: [
                    MessageHandler(filters.TEXT & ~filters.COMMAND, alias_typed),
                    CallbackQueryHandler(alias_kept, pattern=r"^people:alias:keep$"),
                ],
            },
            fallbacks=[cancel_handler, MessageHandler(~filters.COMMAND, flow_hint)],
            name="join",
            conversation_timeout=15 * 60,
        )


def register(app: Application) -> None:
    app.add_handlers(
        [
            join_conversation(),
            CommandHandler("start", start),
            CommandHandler("help", help_screen),
            CommandHandler("language", language_screen),
            CommandHandler("privacy", privacy_screen),
            CommandHandler("whoami", whoami),
            CommandHandler("invite", invite_screen),
            CommandHandler("team", team_screen),
            CommandHandler("cancel", cancel),
            CallbackQueryHandler(open_menu, pattern=r"^menu:open$"),
            CallbackQueryHandler(open_team_menu, pattern=r"^menu:team$"),
            CallbackQueryHandler(help_screen, pattern=r"^help:open$"),
            CallbackQueryHandler(language_screen, pattern=r"^language:open$"),
            CallbackQueryHandler(choose_language, pattern=r"^language:set:([a-z]{2})$"),
            CallbackQueryHandler(privacy_screen, pattern=r"^privacy:open$"),
            CallbackQueryHandler(forget_language, pattern=r"^privacy:forget$"),
            CallbackQueryHandler(whoami, pattern=r"^people:whoami$"),
            CallbackQueryHandler(invite_screen, pattern=r"^people:invite$"),
            CallbackQueryHandler(invite_button, pattern=r"^people:invite:([a-z]{2,8})$"),
            CallbackQueryHandler(team_screen, pattern=r"^people:team:(\d{1,4})$"),
            CallbackQueryHandler(member_screen, pattern=r"^people:member:(\d{1,12})$"),
            CallbackQueryHandler(deactivate, pattern=r"^people:deactivate:(\d{1,12})$"),
            CallbackQueryHandler(area_choices, pattern=r"^people:areas:(\d{1,12})$"),
            CallbackQueryHandler(place_in_area, pattern=r"^people:area:(\d{1,12}):(\d{1,9})$"),
        ]
    )
