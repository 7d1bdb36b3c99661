"""The training/evaluation data mapping of shared/data/README.md, pinned."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from rejoinder.moderation.training import datasets

ROOT = Path(__file__).parents[2] / ".." / "shared" / "data" / "moderation"


@pytest.fixture(scope="module")
def root() -> Path:
    if not ROOT.is_dir():
        pytest.fail(f"the shared moderation data is missing at {ROOT}")
    return ROOT


def test_training_set_mapping(root: Path) -> None:
    counts = Counter((e.source, e.label) for e in datasets.training_set(root))
    assert counts == {
        ("davidson_hate", 1): 1430,
        ("davidson_offensive", 1): 19190,
        ("davidson_neither", 0): 4163,
        ("trac_en_train", 1): 2708,
        ("trac_en_train", 0): 5052,  # OAG vs NAG, CAG left out
        ("trac_hi_train", 1): 4856,
        ("trac_hi_train", 0): 2275,
        ("olid_train", 1): 4400,
        ("olid_train", 0): 8840,
    }


def test_evaluation_sets_are_held_out_and_complete(root: Path) -> None:
    sets = datasets.evaluation_sets(root)
    assert {name: len(examples) for name, examples in sets.items()} == {
        "olid_test": 860,
        "ethos": 998,
        "trac_en_dev": 1944,
        "trac_hi_dev": 1755,
        "toxigen": 627,
    }
    training_texts = {e.text for e in datasets.training_set(root)}
    assert not any(e.text in training_texts for e in sets["ethos"] + sets["toxigen"])


def test_clean_drops_platform_noise() -> None:
    assert datasets.clean("RT @USER: so true &amp; sad URL https://t.co/x") == ": so true sad"


def test_data_hashes_are_recorded(root: Path) -> None:
    hashes = datasets.file_hashes(root)
    assert "olid/OLIDv1.0__olid-training-v1.0.tsv" in hashes
    assert all(len(h) == 64 for h in hashes.values())


def test_labelled_files_are_the_files_named_and_the_jsonl_in_directories(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl").write_text("{}\n")
    (tmp_path / "a.jsonl").write_text("{}\n")
    (tmp_path / "notes.md").write_text("not a set\n")
    (tmp_path / "other").mkdir()
    single = tmp_path / "other" / "elsewhere.jsonl"
    single.write_text('{"id": 1}\n')
    found = datasets.labelled_files([tmp_path, single])
    assert [p.name for p in found] == ["a.jsonl", "b.jsonl", "elsewhere.jsonl"]
    hashes = datasets.labelled_hashes([single])
    assert hashes == {"elsewhere.jsonl": hashlib.sha256(b'{"id": 1}\n').hexdigest()}
