"""Calls to violence against people named by what they are or do: "Shoot the protesters",
"Hang the traitors", "Kill all the Rohingyas", "Every one of these farmers should be shot".

`domain/threats.py` reads violence aimed at pronouns and at "this reporter"; here the target
is a plural noun naming people. A violent verb alone is not a call: "Kill the bill", "Shoot
the messenger", "Hang the banners" and "Execute the plan" name no people; "Police shot the
protesters" and "ordered them to shoot the protesters" report; "Shoot the protesters a
message" is an email; "Don't shoot the protesters" pleads. So a call needs the verb where an
order or a call stands (opening its sentence or clause, or after "just", "let's", "someone
should", "time to") and people after it; or people first, then "should be shot". Criminals
are not on the target list on purpose: "Hang the rapists" asks for a sentence, argued under
every crime story, not for violence against a group.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from rejoinder.domain.threats import HI_PEOPLE_NAMED, spaced
from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.words import (
    THREAT,
    Hit,
    Words,
    by_someone_else,
    one_by_one,
    quoted_whole,
    regex_hits,
)

SCORE: Final = 0.95

_VERBS: Final = lx.VIOLENT_VERBS
# "gun down the marchers", "wipe out the Rohingyas", "run over these protesters": these
# verbs need their particle
_PARTICLE_VERBS: Final = {"gun": "down", "mow": "down", "wipe": "out", "run": "over"}
_PARTICLES: Final = frozenset({"down", "out", "off"})
# Between the determiner and the people: "all the bloody traitors", "the anti national
# protesters" (not "hang out with the students", "kill time with the kids")
# (and what a game's verbs are done to: "shoot the ball faster lads", the 531st set)
_NOT_MODIFIERS: Final = (
    lx.RECEIVING
    | lx.PREPOSITIONS
    | {"ball", "puck", "breeze", "shot", "shots", "goal", "hoops", "pool", "messenger"}
)
# "Let's slaughter the Tories at the polls", "kill the Aussies in the final": a contest
_CONTESTS: Final = lx.CONTESTS
# "Hang the people who did this": the perpetrators of a crime, a sentence asked for
_GENERIC: Final = frozenset({"people", "persons", "men", "guys", "folks"})
_PERPETRATORS: Final = frozenset({"who", "that", "responsible", "behind", "involved", "guilty"})
# (and people by their age, or called names: "These demented old hags should be gassed",
# the 440th set)
_NAMED_PEOPLE: Final = frozenset(
    {"hags", "wrinklies", "boomers", "pensioners", "oldies", "geezers", "cretins", "morons",
     "idiots"}
)  # fmt: skip
_TARGETS: Final = (lx.GROUP_WORDS - lx.FAITHS) | lx.PEOPLE_NOUNS | lx.ROLE_NOUNS | _NAMED_PEOPLE
# "every doctor who pushed the jab should hang": one of a people named by what they do
_ONE_OF: Final = frozenset(word[:-1] for word in _TARGETS if word.endswith("s"))
_NAMED: Final = _TARGETS | lx.GROUP_ADJECTIVES | _ONE_OF  # "every Bangladeshi" names people too
_DETERMINERS: Final = frozenset({"the", "these", "those", "them", "all", "every", "each", "last"})
_SINGLE: Final = frozenset({"single", "one", "of"})  # "every single one of these ..."
_CALLERS: Final = frozenset(
    {"just", "so", "then", "now", "please", "simply", "lets", "go", "gotta"}
)
_MODALS: Final = frozenset({"should", "must", "shall", "ill", "well", "gonna", "wanna"})
# "time to hang the traitors", "we need to shoot them" (not "ordered them to shoot ...")
_WANTING: Final = frozenset(
    {"time", "need", "needs", "want", "wanna", "ought", "have", "has", "got"}
)
_DENIALS: Final = lx.NEGATIONS | frozenset({"shouldnt", "mustnt", "cant", "wont", "didnt", "stop"})
_DEONTIC: Final = frozenset({"should", "must", "need", "needs", "ought", "deserve", "deserves"})
# "(to) be lined up and shot", "be rounded up and shot", "be dragged out and shot" (the 509th
# set), "be taken out and shot"
_BRIDGES: Final = frozenset({"to", "all", "be", "get", "have", "been", "lined", "rounded", "up",
                      "and",
                      "dragged", "taken", "marched", "out", "outside"})  # fmt: skip
_PARTICIPLES: Final = lx.VIOLENT_PARTICIPLES
_ALL_WHO: Final = frozenset({"all", "who"})
# "These doctors should hang", "every traitor should swing": deaths with no participle
_DYING: Final = frozenset({"hang", "swing", "die"})
_DEATHS: Final = _PARTICIPLES | _DYING
# ... said as a wish, not of how or where ("should die at home, with dignity"); beside
# another ("a traitor who should hang next to him", round 652)
_DYING_AFTER: Final = frozenset(
    {"for", "like", "already", "too", "slowly", "now", "next", "alongside", "beside"}
)
# "any" names each of a people only before a people's word ("any Russian living in London")
_ANY: Final = frozenset({"every", "each", "any"})
# "Shoot the protesters a message", "shoot the players for the magazine": not a gun.
_NOT_A_GUN: Final = frozenset({"a", "an", "for", "with", "during", "from"})


def calls_to_violence(words: Words) -> list[Hit]:
    """Every call to violence in the comment: an order to harm people, or people said to
    deserve it, and the places of worship and homes a comment calls to burn."""
    hits = []
    if not words.present.isdisjoint(_VERBS) and not words.present.isdisjoint(_TARGETS):
        hits.extend(_orders(words))
    if not words.present.isdisjoint(_DEATHS) and not words.present.isdisjoint(_NAMED):
        hits.extend(_deserved(words))
    if not words.present.isdisjoint(_CALL_CUES):
        hits.extend(_regex_calls(words.text, words.present))
    return hits


def _orders(words: Words) -> list[Hit]:
    """'Shoot the protesters', 'just hang all these traitors', 'someone should gun down
    the marchers'."""
    hits = []
    for k, verb in enumerate(words.words):
        if verb not in _VERBS or not _called_for(words, k):
            continue
        target = _people_after(words, k)
        if target is None or (verb == "shoot" and _not_a_gun(words, target)):
            continue
        # ... nor a title or slogan in quotes: 'his "kill the Dems" movie'
        if _contest_or_sentence(words, target) or words.quoted(k, target):
            continue
        if not _reported_or_denied(words, k):
            hits.append(words.hit(THREAT, SCORE, k, target, "incitement"))
    return hits


