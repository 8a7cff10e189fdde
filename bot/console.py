"""Console mode: the real bot against the built-in Bot API emulator, chatted with in a terminal.

No token and no network: try the bot, or train staff on it. Bot messages print with numbered
buttons; typing a number taps one; lines starting with ':' are console commands.
"""

from __future__ import annotations

import asyncio
import sys
import zlib
from dataclasses import dataclass, replace
from typing import TextIO

from bot.app import build_application, running, runtime_of
from bot.directory.sample import load_sample_directory
from bot.emulator import Emulator, FakeUser, SimulatedPerson, StoredMessage
from bot.i18n import Messages, Translator
from bot.logs import configure_logging
from bot.people import Role
from bot.settings import Secret, Settings


def console_user_id(name: str) -> int:
    """A stable made-up Telegram id per name, so `:as amina` is the same person every time."""
    return 100_000 + zlib.crc32(name.lower().encode()) % 900_000


@dataclass
class Button:
    label: str
    data: str
    message_id: int


class Console:
    def __init__(self, emulator: Emulator, app, output: TextIO, t: Messages) -> None:
        self.emulator = emulator
        self.app = app
        self.output = output
        self.t = t
        self.people: dict[str, SimulatedPerson] = {}
        self.name = "you"
        self.language = runtime_of(app).settings.default_locale
        self.buttons: list[Button] = []

    @property
    def person(self) -> SimulatedPerson:
        if self.name not in self.people:
            user = FakeUser(
                id=console_user_id(self.name),
                first_name=self.name.capitalize(),
                language_code=self.language,
            )
            self.people[self.name] = SimulatedPerson(self.emulator, user, settle=self.settle)
        return self.people[self.name]

    async def settle(self, update_id: int) -> None:
        await self.emulator.wait_acknowledged(update_id)
        await self.app.update_queue.join()

    def write(self, text: str) -> None:
        self.output.write(text + "\n")
        self.output.flush()

    def on_bot_change(self, change: str, message: StoredMessage) -> None:
        """Print what the bot does in the current person's chat; note activity elsewhere."""
        if message.chat_id != self.person.user.id:
            self.write(self.t("console-elsewhere", name=self.name_of(message.chat_id)))
            return
        if change == "deleted":
            self.write(self.t("console-deleted"))
            return
        body = message.text or self.t("console-non-text", kind=message.kind)
        prefix = self.t("console-edited") + " " if change == "edited" else ""
        self.write(f"bot> {prefix}{body}".replace("\n", "\n     "))
        buttons = message.buttons()
        if buttons:
            self.buttons = [Button(label, data, message.message_id) for label, data in buttons]
            numbered = "  ".join(f"[{i}] {b.label}" for i, b in enumerate(self.buttons, 1))
            self.write(f"     {numbered}")

    def name_of(self, chat_id: int) -> str:
        for name, person in self.people.items():
            if person.user.id == chat_id:
                return name
        return "?"

    async def handle(self, line: str) -> bool:
        """Act on one typed line; False means quit."""
        line = line.strip()
        if not line:
            return True
        if line.startswith(":"):
            return await self.console_command(line[1:].split())
        if line.isdigit() and self.buttons:
            index = int(line) - 1
            if 0 <= index < len(self.buttons):
                button = self.buttons[index]
                await self.person.tap_data(button.data, button.message_id)
                answer = self.person.answer()
                if answer and answer.get("text"):
                    self.write(f"bot> ({answer['text']})")
                return True
        await self.person.send(line)
        return True

    async def console_command(self, words: list[str]) -> bool:
        command, args = (words[0].lower(), words[1:]) if words else ("help", [])
        if command in {"quit", "q", "exit"}:
            return False
        if command == "as" and args:
            await self.switch_person(args[0], args[1] if len(args) > 1 else None)
        elif command == "lang" and args and args[0] in runtime_of(self.app).translator.locales:
            self.language = args[0]
            self.person.user.language_code = args[0]
            self.write(self.t("console-language", language=args[0]))
        elif command == "sample":
            runtime = runtime_of(self.app)
            loaded = await load_sample_directory(runtime.directory, runtime.database)
            self.write(self.t("console-sample-loaded", count=loaded))
        elif command == "location" and len(args) == 2:
            try:
                latitude, longitude = float(args[0]), float(args[1])
            except ValueError:
                self.write(self.t("console-help"))
                return True
            await self.person.share_location(latitude, longitude)
        else:
            self.write(self.t("console-help"))
        return True

    async def switch_person(self, name: str, role_name: str | None) -> None:
        roles = {role.value: role for role in Role}
        if role_name is not None and role_name.lower() not in roles:
            self.write(self.t("console-help"))
            return
        self.name = name.lower()
        self.buttons = []
        if role_name is not None:
            runtime = runtime_of(self.app)
            await runtime.people.grant_role_directly(
                self.person.user.id, roles[role_name.lower()], name.capitalize(), runtime.today()
            )
        self.write(self.t("console-now", name=self.name, role=role_name or "-"))


async def chat_in_terminal(settings: Settings, source: TextIO, output: TextIO) -> None:
    translator = Translator.load(extra_folder=settings.content_dir, locales=settings.locales)
    t = translator.for_locale(settings.default_locale)
    async with Emulator() as emulator:
        settings = replace(
            settings,
            bot_token=Secret(emulator.token),
            bot_api_base_url=emulator.base_url,
            bot_api_base_file_url=emulator.base_file_url,
        )
        app = build_application(settings, translator=translator, rate_limiter=False)
        async with running(app):
            console = Console(emulator, app, output, t)
            emulator.subscribe(console.on_bot_change)
            console.write(t("console-intro", database=str(settings.database_path)))
            console.write(t("console-help"))
            if await runtime_of(app).directory.is_empty():
                console.write(t("console-sample-offer"))
            loop = asyncio.get_running_loop()
            while True:
                if source.isatty():
                    output.write(f"{console.name}> ")
                    output.flush()
                line = await loop.run_in_executor(None, source.readline)
                if not line or not await console.handle(line):
                    break
            console.write(t("console-bye"))


def run_console(settings: Settings) -> int:
    configure_logging("WARNING", [settings.id_hash_key])
    try:
        asyncio.run(chat_in_terminal(settings, sys.stdin, sys.stdout))
    except KeyboardInterrupt:
        return 130
    return 0
