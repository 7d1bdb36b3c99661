"""Text normalisation for matching abuse despite obfuscation, keeping a map to the original.

"Ｆ.u.c.k", "f u c k", "fuuuuck", "phuck" (no), "sh1t", "ѕhit" (Cyrillic ѕ) all normalise so
that one word rule catches them; spans found in the normalised text map back to the reader's
original characters so moderators see exactly what was matched.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

# Letters from other scripts that look like Latin ones (the common spoofing set).
HOMOGLYPHS: Final = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "к": "k", "м": "m", "т": "t",
        "в": "b", "н": "h", "ɡ": "g", "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k",
        "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "β": "b", "η": "n", "μ": "u",
        "ƒ": "f", "ı": "i",
    }
)  # fmt: skip
LEET: Final = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a",
     "$": "s", "!": "i", "|": "l", "+": "t", "€": "e"}
)  # fmt: skip
MASKS: Final = "*#%"
# One character of a word. Python's \w misses Devanagari vowel signs and virama (they are
# marks, not letters), which would cut "मुसलमान" into pieces; they are added here. One
# character class, not an alternation: every comment's words are found with it.
LETTER: Final = "[\\w\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963]"
# Letters split by spaces ("f u c k"), or letter pairs split by punctuation ("ch.u.t.i.y.a").
# Not runs of the letters chat uses as words ("u r a moron", "r u ok", "c u"): they stay words.
_CHAT_RUN: Final = r"[aciruy](?:\s[aciruy])+(?![a-z])(?!\s[a-z](?![a-z]))"
_SPACED: Final = re.compile(rf"(?<![a-z])(?!{_CHAT_RUN})(?:[a-z]\s){{2,}}[a-z](?![a-z])")
_DOTTED: Final = re.compile(r"(?<![a-z])(?:[a-z]{1,2}[.\-_·•*']){2,}[a-z]{1,2}(?![a-z])")
# What every match of each holds, searched first: a pattern opening on a character class is
# searched by skipping to that class, one opening on a lookbehind by trying every position
# (the hints cost a fifth and a third as much, and are found in under 1% of comments).
_DOTTED_HINT: Final = re.compile(r"[.\-_·•*'][a-z]{1,2}[.\-_·•*'][a-z]")
_SPACED_HINT: Final = re.compile(r"\s[a-z]\s[a-z](?![a-z])")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, for each of its characters, the index of the original one."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of the normalised text back to the original."""
        return self.origin[start], self.origin[end - 1] + 1


@lru_cache(maxsize=65_536)
def _fold(ch: str) -> str:
    """One character folded, with zero-width and control characters (bar newline, tab) gone.

    Cached: a comment in Devanagari or with accents repeats a few dozen distinct characters.
    """
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = base.casefold().translate(HOMOGLYPHS)
    return "".join(c for c in folded if c in "\n\t" or unicodedata.category(c) not in {"Cf", "Cc"})


_ASCII_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LEET_CANDIDATES: Final = re.compile(r"[0-9@$!|+€]")  # the keys of LEET


def normalize(text: str) -> Normalized:
    if text.isascii() and not _ASCII_CONTROL.search(text):
        return _normalize_ascii(text)  # most comments: no folding needed, one pass per step
    return _normalize_unicode(text)


class _Folds(dict[int, str]):
    """str.translate's table: each character's fold, worked out on first sight. Characters
    that fold to other than exactly one character (ligatures, zero-width) are noted, so a
    text without them keeps a one-to-one map to the original."""

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()
        self._irregular_pattern: re.Pattern[str] | None = None

    def __missing__(self, code: int) -> str:
        if len(self) >= 65_536:
            self.clear()  # bounded, whatever characters arrive
        folded = self[code] = _fold(chr(code))
        if len(folded) != 1:
            self.irregular.add(chr(code))
            self._irregular_pattern = None
        return folded

    def origin(self, text: str) -> tuple[int, ...]:
        """For each character `text` folds to, the index of the one it comes from. Found
        around the irregular characters only: Devanagari has one (the virama) in most words,
        and a character-by-character walk cost it more than the rest of normalising."""
        if self.irregular.isdisjoint(text):  # the common case: one character for one
            return tuple(range(len(text)))
        if self._irregular_pattern is None:
            characters = "".join(re.escape(c) for c in sorted(self.irregular))
            self._irregular_pattern = re.compile(f"[{characters}]")
        origin: list[int] = []
        position = 0
        for match in self._irregular_pattern.finditer(text):
            i = match.start()
            origin.extend(range(position, i))
            origin.extend([i] * len(self[ord(match.group())]))
            position = i + 1
        origin.extend(range(position, len(text)))
        return tuple(origin)


