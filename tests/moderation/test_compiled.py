"""The modules setup.py compiles with mypyc: built from the source as it is now, and
deciding exactly as that source does when it runs as Python.

A compiled module is imported in place of its source, so one left over from an older
source would run rules nobody can read; and mypyc enforces the type hints as it runs, so
a hint that lies would fail (or differ) only in the compiled build.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SRC = ROOT / "src"
BUILT_FROM = SRC / "rejoinder" / "compiled-from.json"
SAMPLES = [ROOT / "tests" / "moderation" / name for name in ("data", "rounds", "unseen")]

# Scores every judgment line and a few made-up ones (obfuscated, long, empty) the way
# `moderation score` does, printing the assessments and which file each module ran from.
SCORING = r"""
import json, sys
from pathlib import Path
from rejoinder.domain.normalize import normalize
from rejoinder.domain.policy import ModerationPolicy
from rejoinder.moderation import abuse, categories
texts = [
    json.loads(line)["text"]
    for folder in sys.argv[1:]
    for path in sorted(Path(folder).glob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
]
texts += ["", "   ", "f u c k   y0u", "ch00tiya", "Ｉ ｈａｔｅ ｙｏｕ", "🐒🐒", "a" * 10_000,
          "Muslims pray five times a day. " * 300, "> quoted\n\nreply", "k!ll all of them"]
scorer = abuse.AbuseScorer.load()
found = scorer.assess_many([abuse.ToAssess(normalize(t)) for t in texts], ModerationPolicy())
one = [scorer.assess_for(normalize(t), ModerationPolicy()) for t in texts[::25]]
print(json.dumps({
    "files": [abuse.__file__, categories.__file__],
    "many": [[a.scores, a.evidence] for a in found],
    "one": [[a.scores, a.evidence] for a in one],
}))
"""


@pytest.fixture
def built_from() -> dict[str, str]:
    """The compiled modules' sources and their hashes when compiled (skips, or fails where
    CI requires them, when the build was pure Python)."""
    if BUILT_FROM.exists():
        hashes: dict[str, str] = json.loads(BUILT_FROM.read_text())
        return hashes
    reason = "built without compiled modules (REJOINDER_PURE_PYTHON=1)"
    if os.environ.get("REJOINDER_REQUIRE_COMPILED") == "1":
        pytest.fail(f"{reason}, where REJOINDER_REQUIRE_COMPILED=1 asks for them")
    pytest.skip(reason)


def _module_name(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def test_each_compiled_module_is_built_from_its_source_as_it_is_now(
    built_from: dict[str, str],
) -> None:
    stale = [
        path
        for path, digest in built_from.items()
        if hashlib.sha256((SRC / path).read_bytes()).hexdigest() != digest
    ]
    assert not stale, f"changed since compiled: {stale}: run `make` (or pip install -e .)"
    for path in built_from:
        module = importlib.import_module(_module_name(path))
        assert module.__file__ is not None and module.__file__.endswith(".so"), path


def test_setup_compiles_the_modules_it_names() -> None:
    """setup.py's list, read as text (running it would build): each a module that exists."""
    setup = (ROOT / "setup.py").read_text()
    listed = [line.strip().strip('",') for line in setup.splitlines() if '.py",' in line]
    assert listed, "setup.py lists no module to compile"
    for path in listed:
        assert (SRC / path).is_file(), path


def _scored(tree: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    run = subprocess.run(
        [sys.executable, "-c", SCORING, *map(str, SAMPLES)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    scored: dict[str, object] = json.loads(run.stdout)
    return scored


def test_the_source_run_as_python_decides_as_the_compiled_modules_do(
    built_from: dict[str, str], tmp_path: Path
) -> None:
    pure = tmp_path / "pure"
    shutil.copytree(
        SRC / "rejoinder",
        pure / "rejoinder",
        ignore=shutil.ignore_patterns("*.so", "__pycache__", "compiled-from.json"),
    )
    compiled, python = _scored(SRC), _scored(pure)
    files = compiled.pop("files"), python.pop("files")
    assert all(str(f).endswith(".so") for f in files[0]), files[0]
    assert all(str(f).endswith(".py") and str(f).startswith(str(pure)) for f in files[1]), files
    assert compiled["many"] == python["many"]
    assert compiled["one"] == python["one"]


def test_no_module_binds_a_final_name_twice() -> None:
    # A constant marked Final and bound again further down a module replaces the first for
    # every function reading it (the fiftieth session's `_IS` of the sexual insults took
    # the place of the one "'katua' is a slur" was read with): mypy does not say so.
    import ast

    for path in sorted((SRC / "rejoinder").rglob("*.py")):
        bound: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and "Final" in ast.unparse(node.annotation)
            ):
                name = node.target.id
                assert name not in bound, (
                    f"{path.name}: {name} bound on lines {bound[name]} and {node.lineno}"
                )
                bound[name] = node.lineno
