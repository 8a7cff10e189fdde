"""`python -m bot` serves Telegram by long polling; `python -m bot console` runs offline."""

from __future__ import annotations

import os
import sys

from bot.settings import SettingsError, load_settings, read_environment

USAGE = "usage: python -m bot [run|console]"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    mode = args[0] if args else "run"
    if mode not in {"run", "console"} or len(args) > 1:
        print(USAGE, file=sys.stderr)
        return 2
    try:
        settings = load_settings(read_environment(os.environ), console=mode == "console")
    except SettingsError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    if mode == "console":
        from bot.console import run_console

        return run_console(settings)
    return serve(settings)


def serve(settings) -> int:
    from bot.app import ALLOWED_UPDATES, build_application
    from bot.logs import configure_logging

    configure_logging(settings.log_level, [settings.bot_token, settings.id_hash_key])
    app = build_application(settings)
    app.run_polling(allowed_updates=ALLOWED_UPDATES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
