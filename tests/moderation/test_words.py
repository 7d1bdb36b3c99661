"""A comment's words and where each stands."""

from __future__ import annotations

import random

import pytest

from rejoinder.moderation.words import TOKEN, Words


def _places(text: str) -> list[tuple[int, int]]:
    words = Words(text)
    return [words.span(i) for i in range(len(words))]


@pytest.mark.parametrize(
    "text",
    [
        "you're a f**k*ng idiot, aren't you?",
        "f*** off ** mate f**",
        "id*ot id**ot id'*'ot 'quoted' o'neil's",
        "abc abcd abc ab_c a1 1a __ _",
        "kill kill killer skill kill",
        "",
        "   ",
        "...!?",
        "मुसलमान log aise hi hote hain",  # (not ASCII: the pattern finds them)
        "café culture, naïve view",
    ],
)
def test_each_word_stands_where_the_pattern_finds_it(text: str) -> None:
    assert _places(text) == [m.span() for m in TOKEN.finditer(text)]


def test_in_any_text_of_words_masks_and_punctuation() -> None:
    # (words found from where the last ended must be where the pattern finds them, whatever
    # stands between: masks, apostrophes, stars, underscores and digits included)
    alphabet = "ab_1'*#% .,!?-\n"
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        assert _places(text) == [m.span() for m in TOKEN.finditer(text)], repr(text)
