"""Experiment (not shipped): refit the news head alone on more labelled news comments.

The pooled model, the Hindi head and the semantic words stay as shipped; only the news head
(moderation/news.py) is fitted again, on the shipped model's labelled sets and the unseen
rounds up to a set number, so that what changes is the head's reading alone. The candidate
is written to --out and is scored as a site's own model is
(`REJOINDER_MODERATION_MODEL=/tmp/c4.npz rejoinder moderation eval FILE.jsonl`). The
thirty-fifth session's fifth retrain
(tests/moderation/rounds/README.md) came from:

    python scripts/news_head_refit.py --through 1009 --c 4 --out /tmp/c4.npz
    python scripts/news_head_refit.py --through 1009 --c 2 --hate 0.2 --out /tmp/c2h.npz

Needs the `train-semantic` extra (the word vectors are embedded again; about 40 s).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from labelled_holdout import DATA, SETS, lines

from rejoinder.moderation.abuse import DEFAULT_MODEL
from rejoinder.moderation.classifier import LexicalModel
from rejoinder.moderation.news import NewsHead
from rejoinder.moderation.training.datasets import LABELLED, Example, training_set
from rejoinder.moderation.training.heads import fit_head
from rejoinder.moderation.training.news import REAL_NEGATIVES, REAL_NEGATIVES_WEIGHT
from rejoinder.moderation.training.semantic import (
    embed_words,
    mean_vectors,
    words_of_examples,
)
from rejoinder.moderation.training.train import SEED

TESTS = Path(__file__).parents[1] / "tests" / "moderation"

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000,
}  # fmt: skip
_TOKENS = sorted([*_UNITS, *_ORDINALS, "hundred", "thousand"], key=len, reverse=True)


def set_number(path: Path) -> int:
    """The set's number from its file name: "onethousandthirtieth_evening.jsonl" is 1030."""
    word = path.name.split("_")[0]
    for tokens in _readings(word, 0):
        if tokens[-1] in _ORDINALS and not any(t in _ORDINALS for t in tokens[:-1]):
            return _value(tokens)
    raise ValueError(f"{path.name}: not a set's ordinal")


def _readings(word: str, at: int) -> list[list[str]]:
    # every way to read the word as number words ("eighthundred" is "eight hundred", not
    # "eighth" and a stray "undred"), longest words first
    if at == len(word):
        return [[]]
    found = []
    for token in _TOKENS:
        if word.startswith(token, at):
            found += [[token, *rest] for rest in _readings(word, at + len(token))]
    return found


def _value(parts: list[str]) -> int:
    total, current = 0, 0
    for part in parts:
        if part == "thousand":
            total, current = total + (current or 1) * 1000, 0
        elif part == "hundred":
            current = (current or 1) * 100
        elif part in ("thousandth", "hundredth"):
            return total + (current or 1) * _ORDINALS[part]
        elif part in _ORDINALS:
            return total + current + _ORDINALS[part]
        else:
            current += _UNITS[part]
    raise ValueError(" ".join(parts))


def unseen_sets(first: int, last: int) -> list[Path]:
    """The rounds' and the unseen sets' files numbered first to last (the rounds were the
    unseen sets until the forty-sixth session taught the news head with them)."""
    paths = [
        *(TESTS / "rounds").glob("*_evening.jsonl"),
        *(TESTS / "unseen").glob("*_evening.jsonl"),
    ]
    return sorted((p for p in paths if first <= set_number(p) <= last), key=set_number)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--through", type=int, required=True, help="unseen sets up to N")
    parser.add_argument("--c", type=float, default=4.0, help="the head's regularisation")
    parser.add_argument("--hate", type=float, default=0.0, help="Davidson's hate as positives")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    model = LexicalModel.load(DEFAULT_MODEL)
    semantic = model.semantic
    if semantic is None:
        parser.error("the shipped model has no semantic words")
    words = sorted(semantic.index, key=semantic.index.__getitem__)
    vectors = embed_words(words)
    taught_paths = sorted(SETS.glob("*.jsonl")) + unseen_sets(0, args.through)
    labelled = [Example(x["text"], x["label"], LABELLED) for x in lines(taught_paths)]
    public = training_set(DATA)
    negatives = [e for e in public if e.source in REAL_NEGATIVES and e.label == 0]
    hate = [e for e in public if e.source == "davidson_hate"] if args.hate else []
    taught = labelled + negatives + hate
    weights = np.array(
        [1.0] * len(labelled) + [REAL_NEGATIVES_WEIGHT] * len(negatives) + [args.hate] * len(hate)
    )
    dense = mean_vectors(words_of_examples(taught), semantic.index, semantic.idf, vectors)
    coef, intercept, dense_coef = fit_head(model, taught, args.c, SEED, dense, weights)
    model.attach_news(NewsHead(coef, intercept, vectors @ dense_coef))
    model.metadata = {**model.metadata, "experiment": {**vars(args), "out": str(args.out)}}
    model.save(args.out)
    print(json.dumps({"labelled": len(labelled), "negatives": len(negatives), "hate": len(hate)}))


if __name__ == "__main__":
    main()