def _called_for(words: Words, k: int) -> bool:
    """Whether the verb at k stands where an order or a call does."""
    if k == 0 or words.sentence(k - 1) != words.sentence(k) or not words.unbroken(k - 1, k):
        return True  # opens its sentence or clause ("..., hang them all")
    before = words.words[k - 1]
    if before in _CALLERS or before in _MODALS:
        return True
    return before == "to" and k >= 2 and words.words[k - 2] in _WANTING


def _people_after(words: Words, k: int) -> int | None:
    """The index of the people the verb at k is done to ('the protesters', 'all these
    bloody traitors', 'every single one of those farmers'), None if it names none."""
    j, n = k + 1, len(words)
    particle = _PARTICLE_VERBS.get(words.words[k])
    if particle is not None:
        if j >= n or words.words[j] != particle:
            return None
        j += 1
    elif j < n and words.words[j] in _PARTICLES:
        j += 1
    while j < n and (words.words[j] in _DETERMINERS or words.words[j] in _SINGLE):
        j += 1
    for t in range(j, min(j + 3, n)):  # up to two words before the noun ("anti national")
        word = words.words[t]
        if words.sentence(t) != words.sentence(k) or word in _NOT_MODIFIERS:
            return None
        if word in _TARGETS:
            return None if _possessive(words, t) else t
    return None


def _contest_or_sentence(words: Words, t: int) -> bool:
    """'Slaughter the Tories at the polls', 'hang the journalists out to dry', 'hang the
    people who did this': an election, an idiom, or a sentence asked for a crime."""
    after = words.words[t + 1 : t + 5]
    if not _CONTESTS.isdisjoint(after) or after[:3] == ["out", "to", "dry"]:
        return True
    return words.words[t] in _GENERIC and bool(after) and after[0] in _PERPETRATORS


def _possessive(words: Words, t: int) -> bool:
    """'the traitors' portraits', 'the farmers’ debts', "the son's account": the people own
    what is named."""
    start, end = words.span(t)
    return words.text[end : end + 1] in {"'", "’"} or words.text[start:end].endswith(_OWNS)


_OWNS: Final = ("'s", "’s")


def _not_a_gun(words: Words, t: int) -> bool:
    return t + 1 < len(words) and words.words[t + 1] in _NOT_A_GUN


def _reported_or_denied(words: Words, k: int) -> bool:
    """'Don't shoot the protesters', 'the officer said shoot the protesters': the call is
    refused, or the sentence reports someone else making it."""
    denied = any(words.words[j] in _DENIALS for j in range(max(0, k - 3), k))
    sentence = words.sentence_around(k)
    said = any(
        words.words[j] in lx.QUOTING and by_someone_else(words, j) for j in range(sentence.start, k)
    )
    return denied or said or any(_according_to_another(words, j) for j in sentence)


_NOT_ANOTHER: Final = frozenset({"me", "us", "my", "our"})


def _according_to_another(words: Words, j: int) -> bool:
    """'..., according to the mob' (not 'according to me')."""
    after = words.words[j + 1 : j + 3]
    return words.words[j] == "according" and len(after) == 2 and after[1] not in _NOT_ANOTHER


def _deserved(words: Words) -> list[Hit]:
    """'These farmers should be shot on sight', 'the traitors deserve to be hanged', 'the
    protesters should all be publicly flogged'."""
    hits = []
    for t, word in enumerate(words.words):
        if t + 1 >= len(words) or not (word in _TARGETS or _each_of_a_people(words, t)):
            continue
        j = _past_a_likeness(words, t + 1)  # "traitors like you should hang" (round 652)
        j = _past_a_clause(words, j)  # "every doctor who pushed the jab should hang"
        j = _past_a_place(words, j)  # "every Bangladeshi in Assam should be shot"
        if j >= len(words) or words.words[j] not in _DEONTIC:
            continue
        end = _participle_after(words, j + 1)
        if end is None:
            end = _dying_after(words, j + 1)
        if end is None or not _CONTESTS.isdisjoint(words.words[end + 1 : end + 5]):
            continue  # "the Tories should be slaughtered at the polls"
        if words.words[end + 1 : end + 4] == ["out", "to", "dry"]:
            continue  # "These MPs should be hanged out to dry by the voters" (the 1095th set)
        if not _reported_or_denied(words, t):
            hits.append(words.hit(THREAT, SCORE, t, end, "incitement"))
    return hits


