"""Features of a comment for the shipped classifier, shared by training and scoring.

Training hands `analyze` to scikit-learn as the analyzer and scoring calls it directly, so the
two can never disagree about what a feature is. Features are word unigrams and bigrams of the
normalised text ("w:...") and character 2-5-grams inside word boundaries ("c:..."), each with
the [start, end) span of the normalised text it came from, for explanations. The text is read
with its chat spellings and emoji written out as words (`read`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from rejoinder.domain.normalize import LETTER, Normalized, normalize
from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.spellings import MODEL_CHAT_CUES, has_symbols, spelled_out

# Runs of letters, Devanagari vowel signs included; a word is one of two or more (the
# one-letter runs are found too: chat's "n" and "w" are words to write out).
_RUN: Final = re.compile(f"{LETTER}+")
# The same runs in an ASCII text, found faster: a range is tested quicker than \w's table.
_ASCII_RUN: Final = re.compile("[a-zA-Z0-9_]+")
CHAR_SIZES: Final = (2, 3, 4, 5)
MAX_FEATURE_CHARS: Final = 2000  # scoring reads the first 2,000 normalised characters: bounded work
# Every word naming a protected group reads as this one word. The training sets name some
# groups mostly in abuse, so a model that sees the names learns that "Muslims" or "gay" is
# itself a sign of abuse and scores neutral mentions high; with the names masked it learns
# what is said of a group ("grp are vermin"). Measured on the held-out sets, learned model
# without its other parts: ETHOS 0.742 -> 0.760, ToxiGen 0.708 -> 0.762, the rest equal.
GROUP: Final = "grp"
# Recorded in a trained model and checked when it loads: a model trained on other features
# would score wrongly without a word of warning.
FEATURES: Final = "words+bigrams+chars2-5/groups-masked/chat-spelled-out-but-h"
# The runs that may be a chat spelling to write out ("they're" is found as "they", "re").
_CHAT_RUNS: Final = MODEL_CHAT_CUES | {"re"}
_GROUPS: Final = lx.GROUP_NAMES | {f"{word}s" for word in lx.GROUP_ADJECTIVES}


def tokens(normalized: Normalized) -> list[tuple[str, int, int]]:
    """Words (two or more word characters) of the normalised text as the model reads it
    (`read`), with their spans in the normalised text; group names read as GROUP."""
    text, origin = read(normalized.text)
    found = [(m.group(0), m.start(), m.end()) for m in _run_pattern(text).finditer(text)]
    if origin is not None:  # each word's span in the normalised text
        found = [(word, origin[start], origin[end - 1] + 1) for word, start, end in found]
    return [(_masked(word), start, end) for word, start, end in found if len(word) > 1]


def words_of(normalized: Normalized) -> list[str]:
    """The words of `tokens` without their spans: what scoring needs until it explains."""
    text = normalized.text[:MAX_FEATURE_CHARS]
    found = _runs(text)
    if _spelt_otherwise(text, found):
        text = spelled_out(text)[0]
        found = _runs(text)
    masked = _MASK.get
    return [masked(word, word) for word in found if len(word) > 1]


def read(normalized_text: str) -> tuple[str, list[int] | None]:
    """What the model reads of a normalised text: its first MAX_FEATURE_CHARS characters
    with chat spellings and emoji written out as words ("dis journo is scum 🐀" as "this
    journalist is scum rats": the rules read them so, and the model learnt from sentences
    written with care), and for each character its index in the text (None where it reads
    the text as written). On comments written as real comments are, it ranked the abuse of
    news comments it had never seen better (model card, "Chat spellings and emoji read as
    words")."""
    text = normalized_text[:MAX_FEATURE_CHARS]
    if not _spelt_otherwise(text, _runs(text)):
        return text, None
    spelled, origin = spelled_out(text)
    return (text, None) if spelled == text else (spelled, origin)


def _runs(text: str) -> list[str]:
    return _run_pattern(text).findall(text)


def _run_pattern(text: str) -> re.Pattern[str]:
    return _ASCII_RUN if text.isascii() else _RUN


def _spelt_otherwise(text: str, runs: list[str]) -> bool:
    """Whether `text` may hold a chat spelling or a symbol to write out (decided from its
    runs of letters: a regular expression over the text cost 5% of scoring a comment)."""
    return not _CHAT_RUNS.isdisjoint(runs) or has_symbols(text)


def _masked(word: str) -> str:
    return _MASK.get(word, word)


_MASK: Final = dict.fromkeys(_GROUPS, GROUP)  # one lookup per word


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
