"""A people shut out of work, homes, trade or trust: "I would never hire a Muslim", "never
rent your flat to a Dalit", "Boycott Muslim shops", "No Muslims allowed".

Each form is a verb of shutting out and the group as its object, with only articles,
possessives and the thing withheld between ("rent my flat to a ..."). Not when the sentence
reports or rejects the call ("Calls to boycott Muslim shops are illegal", "the landlord
said ..."), nor when the group is no object of the verb ("I would never hire someone who
hates Muslims": "who" stands between).
"""

from __future__ import annotations

from typing import Final

from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.words import IDENTITY_ATTACK, Hit, Words, endorses, in_sentence

SCORE: Final = 0.88
# The verbs of shutting out, after "never" or "don't" ("never hire", "don't buy from").
_WITHHELD: Final = frozenset(
    {"hire", "employ", "rent", "sell", "trust", "marry", "date", "serve", "buy", "admit", "let"}
)
_NEGATIONS: Final = frozenset({"never", "dont", "not", "wouldnt", "wont", "cant", "shouldnt"})
# What may stand between the verb and the group: "rent my flat to a", "buy from".
_BETWEEN: Final = frozenset(
    {"a", "an", "any", "the", "my", "our", "your", "flat", "house", "home", "shop", "room",
     "property", "land", "to", "from", "with", "in", "out", "ever", "again"}
)  # fmt: skip
# Beside "boycott" and "no ... allowed", what a people's shops and custom are called.
_TRADE: Final = frozenset(
    {"shops", "shop", "vendors", "vendor", "businesses", "business", "traders", "sellers",
     "tenants", "people", "workers", "students", "customers"}
)  # fmt: skip
# A country's products, whose boycott is trade politics ("Boycott Chinese goods").
_PRODUCTS: Final = frozenset(
    {"goods", "products", "apps", "app", "phones", "brands", "imports", "toys", "items",
     "companies", "films", "movies", "cricket"}
)  # fmt: skip
# In the sentence, these report or reject the call rather than make it.
_AT_A_DISTANCE: Final = (
    lx.COUNTER_SPEECH
    | lx.QUOTING
    | lx.REJECTING
    | frozenset({"calls", "appeal", "appeals", "campaign", "campaigns", "illegal", "unlawful"})
)
# "should be allowed to refuse", "must refuse": refusing a people called for (not "It is
# illegal to refuse ...", nor "Hospitals refuse Dalit patients": a report)
_CALLED_FOR: Final = frozenset({"should", "must", "allowed", "right"})
# "I don't want my kids sitting next to a Muslim", "Nobody wants Muslims as neighbours"
_WANT: Final = frozenset({"want", "wants"})
_NOT_WANTED: Final = frozenset({"dont", "doesnt", "nobody", "noone", "never", "not", "one"})
_BESIDE: Final = frozenset({"next", "near", "beside", "around"})
_AS_NEIGHBOURS: Final = frozenset(
    {"neighbours", "neighbors", "neighbour", "neighbor", "tenants", "colleagues", "classmates"}
)
# What a sign on a door says of those it keeps out: "No Muslims allowed", "No Travellers
# served".
_KEPT_OUT: Final = frozenset({"allowed", "served", "welcome"})
# One of these must be in the comment for any form to be there.
CUES: Final = (
    _WITHHELD | _WANT | _KEPT_OUT | {"boycott", "refuse", "bahishkar", "bahiskar", "bahishkaar"}
)


def shut_out(words: Words) -> list[Hit]:
    hits = []
    for i, word in enumerate(words.words):
        if word not in lx.GROUP_NAMES:
            continue
        start = _shut_out_before(words, i) if not _qualifies_another(words, i) else None
        if start is None:
            start = i if _no_one_allowed(words, i) or _boycotted(words, i) else None
        if start is None:
            start = _unwanted(words, i)
        products = i + 1 < len(words) and words.words[i + 1] in _PRODUCTS
        if start is not None and not products and not _at_a_distance(words, i):
            end = i + 1 if i + 1 < len(words) and words.words[i + 1] in _TRADE else i
            hits.append(words.hit(IDENTITY_ATTACK, SCORE, start, end, "discrimination"))
    return hits


def _at_a_distance(words: Words, i: int) -> bool:
    """Whether the sentence of word i reports or rejects the call, and does not endorse it
    ("My granddad used to say never trust a gypsy, and ... proved him right")."""
    if not in_sentence(words, i, _AT_A_DISTANCE):
        return False
    around = words.sentence_around(i)
    return not endorses(words.words[around.start : around.stop])


def _shut_out_before(words: Words, i: int) -> int | None:
    """Where the verb shutting out the group at word i starts, if one governs it."""
    for k in range(i - 1, max(-1, i - 7), -1):
        word = words.words[k]
        if word == "boycott" or (word in _WITHHELD and k > 0 and words.words[k - 1] in _NEGATIONS):
            start = k if word == "boycott" else k - 1
            return start if words.unbroken(start, i) else None
        refused = k if word == "refuse" else _refused_verb(words, k)
        if refused is not None and (called := _refusal_called_for(words, refused)) is not None:
            return called if words.unbroken(called, i) else None
        if word not in _BETWEEN:
            return None
    return None


