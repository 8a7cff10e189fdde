"""Telegram's command menu per language and role: members see theirs, each peer, lead and admin
their own (in their chat), withdrawn when the role ends. Failures only cost a nicer menu."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.handlers.menu import commands_for
from bot.i18n import Translator
from bot.people import Role, Viewer

logger = logging.getLogger(__name__)


def command_list(translator: Translator, locale: str, role: Role) -> list[BotCommand]:
    return [
        BotCommand(name, translator.format(locale, f"command-{name}"))
        for name in commands_for(role)
    ]


async def publish_default_commands(bot: Bot, translator: Translator, default_locale: str) -> None:
    """The member command list, in every language."""
    try:
        await bot.set_my_commands(command_list(translator, default_locale, Role.MEMBER))
        # Telegram takes two-letter language codes only; others get the default list.
        for locale in (code for code in translator.locales if len(code) == 2):
            await bot.set_my_commands(
                command_list(translator, locale, Role.MEMBER), language_code=locale
            )
    except TelegramError as error:
        logger.warning("Could not register the command list: %s", type(error).__name__)


async def publish_chat_commands(bot: Bot, translator: Translator, viewer: Viewer) -> None:
    """Show a peer, lead or admin their own commands, in their language."""
    try:
        await bot.set_my_commands(
            command_list(translator, viewer.locale, viewer.role),
            scope=BotCommandScopeChat(viewer.telegram_id),
        )
    except TelegramError as error:
        logger.warning("Could not register a team command list: %s", type(error).__name__)


async def withdraw_chat_commands(bot: Bot, telegram_id: int) -> None:
    try:
        await bot.delete_my_commands(scope=BotCommandScopeChat(telegram_id))
    except TelegramError as error:
        logger.warning("Could not withdraw a team command list: %s", type(error).__name__)
