"""The layering of DESIGN.md, enforced: domain is pure; web/cli never touch storage.sql."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "rejoinder"

# package -> prefixes its modules must not import
FORBIDDEN = {
    "domain": [
        "rejoinder.services",
        "rejoinder.storage",
        "rejoinder.web",
        "rejoinder.moderation",
        "rejoinder.realtime",
        "rejoinder.notify",
        "rejoinder.app",
        "rejoinder.cli",
        "rejoinder.composition",
        "rejoinder.settings",
        "sqlalchemy",
        "fastapi",
        "starlette",
    ],
    "services": [
        "rejoinder.web",
        "rejoinder.storage.sql",
        "rejoinder.app",
        "rejoinder.cli",
        "rejoinder.composition",
        "sqlalchemy",
        "fastapi",
        "starlette",
    ],
    "moderation": [
        "rejoinder.web",
        "rejoinder.storage.sql",
        "rejoinder.services",
        "sqlalchemy",
        "fastapi",
        "starlette",
    ],
    "storage/base.py": [
        "rejoinder.storage.sql",
        "rejoinder.services",
        "rejoinder.web",
        "sqlalchemy",
    ],
    "realtime": ["rejoinder.web", "rejoinder.storage", "rejoinder.services", "sqlalchemy"],
    "web": ["rejoinder.storage.sql", "sqlalchemy"],
    "cli.py": ["rejoinder.storage", "sqlalchemy"],
    "cli_moderation.py": ["rejoinder.storage", "sqlalchemy"],
    "cli_users.py": ["rejoinder.storage", "sqlalchemy"],
    "app.py": ["rejoinder.storage", "sqlalchemy"],
}
SQLALCHEMY_HOME = "storage/sql"


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _modules(part: str) -> list[Path]:
    target = SRC / part
    return [target] if target.is_file() else sorted(target.rglob("*.py"))


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_layer_does_not_import_upwards(part: str) -> None:
    offenders = [
        f"{path.relative_to(SRC)} imports {name}"
        for path in _modules(part)
        for name in _imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[part])
    ]
    assert offenders == []


def test_only_storage_sql_imports_sqlalchemy() -> None:
    allowed = {SRC / "composition.py"}  # the composition root builds the engine via storage.sql
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if SQLALCHEMY_HOME not in str(path.relative_to(SRC))
        and path not in allowed
        and any(
            n == "sqlalchemy" or n.startswith("sqlalchemy.") or n == "alembic"
            for n in _imports(path)
        )
    ]
    assert offenders == []


def test_no_module_binds_a_name_twice() -> None:
    """A module-level name bound a second time silently replaces the first for every
    function that reads it (categories.py had two `_BECAUSE` sets, so the English one was
    never read). Extending a name with itself (`SLURS = SLURS | CODED_SLURS`) is allowed."""
    rebound = []
    for path in sorted(SRC.rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names, value = [node.target.id], node.value
            else:
                continue
            for name in names:
                extends = value is not None and any(
                    isinstance(n, ast.Name) and n.id == name for n in ast.walk(value)
                )
                if name in seen and not extends:
                    rebound.append(
                        f"{path.relative_to(SRC)}:{node.lineno} {name} (first {seen[name]})"
                    )
                seen[name] = node.lineno
    assert rebound == []
