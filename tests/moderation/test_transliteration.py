"""Devanagari read as Hindi is typed in Latin letters, for the romanised rules."""

from __future__ import annotations

import pytest

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.categories import analyse
from rejoinder.moderation.transliteration import has_devanagari, romanised


@pytest.mark.parametrize(
    ("devanagari", "typed"),
    [
        ("मादरचोद", "madarchod"),
        ("गद्दार", "gaddar"),  # a conjunct, its virama gone in normalisation
        ("मुसलमान", "musalman"),
        ("कमीना", "kamina"),
        ("चूतिया", "chutiya"),
        ("लड़की", "ladki"),  # nukta gone
        ("तेरी माँ की", "teri maa ki"),
        ("नहीं है", "nahin hai"),
        ("जा के पाकिस्तान में", "ja ke pakistan mein"),
        ("रात को", "raat ko"),  # one closed syllable: the long a as typed
        ("देश से निकालो", "desh se nikalo"),
        # a nasal before p, b or m said "m" (the forty-eighth session)
        ("संभल कर रहना", "sambhal kar rahna"),
        ("अंबानी", "ambani"),
        ("हिंदू", "hindu"),  # (before d, "n" as before)
        # words listed as typed: a spelling the sounds do not give, or a word opening with
        # two consonants whose virama is gone ("क्या" would read "kaya")
        ("पता सबको मालूम है", "pata sabko maloom hai"),
        ("अब वो कुछ नहीं लिखता", "ab wo kuch nahin likhta"),
        ("क्या प्यार ज़्यादा", "kya pyar zyada"),
        ("भक्त देशद्रोही", "bhakt deshdrohi"),
    ],
)
def test_devanagari_reads_as_typed(devanagari: str, typed: str) -> None:
    text = normalize(devanagari).text
    spelled, origin = romanised(text)
    assert spelled == typed
    places = [origin[k] for k in range(len(spelled))]
    assert len(origin) == len(spelled) and all(0 <= k < len(text) for k in places)


def test_latin_letters_stay_and_spans_cover_whole_words() -> None:
    text = normalize("abe मादरचोद, chup").text
    spelled, origin = romanised(text)
    assert spelled == "abe madarchod, chup"
    start = spelled.index("madarchod")
    end = start + len("madarchod")
    assert text[origin[start] : origin[end - 1] + 1] == normalize("मादरचोद").text


def test_only_devanagari_is_read_twice() -> None:
    assert has_devanagari("ये गलत है") and not has_devanagari("ye galat hai, café")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("जा के पाकिस्तान में मर", True),  # known only in romanised form
        ("ये कटुए कभी नहीं सुधरेंगे", True),
        ("एक रात का कितना लेगी", True),
        ("मच्छरों को मारो, डेंगू फैल रहा है", False),
        ("पुलिस के गश्ती दल पर हमला हुआ", False),  # a patrol, not the Urdu gaali
        ("सूअर का मांस यहाँ नहीं मिलता", False),
        ("कुत्ते को रोटी खिलाना पुण्य का काम है", False),
        ("चमार रेजिमेंट को फिर से बनाना चाहिए", False),
        # the forty-eighth session's rounds in Devanagari, read as typed
        ("तुम्हारे घर का पता सबको मालूम है, संभल कर रहना", True),
        ("तुम्हारे अख़बार का पता सबको मालूम है, चिट्ठी भेज देंगे", False),
        ("पिछले पत्रकार को भी समझाया था, अब वो कुछ नहीं लिखता", True),
        ("जिहादी सूअरों की औलाद", True),
        ("तेरी अक्ल घास चरने गई है क्या", True),
        ("तेरी बात में दम है पर सबूत क्या है", False),
    ],
)
def test_devanagari_comments_meet_the_romanised_rules(text: str, held: bool) -> None:
    hits = analyse(normalize(text).text).hits
    assert any(hit.score >= 0.8 and hit.category != "profanity" for hit in hits) is held
