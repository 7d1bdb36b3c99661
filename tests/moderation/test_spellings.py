"""Chat spellings and romanised gaali spelt other ways, read as the words the rules know."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.features import MAX_FEATURE_CHARS, read, tokens, words_of
from rejoinder.moderation.spellings import gaali_spelling, spelled_out, written_out

SETS = Path(__file__).parent


@pytest.mark.parametrize(
    ("word", "listed"),
    [
        ("behnchod", "behenchod"),
        ("bahanchod", "behenchod"),
        ("bhnchod", "behenchod"),
        ("madrchod", "madarchod"),
        ("madharchod", "madarchod"),
        ("mdrchod", "madarchod"),
        ("madarchodo", "madarchod"),
        ("bhosidike", "bhosdike"),
        ("chutye", "chutiya"),
        ("chootiyaa", "chutiya"),
        ("haramjade", "haramzade"),
        ("hrmkhoro", "haramkhor"),
        ("bhdwa", "bhadwe"),
        ("kattue", "katua"),
        ("penchod", "behenchod"),
        ("pehnchod", "behenchod"),
    ],
)
def test_a_gaali_spelt_another_way_reads_as_the_listed_spelling(word: str, listed: str) -> None:
    assert gaali_spelling(word) == listed


@pytest.mark.parametrize(
    "word",
    ["bench", "benched", "penchant", "punched", "chute", "chutney", "chunky", "channel",
     "madder", "modern", "katwa", "kathua", "harmony", "bhadra", "border", "bandh"],
)  # fmt: skip
def test_words_that_only_look_alike_are_left_alone(word: str) -> None:
    assert gaali_spelling(word) is None


def test_chat_spellings_are_written_out_with_a_map_back_to_the_text() -> None:
    text = "dis journo shud go"
    spelled, origin = written_out(text)
    assert spelled == "this journalist should go"
    assert len(origin) == len(spelled)
    start = spelled.index("journalist")
    end = start + len("journalist")
    assert text[origin[start] : origin[end - 1] + 1] == "journo"
    assert text[origin[spelled.index("go")] :] == "go"


def test_a_chat_spelling_inside_a_word_or_beside_an_apostrophe_stays() -> None:
    for text in ("disco dates", "b'coz", "dis'", "wattage"):
        assert written_out(text)[0] == text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("she should be 🔪 for that", "she should be stabbed for that"),
        ("i will 🔪 you", "i will stab you"),
        ("muslims = 🐷🐷", "muslims are pigs"),
        ("miss🍌🐒", "miss banana monkeys"),
        ("growth = 2% + 1% = 3%", "growth are 2% + 1% = 3%"),
        ("a==b", "a==b"),
        ("dis journo shud b shot", "this journalist should be shot"),
        ("plan b, vitamin b", "plan b, vitamin b"),
    ],
)
def test_emoji_of_abuse_are_read_as_words(text: str, read: str) -> None:
    spelled, origin = written_out(text)
    assert spelled == read
    assert len(origin) == len(spelled)
    assert all(0 <= k < len(text) for k in origin)


def test_the_learned_model_reads_chat_spellings_and_emoji_as_words() -> None:
    text = "Dis journo is scum 🐀 n ppl shud b told #sendthemhome"
    normalized = normalize(text)
    # (hashtags stay as written for the model: it learnt them as words of their own)
    assert words_of(normalized) == [
        "this", "journalist", "is", "scum", "rats", "and", "people", "should", "be", "told",
        "sendthemhome",
    ]  # fmt: skip
    spans = {word: text[start:end] for word, start, end in tokens(normalized)}
    assert spans["this"] == "Dis" and spans["rats"] == "🐀" and spans["should"] == "shud"
    assert spans["told"] == "told" and spans["sendthemhome"] == "sendthemhome"


def test_the_model_reads_as_written_what_has_nothing_to_write_out() -> None:
    for text in ("the council met today.", "plan b, vitamin b", "disco n'est pas mort"):
        assert read(text) == (text, None)
    # "h" is "hai" to the rules, but the model reads it as written (spellings.py says why)
    assert read("ye sab jhooth h")[0] == "ye sab jhooth h"
    assert written_out("ye sab jhooth h")[0] == "ye sab jhooth hai"


def test_the_models_shortcut_reads_every_judgment_line_as_writing_out_would() -> None:
    # `read` decides from a comment's runs of letters whether to write anything out: it must
    # never skip a comment that writing out would change.
    texts = [
        json.loads(line)["text"]
        for path in sorted(
            [*SETS.glob("data/*.jsonl"), *SETS.glob("rounds/*.jsonl"), *SETS.glob("unseen/*.jsonl")]
        )
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    texts += ["they're here", "they’re here", "u", "h", "x=y", "🐷", "w u", "r u ok", "em"]
    for text in texts:
        cut = normalize(text).text[:MAX_FEATURE_CHARS]
        assert read(cut)[0] == spelled_out(cut)[0], text
