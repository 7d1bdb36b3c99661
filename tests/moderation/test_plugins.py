"""Operators add their own checks by name; a wrong name stops start-up with a clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pydantic
import pytest

from rejoinder.composition import build_services
from rejoinder.moderation.plugins import PluginError, load_checks
from rejoinder.services.moderation import Sample
from rejoinder.settings import Settings
from tests.test_cli import SECRET, rejoinder

CASINO = "tests.moderation.example_checks:CasinoCheck"


async def test_an_added_check_runs_in_the_pipeline(tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'p.sqlite3'}",
        secret_key=SECRET,
        moderation_checks=[CASINO],
    )
    services = build_services(settings)
    try:
        site = await services.moderation.site_for(None)
        spam = await services.moderation.score(site, Sample(1, "Best CASINO bonus here", ""))
        fine = await services.moderation.score(site, Sample(2, "The bridge reopens Monday", ""))
    finally:
        await services.close()
    assert (spam.verdict.value, spam.reasons) == ("spam", ("example.casino",))
    assert fine.verdict.value == "publish"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("no-colon", "expected 'package.module:Name'"),
        ("rejoinder_nowhere:Check", "cannot import rejoinder_nowhere"),
        ("json:NoSuchThing", "json has no callable NoSuchThing"),
    ],
)
def test_settings_refuse_a_check_that_cannot_be_found(spec: str, message: str) -> None:
    with pytest.raises(pydantic.ValidationError, match=message):
        Settings(moderation_checks=[spec])


def test_a_factory_must_build_a_check() -> None:
    with pytest.raises(PluginError, match="is not a Check"):
        load_checks(["tests.moderation.example_checks:not_a_check"])


def test_the_cli_uses_added_checks(tmp_path: Path) -> None:
    samples = tmp_path / "s.jsonl"
    samples.write_text('{"id": 1, "text": "casino night!"}\n')
    env = {
        "REJOINDER_DATABASE_URL": f"sqlite:///{tmp_path / 'c.sqlite3'}",
        "REJOINDER_SECRET_KEY": SECRET,
        "REJOINDER_MODERATION_CHECKS": json.dumps([CASINO]),
    }
    result = rejoinder("moderation", "score", str(samples), env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["reasons"] == ["example.casino"]
    env["REJOINDER_MODERATION_CHECKS"] = json.dumps(["nowhere:Check"])
    broken = rejoinder("moderation", "score", str(samples), env=env)
    assert broken.returncode != 0 and "cannot import nowhere" in broken.stderr
    assert "Traceback" not in broken.stderr
