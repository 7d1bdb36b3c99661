"""A people shut out of work, homes, trade or trust: "I would never hire a Muslim", "never
rent your flat to a Dalit", "Boycott Muslim shops", "No Muslims allowed".

Each form is a verb of shutting out and the group as its object, with only articles,
possessives and the thing withheld between ("rent my flat to a ..."). Not when the sentence
reports or rejects the call ("Calls to boycott Muslim shops are illegal", "the landlord
said ..."), nor when the group is no object of the verb ("I would never hire someone who
hates Muslims": "who" stands between).
"""

from __future__ import annotations

from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.words import IDENTITY_ATTACK, Hit, Words, in_sentence

SCORE = 0.88
# The verbs of shutting out, after "never" or "don't" ("never hire", "don't buy from").
_WITHHELD = frozenset(
    {"hire", "employ", "rent", "sell", "trust", "marry", "serve", "buy", "admit", "let"}
)
_NEGATIONS = frozenset({"never", "dont", "not"})
# What may stand between the verb and the group: "rent my flat to a", "buy from".
_BETWEEN = frozenset(
    {"a", "an", "any", "the", "my", "our", "your", "flat", "house", "home", "shop", "room",
     "property", "land", "to", "from", "with", "in", "out", "ever", "again"}
)  # fmt: skip
# Beside "boycott" and "no ... allowed", what a people's shops and custom are called.
_TRADE = frozenset(
    {"shops", "shop", "vendors", "vendor", "businesses", "business", "traders", "sellers",
     "tenants", "people", "workers", "students", "customers"}
)  # fmt: skip
# A country's products, whose boycott is trade politics ("Boycott Chinese goods").
_PRODUCTS = frozenset(
    {"goods", "products", "apps", "app", "phones", "brands", "imports", "toys", "items",
     "companies", "films", "movies", "cricket"}
)  # fmt: skip
# In the sentence, these report or reject the call rather than make it.
_AT_A_DISTANCE = (
    lx.COUNTER_SPEECH
    | lx.QUOTING
    | lx.REJECTING
    | frozenset({"calls", "appeal", "appeals", "campaign", "campaigns", "illegal", "unlawful"})
)
# One of these must be in the comment for any form to be there.
CUES = _WITHHELD | {"boycott", "allowed", "bahishkar", "bahiskar", "bahishkaar"}


def shut_out(words: Words) -> list[Hit]:
    hits = []
    for i, word in enumerate(words.words):
        if word not in lx.GROUP_NAMES:
            continue
        start = _shut_out_before(words, i) if not _qualifies_another(words, i) else None
        if start is None:
            start = i if _no_one_allowed(words, i) or _boycotted(words, i) else None
        products = i + 1 < len(words) and words.words[i + 1] in _PRODUCTS
        if start is not None and not products and not in_sentence(words, i, _AT_A_DISTANCE):
            end = i + 1 if i + 1 < len(words) and words.words[i + 1] in _TRADE else i
            hits.append(words.hit(IDENTITY_ATTACK, SCORE, start, end, "discrimination"))
    return hits


def _shut_out_before(words: Words, i: int) -> int | None:
    """Where the verb shutting out the group at word i starts, if one governs it."""
    for k in range(i - 1, max(-1, i - 7), -1):
        word = words.words[k]
        if word == "boycott" or (word in _WITHHELD and k > 0 and words.words[k - 1] in _NEGATIONS):
            start = k if word == "boycott" else k - 1
            return start if words.unbroken(start, i) else None
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


_PERSONS = frozenset(
    {"man", "men", "woman", "women", "guy", "guys", "person", "persons", "family", "families",
     "boy", "boys", "girl", "girls", "kid", "kids", "child", "children", "neighbour",
     "neighbours", "neighbor", "neighbors", "tenant", "landlord", "maid", "driver", "log"}
)  # fmt: skip
_FOLLOWING = frozenset(
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


_OF = frozenset({"ka", "ki", "ke"})
_BOYCOTT = frozenset({"bahishkar", "bahiskar", "bahishkaar", "boycott"})


def _no_one_allowed(words: Words, i: int) -> bool:
    """'No Muslims allowed', 'no Muslim tenants allowed'."""
    if i == 0 or words.words[i - 1] != "no":
        return False
    after = words.words[i + 1 : i + 3]
    return "allowed" in after and words.unbroken(i - 1, i + after.index("allowed") + 1)
