"""Category scores from words and phrases: slurs, identity attacks, insults, sexual abuse.

Runs on the normalised text (so "1d10t", "s l u t" and homoglyphs read as words) and returns
hits with their spans. What a word means depends on where it points: "stupid" about a bill is
argument, "you are stupid" is harassment, "Muslims are stupid" is an identity attack. So the
scores here come from small structures — a group followed by a generalising link and an attack
word, a second-person word beside an insult — rather than from words alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rejoinder.domain.threats import find_threats
from rejoinder.moderation import lexicon as lx

IDENTITY_ATTACK = "identity_attack"
INSULT = "insult"
THREAT = "threat"
SEXUAL_HARASSMENT = "sexual_harassment"
PROFANITY = "profanity"

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_BREAK = re.compile(r"[.!?;\n]")
_STRETCHED = re.compile(r"(.)\1{2,}")
DIRECTED_WINDOW = 3  # "you are such an idiot": the insult within three words of "you"
PREDICATE_WINDOW = 6  # "Muslims are all nothing but terrorists"


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    score: float
    start: int  # [start, end) in the normalised text
    end: int
    reason: str  # a stable code, e.g. "identity_attack.slur"


@dataclass(frozen=True, slots=True)
class Token:
    word: str  # apostrophes dropped: "youre", "shouldnt"
    start: int
    end: int
    sentence: int


def tokenize(text: str) -> list[Token]:
    found: list[Token] = []
    sentence, position = 0, 0
    for match in _TOKEN.finditer(text):
        if _SENTENCE_BREAK.search(text, position, match.start()):
            sentence += 1
        word = match.group(0).replace("'", "").replace("’", "")
        found.append(Token(_unstretch(word), match.start(), match.end(), sentence))
        position = match.end()
    return found


def _unstretch(word: str) -> str:
    # "stuuuupid" -> "stupid"; runs of two stay ("moron" vs "mooron" both exist in the lists).
    return _STRETCHED.sub(r"\1", word) if len(word) > 2 else word


def _phrase_at(tokens: list[Token], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase of `phrases` starting at token i, 0 if none."""
    for length in (5, 4, 3, 2):
        if i + length <= len(tokens) and tuple(t.word for t in tokens[i : i + length]) in phrases:
            return length
    return 0


def _hit(category: str, score: float, tokens: list[Token], i: int, j: int, why: str) -> Hit:
    return Hit(category, score, tokens[i].start, tokens[j].end, f"{category}.{why}")


@dataclass(frozen=True, slots=True)
class Analysis:
    hits: list[Hit]
    addressed: bool  # the text speaks to a reader ("you") or about a protected group


def analyse(text: str) -> Analysis:
    """Every category hit in normalised `text`, with its span there, and whom it addresses."""
    tokens = tokenize(text)
    hits = [*_slurs(tokens), *_generalisations(tokens), *_insults(tokens)]
    hits.extend(_sexual(text, tokens))
    hits.extend(_profanity(tokens))
    hits.extend(_threats(text))
    addressed = any(
        t.word in lx.SECOND_PERSON or _group_at(tokens, i) for i, t in enumerate(tokens)
    )
    return Analysis(hits, addressed)


def find_hits(text: str) -> list[Hit]:
    return analyse(text).hits


def _slurs(tokens: list[Token]) -> list[Hit]:
    return [
        _hit(IDENTITY_ATTACK, 0.97, tokens, i, i, "slur")
        for i, t in enumerate(tokens)
        if t.word in lx.SLURS
    ]


def _group_at(tokens: list[Token], i: int) -> int:
    """Length of the protected group named at token i (1 or 2 words), 0 if none."""
    if _phrase_at(tokens, i, lx.GROUP_PHRASES) == 2:
        return 2
    return 1 if tokens[i].word in lx.GROUP_WORDS else 0


def _generalisations(tokens: list[Token]) -> list[Hit]:
    """'<group> are/should ... <attack>' and '<hate/kill> (all) <group>'."""
    hits = []
    for i in range(len(tokens)):
        size = _group_at(tokens, i)
        if not size:
            continue
        verb = _attack_verb_before(tokens, i)
        if verb is not None:
            hits.append(_hit(IDENTITY_ATTACK, 0.88, tokens, verb, i + size - 1, "group"))
            continue
        end = _attack_after(tokens, i + size)
        if end is not None:
            hits.append(_hit(IDENTITY_ATTACK, 0.88, tokens, i, end, "generalisation"))
    return hits


def _attack_verb_before(tokens: list[Token], i: int) -> int | None:
    """'kill (all) <group>', 'I hate (the) <group>': the verb's index, None if none."""
    for k in (i - 1, i - 2):
        if k < 0 or tokens[k].sentence != tokens[i].sentence:
            return None
        word = tokens[k].word
        if word in lx.ATTACK_VERBS:
            return k
        if word in lx.HATE_VERBS and k > 0 and tokens[k - 1].word in lx.HATERS:
            return k
    return None


