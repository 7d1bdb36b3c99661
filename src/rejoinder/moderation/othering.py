"""Othering said around a named group rather than after it, each found from where the group
is named (word i, its last word `last`):

- its humanity doubted in a question: "Are Africans even fully human?", "Are these migrants
  really people?" (not "Are migrants really people we should fear?": the question goes on);
- what is ours said to be ruined by it: "Our culture is being destroyed by these
  immigrants", "Our towns are overrun by migrants" (not "the mosque was destroyed by Hindus
  in 1992": a report, with nothing of ours);
- a vice said to be in its nature: "Greed is in the Jewish nature", "Lying is in the
  Pakistani DNA" (not "Cricket is in the Indian DNA");
- life said to have been better before it came: "This town was nicer before the Muslims
  moved in" (not "... before the bypass was built");
- it named as the problem: "The problem with Africa is Africans" (not "The problem with
  Africa's debt is the interest rates").
"""

from __future__ import annotations

from typing import Final

from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.words import IDENTITY_ATTACK, Hit, Words, nearest_before

_ASKED: Final = frozenset({"are", "r", "is"})
_DOUBTING: Final = frozenset({"even", "really", "actually", "truly", "fully", "real"})
_HUMAN: Final = frozenset({"human", "humans", "people", "persons"})
_BEFORE_GROUP: Final = lx.DEMONSTRATIVES | {"the"}


def humanity_doubted(words: Words, i: int, last: int) -> int | None:
    """Where the question ends, if it asks whether the group at i..last is human."""
    before = _word_before(words, i)
    if before < 0 or words.words[before] not in _ASKED:
        return None
    j = last + 1
    while j < len(words) and j <= last + 2 and words.words[j] in _DOUBTING:
        j += 1
    if j == last + 1 or j >= len(words) or words.words[j] not in _HUMAN:
        return None
    if j + 1 < len(words) and words.words[j + 1] == "beings":
        j += 1
    ends_sentence = j + 1 == len(words) or words.sentence(j + 1) != words.sentence(j)
    return j if ends_sentence else None


# "ruined by", "overrun by", "being destroyed by": what a people is blamed for doing to us
_RUINED: Final = frozenset(
    {"ruined", "overrun", "swamped", "infested", "invaded", "polluted", "destroyed", "flooded"}
)
_LITERAL_UNLESS_BEING: Final = frozenset({"destroyed", "flooded"})  # "the mosque was destroyed by"
_OURS: Final = frozenset({"our", "this"})


def ruined_by(words: Words, i: int) -> int | None:
    """Where the blame starts ('our'), if the group at i is the agent of ruin of ours."""
    k = _word_before(words, i)
    if k < 1 or words.words[k] != "by" or words.words[k - 1] not in _RUINED:
        return None
    verb = k - 1
    if words.words[verb] in _LITERAL_UNLESS_BEING and words.words[verb - 1] != "being":
        return None
    return nearest_before(words, i, verb, _OURS)


def _word_before(words: Words, i: int) -> int:
    """The word before the group at i, past a 'the' or 'these' ('ruined by these ...')."""
    return i - 1 if i > 0 and words.words[i - 1] not in _BEFORE_GROUP else i - 2


_IN_THE: Final = ("in", "the")


def in_their_nature(words: Words) -> list[Hit]:
    """'in the <group> nature / DNA / blood', with a vice earlier in its sentence."""
    hits = []
    for k in range(2, len(words) - 1):
        if words.words[k] not in lx.GROUP_NAMES or words.words[k + 1] not in lx.IN_THEIR:
            continue
        if tuple(words.words[k - 2 : k]) == _IN_THE and _vice_before(words, k - 2):
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, k - 2, k + 1, "generalisation"))
    return hits


def _vice_before(words: Words, k: int) -> bool:
    sentence = words.sentence(k)
    for j in range(k - 1, -1, -1):
        if words.sentence(j) != sentence:
            return False
        if words.words[j] in lx.VICES or words.words[j] in lx.ATTACK_PREDICATES:
            return True
    return False


# "nicer before the Muslims moved in": what was better, and how a people came
_BETTER: Final = frozenset(
    {"better", "nicer", "safer", "cleaner", "quieter", "happier", "greater", "richer"}
)
_CAME: Final = frozenset({"came", "moved", "arrived", "showed", "started", "took", "turned", "got"})


def better_before(words: Words, i: int, last: int) -> int | None:
    """Where the comparison starts, if the sentence says life was better before the group
    at i..last came."""
    k = _word_before(words, i)
    if k < 1 or words.words[k] != "before" or last + 1 >= len(words):
        return None
    if words.words[last + 1] not in _CAME:
        return None
    return nearest_before(words, i, k, _BETTER)


_PROBLEM: Final = frozenset({"problem", "trouble"})


def named_the_problem(words: Words, i: int, last: int) -> int | None:
    """Where 'the problem' starts, if the sentence ends by naming the group at i..last as
    the problem with something."""
    k = _word_before(words, i)
    if k < 3 or words.words[k] != "is":
        return None
    if last + 1 < len(words) and words.sentence(last + 1) == words.sentence(last):
        return None  # "The problem with this policy is Muslims get nothing": it goes on
    return nearest_before(words, i, k, _PROBLEM, then="with")
