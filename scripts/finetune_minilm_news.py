"""Experiment (not shipped): MiniLM fine-tuned on the news judgment sets alone.

`Classifier` of finetune_minilm.py (all-MiniLM-L6-v2, mean pooling, one linear unit)
trained for one epoch on tests/moderation/data and the unseen rounds up to a set number,
then scored on unseen rounds it never saw, beside the shipped news head. Results are in the
model card ("Experiment: MiniLM fine-tuned on the news judgment sets"); they came from

    python scripts/finetune_minilm_news.py --through 1009 \
        --score 1010-1029 --score 1030-1039 --score 1040-1042

Needs torch and transformers (the `train-semantic` extra has both); one epoch over 25,349
lines at 64 tokens took 7.5 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json

import numpy as np
import torch  # type: ignore[import-not-found]
from finetune_minilm import Classifier, fine_tune_on
from labelled_holdout import SETS, lines
from news_head_refit import unseen_sets

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.abuse import NEWS_ABUSE, AbuseScorer
from rejoinder.moderation.metrics import roc_auc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--through", type=int, default=1009, help="train on sets up to N")
    parser.add_argument("--score", action="append", default=[], help="sets FIRST-LAST")
    args = parser.parse_args()
    torch.manual_seed(0)
    np.random.seed(0)
    taught = lines(sorted(SETS.glob("*.jsonl")) + unseen_sets(0, args.through))
    model = Classifier(64)
    texts = [x["text"] for x in taught]
    fine_tune_on(model, texts, [x["label"] for x in taught], np.ones(len(texts)), 1.0)
    model.eval()
    scorer = AbuseScorer.load()
    report = {}
    with torch.no_grad():
        for span in args.score:
            first, last = (int(n) for n in span.split("-"))
            scored = lines(unseen_sets(first, last))
            texts, labels = [x["text"] for x in scored], [x["label"] for x in scored]
            tuned = [
                p
                for i in range(0, len(texts), 64)
                for p in torch.sigmoid(model(texts[i : i + 64])).tolist()
            ]
            head = [scorer.assess(normalize(t)).scores[NEWS_ABUSE] for t in texts]
            mean = [(a + b) / 2 for a, b in zip(tuned, head, strict=True)]
            report[span] = {
                "lines": len(texts),
                "fine_tuned": round(roc_auc(labels, tuned), 4),
                "news_head": round(roc_auc(labels, head), 4),
                "mean": round(roc_auc(labels, mean), 4),
                "held_at_0.7": [
                    sum(1 for p, y in zip(tuned, labels, strict=True) if p >= 0.7 and y == label)
                    for label in (1, 0)
                ],
            }
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