def _qualifies_another(words: Words, i: int) -> bool:
    """'never trust a Pakistani general': the group word describes someone the sentence
    names otherwise (not 'a black man', 'Muslim shops', 'Muslims in')."""
    if i + 1 >= len(words) or not words.unbroken(i, i + 1):
        return False
    after = words.words[i + 1]
    return after not in _TRADE and after not in _PERSONS and after not in _FOLLOWING


_PERSONS: Final = frozenset(
    {"man", "men", "woman", "women", "guy", "guys", "person", "persons", "family", "families",
     "boy", "boys", "girl", "girls", "kid", "kids", "child", "children", "neighbour",
     "neighbours", "neighbor", "neighbors", "tenant", "landlord", "maid", "driver", "log",
     # "I wouldn't trust a black doctor": the work someone is trusted with
     "doctor", "doctors", "nurse", "nurses", "surgeon", "surgeons", "teacher", "teachers",
     "lawyer", "lawyers", "pilot", "pilots", "plumber", "plumbers", "cop", "cops",
     "accountant", "accountants", "babysitter", "nanny", "employee", "employees"}
)  # fmt: skip
_FOLLOWING: Final = frozenset(
    {"in", "into", "to", "from", "and", "or", "again", "ever", "here", "there", "anymore",
     "at", "near", "as", "either", "because", "who", "ko", "se", "ka", "ki", "ke"}
)  # fmt: skip


def _boycotted(words: Words, i: int) -> bool:
    """'musalmanon ka bahishkar karo', 'aarthik bahishkar': the Hindi boycott of a people."""
    after = words.words[i + 1 : i + 4]
    return (
        bool(after)
        and after[0] in _OF
        and any(w in _BOYCOTT for w in after[1:])
        and words.unbroken(i, i + len(after))
    )


_OF: Final = frozenset({"ka", "ki", "ke"})
_BOYCOTT: Final = frozenset({"bahishkar", "bahiskar", "bahishkaar", "boycott"})


def _no_one_allowed(words: Words, i: int) -> bool:
    """'No Muslims allowed', 'no Muslim tenants allowed', 'No Travellers served'."""
    if i == 0 or words.words[i - 1] != "no":
        return False
    after = words.words[i + 1 : i + 3]
    k = next((k for k, word in enumerate(after) if word in _KEPT_OUT), None)
    if k == 1 and after[0] in _TOLD:
        return False  # "No travellers were served after ten": what happened
    return k is not None and words.unbroken(i - 1, i + k + 1)


_TOLD: Final = frozenset({"were", "was", "are", "is", "been", "being", "got", "get", "have", "had"})


def _refused_verb(words: Words, k: int) -> int | None:
    """Where 'refuse' stands, if word k is a verb of shutting out refused: 'refuse to hire'."""
    if words.words[k] in _WITHHELD and k > 1 and words.words[k - 1] == "to":
        return k - 2 if words.words[k - 2] == "refuse" else None
    return None


def _refusal_called_for(words: Words, k: int) -> int | None:
    """Where the call to refuse at word k starts: 'should (be allowed to) refuse', or
    'Refuse ...' opening its sentence."""
    if words.asked_after(words.sentence_around(k)[-1]):
        return None  # "Should landlords be allowed to refuse Muslim tenants?" is argued
    if k == 0 or words.sentence(k - 1) != words.sentence(k):
        return k
    window = range(max(0, k - 5), k)
    if any(words.words[j] in lx.NEGATIONS for j in window):
        return None  # "should not be allowed to refuse"
    if words.words[k - 1] in _WHO_REFUSES:
        return None  # "Police should act against landlords who refuse to rent to Africans"
    return next((j for j in reversed(window) if words.words[j] in _CALLED_FOR), None)


# "landlords who refuse ...": the refusal described as someone's, not called for (the 1003rd
# set)
_WHO_REFUSES: Final = frozenset({"who", "that", "which"})


def _unwanted(words: Words, i: int) -> int | None:
    """Where 'don't want ... next to a <group>' or 'nobody wants <group> as neighbours'
    starts: the negation before 'want'."""
    after = words.words[i + 1 : i + 3]
    if len(after) == 2 and after[0] == "as" and after[1] in _AS_NEIGHBOURS:
        return _want_denied(words, i, 3)
    for k in range(i - 1, max(-1, i - 4), -1):
        if words.words[k] in _BESIDE:
            return _want_denied(words, k, 6)
        if words.words[k] not in _BETWEEN:
            return None
    return None


def _want_denied(words: Words, k: int, reach: int) -> int | None:
    for j in range(k - 1, max(0, k - reach - 1), -1):
        if words.words[j] in _WANT and words.words[j - 1] in _NOT_WANTED:
            return j - 1 if words.sentence(j - 1) == words.sentence(k) else None
    return None
