"""The abuse scorer: category scores and an overall hold score, each with its evidence.

Two sources, combined per category. The word-and-structure matcher (`categories`) knows what
news-site abuse looks like — slurs, threats, generalisations about protected groups, insults
aimed at another reader, sexual advances — and is precise. The learned model (`classifier`)
generalises from the training sets to wordings no list foresaw and supplies the `toxicity`
score. `hold` ranks comments for review and evaluation (see HOLDING below); whether a comment
is held is the site policy's call, per category.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final, NamedTuple

from rejoinder.domain.model import Span
from rejoinder.domain.normalize import Normalized, join_cut_words
from rejoinder.domain.policy import CATEGORIES, DEFAULT_HOLD_AT, ModerationPolicy
from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.categories import (
    IDENTITY_ATTACK,
    INSULT,
    SEXUAL_HARASSMENT,
    THREAT,
    Analysis,
    analyse,
    without_quotes_of,
)
from rejoinder.moderation.classifier import LexicalModel
from rejoinder.moderation.literal_needs import learn_literal_needs
from rejoinder.moderation.people import NamedPeople, people_around
from rejoinder.moderation.referents import peoples_word
from rejoinder.moderation.titled import peoples_in

TOXICITY: Final = "toxicity"
NEWS_ABUSE: Final = "news_abuse"
GROUP_ABUSE: Final = "group_abuse"
HOLD: Final = "hold"
NEVER: Final = 2.0  # above any score
# What ranks a comment for holding. Profanity is reported but does not: heated is allowed.
# The learned score counts at 0.8 of its value, so what the words and structures confirm
# (0.85 and up when aimed at someone) ranks above what only the tweet-trained model suspects.
HOLDING: Final = (IDENTITY_ATTACK, INSULT, THREAT, SEXUAL_HARASSMENT)
LEARNED_WEIGHT_IN_HOLD: Final = 0.8
# The learned model, trained on tweets, mistakes strong words about a policy or a politician
# ("what a stupid policy", "fucking trains") for abuse. Abuse has someone on the receiving end:
# when a comment speaks to no reader and of no protected group, its learned score is damped
# (so it ranks below the comments that do) — the word and structure scores apply in full.
# The damping fades out as the comment's share of Hindi words grows: the Hindi head learnt
# from comments on Indian news pages, not tweets, and the rules know fewer Hindi ways of
# addressing someone. Chosen by 3-fold cross-validation on TRAC-1 Hindi *train* (out-of-fold
# hold ROC AUC: 0.891 damped throughout, 0.893 faded, 0.896 undamped; English is unchanged).
UNADDRESSED_DAMPING: Final = 0.8
# The news head (moderation/news.py) learnt from labelled news comments what a news site
# holds, but ranks the public sets near chance (they call every swear word abuse): in `hold`
# it counts only from 0.75, so it moves the public sets' ranking little (ROC AUC -0.0044 on
# OLID, the most). The default policy holds on it from 0.7 (DEFAULT_HOLD_AT), where it
# holds more of the abuse in news comments that nobody's rules have read yet; counted in
# `hold` from there too it would rank tweets worse (OLID 0.8300 where 0.8344), so a comment
# it holds between the two ranks by its other scores: `hold` ranks, the policy's
# thresholds decide.
NEWS_IN_HOLD_FROM: Final = 0.75
# `group_abuse`: the news head's score of a comment that names a protected group, where the
# learned model agrees at least this much (0 otherwise). Most abuse the rules miss is said of
# a group in words no list foresaw ("Dalits sold their votes for a bottle of daru, as
# always"), and most of the head's misreadings below 0.8 name no group ("Nobody asked you, go
# away"): so it holds from 0.6 (DEFAULT_HOLD_AT). Chosen on judgment sets the head had not
# seen (scripts/news_head_holdout.py): 36 abusive lines and 3 others of the 451 and 1,984 the
# rules of the day and the head at 0.8 missed; without the agreement 44 and 7.
GROUP_AGREEMENT: Final = 0.4
GROUP_IN_HOLD_FROM: Final = DEFAULT_HOLD_AT[GROUP_ABUSE] or NEVER
# The news head reads words, not their negation: it scored "Muslim log aatankwadi nahi hote"
# 0.98 and "Gay people are not paedophiles" 0.94. A comment that names groups only to reject
# what is said of them (a stereotype denied, "<group> are not <attack word>", "<group>
# <attack word> nahi hote", nothing taken back in the sentence; or named as a claim, a lie,
# what others say: categories.Analysis.rejects_what_is_said) gets no news-head score; the
# rules still read it. Over every judgment set and public text this released three older
# judgment lines, all counter-speech ("Trans people are not delusional, they know who they
# are", "Oh sure, because every Muslim is a terrorist, right? Grow up.", "sab kashmiri
# aatankwadi nahi hote, ye baat samjho"), and one training tweet (Davidson's, sarcasm the
# rules do not read); no abusive judgment line lost its hold and no public evaluation
# figure moved.
DEFAULT_MODEL: Final = Path(__file__).parent / "model" / "lexical.npz"


@dataclass(frozen=True, slots=True)
class Assessment:
    scores: dict[str, float]  # every category and "hold", 0..1
    evidence: dict[str, tuple[Span, ...]] = field(default_factory=dict)  # original-text spans


class ToAssess(NamedTuple):
    """A comment as the scorer reads it: its normalised text, the normalised text of the
    comment it replies to ("" for none) and the title of the article it is under."""

    normalized: Normalized
    replying_to: str = ""
    title: str = ""


class AbuseScorer:
    def __init__(self, model: LexicalModel | None) -> None:
        self.model = model
        learn_literal_needs()
        # the words a hyphen may stand between as words ("brain-dead"; none without a model)
        self.known_words: frozenset[str] = model.words if model is not None else frozenset()

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL) -> AbuseScorer:
        return cls(_load_model(path))

    def assess(
        self,
        normalized: Normalized,
        explain_from: float = 0.0,
        replying_to: str = "",
        explain_news_from: float = 0.0,
        explain_group_from: float = 0.0,
    ) -> Assessment:
        """Scores and evidence; the learned model's evidence only from `explain_from` up,
        the news head's from `explain_news_from` (from `explain_group_from` where the
        comment names a protected group). `replying_to`: the normalised text of the comment
        replied to, whose lines quoted in this one are not this writer's words."""
        ruled = self._by_the_rules(normalized, replying_to)
        return self._with_the_model(ruled, explain_from, explain_news_from, explain_group_from)

    def assess_for(
        self,
        normalized: Normalized,
        policy: ModerationPolicy,
        replying_to: str = "",
        title: str = "",
    ) -> Assessment:
        """As a POST under `policy` needs it: each learned score's evidence only from the
        lowest threshold the policy sets on it (never, when it sets none). `title`: the
        article's, whose people the comment may name by surname (as may the comment replied
        to), whose people it may call animals without naming them (referents.py), and of
        whose peoples it may say the old tropes without naming them (titled.py)."""
        people = people_around(policy.people, title, replying_to)
        theirs = peoples_word(title)
        ruled = self._by_the_rules(normalized, replying_to, people, theirs, peoples_in(title))
        return self._with_the_model(ruled, *_explained_from(policy))

    def assess_many(
        self, comments: Sequence[ToAssess], policy: ModerationPolicy
    ) -> list[Assessment]:
        """`assess_for` of each comment, the rules run over all of them first and the
        learned model after: each part's tables stay in the processor's caches while it runs
        (the two taken in turn for each comment ran about a fifth slower, measured on the
        evaluation sets)."""
        explained_from = _explained_from(policy)
        ruled = [
            self._by_the_rules(
                normalized,
                replied,
                people_around(policy.people, title, replied),
                peoples_word(title),
                peoples_in(title),
            )
            for normalized, replied, title in comments
        ]
        return [self._with_the_model(one, *explained_from) for one in ruled]

    def _by_the_rules(
        self,
        normalized: Normalized,
        replying_to: str,
        people: NamedPeople | None = None,
        theirs: str = "",
        title_peoples: frozenset[str] = frozenset(),
    ) -> _Ruled:
        scores = dict.fromkeys(CATEGORIES, 0.0)
        evidence: dict[str, list[Span]] = {}
        # The lines quoting the comment replied to are its writer's words: neither the rules
        # nor the learned scores read them ("> Dalits should know their place\n\nTheir place
        # is wherever they want to be" is judged on its second line).
        normalized = own_words(normalized, replying_to)
        # Read where a word is cut to hide it ("what a cu.nt", "chu-tiya"); the learned scores
        # read the same letters (the model trained on them as written: a handful differ).
        normalized = join_cut_words(normalized, lx.CUT_WORDS_JOINED, self.known_words)
        analysis = analyse(normalized.text, people, theirs, title_peoples)
        for hit in analysis.hits:
            scores[hit.category] = max(scores[hit.category], hit.score)
            span = (*normalized.span(hit.start, hit.end), hit.reason)
            evidence.setdefault(hit.category, []).append(span)
        return _Ruled(normalized, analysis, scores, evidence)

    def _with_the_model(
        self,
        ruled: _Ruled,
        explain_from: float,
        explain_news_from: float,
        explain_group_from: float,
    ) -> Assessment:
        normalized, analysis, scores, evidence = ruled
        if self.model is not None:
            # Evidence from the undamped bound: the damping needs the Hindi share, which
            # scoring finds.
            if analysis.rejects_what_is_said:
                explain_news_from = NEVER  # (the head's score is not used: below)
            elif analysis.names_group:
                explain_news_from = min(explain_news_from, explain_group_from)
            learned = self.model.score_normalized(normalized, explain_from, explain_news_from)
            damping = 1.0 if analysis.addressed else _damping(learned.hindi_share)
            scores[TOXICITY] = learned.probability * damping
            evidence[TOXICITY] = _as_reasons(TOXICITY, learned.evidence)
            if learned.news is not None and not analysis.rejects_what_is_said:
                scores[NEWS_ABUSE] = learned.news
                evidence[NEWS_ABUSE] = _as_reasons(NEWS_ABUSE, learned.news_evidence)
                if analysis.names_group and learned.probability >= GROUP_AGREEMENT:
                    scores[GROUP_ABUSE] = learned.news
                    evidence[GROUP_ABUSE] = _as_reasons(GROUP_ABUSE, learned.news_evidence)
        # (most categories score nothing: 0.0 needs no rounding)
        scores = {name: round(value, 4) if value else 0.0 for name, value in scores.items()}
        weighted = LEARNED_WEIGHT_IN_HOLD * scores[TOXICITY]
        news = scores[NEWS_ABUSE] if scores[NEWS_ABUSE] >= NEWS_IN_HOLD_FROM else 0.0
        group = scores[GROUP_ABUSE] if scores[GROUP_ABUSE] >= GROUP_IN_HOLD_FROM else 0.0
        scores[HOLD] = round(max(weighted, news, group, *(scores[name] for name in HOLDING)), 4)
        return Assessment(scores, {name: tuple(spans) for name, spans in evidence.items()})