def _each_of_a_people(words: Words, t: int) -> bool:
    """'Every Bangladeshi', 'any Russian', 'every doctor': each of a people named."""
    if one_by_one(words, t):
        return True
    named = words.words[t] in lx.GROUP_ADJECTIVES or words.words[t] in _ONE_OF
    return named and t > 0 and words.words[t - 1] in _ANY


def _past_a_likeness(words: Words, j: int) -> int:
    """The word after 'like you' (him, her, them) at j, else j: the people named are the
    ones pointed at."""
    if j + 1 < len(words) and words.words[j] == "like" and words.words[j + 1] in _POINTED_AT:
        return j + 2
    return j


_POINTED_AT: Final = frozenset({"you", "u", "him", "her", "them"})


def _past_a_clause(words: Words, j: int) -> int:
    """The word after 'all', or after a short clause saying what the people did ('who
    pushed the jab', 'celebrating Pakistan's win in India': round 536), at j; else j. Not
    past a clause that reports or names a second people ('journalists who say the rioters
    should be shot': the rioters are its target)."""
    if j >= len(words) or not (words.words[j] in _ALL_WHO or _a_participle(words.words[j])):
        return j
    if words.words[j] == "all":
        return j + 1
    for m in range(j + 1, min(j + 7, len(words))):
        word = words.words[m]
        if words.sentence(m) != words.sentence(j) or word in lx.QUOTING or word in _NAMED:
            return j + 1
        if word in _DEONTIC:
            return m
    return j + 1


def _a_participle(word: str) -> bool:
    """'celebrating', 'living': a present participle (not 'king', 'thing', 'sing')."""
    return word.endswith("ing") and len(word) > 5


def _dying_after(words: Words, j: int) -> int | None:
    """'(just) (all) hang', 'die' as a wish: the verb's index, else None."""
    while j < len(words) and words.words[j] in _DYING_BRIDGES:
        j += 1
    if j >= len(words) or words.words[j] not in _DYING:
        return None
    ends = j + 1 >= len(words) or words.sentence(j + 1) != words.sentence(j)
    if ends or not words.unbroken(j, j + 1) or words.words[j + 1] in _DYING_AFTER:
        return j
    return None


_DYING_BRIDGES: Final = frozenset({"to", "all", "just", "simply"})


def _past_a_place(words: Words, j: int) -> int:
    """The word after '(living) in Assam' or 'from the north' (two words at most) at j,
    else j."""
    if j + 1 < len(words) and words.words[j] == "living" and words.words[j + 1] in _PLACED:
        j += 1
    if j < len(words) and words.words[j] in _PLACED:
        for m in range(j + 1, min(j + 4, len(words))):
            if words.words[m] in _DEONTIC:
                return m
    return j


_PLACED: Final = frozenset({"in", "from"})


def _participle_after(words: Words, j: int) -> int | None:
    """'(to) (all) be (publicly) shot', 'be lined up and shot': the participle's index,
    within six words."""
    for m in range(j, min(j + 6, len(words))):
        word = words.words[m]
        if word in _PARTICIPLES:
            return m
        if word not in _BRIDGES and not word.endswith("ly"):
            return None
    return None


# Lands whose destruction is called for under war news: "Flatten Gaza", "Nuke Pakistan",
# "wipe Ukraine off the map".
_LANDS: Final = (
    "gaza|the west bank|west bank|palestine|israel|pakistan|india|iran|iraq|afghanistan"
    "|ukraine|russia|china|kashmir|lebanon|beirut|syria|yemen|tehran|moscow|kyiv|kiev"
    "|islamabad|karachi|lahore|beijing|tel aviv|bangladesh|dhaka|mecca|kabul"
)
# Places a call to burn names: "Burn down their mosques", "someone should torch that newsroom
# with the editors inside", "hope the plane goes down with all of them on board".
_PLACES: Final = (
    "mosques? churches church temples? gurdwaras? synagogues? madrasas? madrassas? homes?"
    " houses? shops? newsrooms? offices? studios? villages? slums? camps? bastis? colony"
    " colonies mohallas? hotels? hostels? caravans? schools? vans trailers buildings? halls"
)
# A call opens its text, follows a clause's punctuation ("..., burn their houses": a
# lookbehind, as the whole-word guard before the pattern would refuse a comma after a
# letter), or follows a word that makes it one.
_CALL: Final = (
    # ("someone will torch that loudspeaker and the building with it", the 557th set)
    r"(?:^|(?<=[.!?,;:]) |(?:just|lets|let's|someone should|somebody should|someone will"
    r"|somebody will|we should|you should"
    r"|they should|should|ought to|must|i'll|we'll|i will|we will|gonna|go|time to|need to"
    r"|next time) )"
)
_WHOM: Final = (
    r"(?:all of )?(?:them|him|her|you|u|everyone|everybody|(?:the|those|these|every) \w+)"
)
# "... with the owner inside", "... with him in it"
_WITH_WHOM_INSIDE: Final = rf"with {_WHOM}(?: still)? (?:inside|in it|in there)"


def _longest_first(word: str) -> tuple[int, str]:
    # (ties in the words' order: the same pattern, and the same name for its reading in
    # literal_needs.json, whatever order a set gives)
    return -len(word), word


