"""Check a deployment's content pack before people read it.

    python scripts/check_content.py CONTENT_DIR [--region TZ]
    python scripts/check_content.py CONTENT_DIR --record LANG

Prints each problem as "FILE:LINE: message": files that do not parse, missing languages, unknown
message ids (typos), messages that fail to render or do not fit one Telegram message, phone
numbers that are not valid (for --region, when a number is written without its country code),
stigmatising words (with the words to say instead), incomplete lessons and standards cards, and
for a language the pack adds: what compare-locales finds wrong, and what is stale (its English
changed since it was translated). Lines marked "note:" (messages not translated yet, shown in
English) do not fail the check.

--record LANG marks LANG's translations as made from today's English (after translating or
reviewing them): a later change to the English is then reported as stale.

Exit status: 0 the pack is OK, 1 problems found, 2 usage or a folder that cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import phonenumbers

from bot.common.content_check import check_content_pack
from bot.common.translations import record_translation
from bot.i18n import LOCALES_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check a content pack (CONTENT_DIR).")
    parser.add_argument("content_dir", type=Path, help="the pack's folder, with en/, fr/, …")
    parser.add_argument("--region", help="two-letter country code for phone numbers, e.g. TZ")
    parser.add_argument(
        "--record", metavar="LANG", help="record LANG as translated from today's English"
    )
    arguments = parser.parse_args(argv)
    region = arguments.region.upper() if arguments.region else None
    if region is not None and region not in phonenumbers.SUPPORTED_REGIONS:
        print(f"--region {arguments.region!r} is not a known country code", file=sys.stderr)
        return 2
    if not arguments.content_dir.is_dir():
        print(f"{arguments.content_dir} is not a folder", file=sys.stderr)
        return 2
    if arguments.record:
        if not (arguments.content_dir / arguments.record).is_dir():
            print(f"no folder {arguments.record}/ in {arguments.content_dir}", file=sys.stderr)
            return 2
        count = record_translation(LOCALES_DIR, arguments.content_dir, arguments.record)
        print(f"recorded {count} {arguments.record} messages as translated from today's English")
        return 0
    problems = check_content_pack(arguments.content_dir, LOCALES_DIR, region)
    for problem in problems:
        print(problem)
    failing = [problem for problem in problems if not problem.note]
    if failing:
        print(f"{len(failing)} problem(s) found", file=sys.stderr)
        return 1
    print("content pack OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
