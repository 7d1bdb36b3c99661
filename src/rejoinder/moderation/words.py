"""The words of a normalised comment, as the category checks read them.

Apostrophes dropped ("you're" -> "youre"), stretched letters undone, masked and de-spaced
offensive words read as the word meant ("id*ot", "acunt"); where each word stands and which
sentence it is in are worked out only for the few words a check needs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from rejoinder.domain.literals import needs_for
from rejoinder.domain.normalize import LETTER, MASKS
from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.alternatives import Alternatives
from rejoinder.moderation.spellings import gaali_spelling
from rejoinder.moderation.wordcache import WordCache

# Letters with Devanagari vowel signs (not \w to Python), masks inside words ("id*ot") and
# stars closing one ("f***", "s***": the word is read as the one masked, or without them).
_LETTERS: Final = f"{LETTER}+"
TOKEN: Final = re.compile(f"{_LETTERS}(?:['’{re.escape(MASKS)}]+{_LETTERS})*\\**")
# The same tokens in an ASCII text, found faster: a range is tested quicker than \w's table.
_ASCII_TOKEN: Final = re.compile(f"[a-zA-Z0-9_]+(?:['{re.escape(MASKS)}]+[a-zA-Z0-9_]+)*\\**")
_SENTENCE_BREAK: Final = re.compile(r"[.!?;\n]")
QUOTES: Final = frozenset("'\"‘’“”«»")


def quoted_whole(text: str, start: int, end: int) -> bool:
    """The text's [start, end) in quotation marks of its own, named, not said: "the 'send
    the boys back in boxes' comment above should be reported" (the 717th set), 'Anyone
    writing "let them drown" under this article should be ashamed' (the 1033rd)."""
    return start > 0 and text[start - 1] in QUOTES and end < len(text) and text[end] in QUOTES


# What a quotation's last word may be followed by inside its closing mark.
_CLOSING_PUNCTUATION: Final = frozenset(",.!?")
_STRETCHED: Final = re.compile(r"(.)\1{2,}")
# Letters stretched ("kiiiill", "shoooot"): each word is read squeezed, and the patterns over
# the text must read it so too.
STRETCHED_RUN: Final = re.compile(r"([a-z])\1{2,}")


def _token_pattern(text: str) -> re.Pattern[str]:
    """TOKEN, or its ASCII twin where the text is ASCII (both find the same tokens there)."""
    return _ASCII_TOKEN if text.isascii() else TOKEN


def _spans_of(text: str, tokens: list[str]) -> list[tuple[int, int]]:
    """Where each of the text's tokens stands. In an ASCII text each is found from where the
    last ended: what lies between two tokens holds no word character (a token takes every
    one that follows it), so the first place a token is found is where the pattern found
    it; a search finds it there for a fraction of the cost of a match object per token."""
    if not text.isascii():
        return [m.span() for m in TOKEN.finditer(text)]
    spans = []
    end = 0
    for token in tokens:
        start = text.find(token, end)
        end = start + len(token)
        spans.append((start, end))
    return spans


# The categories a hit scores (stable: they are reason-code prefixes and policy keys).
IDENTITY_ATTACK: Final = "identity_attack"
INSULT: Final = "insult"
THREAT: Final = "threat"
SEXUAL_HARASSMENT: Final = "sexual_harassment"
PROFANITY: Final = "profanity"


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    score: float
    start: int  # [start, end) in the normalised text
    end: int
    reason: str  # a stable code, e.g. "identity_attack.slur"