# People a firing squad lines up: peoples and people named by what they do (not "line the
# kids up against the wall" for a photograph).
_LINED_UP: Final = "|".join(
    re.escape(w) for w in sorted(lx.GROUP_WORDS | lx.ROLE_NOUNS, key=_longest_first)
)
# Peoples, as the lexicon names them, for the patterns that need one after a verb.
_PEOPLES: Final = "|".join(
    re.escape(w) for w in sorted(lx.GROUP_WORDS - lx.FAITHS, key=_longest_first)
)
# pattern -> the words one of which it needs (so most comments run none of them)
_CALLS: Final = (
    (
        rf"{_CALL}(?:burn down|burn out|burn|torch|firebomb|petrol bomb|set fire to|raze"
        r"|blow up) (?:all )?(?:(?:their|the|these|those|that|this|every|his|her) )?(?:\w+ ){0,2}?"
        # the place ends the call ("Burn down their mosques, ...", "the hotel they're
        # housed in", "torch the last Polish shop and ..."; not "torch the old hotel rules")
        # ("Burn every temple in this country", "Burn the caravans before they even unpack":
        # the 466th and 470th sets)
        rf"(?:{'|'.join(_PLACES.split())})(?=\s*(?:[.,!;]|$)|\s+(?:with|and|they|where"
        # ("Someone should burn down every gurdwara that flies that flag": the 733rd set)
        r"|tonight|down|now|too|before|(?:that|which) (?:fly|flies|has|have|houses?|hosts?"
        r"|shelters?|preach|preaches|teach|teaches|supports?|raises?)"
        r"|in (?:this|the|our|every) (?:country|town|city|state)"
        # "torch the vans the night they arrive" (the 550th set)
        r"|the (?:night|day|minute|moment) they|as soon as|once they|when they"
        r")\b)",
        "burn torch firebomb bomb fire raze blow",  # rarer than the places
    ),
    # "someone should lock the cathedral doors with her inside and light a candle" (the
    # 576th set)
    (
        rf"{_CALL}lock (?:the |their |that |its )?(?:\w+ )?doors? {_WITH_WHOM_INSIDE}",
        "lock",
    ),
    # "someone should set the halls on fire with them in it" (the 562nd set), "somebody
    # should brick the windows during the service" (the 564th)
    (
        rf"{_CALL}set (?:all )?(?:their|the|these|those|that|this|every|his|her) (?:\w+ )?"
        rf"(?:{'|'.join(_PLACES.split())}) (?:on fire|alight|ablaze)",
        "set",
    ),
    (
        rf"{_CALL}(?:brick|smash|put a brick through|put bricks through|throw bricks through"
        r"|throw a brick through) (?:all |every one of |each of )?(?:the|their|his|her|that|those"
        r"|these|its) (?:\w+ )?windows?",
        "brick bricks smash windows window",
    ),
    # ... and recommended: "A brick through the window usually works" (the 729th set; not
    # "a brick through the window of the mosque was reported", a report)
    (
        r"(?:a )?bricks? through (?:the|their|his|her|its|a) (?:\w+ )?windows? (?:usually |always"
        r" |generally |normally |soon |will |would |should |might )?(?:works?|does the trick"
        r"|do the trick|sends? (?:a|the) message|gets? the message across|reminds? them)",
        "brick bricks",
    ),
    # people burnt out: "burn the lot of them out, the high street was better before" (the
    # 581st set; not "the fire burnt them out of their homes", reported)
    (
        rf"{_CALL}(?:burn|smoke|torch|firebomb) (?:the lot of them|them all|all of them|the lot"
        r"|them|em) out(?![a-z])",
        "burn smoke torch firebomb",
    ),
    # "Every mosque should be bulldozed", "all their temples must be burnt down" (the
    # nineteenth session's probe; not "the illegal temple should be demolished, the court
    # ruled": one building, by law)
    (
        r"(?:every|all(?: of)?(?: the| their)?|their) (?:mosques?|churches|church|temples?"
        r"|gurdwaras?|synagogues?|madrasas?|madrassas?) (?:in \w+ )?(?:should|must|need to|ought"
        r" to|deserve to|will) (?:all )?be (?:bulldozed|demolished|burnt|burned|razed|torched"
        r"|flattened|blown up|destroyed|burnt down|burned down)",
        "bulldozed demolished burnt burned razed torched flattened blown destroyed",
    ),
    # "Somebody should visit that school with a can of petrol" (the 474th set): a visit
    # with what sets a place alight
    (
        rf"{_CALL}(?:visit|pay (?:\w+ )?a visit|go round|go to|turn up at|show up at|drop by)"
        r" (?:them|him|her|(?:that|this|the|their|his|her|every) (?:\w+ )?"
        rf"(?:{'|'.join(_PLACES.split())})) with (?:a (?:can|jerrycan|jerry can|canister|bottle"
        r"|jug) of |some )?"
        r"(?:petrol|gasoline|kerosene|molotovs?)",
        "petrol gasoline kerosene molotov molotovs",
    ),
    (
        rf"{_CALL}(?:torch|burn|bomb|blow up|set fire to)(?: \w+){{1,4}}? with {_WHOM}"
        r"(?: still)? inside",
        "inside",
    ),
    # "they should torch the place with the doors locked" (the 647th set)
    (
        rf"{_CALL}(?:torch|burn down|burn|firebomb|set fire to) (?:the |that |this |their )?"
        r"(?:place|hotel|building|house|hostel|camp|mosque|church|temple|it)(?: down)? with the"
        r" doors? (?:locked|barred|chained|nailed shut)",
        "locked barred chained nailed",
    ),
    # "Knackers should be moved on with a bulldozer, caravans and all, while they're still
    # inside" (the 264th set; not "the bulldozers came while they were still inside": told)
    (
        r"(?:bulldoze|bulldozed|bulldozer|bulldozers|torch|torched|burn|burned|burnt|flatten"
        r"|flattened|demolish|demolished|crush|crushed)(?![a-z])[^.!?\n]{0,50}? while"
        r" (?:they'?re|they are|he'?s|he is|she'?s|she is|you'?re|you are)(?: all)? still"
        r" (?:inside|in there|in them|in it)",
        "bulldoze bulldozed bulldozer bulldozers torch torched burn burned burnt flatten"
        " flattened demolish demolished crush crushed",
    ),
    # ... or asked for, with them inside ("Next bulldozer should run over their tents with
    # them inside", the 1595th set; not "next bulldozer should go to the illegal malls",
    # nor "the bulldozers came with them still inside": told)
    (
        r"(?:should|must|needs? to|ought to|let'?s|lets|gonna) (?:\w+ ){0,2}?(?:run over|roll"
        r" over|drive over|go through|flatten|crush|bulldoze|demolish|torch|burn)"
        r"(?![a-z])[^.!?\n]{0,40}? with (?:them|everyone|the families|the lot|the kids)(?: all"
        r"| still)? (?:inside|in them|in there|in it)(?![a-z])",
        "inside",
    ),
    # "Shame they didn't torch it with the owner inside" (the 494th set)
    (
        r"(?:shame|pity|too bad) (?:they|nobody|no one|someone|somebody|the mob) (?:didn'?t"
        r"|did not|never) (?:torch|burn|bomb|firebomb|set fire to|burn down)(?: \w+){1,4}? "
        + _WITH_WHOM_INSIDE,
        "inside it there",
    ),
    # "Hope someone torches that cathedral with him in it" (the 484th set)
    (
        r"hope (?:someone|somebody|they|a \w+|some \w+) (?:torches|burns down|burns|bombs"
        r"|blows up|sets fire to|firebombs)(?: \w+){1,4}? " + _WITH_WHOM_INSIDE,
        "inside it there",
    ),
    (
        r"hope (?:\w+ ){0,6}?(?:goes down|go down|crashes|crash|sinks|sink|blows up|explodes"
        rf"|burns down|burns)(?: \w+){{0,3}}? with {_WHOM}(?: still)? (?:inside|on board"
        # ("hope ur house burns down w u in it": the 504th set)
        r"|aboard|in it|in there)",
        "inside board aboard it there",
    ),
    # "Run them over", "put these rioters down like rabid dogs" (not "run them over to the
    # station": a lift)
    (
        # ("Run them over with a tractor if they block the lane": the 414th set)
        rf"{_CALL}run (?:them|him|her|em|(?:these|those|the) \w+)(?: all)? over(?=[,.!;]|$"
        r"|\s(?:if|and|when|already|like)\b|\swith (?:a |the |your |my )?(?:tractor|truck|car"
        r"|bulldozer|lorry|bus|jeep|van)s?\b(?! to ))",
        "run",
    ),
    # "Just drive over them, the tarmac's soft enough to bury them" (the 1582nd set,
    # protesters glued to a motorway; not "just drive round them", "drive over the bridge")
    (
        rf"{_CALL}(?:drive|plough|plow) (?:over|through|into) (?:them|him|her|em|(?:these|those"
        r"|the) (?:\w+ )?(?:protesters|protestors|activists|marchers|rioters|demonstrators"
        r"|people|crowds?|mobs?|idiots|morons|clowns))(?=[,.!;]|$|\s(?:if|and|when|already|like"
        r"|with)\b)",
        "drive plough plow",
    ),
    # ... and their hands ripped off the road they glued them to ("Rip their hands off the
    # road and leave the skin there"; not "Rip up the Public Order Act")
    (
        rf"{_CALL}(?:rip|tear|yank) (?:their|his|her|them|em) (?:hands|arms|fingers|faces?"
        r"|heads?|skin) (?:clean |right )?off(?![a-z])",
        "rip tear yank",
    ),
    # ... and cut out of society like a cancer ("These eco-freaks are a cancer, cut them out
    # of society", the 1582nd set; not "cut them out of the deal")
    (
        rf"{_CALL}(?:cut|purge|cleanse|excise|exterminate|eradicate) (?:them|em|(?:these|those)"
        r" \w+)(?: all)?(?: out)? (?:of|from) (?:society|the gene pool|the human race|existence"
        r"|humanity)(?![a-z])",
        "cut purge cleanse excise exterminate eradicate",
    ),
    # the 1584th-1587th sets (a Sikh MP, a gay couple's cake, a woman officer in Hinglish,
    # a Traveller site): a harm wished as another's ("hope someone does to him what they
    # did to Indira's killers"; not "hope someone does to him what he did for the town");
    # people who "would be thrown off a roof" (not "thrown off the committee"); poison
    # that should have gone in it ("The baker should've put rat poison in it"; not "rat
    # poison in the shed"); petrol bombs that "would sort the planning out" (not "speed
    # bumps"); a flood hoped to take a site "with them in it" (not "Hope the river
    # defences hold"); a woman "akeli milegi kabhi" (caught alone); "aisi auraton ka ilaaj
    # truck ke neeche hai" (the remedy under a truck; not "... transfer nahi hai")
    (
        r"hope (?:someone|somebody|they) (?:does|do|did) to (?:him|her|them|you|u) what (?:they"
        r"|was|someone|somebody|people) (?:did|done|was done|were done) to(?![a-z])",
        "hope",
    ),
    (
        r"(?:would|should|ought to|deserve to|deserves to|needs? to) be (?:thrown|chucked|tossed"
        r"|pushed) off (?:a |the )?(?:roof|rooftop|tall building|building|tower block)(?![a-z])",
        "thrown chucked tossed pushed",
    ),
    (
        r"(?:should(?:'?ve| have)|ought to have|could(?:'?ve| have)|shoulda) (?:put|slipped"
        r"|added|mixed) (?:some |a bit of |a little )?(?:rat poison|poison|arsenic|cyanide"
        r"|antifreeze|bleach) (?:in|into) (?:it|them|his \w+|her \w+|their \w+)(?![a-z])",
        "poison arsenic cyanide antifreeze bleach",
    ),
    (
        r"(?:petrol bombs?|molotovs?|molotov cocktails?|firebombs?)\b[^.!?\n]{0,40}?(?:would"
        r"|will|'?d|should|could) (?:soon )?(?:sort|fix|solve|settle|deal with|clear|shift)"
        r"(?![a-z])",
        "petrol molotov molotovs firebomb firebombs",
    ),
    (
        r"hope (?:\w+ ){0,6}?(?:floods|flood|collapses|collapse|caves in|cave in)\b(?: \w+){0,8}?"
        rf" {_WITH_WHOM_INSIDE}",
        "floods flood collapses collapse caves cave",
    ),
    (
        r"(?:raat ko|raat mein|kabhi|kahin|sunsaan)\b[^.!?\n]{0,15}?akeli (?:milegi|milogi"
        r"|mil jayegi|mil jaegi|mile|mili)(?![a-z])|akeli (?:milegi|milogi|mil jayegi"
        r"|mil jaegi) kabhi(?![a-z])",
        "akeli",
    ),
    (
        r"(?:ka|ki|ke|ko) (?:ilaaj|ilaj|ilaaz|ilaz)\b[^.!?\n]{0,20}?(?:truck|dumper|tractor"
        r"|bulldozer|jcb)\w* (?:ke neeche|ke niche)(?![a-z])",
        "ilaaj ilaj ilaaz ilaz",
    ),
    # the 1588th-1591st sets: "Next time bring bats lads, finish it" (not "next time bring
    # the police in early"); "Burn their idols and see how they like it" (not "Ban their
    # marches"); "Time to go hunting at the hotel, who's in" (not "time to go to the
    # vigil"); "If the police won't sort them, we will" (not "..., the MP should"); the
    # brakes let off at the top of her ramp (not "check the brakes on the old lifts");
    # "har Bihari ko pakad ke dhunai kare" (a beating for every one of a people)
    (
        r"next time (?:we |you |they )?(?:bring|take|carry|come with|come tooled up with) (?:the"
        r" |some |your |a few )?(?:bats|baseball bats|knives|blades|machetes|petrol|bricks|guns"
        r"|swords|iron rods|lathis|hockey sticks)(?![a-z])",
        "next",
    ),
    (
        rf"{_CALL}(?:burn|smash|break|torch|destroy|desecrate) (?:all )?(?:their|the|those|these)"
        r" (?:idols|murtis|statues of their gods|gods|holy books?|qurans?|korans?|bibles?"
        r"|gitas?|gurdwaras?|scriptures)(?![a-z])",
        "burn smash break torch destroy desecrate",
    ),
    (
        r"(?:time to|let'?s|lets|we should|we need to|who'?s up for) go(?:ing)? hunting (?:at|in"
        r"|round|around|outside|down|for) (?:the |that |their )?(?:hotel|hotels|camp|camps"
        r"|mosque|mosques|hostel|hostels|estate|them|migrants|refugees|asylum seekers|muslims"
        r"|pakis|blacks|gays|trannies)(?![a-z])",
        "hunting",
    ),
    (
        r"(?:if|since|when) the (?:police|cops|law|courts?) (?:won'?t|will not|can'?t|cannot"
        r"|don'?t|do not|wont) (?:sort|deal with|handle|do) (?:them|it|him|her|this lot|these"
        r" \w+|those \w+)(?: out)?,? (?:then )?we (?:will|'ll|ll)(?![a-z])",
        "police cops law court courts",
    ),
    (
        r"(?:let|take|release|knock) (?:the|her|his|their) brakes off\b[^.!?\n]{0,40}?(?:top of"
        r"|stairs|ramp|hill|slope|steps)",
        "brakes",
    ),
    (
        r"har (?:ek )?(?:bihari|bhaiya|madrasi|tamil|kashmiri|muslim|musalman|hindu|sikh|dalit"
        r"|bangladeshi|north indian|south indian|marathi|bengali|nepali)\w* ko (?:pakad ke"
        r" |pakadke |pakad kar )?(?:dhunai|dhulai|pitai|pitaai|maar|thok|thuk|peet)\w*",
        "har",
    ),
    # the 1601st set (a Kashmiri Pandit family home after 35 years, in Hinglish): "inki
    # masjidon ko hata do pehle" (not "inke mandiron ki marammat karo"); "ek ek Kashmiri ko
    # camp mein bhar do" (not "ek ek Pandit ko ghar wapas do")
    (
        r"(?:inki|unki|inke|unke|saari|sari|sab|sabhi|in logon ki|un logon ki|har) (?:\w+ )?"
        r"(?:masjidon|masjid|masjiden|mazaar|mazaaron|mazar|mazaron|dargah|dargahon|mandir"
        r"|mandiron|gurudwara|gurudwaron|girja|girjaghar|church|churchon) (?:ko )?(?:hata"
        r"|gira|tod|tud|jala|uda|dhaha|mita|ukhaad|ukhad)\w* (?:do|dena|denge|diya jaye)(?![a-z])"
        r"(?! mat| nahi| na(?![a-z]))",
        "hata gira tod tud jala uda dhaha mita ukhaad ukhad",
    ),
    (
        rf"(?:ek ek|har ek|har|saare|sare|sab|sabhi) (?:{HI_PEOPLE_NAMED}|pandit)\w* (?:ko )?"
        r"(?:camp|camps|jail|detention camp|detention|pinjre|pinjra)\w* (?:mein|me|main)"
        r" (?:bhar|daal|dal|band kar|thoons|thoos) (?:do|dena|denge|dijiye|diya jaye)(?![a-z])"
        r"(?! mat| nahi| na(?![a-z]))",
        "camp camps jail detention pinjre pinjra",
    ),
    # "Run tractors over these protesters" (not "run the cars over to the garage")
    (
        rf"{_CALL}run (?:a |the |your |our )?(?:tractors?|cars?|trucks?|bulldozers?|jeeps?"
        r"|vehicles?|buses) over (?:them|him|her|em|(?:these|those|the|all the) (?:\w+ )?"
        r"(?:protesters|protestors|farmers|kisans|students|people|rioters|marchers|workers"
        r"|activists|demonstrators|journalists|muslims|hindus|sikhs|dalits|migrants|crowds?"
        r"|mobs?))(?![a-z])",
        "tractor tractors car cars truck trucks bulldozer bulldozers jeep jeeps vehicle"
        " vehicles buses",
    ),
    (
        r"put (?:them|him|her|em|(?:all )?(?:these|those|the) \w+)(?: all)? down like"
        r" (?:\w+ )?(?:dogs|animals|rats|cattle|vermin|pigs)",
        "dogs animals rats cattle vermin pigs",
    ),
    # "Drag the judge out and beat him in the street"
    (
        r"(?:^|(?<=[.!?;,]) )drag (?:\w+ ){1,3}?out(?: of \w+)? and (?:beat|lynch|hang|shoot|kill"
        r"|burn|flog|stone)",
        "drag",
    ),
    # "Napalm the whole camp" (not "nuke the whole draft")
    (
        rf"{_CALL}(?:napalm|nuke|gas|firebomb|carpet bomb|carpet-bomb) (?:the |this |that )?"
        r"(?:whole|entire) (?:camp|village|town|city|slum|area|neighbourhood|neighborhood"
        r"|country|community|colony|basti|state|region|place)",
        "whole entire",
    ),
    # "Flood the place with gas and be done with the lot of them" (the 417th set): a gas
    # chamber made of where people are (not "fill it with gas", a car)
    (
        rf"{_CALL}(?:flood|fill|pump|fumigate) (?:the|that|this|their|these|those) (?:place"
        r"|camp|camps|building|buildings|hotel|hotels|hostel|mosque|mosques|temple|church"
        r"|synagogue|gurdwara|ghetto|slum|slums|shelter|hall|basti|colony|madrasa|madrasas)"
        r" (?:full )?(?:with|of) (?:poison )?gas",
        "gas",
    ),
    # "machine gun anyone on the beach", "mow them down" (not "a machine gun was found")
    (
        rf"(?:{_CALL}|and )(?:machine ?gun|mow down|gun down) (?:{_WHOM}|anyone|the lot"
        r"|every last one)",
        "machine machinegun mow gun",
    ),
    (
        rf"{_CALL}mow (?:{_WHOM}) down",
        "mow",
    ),
    # "Pakistan ko naksha se mita do": a land wiped off the map, in Hindi
    (
        rf"(?:{_LANDS}) ko (?:naksh[ae]|nakshe|map|duniya) se (?:mita|hata|saaf kar)"
        r" (?:do|denge|dena|dalo|daalo|diya jaye)",
        "mita hata saaf",
    ),
    # "Flatten Gaza", "Nuke Pakistan": a people's land, destroyed (not "flatten the curve")
    (
        rf"{_CALL}(?:flatten|nuke|carpet bomb|carpet-bomb|glass|raze|level|wipe out|erase)"
        rf" (?:all of |the whole of |the whole )?(?:{_LANDS})(?![a-z])"
        r"(?!\s*\?)",  # (not echoed to be answered: "Nuke Pakistan? Are you insane?")
        "flatten nuke bomb glass raze level wipe erase",
    ),
    # "Putin should wipe them off the map" (not "Putin wants to wipe Ukraine off the map",
    # a report of what he wants)
    (
        r"(?:should|must|needs? to|ought to|let'?s|we will|we'?ll|i'?d|gotta|time to) (?:just )?"
        r"wipe (?:them|him|her|em|(?:these|those) \w+|(?:the )?(?:\w+ )?(?:people|jews|muslims"
        rf"|hindus|arabs|israelis|palestinians|russians|ukrainians|pakistanis|iranians|chinese"
        rf"|{_LANDS})) off the (?:map|face of the earth)",
        "wipe",
    ),
    # "Sink the boats", "machine guns on the beaches" (not "sink the bill", "border force
    # needs more boats")
    (
        rf"{_CALL}(?:sink|torpedo|ram|bomb|shoot at|fire on) (?:the |their |these |those |every"
        r" |all the )?(?:migrant |refugee |small )?(?:boats?|dinghies|dinghy|rafts?)",
        "boats boat dinghies dinghy rafts raft",
    ),
    # "Send every last one of them back in the dinghies ... and sink the boats halfway" (the
    # 744th set: after "and", with where the boats go down; not "the storm ... and sank the
    # boats")
    (
        r"(?:and|then) (?:sink|torpedo|ram) (?:the |their |those |them |em )?(?:boats? |dinghies"
        r" |dinghy |rafts? )?(?:halfway|half way|midway|mid way|mid-channel|mid channel|in the"
        r" (?:middle|channel)|with them)",
        "boats boat dinghies dinghy rafts raft halfway midway channel",
    ),
    # "Use the navy and ram them" (the 312th set; not "use the navy to rescue them")
    (
        # ("send the gunboats to the beach and sink them before they land", the 647th set)
        r"(?:use|send|get) the (?:navy|coastguard|border force|gunboats?|warships?)(?: (?:in|out"
        r"|to the (?:beach|beaches|channel|coast)))? (?:and|to) (?:sink|ram|torpedo"
        r"|shoot at|fire on) (?:them|the boats|every boat|those boats|these boats)",
        "navy coastguard gunboats gunboat warships warship",
    ),
    (
        # (as a remedy: not "mines on the border killed two shepherds")
        r"(?:machine\s?guns?|snipers?|gunboats?|landmines|mines) on (?:the |our )?(?:beaches|beach"
        r"|border|coast|coastline|shore)(?=[^.!?\n]{0,30}?(?:stop|deal with|sort|solve|fix"
        r"|deter))",
        "beaches beach border coast coastline shore",
    ),
    # "Let them drown" (not "let the bill die", "let them rot in opposition", a sentence
    # served: "let them rot in jail")
    (
        r"let (?:them|em|(?:the|these|those) (?:migrants|refugees|people|immigrants|illegals"
        r"|invaders|asylum seekers)) (?:all )?(?:drown|die|rot|starve|burn)"
        r"(?! in (?:opposition|the wilderness|the political wilderness|obscurity|the"
        r" backbenches|jail|prison|a cell|a prison cell|tihar)(?![a-z]))",
        "drown die rot starve burn",
    ),
    # "Welfare scroungers from the council estates, gas the lot" (the 1037th set)
    (r"gas (?:the lot|them all|em all|the lot of them|every (?:last )?one of them)", "gas"),
    # "Should've let the boat sink, saves us the hotel bill" (the 1033rd set)
    (
        r"let (?:the|their|those|these|that|every|each) (?:boats?|dinghy|dinghies|rafts?)"
        r" (?:all )?sink",
        "sink",
    ),
    # "Ghuspaithiyon ko samundar mein phek do": throw them into the sea (and "Isko aur iske
    # voters ko Brahmaputra mein doobo do", the 1014th set; "In ghuspaithiyon ko Bay of
    # Bengal mein phenk do", the 1050th)
    (
        r"(?:ko|inko|unko|inhe|unhe|sabko) (?:\w+ ){0,3}?(?:samundar|samudra|samandar|nadi"
        r"|ganga|brahmaputra|yamuna|jamuna|narmada|hooghly|godavari|(?:the )?bay of bengal"
        r"|arabian sea|dariya) (?:mein|me) (?:hi |bhi )?(?:phek|fenk|phenk|daal|dubo|duba|doobo"
        r"|dubao|dubaa) (?:do|dena|denge|dalo|daalo)",
        "samundar samudra samandar nadi ganga brahmaputra yamuna jamuna narmada hooghly godavari"
        " bengal arabian dariya",
    ),
    # "Hope someone beats some sense into these queers": a people to be beaten (not "beat
    # some sense into the selectors")
    (
        r"(?:beat|beats|knock|knocks|thrash|thrashes|kick|kicks) (?:some )?sense into (?:all )?"
        rf"(?:these|those|the) (?:\w+ )?(?:{_PEOPLES})(?![a-z])",
        "sense",
    ),
    # "thrash every north Indian taxi driver": every one of a people, beaten
    (
        r"(?:thrash|beat up|bash up|bash|slap|thok|thoko) (?:every|each|all|har) (?:single )?"
        r"(?:north indian|south indian|bihari|biharis|up wala|up wale|bhaiya|marathi|madrasi"
        r"|kashmiri|muslim|hindu|sikh|dalit|christian|migrant|tamil|bengali|nepali)",
        "thrash beat bash slap thok thoko",
    ),
    # "Bloody commies should be lined up against a wall"
    (r"(?:should|must|will) (?:all )?be lined up against (?:a|the) wall", "wall"),
    # "Line the scientists up against a wall when this is over" (the 438th set): an order to
    # line people up as a firing squad does (not "line the kids up against the wall for
    # the photo": a call opens its sentence and ends it, or goes on to the shooting)
    (
        rf"{_CALL}line (?:them|(?:all )?(?:the|these|those|every|each) (?:\w+ ){{0,2}}?"
        rf"(?:{_LINED_UP}))"
        r" up against (?:a|the) wall(?=\s*(?:[.!?]|$|when|after|and (?:shoot|finish)|,))",
        "line",
    ),
)
_CALL_CUES: Final = frozenset(word for _, anchors in _CALLS for word in anchors.split())


@lru_cache(maxsize=1)
def _calls() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    # A space matches any run of spaces, as in domain/threats.py.
    return tuple(
        (re.compile(r"(?<![a-z0-9])" + spaced(pattern)), frozenset(anchors.split()))
        for pattern, anchors in _CALLS
    )


def _regex_calls(text: str, present: frozenset[str]) -> list[Hit]:
    return [
        hit
        for pattern, anchors in _calls()
        if not present.isdisjoint(anchors)
        for hit in regex_hits(pattern, THREAT, SCORE, "incitement", text)
        if not quoted_whole(text, hit.start, hit.end)
    ]
