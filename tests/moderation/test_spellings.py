"""Chat spellings and romanised gaali spelt other ways, read as the words the rules know."""

from __future__ import annotations

import pytest

from rejoinder.moderation.spellings import gaali_spelling, written_out


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
