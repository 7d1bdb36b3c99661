"""What the news head holds of judgment sets it never saw, beyond the rules of their day.

The head (moderation/news.py) trains on the judgment sets, so it is measured on sets written
after the ones it trained on (and so is `group_abuse`, the same score held from 0.6 where a
comment names a protected group and the pooled model agrees), and only on the comments that
the rules *as they stood before those sets were written* did not hold: what it adds to a
site that runs those rules. The figures in the model card ("The news head") came from:

    git worktree add /tmp/r110 e43dac9   # the rules before sets 111-144 were written
    git worktree add /tmp/r144 1baabac   # the rules before sets 145-170
    git worktree add /tmp/r170 f8f5026   # the rules before sets 171-193
    python scripts/news_head_holdout.py --through 110 --last 144 --rules /tmp/r110 \
        --out /tmp/m110.npz
    python scripts/news_head_holdout.py --through 144 --last 170 --rules /tmp/r144 \
        --out /tmp/m144.npz
    python scripts/news_head_holdout.py --through 170 --last 193 --rules /tmp/r170 \
        --out /tmp/m170.npz

Training needs the `train-semantic` extra (or `--no-semantic`); about a minute on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from labelled_holdout import lines, sets_in_order, train_on

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.abuse import GROUP_AGREEMENT, GROUP_IN_HOLD_FROM, NEWS_IN_HOLD_FROM
from rejoinder.moderation.categories import analyse
from rejoinder.moderation.classifier import LexicalModel
from rejoinder.moderation.metrics import roc_auc

HOLD_AT = NEWS_IN_HOLD_FROM  # the default policy's news_abuse threshold
GROUP_HOLD_AT = GROUP_IN_HOLD_FROM  # and its group_abuse threshold


def rules_verdicts(rules: Path, scored: list[dict[str, Any]]) -> list[bool]:
    """Whether the checkout at `rules` holds each line, by its own `moderation score`."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        for n, line in enumerate(scored):
            handle.write(json.dumps({"id": n, "text": line["text"]}) + "\n")
    env = {**os.environ, "PYTHONPATH": str(rules / "src")}
    command = [sys.executable, "-m", "rejoinder", "moderation", "score", handle.name]
    # (our own interpreter and module, on our temporary file)
    out = subprocess.run(  # noqa: S603
        command, env=env, capture_output=True, text=True, check=True
    ).stdout
    Path(handle.name).unlink()
    return [json.loads(line)["verdict"] != "publish" for line in out.splitlines()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--through", type=int, required=True, help="train on the first N sets")
    parser.add_argument("--last", type=int, help="score sets up to this one (default: all)")
    parser.add_argument("--rules", type=Path, required=True, help="an older checkout")
    parser.add_argument("--out", type=Path, required=True, help="where to write the model")
    parser.add_argument("--no-semantic", dest="semantic", action="store_false")
    args = parser.parse_args()
    ordered = sets_in_order()
    seen, unseen = ordered[: args.through], ordered[args.through : args.last]
    if not args.out.exists():
        from rejoinder.moderation.training.train import LABELLED_WEIGHT

        train_on(seen, LABELLED_WEIGHT, args.semantic, args.out)
    model = LexicalModel.load(args.out)
    scored = lines(unseen)
    held = rules_verdicts(args.rules, scored)
    missed = [line for line, by_rules in zip(scored, held, strict=True) if not by_rules]
    labels = [line["label"] for line in missed]
    scores = [model.score(line["text"]) for line in missed]
    news = [score.news or 0.0 for score in scores]
    pooled = [score.probability for score in scores]
    caught = [y for y, s in zip(labels, news, strict=True) if s >= HOLD_AT]
    # `group_abuse`: of what the head misses at HOLD_AT, the comments that name a protected group
    # (found by the current rules' group words) where the pooled model agrees
    named = [analyse(normalize(line["text"]).text).names_group for line in missed]
    by_group = [
        y
        for y, s, p, g in zip(labels, news, pooled, named, strict=True)
        if g and GROUP_HOLD_AT <= s < HOLD_AT and p >= GROUP_AGREEMENT
    ]
    result = {
        "trained_through": seen[-1].name,
        "scored_sets": len(unseen),
        "rules_held": {
            "abusive": sum(line["label"] for line, h in zip(scored, held, strict=True) if h),
            "others": sum(1 - line["label"] for line, h in zip(scored, held, strict=True) if h),
        },
        "rules_missed": {"abusive": sum(labels), "others": len(labels) - sum(labels)},
        "news_head_auc_on_missed": round(roc_auc(labels, news), 4),
        "pooled_model_auc_on_missed": round(roc_auc(labels, pooled), 4),
        "news_head_holds_of_missed": {"abusive": sum(caught), "others": len(caught) - sum(caught)},
        "group_abuse_holds_beyond": {
            "abusive": sum(by_group),
            "others": len(by_group) - sum(by_group),
        },
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
