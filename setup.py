"""The build's one step beyond pyproject.toml: the modules that read every comment, compiled
to C with mypyc (from the same type-checked source), so the moderation rules run about a
quarter faster (docs/benchmarks.md). REJOINDER_PURE_PYTHON=1 builds without them: the
Python source then runs as it is, deciding alike (tests/moderation/test_compiled.py).

`pip install -e .` builds them into src/ beside their source, where they are imported in
its place: `make` rebuilds them when that source changes (`make pure` removes them), and a
test fails while one is older than its source.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from setuptools import setup

# The rules, the words they read and the learned model's features: where a comment's time
# goes (the web, storage and the CLI stay Python; they wait on I/O, not on the processor).
# Not the tables of words and patterns (lexicon.py, cued.py, people.py): data gains nothing
# from compiling (its patterns run in `re`'s engine either way), and mypyc analyses a
# module's top level as one function, in memory that grows faster than its size: with the
# cued patterns in it, `categories` alone took 20 GB of this machine's 24 to compile.
COMPILED = [
    "rejoinder/domain/literals.py",
    "rejoinder/domain/normalize.py",
    "rejoinder/domain/threats.py",
    "rejoinder/moderation/abuse.py",
    "rejoinder/moderation/alternatives.py",
    "rejoinder/moderation/categories.py",
    "rejoinder/moderation/classifier.py",
    "rejoinder/moderation/discrimination.py",
    "rejoinder/moderation/features.py",
    "rejoinder/moderation/incitement.py",
    "rejoinder/moderation/othering.py",
    "rejoinder/moderation/sayings.py",
    "rejoinder/moderation/spellings.py",
    "rejoinder/moderation/transliteration.py",
    "rejoinder/moderation/words.py",
]


# What each compiled module was built from (sha256 of its source), beside them: the test
# that finds a module older than its source reads it.
BUILT_FROM = Path("src", "rejoinder", "compiled-from.json")


def compiled_modules() -> list[object]:
    if os.environ.get("REJOINDER_PURE_PYTHON") == "1":
        # (built in place before: their source would not run while they are there)
        for path in COMPILED:
            for built in Path("src", path).parent.glob(Path(path).stem + ".cpython-*.so"):
                built.unlink()
        for shared in Path("src").glob("rejoinder_compiled__mypyc.cpython-*.so"):
            shared.unlink()
        BUILT_FROM.unlink(missing_ok=True)
        return []
    from mypyc.build import mypycify

    sources = {path: Path("src", path).read_bytes() for path in COMPILED}
    hashes = {path: hashlib.sha256(source).hexdigest() for path, source in sources.items()}
    BUILT_FROM.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n")
    return mypycify(
        # (not pyproject's mypy configuration: its pydantic plugin is not in the build's
        # environment; the types the compiler needs are in the source)
        ["--config-file=", "--ignore-missing-imports", "--python-version=3.11"]
        + [str(Path("src", path)) for path in COMPILED],
        group_name="rejoinder_compiled",
    )


setup(ext_modules=compiled_modules())
