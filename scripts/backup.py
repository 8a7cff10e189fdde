"""Encrypted backups of the bot's database, made while the bot runs.

    python scripts/backup.py create                 a new backup in BACKUP_DIR
    python scripts/backup.py list                   the backups, newest first
    python scripts/backup.py verify FILE --identity KEYFILE
    python scripts/backup.py restore FILE --identity KEYFILE   (stop the bot first)
    python scripts/backup.py prune [--keep N]       keep the N newest (BACKUP_KEEP, 14)

Settings come from the environment and `.env`, as for the bot: DATABASE_PATH, BACKUP_DIR
(default data/backups), BACKUP_RECIPIENT (an age public key, age1...: backups are encrypted to
it), BACKUP_KEEP. The private key (AGE-SECRET-KEY-1...) never lives on the server: bring it in a
file only to verify or restore, and take it away again. Run `create` then `prune` daily (cron, a
systemd timer). Exit status: 0 done, 1 a backup failed its check, 2 usage or settings.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from bot.operations import backups
from bot.settings import SettingsError, load_settings, read_environment

DEFAULT_KEEP = 14


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["create", "list", "verify", "restore", "prune"])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--identity", type=Path, help="a file with the age private key")
    parser.add_argument("--keep", type=int)
    args = parser.parse_args(argv)
    environment = read_environment(os.environ)
    try:
        settings = load_settings(environment, console=True)
    except SettingsError as error:
        print("\n".join(error.problems), file=sys.stderr)
        return 2
    folder = Path(environment.get("BACKUP_DIR") or settings.database_path.parent / "backups")
    try:
        if args.action == "create":
            recipient = backups.parse_recipient(environment.get("BACKUP_RECIPIENT", ""))
            made = backups.create(settings.database_path, folder, recipient, datetime.now(UTC))
            print(f"{made.path}  {made.size} bytes")
        elif args.action == "list":
            for backup in backups.existing(folder):
                print(
                    f"{backup.made_at:%Y-%m-%d %H:%M:%S} UTC  {backup.size:>12} bytes  {backup.path}"
                )
        elif args.action == "prune":
            keep = args.keep or int(environment.get("BACKUP_KEEP") or DEFAULT_KEEP)
            for backup in backups.prune(folder, keep):
                print(f"deleted {backup.path}")
        else:
            if args.file is None or args.identity is None:
                parser.error(f"{args.action} needs a backup FILE and --identity KEYFILE")
            identity = backups.parse_identity(args.identity.read_text(encoding="utf-8"))
            if args.action == "verify":
                counts = backups.verify(args.file, identity)
            else:
                counts = backups.restore(args.file, identity, settings.database_path)
            print(f"{args.file.name}: sound, {sum(counts.values())} rows in {len(counts)} tables")
            if args.action == "restore":
                print(f"restored into {settings.database_path}; start the bot again")
    except backups.BackupError as error:
        print(error, file=sys.stderr)
        return 1 if args.action in ("verify", "restore") else 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
