"""Checks an operator might add through `moderation_checks` (used by test_plugins.py)."""

from __future__ import annotations

from rejoinder.domain.model import Verdict
from rejoinder.moderation.base import Finding, ModerationContext, Submission


class CasinoCheck:
    """A site's own rule: casino advertising is spam (a hosted service would look the same)."""

    name = "example.casino"

    async def __call__(self, submission: Submission, context: ModerationContext) -> list[Finding]:
        if "casino" in submission.text.lower():
            return [Finding(Verdict.SPAM, "example.casino")]
        return []


def not_a_check() -> object:
    return 42
