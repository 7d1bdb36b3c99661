"""Threats of violence and dehumanising language, as patterns over normalised text.

A news comment section must hold "they should all be shot" and "those people are vermin"
while publishing "the bill should be killed" and "Brandt is a liar and should resign". The
patterns therefore need a person or group on the receiving end (pronouns, "these/those
people", "all of them"), not merely a violent verb. They run on the normalised text, so
"sh0uld b3 sh0t" and "s h o t" read the same. Holding, not refusing: a person decides.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WHO = (
    r"(?:they|them|he|him|she|her|you|u|you people|these people|those people|all of them"
    r"|every one of them|each of them|these (?:guys|folks|idiots|traitors|bastards)"
    r"|those (?:guys|folks|idiots|traitors|bastards))"
)
_HARM = (
    r"(?:shot|hanged|hung|lynched|gassed|burn(?:ed|t)(?: alive)?|killed|murdered|slaughtered"
    r"|exterminated|beheaded|butchered|raped|stoned(?: to death)?|wiped out|put down)"
)
_DO_HARM = r"(?:kill|shoot|hang|lynch|gas|burn|murder|stab|behead|rape|slaughter|exterminate)"
_SHOULD = r"(?:should|must|ought to|deserve to|deserves to|need to|needs to|have to|has to)"
_WILL = (
    r"(?:i'?ll|i will|i am going to|i'?m going to|i'?m gonna|we'?ll|we will"
    r"|we are going to|we'?re gonna|someone should|somebody should|let'?s)"
)
_VERMIN = (
    r"(?:vermin|cockroach(?:es)?|parasites?|sub-?humans?|untermensch(?:en)?"
    r"|an infestation|a plague|a disease|a cancer)"
)

PATTERNS: dict[str, tuple[str, ...]] = {
    "threat.violence": (
        rf"{_WHO} (?:all )?{_SHOULD} (?:all )?(?:be )?{_HARM}",
        rf"{_WILL} (?:\w+ ){{0,2}}?{_DO_HARM} {_WHO}",
        rf"{_DO_HARM} (?:them|her|him|all of them|every one of them|these people|those people)"
        r"(?: all)?",
        rf"{_WHO} (?:all )?(?:deserve|deserves) to die",
        # romanised Hindi: "shoot them", "kill them", "burn them", "cut them"
        r"goli (?:maaro|maro|maar do|mar do|maar denge|maarni chahiye)",
        r"(?:maar|jala|kaat|phoonk) (?:do|dalo|daalo|denge|dena chahiye)",
        r"ko (?:maro|maaro|maar do|maar dalo|goli se uda do|khatam kar do|zinda jala do)",
        rf"(?:i|we) {_DO_HARM} (?:you|u|her|him|them)",
    ),
    "threat.intimidation": (
        r"i know where (?:you|u|he|she|they) (?:live|lives|work|works|sleep|sleeps)",
        r"watch (?:your|ur) back",
        r"(?:you'?ll|you will|u will|ull) (?:pay for this|regret this|be sorry|be next)",
        r"(?:we|i) (?:will|'?ll) (?:find|get|come for) (?:you|u|him|her|them)",
        r"(?:deserves?|needs?) (?:a bullet|to be shot|a rope)",
        r"(?:a |one )?bullet (?:in|through|between) (?:your|ur|his|her|their) (?:head|skull|eyes)",
        r"(?:string|hang) (?:him|her|them|you) up",
        r"line (?:them|him|her|you) up against (?:a|the) wall",
        r"jaan se (?:maar|mar) (?:dunga|denge|do|dalunga)",
        r"(?:maarunga|marunga|maarenge|marenge|maar dunga|maar denge|thok dunga|thok denge"
        r"|kaat dunga|kaat denge|ghar aake|ghar aa ke|ghar aakar)",
        r"zinda (?:jala|gaad) (?:do|denge|dunga)",
    ),
    "threat.self_harm": (
        r"(?:go )?(?:kill|hang|shoot|drown) (?:yourself|urself|yourselves|ur self)",
        r"kys",
        r"(?:go|just) die",
        r"(?:i )?hope (?:you|u|he|she|they) (?:die|dies|get cancer|gets cancer|rot)",
    ),
    "dehumanisation": (rf"{_WHO} (?:are|r|is|were) (?:nothing but |just |all |like )?{_VERMIN}",),
}


# At least one of these words is in any text a pattern above matches: a cheap gate, since
# most comments contain none and then no pattern needs to run (a test holds the two together).
THREAT_WORDS = frozenset(
    re.findall(
        r"\S+",
        """
    shot hanged hung lynched gassed burned burnt killed murdered slaughtered exterminated
    beheaded butchered raped stoned wiped put kill shoot hang lynch gas burn murder stab
    behead rape slaughter exterminate die vermin cockroach cockroaches parasite parasites
    sub subhuman subhumans untermensch untermenschen infestation plague disease cancer goli
    maar maaro maro mar jala kaat phoonk live lives work works sleep sleeps back pay regret
    sorry next find get come bullet rope up wall jaan zinda gaad yourself urself yourselves
    self kys dies rot drown maarunga marunga maarenge marenge thok ghar aake aakar
    """,
    )
)


@lru_cache(maxsize=1)
def compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # A space in a pattern matches any run of spaces: normalised text keeps the author's.
    # (So the patterns write optional characters without optional spaces around them.)
    return tuple(
        (reason, re.compile(r"(?<![a-z0-9])" + pattern.replace(" ", r"\s+") + r"(?![a-z0-9])"))
        for reason, patterns in PATTERNS.items()
        for pattern in patterns
    )


def find_threats(normalized_text: str) -> list[tuple[int, int, str]]:
    """[start, end) spans in the normalised text, each with its reason code."""
    found: list[tuple[int, int, str]] = []
    for reason, regex in compiled():
        found.extend((m.start(), m.end(), reason) for m in regex.finditer(normalized_text))
    return sorted(found)
