"""Start, the menus, help, language, privacy and "my role": what everyone can open."""

from __future__ import annotations

from telegram import Update

from bot.common.refusal import NotAllowed
from bot.handlers.context import BotContext
from bot.handlers.menu import main_menu, team_menu
from bot.handlers.people import screens
from bot.handlers.people.buttons import ChooseLanguage, ForgetLanguage
from bot.handlers.people.commands import publish_chat_commands
from bot.handlers.respond import show
from bot.people import Role


async def start(update: Update, context: BotContext) -> None:
    """Greet the person in their language and show the menu for their role."""
    await show(update, context, screens.welcome(context.viewer, context.t))


async def open_menu(update: Update, context: BotContext) -> None:
    await show(update, context, main_menu(context.viewer, context.t))


async def open_team_menu(update: Update, context: BotContext) -> None:
    """The tools of peers and leads, one tap away from the main menu."""
    await show(update, context, team_menu(context.viewer, context.t))


async def help_screen(update: Update, context: BotContext) -> None:
    await show(update, context, screens.help_text(context.viewer, context.t))


async def language_screen(update: Update, context: BotContext) -> None:
    await show(update, context, screens.languages(context.t, context.runtime.translator.locales))


async def choose_language(update: Update, context: BotContext, tap: ChooseLanguage) -> None:
    """Remember the chosen language and answer in it."""
    runtime = context.runtime
    if tap.locale not in runtime.translator.locales:
        raise NotAllowed
    context.viewer = await runtime.people.set_language(context.viewer, tap.locale)
    context.saved(update)
    await show(update, context, main_menu(context.viewer, context.t, context.t("language-saved")))
    if context.viewer.role is not Role.MEMBER:
        await publish_chat_commands(context.bot, runtime.translator, context.viewer)


async def privacy_screen(update: Update, context: BotContext) -> None:
    await show(update, context, screens.privacy(context.viewer, context.t))


async def forget_language(update: Update, context: BotContext, tap: ForgetLanguage) -> None:
    """Erase the stored language choice; the next message is in the app's language again."""
    runtime = context.runtime
    await runtime.people.forget_language(context.viewer)
    context.saved(update)
    user = update.effective_user
    context.viewer = await runtime.people.identify(
        context.viewer.telegram_id, user.language_code if user else None
    )
    t = context.t
    await show(update, context, main_menu(context.viewer, t, t("privacy-language-forgotten")))


async def whoami(update: Update, context: BotContext) -> None:
    await show(update, context, screens.whoami(context.viewer, context.t))


async def cancelled(update: Update, context: BotContext) -> None:
    """`/cancel`: whatever flow there was has ended; say so and show the menu."""
    await show(update, context, main_menu(context.viewer, context.t, context.t("common-cancelled")))