_FOLDS: Final = _Folds()


def _normalize_unicode(text: str) -> Normalized:
    folded = text.translate(_FOLDS)
    joined = _join(Normalized(_unleet(folded), _FOLDS.origin(text)), _DOTTED, _DOTTED_HINT)
    return _join(joined, _SPACED, _SPACED_HINT)


def _normalize_ascii(text: str) -> Normalized:
    joined = _join(
        Normalized(_unleet(text.lower()), tuple(range(len(text)))), _DOTTED, _DOTTED_HINT
    )
    return _join(joined, _SPACED, _SPACED_HINT)


# "ki11", "he11", "a11": a doubled 1 after a letter is a double l (English doubles l, not i).
_DOUBLE_ONE: Final = re.compile(r"(?<=[a-z])11(?![0-9])")
# "k!!l", "sk!!l" (the 1167th set): two bangs between a letter and a word's closing l stand
# for "il" ("kill", "skill", "chill": English has no "iil"); elsewhere each "!" is an i.
_DOUBLE_BANG: Final = re.compile(r"(?<=[a-z])!!(?=l(?![a-z]))")
# "ni99er", "bi99ot", "N1663r5" (the 1068th set): a doubled 9 or 6 between letters is a
# double g, read after the other digits are letters (a single 9 or 6 stays: "9th", "9pm"
# and the like sit beside letters far more often than any word hidden with one).
_DOUBLE_G: Final = re.compile(r"(?<=[a-z])(?:66|99)(?=[a-z])")


def _unleet(text: str) -> str:
    """Leet digits count as letters beside a letter ("sh1t", "h3ll0", not "in 1999"); symbols
    only between letters ("sh!t", not "idiot!"). Only candidate characters are looked at."""
    if "11" in text:
        text = _DOUBLE_ONE.sub("ll", text)
    if "!!" in text:
        text = _DOUBLE_BANG.sub("il", text)
    mapped: list[str] | None = None
    for match in _LEET_CANDIDATES.finditer(text):
        i = match.start()
        if _leet_here(text, i):
            mapped = mapped or list(text)
            mapped[i] = text[i].translate(LEET)
    if mapped is None:
        return text  # (a digit beside a letter is a candidate: a doubled 9 or 6 is mapped)
    unleeted = "".join(mapped)
    if "66" in unleeted or "99" in unleeted:
        unleeted = _DOUBLE_G.sub("gg", unleeted)
    return unleeted


def _leet_here(text: str, i: int) -> bool:
    if text[i].isdigit():
        return (i > 0 and text[i - 1].isalpha()) or (i + 1 < len(text) and text[i + 1].isalpha())
    # Up to two symbols between letters count ("a$$hole", not "wow!!!yes"), and "@" or "$$"
    # closing a word ("n1gg@", "a$$"): punctuation after a word is neither.
    start, end = i, i + 1
    while start > 0 and text[start - 1] in _SYMBOLS:
        start -= 1
    while end < len(text) and text[end] in _SYMBOLS:
        end += 1
    if start == 0 or not text[start - 1].isalpha():
        return False
    if end < len(text) and text[end].isalpha():
        return end - start <= 2  # not "wow!!!yes"
    closing = text[start:end]
    return (end == len(text) or not text[end].isalnum()) and ("@" in closing or "$$" in closing)


_SYMBOLS: Final = frozenset("@$!|+€")  # the keys of LEET that are not digits


def _join(normalized: Normalized, pattern: re.Pattern[str], hint: re.Pattern[str]) -> Normalized:
    """Drop the separators inside every match of `pattern`, keeping the letters' origins
    (`hint`: what every match holds)."""
    text, origin = normalized.text, normalized.origin
    if hint.search(text) is None or pattern.search(text) is None:
        return normalized  # most texts: nothing to join, nothing to copy
    out: list[str] = []
    out_origin: list[int] = []
    position = 0
    for match in pattern.finditer(text):
        out.extend(text[position : match.start()])
        out_origin.extend(origin[position : match.start()])
        for i in range(match.start(), match.end()):
            if text[i].isalpha():
                out.append(text[i])
                out_origin.append(origin[i])
        position = match.end()
    out.extend(text[position:])
    out_origin.extend(origin[position:])
    return Normalized("".join(out), tuple(out_origin))


