"""What keeps the layout readable and installable: no module under bot/ (the emulator aside) over
450 lines (issue 9), and every file the bot reads at run time is in the package data, so an
install that is not editable ships it too (the stigma lists once were not)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MOST_LINES = 450


def tracked(folder: str) -> list[Path]:
    """The source files under a package (no caches)."""
    return [
        path
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    ]


def test_no_module_under_bot_is_longer_than_450_lines():
    too_long = [
        f"{path.relative_to(ROOT)}: {lines}"
        for path in tracked("bot")
        if path.suffix == ".py" and "emulator" not in path.parts
        for lines in [len(path.read_text(encoding="utf-8").splitlines())]
        if lines > MOST_LINES
    ]
    assert too_long == []


def test_every_data_file_of_the_packages_is_in_the_package_data():
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = setup["tool"]["setuptools"]["package-data"]
    missing = []
    for package in ("bot", "storage"):
        for path in tracked(package):
            if path.suffix in (".py", ".md"):
                continue
            inside = path.relative_to(ROOT / package).as_posix()
            if not any(fnmatch.fnmatch(inside, p) for p in patterns.get(package, [])):
                missing.append(f"{package}/{inside}")
    assert missing == []
