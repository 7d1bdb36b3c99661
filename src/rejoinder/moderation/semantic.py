"""Semantic word weights: what the lexical n-grams cannot know about words they rarely saw.

At training time every word of the training vocabulary is embedded once with all-MiniLM-L6-v2
and a logistic-regression head learns from the IDF-weighted mean of a comment's word vectors.
Because that head is linear in the word vectors, each word folds into one number: its vector
dotted with the head. At run time a comment's semantic logit is the IDF-weighted mean of its
words' numbers plus the head's bias — a dictionary lookup per word, no vectors, no torch.

The head learnt English; romanised and Devanagari Hindi words would only add noise, so the
semantic logit is faded out as the share of words marked Hindi (from the training sets) grows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class SemanticWords:
    index: dict[str, int]
    weight: np.ndarray  # per word: its MiniLM vector dotted with the head's coefficients
    idf: np.ndarray
    hindi: np.ndarray  # per word: 1 where the training sets use it as Hindi
    bias: float
    alpha: float  # how much of the semantic logit joins the lexical one

    def terms(self, word: str) -> tuple[float, float]:
        """What one occurrence of `word` adds to the IDF-weighted sum and to its weights
        (nothing for a word the head never saw)."""
        i = self.index.get(word)
        if i is None:
            return 0.0, 0.0
        return float(self.idf[i] * self.weight[i]), float(self.idf[i])

    def is_hindi(self, word: str) -> bool:
        i = self.index.get(word)
        return i is not None and bool(self.hindi[i])

    def logit_from(self, weighted: float, idf: float, hindi_share: float) -> float:
        """The semantic logit from a comment's summed terms: faded out as Hindi grows."""
        gate = 1.0 - min(1.0, 2.0 * hindi_share)
        if gate <= 0.0:
            return 0.0
        mean = weighted / idf if idf else 0.0
        return self.alpha * gate * (mean + self.bias)

    def arrays(self) -> dict[str, np.ndarray]:
        """What goes into the model's .npz (plain arrays: no pickle)."""
        words = sorted(self.index, key=self.index.__getitem__)
        return {
            "semantic_words": np.frombuffer(json.dumps(words).encode(), dtype=np.uint8),
            "semantic_weight": self.weight.astype(np.float32),
            "semantic_idf": self.idf.astype(np.float32),
            "semantic_hindi": self.hindi.astype(np.uint8),
            "semantic_scalars": np.array([self.bias, self.alpha], dtype=np.float64),
        }

    @classmethod
    def from_arrays(cls, data: dict[str, np.ndarray]) -> SemanticWords | None:
        if "semantic_words" not in data:
            return None  # a model trained without the semantic part
        words = json.loads(bytes(data["semantic_words"]).decode("utf-8"))
        bias, alpha = (float(x) for x in data["semantic_scalars"])
        return cls(
            {w: i for i, w in enumerate(words)},
            data["semantic_weight"].astype(np.float64),
            data["semantic_idf"].astype(np.float64),
            data["semantic_hindi"].astype(np.uint8),
            bias,
            alpha,
        )
