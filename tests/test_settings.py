"""Settings: documented, validated, and layered file < environment < arguments."""

from __future__ import annotations

from pathlib import Path

import pytest

from rejoinder.settings import DEMO_SECRET, InsecureSettings, Settings, load_settings

GUIDE = Path(__file__).parents[1] / "docs" / "operator-guide.md"


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_documented(name: str) -> None:
    assert f"`{name}`" in GUIDE.read_text(), f"document {name} in docs/operator-guide.md"


def test_file_then_environment_then_arguments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "r.toml"
    config.write_text('port = 9001\nhost = "0.0.0.0"\n')
    assert load_settings(config).port == 9001
    monkeypatch.setenv("REJOINDER_PORT", "9002")
    assert load_settings(config).port == 9002 and load_settings(config).host == "0.0.0.0"
    assert load_settings(config, port=9003).port == 9003


def test_invalid_settings_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="rate limit"):
        Settings(rate_limits="lots")
    config = tmp_path / "r.toml"
    config.write_text("no_such_setting = 1\n")
    with pytest.raises(ValueError):
        load_settings(config)


@pytest.mark.parametrize("secret", ["", DEMO_SECRET, "short"])
def test_insecure_secrets_are_refused(secret: str) -> None:
    with pytest.raises(InsecureSettings):
        Settings(secret_key=secret).check_secure()
    Settings(secret_key="x" * 40).check_secure()