class _Ruled(NamedTuple):
    """A comment as the rules left it: its own words, their analysis, scores and evidence
    (the learned scores to come)."""

    normalized: Normalized
    analysis: Analysis
    scores: dict[str, float]
    evidence: dict[str, list[Span]]


def _explained_from(policy: ModerationPolicy) -> tuple[float, float, float]:
    """Where the learned scores' evidence starts under `policy`: the toxicity, news and
    group thresholds (the lowest it sets on each)."""
    return (
        _lowest_threshold(policy, TOXICITY),
        _lowest_threshold(policy, NEWS_ABUSE),
        _lowest_threshold(policy, GROUP_ABUSE),
    )


def _as_reasons(category: str, features: tuple[tuple[int, int, str], ...]) -> list[Span]:
    """A learned score's evidence (spans and the features found there) as reason codes of
    `category`: 'toxicity.w:idiot'."""
    return [(start, end, f"{category}.{feature}") for start, end, feature in features]


def _lowest_threshold(policy: ModerationPolicy, category: str) -> float:
    thresholds = (policy.hold_at.get(category), policy.reject_at.get(category))
    return min((t for t in thresholds if t is not None), default=NEVER)


def own_words(normalized: Normalized, replying_to: str) -> Normalized:
    """`normalized` with its lines that quote `replying_to` blanked (every offset stays)."""
    if not replying_to or ">" not in normalized.text:
        return normalized
    return Normalized(without_quotes_of(normalized.text, replying_to), normalized.origin)


def _damping(hindi_share: float) -> float:
    return 1.0 - (1.0 - UNADDRESSED_DAMPING) * (1.0 - hindi_share)


class UnreadableModel(ValueError):
    """A model file that is missing, not a model, or trained on other features."""


@lru_cache(maxsize=2)
def _load_model(path: Path) -> LexicalModel:
    # Read-only after loading: one copy per process, however many services are built.
    return read_model(path)


def read_model(path: Path) -> LexicalModel:
    """The model in the file at `path`, a copy of its own (training changes it), or
    UnreadableModel with the reason."""
    try:
        return LexicalModel.load(path)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise UnreadableModel(
            f"{path}: not a model `rejoinder moderation train` made: {exc}"
        ) from exc
