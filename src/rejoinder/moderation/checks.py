"""The built-in checks, cheapest first. Each returns findings with stable reason codes."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache
from itertools import groupby
from urllib.parse import urlsplit

from rejoinder.domain.model import Premoderation, Span, Verdict
from rejoinder.domain.normalize import Normalized, join_cut_words, normalize, word_pattern
from rejoinder.domain.policy import ModerationPolicy
from rejoinder.moderation.abuse import AbuseScorer, Assessment, ToAssess, own_words
from rejoinder.moderation.base import Finding, ModerationContext, Submission

_HREF = re.compile(r'<a href="([^"]*)"')


class HoneypotCheck:
    """A field the widget hides from people: only bots fill it in."""

    name = "honeypot"

    async def __call__(self, submission: Submission, context: ModerationContext) -> list[Finding]:
        if submission.honeypot.strip():
            return [Finding(Verdict.SPAM, "honeypot.filled")]
        return []


class BanCheck:
    """Banned or timed-out authors are refused; shadow-banned ones see only themselves."""

    name = "bans"

    async def __call__(self, submission: Submission, context: ModerationContext) -> list[Finding]:
        email = submission.author.email
        found = await context.bans_for(submission.site.id, email, submission.ip_prefix)
        active = [ban for ban in found if ban.active(submission.now)]
        if not active:
            return []
        if all(ban.shadow for ban in active):
            return [Finding(Verdict.SPAM, "ban.shadow")]
        return [Finding(Verdict.REJECT, f"ban.{ban.kind}") for ban in active if not ban.shadow]


class DuplicateCheck:
    """The same text (after normalisation) posted again and again across the site."""

    name = "duplicate"

    async def __call__(self, submission: Submission, context: ModerationContext) -> list[Finding]:
        policy = submission.site.policy
        if submission.editing is not None or not submission.text_hash:
            return []
        since = submission.now - policy.duplicate_window_seconds
        seen = await context.count_same_text(submission.site.id, submission.text_hash, since)
        if seen >= policy.duplicate_limit:
            return [Finding(Verdict.SPAM, "duplicate.text")]
        return []


class LinkCheck:
    """Blocked domains are spam; many links, or links in a first comment, wait for review."""

    name = "links"

    async def __call__(self, submission: Submission, context: ModerationContext) -> list[Finding]:
        policy = submission.site.policy.links
        hosts = [(urlsplit(href).hostname or "") for href in _HREF.findall(submission.html)]
        if not hosts:
            return []
        blocked = [h for h in hosts if _matches_domain(h, policy.blocked_domains)]
        if blocked:
            return [Finding(Verdict.SPAM, "links.blocked_domain")]
        if len(hosts) > policy.hold_above:
            return [Finding(Verdict.HOLD, "links.too_many")]
        if policy.hold_first_comment_links and not await _known_author(submission, context):
            return [Finding(Verdict.HOLD, "links.first_comment")]
        return []


def _matches_domain(host: str, domains: Sequence[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


async def _known_author(submission: Submission, context: ModerationContext) -> bool:
    author = submission.author
    return await context.has_published_history(
        submission.site.id, author.email, author.name, submission.ip_prefix
    )


@lru_cache(maxsize=256)
def _listed(*word_lists: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(word.strip()).text for words in word_lists for word in words)


@lru_cache(maxsize=256)
def _word_regex(words: tuple[str, ...]) -> re.Pattern[str] | None:
    patterns = sorted({word_pattern(w) for w in words if w.strip()}, key=len, reverse=True)
    if not patterns:
        return None
    listed = r"(?:" + "|".join(patterns) + r")"
    return re.compile(rf"(?<![a-z0-9]){_NOT_EVERYDAY}{listed}(?![a-z0-9]){_NOT_THE_PRACTICE}")


# Everyday words a listed word's stretched letters reach: "pakki naukri" (a permanent job, in
# Hindi) is "paki" with its k doubled (the 584th judgment set). Listed words are matched
# stretched because abuse is ("gaandu", "chutiyaa"); these are the words that are not.
_EVERYDAY = ("pakki",)
_NOT_EVERYDAY = "(?!(?:" + "|".join(_EVERYDAY) + r")(?![a-z0-9]))"
# A listed word naming the practice of calling someone it: "the slut-shaming of widows is as
# old as sati" (the 769th judgment set) speaks of the insult, not with it.
_NOT_THE_PRACTICE = r"(?![ -]?sham(?:ing|ed)(?![a-z0-9]))"


class WordRuleCheck:
    """Per-site word lists, matched after normalisation: block refuses, suspect holds."""

    name = "words"

    def __init__(self, known_words: Collection[str] = ()) -> None:
        # the words a hyphen stands between as words, not cutting a listed one ("rag-head",
        # two words; "chu-tiya", one cut): the abuse scorer's
        self.known_words = known_words

    async def __call__(self, submission: Submission, context: ModerationContext) -> list[Finding]:
        policy = submission.site.policy
        # A reply's lines quoting the comment it answers are that writer's words, as for the
        # abuse scores: "> ab ye gandu hero ...\n\ngaali dena band karo" (the 702nd set)
        text = own_words(
            submission.normalized or normalize(submission.text), _replying_to(submission)
        )
        # a listed word cut to hide it ("pa.ki", "chu_tiya", "chu-tiya") is read joined
        listed = _listed(policy.block_words, policy.suspect_words)
        text = join_cut_words(text, listed, self.known_words)
        name = normalize(submission.author.name).text
        findings = []
        for verdict, reason, words in (
            (Verdict.REJECT, "words.block", policy.block_words),
            (Verdict.HOLD, "words.suspect", policy.suspect_words),
        ):
            regex = _word_regex(tuple(words))
            if regex is None:
                continue
            spans = tuple(
                (*text.span(match.start(), match.end()), reason)
                for match in regex.finditer(text.text)
            )
            if spans or regex.search(name):  # a name can insult too; spans are of the text
                findings.append(Finding(verdict, reason, spans))
        return findings


def _replying_to(submission: Submission) -> str:
    """The normalised text of the comment `submission` replies to ("" for none)."""
    parent = submission.parent
    return normalize(parent.text).text if parent is not None else ""


class AbuseCheck:
    """The abuse scorer against the site's per-category thresholds: hold or reject, with spans.

    Its scores are reported for every comment, held or not, so the decision log and
    `moderation score` show how close a published comment came.
    """

    name = "abuse"

    def __init__(self, scorer: AbuseScorer) -> None:
        self.scorer = scorer
        # Assessments made in a batch (score_ahead), each kept for its submission's turn:
        # by identity, with the submission, so a reused id finds nothing.
        self._ahead: dict[int, tuple[Submission, Assessment]] = {}

    def score_ahead(self, submissions: Sequence[Submission]) -> None:
        """Assess `submissions` in batches of one site's policy (AbuseScorer.assess_many)."""
        for policy, batch in _by_policy(submissions):
            comments = [ToAssess(_normalized(s), _replying_to(s), s.thread.title) for s in batch]
            for submission, assessment in zip(
                batch, self.scorer.assess_many(comments, policy), strict=True
            ):
                self._ahead[id(submission)] = (submission, assessment)

    def forget(self, submissions: Sequence[Submission]) -> None:
        for submission in submissions:
            self._ahead.pop(id(submission), None)

    async def __call__(self, submission: Submission, context: ModerationContext) -> list[Finding]:
        policy = submission.site.policy
        ahead = self._ahead.pop(id(submission), None)
        if ahead is not None and ahead[0] is submission:
            assessment = ahead[1]
        else:
            assessment = self.scorer.assess_for(
                _normalized(submission), policy, _replying_to(submission), submission.thread.title
            )
        findings = []
        unheld: list[Span] = []  # what explains the scores that decided nothing
        for category, score in assessment.scores.items():
            reject, hold = policy.reject_at.get(category), policy.hold_at.get(category)
            verdict = _verdict_at(score, reject, hold)
            spans = assessment.evidence.get(category, ())
            if verdict is not None:
                findings.append(Finding(verdict, f"abuse.{category}", spans))
            else:
                unheld.extend(spans)
        scored = Finding(Verdict.PUBLISH, "abuse.scored", tuple(unheld), assessment.scores)
        return [*findings, scored]


