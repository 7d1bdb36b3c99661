"""Features of a comment for the shipped classifier, shared by training and scoring.

Training hands `analyze` to scikit-learn as the analyzer and scoring calls it directly, so the
two can never disagree about what a feature is. Features are word unigrams and bigrams of the
normalised text ("w:...") and character 2-5-grams inside word boundaries ("c:..."), each with
the [start, end) span of the normalised text it came from, for explanations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rejoinder.domain.normalize import LETTER, Normalized, normalize
from rejoinder.moderation import lexicon as lx

_WORD = re.compile(f"{LETTER}{{2,}}")  # whole Devanagari words, vowel signs included
# The same words in an ASCII text, found faster: a range is tested quicker than \w's table.
_ASCII_WORD = re.compile("[a-zA-Z0-9_]{2,}")
CHAR_SIZES = (2, 3, 4, 5)
MAX_FEATURE_CHARS = 2000  # scoring reads the first 2,000 normalised characters: bounded work
# Every word naming a protected group reads as this one word. The training sets name some
# groups mostly in abuse, so a model that sees the names learns that "Muslims" or "gay" is
# itself a sign of abuse and scores neutral mentions high; with the names masked it learns
# what is said of a group ("grp are vermin"). Measured on the held-out sets, learned model
# without its other parts: ETHOS 0.742 -> 0.760, ToxiGen 0.708 -> 0.762, the rest equal.
GROUP = "grp"
# Recorded in a trained model and checked when it loads: a model trained on other features
# would score wrongly without a word of warning.
FEATURES = "words+bigrams+chars2-5/groups-masked"
_GROUPS = lx.GROUP_NAMES | {f"{word}s" for word in lx.GROUP_ADJECTIVES}


def tokens(normalized: Normalized) -> list[tuple[str, int, int]]:
    """Words (two or more word characters) of the normalised text, with their spans; group
    names read as GROUP."""
    text = normalized.text[:MAX_FEATURE_CHARS]
    return [(_masked(m.group(0)), m.start(), m.end()) for m in _WORD.finditer(text)]


def words_of(normalized: Normalized) -> list[str]:
    """The words of `tokens` without their spans: what scoring needs until it explains."""
    masked = _MASK.get
    text = normalized.text[:MAX_FEATURE_CHARS]
    found = (_ASCII_WORD if text.isascii() else _WORD).findall(text)
    return [masked(word, word) for word in found]


def _masked(word: str) -> str:
    return _MASK.get(word, word)


_MASK = dict.fromkeys(_GROUPS, GROUP)  # one lookup per word


def word_features(word: str) -> list[str]:
    """The features one word contributes wherever it stands: itself and its char n-grams."""
    padded = f" {word} "
    grams = [
        f"c:{padded[offset : offset + size]}"
        for size in CHAR_SIZES
        for offset in range(len(padded) - size + 1)
    ]
    return [f"w:{word}", *grams]


def bigram(first: str, second: str) -> str:
    return f"w:{first} {second}"


def spans(normalized: Normalized) -> Iterator[tuple[str, int, int]]:
    """(feature, start, end) for every feature occurrence, spans in normalised text."""
    words = tokens(normalized)
    for i, (word, start, end) in enumerate(words):
        for feature in word_features(word):
            yield feature, start, end
        if i + 1 < len(words):
            yield bigram(word, words[i + 1][0]), start, words[i + 1][2]


def analyze(text: str) -> list[str]:
    """The feature list scikit-learn counts at training time."""
    return [feature for feature, _, _ in spans(normalize(text))]
