"""The shipped abuse classifier: a sparse linear model over `features`, loaded without pickle.

The model file is a NumPy .npz read with allow_pickle=False: the vocabulary as UTF-8 JSON bytes,
then idf weights, coefficients and the intercept as float32/float64 arrays. Scoring is
sublinear tf * idf, L2-normalised, dotted with the coefficients — exactly what scikit-learn's
TfidfVectorizer + LogisticRegression computed at training time — and explains itself: the
features that pushed the score up most, with their spans in the original text.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.features import bigram, tokens, word_features

EXPLAIN_TOP = 5
WORD_CACHE_SIZE = 200_000


@dataclass(frozen=True, slots=True)
class Score:
    probability: float
    evidence: tuple[tuple[int, int, str], ...]  # [start, end) in the original text, feature


class LexicalModel:
    def __init__(
        self,
        vocabulary: dict[str, int],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: float,
        metadata: dict[str, object],
    ) -> None:
        self.vocabulary = vocabulary
        self.idf = idf.astype(np.float64)
        self.coef = coef.astype(np.float64)
        self.intercept = intercept
        self.metadata = metadata
        self._cache: dict[str, tuple[int, ...]] = {}
        self._names: list[str] | None = None

    def feature_name(self, index: int) -> str:
        if self._names is None:
            names = [""] * len(self.vocabulary)
            for feature, i in self.vocabulary.items():
                names[i] = feature
            self._names = names
        return self._names[index]

    @classmethod
    def load(cls, path: Path) -> LexicalModel:
        with np.load(path, allow_pickle=False) as data:
            vocabulary = json.loads(bytes(data["vocabulary"]).decode("utf-8"))
            metadata = json.loads(bytes(data["metadata"]).decode("utf-8"))
            return cls(vocabulary, data["idf"], data["coef"], float(data["intercept"]), metadata)

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            vocabulary=np.frombuffer(json.dumps(self.vocabulary).encode(), dtype=np.uint8),
            metadata=np.frombuffer(json.dumps(self.metadata).encode(), dtype=np.uint8),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=np.float64(self.intercept),
        )

    def _word_indices(self, word: str) -> tuple[int, ...]:
        # A word's own features never depend on its neighbours: compute them once per word.
        cached = self._cache.get(word)
        if cached is None:
            found = (self.vocabulary.get(f) for f in word_features(word))
            cached = tuple(i for i in found if i is not None)
            if len(self._cache) >= WORD_CACHE_SIZE:
                self._cache.clear()
            self._cache[word] = cached
        return cached

    def score(self, text: str) -> Score:
        normalized = normalize(text)
        counts: Counter[int] = Counter()
        where: dict[int, tuple[int, int]] = {}
        words = tokens(normalized)
        for i, (word, start, end) in enumerate(words):
            for index in self._word_indices(word):
                counts[index] += 1
                where.setdefault(index, (start, end))
            if i + 1 < len(words):
                pair = self.vocabulary.get(bigram(word, words[i + 1][0]))
                if pair is not None:
                    counts[pair] += 1
                    where.setdefault(pair, (start, words[i + 1][2]))
        if not counts:
            return Score(_sigmoid(self.intercept), ())
        weights = {i: (1.0 + math.log(n)) * self.idf[i] for i, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        contributions = {i: w / norm * self.coef[i] for i, w in weights.items()}
        logit = self.intercept + sum(contributions.values())
        top = sorted((c, i) for i, c in contributions.items() if c > 0)[-EXPLAIN_TOP:]
        evidence = tuple(
            (*normalized.span(*where[i]), self.feature_name(i)) for _, i in reversed(top)
        )
        return Score(_sigmoid(logit), evidence)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
