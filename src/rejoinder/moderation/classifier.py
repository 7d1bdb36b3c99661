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
from array import array
from dataclasses import dataclass
from itertools import pairwise
from operator import itemgetter
from pathlib import Path
from typing import Final

import numpy as np

from rejoinder.domain.normalize import Normalized, normalize
from rejoinder.moderation.features import (
    FEATURES,
    MAX_FEATURE_CHARS,
    tokens,
    word_features,
    words_of,
)
from rejoinder.moderation.hindi import HindiHead
from rejoinder.moderation.news import MIN_WORDS as NEWS_MIN_WORDS
from rejoinder.moderation.news import NewsHead
from rejoinder.moderation.semantic import SemanticWords
from rejoinder.moderation.wordcache import WordCache

EXPLAIN_TOP: Final = 5
WORD_CACHE_SIZE: Final = 200_000


@dataclass(frozen=True, slots=True)
class Score:
    probability: float
    evidence: tuple[tuple[int, int, str], ...]  # [start, end) in the original text, feature
    hindi_share: float = 0.0  # of the comment's words, those the training sets use as Hindi
    news: float | None = None  # the news head's probability (None: the model has no head)
    news_evidence: tuple[tuple[int, int, str], ...] = ()


# What scoring needs of one word, wherever it stands, computed once per word: its own
# features (int32 indices, as bytes: a comment's are joined in one call, where numpy
# spent more on concatenating a score's worth of small arrays than on the rest of the
# arithmetic), its semantic terms (idf * weight, idf; zeros when unknown), whether the
# Hindi head counts it as Hindi, and the news head's semantic term (idf * its word weight).
WordEntry = tuple[bytes, float, float, int, float]
_INDICES, _NUMERATOR, _IDF, _HINDI, _NEWS_NUMERATOR = (itemgetter(k) for k in range(5))
# 1 + ln(count), by count, for every count a feature can reach: a char n-gram occurs at most
# once per character read and a word or bigram once per word, so never more than twice the
# characters read. Looked up, not computed: one gather instead of a cast, a log and an add.
_COUNTS: Final = np.arange(1, 2 * MAX_FEATURE_CHARS + 3, dtype=np.float64)
_SUBLINEAR_TF: Final = np.concatenate(([0.0], 1.0 + np.log(_COUNTS)))  # (a count of 0 never occurs)


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
        news: NewsHead | None = None,
    ) -> None:
        self.vocabulary = vocabulary
        self.idf = idf.astype(np.float64)
        self.coef = coef.astype(np.float64)
        self.intercept = intercept
        self.metadata = metadata
        # Word bigrams by their two words: a comment's pairs are looked up in one pass of
        # map over itertools.pairwise, with no Python step per pair.
        self._bigrams: dict[tuple[str, str], int] = {
            (first, second): index
            for feature, index in vocabulary.items()
            if feature.startswith("w:") and " " in feature
            for first, second in (feature[2:].split(" ", 1),)
        }
        # The words the model learnt as words: what a hyphen joins only where one of its
        # pieces is not among them ("brain-dead" is two words; "chu-tiya" is one, cut).
        self.words = frozenset(
            feature[2:] for feature in vocabulary if feature.startswith("w:") and " " not in feature
        )
        # A word's own features never depend on its neighbours: worked out once per word.
        self._cache = WordCache(self._word_entry, WORD_CACHE_SIZE)
        self._names: list[str] | None = None
        self._semantic = semantic
        self._hindi: HindiHead | None = None
        self._news = news
        self._table = self._gathered()
        if hindi is not None:
            self.attach_hindi(hindi)

    @property
    def semantic(self) -> SemanticWords | None:
        return self._semantic

    @semantic.setter
    def semantic(self, semantic: SemanticWords | None) -> None:
        self._semantic = semantic
        self._cache.clear()  # the entries hold the old semantic terms

    @property
    def hindi(self) -> HindiHead | None:
        return self._hindi

    def attach_hindi(self, head: HindiHead) -> None:
        self._hindi = head
        self._table = self._gathered()
        self._cache.clear()  # the entries hold the old Hindi marks

    @property
    def news(self) -> NewsHead | None:
        return self._news

    def attach_news(self, head: NewsHead) -> None:
        self._news = head
        self._table = self._gathered()
        self._cache.clear()  # the entries hold the old head's semantic terms

    def _gathered(self) -> np.ndarray:
        """Per feature, side by side so that one gather fetches them all: idf², idf * coef,
        idf * the news head's coef (zeros without one: the column keeps its place) and, with
        the Hindi head, idf * its coef."""
        news = self._news.coef if self._news is not None else np.zeros_like(self.coef)
        columns = [self.idf * self.idf, self.idf * self.coef, self.idf * news]
        if self._hindi is not None:
            columns.append(self.idf * self._hindi.coef)
        return np.ascontiguousarray(np.stack(columns, axis=1))

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
        if "kind" in metadata and metadata.get("features") != FEATURES:
            trained_on = metadata.get("features", "those before group names were masked")
            raise ValueError(
                f"{path} was trained on other features ({trained_on}, not {FEATURES}):"
                " retrain it with `rejoinder moderation train`"
            )
        return cls(
            vocabulary,
            arrays["idf"],
            arrays["coef"],
            float(arrays["intercept"]),
            metadata,
            SemanticWords.from_arrays(arrays),
            HindiHead.from_arrays(arrays),
            NewsHead.from_arrays(arrays),
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
        if self.news is not None:
            arrays.update(self.news.arrays())
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    def _word_entry(self, word: str) -> WordEntry:
        found = (self.vocabulary.get(f) for f in word_features(word))
        indices = array("i", [i for i in found if i is not None]).tobytes()
        semantic = self._semantic
        numerator, idf = semantic.terms(word) if semantic is not None else (0.0, 0.0)
        if self._hindi is not None:
            hindi = int(word in self._hindi.words)
        else:  # a model without the head: the semantic part's own marks gate it
            hindi = int(semantic is not None and semantic.is_hindi(word))
        return indices, numerator, idf, hindi, self._news_term(word)

    def _news_term(self, word: str) -> float:
        """idf * the news head's weight of `word` (0 where either has none)."""
        news, semantic = self._news, self._semantic
        if news is None or news.word_weight is None or semantic is None:
            return 0.0
        i = semantic.index.get(word)
        return 0.0 if i is None else float(semantic.idf[i] * news.word_weight[i])

    def score(self, text: str) -> Score:
        return self.score_normalized(normalize(text))

    def score_normalized(
        self, normalized: Normalized, explain_from: float = 0.0, explain_news_from: float = 0.0
    ) -> Score:
        """The probability and the news head's, each with its evidence when it reaches
        `explain_from` / `explain_news_from` (finding the spans costs about as much as
        scoring: only held comments need them)."""
        words = words_of(normalized)
        if not words:
            return Score(_sigmoid(self.intercept), (), news=self._news_unjudged())
        entries = list(map(self._cache.__getitem__, words))  # one lookup per word
        # (each part summed in one pass: cheaper than transposing the entries with zip)
        share = sum(map(_HINDI, entries)) / len(words)
        idf_sum = sum(map(_IDF, entries))
        semantic = self._semantic_logit(sum(map(_NUMERATOR, entries)), idf_sum, share)
        # a new buffer: the cached entries stay as they are
        joined = bytearray().join(map(_INDICES, entries))
        found = map(self._bigrams.get, pairwise(words))
        pairs = [index for index in found if index is not None]
        if pairs:
            joined += array("i", pairs).tobytes()
        if not joined:
            return Score(_sigmoid(self.intercept + semantic), (), share, self._news_unjudged())
        # Vectorised over the document's distinct features: sublinear tf * idf, L2 norm, dot.
        # (Array methods where numpy offers both: its functions add a dispatch per call;
        # `dot` where `@` would do, a third quicker on a comment's few hundred features.)
        unique, counts = _counts(np.frombuffer(joined, dtype=np.int32))
        tf = _SUBLINEAR_TF.take(counts)
        gathered = self._table.take(unique, axis=0)
        norm = math.sqrt(float((tf * tf).dot(gathered[:, 0])))
        # [unused, the pooled model's, the news head's, the Hindi head's]
        sums = tf.dot(gathered).tolist()
        logit = self.intercept + sums[1] / norm + semantic
        mixed = share if self._hindi is not None else 0.0
        if mixed:  # mixed with the Hindi head by the Hindi share
            hindi_logit = self._hindi.intercept + sums[3] / norm  # type: ignore[union-attr]
            logit = (1.0 - mixed) * logit + mixed * hindi_logit
        probability = _sigmoid(logit)
        news = self._news_unjudged()
        explain_news = False
        if self._news is not None and len(words) >= NEWS_MIN_WORDS:
            # its semantic part: the IDF-weighted mean of its word weights, unfaded (it
            # learnt from English and Hindi comments alike)
            mean = sum(map(_NEWS_NUMERATOR, entries)) / idf_sum if idf_sum else 0.0
            news = _sigmoid(self._news.intercept + sums[2] / norm + mean)
            explain_news = news >= explain_news_from
        if not explain_news and probability < explain_from:
            return Score(probability, (), share, news)
        spans = tokens(normalized)  # where the evidence is: found once for either score
        news_evidence: tuple[tuple[int, int, str], ...] = ()
        if explain_news:
            contributions = tf / norm * gathered[:, 2]
            news_evidence = self._evidence(normalized, spans, unique, contributions)
        if probability < explain_from:
            return Score(probability, (), share, news, news_evidence)
        idf_coef = gathered[:, 1]
        if mixed:
            idf_coef = (1.0 - mixed) * idf_coef + mixed * gathered[:, 3]
        contributions = tf / norm * idf_coef
        evidence = self._evidence(normalized, spans, unique, contributions)
        return Score(probability, evidence, share, news, news_evidence)

    def _news_unjudged(self) -> float | None:
        """The news head's score where it does not judge (too few words, see news.py)."""
        return None if self._news is None else 0.0

    def _semantic_logit(self, numerator: float, idf: float, hindi_share: float) -> float:
        if self._semantic is None:
            return 0.0
        return self._semantic.logit_from(numerator, idf, hindi_share)

    def _evidence(
        self,
        normalized: Normalized,
        words: list[tuple[str, int, int]],
        unique: np.ndarray,
        contributions: np.ndarray,
    ) -> tuple[tuple[int, int, str], ...]:
        """The features that pushed the score up most, with where they first occur."""
        order = np.argsort(contributions)[::-1][:EXPLAIN_TOP]
        top = [int(unique[position]) for position in order if contributions[position] > 0]
        places = self._first_spans(top, words)
        return tuple(
            (*normalized.span(*places[index]), self.feature_name(index))
            for index in top
            if index in places
        )

    def _first_spans(
        self, indices: list[int], words: list[tuple[str, int, int]]
    ) -> dict[int, tuple[int, int]]:
        """Where each feature first occurs: in a word, else in a pair of words (none for a
        feature found in neither). Only the few top features need a place, so finding it
        after scoring is cheaper than recording a place for every feature occurrence while
        counting; one pass over the words finds them all."""
        wanted = set(indices)
        places: dict[int, tuple[int, int]] = {}
        for word, start, end in words:
            for index in wanted.intersection(array("i", self._cache[word][0])):
                places[index] = (start, end)
                wanted.discard(index)
            if not wanted:
                return places
        for (first, start, _), (second, _, end) in pairwise(words):
            pair = self._bigrams.get((first, second))
            if pair is not None and pair in wanted:
                places[pair] = (start, end)
                wanted.discard(pair)
        return places


def _counts(found: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """np.unique(found, return_counts=True) without its generality (a few µs per comment):
    where each run of equal indices starts and ends, written into one array of flags.
    Sorts `found` in place."""
    found.sort()  # in place: the caller's own array
    flags = np.empty(found.size + 1, dtype=bool)
    flags[0] = flags[-1] = True
    np.not_equal(found[1:], found[:-1], out=flags[1:-1])
    bounds = flags.nonzero()[0]
    return found[bounds[:-1]], bounds[1:] - bounds[:-1]


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
