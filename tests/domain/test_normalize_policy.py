from __future__ import annotations

import re

import pytest

from rejoinder.domain.normalize import fingerprint, join_cut_words, normalize, word_pattern


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ｆ.u.c.k you", "fuck you"),
        ("f u c k off", "fuck off"),
        ("ƒuck yoı", "fuck yoi"),  # a hooked f, a dotless i
        ("c u n t", "cunt"),
        ("u r a moron, r u ok?", "u r a moron, r u ok?"),  # chat letters are words
        ("sh1t, sh!t and h3ll0", "shit, shit and hello"),
        ("in 1999!", "in 1999!"),
        ("ki11 him, go to he11", "kill him, go to hell"),  # a doubled 1 after a letter
        ("k!!l him, sk!!l, sh!!t", "kill him, skill, shiit"),  # "!!" before a closing l
        ("in 2011, 11 of them", "in 2011, 11 of them"),
        ("ni99ers and bi99ots", "niggers and biggots"),  # a doubled 9 between letters
        ("the 9th at 9pm, call 999", "the 9th at 9pm, call 999"),
        ("N1663r5 and bi66ots", "niggers and biggots"),  # a doubled 6, read after the 1 and 3
        ("in 1966, room 66b, 66 runs", "in 1966, room 66b, 66 runs"),
        ("a$$hole, you a$$", "asshole, you ass"),  # two symbols between letters, "$$" closing
        ("that n1gg@ again", "that nigga again"),  # "@" closing a word
        ("wow!!!yes, sh!t! and idiot!!", "wow!!!yes, shit! and idiot!!"),  # punctuation stays
        ("mail me@ home or us$5", "mail mea home or us$5"),
        ("ѕhіt", "shit"),  # Cyrillic s and i
        ("Crème brûlée", "creme brulee"),
        ("zero\u200bwidth", "zerowidth"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_spans_map_back_to_the_original() -> None:
    text = "oh Ｆ.u.c.k!"
    normalized = normalize(text)
    match = re.search(word_pattern("fuck"), normalized.text)
    assert match is not None
    start, end = normalized.span(match.start(), match.end())
    assert text[start:end] == "Ｆ.u.c.k"


@pytest.mark.parametrize(
    ("word", "hits", "misses"),
    [
        ("ass", ["asss", "aaass"], ["as", "a"]),
        ("fuck", ["fuuuuck", "f*ck", "ffuck"], ["fuk", "fck"]),
    ],
)
def test_word_pattern(word: str, hits: list[str], misses: list[str]) -> None:
    regex = re.compile(rf"^{word_pattern(word)}$")
    assert all(regex.match(normalize(h).text) for h in hits)
    assert not any(regex.match(normalize(m).text) for m in misses)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what a cu.nt", "what a cunt"),
        ("chu.tiya and nig_ger", "chutiya and nigger"),
        ("you c.u_nt.", "you cunt."),  # more than one cut, and the sentence's full stop
        ("done.Then the cunt", "done.then the cunt"),  # a run-on: not a listed word
        ("in b.c. and c.u", "in b.c. and c.u"),  # "bc", "cu": shorter than three letters
        ("file_nig.ger2 and x2.cunt", "file_nig.ger2 and x2.cunt"),  # tokens of another kind
        ("pig's", "pig's"),  # apostrophes join words
    ],
)
def test_a_word_cut_to_hide_it_is_joined_when_listed(text: str, expected: str) -> None:
    joined = join_cut_words(normalize(text), {"cunt", "chutiya", "nigger", "bc", "cu", "pigs"})
    assert joined.text == expected
    start, end = joined.span(0, len(joined.text))
    assert (start, end) == (0, len(text))  # the letters keep their origins


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chu-tiya and nig-ger", "chutiya and nigger"),  # a piece that is no known word
        ("a brain-dead sub-human", "a brain-dead sub-human"),  # words apart
        ("a well-known fact", "a well-known fact"),  # no listed word
    ],
)
def test_a_hyphen_joins_only_where_a_piece_is_no_known_word(text: str, expected: str) -> None:
    listed = {"chutiya", "nigger", "braindead", "subhuman", "wellknown"}
    known = {"chu", "nig", "brain", "dead", "sub", "human", "well", "known"}
    assert join_cut_words(normalize(text), listed, known).text == expected
    # with no words known (a site's word lists), every listed word cut by a hyphen is joined
    assert join_cut_words(normalize("a sub-human"), listed).text == "a subhuman"


def test_fingerprint_ignores_case_spacing_and_leet() -> None:
    same = fingerprint(normalize("Visit my  profile!"))
    assert same == fingerprint(normalize("V1SIT my profile!"))
    assert same != fingerprint(normalize("Visit your profile!"))


def test_ascii_fast_path_equals_the_general_path() -> None:
    from rejoinder.domain.normalize import _normalize_unicode
    from tests.web.test_sanitizer_corpus import corpus

    samples = [
        "sh1t, sh!t and h3ll0 in 1999!",
        "f u c k off",
        "ch.u.t.i.y.a",
        "idiot!",
        "e.g. U.S.A.",
        "Tab\tand\nnewline\x0bvertical",
        "l33t |eet $$$ @home +1",
    ]
    samples += [p for p in corpus() if p.isascii()][:3000]
    for text in samples:
        assert normalize(text) == _normalize_unicode(text), text
