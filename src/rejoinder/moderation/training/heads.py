"""Fitting a linear head over the pooled model's features, on a subset of the training set
(the Hindi head on TRAC-1 Hindi, the news head on the labelled news comments)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from rejoinder.moderation.classifier import LexicalModel
from rejoinder.moderation.features import analyze
from rejoinder.moderation.training.datasets import Example


def fit_head(
    model: LexicalModel, examples: Sequence[Example], c: float, seed: int
) -> tuple[np.ndarray, float]:
    """A logistic regression on `examples` over `model`'s vocabulary and idf: its
    coefficients and intercept."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, vocabulary=model.vocabulary)
    vectorizer.fit(["-"])  # sets up the vocabulary; the idf is the pooled model's
    vectorizer.idf_ = model.idf
    matrix = vectorizer.transform([e.text for e in examples])
    head = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=3000)
    head.fit(matrix, [e.label for e in examples])
    return head.coef_[0], float(head.intercept_[0])
