"""Settings: one declared list, read from a TOML file and REJOINDER_* environment variables."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    InitSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

DEMO_SECRET = "demo-secret-not-for-production"  # noqa: S105 - refused outside `rejoinder demo`
MIN_SECRET_CHARS = 32


class InsecureSettings(ValueError):
    """The settings would run a public server unsafely."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REJOINDER_", extra="forbid")

    database_url: str = Field("sqlite:///rejoinder.sqlite3", description="SQLAlchemy-style URL")
    secret_key: SecretStr = Field(SecretStr(""), description="signs voter and unsubscribe tokens")
    host: str = Field("127.0.0.1", description="address `serve` listens on")
    port: int = Field(8000, ge=1, le=65535, description="port `serve` listens on")
    rate_limits: str = Field(
        "5/minute,40/hour", description="posting limits per IP prefix, or 'off' for bulk work"
    )
    author_rate_limits: str = Field(
        "5/minute,40/hour", description="posting limits per author (email, or name and network)"
    )
    thread_rate_limits: str = Field("60/minute", description="posting limits per thread")
    trusted_proxies: list[str] = Field(
        default_factory=list, description="CIDRs whose X-Forwarded-For is believed"
    )
    max_body_bytes: int = Field(64 * 1024, ge=1024, description="largest request body accepted")
    ipv4_prefix: int = Field(24, ge=8, le=32, description="bits of an IPv4 address kept")
    ipv6_prefix: int = Field(48, ge=16, le=128, description="bits of an IPv6 address kept")
    db_pool_size: int = Field(10, ge=1, le=200, description="database connections per process")
    page_cache_entries: int = Field(512, ge=0, description="rendered thread pages kept in memory")
    redis_url: str | None = Field(
        None,
        description="Redis shared by several nodes, for live events and rate limits"
        " (redis://, rediss:// or unix://; default: each node keeps its own, in memory)",
    )
    redis_prefix: str = Field(
        "rejoinder:",
        min_length=1,
        max_length=64,
        description="what this deployment's Redis keys and channels begin with (to share a Redis)",
    )
    moderation_checks: list[str] = Field(
        default_factory=list,
        description="extra moderation checks, as 'package.module:Factory' (see moderation.md)",
    )
    moderation_model: Path | None = Field(
        None,
        description="the learned model to score with, made by `rejoinder moderation train"
        " --out` (default: the shipped one)",
    )
    demo: bool = Field(False, description="serve the sample article at /demo/")
    log_level: str = Field("info", description="debug, info, warning or error")

    @field_validator("rate_limits", "author_rate_limits", "thread_rate_limits")
    @classmethod
    def _known_rate_limits(cls, value: str) -> str:
        from rejoinder.services.ratelimit import parse_limits

        parse_limits(value)  # raises ValueError with a readable message
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("redis_url must start with redis://, rediss:// or unix://")
        return value

    @field_validator("moderation_checks")
    @classmethod
    def _importable_checks(cls, value: list[str]) -> list[str]:
        from rejoinder.moderation.plugins import resolve

        for spec in value:
            resolve(spec)  # raises PluginError (a ValueError) with a readable message
        return value

    @field_validator("moderation_model")
    @classmethod
    def _loadable_model(cls, value: Path | None) -> Path | None:
        from rejoinder.moderation.abuse import AbuseScorer, UnreadableModel

        if value is not None:
            try:
                AbuseScorer.load(value)  # loaded once per process: the services reuse it
            except UnreadableModel as exc:
                raise ValueError(str(exc)) from exc
        return value

    def check_secure(self) -> None:
        """Refuse a missing, short or demo secret: tokens signed with it could be forged."""
        secret = self.secret_key.get_secret_value()
        if not secret or secret == DEMO_SECRET:
            raise InsecureSettings(
                "REJOINDER_SECRET_KEY is not set; generate one with "
                "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
            )
        if len(secret) < MIN_SECRET_CHARS:
            raise InsecureSettings(f"REJOINDER_SECRET_KEY must be {MIN_SECRET_CHARS}+ characters")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        file_values = _TOML_VALUES.get(settings_cls, {})
        # Explicit arguments beat the environment, which beats the config file.
        return (init_settings, env_settings, InitSettingsSource(settings_cls, file_values))


_TOML_VALUES: dict[type[BaseSettings], dict[str, Any]] = {}


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Settings from an optional TOML file, the environment, then explicit overrides."""
    values: dict[str, Any] = {}
    if config_file is not None:
        with config_file.open("rb") as handle:
            values = tomllib.load(handle)
        values = values.get("rejoinder", values)
    _TOML_VALUES[Settings] = values
    try:
        return Settings(**overrides)
    finally:
        _TOML_VALUES.pop(Settings, None)
