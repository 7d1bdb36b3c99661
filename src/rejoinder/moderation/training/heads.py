"""Fitting a linear head over the pooled model's features, on a subset of the training set
(the Hindi head on TRAC-1 Hindi, the news head on the labelled news comments)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from rejoinder.moderation.classifier import LexicalModel
from rejoinder.moderation.features import analyze
from rejoinder.moderation.training.datasets import Example


def fit_head(
    model: LexicalModel,
    examples: Sequence[Example],
    c: float,
    seed: int,
    dense: np.ndarray | None = None,
    weights: np.ndarray | None = None,
) -> tuple[np.ndarray, float, np.ndarray]:
    """A logistic regression on `examples` (each weighing 1, or its `weights`) over `model`'s
    vocabulary and idf, and over the `dense` features beside them (one row per example) where
    given: its coefficients on the n-grams, its intercept and its coefficients on the dense
    features (none without)."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    matrix: Any = tfidf_matrix(model, examples)
    if dense is not None:
        matrix = sparse.hstack([matrix, sparse.csr_matrix(dense)]).tocsr()
    head = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=3000)
    head.fit(matrix, [e.label for e in examples], sample_weight=weights)
    coef = head.coef_[0]
    n = len(model.vocabulary)
    return coef[:n], float(head.intercept_[0]), coef[n:]


def tfidf_matrix(model: LexicalModel, examples: Sequence[Example]) -> Any:
    """The examples as the pooled model sees them: sublinear tf * its idf, L2-normalised."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True, vocabulary=model.vocabulary)
    vectorizer.fit(["-"])  # sets up the vocabulary; the idf is the pooled model's
    vectorizer.idf_ = model.idf
    return vectorizer.transform([e.text for e in examples])
