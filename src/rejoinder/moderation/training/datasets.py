"""The labelled sets in shared/data/moderation, mapped to one question: should this be held?

Mapping (see shared/data/README.md): Davidson hate (0) and offensive (1) -> 1, neither -> 0;
TRAC-1 overt aggression -> 1, none -> 0, covert aggression left out (ambiguous); OLID level A
OFF -> 1, NOT -> 0. ETHOS is GPL-3.0 and evaluation-only; ToxiGen demonstrations are kept for
evaluation so the neutral-sentence hold rate stays an honest measure.

Labelled comments of one's own (the JSON lines `moderation eval` reads) join as one more
source, "labelled": the shipped model adds the project's judgment sets of news-site comments
this way, and a publisher can add its own.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

_TWITTER_NOISE = re.compile(r"(@USER|@\w+|\bURL\b|\bRT\b|https?://\S+|&amp;|&lt;|&gt;)")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    label: int  # 1: hold for review
    source: str


def clean(text: str) -> str:
    """Drop platform noise (handles, URL placeholders, retweet marks) that news comments lack."""
    return " ".join(_TWITTER_NOISE.sub(" ", text).split())


def _csv(path: Path, **kwargs: object) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, **kwargs)  # type: ignore[arg-type]


_DAVIDSON = {"0": "davidson_hate", "1": "davidson_offensive", "2": "davidson_neither"}


def davidson(root: Path) -> Iterator[Example]:
    rows = _csv(root / "davidson2017" / "data__labeled_data.csv")
    next(rows)
    for row in rows:
        yield Example(clean(row[6]), 0 if row[5] == "2" else 1, _DAVIDSON[row[5]])


def trac(root: Path, language: str, split: str) -> Iterator[Example]:
    name = {"en": "english__agr_en", "hi": "hindi__agr_hi"}[language]
    for row in _csv(root / "trac1" / f"{name}_{split}.csv"):
        if len(row) >= 3 and row[2] in {"OAG", "NAG"}:
            yield Example(clean(row[1]), int(row[2] == "OAG"), f"trac_{language}_{split}")


def olid_train(root: Path) -> Iterator[Example]:
    rows = _csv(root / "olid" / "OLIDv1.0__olid-training-v1.0.tsv", delimiter="\t")
    next(rows)
    for row in rows:
        yield Example(clean(row[1]), int(row[2] == "OFF"), "olid_train")


def olid_test(root: Path) -> Iterator[Example]:
    labels = dict(list(_csv(root / "olid" / "OLIDv1.0__labels-levela.csv"))[1:])
    rows = _csv(root / "olid" / "OLIDv1.0__testset-levela.tsv", delimiter="\t")
    next(rows)
    for row in rows:
        yield Example(clean(row[1]), int(labels[row[0]] == "OFF"), "olid_test")


def ethos(root: Path) -> Iterator[Example]:
    rows = _csv(root / "ethos" / "ethos__ethos_data__Ethos_Dataset_Binary.csv", delimiter=";")
    next(rows)
    for row in rows:
        yield Example(row[0], int(float(row[1]) >= 0.5), "ethos")


def toxigen(root: Path) -> Iterator[Example]:
    for path in sorted((root / "toxigen_demos").glob("demonstrations__*.txt")):
        hateful = "__hate_" in path.name
        for line in path.read_text(encoding="utf-8").split("\n"):
            text = line.strip().lstrip("-").strip()
            if text:
                yield Example(text, int(hateful), "toxigen")


LABELLED = "labelled"


def labelled_files(paths: Sequence[Path]) -> list[Path]:
    """The JSON-lines files named, a directory standing for the *.jsonl files in it."""
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return found


def training_set(root: Path) -> list[Example]:
    return [
        *davidson(root),
        *trac(root, "en", "train"),
        *trac(root, "hi", "train"),
        *olid_train(root),
    ]


def evaluation_sets(root: Path) -> dict[str, list[Example]]:
    return {
        "olid_test": list(olid_test(root)),
        "ethos": list(ethos(root)),
        "trac_en_dev": list(trac(root, "en", "dev")),
        "trac_hi_dev": list(trac(root, "hi", "dev")),
        "toxigen": list(toxigen(root)),
    }


def file_hashes(root: Path) -> dict[str, str]:
    """sha256 of every data file used, recorded in the model for reproducibility."""
    return {
        str(path.relative_to(root)): sha256_of(path)
        for path in sorted(root.rglob("*"))
        if path.is_file() and path.suffix in {".csv", ".tsv", ".txt"}
    }


def labelled_hashes(paths: Sequence[Path]) -> dict[str, str]:
    """sha256 of each labelled file, by file name (where it lay is the trainer's business)."""
    return {path.name: sha256_of(path) for path in labelled_files(paths)}


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
