"""Schema-driven fuzzing: requests generated from our own OpenAPI description, valid and
invalid, must never get a 5xx."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from rejoinder.app import create_app
from rejoinder.composition import build_services
from rejoinder.settings import Settings
from tests.conftest import ORIGIN, SECRET


async def _seed(config: Settings) -> None:
    services = build_services(config)
    try:
        await services.sites.add("news", [ORIGIN])
    finally:
        await services.close()


@pytest.fixture
def api_schema(tmp_path: Path, sqlite_template: Path) -> schemathesis.BaseSchema:
    shutil.copy(sqlite_template, tmp_path / "fuzz.sqlite3")
    config = Settings(
        database_url=f"sqlite:///{tmp_path / 'fuzz.sqlite3'}", secret_key=SECRET, rate_limits="off"
    )
    asyncio.run(_seed(config))
    return schemathesis.openapi.from_asgi("/api/openapi.json", create_app(config))


def test_no_server_error_for_any_generated_request(api_schema: schemathesis.BaseSchema) -> None:
    checked = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def no_server_error(case: schemathesis.Case) -> None:
            case.call_and_validate(checks=[not_a_server_error], headers={"Origin": ORIGIN})

        no_server_error()
        checked.append(operation.label)
    assert len(checked) >= 10, checked  # every public operation was exercised
