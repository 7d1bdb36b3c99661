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
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rejoinder.domain.normalize import Normalized, normalize
from rejoinder.moderation.features import bigram, tokens, word_features
from rejoinder.moderation.hindi import HindiHead
from rejoinder.moderation.semantic import SemanticWords

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
        semantic: SemanticWords | None = None,
        hindi: HindiHead | None = None,
    ) -> None:
        self.vocabulary = vocabulary
        self.semantic = semantic
        self.idf = idf.astype(np.float64)
        self.coef = coef.astype(np.float64)
        self.idf_coef = self.idf * self.coef  # precomputed products: fewer array operations
        self.idf_squared = self.idf * self.idf
        self.intercept = intercept
        self.metadata = metadata
        self._hindi_head: tuple[HindiHead, np.ndarray] | None = None  # with idf * coef
        if hindi is not None:
            self.attach_hindi(hindi)
        self._cache: dict[str, tuple[int, ...]] = {}
        self._names: list[str] | None = None

    @property
    def hindi(self) -> HindiHead | None:
        return None if self._hindi_head is None else self._hindi_head[0]

    def attach_hindi(self, head: HindiHead) -> None:
        self._hindi_head = (head, self.idf * head.coef)

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
            arrays = {name: data[name] for name in data.files}
        vocabulary = json.loads(bytes(arrays["vocabulary"]).decode("utf-8"))
        metadata = json.loads(bytes(arrays["metadata"]).decode("utf-8"))
        return cls(
            vocabulary,
            arrays["idf"],
            arrays["coef"],
            float(arrays["intercept"]),
            metadata,
            SemanticWords.from_arrays(arrays),
            HindiHead.from_arrays(arrays),
        )

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "vocabulary": np.frombuffer(json.dumps(self.vocabulary).encode(), dtype=np.uint8),
            "metadata": np.frombuffer(json.dumps(self.metadata).encode(), dtype=np.uint8),
            "idf": self.idf.astype(np.float32),
            "coef": self.coef.astype(np.float32),
            "intercept": np.array(self.intercept, dtype=np.float64),
        }
        if self.semantic is not None:
            arrays.update(self.semantic.arrays())
        if self.hindi is not None:
            arrays.update(self.hindi.arrays())
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

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
        return self.score_normalized(normalize(text))

    def score_normalized(self, normalized: Normalized, explain_from: float = 0.0) -> Score:
        """The probability, and its evidence when the probability reaches `explain_from`
        (finding the spans costs about as much as scoring: only held comments need them)."""
        words = tokens(normalized)
        found: list[int] = []
        known = self._cache.get  # inlined cache hit: this loop runs for every word
        for word, _, _ in words:
            indices = known(word)
            found += self._word_indices(word) if indices is None else indices
        pairs = self._pairs(words)
        found.extend(index for index, _ in pairs)
        head = self._hindi_head
        share = head[0].share(words) if head is not None else None
        semantic = self.semantic.logit(words, share) if self.semantic else 0.0
        if not found:
            return Score(_sigmoid(self.intercept + semantic), ())
        # Vectorised over the document's distinct features: sublinear tf * idf, L2 norm, dot.
        unique, counts = _counts(np.array(found, dtype=np.int64))
        tf = 1.0 + np.log(counts)
        weights = tf / math.sqrt(float((tf * tf) @ self.idf_squared[unique]))
        idf_coef = self.idf_coef[unique]
        logit = self.intercept + float(weights @ idf_coef) + semantic
        if head is not None and share:  # mixed with the Hindi head by the Hindi share
            hindi_idf_coef = head[1][unique]
            hindi_logit = head[0].intercept + float(weights @ hindi_idf_coef)
            logit = (1.0 - share) * logit + share * hindi_logit
            idf_coef = (1.0 - share) * idf_coef + share * hindi_idf_coef
        probability = _sigmoid(logit)
        if probability < explain_from:
            return Score(probability, ())
        contributions = weights * idf_coef
        return Score(probability, self._evidence(normalized, words, pairs, unique, contributions))

    def _pairs(self, words: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
        """(feature index, position of the first word) of each known word bigram."""
        pairs = []
        for i in range(len(words) - 1):
            index = self.vocabulary.get(bigram(words[i][0], words[i + 1][0]))
            if index is not None:
                pairs.append((index, i))
        return pairs

    def _evidence(
        self,
        normalized: Normalized,
        words: list[tuple[str, int, int]],
        pairs: list[tuple[int, int]],
        unique: np.ndarray,
        contributions: np.ndarray,
    ) -> tuple[tuple[int, int, str], ...]:
        """The features that pushed the score up most, with where they first occur."""
        order = np.argsort(contributions)[::-1][:EXPLAIN_TOP]
        evidence = []
        for position in order:
            if contributions[position] <= 0:
                break
            index = int(unique[position])
            span = self._first_span(index, words, pairs)
            if span is not None:
                evidence.append((*normalized.span(*span), self.feature_name(index)))
        return tuple(evidence)

    def _first_span(
        self, index: int, words: list[tuple[str, int, int]], pairs: list[tuple[int, int]]
    ) -> tuple[int, int] | None:
        # Only the few top features need a place, so finding it after scoring is cheaper than
        # recording a place for every feature occurrence while counting.
        for word, start, end in words:
            if index in self._word_indices(word):
                return start, end
        for pair, i in pairs:
            if pair == index:
                return words[i][1], words[i + 1][2]
        return None


def _counts(found: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(found, return_counts=True) without its generality (a few µs per comment)."""
    ordered = np.sort(found)
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    return ordered[starts], np.diff(np.append(starts, ordered.size))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
