"""The rules' patterns read ahead: what each cannot match without (`domain.literals`), from
a table made by `scripts/literal_needs.py`, so that the first comments after a process
starts do not pay for reading them (1.6 s in all, 25–50 ms a comment at first)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from rejoinder.domain.literals import needs_for

TABLE = "literal_needs.json"


@cache
def learn_literal_needs() -> None:
    """Give the process's needs cache the shipped table (once; a pattern it lacks, edited
    since the table was made, is read at its first use as before)."""
    text = resources.files("rejoinder.moderation").joinpath(TABLE).read_text(encoding="utf-8")
    needs_for.learn(json.loads(text))
