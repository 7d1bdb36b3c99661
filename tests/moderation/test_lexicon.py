"""The word lists are data: each phrase must be a tuple of words the matcher can meet."""

from __future__ import annotations

import re

import pytest

from rejoinder.moderation import lexicon as lx

PHRASE_SETS = {
    name: value
    for name, value in vars(lx).items()
    if name.isupper()
    and isinstance(value, frozenset)
    and value
    and all(isinstance(item, tuple) for item in value)
}
WORD = re.compile(r"[^\s]+")


def test_the_phrase_sets_are_found() -> None:
    assert {"ATTACK_PHRASES", "GROUP_PHRASES"} <= PHRASE_SETS.keys()


@pytest.mark.parametrize("name", sorted(PHRASE_SETS))
def test_every_phrase_is_a_tuple_of_single_lowercase_words(name: str) -> None:
    # A phrase built by a comprehension that forgot to unpack a tuple ("(*should, verb)")
    # holds a tuple where a word belongs, and can never match.
    bad = [
        phrase
        for phrase in PHRASE_SETS[name]
        if not phrase
        or not all(
            isinstance(word, str) and WORD.fullmatch(word) and word == word.lower()
            for word in phrase
        )
    ]
    assert bad == []
