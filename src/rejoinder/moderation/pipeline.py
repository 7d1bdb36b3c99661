"""Ordered checks -> one verdict, with every reason and span that led to it."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from rejoinder.domain.model import Decision, Verdict
from rejoinder.moderation.base import Check, Finding, ModerationContext, Submission
from rejoinder.moderation.checks import (
    BanCheck,
    DuplicateCheck,
    HoneypotCheck,
    LinkCheck,
    PremoderationCheck,
    ThreatCheck,
    WordRuleCheck,
)

log = logging.getLogger(__name__)
SEVERITY = {Verdict.PUBLISH: 0, Verdict.HOLD: 1, Verdict.SPAM: 2, Verdict.REJECT: 3}


def default_checks() -> list[Check]:
    """Cheapest first; the classifier will slot in before premoderation."""
    return [
        HoneypotCheck(),
        BanCheck(),
        DuplicateCheck(),
        LinkCheck(),
        WordRuleCheck(),
        ThreatCheck(),
        PremoderationCheck(),
    ]


class RulePipeline:
    def __init__(self, checks: Sequence[Check] | None = None) -> None:
        self.checks = list(checks) if checks is not None else default_checks()

    async def decide(self, submission: Submission, context: ModerationContext) -> Decision:
        findings: list[Finding] = []
        for check in self.checks:
            findings.extend(await check(submission, context))
        return combine(findings)


def combine(findings: Sequence[Finding]) -> Decision:
    """The most severe verdict wins; reasons, spans and scores of all findings are kept."""
    if not findings:
        return Decision(Verdict.PUBLISH)
    verdict = max((f.verdict for f in findings), key=SEVERITY.__getitem__)
    reasons = tuple(dict.fromkeys(f.reason for f in findings))
    spans = tuple(span for f in findings for span in f.spans)
    scores = {k: v for f in findings for k, v in f.scores.items()}
    return Decision(verdict, reasons, scores, spans)
