"""Training the Hindi head (see moderation/hindi.py) and marking the words that are Hindi."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rejoinder.moderation.classifier import LexicalModel
from rejoinder.moderation.hindi import HindiHead
from rejoinder.moderation.training.datasets import LABELLED, Example
from rejoinder.moderation.training.heads import fit_head
from rejoinder.moderation.training.semantic import words_of_examples

HINDI_SOURCES = ("trac_hi_train",)
C = 4.0  # chosen on TRAC-1 Hindi *train* by 5-fold cross-validation (see the model card)


def hindi_words(examples: Sequence[Example], docs: Sequence[Sequence[str]]) -> frozenset[str]:
    """Words the Hindi training set uses clearly more than the English ones. Labelled
    comments count for neither: they mix both languages in one set."""
    hindi, english = Counter[str](), Counter[str]()
    for example, doc in zip(examples, docs, strict=True):
        if example.source != LABELLED:
            (hindi if example.source in HINDI_SOURCES else english).update(set(doc))
    return frozenset(w for w, n in hindi.items() if n > 2 * english[w] + 1)


def fit_hindi_head(model: LexicalModel, examples: Sequence[Example], seed: int) -> HindiHead:
    """A logistic regression on the Hindi training set over the pooled model's features."""
    hindi = [e for e in examples if e.source in HINDI_SOURCES]
    coef, intercept, _ = fit_head(model, hindi, C, seed)
    return HindiHead(hindi_words(examples, words_of_examples(examples)), coef, intercept)
