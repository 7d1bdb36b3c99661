"""Hashtags read as the words they run together."""

from __future__ import annotations

import pytest

from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.hashtags import _known, split


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


@pytest.mark.parametrize(
    "tag", ["houston", "uber", "stupid", "northkorea", "masturbation", "reputationtour", "sotu"]
)
def test_no_split_through_short_words_of_the_lists(tag: str) -> None:
    # Letters and two-letter words of the lists ("st", "id", "re", "r") read ordinary
    # words as nonsense ("st up id"); only the slogans' own short words are pieces.
    assert split(tag) is None


def test_short_pieces_are_only_the_slogans_own_words() -> None:
    # A short word added to some list for a rule must not join the pieces unasked
    # ("ne", "n" and "kore" once re-split "#beaner", "#kanebrown" and "#NorthKorea").
    short = {word for word in _known() if len(word) <= 2}
    assert short <= lx.HASHTAG_WORDS
