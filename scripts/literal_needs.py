"""Make the table of the rules' patterns read ahead (src/rejoinder/moderation/literal_needs.json),
or check that it is current.

What a pattern cannot match without (`rejoinder.domain.literals`) is read from its parsed
source; read at each pattern's first use, some 2,500 patterns cost 1.6 s of the first
comments after a process starts. The table holds every pattern of the rules, found by
walking what the rejoinder modules hold after the judgment sets are scored (so that the
patterns built at first use are there too), each with its reading, by a digest of its
source. Run it after editing a rule's pattern:

    make literal-needs                                 # writes the table
    .venv/bin/python scripts/literal_needs.py --check  # exit 1 unless it is current

`--check` (run by tests/moderation/test_literal_needs.py) also asks that scoring the
judgment sets with the table read no pattern at its first use.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rejoinder.domain.literals import key_of, needs_for, readings_of, table_entry
from rejoinder.domain.normalize import normalize
from rejoinder.domain.policy import ModerationPolicy
from rejoinder.moderation.abuse import AbuseScorer, ToAssess

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src" / "rejoinder" / "moderation" / "literal_needs.json"
JUDGED = ROOT / "tests" / "moderation" / "data"


def judged_texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in sorted(JUDGED.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def rejoinder_patterns() -> Iterator[re.Pattern[str]]:
    """Every compiled pattern the rejoinder modules hold: in their globals, in the caches
    and instances those hold, in rejoinder's functions and classes (not past other
    packages' modules, classes or objects)."""
    seen: set[int] = set()
    stack: list[Any] = [
        vars(module) for name, module in sorted(sys.modules.items()) if name.startswith("rejoinder")
    ]
    while stack:
        thing = stack.pop()
        if id(thing) in seen:
            continue
        seen.add(id(thing))
        if isinstance(thing, re.Pattern):
            yield thing
        elif _followed(thing):
            stack.extend(gc.get_referents(thing))


def _followed(thing: Any) -> bool:
    if isinstance(thing, dict) and type(thing) is not dict:
        # a cache filled as texts arrive (normalisation's folds, the words'), holding a
        # pattern of what it has seen, not a rule's
        return False
    if isinstance(thing, dict | list | tuple | set | frozenset | types.CellType):
        return True
    if isinstance(thing, type | types.FunctionType):
        return str(thing.__module__ or "").startswith("rejoinder")
    if isinstance(thing, str | bytes | int | float | types.ModuleType):
        return False
    # instances of rejoinder's classes, and functools' caches around rejoinder's functions
    return type(thing).__module__.startswith(("rejoinder", "functools"))


def table() -> dict[str, list[Any]]:
    entries = {
        key_of(pattern): table_entry(readings_of(pattern)) for pattern in rejoinder_patterns()
    }
    return dict(sorted(entries.items()))


def dumped(entries: dict[str, list[Any]]) -> str:
    # (one pattern a line: a rule edited changes a line or two of the diff)
    lines = [
        f"{json.dumps(key)}:{json.dumps(entry, separators=(',', ':'))}"
        for key, entry in entries.items()
    ]
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 unless the table is current")
    args = parser.parse_args()
    scorer = AbuseScorer.load()  # (learns the table as it stands)
    read_before = needs_for.parsed
    scorer.assess_many([ToAssess(normalize(text)) for text in judged_texts()], ModerationPolicy())
    read_at_first_use = needs_for.parsed - read_before
    text = dumped(table())
    if not args.check:
        TABLE.write_text(text, encoding="utf-8")
        print(f"{TABLE.relative_to(ROOT)}: {text.count(chr(10)) - 2} patterns")
        return 0
    if TABLE.read_text(encoding="utf-8") != text:
        print(f"{TABLE.relative_to(ROOT)} is not current: run `make literal-needs`")
        return 1
    if read_at_first_use:
        print(f"scoring the judgment sets read {read_at_first_use} patterns the table lacks")
        return 1
    print(f"{TABLE.relative_to(ROOT)} is current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