def _attack_after(tokens: list[Token], k: int) -> int | None:
    """Where an attack predicate ends, when a generalising link follows the group at k."""
    sentence = tokens[k - 1].sentence
    links = [j for j in range(k, min(k + 2, len(tokens))) if tokens[j].word in lx.LINKS]
    if not links:
        return None
    for j in range(links[0] + 1, min(links[0] + 1 + PREDICATE_WINDOW, len(tokens))):
        if tokens[j].sentence != sentence:
            return None
        length = _phrase_at(tokens, j, lx.ATTACK_PHRASES)
        if length:
            return j + length - 1
        if tokens[j].word in lx.NEGATIONS:
            return None
        if tokens[j].word in lx.ATTACK_PREDICATES:
            return j
    return None


def _directed(tokens: list[Token], i: int, j: int) -> bool:
    """A second-person word near tokens[i..j] in the same sentence, not negated between."""
    sentence = tokens[i].sentence
    for k in range(max(0, i - DIRECTED_WINDOW), min(len(tokens), j + 1 + DIRECTED_WINDOW)):
        if i <= k <= j or tokens[k].sentence != sentence or tokens[k].word not in lx.SECOND_PERSON:
            continue
        between = tokens[min(k, i) + 1 : max(k, j)]
        if not any(t.word in lx.NEGATIONS for t in between):
            return True
    return False


def _insults(tokens: list[Token]) -> list[Hit]:
    hits = []
    for i, token in enumerate(tokens):
        length = _phrase_at(tokens, i, lx.INSULT_PHRASES)
        if length:
            j = i + length - 1
            score = 0.92 if _directed(tokens, i, j) else 0.7
            hits.append(_hit(INSULT, score, tokens, i, j, "phrase"))
        elif token.word in lx.GAALI:
            hits.append(_hit(INSULT, 0.9, tokens, i, i, "gaali"))
        elif token.word in lx.STRONG_INSULTS:
            score = 0.93 if _directed(tokens, i, i) else 0.6
            hits.append(_hit(INSULT, score, tokens, i, i, "strong"))
        elif token.word in lx.MILD_INSULTS:
            score = 0.88 if _directed(tokens, i, i) else 0.35
            hits.append(_hit(INSULT, score, tokens, i, i, "mild"))
    return hits


_SEXUAL_PATTERNS = (
    r"send (?:me |us )?(?:some |your |ur |more )?(?:nudes|nude pics|naked pics|pics of your)",
    r"(?:show|flash) (?:me |us )?(?:your |ur |her |those |them )?(?:tits|titties|boobs|pussy"
    r"|ass|dick|cock)",
    r"(?:i'?d|i would|i wanna|i want to|i'?m gonna|i am going to|let me|lemme|would"
    r"|i'?ll|i will|someone should) (?:\w+ )?(?:fuck|bang|screw|rape|smash|grope) (?:you|u|her"
    r"|him|ya|them)",
    r"suck (?:my|his|a) (?:dick|cock|balls)",
    r"sits? on my (?:face|dick|cock|lap)",
    r"(?:nice|great|big|hot|juicy) (?:tits|titties|boobs|ass|rack)",
    r"(?:she|he|you|u) (?:needs?|should|wants?) (?:to )?(?:get laid|be raped|get raped"
    r"|get fucked|be fucked)",
    r"(?:teri|tumhari|uski|tera|tere) (?:maa|ma|behen|bahen|bhen) (?:ki|ko|ka) (?:chut|chod"
    r"|choot)",
    r"(?:chod|pel) (?:dunga|denge|dalunga|doonga)",
    r"chodunga|chodenge",
)


@lru_cache(maxsize=1)
def _sexual_regex() -> re.Pattern[str]:
    joined = "|".join(f"(?:{p})" for p in _SEXUAL_PATTERNS)
    return re.compile(r"(?<![a-z0-9])(?:" + joined.replace(" ", r"\s+") + r")(?![a-z0-9])")


def _sexual(text: str, tokens: list[Token]) -> list[Hit]:
    hits = []
    for i, token in enumerate(tokens):
        if token.word in lx.SEXUAL_INSULTS:
            directed = _directed(tokens, i, i)
            score = 0.92 if directed or token.word not in lx.MILD_SEXUAL else 0.7
            hits.append(_hit(SEXUAL_HARASSMENT, score, tokens, i, i, "insult"))
    if any(t.word in lx.SEXUAL_WORDS for t in tokens):  # the patterns need one of these
        hits.extend(
            Hit(SEXUAL_HARASSMENT, 0.93, m.start(), m.end(), f"{SEXUAL_HARASSMENT}.advance")
            for m in _sexual_regex().finditer(text)
        )
    return hits


def _profanity(tokens: list[Token]) -> list[Hit]:
    return [
        _hit(PROFANITY, 0.9, tokens, i, i, "word")
        for i, t in enumerate(tokens)
        if t.word in lx.PROFANE_WORDS or t.word.startswith(lx.PROFANE_STEMS)
    ]


_THREAT_REASONS = {"threat.violence": (THREAT, 0.95), "dehumanisation": (IDENTITY_ATTACK, 0.95)}


def _threats(text: str) -> list[Hit]:
    hits = []
    for start, end, reason in find_threats(text):
        category, score = _THREAT_REASONS.get(reason, (THREAT, 0.9))
        code = reason if reason.startswith(category) else f"{category}.{reason}"
        hits.append(Hit(category, score, start, end, code))
    return hits
