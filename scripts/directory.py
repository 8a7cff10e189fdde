"""Operator commands for the service directory: import areas and services from CSV or Open
Referral HSDS 3.0 JSON, export them.

    python scripts/directory.py import-areas FILE
    python scripts/directory.py import FILE [--skip-bad-rows] [--region KE] [--state published|proposed]
    python scripts/directory.py export FILE
    python scripts/directory.py export FILE.json [--everyone]

Settings come from the environment and `.env`, as for the bot (no token needed), and the database
at DATABASE_PATH is migrated first. An import checks every row before it writes anything and prints
each problem as "row N, FIELD: message"; if any row is bad nothing is imported, unless
--skip-bad-rows, which imports the good rows. Export writes every published service, in the format
import reads, to a file only the operator's user can read. The format is described in bot/directory/csv_files.py (cells in csv_cells.py);
bot/directory/sample/ has an example. A FILE ending in .json is HSDS 3.0 (bot/directory/hsds.py):
an export holds public services only unless --everyone adds the peers-only and leads-only ones;
an import is checked cell by cell like a CSV.

Exit status: 0 done, 1 problems in the file, 2 usage, settings or a file that cannot be read.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path

import phonenumbers

from bot.directory.core import State
from bot.directory.csv_files import (
    parse_areas,
    parse_services,
    save_areas,
    save_services,
    write_services,
)
from bot.directory.hsds import hsds_page, parse_hsds
from bot.i18n import Translator
from bot.runtime import Runtime
from bot.settings import Settings, SettingsError, load_settings, read_environment
from storage import Database
from storage.files import write_private

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class UnreadableFileError(Exception):
    """The file is missing or not text; reported on one line, with exit status 2."""


def say(text: str) -> None:
    print(text, flush=True)


def complain(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def count(number: int, thing: str) -> str:
    return f"{number} {thing}" if number == 1 else f"{number} {thing}s"


def region(text: str) -> str:
    code = text.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a two-letter country code like KE or TZ")
    return code


def command_line() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python scripts/directory.py",
        description="Import and export the service directory as CSV.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    areas = commands.add_parser(
        "import-areas", help="add or update areas from a CSV (code,name,latitude,longitude)"
    )
    areas.add_argument("file", type=Path, metavar="FILE")
    services = commands.add_parser("import", help="add services from a CSV")
    services.add_argument("file", type=Path, metavar="FILE")
    services.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows even if some rows have problems (they are listed)",
    )
    services.add_argument(
        "--region",
        type=region,
        help="country for phone numbers written without +, e.g. KE or TZ",
    )
    services.add_argument(
        "--state",
        choices=[State.PUBLISHED.value, State.PROPOSED.value],
        default=State.PUBLISHED.value,
        help="published (default) or proposed, to be vetted by a lead in the bot",
    )
    export = commands.add_parser(
        "export",
        help="write every published service to a CSV, or to HSDS JSON if FILE ends in .json",
    )
    export.add_argument("file", metavar="FILE", help="where to write; - for standard output (CSV)")
    export.add_argument(
        "--everyone",
        action="store_true",
        help="HSDS only: include peers-only and leads-only services (public ones only by default)",
    )
    return parser


def read_csv(path: Path) -> str:
    try:
        # utf-8-sig drops the byte-order mark spreadsheets put at the start of "CSV UTF-8".
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFileError(
            f"{path} is not UTF-8 text: save it from the spreadsheet as 'CSV UTF-8'."
        ) from None
    except OSError as error:
        raise UnreadableFileError(f"cannot read {path}: {error.strerror or error}.") from None


async def import_areas(runtime: Runtime, text: str) -> int:
    areas, problems = parse_areas(text)
    for problem in problems:
        complain(str(problem))
    if problems:
        complain(f"Nothing imported: the file has {count(len(problems), 'problem')}.")
        return EXIT_PROBLEMS
    saved = await save_areas(runtime.database, areas)
    say(f"Imported {count(saved, 'area')} (new ones added, existing codes updated).")
    return EXIT_OK


async def import_services(
    runtime: Runtime, text: str, *, skip_bad_rows: bool, region: str | None, state: State
) -> int:
    directory = runtime.directory
    areas = {area.code: area.id for area in await directory.areas()}
    if text.lstrip().startswith(("{", "[")):
        try:
            parsed = parse_hsds(json.loads(text), areas, region, directory.today())
        except json.JSONDecodeError as error:
            complain(f"The file is not valid JSON: {error}.")
            return EXIT_PROBLEMS
    else:
        parsed = parse_services(text, areas, region, directory.today())
    for problem in parsed.problems:
        complain(str(problem))
    if not parsed.header_ok:
        complain("Nothing imported: fix the columns in row 1 first.")
        return EXIT_PROBLEMS
    if parsed.problems and not skip_bad_rows:
        complain(
            f"Nothing imported: {parsed.bad_rows} of {count(parsed.rows, 'row')} have problems. "
            "Fix them, or import the others with --skip-bad-rows."
        )
        return EXIT_PROBLEMS
    ids = await save_services(directory, parsed.records, state=state)
    say(
        f"Imported {count(len(ids), 'service')} as {state.value}; "
        f"skipped {count(parsed.bad_rows, 'row')} with problems."
    )
    return EXIT_OK


async def export_services(runtime: Runtime, target: str, *, everyone: bool = False) -> int:
    directory = runtime.directory
    services = await directory.published()
    published = [(s.record, s.last_checked_on) for s in services]
    left_out = await directory.count_unpublished()
    area_codes = {area.id: area.code for area in await directory.areas()}
    if target.lower().endswith(".json"):
        settings = runtime.settings
        page = hsds_page(
            services,
            area_codes,
            zone=str(settings.timezone),
            country=settings.phone_region or "",
            everyone=everyone,
        )
        exported, text = page["total_items"], json.dumps(page, ensure_ascii=False, indent=1)
        left_out += len(services) - exported
    else:
        exported, text = len(published), write_services(published, area_codes)
    if target == "-":
        sys.stdout.write(text)
    else:
        try:
            # Only the operator's user may read it, whatever the umask (DESIGN rule 10).
            await asyncio.to_thread(write_private, Path(target), text.encode("utf-8"))
        except OSError as error:
            raise UnreadableFileError(
                f"cannot write {target}: {error.strerror or error}."
            ) from None
        say(
            f"Exported {count(exported, 'published service')} to {target}"
            + (f"; {left_out} in other states were left out." if left_out else ".")
        )
    return EXIT_OK


async def run(arguments: argparse.Namespace, settings: Settings, text: str) -> int:
    async with await Database.open(settings.database_path) as database:
        runtime = Runtime(settings, Translator.load(extra_folder=settings.content_dir))
        runtime.attach_database(database)
        if arguments.command == "import-areas":
            return await import_areas(runtime, text)
        if arguments.command == "import":
            return await import_services(
                runtime,
                text,
                skip_bad_rows=arguments.skip_bad_rows,
                region=arguments.region,
                state=State(arguments.state),
            )
        return await export_services(runtime, arguments.file, everyone=arguments.everyone)


def main(argv: list[str] | None = None) -> int:
    # Names and messages may hold any script; a console that cannot show a character gets an escape.
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(errors="backslashreplace")
    arguments = command_line().parse_args(argv)  # exits with status 2 on a usage mistake
    try:
        settings = load_settings(read_environment(os.environ), console=True)
    except SettingsError as error:
        for problem in error.problems:
            complain(problem)
        return EXIT_USAGE
    try:
        # Read first, so a mistyped file name does not create an empty database.
        text = read_csv(arguments.file) if arguments.command != "export" else ""
        return asyncio.run(run(arguments, settings, text))
    except UnreadableFileError as error:
        complain(str(error))
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
