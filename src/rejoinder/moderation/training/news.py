"""Training the news head (see moderation/news.py) on the labelled news-site comments."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rejoinder.moderation.classifier import LexicalModel
from rejoinder.moderation.news import NewsHead
from rejoinder.moderation.semantic import SemanticWords
from rejoinder.moderation.training.datasets import LABELLED, Example
from rejoinder.moderation.training.heads import fit_head

# Chosen on judgment sets the head had not seen (trained on sets 1-110, scored on 111-144;
# on 1-144, scored on 145-170): the ROC AUC on the comments the rules missed is flat from
# C = 2 to 8 (0.933-0.935, 0.945-0.947); at the held threshold (0.8, before the five-word
# floor of news.py, which costs 3 of them) C = 4 held 65 of 203 and 22 of 127 of those
# abusive comments and 3 of 1,453 others, C = 8 held 83 and 36 abusive but 9 others and
# twice the share of TRAC-1's comments labelled not aggressive.
C = 4.0
# Real comments from news pages that are not abuse (TRAC-1 English's comments labelled not
# aggressive) join the labelled comments as negatives, each weighing REAL_NEGATIVES_WEIGHT of
# a labelled comment. The labelled comments were written for the judgment sets, and the head
# alone learnt some of their everyday words as signs of abuse: it held "You will always be
# in our hearts we love you Amma" (0.91) and "Come and see for yourself" (0.92). Measured
# (model card, "Real comments as negatives"): with news_abuse held from 0.75, on judgment
# sets it had not seen it holds as much as the head without them from 0.8 (187 abusive lines
# and 40 others the rules missed, where it held 184 and 37), and of TRAC-1 English's dev
# comments labelled not aggressive 7 where it held 13. TRAC-1 Hindi's were tried as
# negatives too and left out: they taught it that the Hindi of abuse is everyday Hindi, and
# it stopped holding "pakistan naam ka desh hi nhi chahiye ....maar dalo mulloo ko".
REAL_NEGATIVES = ("trac_en_train",)
REAL_NEGATIVES_WEIGHT = 0.2
# Rounds of labelled news comments that teach the news head alone (`moderation train
# --news-rounds`; the shipped model: tests/moderation/rounds). Fitted with them the head reads a
# later round's abuse better at first sight (more of it held for no more false holds) and
# the public sets' hate worse: seven refits with the rounds, each judged on rounds written
# after it, took ETHOS and TRAC-1 Hindi under their targets
# (tests/moderation/rounds/README.md). So the head is a blend: ROUNDS_SHARE of a head fitted
# with the rounds, the rest of the head fitted without them. Measured on the forty-fifth
# session's rounds, which neither had seen (a head fitted on rounds 12-329, the public sets
# scored with one fitted on rounds 12-369): 0.3 held 93 of their 182 abusive lines at first
# sight, the head without the rounds 88 and the head with them alone 108 (6, 6 and 10 of
# their 489 others); ETHOS 0.8016, 0.8019 and 0.7931; TRAC-1 Hindi 0.9223, 0.9232 and
# 0.9201; ToxiGen's hate sentences held 178, 171 and 179 of 342. At 0.4 ETHOS fell to
# 0.7995, at 0.5 to 0.7978: 0.3 is the largest share tried that keeps every public figure at
# its target, which makes ETHOS, an evaluation set, part of the choice.
ROUNDS_SHARE = 0.3


def fit_news_head(
    model: LexicalModel,
    examples: Sequence[Example],
    seed: int,
    semantic: tuple[SemanticWords, np.ndarray] | None = None,
    rounds: Sequence[Example] = (),
) -> NewsHead:
    """The head of the labelled comments among `examples`; with `rounds` (labelled comments
    that teach the head alone), blended with a head fitted on both (ROUNDS_SHARE of it)."""
    head = _fit(model, examples, seed, semantic)
    if not rounds:
        return head
    taught = [*examples, *(Example(e.text, e.label, LABELLED) for e in rounds)]
    return blended(head, _fit(model, taught, seed, semantic), ROUNDS_SHARE)


def blended(head: NewsHead, other: NewsHead, share: float) -> NewsHead:
    """`share` of `other` and the rest of `head`: their logits mixed, one linear head still."""

    def mix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return (1.0 - share) * a + share * b

    words = None
    if head.word_weight is not None and other.word_weight is not None:
        words = mix(head.word_weight, other.word_weight)
    intercept = (1.0 - share) * head.intercept + share * other.intercept
    return NewsHead(mix(head.coef, other.coef), intercept, words)


def _fit(
    model: LexicalModel,
    examples: Sequence[Example],
    seed: int,
    semantic: tuple[SemanticWords, np.ndarray] | None,
) -> NewsHead:
    """A logistic regression on the labelled comments (and the public sets' real comments
    that are not abuse, at REAL_NEGATIVES_WEIGHT), over the pooled model's
    features (its vocabulary and idf) and, given the semantic words and their MiniLM
    vectors, over each comment's IDF-weighted mean word vector beside them (folded into one
    number per word, as the semantic part is)."""
    labelled = [e for e in examples if e.source == LABELLED]
    negatives = [e for e in examples if e.source in REAL_NEGATIVES and e.label == 0]
    taught = labelled + negatives
    weights = np.array([1.0] * len(labelled) + [REAL_NEGATIVES_WEIGHT] * len(negatives))
    if semantic is None:
        coef, intercept, _ = fit_head(model, taught, C, seed, weights=weights)
        return NewsHead(coef, intercept)
    from rejoinder.moderation.training.semantic import mean_vectors, words_of_examples

    words, vectors = semantic
    dense = mean_vectors(words_of_examples(taught), words.index, words.idf, vectors)
    coef, intercept, dense_coef = fit_head(model, taught, C, seed, dense, weights)
    return NewsHead(coef, intercept, vectors @ dense_coef)
