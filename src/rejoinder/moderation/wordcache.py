"""A function's answer for every word (or token) asked, kept in a bounded dict.

Most words of most comments were seen before, so the checks and the learned model look
each one up rather than work it out again. A plain dict's hit costs less than
`functools.lru_cache`'s (which reorders its list on every hit); the bound is kept by
emptying the dict when it is full, which whatever text arrives cannot grow past.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class WordCache(dict[str, T]):
    def __init__(self, answer: Callable[[str], T], size: int = 100_000) -> None:
        super().__init__()
        self._answer = answer
        self._size = size

    def __missing__(self, word: str) -> T:
        if len(self) >= self._size:
            self.clear()
        answer = self[word] = self._answer(word)
        return answer