class Words:
    """The words of a normalised text (apostrophes dropped: "youre", "shouldnt"); where each
    stands and which sentence it is in are worked out only for the few words that need it."""

    __slots__ = ("_breaks", "_spans", "_starts", "_tokens", "present", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self._tokens = _token_pattern(text).findall(text)
        self.words = list(map(_NORMAL_WORDS.__getitem__, self._tokens))
        self.present = frozenset(self.words)
        self._breaks: list[int] | None = None
        self._starts: list[int] | None = None
        self._spans: list[tuple[int, int]] | None = None  # found again only for the few hits

    def span(self, i: int) -> tuple[int, int]:
        if self._spans is None:
            self._spans = _spans_of(self.text, self._tokens)
        return self._spans[i]

    def __len__(self) -> int:
        return len(self.words)

    def stretched(self) -> bool:
        """Whether a letter is stretched anywhere in the text ("kiiiill"): asked of each
        token, as every letter stands in one (a cached answer per token: searching the
        text took about 3% of scoring a comment)."""
        return any(map(_STRETCHED_TOKENS.__getitem__, self._tokens))

    def unmasked_text(self) -> str:
        """The text with each word written with masks for letters ("f*ck", "r*pe") spelt as
        the word it stands for, where that word is as long (so every offset stays): the
        patterns read the text, the word checks its words."""
        if "*" not in self.text and "%" not in self.text:
            return self.text
        text = self.text
        for i, token in enumerate(self._tokens):
            word = self.words[i]
            if ("*" in token or "%" in token) and len(word) == len(token) and word != token:
                start, end = self.span(i)
                text = text[:start] + word + text[end:]
        return text

    def punctuated_after(self, i: int) -> bool:
        """Whether punctuation (not only spaces) follows word i: ', ', '.', '!'."""
        end = self.span(i)[1]
        following = self.text[end : end + 2].lstrip(" ")
        return bool(following) and not following[0].isalnum()

    def asked_after(self, i: int) -> bool:
        """Whether a question mark follows word i (spaces aside)."""
        return self.text[self.span(i)[1] :].lstrip(" ").startswith("?")

    def unbroken(self, i: int, j: int) -> bool:
        """Whether words i..j run on with nothing but words and spaces between ('thank you,
        dog lovers' does not)."""
        between = self.text[self.span(i)[1] : self.span(j)[0]]
        return all(c.isalnum() or c.isspace() for c in between)

    def vocative(self, i: int) -> bool:
        """'..., idiot.': word i set off by a comma and ending its sentence, so it is what the
        writer calls the reader."""
        start, end = self.span(i)
        before = self.text[max(0, start - 2) : start].rstrip(" ")
        after = self.text[end:].lstrip(" ")
        return before.endswith(",") and (not after or after[0] in ".!?\n")

    def handle(self, i: int) -> bool:
        """Whether word i is a reader's @handle: "@Mehta dumbass" speaks to Mehta."""
        start = self.span(i)[0]
        return start > 0 and self.text[start - 1] == "@"

    def quoted(self, i: int, j: int) -> bool:
        """Whether words i..j stand in quotation marks of their own: 'a "presstitute"'."""
        return self.quote_before(i) and self.quote_after(j)

    def quote_before(self, i: int) -> bool:
        start = self.span(i)[0]
        return start > 0 and self.text[start - 1] in QUOTES

    def quote_after(self, j: int) -> bool:
        end = self.span(j)[1]
        if end < len(self.text) - 1 and self.text[end] in _CLOSING_PUNCTUATION:
            end += 1  # '"Go back to your country," she said to me' (the 1207th set)
        return end < len(self.text) and self.text[end] in QUOTES

    def sentence(self, i: int) -> int:
        if self._breaks is None:
            self._breaks = [m.start() for m in _SENTENCE_BREAK.finditer(self.text)]
        return bisect_left(self._breaks, self.span(i)[0])

    def word_at(self, offset: int) -> int:
        """The index of the word starting at or last before character `offset`."""
        if self._starts is None:
            self._starts = [self.span(k)[0] for k in range(len(self.words))]
        return max(0, bisect_right(self._starts, offset) - 1)

    def sentence_around(self, i: int) -> range:
        """The indices of the words in word i's sentence, found by bisecting the words'
        starts between the sentence's breaks (so a long comment naming many groups is not
        read again for each)."""
        k = self.sentence(i)  # also finds the breaks and the spans
        breaks = self._breaks
        assert breaks is not None and self._spans is not None
        if self._starts is None:
            self._starts = [start for start, _ in self._spans]
        first = bisect_right(self._starts, breaks[k - 1]) if k > 0 else 0
        last = bisect_right(self._starts, breaks[k]) if k < len(breaks) else len(self.words)
        return range(first, last)

    def hit(self, category: str, score: float, i: int, j: int, why: str) -> Hit:
        """A hit over words i..j (inclusive)."""
        start, end = self.span(i)[0], self.span(j)[1]
        return Hit(category, score, start, end, f"{category}.{why}")

    def phrase_at(self, i: int, phrases: frozenset[tuple[str, ...]]) -> int:
        """Length of the longest phrase of `phrases` starting at word i, 0 if none."""
        words = self.words
        opening = (_OPENINGS.get(phrases) or _openings(phrases)).get(words[i])
        if opening is None:
            return 0  # the common case, decided without building any tuple
        sizes, seconds = opening
        if i + 1 == len(words) or words[i + 1] not in seconds:
            # no longer phrase goes on with the next word ("the" opens many, each with its
            # own second word): a phrase of one word or none
            return 1 if sizes[-1] == 1 else 0
        for length in sizes:
            if i + length <= len(words) and tuple(words[i : i + length]) in phrases:
                return length
        return 0


def normal_word(raw: str) -> str:
    """The word a token stands for (cached)."""
    return _NORMAL_WORDS[raw]


def _normal_word(raw: str) -> str:
    # Apostrophes dropped ("you're" -> "youre"); "stuuuupid" -> "stupid" (runs of two stay:
    # "moron" and "mooron" both exist); a gaali spelt another way ("behnchod") read as the
    # listed one.
    word = raw.replace("'", "").replace("’", "")
    if _MASKED.search(word):
        return _unmasked(word)
    word = _STRETCHED.sub(r"\1", word) if len(word) > 2 else word
    if word.isascii() and len(word) >= 4 and word not in _listed_words():
        return _unspaced(word) or _one_for_l(word) or gaali_spelling(word) or word
    return word


def _has_stretched_letter(token: str) -> bool:
    return STRETCHED_RUN.search(token) is not None


_NORMAL_WORDS: Final = WordCache(_normal_word)
_STRETCHED_TOKENS: Final = WordCache(_has_stretched_letter)


# De-spacing "you are a c u n t" joins the article too ("acunt"), and "u r a c u n t" the
# chat words ("uracunt"); what follows them is the word meant. Real words that look like an
# article joined to a listed one are left alone.
_JOINED_PREFIXES: Final = ("ura", "ua", "a")
_NOT_JOINED: Final = frozenset({"apathetic", "aspic", "aspics"})


def _unspaced(word: str) -> str | None:
    if word in _NOT_JOINED:
        return None
    for prefix in _JOINED_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and rest in _offensive_words():
            return rest
    return None


def _one_for_l(word: str) -> str | None:
    """'s1ut' reads 'siut', 'Mus1ims' 'musiims' (a leet 1 is taken for an i): the word with
    one i read as an l, when that makes exactly one offensive word or group name (not
    'dalai': a final i stays)."""
    fits = {
        f"{word[:k]}l{word[k + 1 :]}"
        for k in range(len(word) - 1)
        if word[k] == "i" and f"{word[:k]}l{word[k + 1 :]}" in _read_with_an_l()
    }
    return fits.pop() if len(fits) == 1 else None


@lru_cache(maxsize=1)
def _read_with_an_l() -> frozenset[str]:
    return _offensive_words() | lx.GROUP_WORDS


_MASKED: Final = re.compile(f"[{re.escape(MASKS)}]")


@lru_cache(maxsize=1)
def _listed_words() -> frozenset[str]:
    listed = (value for value in vars(lx).values() if isinstance(value, frozenset))
    words = {w for value in listed for w in value if isinstance(w, str)}
    return frozenset(words | set(lx.PROFANE_STEMS))


@lru_cache(maxsize=1)
def _offensive_words() -> frozenset[str]:
    return frozenset().union(
        lx.SLURS,
        lx.MILD_INSULTS,
        lx.STRONG_INSULTS,
        lx.GAALI,
        lx.SEXUAL_INSULTS,
        lx.PROFANE_WORDS,
        lx.PROFANE_STEMS,
    )


def _unmasked(word: str) -> str:
    """The masked word: a listed word with a star after it ('bitch*'), a swear word with
    masks for letters ('f***', 'f*****' for 'fucked': read as its stem, never as a slur the
    masks also fit), or the one listed word that fits the masks as written or squeezed
    ('id**ot'); when none fits, the word without the stars closing it ('*really*')."""
    bare = word.rstrip("*")
    if bare != word and bare in _listed_words():
        return bare
    if swear := _masked_swear(word):
        return swear
    if (found := _unmask(word)) != word:
        return found
    squeezed = _STRETCHED.sub(r"\1", word) if len(word) > 2 else word
    found = _unmask(squeezed)
    return found if found != squeezed else squeezed.rstrip("*") or squeezed


def _masked_swear(word: str) -> str | None:
    for stem in lx.PROFANE_STEMS:
        head, tail = word[: len(stem)], word[len(stem) :]
        if not tail.strip(MASKS) and _mask_pattern(head).fullmatch(stem):
            return stem
    return None


def _mask_pattern(word: str) -> re.Pattern[str]:
    """`word` with each masked letter standing for any one letter."""
    return re.compile("".join("." if c in MASKS else re.escape(c) for c in word))


def _unmask(word: str) -> str:
    """'id*ot' -> 'idiot': a masked letter stands for one letter. People mask the offensive
    word, so when several listed words fit ('c*nt': 'cunt', 'cant') the one offensive fit
    is taken; with none, or several, the word stays as written."""
    pattern = _mask_pattern(word)
    fits = [w for w in _listed_words() if pattern.fullmatch(w)]
    if len(fits) > 1 and all(w in lx.GROUP_NAMES for w in fits):
        return min(fits)  # spellings of one people ("m*zlims": "muzlims", "mozlims")
    if len(fits) > 1:
        fits = [w for w in fits if w in _offensive_words()]
    return fits[0] if len(fits) == 1 else word


# Each phrase list's opening words -> the lengths of the phrases each opens (longest first:
# a longer phrase is the better reading) and the words that follow it in those of two words
# or more; kept per set: the sets asked about are the lexicon's and the checks' constants (a
# few dozen, more than an lru_cache of 16 held, so they were worked out again and again),
# and `phrase_at` asks on every word it is given.
_Opening = tuple[tuple[int, ...], frozenset[str]]
_OPENINGS: dict[frozenset[tuple[str, ...]], dict[str, _Opening]] = {}


def _openings(phrases: frozenset[tuple[str, ...]]) -> dict[str, _Opening]:
    sizes: dict[str, set[int]] = {}
    seconds: dict[str, set[str]] = {}
    for phrase in phrases:
        sizes.setdefault(phrase[0], set()).add(len(phrase))
        followed = seconds.setdefault(phrase[0], set())
        if len(phrase) > 1:
            followed.add(phrase[1])
    found = {
        first: (tuple(sorted(sizes[first], reverse=True)), frozenset(seconds[first]))
        for first in sizes
    }
    _OPENINGS[phrases] = found
    return found


class CueIndex:
    """Each cue word -> the positions of the cue sets holding it: a comment's patterns found
    from its words' side, not by asking each of many patterns whether its cues are there."""

    __slots__ = ("_by_cue", "_cues")

    def __init__(self, cue_sets: Iterable[Iterable[str]]) -> None:
        index: dict[str, list[int]] = {}
        for n, cues in enumerate(cue_sets):
            for cue in cues:
                index.setdefault(cue, []).append(n)
        self._by_cue = {cue: tuple(ns) for cue, ns in index.items()}
        self._cues = frozenset(self._by_cue)

    def cued(self, present: frozenset[str]) -> list[int]:
        """The positions of the cue sets with a word among `present`, in the sets' order."""
        return sorted({n for cue in present & self._cues for n in self._by_cue[cue]})


def starts(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The words `phrases` open with (the checks' cue words, read at import)."""
    return frozenset(_OPENINGS.get(phrases) or _openings(phrases))


def in_sentence(
    words: Words, i: int, vocabulary: frozenset[str], skipping: range = range(0)
) -> bool:
    """Whether word i's sentence holds a word of `vocabulary` outside the words `skipping`
    ('called' in 'so-called' is no report of anyone's words: "these so-called farmers are
    ...")."""
    return any(
        words.words[k] in vocabulary and k not in skipping and not _no_report(words, k)
        for k in words.sentence_around(i)
    )


def endorses(sentence: list[str]) -> bool:
    """Whether a sentence's words endorse what it reports: "... the Manusmriti says so and
    it is right" (the 709th set), "... that's what my dadi says and she's never wrong" (the
    748th), "My granddad used to say never trust a gypsy, and every year has proved him
    right" (the 1157th)."""
    return any(
        tuple(sentence[k : k + 4]) in _ENDORSED or tuple(sentence[k : k + 3]) in _PROVED_RIGHT
        for k in range(len(sentence))
    )


_ENDORSED: Final = frozenset(
    ("and", who, be, right)
    for who, be in (("it", "is"), ("he", "is"), ("she", "is"), ("they", "are"), ("that", "is"),
                    ("he", "was"), ("she", "was"), ("they", "were"), ("it", "was"))
    for right in ("right", "true", "correct")
) | frozenset(
    ("and", who, "never", "wrong") for who in ("shes", "hes", "theyre", "theyve", "shez")
)  # fmt: skip
_PROVED_RIGHT: Final = frozenset(
    (proved, who, "right")
    for proved in ("proved", "proven", "proves", "proving")
    for who in ("him", "her", "them", "it")
)


def _no_report(words: Words, k: int) -> bool:
    """'called' in 'so-called'; 'posts' as jobs in Hindi ('sab posts pe inke log
    baithenge', the 934th set); 'says' in the idiom 'nothing says ... like' ('Nothing says
    integration like a 40-foot minaret', the 1298th set); 'written in' a language or a
    year: words of reporting that report nothing here."""
    word = words.words[k]
    if word == "called":
        return k > 0 and words.words[k - 1] == "so"
    if word == "says":
        return k > 0 and words.words[k - 1] == "nothing"
    if word == "written":  # "the minutes written in Bengali" (the 1317th set): a language
        return k + 1 < len(words) and words.words[k + 1] == "in"
    return word == "posts" and k + 1 < len(words) and words.words[k + 1] in _ON_POSTS


_ON_POSTS: Final = frozenset({"pe", "par", "pr", "mein", "me"})


def one_by_one(words: Words, i: int) -> bool:
    """'Every Bangladeshi', 'each Muslim': word i a people's adjective, the people named one
    by one, all of them."""
    return words.words[i] in lx.GROUP_ADJECTIVES and i > 0 and words.words[i - 1] in _EACH


_EACH: Final = frozenset({"every", "each"})


def echoed(words: Words, i: int, end: int) -> bool:
    """Words i..end alone as a question, as a reader repeats what was said to them: "The
    Chinese eat dogs? That's a myth", "Day of the rope? That is what his manifesto called
    it"."""
    if i > 0 and words.words[i - 1] == "the":
        i -= 1
    opens = i == 0 or words.sentence(i - 1) != words.sentence(i)
    return opens and words.asked_after(end)


def nearest_before(
    words: Words, i: int, k: int, vocabulary: frozenset[str], then: str | None = None
) -> int | None:
    """The nearest of the five words before word k, in the sentence of word i, that is in
    `vocabulary` (and followed by `then`, if given)."""
    for start in range(k - 1, max(-1, k - 6), -1):
        if words.sentence(start) != words.sentence(i):
            return None
        if words.words[start] in vocabulary and (then is None or words.words[start + 1] == then):
            return start
    return None


def by_someone_else(words: Words, verb: int) -> bool:
    """Whether the verb at word `verb` has a subject other than the writer: no "I" or "we"
    in the three words before it, in its sentence ("I'm Indian. People call me ...": the
    people, the 764th set)."""
    sentence = words.sentence(verb)
    return all(
        w not in lx.FIRST_PERSON or words.sentence(k) != sentence
        for k, w in enumerate(words.words[max(0, verb - 3) : verb], start=max(0, verb - 3))
    )


def alternative_hits(
    alternatives: Alternatives, category: str, score: float, why: str, words: Words
) -> list[Hit]:
    """A hit for every match of `alternatives` in the words' text (`regex_hits` for a union
    run one alternative at a time)."""
    return [
        Hit(category, score, start, end, f"{category}.{why}")
        for start, end in alternatives.spans(words.present, words.text)
    ]


def regex_hits(
    pattern: re.Pattern[str], category: str, score: float, why: str, text: str
) -> list[Hit]:
    """A hit for every match of `pattern` in the normalised text."""
    if not needs_for.may_match_some(pattern, text):
        return []  # (most runs: a word the pattern needs is absent)
    return [
        Hit(category, score, m.start(), m.end(), f"{category}.{why}")
        for m in pattern.finditer(text)
    ]
