from __future__ import annotations

import re

import pytest

from rejoinder.domain.errors import InvalidInput
from rejoinder.domain.normalize import fingerprint, normalize, word_pattern
from rejoinder.domain.policy import ModerationPolicy, policy_from_dict, policy_to_dict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ｆ.u.c.k you", "fuck you"),
        ("f u c k off", "fuck off"),
        ("sh1t, sh!t and h3ll0", "shit, shit and hello"),
        ("in 1999!", "in 1999!"),
        ("ѕhіt", "shit"),  # Cyrillic s and i
        ("Crème brûlée", "creme brulee"),
        ("zero\u200bwidth", "zerowidth"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_spans_map_back_to_the_original() -> None:
    text = "oh Ｆ.u.c.k!"
    normalized = normalize(text)
    match = re.search(word_pattern("fuck"), normalized.text)
    assert match is not None
    start, end = normalized.span(match.start(), match.end())
    assert text[start:end] == "Ｆ.u.c.k"


@pytest.mark.parametrize(
    ("word", "hits", "misses"),
    [
        ("ass", ["asss", "aaass"], ["as", "a"]),
        ("fuck", ["fuuuuck", "f*ck", "ffuck"], ["fuk", "fck"]),
    ],
)
def test_word_pattern(word: str, hits: list[str], misses: list[str]) -> None:
    regex = re.compile(rf"^{word_pattern(word)}$")
    assert all(regex.match(normalize(h).text) for h in hits)
    assert not any(regex.match(normalize(m).text) for m in misses)


def test_fingerprint_ignores_case_spacing_and_leet() -> None:
    assert fingerprint("Visit my  profile!") == fingerprint("V1SIT my profile!")
    assert fingerprint("Visit my profile!") != fingerprint("Visit your profile!")


def test_policy_round_trip_and_validation() -> None:
    policy = policy_from_dict({"block_words": ["x"], "links": {"hold_above": 5}})
    assert policy.block_words == ("x",) and policy.links.hold_above == 5
    assert policy.suspect_words == ModerationPolicy().suspect_words  # defaults kept
    assert policy_from_dict(policy_to_dict(policy)) == policy
    with pytest.raises(InvalidInput):
        policy_from_dict({"no_such_setting": 1})
    with pytest.raises(InvalidInput):
        policy_from_dict({"links": {"nope": 1}})
