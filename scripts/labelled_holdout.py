"""How much the judgment sets teach the learned model, measured on judgment sets it never saw.

The shipped model trains on the public sets and on the judgment sets in tests/moderation/data
(`rejoinder moderation train --labelled tests/moderation/data`). Scoring it on those sets
measures nothing, so this script trains on the sets written first (in the order
tests/moderation/data/README.md lists them) and scores the ones written after: new subjects
and wordings, as a news site's next evening would bring. Results are in the model card
("The judgment sets as training data").

    python scripts/labelled_holdout.py --through 74 --out /tmp/m74.npz
    python scripts/labelled_holdout.py --through 74 --weight 0 --out /tmp/m0.npz
    # the rules as they stood before the later sets were written, with either model:
    git worktree add /tmp/old 801d553
    PYTHONPATH=/tmp/old/src python scripts/labelled_holdout.py --through 74 --model /tmp/m74.npz

Training needs the `train-semantic` extra (or `--no-semantic`); about a minute on 2 cores.
The `hold` figure is blind only when the rules are older than the scored sets (as above): the
current rules were written against every set.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.abuse import HOLDING, TOXICITY, AbuseScorer
from rejoinder.moderation.classifier import LexicalModel
from rejoinder.moderation.metrics import roc_auc

SETS = Path(__file__).parents[1] / "tests" / "moderation" / "data"
DATA = Path(__file__).parents[1] / ".." / "shared" / "data" / "moderation"
HELD_BY_RULES = 0.8  # the default policy's lowest threshold on a rule category


def sets_in_order() -> list[Path]:
    """The judgment sets in the order the README introduces them (the order written)."""
    names = re.findall(r"`([a-z_]*evening\.jsonl)`", (SETS / "README.md").read_text())
    return [SETS / name for name in dict.fromkeys(names)]


def lines(paths: list[Path]) -> list[dict[str, Any]]:
    return [json.loads(line) for path in paths for line in path.read_text().splitlines()]


def train_on(paths: list[Path], weight: float, semantic: bool, out: Path) -> None:
    # Imported here: scoring alone must run on older checkouts, which have no labelled source.
    from rejoinder.moderation.training import train
    from rejoinder.moderation.training.datasets import LABELLED, Example

    train.SOURCE_WEIGHTS[LABELLED] = weight
    examples = [Example(line["text"], line["label"], LABELLED) for line in lines(paths)]
    train.train(DATA, out, semantic, examples if weight else [])


def score(model: Path, paths: list[Path]) -> dict[str, Any]:
    scorer = AbuseScorer(LexicalModel.load(model))
    labels, learned, held, unheld = [], [], [], []
    for line in lines(paths):
        scores = scorer.assess(normalize(line["text"])).scores
        labels.append(line["label"])
        learned.append(scores[TOXICITY])
        held.append(scores["hold"])
        unheld.append(max(scores[name] for name in HOLDING) < HELD_BY_RULES)
    rest = [(y, s) for y, s, u in zip(labels, learned, unheld, strict=True) if u]
    return {
        "lines": len(labels),
        "abusive": sum(labels),
        "hold_auc": round(roc_auc(labels, held), 4),
        "learned_auc": round(roc_auc(labels, learned), 4),
        "learned_auc_where_rules_hold_nothing": round(
            roc_auc([y for y, _ in rest], [s for _, s in rest]), 4
        ),
        "abusive_where_rules_hold_nothing": sum(y for y, _ in rest),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--through", type=int, default=74, help="train on the first N sets")
    parser.add_argument("--weight", type=float, help="the labelled source's weight")
    parser.add_argument("--no-semantic", dest="semantic", action="store_false")
    parser.add_argument("--out", type=Path, help="where to write the model trained")
    parser.add_argument("--model", type=Path, help="score this model instead of training")
    args = parser.parse_args()
    ordered = sets_in_order()
    seen, unseen = ordered[: args.through], ordered[args.through :]
    model = args.model
    if model is None:
        from rejoinder.moderation.training.train import LABELLED_WEIGHT

        if args.out is None:
            parser.error("--out is needed to train")
        weight = LABELLED_WEIGHT if args.weight is None else args.weight
        train_on(seen, weight, args.semantic, args.out)
        model = args.out
    result = {"trained_through": seen[-1].name, "scored": len(unseen), **score(model, unseen)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
