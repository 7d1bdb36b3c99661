"""Devanagari read in the romanised spelling Hindi comments use, for the rules.

The word lists and patterns know romanised Hindi far better than Devanagari ("madarchod",
"goli maar do", "desh se nikalo" each have a Devanagari counterpart only where one was
written). A comment in Devanagari is therefore also read transliterated the way people type
Hindi in Latin letters: "मादरचोद" as "madarchod", "गद्दार" as "gaddar", "तेरी माँ की" as "teri
maa ki". The text it reads is normalised (`domain.normalize`), which has already dropped
the virama and the nukta: a conjunct reads as consonants with the inherent vowel between,
which the schwa deletion below removes as speech does ("ग द द ा र" -> "gaddar").

Schwa deletion follows the usual rule for Hindi: the inherent "a" is not said at the end of a
word, nor between a vowel-and-consonant and a consonant-and-vowel (V C _ C V), taken from
the right. It is a heuristic, good enough for the lists' spellings; the gaali spelling
families (`spellings.py`) absorb the rest.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Final

_CONSONANTS: Final = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j",
    "झ": "jh", "ञ": "n", "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t",
    "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh",
    "म": "m", "य": "y", "र": "r", "ल": "l", "व": "w", "श": "sh", "ष": "sh", "स": "s",
    "ह": "h", "ळ": "l",
}  # fmt: skip
_VOWEL_SIGNS: Final = {
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai",
    "ो": "o", "ौ": "au", "ॅ": "e", "ॉ": "o",
}  # fmt: skip
_VOWELS: Final = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e",
    "ऐ": "ai", "ओ": "o", "औ": "au", "ऑ": "o",
}  # fmt: skip
_NASALS: Final = frozenset("ंँ")
# Common words whose sound-by-sound spelling is not how they are typed, where the rules'
# patterns spell them as typed (the forty-eighth session's veiled threats in Devanagari:
# "पता सबको मालूम है", "अब वो कुछ नहीं लिखता", "ज़माना ख़राब है"). The nukta is gone by now
# (normalize), so "ज़" reads "j" and "फ़" "ph"; so is the virama, so a word that opens with
# two consonants gets a vowel between them that the schwa deletion cannot take back
# ("क्या" "kaya", "प्यार" "payar", "भक्त" "bhakat"): the commonest of them are listed.
_AS_TYPED: Final = {
    "kuchh": "kuch", "malum": "maloom", "patarkar": "patrakar", "patarkaron": "patrakaron",
    "jamana": "zamana", "phikar": "fikar", "daphtar": "daftar", "tut": "toot",
    "maidam": "madam", "jindagi": "zindagi", "jarurat": "zarurat",
    "kaya": "kya", "kayon": "kyon", "kayun": "kyun", "payar": "pyar", "jayada": "zyada",
    "pardhan": "pradhan", "pardhanmantri": "pradhanmantri", "sakul": "school",
    "bhakat": "bhakt", "darohi": "drohi", "deshadrohi": "deshdrohi",
    "deshadrohiyon": "deshdrohiyon", "barahman": "brahman", "barahamnon": "brahmanon",
    "tayohar": "tyohar", "nayay": "nyay", "dhayan": "dhyan", "sawagat": "swagat",
    "dawara": "dwara", "anapdhon": "anpadhon", "shari": "shri", "satri": "stri",
    "parshasan": "prashasan", "parchar": "prachar", "tayag": "tyag", "karur": "krur",
}  # fmt: skip
_DIGITS: Final = {chr(0x0966 + n): str(n) for n in range(10)}
_DEVANAGARI: Final = re.compile("[\u0900-\u097f]+")
INHERENT: Final = "a"


@dataclass(slots=True)
class _Syllable:
    consonant: str  # "" for a vowel standing alone
    vowel: str  # the inherent "a" where no sign is written
    inherent: bool
    coda: str  # a nasal ("n") or a visarga ("h")
    origin: int  # index of the letter in the text
    long_a: bool = False  # written "ा" or "आ"
    vowel_origin: int = -1  # index of the vowel sign, where one is written
    coda_origin: int = -1


def has_devanagari(text: str) -> bool:
    return not text.isascii() and _DEVANAGARI.search(text) is not None


class Origins:
    """For each character of the romanised text, the index of the one in `text` it comes
    from; worked out only when a character is asked (the spans of hits, which most comments
    do not have)."""

    __slots__ = ("_length", "_runs", "_starts", "_text")

    def __init__(self, text: str, length: int) -> None:
        self._text = text
        self._length = length
        # (start in the romanised text, start in the text, places in a transliterated word or
        # None where the text is copied)
        self._runs: list[tuple[int, int, tuple[int, ...] | None]] = []
        self._starts: list[int] = []

    def __getitem__(self, k: int) -> int:
        if not self._runs:
            self._runs = _runs(self._text)
            self._starts = [run[0] for run in self._runs]
        start, origin, places = self._runs[bisect_right(self._starts, k) - 1]
        return origin + (k - start if places is None else places[k - start])

    def __len__(self) -> int:
        return self._length


def romanised(text: str) -> tuple[str, Origins]:
    """`text` with its Devanagari transliterated, and each character's index in `text`."""
    spelled = _DEVANAGARI.sub(_transliterated, text)
    return spelled, Origins(text, len(spelled))