# A word cut by a dot, an underscore or a hyphen to hide it ("chu.tiya", "nig_ger",
# "cu-nt"): too like a run-on sentence ("done.Then") to join every time, so only where the
# joined letters are a word the caller lists, of three letters or more ("b.c." is not "bc",
# a gaali). A hyphen also joins words that are words apart ("brain-dead", "hook-nosed",
# "sub-human"), which the rules read as the two: a run with a hyphen is joined only where
# one of its pieces is no word the caller knows. Not apostrophes ("pig's").
_CUT: Final = re.compile(r"[._-](?=[a-z])")  # (a letter before is checked: a pattern opening on a
# lookbehind, or on any letter, is tried at every position, this one only at the marks)
# What most texts are cleared by first: a pattern opening on one literal character is
# searched four times as fast as one opening on a class.
_DOT_CUT: Final = re.compile(r"\.(?=[a-z])")
_CUTS: Final = frozenset("._-")
_PIECES: Final = re.compile(r"[._-]")
_SHORTEST_JOINED: Final = 3


def join_cut_words(
    normalized: Normalized, listed: Collection[str], known: Collection[str] = ()
) -> Normalized:
    """`normalized` with the separators dropped inside every run of letters cut by single
    separators whose letters, joined, are a word of `listed` (the letters' origins kept);
    a run cut by a hyphen only where some piece is not a word of `known`."""
    text = normalized.text
    if "_" not in text and "-" not in text and _DOT_CUT.search(text) is None:
        return normalized  # most texts
    runs: list[tuple[int, int]] = []
    searched_from = 0
    for cut in _CUT.finditer(text):
        at = cut.start()
        if at < searched_from or not text[at - 1 : at].isalpha():
            continue  # (a later cut of a run already read, or no letter before it)
        start, end = _run_around(text, at)
        searched_from = end
        if _joins(text, start, end, listed, known):
            runs.append((start, end))
    if not runs:
        return normalized
    keep = [True] * len(text)
    for start, end in runs:
        for i in range(start, end):
            keep[i] = text[i] not in _CUTS
    return Normalized(
        "".join(c for c, kept in zip(text, keep, strict=True) if kept),
        tuple(o for o, kept in zip(normalized.origin, keep, strict=True) if kept),
    )


def _joins(
    text: str, start: int, end: int, listed: Collection[str], known: Collection[str]
) -> bool:
    if (start and text[start - 1].isalnum()) or text[end : end + 1].isalnum():
        return False  # a token of another kind ("ab1c.def", "v2-beta")
    run = text[start:end]
    joined = "".join(c for c in run if c not in _CUTS)
    if len(joined) < _SHORTEST_JOINED or joined not in listed:
        return False
    return "-" not in run or not all(piece in known for piece in _PIECES.split(run))


def _run_around(text: str, cut: int) -> tuple[int, int]:
    """The run of letters and single separators around the separator at `cut` (a digit at
    either end makes it a token of another kind: "ab1c.def" is not read as "cdef")."""
    start = cut
    while start > 0 and (
        text[start - 1].isalpha()
        or (text[start - 1] in _CUTS and text[start - 2 : start - 1].isalpha())
    ):
        start -= 1
    end = cut + 1
    while end < len(text) and (
        text[end].isalpha() or (text[end] in _CUTS and text[end + 1 : end + 2].isalpha())
    ):
        end += 1
    return start, end


def word_pattern(word: str) -> str:
    """A regex for `word` that tolerates stretched letters and one masked letter per run.

    'ass' -> a+s{2,} : matches 'asss' and 'a*s' style masking, but never the word 'as'.
    """
    folded = normalize(word.strip()).text
    parts = []
    for index, run in enumerate(re.finditer(r"(.)\1*", folded)):
        ch, length = re.escape(run.group(1)), len(run.group(0))
        inner = index > 0 and run.end() < len(folded)
        unit = f"(?:{ch}|[{re.escape(MASKS)}])" if inner else ch
        parts.append(f"{unit}{{{length},}}")
    return "".join(parts)


def fingerprint(normalized: Normalized) -> str:
    """A hash that is equal for texts that differ only in case, spacing and obfuscation."""
    squeezed = " ".join(normalized.text.split())
    return hashlib.sha256(squeezed.encode("utf-8")).hexdigest()
