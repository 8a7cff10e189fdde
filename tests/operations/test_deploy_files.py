"""Deploy files (issue 13.5) start the command the README gives and read the settings the bot
reads; every setting the bot reads is documented in .env.example and in the README."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def settings_the_bot_reads() -> set[str]:
    code = read("bot/settings.py")
    return set(re.findall(r'value\.get\("([A-Z_]+)"', code)) | set(
        re.findall(r'\("([A-Z_]+)", \d+', code)
    )


def documented_in_env_example() -> set[str]:
    return set(re.findall(r"^([A-Z_]+)=", read(".env.example"), flags=re.M))


def test_every_setting_the_bot_reads_is_documented():
    reads = settings_the_bot_reads()
    assert {"BOT_TOKEN", "ID_HASH_KEY", "WEBHOOK_SECRET", "SUPPRESSION_K"} <= reads
    missing = reads - documented_in_env_example()
    assert not missing, f".env.example does not document {sorted(missing)}"
    readme = read("README.md")
    assert not [name for name in reads if f"`{name}`" not in readme]


def test_the_container_runs_the_readme_command_as_a_user_without_privileges():
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    assert 'CMD ["python", "-m", "bot"]' in dockerfile
    assert "python -m bot" in read("README.md")
    user = re.search(r"^USER (\S+)", dockerfile, flags=re.M)
    assert user is not None and user.group(1) not in ("root", "0")
    assert 'VOLUME ["/data"]' in dockerfile and "DATABASE_PATH=/data/" in dockerfile


def test_compose_serves_the_webhook_behind_a_proxy_with_the_same_settings():
    compose = (DEPLOY / "compose.yaml").read_text(encoding="utf-8")
    assert 'command: ["python", "-m", "bot", "webhook"]' in compose
    assert "python -m bot webhook" in read("README.md")
    named = set(re.findall(r"^\s+([A-Z_]+):", compose, flags=re.M))
    assert named and named <= documented_in_env_example()
    assert "no-new-privileges:true" in compose and "/healthz" in compose


def test_the_systemd_unit_is_hardened_and_starts_the_bot():
    unit = (DEPLOY / "outreach-bot.service").read_text(encoding="utf-8")
    start = re.search(r"^ExecStart=(.+)$", unit, flags=re.M)
    assert start is not None and start.group(1).endswith("python -m bot")
    for line in ("NoNewPrivileges=true", "ProtectSystem=strict", "PrivateTmp=true",
                 "ReadWritePaths=/var/lib/outreach-bot", "UMask=0077"):  # fmt: skip
        assert line in unit
    named = set(re.findall(r"Environment=([A-Z_]+)=", unit))
    assert named <= documented_in_env_example()


def test_the_replication_config_names_only_documented_settings():
    config = (DEPLOY / "litestream.yml").read_text(encoding="utf-8")
    assert "${DATABASE_PATH}" in config
    assert "in clear" in config  # says what the replica holds
