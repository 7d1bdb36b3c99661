"""A batch is decided as each of its comments alone would be: the scorer's batch, the
pipeline's, the service's `score_many` that `moderation score` and `eval` use."""

from __future__ import annotations

import json
from pathlib import Path

from rejoinder.composition import Services
from rejoinder.domain.model import Author, Site
from rejoinder.domain.normalize import normalize
from rejoinder.domain.policy import ModerationPolicy
from rejoinder.moderation.abuse import AbuseScorer, ToAssess
from rejoinder.moderation.base import Submission
from rejoinder.moderation.checks import AbuseCheck
from rejoinder.moderation.pipeline import RulePipeline, default_checks
from rejoinder.services.moderation import _NO_THREAD, DEFAULT_SITE, NoHistory, Sample

DATA = Path(__file__).parent / "data"
SCORER = AbuseScorer.load()


def _judged_lines() -> list[dict[str, str]]:
    """Lines of the judged sets, replies with their parents among them."""
    lines = [
        json.loads(line)
        for path in sorted(DATA.glob("*.jsonl"))[:40]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(lines) > 500 and any(line.get("parent") for line in lines)
    return lines


def test_a_batch_is_assessed_as_each_comment_alone() -> None:
    policy = ModerationPolicy()
    # (some under an article whose title names a person, as a thread's would)
    titles = ("", "Library closures: Councillor Helen Marsh defends the cuts", "")
    comments = [
        ToAssess(normalize(line["text"]), normalize(line.get("parent", "")).text, titles[n % 3])
        for n, line in enumerate(_judged_lines())
    ]
    alone = [SCORER.assess_for(c.normalized, policy, c.replying_to, c.title) for c in comments]
    assert SCORER.assess_many(comments, policy) == alone
    assert any(a.scores["hold"] >= 0.85 for a in alone)  # abuse among them, evidence too
    assert any(a.evidence.get("news_abuse") for a in alone)


def _submission(text: str, site: Site = DEFAULT_SITE, honeypot: str = "") -> Submission:
    return Submission(
        site,
        _NO_THREAD,
        text,
        Author("reader"),
        "unknown",
        html=text,
        honeypot=honeypot,
        normalized=normalize(text),
    )


async def test_the_pipeline_decides_a_batch_as_one_by_one_and_keeps_nothing_after() -> None:
    checks = default_checks(SCORER)
    pipeline = RulePipeline(checks)
    [abuse] = [check for check in checks if isinstance(check, AbuseCheck)]
    strict = Site(
        id=1, slug="strict", name="Strict", origins=(), policy=ModerationPolicy(duplicate_limit=1)
    )
    submissions = [
        _submission("The mayor should resign over this."),
        _submission("Shut up you idiot, nobody asked you"),
        _submission("Great article", honeypot="http://cheap.example"),  # spam before abuse
        _submission("These people are vermin", site=strict),  # another site's policy
    ]
    batch = await pipeline.decide_many(submissions, NoHistory())
    alone = [await pipeline.decide(s, NoHistory()) for s in submissions]
    assert batch == alone
    assert [d.verdict.value for d in batch] == ["publish", "hold", "spam", "hold"]
    assert abuse._ahead == {}  # the honeypot's assessment, never asked for, is forgotten


async def test_an_assessment_is_only_for_its_own_submission() -> None:
    abuse = AbuseCheck(SCORER)
    kind, cruel = _submission("Lovely photos"), _submission("Shut up you idiot")
    abuse.score_ahead([kind])
    # an equal submission is not the one scored ahead: it is scored itself
    findings = await abuse(cruel, NoHistory())
    assert any(f.reason == "abuse.insult" for f in findings)
    assert id(kind) in abuse._ahead
    abuse.forget([kind])
    assert abuse._ahead == {}


async def test_the_service_scores_a_batch_as_each_sample_alone(services: Services) -> None:
    site = await services.moderation.site_for(None)
    samples = [
        Sample(1, "The mayor should resign. This policy is a disgrace!"),
        Sample(2, "   "),  # refused before the pipeline: its place in the batch kept
        Sample(3, "shut up you ch.u.t.i.y.a", "troll"),
        Sample(4, "> Dalits should know their place\n\nNo.", "", "Dalits should know their place"),
    ]
    batch = await services.moderation.score_many(site, samples)
    assert batch == [await services.moderation.score(site, s) for s in samples]
    assert [d.verdict.value for d in batch] == ["publish", "reject", "hold", "publish"]
