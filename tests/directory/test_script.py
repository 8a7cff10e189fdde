"""The operator's directory command, run as they run it: a separate process on a real database."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from bot.directory.sample import SAMPLE_DIR
from storage.directory import SERVICE_COLUMNS

# Runs whole programs in a subprocess: slow, so not in the fast loop.
pytestmark = pytest.mark.e2e

SCRIPT = Path(__file__).parents[2] / "scripts" / "directory.py"
# Settings the bot reads; the operator's own environment must not leak into these runs.
BOT_SETTINGS = (
    "BOT_TOKEN",
    "ID_HASH_KEY",
    "DATABASE_PATH",
    "BOT_API_BASE_URL",
    "BOT_API_BASE_FILE_URL",
    "ADMIN_TELEGRAM_IDS",
    "DEFAULT_LOCALE",
    "TIMEZONE",
    "CONTENT_DIR",
    "INVITE_VALID_DAYS",
    "LOG_LEVEL",
    "RECHECK_DAYS",
    "STALE_DAYS",
    "HIDE_DAYS",
)
GOOD_ROWS = (
    "Harbour clinic,health;hiv-sti,+255 700 000 011,harbour,Mo-Fr 08:00-16:00\n"
    "Crisis line,emergency,0800 000 011,,24/7\n"
)
BAD_ROWS = (
    "Bad phone,health,+255 12,harbour,\nBad category,helth,,,\nBad hours,health,,,Mo-Fr 9-5\n"
)
HEADER = "name,categories,phone,area,hours\n"


def run(database: Path, *arguments: str | Path) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in BOT_SETTINGS}
    # This checkout's code, whichever checkout the tests run from.
    environment.update(
        DATABASE_PATH=str(database), PYTHONIOENCODING="utf-8", PYTHONPATH=str(SCRIPT.parents[1])
    )
    database.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, arguments)],
        cwd=database.parent,  # so no .env of the developer's is read
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def query(database: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(sql).fetchall()


def load_sample(database: Path) -> None:
    assert run(database, "import-areas", SAMPLE_DIR / "areas.csv").returncode == 0
    result = run(database, "import", SAMPLE_DIR / "services.csv", "--region", "TZ")
    assert result.returncode == 0, result.stderr


def test_operator_imports_the_sample_areas_then_its_services(tmp_path):
    database = tmp_path / "data" / "outreach.db"

    areas = run(database, "import-areas", SAMPLE_DIR / "areas.csv")
    services = run(database, "import", SAMPLE_DIR / "services.csv", "--region", "TZ")

    assert areas.returncode == 0, areas.stderr
    assert "Imported 6 areas" in areas.stdout
    assert services.returncode == 0, services.stderr
    assert "Imported 30 services as published; skipped 0 rows" in services.stdout
    assert query(database, "SELECT state, count(*) FROM services GROUP BY state") == [
        ("published", 30)
    ]
    assert query(database, "SELECT count(*) FROM service_search") == [(30,)]


def test_a_file_with_bad_rows_imports_nothing_and_lists_every_problem(tmp_path):
    database = tmp_path / "outreach.db"
    run(database, "import-areas", SAMPLE_DIR / "areas.csv")
    services = tmp_path / "services.csv"
    services.write_text(HEADER + GOOD_ROWS + BAD_ROWS, encoding="utf-8")

    result = run(database, "import", services, "--region", "TZ")

    assert result.returncode == 1
    assert "row 4, phone: " in result.stderr
    assert "row 5, categories: unknown category 'helth'" in result.stderr
    assert "row 6, hours: " in result.stderr
    assert "Nothing imported: 3 of 5 rows have problems" in result.stderr
    assert query(database, "SELECT count(*) FROM services") == [(0,)]


def test_skip_bad_rows_imports_the_good_ones_and_reports_the_rest(tmp_path):
    database = tmp_path / "outreach.db"
    run(database, "import-areas", SAMPLE_DIR / "areas.csv")
    services = tmp_path / "services.csv"
    services.write_text(HEADER + BAD_ROWS + GOOD_ROWS, encoding="utf-8")

    result = run(database, "import", services, "--region", "TZ", "--skip-bad-rows")

    assert result.returncode == 0, result.stderr
    assert "row 2, phone: " in result.stderr
    assert "Imported 2 services as published; skipped 3 rows with problems." in result.stdout
    assert query(database, "SELECT name, phone FROM services ORDER BY id") == [
        ("Harbour clinic", "+255700000011"),
        ("Crisis line", "+255800000011"),
    ]


def test_proposed_imports_wait_for_vetting(tmp_path):
    database = tmp_path / "outreach.db"
    run(database, "import-areas", SAMPLE_DIR / "areas.csv")
    services = tmp_path / "services.csv"
    services.write_text(HEADER + GOOD_ROWS, encoding="utf-8")

    result = run(database, "import", services, "--region", "TZ", "--state", "proposed")

    assert result.returncode == 0, result.stderr
    assert query(database, "SELECT DISTINCT state FROM services") == [("proposed",)]
    assert query(database, "SELECT count(*) FROM service_search") == [(0,)]


def test_a_wrong_column_imports_nothing_even_when_skipping_bad_rows(tmp_path):
    database = tmp_path / "outreach.db"
    services = tmp_path / "services.csv"
    services.write_text("name,categories,phnoe\nClinic,health,+255 700 000 011\n", "utf-8")

    result = run(database, "import", services, "--skip-bad-rows")

    assert result.returncode == 1
    assert "row 1, phnoe: unknown column" in result.stderr
    assert query(database, "SELECT count(*) FROM services") == [(0,)]


def test_export_then_import_into_a_fresh_database_gives_the_same_services(tmp_path):
    first, second = tmp_path / "first" / "outreach.db", tmp_path / "second" / "outreach.db"
    load_sample(first)
    exported = tmp_path / "exported.csv"

    assert run(first, "export", exported).returncode == 0
    assert run(second, "import-areas", SAMPLE_DIR / "areas.csv").returncode == 0
    again = run(second, "import", exported)  # numbers are exported with +, no region needed
    assert again.returncode == 0, again.stderr
    assert run(second, "export", tmp_path / "again.csv").returncode == 0

    assert exported.read_text("utf-8") == (tmp_path / "again.csv").read_text("utf-8")
    columns = ", ".join(f"s.{column}" for column in SERVICE_COLUMNS)
    everything = (
        f"SELECT {columns}, s.state, s.last_checked_on, o.name, o.sex_worker_led, a.code,"
        " (SELECT group_concat(category) FROM service_categories WHERE service_id = s.id),"
        " (SELECT group_concat(starts_on || ends_on) FROM closures WHERE service_id = s.id)"
        " FROM services AS s LEFT JOIN organisations AS o ON o.id = s.organisation_id"
        " LEFT JOIN areas AS a ON a.id = s.area_id ORDER BY s.id"
    )
    assert query(first, everything) == query(second, everything)
    # The same search words, though categories may come back from the database in another order.
    words = "SELECT rowid, words FROM service_search ORDER BY rowid"
    assert [(i, sorted(w.split())) for i, w in query(first, words)] == [
        (i, sorted(w.split())) for i, w in query(second, words)
    ]


def test_hsds_export_holds_public_services_and_imports_into_a_fresh_database(tmp_path):
    first, second = tmp_path / "first" / "outreach.db", tmp_path / "second" / "outreach.db"
    load_sample(first)
    public, everyone = tmp_path / "public.json", tmp_path / "everyone.json"

    exported = run(first, "export", public)
    assert run(first, "export", everyone, "--everyone").returncode == 0
    assert run(second, "import-areas", SAMPLE_DIR / "areas.csv").returncode == 0
    again = run(second, "import", everyone)

    assert exported.returncode == 0, exported.stderr
    shown = query(first, "SELECT count(*) FROM services WHERE visibility = 'public'")[0][0]
    assert f"Exported {shown} published services" in exported.stdout
    assert f"{30 - shown} in other states were left out" in exported.stdout
    assert len(json.loads(public.read_text("utf-8"))["contents"]) == shown < 30
    assert stat.S_IMODE(public.stat().st_mode) == 0o600
    assert again.returncode == 0, again.stderr
    assert "Imported 30 services as published" in again.stdout
    assert run(second, "export", tmp_path / "again.json", "--everyone").returncode == 0
    # The same ids in both databases, so the same stable UUIDs: a partner updates, not duplicates.
    assert everyone.read_text("utf-8") == (tmp_path / "again.json").read_text("utf-8")
    same = "SELECT name, phone, hours, visibility, last_checked_on FROM services ORDER BY id"
    assert query(first, same) == query(second, same)


def test_the_export_is_readable_by_the_operator_only_whatever_the_umask(tmp_path):
    database = tmp_path / "data" / "outreach.db"
    load_sample(database)
    exported = tmp_path / "exports" / "services.csv"
    exported.parent.mkdir()
    exported.write_text("an older export")
    exported.chmod(0o644)  # an older export, readable by everyone on the server
    fresh = tmp_path / "new folder" / "services.csv"
    previous = os.umask(0o022)
    try:
        assert run(database, "export", exported).returncode == 0
        assert run(database, "export", fresh).returncode == 0
    finally:
        os.umask(previous)
    for path in (exported, fresh):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert path.read_text("utf-8").startswith("name,")
    assert stat.S_IMODE(fresh.parent.stat().st_mode) == 0o700  # a folder it made: private too


def test_usage_mistakes_exit_with_status_2_and_create_no_database(tmp_path):
    database = tmp_path / "outreach.db"

    assert run(database).returncode == 2
    assert run(database, "import", tmp_path / "missing.csv").returncode == 2
    assert run(database, "import", tmp_path / "x.csv", "--region", "Narnia").returncode == 2
    assert run(database, "import", tmp_path / "x.csv", "--state", "archived").returncode == 2
    assert not database.exists()
