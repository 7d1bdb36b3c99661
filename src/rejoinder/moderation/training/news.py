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


def fit_news_head(
    model: LexicalModel,
    examples: Sequence[Example],
    seed: int,
    semantic: tuple[SemanticWords, np.ndarray] | None = None,
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
