"""What a pattern cannot match without is read from the pattern, and the gate built on it
never passes over a text the pattern matches in."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rejoinder.domain.literals import (
    NeedsCache,
    branch_needs_of,
    key_of,
    may_match,
    may_match_some,
    needs_for,
    needs_of,
    readings_of,
    table_entry,
)
from rejoinder.domain.normalize import normalize
from rejoinder.domain.threats import compiled, find_threats
from rejoinder.moderation.literal_needs import learn_literal_needs

MODERATION_TESTS = Path(__file__).parents[1] / "moderation"


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        # words between runs of spaces: each a need of its own (too short ones dropped)
        (r"(?:i|we)\s+(?:kill|shoot)\s+(?:you|them)", [{"kill", "shoot"}, {"you", "them"}]),
        # exact strings joined while few: the whole phrase
        (r"hitler (?:was|is) right", [{"hitler was right", "hitler is right"}]),
        (r"kills?", [{"kill"}]),  # "kills" holds "kill"
        (r"wom[ae]n", [{"woman", "women"}]),
        (r"(?<![a-z])cats?(?![a-z])", [{"cat"}]),  # lookarounds match no characters
        (r"(?:kill){2,}\s+them", [{"kill"}, {"them"}]),
        # an alternation whose alternatives are not exact: the strongest need of each (one
        # string of four letters before two)
        (r"(?:hang|lynch)\s+them|burn\s+(?:him|her)", [{"them", "burn"}]),
        (r"ab", []),  # shorter than a useful need
        # exact strings too many to try: the part they all hold
        (
            r"(?:from|of) the land of (?:curry|scams|slums|sewers|rapes|cows|snakes|smog|dust)",
            [{" the land of "}],
        ),
    ],
)
def test_needs_read_from_the_pattern(pattern: str, needs: list[set[str]]) -> None:
    assert sorted(map(sorted, needs_of(re.compile(pattern)))) == sorted(map(sorted, needs))


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"kill|\w+", []),  # an alternative that needs nothing
        (r"(kill)\s+\1", [{"kill"}]),  # what a backreference repeats is not followed...
        (r"(?i)kill", []),  # ... nor a flag
        (r"[^a-z]+", []),  # ... nor a negated class
        (r"(?:kill)*", []),  # optional
    ],
)
def test_what_is_not_followed_needs_nothing(pattern: str, needs: list[set[str]]) -> None:
    assert sorted(map(sorted, needs_of(re.compile(pattern)))) == sorted(map(sorted, needs))


def test_may_match_needs_one_string_of_every_need() -> None:
    needs = (frozenset({"kill", "shoot"}), frozenset({"them"}))
    assert may_match(needs, "shoot them all")
    assert not may_match(needs, "shoot the messenger")
    assert not may_match(needs, "tell them")
    assert may_match((), "")


@pytest.mark.parametrize(
    "text",
    [
        "shoot them all",
        "shoot the messenger",
        "tell them",
        "we kill them",
        "kill kill",
        "them",
        "",
        "ki",
    ],
)
def test_the_gate_answers_as_the_needs_do(text: str) -> None:
    union = re.compile(r"(?<![a-z])(?:i|we) (?:kill|shoot) them|(?<![a-z])they shoot him")
    plain = re.compile(r"(?:kill|shoot)\s+them")
    learnt = NeedsCache()
    learnt.learn({key_of(p): table_entry(readings_of(p)) for p in (union, plain)})
    read_at_first_use = NeedsCache()
    for cache in (learnt, read_at_first_use):
        assert cache.may_match(plain, text) is may_match(needs_of(plain), text)
        assert cache.may_match_some(union, text) is may_match_some(branch_needs_of(union), text)
    assert learnt.parsed == 0  # (the table's strings, searched for in one pass)
    assert read_at_first_use.parsed == 2  # (substring tests)


def test_each_text_is_searched_afresh() -> None:
    # (the strings found in the last text are kept: another text, even an equal one, is
    # searched again)
    pattern = re.compile(r"kill\s+them")
    cache = NeedsCache()
    cache.learn({key_of(pattern): table_entry(readings_of(pattern))})
    assert cache.may_match(pattern, "kill them")
    assert not cache.may_match(pattern, "skip them")
    assert cache.may_match(pattern, "".join(["kil", "l them"]))
    assert not cache.may_match(pattern, "".join(["ski", "p them"]))


def test_a_string_of_an_earlier_table_is_still_searched_for() -> None:
    pattern = re.compile(r"kill\s+them")
    cache = NeedsCache()
    cache.learn({key_of(pattern): [[["slay"]], None]})
    assert cache.may_match(pattern, "slay the dragon")  # (read from the first table)
    cache.learn({key_of(pattern): table_entry(readings_of(pattern))})
    assert cache.may_match(pattern, "slay the dragon")
    assert not cache.may_match(pattern, "kill them")  # (as it was read)


def test_a_table_of_patterns_that_need_nothing_lets_them_run() -> None:
    # (no string to search for: nothing is searched, and every text may match)
    pattern = re.compile(r"\w+")
    cache = NeedsCache()
    cache.learn({key_of(pattern): table_entry(readings_of(pattern))})
    assert cache.may_match(pattern, "any text") and cache.may_match_some(pattern, "")
    assert cache.parsed == 0


def test_the_cache_reads_each_pattern_once_and_knows_a_new_one() -> None:
    cache = NeedsCache()
    pattern = re.compile(r"kill\s+them")
    assert cache(pattern) is cache(pattern)
    other = re.compile(r"burn\s+them")
    assert set(cache(other)) == {frozenset({"burn"}), frozenset({"them"})}


def test_a_union_is_read_alternative_by_alternative() -> None:
    # (a union of alternatives that spell different words needs none of them whole)
    pattern = re.compile(r"(?<![a-z])(?:i|we) will kill you|(?<![a-z])(?:they|you) shoot him")
    branches = branch_needs_of(pattern)
    assert len(branches) == 2
    assert frozenset({"i will kill you", "we will kill you"}) in branches[0]
    assert frozenset({"they shoot him", "you shoot him"}) in branches[1]
    assert may_match_some(branches, "we will kill you")
    assert may_match_some(branches, "they shoot him")
    assert not may_match_some(branches, "kill him, shoot you")
    # an alternative that needs nothing: the union's needs, whole, as one
    assert branch_needs_of(re.compile(r"kill you|\w+")) == (needs_of(re.compile(r"kill you|\w+")),)
    assert branch_needs_of(re.compile(r"kill\s+them")) == (needs_of(re.compile(r"kill\s+them")),)
    cache = NeedsCache()
    assert cache.branches(pattern) is cache.branches(pattern)


def test_a_table_of_readings_made_ahead_is_taken_in_place_of_parsing() -> None:
    union = re.compile(r"(?<![a-z])(?:i|we) will kill you|(?<![a-z])(?:they|you) shoot him")
    plain = re.compile(r"kill\s+them")
    cache = NeedsCache()
    cache.learn({key_of(p): table_entry(readings_of(p)) for p in (union, plain)})
    assert cache.branches(union) == branch_needs_of(union)
    assert cache(union) == needs_of(union)
    assert cache.branches(plain) == branch_needs_of(plain) == (needs_of(plain),)
    assert cache.parsed == 0
    # a pattern the table lacks (an edited rule) is read at its first use
    assert cache(re.compile(r"burn\s+them")) == needs_of(re.compile(r"burn\s+them"))
    assert cache.parsed == 1


def test_the_table_is_believed_and_a_pattern_edited_is_a_new_name() -> None:
    pattern = re.compile(r"kill\s+them")
    cache = NeedsCache()
    cache.learn({key_of(pattern): [[["slay"]], None]})
    assert cache(pattern) == (frozenset({"slay"}),)  # (so the table must be current)
    assert key_of(re.compile(r"kill\s+them", re.IGNORECASE)) != key_of(pattern)
    assert key_of(re.compile(r"kill\s+those")) != key_of(pattern)


def test_readings_as_json_come_back_the_same() -> None:
    for source in (r"kill\s+them", r"kill you|\w+", r"(?i)kill", r"(?:a|b) kill|(?:c|d) shoot"):
        pattern = re.compile(source)
        cache = NeedsCache()
        cache.learn(json.loads(json.dumps({key_of(pattern): table_entry(readings_of(pattern))})))
        assert (cache(pattern), cache.branches(pattern)) == readings_of(pattern)


def _judged_texts() -> list[str]:
    texts = []
    for folder in (
        MODERATION_TESTS / "data",
        MODERATION_TESTS / "rounds",
        MODERATION_TESTS / "unseen",
    ):
        for path in sorted(folder.glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and json.loads(line)["label"] == 1:
                    texts.append(normalize(json.loads(line)["text"]).text)
    return texts


def test_no_threat_pattern_is_passed_over_where_it_matches() -> None:
    """Every threat pattern, run without its gate on every abusive judgment line: where it
    matches, the gate lets it run (and so the threats found are the same); and the gate
    of the shipped table answers as the needs it holds do."""
    texts = _judged_texts()
    assert len(texts) > 2000
    learn_literal_needs()
    # (as find_threats reads them: alternative by alternative)
    gated = [(p, branch_needs_of(p.regex)) for p in compiled()]
    matched = 0
    for text in texts:  # (text by text, as the rules run: each text searched once)
        for pattern, branches in gated:
            passed = needs_for.may_match_some(pattern.regex, text)
            assert passed is may_match_some(branches, text), (pattern.reason, text)
            if not passed:
                assert pattern.regex.search(text) is None, (pattern.reason, text)
            else:
                matched += 1
    assert matched > 0
    text = normalize("They should all be shot.").text
    assert find_threats(text) == find_threats(text, frozenset(text.rstrip(".").split()))


def test_no_cued_row_is_passed_over_where_it_matches() -> None:
    """Every cued row's pattern, run without its gate on every abusive judgment line: where
    it matches, the gate read alternative by alternative lets it run."""
    from rejoinder.moderation.cued import CUED_PATTERNS

    texts = _judged_texts()
    learn_literal_needs()
    ran = 0
    for text in texts:
        for _, pattern, _, _, reason in CUED_PATTERNS:
            if needs_for.may_match_some(pattern, text):
                ran += 1
            else:
                assert pattern.search(text) is None, (reason, pattern.pattern[:80], text)
    assert 0 < ran < len(CUED_PATTERNS) * len(texts) / 10
