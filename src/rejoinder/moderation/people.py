"""The people a site's comments name: its reporters, councillors, local figures.

The rules read a person named where they read a public figure they ship ("Modi is a
bastard", "someone should shoot Starmer", "Kejriwal ko latka do"); a name the lists do not
hold was read as a word ("Jane Smith is a bastard" scored as an insult of no one, 0.6, and
published). A site lists the names its comments go for in its policy (`people`), and the
rules read each as written in the place of a shipped public figure's name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from rejoinder.domain.normalize import normalize
from rejoinder.domain.threats import PUBLIC_FIGURE_NAMES

# A shipped public figure's name that no rule reads as anything but a name: a site's people
# are read as if written so.
STAND_IN: Final = "galloway"
assert STAND_IN in PUBLIC_FIGURE_NAMES.split("|")
_SHORTEST_NAME: Final = 2  # ("Al" is a name; a single letter is not)
_WORD: Final = re.compile(r"\w+")


class NamedPeople:
    """A site's names, found whole in a normalised text."""

    __slots__ = ("_first_words", "_pattern")

    def __init__(self, pattern: re.Pattern[str], first_words: frozenset[str]) -> None:
        self._pattern = pattern
        self._first_words = first_words

    def reading(self, text: str) -> tuple[str, list[int]] | None:
        """`text` with each name written as the stand-in, and where each of its characters
        comes from in `text` (a name's stand-in spans the name); None where no name is."""
        # (a name's first word looked up first: the alternation of a long list of names,
        # tried at every place of a comment, cost 0.9 ms a comment for 5,000 names)
        if self._first_words.isdisjoint(_WORD.findall(text)):
            return None  # (most comments)
        matches = list(self._pattern.finditer(text))
        if not matches:
            return None
        parts: list[str] = []
        origin: list[int] = []
        end = 0
        for match in matches:
            start = match.start()
            parts.append(text[end:start])
            origin.extend(range(end, start))
            parts.append(STAND_IN)
            origin.extend(_spread(start, match.end(), len(STAND_IN)))
            end = match.end()
        parts.append(text[end:])
        origin.extend(range(end, len(text)))
        return "".join(parts), origin


def _spread(start: int, end: int, length: int) -> list[int]:
    """`length` positions from `start` to `end - 1`: the first at the name's first
    character, the last at its last, so a hit's span maps back to the whole name."""
    last = end - 1 - start
    return [start + (k * last) // (length - 1) for k in range(length)]


@lru_cache(maxsize=64)
def named_people(names: tuple[str, ...]) -> NamedPeople | None:
    """The finder of `names` (as the policy holds them; None for none): each normalised as
    comments are, matched whole, the longest first ("Jane Smith" before "Jane")."""
    written = {" ".join(normalize(name).text.split()) for name in names}
    kept = sorted((n for n in written if len(n) >= _SHORTEST_NAME), key=lambda n: (-len(n), n))
    if not kept:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in kept)
    first_words = frozenset(_WORD.findall(name)[0] for name in kept if _WORD.search(name))
    return NamedPeople(re.compile(rf"(?<![\w'’])(?:{alternatives})(?![\w])"), first_words)
