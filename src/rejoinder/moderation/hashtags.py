"""Hashtags read as the words they run together: "#KillAllMuslims" as "kill all muslims".

Normalised text is lower case, so the capitals that mark the words are gone; a hashtag is
split into words the rules know (every word of the lexicon's lists but the offensive ones)
and common words of slogans, the split with the fewest words winning. A hashtag that cannot
be split wholly into such words ("#jnu", "#lawdean") is left as written.
"""

from __future__ import annotations

from functools import lru_cache

from rejoinder.moderation import lexicon as lx

_LONGEST = 14  # letters in the longest word a split looks for


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Every word of the lexicon's lists and phrases (the common words of slogans among
    them)."""
    words = lx.HASHTAG_WORDS | lx.every_listed_word()
    # Not the offensive words themselves: found inside a run of letters they are as often an
    # accident ("#lawdean" holds "lawde", "#antifagr" "fag") as meant; the slogans are made
    # of ordinary words ("#GasTheJews").
    offensive = lx.SLURS | lx.GAALI | lx.STRONG_INSULTS | lx.MILD_INSULTS | lx.PROFANE_WORDS
    offensive |= lx.NOT_HASHTAG_WORDS
    return frozenset(
        w
        for w in words
        if isinstance(w, str)
        and w.isascii()
        and w.isalpha()
        and w not in offensive
        # Letters and two-letter words only where the slogans' list names them: the lists'
        # own ("st", "id", "re", "r") split "#stupid" into "st up id" and "#Houston" into "ho
        # u st on", and a short word added for a rule would quietly re-split others.
        and (len(w) > 2 or w in lx.HASHTAG_WORDS)
    )


@lru_cache(maxsize=4096)
def split(tag: str) -> tuple[str, ...] | None:
    """The words of a hashtag's text (lower case, no "#"), fewest first; None when some part
    is no known word."""
    known = _known()
    best: list[tuple[str, ...] | None] = [None] * (len(tag) + 1)
    best[0] = ()
    for end in range(1, len(tag) + 1):
        for start in range(max(0, end - _LONGEST), end):
            before = best[start]
            word = tag[start:end]
            if before is None or word not in known:
                continue
            if best[end] is None or len(before) + 1 < len(best[end] or ()):
                best[end] = (*before, word)
    words = best[len(tag)]
    return words if words is not None and len(words) > 1 else None