def _normalized(submission: Submission) -> Normalized:
    return submission.normalized or normalize(submission.text)


def _by_policy(
    submissions: Sequence[Submission],
) -> Iterator[tuple[ModerationPolicy, list[Submission]]]:
    """The submissions in runs under one policy (a batch is usually one site's)."""
    for policy, run in groupby(submissions, key=lambda submission: submission.site.policy):
        yield policy, list(run)


def _verdict_at(score: float, reject: float | None, hold: float | None) -> Verdict | None:
    if reject is not None and score >= reject:
        return Verdict.REJECT
    if hold is not None and score >= hold:
        return Verdict.HOLD
    return None


class PremoderationCheck:
    """The site's mode: nothing, a new author's first comment, or everything waits."""

    name = "premoderation"

    async def __call__(self, submission: Submission, context: ModerationContext) -> list[Finding]:
        mode = submission.site.premoderation
        if mode is Premoderation.NONE:
            return []
        author = submission.author
        # Trusted by a moderator: skips premoderation, never the abuse checks before this one.
        if await context.is_trusted(submission.site.id, author.email, submission.ip_prefix):
            return []
        if mode is Premoderation.ALL:
            return [Finding(Verdict.HOLD, "premoderation.all")]
        if mode is Premoderation.FIRST and not await _known_author(submission, context):
            return [Finding(Verdict.HOLD, "premoderation.first_comment")]
        return []
