"""A third linear head, fitted on labelled news-site comments alone.

The pooled model learns the public sets' idea of abuse: tweets and Facebook comments where
"offensive" includes any swear word and any insult of a politician. A news site publishes
those and holds attacks on readers and on groups of people. The judgment sets (or a
publisher's own labelled comments, `moderation train --labelled`) teach that distinction;
inside the pooled model they weigh a quarter of a public source, and even so they cost the
public sets. A head of their own, over the same features, learns it without that tug of war
(measured on judgment sets written after its training sets, with the rules of their day:
ROC AUC 0.94 on the comments those rules missed, where the pooled model scores 0.76-0.83;
see the model card). It costs one more column in the gather of every score.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# The head learnt from sentences (the judgment sets' shortest abusive lines run to six or more
# words): on a word or two it has next to nothing to go on and reads "You bet", "Go back" or
# "I'm back" as the insults of its training lines. Below this it scores 0 and the rules
# judge alone. On the blind sets of the model card it drops 3 of 87 abusive lines held.
MIN_WORDS = 5


@dataclass(frozen=True)
class NewsHead:
    coef: np.ndarray  # over the pooled model's features
    intercept: float
    # Per word of the semantic part's vocabulary (moderation/semantic.py): its MiniLM vector
    # dotted with what the head learnt of a comment's IDF-weighted mean word vector, so that
    # the head's semantic logit is the IDF-weighted mean of its words' numbers (None: a head
    # of the n-grams alone, as a model trained without the semantic part has).
    word_weight: np.ndarray | None = None

    def arrays(self) -> dict[str, np.ndarray]:
        """What goes into the model's .npz (plain arrays: no pickle)."""
        arrays: dict[str, np.ndarray] = {
            "news_coef": self.coef.astype(np.float32),
            "news_intercept": np.array(self.intercept, dtype=np.float64),
        }
        if self.word_weight is not None:
            arrays["news_word_weight"] = self.word_weight.astype(np.float32)
        return arrays

    @classmethod
    def from_arrays(cls, data: dict[str, np.ndarray]) -> NewsHead | None:
        if "news_coef" not in data:
            return None  # a model trained without labelled comments
        words = data.get("news_word_weight")
        return cls(
            data["news_coef"].astype(np.float64),
            float(data["news_intercept"]),
            None if words is None else words.astype(np.float64),
        )
