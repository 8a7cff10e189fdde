"""`python -m bot` serves Telegram by long polling, `python -m bot webhook` by a webhook behind a
reverse proxy; `python -m bot console` runs offline."""

from __future__ import annotations

import os
import sys

from bot.settings import Settings, SettingsError, load_settings, read_environment

USAGE = "usage: python -m bot [run|webhook|console]"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    mode = args[0] if args else "run"
    if mode not in {"run", "webhook", "console"} or len(args) > 1:
        print(USAGE, file=sys.stderr)
        return 2
    try:
        settings = load_settings(
            read_environment(os.environ), console=mode == "console", webhook=mode == "webhook"
        )
    except SettingsError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    if mode == "console":
        from bot.console import run_console

        return run_console(settings)
    return serve(settings)


def serve(settings: Settings) -> int:
    import asyncio

    from bot.app import ALLOWED_UPDATES, build_application
    from bot.logs import configure_logging

    secrets = [s for s in (settings.bot_token, settings.id_hash_key) if s is not None]
    if settings.webhook is not None:
        secrets.append(settings.webhook.secret)
    configure_logging(settings.log_level, secrets)
    app = build_application(settings, freeze_after_start=True)
    if settings.webhook is None:
        app.run_polling(allowed_updates=ALLOWED_UPDATES)
    else:
        from bot.webhook import serve_until_stopped

        asyncio.run(serve_until_stopped(app, settings.webhook))
    return 0


if __name__ == "__main__":
    sys.exit(main())
