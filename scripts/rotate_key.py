"""Move the bot to a new ID_HASH_KEY: stop the bot, run this with both keys, start the bot with
the new one.

    OLD_ID_HASH_KEY=... NEW_ID_HASH_KEY=... python scripts/rotate_key.py

DATABASE_PATH comes from the environment and `.env`, as for the bot. Prints what was carried to
the new key and what could not be (see bot/operations/keys.py for why). Exit status: 0 done,
2 a key is missing or too short.
"""

from __future__ import annotations

import asyncio
import os
import sys

from bot.operations.keys import rotate
from bot.people.keys import MemberKeys
from bot.settings import Secret, SettingsError, load_settings, read_environment
from storage import Database

MIN_KEY = 32


async def run(database_path: str, old: str, new: str) -> None:
    async with await Database.open(database_path) as database:
        report = await rotate(database, MemberKeys(Secret(old)), MemberKeys(Secret(new)))
    for table, moved in report.moved.items():
        print(f"{table}: {moved} carried to the new key, {report.dropped[table]} deleted")
    print(f"invites not yet used, dropped (make new ones): {report.invites_dropped}")
    print("Now set ID_HASH_KEY to the new key and start the bot.")


def main() -> int:
    environment = read_environment(os.environ)
    old, new = environment.get("OLD_ID_HASH_KEY", ""), environment.get("NEW_ID_HASH_KEY", "")
    if len(old) < MIN_KEY or len(new) < MIN_KEY or old == new:
        print(
            "Set OLD_ID_HASH_KEY (the key in use) and NEW_ID_HASH_KEY (a new one of 32+ "
            'characters: python -c "import secrets; print(secrets.token_urlsafe(32))").',
            file=sys.stderr,
        )
        return 2
    try:
        settings = load_settings({**environment, "ID_HASH_KEY": old}, console=True)
    except SettingsError as error:
        print("\n".join(error.problems), file=sys.stderr)
        return 2
    asyncio.run(run(str(settings.database_path), old, new))
    return 0


if __name__ == "__main__":
    sys.exit(main())
