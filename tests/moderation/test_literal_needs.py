"""The shipped table of the rules' patterns read ahead is current: every pattern the rules
hold is in it with the reading its source gives now, and scoring the judgment sets reads
no pattern at its first use (scripts/literal_needs.py, in a process of its own so that the
patterns are those a fresh process holds)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rejoinder.domain.literals import needs_for
from rejoinder.moderation.abuse import AbuseScorer

SCRIPT = Path(__file__).parents[2] / "scripts" / "literal_needs.py"


def test_the_shipped_table_is_current() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "is current" in done.stdout


def test_a_scorer_gives_the_process_the_table() -> None:
    AbuseScorer(None)
    assert len(needs_for._known) > 2000
