"""Ordered checks -> one verdict, with every reason and span that led to it."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from rejoinder.domain.model import Decision, Verdict
from rejoinder.moderation.abuse import AbuseScorer
from rejoinder.moderation.base import (
    Check,
    Finding,
    ModerationContext,
    ScoresAhead,
    Submission,
)
from rejoinder.moderation.checks import (
    AbuseCheck,
    BanCheck,
    DuplicateCheck,
    HoneypotCheck,
    LinkCheck,
    PremoderationCheck,
    WordRuleCheck,
)

log = logging.getLogger(__name__)
SEVERITY = {Verdict.PUBLISH: 0, Verdict.HOLD: 1, Verdict.SPAM: 2, Verdict.REJECT: 3}


def default_checks(scorer: AbuseScorer | None = None, extra: Sequence[Check] = ()) -> list[Check]:
    """Cheapest first; the operator's own checks (`extra`) after the built-in ones and before
    premoderation, which trusted authors skip (never the abuse checks)."""
    scorer = scorer or AbuseScorer.load()
    return [
        HoneypotCheck(),
        BanCheck(),
        DuplicateCheck(),
        LinkCheck(),
        WordRuleCheck(scorer.known_words),
        AbuseCheck(scorer),
        *extra,
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

    async def decide_many(
        self, submissions: Sequence[Submission], context: ModerationContext
    ) -> list[Decision]:
        """`decide` for each submission, in order; the checks that score a batch ahead
        (ScoresAhead) given all of them first."""
        ahead = [check for check in self.checks if isinstance(check, ScoresAhead)]
        for check in ahead:
            check.score_ahead(submissions)
        try:
            return [await self.decide(submission, context) for submission in submissions]
        finally:
            for check in ahead:
                check.forget(submissions)


def combine(findings: Sequence[Finding]) -> Decision:
    """The most severe verdict wins; reasons of every hold, spam or reject are kept, and the
    spans and scores of all findings (a publishing finding may carry scores only)."""
    if not findings:
        return Decision(Verdict.PUBLISH)
    verdict = max((f.verdict for f in findings), key=SEVERITY.__getitem__)
    reasons = tuple(dict.fromkeys(f.reason for f in findings if f.verdict is not Verdict.PUBLISH))
    spans = tuple(span for f in findings for span in f.spans)
    scores = {k: v for f in findings for k, v in f.scores.items()}
    return Decision(verdict, reasons, scores, spans)
