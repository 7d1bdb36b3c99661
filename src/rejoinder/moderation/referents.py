"""Whom a comment's "these animals" means: the people its article's title names.

A story's title names its people once ("Asylum seekers moved into Ashford hotel"), and its
comments call them what they call them without naming them again ("These cockroaches
multiply every time you turn your back", "Anyone who houses these animals should be
fined"). Under a title that names a people, such a comment is read as if it named them:
the people's word is written before the animal's name ("these refugees cockroaches"), and
the rules read it as they read "these jihadi pigs". Only the names of animals and vermin
are read so, which the news calls no one but people: "these parasites" and "these leeches"
are as often the landlords or the ministers of the same story.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from rejoinder.domain.normalize import normalize
from rejoinder.moderation import lexicon as lx

# A title's words that name no people there ("native species", "foreign secretary") or that
# name the half of everyone a comment's "these pigs" may be the other half of
_NOT_A_TITLES_PEOPLE: Final = frozenset(
    {"native", "foreign", "white", "women", "woman", "girls", "females", "female"}
)
# A title's word for a people the lists do not hold as one (the word the rules read in its
# place)
_TITLES_PEOPLE_AS: Final = {"asylum": "refugees", "polish": "immigrant"}
# The animals and vermin people are called ("these cockroaches", "ye chuhe"; not "these
# parasites": above)
_ANIMALS_CALLED: Final = (
    r"(?:vermin|rats|cockroaches|roaches|savages|animals|invaders|subhumans|pigs|monkeys"
    r"|apes|termites|locusts|deemak|chuhe|suar)"
)
# "these cockroaches", "those filthy animals": a demonstrative and at most one word before
# the name (not "these rats in the Home Office", "these pigs at the farm": somewhere they
# are, or something they are of, makes them others or animals)
# (normalised text keeps the author's spaces: a run of them is one)
_THESE_ANIMALS: Final = re.compile(
    rf"(?<![a-z])(?:these|those|ye|yeh)\s+(?:[a-z]+\s+)?{_ANIMALS_CALLED}(?![a-z])"
    r"(?!\s+(?:in|at|on|of|from|inside)\b)"
)
# Animals a comment is about where it names one of these: a story's animals are its own
_LITERAL_ANIMALS: Final = re.compile(
    r"(?<![a-z])(?:shelter|shelters|zoo|zoos|farm|farms|farmer|vet|vets|pet|pets|kennel"
    r"|kennels|rspca|wildlife|livestock|cattle|cows|sheep|horses|dog|dogs|puppy|puppies"
    r"|cat|cats|rat|rats|mice|pest|pests|infestation|infested|exterminator|circus|hunt"
    r"|hunting|species)(?![a-z])"
)
_WORD: Final = re.compile(r"[a-z]+")


@lru_cache(maxsize=256)
def peoples_word(title: str) -> str:
    """The word of the people `title` names, as the rules read it ("" for none, or where the
    title is about animals too)."""
    text = normalize(title).text
    if _LITERAL_ANIMALS.search(text):
        return ""
    # (by its letters: "Roma's", "Travellers," name their people too)
    words: list[str] = _WORD.findall(text)
    for word in words:
        if word in _TITLES_PEOPLE_AS:
            return _TITLES_PEOPLE_AS[word]
        if word in lx.GROUP_NAMES and word not in _NOT_A_TITLES_PEOPLE:
            return word
    return ""


def read_as_theirs(text: str, people: str) -> tuple[str, list[int]] | None:
    """`text` with `people` written before each animal's name it calls someone by, and where
    each of its characters comes from in `text` (the word written comes from the name's);
    None where it calls no one so, or names a people or animals of its own."""
    if not people or _THESE_ANIMALS.search(text) is None:
        return None
    if not lx.GROUP_NAMES.isdisjoint(_WORD.findall(text)):
        return None  # (the comment names its own people: the rules read them)
    # (the animals a comment names besides: "these dogs were left at the shelter")
    if _LITERAL_ANIMALS.search(_THESE_ANIMALS.sub(" ", text)):
        return None
    parts: list[str] = []
    origin: list[int] = []
    end = 0
    for match in _THESE_ANIMALS.finditer(text):
        name = match.end() - len(_last_word(match.group()))
        parts.append(text[end:name])
        origin.extend(range(end, name))
        parts.append(people + " ")
        origin.extend([name] * (len(people) + 1))
        end = name
    parts.append(text[end:])
    origin.extend(range(end, len(text)))
    return "".join(parts), origin


def _last_word(phrase: str) -> str:
    return phrase.split()[-1]
