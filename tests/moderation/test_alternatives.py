"""A union run one alternative at a time (moderation/alternatives.py) finds what the union
finds."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from rejoinder.domain.literals import may_match, needs_of
from rejoinder.domain.normalize import normalize
from rejoinder.moderation import categories, incitement, sayings
from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.alternatives import Alternatives, top_level_branches
from rejoinder.moderation.words import Words

DATA = Path(__file__).parent / "data"
LOWER = string.ascii_lowercase


def _plain(one: str) -> re.Pattern[str]:
    return re.compile(f"(?:{one})(?![a-z])")


def _union(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile("(?<![a-z])(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")(?![a-z])")


def test_the_outermost_alternatives_are_split_and_no_others() -> None:
    assert top_level_branches(r"a(?:b|c)|[|(]d|e\|f|g") == ["a(?:b|c)", "[|(]d", r"e\|f", "g"]


@pytest.mark.parametrize(
    "text",
    [
        "no more lies, no more excuses",
        "more lies",  # one alternative's match inside another's
        "xmore lies and more lies",  # a match inside a word is passed over
        "lies more lies",  # two alternatives matching at one place: the first listed wins
        "nothing here",
    ],
)
def test_the_matches_are_the_unions(text: str) -> None:
    alternatives = ["no more", "more lies", "lies more lies", "lies"]
    split = Alternatives(alternatives, frozenset({"more", "lies"}), _plain, LOWER)
    union = [m.span() for m in _union(alternatives).finditer(text)]
    assert split.spans(frozenset(re.findall("[a-z]+", text)), text) == union


def test_only_the_alternatives_a_word_of_the_comment_cues_run() -> None:
    split = Alternatives(["no more", "lies"], frozenset({"more", "lies"}), _plain, LOWER)
    assert split.spans(frozenset({"lies"}), "no more lies") == [(8, 12)]


def test_a_cue_no_alternative_spells_is_refused() -> None:
    with pytest.raises(ValueError, match="truth"):
        Alternatives(["no more"], frozenset({"more", "truth"}), _plain, LOWER)


def _judged_texts() -> list[str]:
    return [
        json.loads(line)["text"]
        for path in sorted(DATA.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


@pytest.mark.parametrize(
    ("split", "union", "cues"),
    [
        (sayings._SAYINGS, sayings._whole_words(sayings._SAYING), sayings.CUES),
        (sayings._SETS_APART, sayings._whole_words(sayings._SET_APART), sayings.SET_APART_CUES),
        (
            categories._sexual_alternatives(),
            categories._whole_words(categories._SEXUAL_PATTERNS),
            lx.SEXUAL_WORDS,
        ),
    ],
    ids=["sayings", "sets_apart", "sexual"],
)
def test_on_every_judged_comment_the_split_finds_what_the_union_finds(
    split: Alternatives, union: re.Pattern[str], cues: frozenset[str]
) -> None:
    """Where the union would run (some cue in the comment), the alternatives cued find the
    same: no saying in our sets matches without a cue word of its own."""
    for text in _judged_texts():
        words = Words(normalize(text).text)
        if words.present.isdisjoint(cues):
            continue
        expected = [m.span() for m in union.finditer(words.text)]
        assert split.spans(words.present, words.text) == expected, text


def _rule_patterns() -> list[re.Pattern[str]]:
    """Every pattern the rules run through `regex_hits` (and the other compiled ones of the
    same modules): the sayings cued by their words, the unions, the small ones."""
    found = [pattern for pattern, _ in sayings._BY_CUES]
    for module in (categories, sayings, incitement):
        found += [value for value in vars(module).values() if isinstance(value, re.Pattern)]
    return found


def test_no_rule_pattern_is_passed_over_where_it_matches() -> None:
    """The gate `regex_hits` runs a pattern behind (domain/literals.py): on every judged
    comment, a pattern that matches is one the gate lets run."""
    texts = [normalize(text).text for text in _judged_texts()]
    patterns = _rule_patterns()
    assert len(patterns) > 400
    let_run = 0
    for pattern in patterns:
        needs = needs_of(pattern)
        for text in texts:
            if may_match(needs, text):
                let_run += 1
            else:
                assert pattern.search(text) is None, (pattern.pattern[:80], text)
    assert let_run < len(patterns) * len(texts) / 2  # and it does pass over most runs