def _transliterated(run: re.Match[str]) -> str:
    return _word(run.group(0))[0]


def _runs(text: str) -> list[tuple[int, int, tuple[int, ...] | None]]:
    runs: list[tuple[int, int, tuple[int, ...] | None]] = []
    length = position = 0
    for run in _DEVANAGARI.finditer(text):
        copied = run.start() - position
        if copied:
            runs.append((length, position, None))
            length += copied
        word, places = _word(run.group(0))
        runs.append((length, run.start(), places))
        length += len(word)
        position = run.end()
    if position < len(text):
        runs.append((length, position, None))
    return runs


@lru_cache(maxsize=65_536)
def _word(letters: str) -> tuple[str, tuple[int, ...]]:
    """A run of Devanagari, transliterated, and where in the run each letter comes from.
    Cached: a comment's words are mostly the language's commonest ("है", "की", "के")."""
    offset = 0
    syllables: list[_Syllable] = []
    out: list[str] = []
    places: list[int] = []
    for k, letter in enumerate(letters):
        if letter in _CONSONANTS:
            syllables.append(_Syllable(_CONSONANTS[letter], INHERENT, True, "", offset + k))
        elif letter in _VOWEL_SIGNS and syllables and syllables[-1].inherent:
            syllables[-1].vowel, syllables[-1].inherent = _VOWEL_SIGNS[letter], False
            syllables[-1].long_a = letter == "ा"
            syllables[-1].vowel_origin = offset + k
        elif letter in _VOWELS:
            syllables.append(_Syllable("", _VOWELS[letter], False, "", offset + k, letter == "आ"))
        elif letter in _NASALS and syllables:
            syllables[-1].coda, syllables[-1].coda_origin = "n", offset + k
        elif letter == "ः" and syllables:
            syllables[-1].coda, syllables[-1].coda_origin = "h", offset + k
        elif letter in _DIGITS:
            syllables.append(_Syllable(_DIGITS[letter], "", False, "", offset + k))
    _delete_schwas(syllables)
    _nasals_before_lips(syllables)
    if _one_closed_long_a(syllables):
        syllables[0].vowel = "aa"  # "रात", "बाप", "मार": "raat", "baap", "maar", as typed
    for syllable in syllables:
        for part, place in _spelled(syllable, syllable is syllables[-1]):
            out.append(part)
            places.extend([place] * len(part))
    spelled = "".join(out)
    if (typed := _AS_TYPED.get(spelled)) is not None:
        # (each typed letter placed at the letter in the same share of the word)
        share = [places[k * len(places) // len(typed)] for k in range(len(typed))]
        return typed, tuple(share)
    return spelled, tuple(places)


def _delete_schwas(syllables: list[_Syllable]) -> None:
    """The inherent vowel unsaid at the end of a word and in V C _ C V, from the right."""
    last = len(syllables) - 1
    for i in range(last, -1, -1):
        syllable = syllables[i]
        if not syllable.inherent or not syllable.consonant or syllable.coda:
            continue
        final = i == last and last > 0
        between = 0 < i < last and bool(syllables[i - 1].vowel) and _voiced(syllables[i + 1])
        if final or between:
            syllable.vowel = ""


def _nasals_before_lips(syllables: list[_Syllable]) -> None:
    """A nasal said as "m" before p, b or m, as it is typed: "संभल", "चंपा", "कंबल" as
    "sambhal", "champa", "kambal" (not "sanbhal"), where the word lists spell them so."""
    for syllable, after in pairwise(syllables):
        if syllable.coda == "n" and syllable.vowel and after.consonant[:1] in ("p", "b", "m"):
            syllable.coda = "m"


def _one_closed_long_a(syllables: list[_Syllable]) -> bool:
    """A word of one syllable, a long "a" closed by a consonant ("रात", not "पाकिस्तान")."""
    voiced = [s for s in syllables if s.vowel]
    return (
        len(voiced) == 1
        and voiced[0] is syllables[0]
        and syllables[0].long_a
        and len(syllables) > 1
        and not syllables[-1].vowel
    )


def _voiced(syllable: _Syllable) -> bool:
    return bool(syllable.consonant) and bool(syllable.vowel)


def _spelled(syllable: _Syllable, last: bool) -> list[tuple[str, int]]:
    """The syllable's letters, each part with the index of the letter it comes from (so a
    span found in the romanised reading covers the whole Devanagari word)."""
    vowel, coda = syllable.vowel, syllable.coda
    at = syllable.origin
    vowel_at = syllable.vowel_origin if syllable.vowel_origin >= 0 else at
    coda_at = syllable.coda_origin if syllable.coda_origin >= 0 else vowel_at
    if coda == "n" and last and vowel == "a" and not syllable.inherent:
        vowel, coda = "aa", ""  # "माँ", "वहाँ": "maa", "wahaa" as typed
    elif coda == "n" and last and vowel == "e":
        vowel = "ei"  # "में", "करें": "mein", "karein"
    return [(syllable.consonant, at), (vowel, vowel_at), (coda, coda_at)]
