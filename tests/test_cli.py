"""The `rejoinder` command line, run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SECRET = "cli-secret-0123456789-0123456789-0123456789"
COMMANDS = [
    [],
    ["serve"],
    ["demo"],
    ["db"],
    ["db", "upgrade"],
    ["db", "current"],
    ["site"],
    ["site", "add"],
    ["site", "list"],
]


def rejoinder(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "rejoinder", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,
        timeout=60,
    )


@pytest.fixture
def db_env(tmp_path: Path) -> dict[str, str]:
    return {
        "REJOINDER_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "REJOINDER_SECRET_KEY": SECRET,
    }


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "root")
def test_every_command_has_help(command: list[str]) -> None:
    result = rejoinder(*command, "--help")
    assert result.returncode == 0 and "Usage:" in result.stdout


def test_db_upgrade_current_and_sites(db_env: dict[str, str]) -> None:
    behind = rejoinder("db", "current", env=db_env)
    assert behind.returncode == 1 and "empty" in behind.stdout
    assert rejoinder("db", "upgrade", env=db_env).returncode == 0
    current = rejoinder("db", "current", env=db_env)
    assert current.returncode == 0 and "up to date" in current.stdout
    added = rejoinder(
        "site",
        "add",
        "ledger",
        "--origin",
        "https://ledger.example",
        "--origin",
        "https://www.ledger.example",
        "--name",
        "The Ledger",
        "--premoderate",
        "first",
        env=db_env,
    )
    assert added.returncode == 0, added.stderr
    listed = rejoinder("site", "list", env=db_env)
    assert (
        "ledger\tThe Ledger\tfirst\thttps://ledger.example https://www.ledger.example"
        in listed.stdout
    )
    again = rejoinder("site", "add", "ledger", "--origin", "https://ledger.example", env=db_env)
    assert (
        again.returncode != 0 and "site.exists" in again.stderr and "Traceback" not in again.stderr
    )
    bad = rejoinder("site", "add", "Bad Slug!", "--origin", "https://x.example", env=db_env)
    assert bad.returncode != 0 and "site.slug_invalid" in bad.stderr
    bad_origin = rejoinder("site", "add", "x", "--origin", "not a url", env=db_env)
    assert bad_origin.returncode != 0 and "site.origin_invalid" in bad_origin.stderr


def test_config_file_and_environment(tmp_path: Path, db_env: dict[str, str]) -> None:
    config = tmp_path / "rejoinder.toml"
    config.write_text(
        f'database_url = "sqlite:///{tmp_path / "from-file.sqlite3"}"\nrate_limits = "off"\n'
    )
    assert rejoinder("--config", str(config), "db", "upgrade").returncode == 0
    assert (tmp_path / "from-file.sqlite3").exists()
    env_wins = rejoinder("--config", str(config), "db", "upgrade", env=db_env)
    assert env_wins.returncode == 0 and (tmp_path / "cli.sqlite3").exists()
    broken = tmp_path / "broken.toml"
    broken.write_text("rate_limits = 'fast please'\n")
    result = rejoinder("--config", str(broken), "db", "current")
    assert (
        result.returncode != 0
        and "invalid settings" in result.stderr
        and "Traceback" not in result.stderr
    )


def test_serve_refuses_missing_or_demo_secret(db_env: dict[str, str]) -> None:
    for secret in ("", "demo-secret-not-for-production", "short"):
        result = rejoinder("serve", env={**db_env, "REJOINDER_SECRET_KEY": secret})
        assert result.returncode != 0 and "REJOINDER_SECRET_KEY" in result.stderr


def test_serve_refuses_unmigrated_database(db_env: dict[str, str]) -> None:
    result = rejoinder("serve", env=db_env)
    assert result.returncode != 0 and "rejoinder db upgrade" in result.stderr
