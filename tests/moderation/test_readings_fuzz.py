"""The second readings (chat spellings, emoji, hashtags, quotes, Devanagari transliterated)
on any text: no error, and every span inside the text read."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.abuse import AbuseScorer

_PIECES = [
    "मादरचोद", "तेरी माँ की", "ं", "ँ", "ा", "़", "्", "क्ष", "कुत्ते", "गश्ती दल", "१४८८",
    "dis", "shud b", "journo", "#KillAllMuslims", "#", "=", "==", "> ", "\n", "@Mehta ",
    "🐒", "🍌", "🔪", "💀", "they're", "kiiiill", " ", ", ", "!", "you idiot", "muslims are",
]  # fmt: skip
_SCORER = AbuseScorer(None)  # the rules alone: the learned model is tested elsewhere


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=12).map("".join),
    st.lists(st.sampled_from(_PIECES), max_size=6).map("".join),
)
def test_any_mix_of_readings_scores_with_spans_inside_the_text(text: str, parent: str) -> None:
    normalized = normalize(text)
    assessment = _SCORER.assess(normalized, replying_to=normalize(parent).text)
    for spans in assessment.evidence.values():
        for start, end, _ in spans:
            assert 0 <= start < end <= len(text)
