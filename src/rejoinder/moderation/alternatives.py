"""A union of patterns run one alternative at a time, each only when a cue word it spells
is in the comment.

A union whose cue words are common ("women", "never", "more", "look") ran in full for any
comment holding one of them, every alternative tried at every letter; split, a comment
holding "more" reads its text once, for "no more <people>". Each alternative is searched
without the lookbehind that makes a match start a word (which keeps the engine from
skipping ahead to where the alternative's first word could start) and the start is
checked here instead. A cued alternative is then searched only where the text holds the
strings it cannot match without (`domain/literals.py`). The matches are the union's: in
the order of the text, the first alternative winning where two match at one place, none
inside another's match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Final

from rejoinder.domain.literals import needs_for

# Optional spaces and separators inside a word an alternative spells ("time ?bombs?",
# "14\s?/?\s?88", "mini(?:-| )?pakistans?"), squeezed out to find the cue words it spells.
_OPTIONAL_JOINS: Final = re.compile(r"\(\?:-\| \)\?|\\s\?|\\s|\s\?|/\?|-\?|\?")


class Alternatives:
    def __init__(
        self,
        alternatives: Sequence[str],
        cues: frozenset[str],
        compile_one: Callable[[str], re.Pattern[str]],
        word_characters: str,
    ) -> None:
        """`compile_one` compiles an alternative without the lookbehind that would make it
        start a word; `word_characters` are those the character before a match must not
        be. An alternative takes every cue whose stem it spells (more than it needs costs
        only time); every cue must be taken by some alternative."""
        self.cues = cues
        self._patterns = [compile_one(alternative) for alternative in alternatives]
        self._word_characters = frozenset(word_characters)
        by_cue: dict[str, list[int]] = {}
        for n, alternative in enumerate(alternatives):
            squeezed = _OPTIONAL_JOINS.sub("", alternative)
            for cue in cues:
                if _stem(cue) in alternative or _stem(cue) in squeezed:
                    by_cue.setdefault(cue, []).append(n)
        if unspelt := cues.difference(by_cue):  # (a frozenset minus dict keys is a set)
            raise ValueError(f"cue words no alternative spells: {sorted(unspelt)}")
        # ... and every alternative must take a cue, or it would never run
        taken = {n for ns in by_cue.values() for n in ns}
        if uncued := [a for n, a in enumerate(alternatives) if n not in taken]:
            raise ValueError(f"alternatives that spell no cue word: {uncued}")
        self._by_cue = {cue: tuple(ns) for cue, ns in by_cue.items()}

    def spans(self, present: frozenset[str], text: str) -> list[tuple[int, int]]:
        """[start, end) of each match in `text`, whose words are `present`."""
        chosen = {n for cue in present & self.cues for n in self._by_cue[cue]}
        chosen = {n for n in chosen if needs_for.may_match(self._patterns[n], text)}
        if not chosen:
            return []
        found = sorted((start, n, end) for n in chosen for start, end in self._starting(n, text))
        spans: list[tuple[int, int]] = []
        for start, _, end in found:
            if not spans or start >= spans[-1][1]:
                spans.append((start, end))
        return spans

    def _starting(self, n: int, text: str) -> Iterator[tuple[int, int]]:
        """The matches of alternative n that start a word, as the lookbehind in front of it
        would find them: a match inside a word is passed over, the search going on from the
        next character."""
        pattern, inside = self._patterns[n], self._word_characters
        position = 0
        while (match := pattern.search(text, position)) is not None:
            start = match.start()
            if start and text[start - 1] in inside:
                position = start + 1
            else:
                yield start, match.end()
                position = max(match.end(), start + 1)  # (no alternative matches nothing)


def top_level_branches(body: str) -> list[str]:
    """The alternatives of a pattern's body at its outermost level."""
    branches, depth, start, k, in_class = [], 0, 0, 0, False
    while k < len(body):
        c = body[k]
        if c == "\\":
            k += 2  # an escaped character opens and closes nothing
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            branches.append(body[start:k])
            start = k + 1
        k += 1
    return [*branches, body[start:]]


def _stem(cue: str) -> str:
    """What an alternative spells of a cue word however it writes the ending: "marr" of
    "marr(?:y|ied|ying)" for "married", "wom" of "wom[ae]n" for "women"."""
    return cue[: max(3, len(cue) - 4)]
