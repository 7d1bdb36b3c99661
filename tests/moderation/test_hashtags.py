"""Hashtags read as the words they run together."""

from __future__ import annotations

import pytest

from rejoinder.moderation.hashtags import split


@pytest.mark.parametrize(
    ("tag", "words"),
    [
        ("killallmuslims", ("kill", "all", "muslims")),
        ("gasthejews", ("gas", "the", "jews")),
        ("womenbelonginthekitchen", ("women", "belong", "in", "the", "kitchen")),
        ("hanginthere", ("hang", "in", "there")),  # fewest words: not "the re"
        ("beatthemup", ("beat", "them", "up")),
    ],
)
def test_a_hashtag_splits_into_known_words(tag: str, words: tuple[str, ...]) -> None:
    assert split(tag) == words


@pytest.mark.parametrize("tag", ["jnu", "lawdean", "antifagr", "pakistanichutiya", "shootingstar"])
def test_no_split_without_known_words_throughout_nor_through_an_offensive_one(tag: str) -> None:
    # "lawdean" would hold "lawde", "antifagr" "fag": offensive words are no pieces
    assert split(tag) is None
