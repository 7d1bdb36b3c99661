"""A second linear head for comments written in Hindi, Devanagari or romanised.

The pooled model learns from English tweets and comments as much as from the Hindi set, and
the two disagree about words they share ("bc", "hai", "chal"); a head fitted on the Hindi set
alone, over the same features, ranks Hindi comments better (measured on TRAC-1 Hindi dev:
0.906 pooled, 0.916 mixed). A comment's logit is mixed between the two by the share of its
words that the training sets use as Hindi: an English comment never reaches this head.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class HindiHead:
    words: frozenset[str]  # words the Hindi training set uses clearly more than the others
    coef: np.ndarray  # over the pooled model's features
    intercept: float

    def arrays(self) -> dict[str, np.ndarray]:
        """What goes into the model's .npz (plain arrays: no pickle)."""
        words = json.dumps(sorted(self.words)).encode()
        return {
            "hindi_words": np.frombuffer(words, dtype=np.uint8),
            "hindi_coef": self.coef.astype(np.float32),
            "hindi_intercept": np.array(self.intercept, dtype=np.float64),
        }

    @classmethod
    def from_arrays(cls, data: dict[str, np.ndarray]) -> HindiHead | None:
        if "hindi_coef" not in data:
            return None  # a model trained without it
        words = json.loads(bytes(data["hindi_words"]).decode("utf-8"))
        return cls(
            frozenset(words),
            data["hindi_coef"].astype(np.float64),
            float(data["hindi_intercept"]),
        )
