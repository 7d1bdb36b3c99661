"""Category scores from words and phrases: slurs, identity attacks, insults, sexual abuse.

Runs on the normalised text (so "1d10t", "s l u t" and homoglyphs read as words) and returns
hits with their spans. What a word means depends on where it points: "stupid" about a bill is
argument, "you are stupid" is harassment, "Muslims are stupid" is an identity attack. So the
scores here come from small structures — a group followed by a generalising link and an attack
word, a second-person word beside an insult — rather than from words alone.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Protocol

from rejoinder.domain.threats import (
    A_FIGURE_NAMED,
    A_WOMAN_NAMED,
    DO_HARM,
    KO_PEOPLE,
    OFFICES_BEFORE_A_NAME,
    PUBLIC_FIGURE_NAMES,
    THREAT_WORDS,
    WOMEN_IN_PUBLIC_LIFE,
    find_threats,
    spaced,
)
from rejoinder.moderation import lexicon as lx
from rejoinder.moderation.alternatives import Alternatives, top_level_branches
from rejoinder.moderation.cued import CUED_PATTERNS
from rejoinder.moderation.discrimination import CUES as _DISCRIMINATION_CUES
from rejoinder.moderation.discrimination import shut_out
from rejoinder.moderation.incitement import calls_to_violence
from rejoinder.moderation.othering import (
    better_before,
    humanity_doubted,
    in_their_nature,
    named_the_problem,
    ruined_by,
)
from rejoinder.moderation.people import FIRST_NAMES, NamedPeople, people_by_first_name
from rejoinder.moderation.referents import read_as_theirs
from rejoinder.moderation.sayings import ALL_CUES as _SAYING_CUES
from rejoinder.moderation.sayings import called_it, hateful_sayings
from rejoinder.moderation.spellings import CHAT_CUES, has_symbols, written_out
from rejoinder.moderation.titled import titled_tropes
from rejoinder.moderation.transliteration import has_devanagari, romanised
from rejoinder.moderation.wordcache import WordCache
from rejoinder.moderation.words import IDENTITY_ATTACK as IDENTITY_ATTACK
from rejoinder.moderation.words import INSULT as INSULT
from rejoinder.moderation.words import PROFANITY as PROFANITY
from rejoinder.moderation.words import SEXUAL_HARASSMENT as SEXUAL_HARASSMENT
from rejoinder.moderation.words import (
    STRETCHED_RUN,
    TOKEN,
    CueIndex,
    Hit,
    Words,
    alternative_hits,
    by_someone_else,
    echoed,
    endorses,
    in_sentence,
    nearest_before,
    normal_word,
    one_by_one,
    quoted_whole,
    regex_hits,
    starts,
)
from rejoinder.moderation.words import THREAT as THREAT

DIRECTED_WINDOW: Final = 3  # "you are such an idiot": the insult within three words of "you"
PREDICATE_WINDOW: Final = 6  # "Muslims are all nothing but terrorists"


@dataclass(frozen=True, slots=True)
class Analysis:
    hits: list[Hit]
    addressed: bool  # the text speaks to a reader ("you") or about a protected group
    # it names a protected group, and not only to reject what is said of it
    names_group: bool = False
    # it names groups only to reject what is said of them: a stereotype denied ("Muslim log
    # aatankwadi nahi hote"), or named as a claim, a lie, others' words (counter-speech)
    rejects_what_is_said: bool = False


# The words each family of checks starts from: a comment with none of them skips the family.
# Words that name a group of people before what they are called: "these jihadi pigs".
_GROUP_NAMING: Final = lx.GROUP_NAMES | frozenset({"jihadi", "jihadis"})
_SLUR_CUES: Final = lx.SLURS | starts(lx.SLUR_PHRASES)
_GROUP_CUES: Final = lx.GROUP_WORDS | starts(lx.GROUP_PHRASES)
_INSULT_CUES: Final = (
    lx.GAALI
    | lx.GAALI_ABBREVIATIONS
    | lx.CURSE_WORDS
    | lx.STRONG_INSULTS
    | lx.MILD_INSULTS
    | starts(lx.INSULT_PHRASES)
    | starts(lx.GAALI_PHRASES)
    | starts(lx.PERSONAL_INSULT_PHRASES)
)
# The sexual slang's cue words are everyday words ("head", "hit"): its pattern runs on its
# own, so they do not send comments through all the others; kept out of the lexicon, whose
# words are also what hashtags are split into ("#SmileBitch" stays whole).
_SEXUAL_SLANG_CUES: Final = frozenset(
    {"head", "heads", "bend", "hit", "smile", "dm", "dms", "pms", "inbox", "pm", "smash",
     "begging", "way",
     "khada", "meri", "wearing", "rip", "rips", "tear", "tears", "pull", "pulls", "strip",
     "strips", "expect", "bulawa", "nyota", "nyauta", "nyaota", "invitation", "kashmiri",
     "video", "clip", "vid", "bhej", "bhejo", "bhejna", "bhejde", "floor", "legs", "boobs",
     "tits", "rack", "butt", "earn", "earned", "earns", "earning"}
)  # fmt: skip
_SEXUAL_CUES: Final = lx.SEXUAL_INSULTS | lx.SEXUAL_WORDS | _SEXUAL_SLANG_CUES
_EXCLUSION_CUES: Final = (
    starts(lx.EXCLUSION_PHRASES | lx.HOME_TO_COOK) | lx.SEND_AWAY | lx.SENT_AWAY
)
# What a group "is" when the sentence attacks it: the attack words, and any insult ("Arabs
# are ignorant", "Muslims are idiots").
_PREDICATES: Final = lx.ATTACK_PREDICATES | lx.MILD_INSULTS | lx.STRONG_INSULTS
# A strong insult said of a person or pointed at one, whoever is called ("Ravish Kumar is a
# bastard", "that prick Modi": the fifty-first session's policy line). Held by default
# (`insult` from 0.85), and below every insult said to a reader or of the article's author
# (0.88 and up): a site that lets name-calling of public figures stand holds `insult` from
# 0.87 (docs/moderation.md).
NAME_CALLING: Final = 0.86


def analyse(
    text: str,
    people: NamedPeople | None = None,
    theirs: str = "",
    title_peoples: frozenset[str] = frozenset(),
) -> Analysis:
    """Every category hit in normalised `text`, with its span there, and whom it addresses;
    the site's `people` read where they are named as the public figures the rules know, the
    animals it calls people read as said of `theirs`, the people the article's title names
    (referents.py), and the tropes said of `title_peoples`, the peoples the title names,
    read (titled.py). (A reply's lines quoting the comment it answers are blanked before:
    `without_quotes_of`.)"""
    analysis = _analysed(text, people, theirs)
    if not title_peoples or analysis.rejects_what_is_said:
        return analysis
    if not (tropes := titled_tropes(text, title_peoples)):
        return analysis  # most comments under such a title
    hits = [*analysis.hits, *tropes]
    return Analysis(hits, analysis.addressed, analysis.names_group, rejects_what_is_said=False)


def _analysed(text: str, people: NamedPeople | None, theirs: str) -> Analysis:
    if theirs and (read := read_as_theirs(text, theirs)) is not None:
        return _mapped(analyse(read[0], people), read[1])
    if people is not None and (reading := people.reading(text)) is not None:
        return _mapped(analyse(reading[0]), reading[1])
    if text.isascii() or not has_devanagari(text):
        return _analyse_letters(text)  # most comments
    # Devanagari is read as written and as typed in Latin letters ("मादरचोद", "madarchod"):
    # the romanised lists and patterns are the longer ones.
    spelled, origin = romanised(text)
    return _both(_analyse_letters(text), _analyse_letters(spelled), origin)


def _analyse_letters(text: str) -> Analysis:
    words = Words(text)
    # "she needs a good f*ck": the masked word spelt out for the patterns too (the 677th set)
    if (unmasked := words.unmasked_text()) != text:
        text, words = unmasked, Words(unmasked)
    # "Helen Marsh is a heartless bitch": a person named by a common first name is read as
    # the people a site lists are (round 501)
    if not words.present.isdisjoint(FIRST_NAMES) and (
        named := people_by_first_name().reading_of_named(
            text, [words.span(i)[0] for i, word in enumerate(words.words) if word in FIRST_NAMES]
        )
    ):
        return _mapped(_analyse_letters(named[0]), named[1])
    if not words.stretched():
        return _analyse(text, words)  # most comments
    # A run stands for one letter ("kiiiill") or two ("shoooot"): both readings are taken.
    one, origin_one = _squeeze(text, 1)
    two, origin_two = _squeeze(text, 2)
    return _both(_mapped(_analyse(one), origin_one), _analyse(two), origin_two)


class _Origin(Protocol):
    """Where each character of a reading comes from in the text read."""

    def __getitem__(self, k: int, /) -> int: ...


def _mapped(analysis: Analysis, origin: _Origin) -> Analysis:
    """`analysis` of a reading, its spans mapped back through `origin`."""
    hits = [
        Hit(h.category, h.score, origin[h.start], origin[h.end - 1] + 1, h.reason)
        for h in analysis.hits
    ]
    return Analysis(hits, analysis.addressed, analysis.names_group, analysis.rejects_what_is_said)


def _both(first: Analysis, second: Analysis, origin: _Origin) -> Analysis:
    """The hits of two readings of one text, the second's spans mapped back through `origin`."""
    mapped = _mapped(second, origin)
    hits = sorted(set(first.hits) | set(mapped.hits), key=lambda h: (h.start, h.end, h.reason))
    names_group = first.names_group or mapped.names_group
    denies = not names_group and (first.rejects_what_is_said or mapped.rejects_what_is_said)
    return Analysis(hits, first.addressed or second.addressed, names_group, denies)


# A reply quoting the comment it answers, in Markdown: "> Muslims are terrorists\n\nNo, and
# this kind of comment is why ...".
_QUOTED_LINE: Final = re.compile(r"(?m)^[ \t]*>+([^\n]*)")


def without_quotes_of(text: str, replying_to: str) -> str:
    """`text` with each line that quotes `replying_to` blanked with spaces (every offset
    stays). Only what the comment replied to says: a line written as a quote of nothing
    ("> you stupid bitch") is the writer's own."""
    said = " ".join(replying_to.split())

    def blank(quoted: re.Match[str]) -> str:
        line = " ".join(quoted.group(1).split())
        return " " * len(quoted.group(0)) if line in said else quoted.group(0)

    return _QUOTED_LINE.sub(blank, text)


def _read_out(text: str, hashtags_only: bool) -> Analysis | None:
    """'dis journo shud be 🔪' read as 'this journalist should be stabbed', '#GasTheJews' as
    'gas the jews', hits mapped back (None when nothing stands as a word of its own to read:
    "dis-", "a==b", "#jnu")."""
    spelled, origin = written_out(text, hashtags_only)
    if spelled == text:
        return None
    analysis = _mapped(_analyse(spelled), origin)
    return Analysis(
        [*analysis.hits, *_racist_emoji(text), *_weapon_threat(text)],
        analysis.addressed,
        analysis.names_group,
        analysis.rejects_what_is_said,
    )


# "🔪 see you soon", "you're next 🔫": a weapon beside a promise to meet (read on the text
# as written: the words the emoji are read as lose which side of the promise they stood)
_WEAPON_THREAT: Final = re.compile(
    r"[🔪🔫]\ufe0f?[\s.!]*(?:see (?:you|u) soon|(?:you'?re|you are|ur) next|coming for (?:you|u)"
    r"|wait for me)(?![a-z])|(?<![a-z])(?:see (?:you|u) soon|(?:you'?re|you are|ur) next"
    r"|coming for (?:you|u))[\s.!]*[🔪🔫]"
)


def _weapon_threat(text: str) -> list[Hit]:
    return regex_hits(_WEAPON_THREAT, THREAT, 0.9, "intimidation", text)


_APE_EMOJI: Final = re.compile("[🐒🐵🦍🦧]")
_APE_AND_BANANA: Final = re.compile("🍌\\s{0,3}[🐒🐵🦍🦧]|[🐒🐵🦍🦧]\\s{0,3}🍌")
# ... and apes sent to a player's handle: "🐒🐒🐒 @Mensah enjoy your holiday" (round 499)
_APES_AT_A_HANDLE: Final = re.compile("[🐒🐵🦍🦧]{2,}\\s*@\\w+|@\\w+\\s*[🐒🐵🦍🦧]{2,}")


def _racist_emoji(text: str) -> list[Hit]:
    """'Another penalty miss from Saka 🍌🐒', a reply of '🐒🐒🐒': an ape beside a banana,
    or apes alone, are how black footballers are abused (not "the baby monkeys at the zoo
    🐒", "bananas 🍌 for the temple monkeys 🐒": the words say what they are about). A pig
    right beside the name of Muslims or Jews ('🐷 muslims') is the old insult to both (not
    'Muslims don't eat pork 🐷')."""
    ape = _APE_AND_BANANA.search(text)
    if ape is None and not any(c.isalpha() for c in text):
        ape = _APE_EMOJI.search(text)
    if ape is None and "@" in text:
        ape = _APES_AT_A_HANDLE.search(text)
    if ape is None:
        ape = _PIG_BESIDE_FAITH.search(text)
    if ape is None:
        return []
    return [Hit(IDENTITY_ATTACK, 0.9, ape.start(), ape.end(), "identity_attack.emoji")]


_PIGS: Final = "[🐷🐖🐽]+"
_PIGGED: Final = r"(?:muslims?|musalmans?|mulle|mulla|mullahs?|jews?|jewish|islam|yahudi)"
_PIG_BESIDE_FAITH: Final = re.compile(
    rf"{_PIGS}\s*{_PIGGED}(?![a-z])|(?<![a-z]){_PIGGED}\s*{_PIGS}"
)


# "Rashford is a monkey": a person called an ape, the oldest racist insult: a name opening its
# sentence, or he / she (not "the culprit was a monkey", "our new signing is a gorilla in
# midfield", "Hanuman is a monkey god", "he is a cheeky monkey").
_APES: Final = frozenset({"monkey", "monkeys", "ape", "apes", "gorilla", "chimp", "chimpanzee",
                   "baboon",
                   "orangutan", "bandar", "bandariya", "langoor", "langur"})  # fmt: skip
# ... and in Hindi, of a Black man (the 831st set): "Bandar jaisa dikhta hai, pata nahi kya
# dekha isme", "shakal langoor jaisi" (not "bandar jaisa kood raha tha": he leapt like one)
_LOOKS_AN_APE_HI: Final = re.compile(
    r"(?<![a-z])(?:(?:bandar|bandariya|langoor|langur|gorilla|chimpanzee|chimp|monkey)\s+"
    r"(?:jaisa|jaisi|jaise|sa|si)\s+(?:dikhta|dikhti|dikhte|lagta|lagti|lagte)"
    r"|(?:shakal|shakl|chehra|muh|munh)\s+(?:bhi\s+)?(?:bandar|langoor|langur)\s+"
    r"(?:jaisa|jaisi|jaise))(?![a-z])"
    # (of people, not things: "Bandar jaise dikhte hain ye cartoons", the 1005th set)
    r"(?!\s+(?:hain\s+|hai\s+)?(?:ye|yeh|wo|woh)\s+(?:cartoons?|toys?|khilone|masks?"
    r"|puppets?|putle|gudde|gudiya|paintings?|statues?|murti|murtiyan))"
)
_CALLED_AN_APE: Final = re.compile(
    r"(?:^|(?<=[.!?;:,\n])\s*|(?<=[.!?;:,\n] )|(?<=\band )|(?<=\bbut )|(?<=\bthink )"
    r"|(?<=\bcoz )|(?<=\bbecause ))"
    # (and a first name before it, an attack word before the ape: "Kofi Mensah is a useless
    # monkey", round 499; not "our keeper was a monkey", "he is a cheeky monkey")
    r"[#@]?(?!(?:it|this|that|there|which|what|who|here|mascot|the|a|an|our|my|your|his|her"
    r"|their)\b)[a-z]+(?: (?!(?:is|was|s|looks)\b)[a-z]+)? (?:is|was|s"
    r"|looks like) (?:a |an |such a |just a |nothing but a |a fucking |a bloody )?(?:(?:useless"
    r"|stupid|dumb|thick|ugly|filthy|dirty|black|fat|lazy|fucking|bloody) )?(?:monkey|ape"
    r"|gorilla|chimp|chimpanzee|baboon|orangutan)s?(?![a-z])(?! (?:god|king|temple|wrench|bars"
    r"|business|suit|island|puzzle|trial|pox|in (?:goal|midfield|defence|defense|the)))"
)


# ... and an ape's name before a person's, as an epithet: "Monkey Bennett can't even kick a
# ball straight" (round 518; the name read as a person's)
_APE_BEFORE_A_NAME: Final = re.compile(
    rf"(?<![a-z'’])(?:monkey|ape|gorilla|chimp|baboon) {A_FIGURE_NAMED}(?![a-z'’])"
)


def _squeeze(text: str, keep: int) -> tuple[str, list[int]]:
    """`text` with every run of three or more of a letter cut to `keep` letters, and for
    each character left its index in `text`."""
    parts: list[str] = []
    origin: list[int] = []
    position = 0
    for run in STRETCHED_RUN.finditer(text):
        parts.append(text[position : run.start() + keep])
        origin.extend(range(position, run.start() + keep))
        position = run.end()
    parts.append(text[position:])
    origin.extend(range(position, len(text)))
    return "".join(parts), origin


def _analyse(text: str, words: Words | None = None) -> Analysis:
    """The hits in `text` (whose `words`, when the caller has them)."""
    words = Words(text) if words is None else words
    present = words.present
    met = _CUES.met(present)
    # (plain ASCII without "=" has no symbol to read: decided without a call)
    symbols = (not text.isascii() or "=" in text) and has_symbols(text)
    respelt = symbols or bool(met & _CUE_CHAT)
    if (respelt or "#" in text) and (read := _read_out(text, not respelt)) is not None:
        return read
    groups: dict[int, int] = {}
    if met & _CUE_GROUP:
        groups = _groups(words)
    hits: list[Hit] = []
    if met & _CUE_SLUR:
        hits.extend(_slurs(words))
    if not present.isdisjoint(lx.IN_THEIR) and "the" in present:
        hits.extend(in_their_nature(words))
    if "(((" in text:
        hits.extend(regex_hits(_ECHO, IDENTITY_ATTACK, 0.97, "slur", text))
    if "*" in text and not present.isdisjoint(_KIN):
        hits.extend(regex_hits(_KIN_MASKED, INSULT, 0.9, "gaali", text))
    if "ki" in present and not present.isdisjoint(_KIN):
        hits.extend(regex_hits(_KIN_ELIDED, INSULT, 0.9, "gaali", text))
    if not present.isdisjoint(_PLAYER_ABUSE_CUES):
        hits.extend(_player_abuse(words))
    # (in the table's order, as the hits are listed)
    for n in _CUED_PATTERN_INDEX.cued(present):
        _, pattern, category, score, reason = _CUED_PATTERNS[n]
        hits.extend(regex_hits(pattern, category, score, reason, text))
    if " an it" in text:
        hits.extend(regex_hits(_CALLED_AN_IT, IDENTITY_ATTACK, 0.9, "dehumanising", text))
    if lx.TYPICAL in present:
        hits.extend(_typical(words))
    hits.extend(_generalisations(words, groups))
    if "?" in text and met & _CUE_GROUP:
        hits.extend(_joke_at_their_expense(words))
    if not present.isdisjoint(_SARCASM_CUES) and not present.isdisjoint(_SARCASM_NAMED):
        hits.extend(_sarcastic_about(words))
    if met & _CUE_EXCLUSION:
        hits.extend(_exclusion(words))
    if met & (_CUE_GROUP_ADJECTIVE | _CUE_GROUP) and met & _CUE_INSULT_NOUN:
        hits.extend(_group_insulted(words, groups))
    if _both_met(met, _CUE_DEHUMANISING | _CUE_DEMONSTRATIVE):
        hits.extend(_called_vermin(words))
    if _both_met(met, _CUE_VERMIN_NAME | _CUE_THEY_ARE):
        hits.extend(_they_are_vermin(words))
    if met & _CUE_INSULT:
        hits.extend(_insults(words))
    if met & _CUE_APE:
        hits.extend(regex_hits(_CALLED_AN_APE, IDENTITY_ATTACK, 0.9, "animal", text))
        hits.extend(regex_hits(_LOOKS_AN_APE_HI, IDENTITY_ATTACK, 0.9, "animal", text))
        hits.extend(regex_hits(_APE_BEFORE_A_NAME, IDENTITY_ATTACK, 0.9, "animal", text))
    if _both_met(met, _CUE_CALLED_NAME | _CUE_YOU):
        hits.extend(_called_an_animal(words))
    if "like" in present and not present.isdisjoint(_VERMIN_LIKE_HIM_CUES):
        hits.extend(regex_hits(_VERMIN_LIKE_HIM, INSULT, 0.9, "animal", text))
    if _both_met(met, _CUE_GROUP_ADJECTIVE | _CUE_ONE_ANIMAL):
        hits.extend(_one_of_a_people_an_animal(words))
    if _both_met(met, _CUE_WOMAN | _CUE_PLACE):
        hits.extend(_women_put_in_place(words))
    if not present.isdisjoint(_SCORNED_CUES):
        hits.extend(alternative_hits(_SCORNED, INSULT, 0.9, "put_down", words))
    if not present.isdisjoint(_TO_THE_KITCHEN_CUES) or present >= _LET_THE_MEN:
        hits.extend(alternative_hits(_TO_THE_KITCHEN, IDENTITY_ATTACK, 0.88, "sexism", words))
    if not present.isdisjoint(_MOCKED_FOR_HER_SEX_CUES):
        hits.extend(alternative_hits(_MOCKED_FOR_HER_SEX, IDENTITY_ATTACK, 0.88, "sexism", words))
    if _both_met(met, _CUE_PRETTY | _CUE_HEAD) or _both_met(met, _CUE_WOMEN_NAMED | _CUE_SHRUG):
        hits.extend(regex_hits(_HER_SEX_IN_COMMON_WORDS, IDENTITY_ATTACK, 0.88, "sexism", text))
    if present >= _A_REAL_MAN_CUES:
        hits.extend(regex_hits(_A_REAL_MAN, SEXUAL_HARASSMENT, 0.88, "advance", text))
    if met & _CUE_SAYING:
        hits.extend(hateful_sayings(words))
    if "it" in present and "not" in present:
        hits.extend(called_it(words))
    if met & _CUE_DISCRIMINATION and not present.isdisjoint(lx.GROUP_NAMES):
        hits.extend(shut_out(words))
    if met & _CUE_TROPE:
        hits.extend(alternative_hits(_TROPE, IDENTITY_ATTACK, 0.88, "trope", words))
    if "belong" in present or _both_met(met, _CUE_UNLOVED | _CUE_NOBODY):
        hits.extend(regex_hits(_UNLOVABLE, INSULT, 0.92, "cruelty", text))
    if met & _CUE_PUT_DOWN:
        hits.extend(alternative_hits(_PUT_DOWN, INSULT, 0.92, "put_down", words))
    if not present.isdisjoint(_READER_PUT_DOWN_CUES):
        hits.extend(alternative_hits(_READER_PUT_DOWN, INSULT, 0.92, "put_down", words))
    if (
        _both_met(met, _CUE_NOBODY | _CUE_EVEN)
        or _both_met(met, _CUE_AWAY | _CUE_GADGET)
        or _both_met(met, _CUE_HOTI | _CUE_SENSE)
        or _both_met(met, _CUE_JAISE | _CUE_DULLARD)
        or _both_met(met, _CUE_BRAIN | _CUE_GIVEN)
    ):
        hits.extend(regex_hits(_READER_PUT_DOWN_IN_COMMON_WORDS, INSULT, 0.92, "put_down", text))
    if "like" in present and met & _CUE_WHAT_THEY_ARE:
        hits.extend(regex_hits(_WHAT_THEY_ARE, IDENTITY_ATTACK, 0.92, "simile", text))
    if lx.THEM in present and met & _CUE_LOT:
        hits.extend(_the_lot_of_them(words))
    if met & _CUE_SEXUAL:
        hits.extend(_sexual(words))
    hits.extend(_profanity(words))
    if met & _CUE_THREAT:  # every threat pattern needs one of these
        threats = _threats(text, present)
        if threats and "ne" in present and not present.isdisjoint(_HINDI_TOLD):
            # "Modi ne kaha tha ghar mein ghus ke maarenge": a speech reported
            threats = [t for t in threats if not _hindi_report(words, words.word_at(t.start))]
        if threats and not present.isdisjoint(_THREAT_NAMED | _HINDI_SAYS | _SLOGANS):
            # "Jhanda chhuaa toh haath tod denge, yeh dhamki dene wale ko giraftaar kiya gaya",
            # "Doob maro, kehte the hamare dadaji"
            threats = [t for t in threats if not _named_a_threat(words, words.word_at(t.start))]
        if threats and "?" in text and not present.isdisjoint(_REFUSALS):
            threats = [t for t in threats if not _ANSWERED_NO.match(text, t.end)]
        hits.extend(threats)
    hits.extend(calls_to_violence(words))
    if met & _CUE_COURT:
        hits = _asked_of_the_courts(words, hits)
    if met & _CUE_QUOTING and _QUOTE_MARKS.search(text):
        hits = _without_reported_quotes(text, hits)
    spoken_of = [i for i in groups if _spoken_of(words, i)]
    # (a group spoken of is neither denied nor countered: _spoken_of asked that already)
    rejected = any(
        _stereotype_denied(words, i) or _counter_speech(words, i)
        for i in groups
        if i not in spoken_of
    )
    if rejected:
        # one of them named as the counter-example ("... until a Bihari doctor stitches them
        # up", "come and meet the Afghan family who run our corner shop": the 1173rd set)
        spoken_of = [i for i in spoken_of if not _one_of_them(words, i, groups[i])]
    names_group = bool(spoken_of)
    denies = not names_group and rejected
    return Analysis(hits, bool(groups) or bool(met & _CUE_SECOND_PERSON), names_group, denies)


# A word masked after a mother or a sister ("bhen ki l0*i", "maa ki ***", the 1222nd set):
# a gaali whatever its letters (not "behen ki shaadi", nor "maa ki kasam", unmasked)
_KIN: Final = frozenset({"maa", "ma", "bhen", "behen", "bahen", "behan", "amma", "ammi"})
_KIN_MASKED: Final = re.compile(
    rf"(?<![a-z])(?:{'|'.join(sorted(_KIN))}) (?:ki|ka|ke) (?:[a-z]+\*[a-z*]*"
    r"|\*{2,}(?![a-z]))"  # (not Markdown's emphasis: "maa ka *special* khana")
)


# ... or left unsaid after a name: "Gill ki maa ki, ek over mein 20 run de diye" (round 500;
# not "Gill ki maa ki tabiyat kharab hai")
_KIN_ELIDED: Final = re.compile(
    rf"(?<![a-z])(?:uski|iski|unki|inki|[a-z]+ (?:ki|ka|ke)) (?:{'|'.join(sorted(_KIN))}) ki"
    r"(?=\s*(?:[,.!?]|$))"
)

# Patterns of a line each, each run only where one of its cue words is (cued.py)
_CUED_PATTERNS: Final = CUED_PATTERNS
# Each cue word -> the patterns of _CUED_PATTERNS (by position) it lets run
_CUED_PATTERN_INDEX: Final = CueIndex(cues for cues, *_ in _CUED_PATTERNS)
# A person called "it": "It's not a she, Carter is an it" (round 524; not "is an IT
# consultant"; cued by its words together, "it" alone being in most comments)
_CALLED_AN_IT: Final = re.compile(
    rf"(?<![a-z])(?:she|he|shes|hes|they|that|this|{A_WOMAN_NAMED}|[a-z]+) (?:is|s|was) (?:just )?"
    r"an it(?=\s*(?:[.!?,;]|$))"
)

# What a footballer or a cricketer who lost a match is called (rounds 499 and 500): his mother
# wished to have kept her legs shut; his Englishness denied ("Not English, never will be",
# not "I'm not English, never will be", said of oneself); his team to "look like a Lagos bus
# stop" with more of "them"; a Sikh called a "Khalistani gaddar"
_PLAYER_ABUSE: Final = (
    (
        INSULT,
        re.compile(
            r"(?<![a-z])(?:mum|mom|mother|mama|maa|mummy|mommy|parents|dad|father)\w*"
            r" should(?:'?ve| have| of) (?:kept (?:her|their) legs (?:shut|closed|together)"
            r"|used (?:a )?(?:condom|protection|johnny)"
            # ("Your mother should've swallowed": round 504; not "... swallowed her pride")
            r"|swallowed(?! (?:her|his|their|the|it|that|a|an|this|its|my|our|your)(?![a-z])))"
            r"(?![a-z])"
        ),
        "cruelty",
    ),
    (
        IDENTITY_ATTACK,
        re.compile(
            r"(?<![a-z])(?<!i'm )(?<!im )(?<!i am )(?<!we're )(?<!we are )(?<!i was )not"
            r" (?:english|british|french|german|italian|irish|scottish|welsh|dutch|spanish"
            r"|indian|american|australian)\W{1,3}(?:and )?never will be(?![a-z])"
        ),
        "exclusion",
    ),
    (
        IDENTITY_ATTACK,
        re.compile(
            r"(?<![a-z])(?:team|squad|side|country|england|britain|london|town|city|street"
            r"|school|class)\b[^.!?\n]{0,30}?(?:look|looks) like (?:a |an )?(?:lagos|mogadishu"
            r"|kinshasa|karachi|dhaka|kabul|nairobi|accra|african|somali|nigerian|pakistani"
            r"|bangladeshi) (?:bus stop|bus station|market|slum|village|bazaar|refugee camp"
            r"|shanty ?town)(?![a-z])"
        ),
        "generalisation",
    ),
    (
        IDENTITY_ATTACK,
        re.compile(
            r"(?<![a-z])khalistani (?:gaddar|gaddaar|gadar|kutta|kutte|suar|suwar)(?![a-z])"
        ),
        "slur",
    ),
)
_PLAYER_ABUSE_CUES: Final = frozenset({"legs", "condom", "johnny", "swallowed", "never"}) | {
    "khalistani",
    "lagos", "mogadishu", "kinshasa", "karachi", "dhaka", "kabul", "nairobi", "accra",
    "african", "somali", "nigerian", "pakistani", "bangladeshi",
}  # fmt: skip


def _player_abuse(words: Words) -> list[Hit]:
    return [
        hit
        for category, pattern, why in _PLAYER_ABUSE
        for hit in regex_hits(pattern, category, 0.9, why, words.text)
    ]


def _one_of_them(words: Words, i: int, size: int) -> bool:
    """'a Bihari doctor', 'the Afghan family', 'my Muslim neighbour': one person (or one
    family) of the group named at word i, not the group."""
    if i == 0 or words.words[i - 1] not in _ONE_OF:
        return False
    # (the person's noun inside the group's phrase, "the Afghan family", or after it)
    k = i + size - 1 if size > 1 else i + 1
    return k < len(words) and (words.words[k] in lx.ONE_PERSON or words.words[k] in _ONE_HOUSEHOLD)


_ONE_OF: Final = frozenset(
    {"a", "an", "the", "my", "our", "his", "her", "their", "one", "this", "that"}
)
_ONE_HOUSEHOLD: Final = frozenset(
    {"family", "neighbour", "neighbor", "colleague", "friend", "nurse", "teacher", "shopkeeper",
     "surgeon", "engineer", "classmate", "boss", "landlady", "grocer"}
)  # fmt: skip


def _spoken_of(words: Words, i: int) -> bool:
    """Whether the group named at word i is spoken of: not named to reject what is said of
    it, nor as what someone is, nor in asking others to stop what they say of it."""
    # (the word lookups first: the counter-speech check may find the sentence)
    return not (
        _what_one_is(words, i)
        or _told_to_stop(words, i)
        or _counter_speech(words, i)
        or _stereotype_denied(words, i)
    )


def _stereotype_denied(words: Words, i: int) -> bool:
    """'No, the Roma are not thieves', 'Bihari chor nahi hote bhai, mehnat karte hain' (the
    1158th set): what is said of the group named at word i is an attack word denied, and
    the sentence takes nothing back ('Muslims aren't terrorists, they're just the people
    who keep cheering for them'; 'Dalit gande nahi hote, sirf unki bastiyan ...'). Not
    'Muslims are not human', 'are not welcome': what those deny is no attack word."""
    sentence = words.sentence_around(i)
    # (taken back in the next sentence as much: "Muslims are not terrorists. But the ones in
    # this town are.")
    after = sentence.stop
    if after < len(words):
        after = words.sentence_around(after).stop
    if _taken_back(words.words[i:after]):
        return False
    stop = sentence.stop
    return (
        _attack_word_denied(words, i, stop)
        or _attack_word_denied_in_hindi(words, i, stop)
        or _not_every(words, i, stop)
    )


def _not_every(words: Words, i: int, stop: int) -> bool:
    """'Not every Sikh is a Khalistani' (the 1214th set): the generalisation denied before
    the group, of an attack word."""
    # (the group's phrase may hold the "every": "every Sikh")
    at = i if words.words[i] in _EVERY else i - 1
    if at < 1 or words.words[at] not in _EVERY or words.words[at - 1] != "not":
        return False
    link = next((j for j in range(i + 1, min(i + 4, stop)) if words.words[j] in _BE), None)
    return link is not None and _an_attack_word(words, link + 1, min(link + 4, stop))


def _attack_word_denied(words: Words, i: int, stop: int) -> bool:
    for j in range(i + 1, min(i + 4, stop)):
        if words.words[j] in _NEGATED_BE:
            start = j + 1
        elif words.words[j] in _BE and j + 1 < stop and words.words[j + 1] in _NOT_OR_NEVER:
            start = j + 2
        else:
            continue
        return _an_attack_word(words, start, min(start + 3, stop))
    return False


def _an_attack_word(words: Words, start: int, stop: int) -> bool:
    """Whether an attack word or phrase starts among words start..stop-1."""
    return any(
        words.words[k] in _PREDICATES
        or words.words[k] in _DENIED_NOUNS
        or words.phrase_at(k, lx.ATTACK_PHRASES)
        for k in range(start, stop)
    )


def _attack_word_denied_in_hindi(words: Words, i: int, stop: int) -> bool:
    for j in range(i + 1, min(i + PREDICATE_WINDOW, stop - 1)):
        if words.words[j] in _PREDICATES and words.words[j + 1] in _HINDI_NOT:
            return j + 2 < stop and words.words[j + 2] in lx.HINDI_COPULAS
    return False


# what a people is said to be without an insult: "Gay people are not a threat to your
# marriage" (the 1159th set)
_DENIED_NOUNS: Final = frozenset(
    {"threat", "danger", "menace", "burden", "plague", "disease", "cancer"}
)
_BE: Final = frozenset({"are", "is", "r", "were"})
_NEGATED_BE: Final = frozenset({"arent", "isnt", "werent"})
_NOT_OR_NEVER: Final = frozenset({"not", "never"})
_HINDI_NOT: Final = frozenset({"nahi", "nahin", "nhi"})


def _taken_back(rest: list[str]) -> bool:
    """'... but ...', '..., they're just ...', '..., sirf / bas ...': the denial taken back
    (not '..., most of them just want their dal and a quiet life')."""
    if not _TAKING_BACK.isdisjoint(rest):
        return True
    return any(rest[k] in _MERELY and rest[k - 1] in _THEY_BE for k in range(1, len(rest)))


_TAKING_BACK: Final = frozenset({"but", "except", "sirf", "bas", "lekin"})
_MERELY: Final = frozenset({"just", "only", "merely", "simply"})
_THEY_BE: Final = frozenset({"theyre", "are", "its", "is", "hain", "hai"})


def _what_one_is(words: Words, i: int) -> bool:
    """'a shit time to be Jewish', 'being Muslim in London', 'I'm gay': the group named at
    word i as what someone is, not spoken of as others ('to be Jewish or Muslim': both)."""
    if i + 1 < len(words) and words.words[i + 1] in _HOON:
        return True  # "Main Sikh hoon": the same, in Hindi
    k = i - 1
    while k > 1 and words.words[k] in _OR_AND and words.words[k - 1] in _GROUP_CUES:
        k -= 2
    while k > 0 and words.words[k] in _GROUP_CUES:
        k -= 1  # "a Kashmiri Muslim": the group's own adjectives before it
    if k > 0 and words.words[k] in _A:
        # "I'm a Kashmiri Muslim and I cried watching this", "as a Jewish woman" (the 690th
        # set): the writer's own; not "being a trans woman is ..." nor "you cannot be a
        # muslim and ...", where the group is what a claim is about, nor "as Muslims are
        # ...", where "as" opens a clause
        return words.words[k - 1] in _I_AM_A
    return k >= 0 and words.words[k] in _ONE_IS


_ONE_IS: Final = frozenset({"be", "being", "im", "am"})
_A: Final = frozenset({"a", "an"})
_I_AM_A: Final = frozenset({"im", "am", "as"})
_HOON: Final = frozenset({"hoon", "hun", "hu", "hoo"})


def _told_to_stop(words: Words, i: int) -> bool:
    """'Stop saying "those people" about Dalits': the group at word i named in a sentence
    that asks others to stop what they say of it."""
    if words.present.isdisjoint(_STOP_TOLD) or words.present.isdisjoint(_SAYING_OF):
        return False  # most comments: decided without finding the sentence
    around = words.sentence_around(i)
    return any(
        words.words[k] in _STOP_TOLD and words.words[k + 1] in _SAYING_OF
        for k in range(around.start, i - 1)
    )


_STOP_TOLD: Final = frozenset({"stop", "quit"})
_SAYING_OF: Final = frozenset({"saying", "calling", "labelling", "labeling", "treating", "blaming"})
_OR_AND: Final = frozenset({"or", "and"})


# A threat asked and refused at once: "Mob ko goli maaro? No. Arrest them, try them" (the
# 749th set)
_REFUSALS: Final = frozenset({"no", "nope", "nahi", "nahin", "never", "hargiz"})
_ANSWERED_NO: Final = re.compile(
    r"\s*\?+\s*(?:no|nope|nahi|nahin|never|hargiz nahi|of course not|hell no)(?![a-z])"
)


def _both_met(met: int, cues: int) -> bool:
    return met & cues == cues


_QUOTE_MARKS: Final = re.compile(r"[\"“‘«]|(?<!\w)'")
# Straight single quotes too, where they open after a space and close before one: the
# apostrophes inside ("'you'd better hope'") are followed by a letter.
_QUOTATION: Final = re.compile(
    r'"[^"\n]{1,300}"|“[^”\n]{1,300}”|‘[^’\n]{1,300}’|«[^»\n]{1,300}»'
    r"|(?<!\w)'(?:[^'\n]|'(?=[a-z])){1,300}'(?!\w)"
)
_CONTEXT: Final = 60  # characters each side of a quotation that can tell who said it
# ... and what: "'Aurat ko SP bana doge toh yahi hoga' - that comment is exactly the
# mindset she is fighting" (the 732nd set: another reader's comment, quoted to answer it)
# (and "'Tamil anti-Hindus should be thrown out' - a BJP spokesperson on TV", the 751st;
# "'... wahan jao' - ye bolne wale MLA pe case hona chahiye", the 755th: beside a quotation
# "bolne wale" are those who say it, elsewhere the speakers of a language)
_QUOTE_REPORTED: Final = lx.QUOTING | {"comment", "comments", "spokesperson", "spokesman",
                                "spokeswoman", "bolne", "kehne", "likhne"}  # fmt: skip
# "I said ...", "as my dad always says, ...": the writer's own words, or words they endorse
# (but what the writer heard, _HEARD, is someone else's: 'I've heard "women can't lead" my
# whole life', the 1214th set)
_ENDORSING: Final = lx.FIRST_PERSON | {"my", "our"}
# ... unless the words after it set it at a distance, whoever says it: "'Pakistanis are born
# liars' is the kind of thing my uncle says at weddings" (the 742nd set; "'She's asking for
# it' is the oldest excuse for violence against girls", the 805th)
_DISTANCED: Final = re.compile(
    r"\s*[-–—,:]?\s*(?:is|was|are|were|that'?s|thats) (?:just |exactly |precisely )?(?:the"
    r" (?:kind|sort|type) of|the same old|the oldest (?:excuse|line|lie|trick|trope|slur)"
    r"|an? (?:old|tired|lazy|ugly|racist|bigoted) (?:line|lie|trope|slur|insult|jibe)"
    # '"Burn them out" is not an opinion' (the 1152nd set, an essay on incitement law): the
    # words named to say what they are (not '"Burn them out" is not a joke, I mean it')
    r"|not (?:an? )?(?:opinion|argument|debate|point of view|political view|free speech"
    r"|speech|criticism)\b|(?:incitement|hate speech|a crime|a threat)\b)"
    # '"Women can't drive" — my mum drove a lorry for thirty years' (the 1160th set): a
    # counter-example of one's own after a dash (not "— my dad always says")
    r"|\s*[—–-]+\s*(?:my|our) (?:\w+ )?(?:mum|mom|mother|dad|father|sister|brother|wife"
    r"|husband|daughter|son|nan|nani|gran|grandmother|grandfather|aunt|uncle|friend|colleague"
    r"|boss|neighbour|neighbor)s? (?!says|said|always|used|would|thinks|agrees)"
    # ... or a figure that has fallen: '"Muslims breed like rabbits" — India's Muslim
    # fertility rate has fallen faster than any other group's' (the 1173rd set; not '...
    # — their rate is higher than anyone's')
    r"|\s*[—–-]+\s*[^.!?\n]{0,60}?\b(?:has|have|had) (?:fallen|dropped|declined|halved)"
    r"(?![^.!?\n]{0,40}?\b(?:while|but|whereas) (?:theirs|their|they)\b)"
    # '"Muslims breed like rabbits" line is a lie' (the 1159th set)
    r"|\s*(?:line|claim|trope|slur|myth|idea|narrative|talking point|stereotype|slogan)s?"
    r" (?:is|was|are) (?:an? |just |simply )?(?:lie|myth|false|untrue|nonsense|rubbish"
    r"|debunked|racist|bigoted|hateful)\b"
)

# ... unless the words are then said to fit: 'Everyone's upset about the "dirty Paki"
# chant. Why? It's just accurate.' (the 1157th set; not "... It's true, I was there": that
# it was chanted)
_NAMED_AS_ACCURATE: Final = re.compile(
    r"(?:it'?s|it is|that'?s|thats|its) (?:just |only |simply |perfectly |completely )?"
    r"(?:accurate|(?:just|only|simply) (?:true|the truth|facts?|a fact))\s*(?:[.!]|$)"
)


def _without_reported_quotes(text: str, hits: list[Hit]) -> list[Hit]:
    """Hits inside a quotation that the words around it report as someone else's: 'He
    tweeted "Muslims are terrorists" and kept his job' (not 'I said "you are an idiot"')."""
    reported = []
    for quote in _QUOTATION.finditer(text):
        start, end = quote.span()
        around = f"{text[max(0, start - _CONTEXT) : start]} {text[end : end + _CONTEXT]}"
        context = {normal_word(w) for w in TOKEN.findall(around)}
        said = not context.isdisjoint(_QUOTE_REPORTED) and (
            context.isdisjoint(_ENDORSING) or not context.isdisjoint(_HEARD)
        )
        if (said or _DISTANCED.match(text, end)) and not _NAMED_AS_ACCURATE.search(text, end):
            reported.append((start, end))
    return [h for h in hits if not any(_within(h, s, e) for s, e in reported)]


def _within(hit: Hit, start: int, end: int) -> bool:
    """Whether the hit is the quotation's: inside it, or ending in it with only its subject
    before ('The minister said migrants "breed like rabbits"')."""
    return start < hit.end <= end and hit.start >= start - _SUBJECT_REACH


_SUBJECT_REACH: Final = 30  # characters: a group named before the quotation opens


def _slurs(words: Words) -> list[Hit]:
    hits = []
    for i, word in enumerate(words.words):
        if word not in _SLUR_CUES:
            continue
        length = 1 if word in lx.SLURS else words.phrase_at(i, lx.SLUR_PHRASES)
        end = i + length - 1
        if not length or _names_no_one(words, i, end):
            continue
        if length > 1 and _denied_of_a_group(words, i):
            continue  # "Hindus are not cow-worshipping fanatics, ..." (the 1159th set)
        if _quoted_report(words, i, end) or _named_as_a_word(words, i, end):
            continue
        if _what_kin_used_to_say(words, end):
            continue
        if word in _TAKEN_BACK and _said_of_our_own(words, i):
            continue
        if "how" in words.present and _how_they_described(words, end):
            continue  # "Chinki aankhein, nepali chehra - that's how the FIR described him"
        if length > 1 and _split_by_a_pause(words, i, end):
            continue  # "Aaj 10 chakke, log khush ho gaye": sixes, then people
        if length > 1 and _unhyphenated(words, i, end):
            continue  # "is she male or female?": a question, not "she-male"
        if end + 1 < len(words) and words.words[end + 1] in (_DEPICTIONS if length > 1 else _MEMES):
            # "A hook-nosed caricature in a cartoon is antisemitic": one described; "Pajeet
            # memes are all over this thread. Reported." (the 815th set; not "mentally
            # retarded cartoon characters", who are called it)
            continue
        if not _what_we_were_called(words, i):
            hits.append(words.hit(IDENTITY_ATTACK, 0.97, i, end, "slur"))
    return hits


def _how_they_described(words: Words, end: int) -> bool:
    """ "... - that's how the FIR described him": the words before named as someone's
    description of a person (the 765th set)."""
    return any(
        k > end
        and words.words[k] == "how"
        and not _DESCRIBED.isdisjoint(words.words[k + 1 : k + 5])
        for k in words.sentence_around(end)
    )


_DESCRIBED: Final = frozenset(
    {"described", "describes", "describe", "called", "calls", "labelled", "labeled", "wrote",
     "writes", "branded", "brands", "introduced", "mentioned"}
)  # fmt: skip


def _unhyphenated(words: Words, i: int, j: int) -> bool:
    """A slur that is one only when hyphenated ('she-male'), written with a space."""
    if tuple(words.words[i : j + 1]) not in lx.HYPHENATED_SLURS:
        return False
    return words.text[words.span(i)[1] : words.span(j)[0]] != "-"


def _split_by_a_pause(words: Words, i: int, j: int) -> bool:
    between = words.text[words.span(i)[1] : words.span(j)[0]]
    return not _PAUSES.isdisjoint(between)


_DEPICTIONS: Final = frozenset({"caricature", "caricatures", "cartoon", "cartoons", "stereotype",
                        "stereotypes", "trope", "tropes", "image", "images", "drawing",
                        "drawings", "depiction", "depictions", "figure", "figures"})  # fmt: skip
_MEMES: Final = frozenset({"memes", "meme"})
_PAUSES: Final = frozenset(",;")  # (not "ching... chong": the dots draw it out)
_US: Final = frozenset({"us", "me"})
_OURS: Final = frozenset({"my", "our"})


def _what_we_were_called(words: Words, i: int) -> bool:
    """'you guys called us kaafir', 'the boys called me a chinki', 'someone called my son a
    paki', 'she is called a presstitute': the writer reports the name said of them, their
    own, or someone, by others; 'if you call someone a dyke at my school you get excluded':
    the name said of anyone, in a sentence that tells its sanction."""
    k = i - 1 if i > 0 and words.words[i - 1] in _ARTICLES else i
    # further on in a list of names: "People call me Nepali, chinki, Chinese" (the 764th set)
    while k >= 3 and words.words[k - 2] not in _CALL and _comma_between(words, k - 1, k):
        k -= 1
    if _anyone_called(words, k):
        return _punished_after(words, i)
    if k >= 2 and words.words[k - 1] in _US and words.words[k - 2] in _CALL:
        return by_someone_else(words, k - 2)
    # "Someone called my daughter a chink at school": one of the writer's own, named by another
    if k >= 3 and words.words[k - 2] in _OURS and words.words[k - 3] in _CALL:
        return by_someone_else(words, k - 3)
    if k >= 2 and words.words[k - 1] in _CALLED_VERBS and words.words[k - 2] in _BEING:
        return True
    return _called_in_hindi(words, i, k)


def _called_and_punished(words: Words, i: int) -> bool:
    """The name at word i said of anyone, in a sentence that tells its sanction."""
    k = i - 1 if i > 0 and words.words[i - 1] in _ARTICLES else i
    return _anyone_called(words, k) and _punished_after(words, i)


def _punished_after(words: Words, i: int) -> bool:
    return any(words.words[j] in _SANCTIONS for j in words.sentence_around(i) if j > i)


def _anyone_called(words: Words, k: int) -> bool:
    """'call someone (a ...)', or whoever is called, in an 'if' ("If you call a woman MP a
    bitch online you should lose your account", the 1110th set): the name said of anyone."""
    if k >= 2 and words.words[k - 1] in _ANYONE and words.words[k - 2] in _CALL:
        return True
    if "if" not in words.present or words.present.isdisjoint(_CALL):
        return False
    before = [m for m in range(max(0, k - 6), k) if words.sentence(m) == words.sentence(k)]
    called = [m for m in before if words.words[m] in _CALL]
    return bool(called) and any(words.words[m] == "if" for m in before if m < called[0])


def _called_in_hindi(words: Words, i: int, k: int) -> bool:
    """'Mere dost ko chinki bulaya gaya office mein', 'mujhe katua bola' (the 983rd set):
    the name said of the writer or one of theirs, in Hindi's order (the name, then the verb
    of calling)."""
    if i + 1 >= len(words) or words.words[i + 1] not in _CALLED_HI or k < 1:
        return False
    if words.words[k - 1] in _ME_HI:
        return True
    return words.words[k - 1] == "ko" and not _OURS_HI.isdisjoint(
        words.words[max(0, k - 4) : k - 1]
    )


_CALLED_HI: Final = frozenset({"bulaya", "bulate", "bulati", "bola", "bole", "boli", "kaha",
                        "kehte",
                        "kehti", "kahte", "pukara", "pukarte"})  # fmt: skip
_ME_HI: Final = frozenset({"mujhe", "mujhko", "humein", "hume", "hamein", "humko", "hamko"})
_OURS_HI: Final = frozenset(
    {"mere", "meri", "mera", "hamare", "hamari", "hamara", "humare", "humari"}
)


def _comma_between(words: Words, j: int, k: int) -> bool:
    return "," in words.text[words.span(j)[1] : words.span(k)[0]]


_ARTICLES: Final = frozenset({"a", "an"})
_ANYONE: Final = frozenset({"someone", "somebody", "anyone", "anybody"})
_SANCTIONS: Final = frozenset({"excluded", "banned", "suspended", "sacked", "fired", "arrested",
                        "expelled", "punished", "detention", "reported", "disciplined",
                        "prosecuted", "charged", "fined", "jailed", "ban", "lose", "blocked",
                        "kicked", "deleted", "removed"})  # fmt: skip
_DETERMINERS_OF_A_PEOPLE: Final = frozenset({"the", "these", "those"})
_CALLED_VERBS: Final = frozenset({"called", "labelled", "labeled", "branded", "dubbed"})
_BEING: Final = frozenset({"is", "was", "are", "were", "be", "been", "being", "gets", "got", "get"})


def _names_no_one(words: Words, i: int, end: int) -> bool:
    """A slur at words i..end in its other sense: a community's name ("Chamar regiment"), a
    cricket six ("chhakka maar ke"), a verb ("the drought retarded growth"; not "rambling and
    retarded, the women ..."), a title ("Mulla Nasruddin", "Mulla ji"), an animal or a machine
    part ("coon tracks", "auto tranny"), a relative or a book ("my Uncle Tom", "Uncle Tom's
    Cabin")."""
    word = words.words[i]
    if i > 0 and words.words[i - 1] in lx.SLUR_OTHER_SENSE_BEFORE.get(word, ()):
        return True
    if end + 1 >= len(words):
        return False
    after = words.words[end + 1]
    if after in lx.SLUR_OTHER_SENSE_AFTER.get(word, ()):
        return True
    if end > i:
        return _a_vice_denied(words, end)
    return (
        (after in lx.COMMUNITY_NOUNS and word not in lx.CODED_SLURS)
        or (word in lx.SIX and after in lx.HIT_FOR_SIX)
        or (word in lx.SIX and _struck_later(words, end))
        or (word == "retarded" and after in lx.SLOWED and words.unbroken(i, i + 1))
        or (word == "mulla" and after in lx.MULLA_TITLED)
        or (word == "mulla" and _among_clergy(words, i))
    )


def _struck_later(words: Words, end: int) -> bool:
    """A six struck within the next five words of its sentence."""
    sentence = words.sentence(end)
    return any(
        words.words[k] in lx.SIX_STRUCK and words.sentence(k) == sentence
        for k in range(end + 1, min(end + 6, len(words)))
    )


def _a_vice_denied(words: Words, end: int) -> bool:
    """'Aalsi kaum nahi hai hum, mehnat karte hain': a people's vice ("<vice> kaum") denied
    with its copula, not "ye gaddar kaum nahi sudhregi" (it will not mend)."""
    return (
        words.words[end] in _KAUM
        and end + 2 < len(words)
        and words.words[end + 1] in _NOT
        and words.words[end + 2] in lx.HINDI_COPULAS
    )


_KAUM: Final = frozenset({"kaum", "qaum"})


def _among_clergy(words: Words, i: int) -> bool:
    """'Mulla, pandit, padre - New York has all of them' (the 775th set): a cleric listed
    with the clergy of other faiths, next to one of them with a comma or "aur" between (not
    "ye mulla pandit ko gaali deta hai", said of a Muslim)."""
    return any(
        0 <= k < len(words) and words.words[k] in _CLERGY and _listed_with(words, i, k)
        for k in (i - 2, i - 1, i + 1, i + 2)
    )


def _listed_with(words: Words, i: int, k: int) -> bool:
    first, last = min(i, k), max(i, k)
    if last - first == 2:
        return words.words[first + 1] in _LIST_JOINS
    return "," in words.text[words.span(first)[1] : words.span(last)[0]]


_LIST_JOINS: Final = frozenset({"aur", "and", "or", "ya"})
_CLERGY: Final = frozenset(
    {"pandit", "pandits", "padre", "padres", "priest", "priests", "pujari", "granthi", "rabbi",
     "imam", "maulvi", "maulana", "pastor", "bishop", "sadhu", "purohit"}
)  # fmt: skip


# "(((them)))": the antisemitic echo, marking a name or a word as Jewish.
# Exactly three on each side, around letters: "(((((+91-99...)))))" is decoration.
_ECHO: Final = re.compile(r"(?<!\()\({3}(?=[^()\n]*[a-z])[^()\n]{1,40}\){3}(?!\))")


def _joke_at_their_expense(words: Words) -> list[Hit]:
    """'Why do Pakistani bowlers swing the ball so well? Practice throwing grenades.', 'What
    do you call a Pakistani with a cricket bat? Still a terrorist, just sportier.' (the
    1170th set): a joke's question naming a people (as a people or beside what they do:
    "Pakistani bowlers"), whose answer, the next sentence, is a trope of them (a bomb, a
    smell, stealing, toilets). Not 'Why do Pakistani bowlers swing the ball so well?
    Practice, and Lahore's humid air.', where the answer says nothing of them, nor 'Because
    they grew up under bombs', nor 'Not a terrorist, whatever the Sun says'."""
    if words.present.isdisjoint(_JOKE_OPENERS):
        return []  # (most comments with a "?": no joke's question, decided before any span)
    hits = []
    for q, word in enumerate(words.words):
        if word not in _JOKE_OPENERS or not words.phrase_at(q, _JOKE_OPENINGS):
            continue
        question = words.sentence_around(q)
        last = question.stop - 1
        if (
            question.start != q
            or question.stop >= len(words)
            or _NAMES_A_GROUP_ALONE.isdisjoint(words.words[q : question.stop])
            or not words.asked_after(last)
        ):
            continue
        if _a_people_and_a_thing(words, q, question.stop):
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, q, last, "joke"))
            continue
        answer = words.sentence_around(question.stop)
        if len(answer) > _LONGEST_PUNCHLINE:
            continue
        for k in answer:
            if words.words[k] in _NOT_THE_JOKE:
                break  # (a victim's or a denial's words before any trope)
            if words.words[k] in _JOKE_TROPES:
                hits.append(words.hit(IDENTITY_ATTACK, 0.88, q, k, "joke"))
                break
    return hits


def _a_people_and_a_thing(words: Words, q: int, stop: int) -> bool:
    """'What's the difference between a Gypsy and a trampoline?' (the 1242nd set): a people
    set beside a thing, whatever the answer (not 'a Tory and a Labour MP', no people; not
    'a Sikh and a Sardar', two)."""
    if words.words[q] != "whats" or not words.phrase_at(q, _DIFFERENCE_BETWEEN):
        return False
    asked = words.words[q + 4 : stop]  # after "what's the difference between"
    if "and" not in asked:
        return False
    split = asked.index("and")
    first, second = asked[:split], asked[split + 1 :]
    return (
        not lx.GROUP_NAMES.isdisjoint(first)
        and second[:1] in (["a"], ["an"])
        and _NOT_A_THING.isdisjoint(second)
    )


_DIFFERENCE_BETWEEN: Final = frozenset({("whats", "the", "difference", "between")})
# (a second people or a person is no thing: "a Sikh and a Sardar", "a Jew and a banker")
_NOT_A_THING: Final = (
    lx.GROUP_WORDS | lx.GROUP_ADJECTIVES | lx.PEOPLE_NOUNS | lx.ROLE_NOUNS | lx.ONE_PERSON
) | {"sardar"}


_NOT_THE_JOKE: Final = frozenset(
    {"not", "never", "no", "isnt", "arent", "under", "survived", "surviving", "fled",
     "fleeing", "escaped", "escaping", "victims", "lost"}
)  # fmt: skip


# How a joke's question opens ("Why do ...", "What do you call ...", "How many ...").
_JOKE_OPENINGS: Final = frozenset(
    {("why", do) for do in ("do", "does", "did", "are", "is", "cant", "dont", "doesnt")}
    | {("what", "do", "you", "call"), ("whats", "the", "difference"), ("how", "many"),
       ("how", "do", "you"), ("what", "did"), ("what", "does"), ("how", "does")}
)  # fmt: skip
_JOKE_OPENERS: Final = frozenset(opening[0] for opening in _JOKE_OPENINGS)
_LONGEST_PUNCHLINE: Final = 16  # words: an answer, not the start of an argument
# What a punchline at a people's expense names: the tropes of terror, dirt, theft, the ape.
_JOKE_TROPES: Final = frozenset(
    {"grenade", "grenades", "bomb", "bombs", "bomber", "bombers", "terrorist", "terrorists",
     "jihadi", "jihadis", "smell", "smells", "stink", "stinks", "stench", "toilets", "goat",
     "goats", "camel", "camels", "stealing", "steal", "thieves", "welfare", "benefits",
     "rapist", "rapists", "stoned", "stoning", "beheaded", "beheading", "monkey", "monkeys",
     "banana", "bananas", "watermelon", "watermelons", "oven", "ovens",
     # (the 1199th set: "... near something that explodes legally", "the other side of the
     # blast radius")
     "explodes", "explode", "exploding", "explosive", "explosives", "blast"}
)  # fmt: skip


def _typical(words: Words) -> list[Hit]:
    """'Typical Pakistani, lying comes naturally': a sentence that opens by holding a person
    up as typical of their group, or a clause that closes it so ('She cries at every press
    conference, typical woman.'); not 'a typical Indian wedding', 'the food was typical
    Mexican'."""
    hits = []
    for i, word in enumerate(words.words[:-1]):
        if word != lx.TYPICAL:
            continue
        group = words.words[i + 1]
        named = words.phrase_at(i + 1, lx.GROUP_PHRASES)  # "typical burqa-clad columnist"
        if not named and group not in lx.GROUP_NAMES and group not in lx.ONE_OF_THEM:
            continue
        closing = False
        # (a reader's @handle before it opens the sentence: "@Karthik typical Tamil, all
        # talk", the 1163rd set)
        if i > 0 and words.sentence(i - 1) == words.sentence(i) and not words.handle(i - 1):
            if not words.punctuated_after(i - 1):
                continue  # not where the sentence or a clause starts
            closing = True  # "She cries at every press conference, typical woman."
        j = i + max(named, 1)  # "Typical black player, no brains": the group and a person
        if (
            # ("Typical Jew banker, died rich": the 445th set; a people's noun too)
            (named or group in lx.GROUP_ADJECTIVES or group in lx.GROUP_WORDS)
            and j + 1 < len(words)
            and words.words[j + 1] in lx.ONE_PERSON
        ):
            j += 1
        after = words.words[j + 1] if j + 1 < len(words) else None
        ends = after is None or words.sentence(j + 1) != words.sentence(j)
        if closing and not ends and not _trait_closing(words, j + 1):
            continue  # "..., typical Indian wedding food": a clause that goes on
        if ends or after in lx.TYPICAL_OF or words.punctuated_after(j):
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, i, j, "generalisation"))
    return hits


def _trait_closing(words: Words, k: int) -> bool:
    """'..., typical female logic.': the trait word at k ends the sentence."""
    if words.words[k] not in lx.TYPICAL_OF:
        return False
    return k + 1 == len(words) or words.sentence(k + 1) != words.sentence(k)


def _groups(words: Words) -> dict[int, int]:
    """Where each protected group is named: first word -> length ("deaf people": 2)."""
    groups: dict[int, int] = {}
    after = 0  # "the mentally ill" is one group, not also "mentally ill"
    for i, word in enumerate(words.words):
        if i >= after and word in _GROUP_CUES and (size := _group_at(words, i)):
            groups[i] = size
            after = i + size
    return groups


def _group_at(words: Words, i: int) -> int:
    """Length of the protected group named at word i (a word or a phrase), 0 if none."""
    length = words.phrase_at(i, lx.GROUP_PHRASES)
    if length:  # (not "every Hindu rally", a thing of theirs: the 733rd set)
        last = words.words[i + length - 1]
        return (
            0 if last in lx.GROUP_ADJECTIVES and _a_thing_of_theirs(words, i + length) else length
        )
    word = words.words[i]
    if word not in _NAMES_A_GROUP_ALONE:
        return 0  # a word that only opens a group's phrase ("the", "in"; the commonest)
    if _a_thing_of_theirs(words, i + 1):
        return 0  # "Would a Sikh turban be banned too?": a thing of theirs, not the people
    if word == "jaat" and i > 0 and words.words[i - 1] in _WHOSE_CASTE:
        return 0  # "inki jaat ki nahi, baat ki keemat hai": whose caste, not the Jats
    if word == "jaat" and i + 1 < len(words) and words.words[i + 1] in _PAAT:
        return 0  # "jaat-paat wale" (the 1244th set): casteism, not the Jats
    if word in lx.GROUP_WORDS:
        return 1
    if word not in lx.GROUP_ADJECTIVES:
        return 0
    # Hindi names a people by the adjective: "Pakistani bhikari hain", "Hindu darpok hote hain";
    # so does "every": "Every Kashmiri is a stone pelter"
    return int(one_by_one(words, i) or not words.present.isdisjoint(lx.HINDI_FUNCTION_WORDS))


_NAMES_A_GROUP_ALONE: Final = lx.GROUP_WORDS | lx.GROUP_ADJECTIVES
_PAAT: Final = frozenset({"paat", "pat", "paath"})
# "jaat" is also caste itself: "inki jaat", "kis jaat ka hai" (the 1013th set's trap; not
# "ek Jaat ladka", a Jat)
_WHOSE_CASTE: Final = frozenset(
    {"inki", "unki", "iski", "uski", "apni", "meri", "teri", "hamari", "tumhari", "kiski",
     "kis", "kaunsi", "konsi", "same", "alag", "oonchi", "unchi", "badi", "choti"}
)  # fmt: skip


def _why_they_were_harmed(words: Words, k: int) -> bool:
    """'(ye log kaale hain) isliye maar diya': the attack given as the reason others harmed
    them, done (the 1080th set: "..., gore hote toh selfie lete. Sharam aani chahiye
    humein"); not called for ("... isliye inko nikaal do")."""
    if k >= len(words) or not (length := words.phrase_at(k, _THAT_IS_WHY)):
        return False
    after = words.words[k + length : k + length + 3]
    return any(
        word in _HARMED or tuple(after[n : n + 2]) in _HARM_DONE for n, word in enumerate(after)
    )


_THAT_IS_WHY: Final = frozenset({("isliye",), ("islie",), ("is", "liye"), ("tabhi",)})
_HARMED: Final = frozenset(
    {"maara", "mara", "maari", "peeta", "peeti", "pita", "nikala", "nikaala", "roka", "pakda",
     "bhagaya"}
)  # fmt: skip
_HARM_DONE: Final = frozenset(
    (stem, done)
    for stem in ("maar", "peet", "nikaal", "nikal", "bhaga")
    for done in ("diya", "diye", "di", "gaya", "gaye", "gayi")
)


def _a_thing_of_theirs(words: Words, k: int) -> bool:
    return k < len(words) and words.words[k] in _THINGS_OF_A_FAITH


# What follows a group's name when the name is an adjective of a thing: "a Sikh turban",
# "Sardarji jokes".
_THINGS_OF_A_FAITH: Final = frozenset(
    {"turban", "turbans", "hijab", "hijabs", "headscarf", "headscarves", "veil", "veils",
     "burqa", "burqas", "burka", "burkas", "niqab", "niqabs", "kippah", "kippot", "yarmulke",
     "yarmulkes", "kirpan", "kirpans", "symbols", "dress", "festival", "festivals",
     # jokes told about a people: "Sardarji jokes are lazy" (the jokes, not the people)
     "joke", "jokes",
     # an event of a people: "every Hindu rally 'extremist'" (the 733rd set)
     "rally", "rallies", "protest", "protests", "march", "marches", "procession",
     "processions",
     # an army's unit named for a people: "Send the Sikh regiment back to the front"
     "regiment", "regiments", "battalion", "battalions", "rifles", "infantry"}
)  # fmt: skip


def _generalisations(words: Words, groups: dict[int, int]) -> list[Hit]:
    """'<group> are/should ... <attack>', '<hate/kill> (all) <group>', 'filthy <group>',
    '<group> moochers' and '<group> ... like rats'."""
    hits = []
    attributions = _attributions(words)
    for i, size in groups.items():
        if _counter_speech(words, i) or _reported(words, i):
            continue
        if attributions and attributions.get(words.sentence(i), -1) > i:
            continue  # "Women are useless at parking, says my wife"
        if _politicians_meant(words, i):
            continue
        last = i + size - 1
        verb = _attack_verb_before(words, i)
        if verb is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, verb, last, "group"))
        elif (start := _put_down_before(words, i, last)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, start, last, "group"))
        elif (
            last + 1 < len(words)
            and words.words[last + 1] in lx.DEHUMANISING_NOUNS
            and not (words.asked_after(last) and words.asked_after(last + 1))
        ):
            # (not "Refugees? Parasites? Really? The ones on my ward are doctors", the
            # 1159th set: each word echoed as a question)
            hits.append(words.hit(IDENTITY_ATTACK, 0.95, i, last + 1, "dehumanisation"))
        elif (end := _called_names_with_log(words, last)) is not None and not echoed(words, i, end):
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, i, end, "group"))
        elif not _some_of(words, i) and (end := _hate_a_people(words, last + 1)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, i, end, "generalisation"))
        elif (
            not _some_of(words, i)
            and not _object_of_an_act(words, i)
            and (end := _attack_after(words, last + 1)) is not None
        ):
            # ("Hindus are all bigots? My neighbours ...", "Ye log kaale hain isliye maar
            # diya": the reason the mob gave, told of it)
            if not echoed(words, i, end) and not _why_they_were_harmed(words, end + 1):
                hits.append(words.hit(IDENTITY_ATTACK, 0.88, i, end, "generalisation"))
        elif (end := _likened_to_animals(words, i, last + 1)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.95, i, end, "dehumanisation"))
        elif (end := _essentialised(words, i)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, i, end, "generalisation"))
        elif (trope := _trope_in_sentence(words, i)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, *trope, "trope"))
        elif (start := _locked_up_against(words, i, last)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, start, last, "trope"))
        elif (end := humanity_doubted(words, i, last)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.95, i, end, "dehumanisation"))
        elif (start := ruined_by(words, i)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, start, last, "generalisation"))
        elif (end := _said_of_them(words, last)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, i, end, "generalisation"))
        elif (end := _thrown_out_like_refuse(words, last)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.95, i, end, "dehumanisation"))
        elif (start := better_before(words, i, last)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, start, last + 1, "generalisation"))
        elif (start := named_the_problem(words, i, last)) is not None:
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, start, last, "generalisation"))
    return hits


# Stock frames of sarcasm that, said of a people, mock it as a stereotype confirmed or an
# achievement impossible ("Gay teacher at a primary school, what could possibly go wrong",
# "Dalit boy tops exam. Next you'll tell me pigs fly", "Madrasi ne Hindi bol di, Nobel de do
# isko"): the same frames said of a ministry are argument (the 1026th set's twins). Not the
# frames a reply to bigots or to a government's claim takes as often ("haan haan", "can't
# wait for", "aur main Prime Minister hoon"). "What a surprise", left out at first for the
# same reason, is one since the 1034th set: over the dump of every assessment it holds one
# more line, abuse ("Another drunk Indian with his hand out, what a surprise."), and no
# other ("... what a surprise for nobody who watches cricket" is praise, and passes).
_SARCASM_FRAMES: Final = re.compile(
    r"(?<![a-z])(?:what could (?:possibly )?go wrong"
    r"|in other news,? (?:water is wet|the sky is blue|the pope is catholic|fire is hot|bears"
    r"|the sun (?:rose|rises|comes up) in the east|fish swim|dogs bark|birds fly|grass is"
    r" green|ice is cold)"
    r"|next (?:you'?ll|you will|u will|ull) tell me"
    r"|(?:nobel|padma shri|padma bhushan|bharat ratna|oscar) (?:de do|bhejo|dedo|dijiye)"
    r"|give (?:him|her|them|this \w+) (?:a|the) nobel"
    # (the mocked one's neighbours as brave, not the one: "Muslim firefighter runs into the
    # fire, brave man, truly" is praise)
    r"|brave (?:passengers|parents|patients|students|customers|residents|neighbours"
    r"|neighbors|enemy|enemies|voters|fans),? (?:truly|really|indeed)"
    r"|who could have guessed"
    r"|(?:ah|oh) yes,? because|what'?s the worst that (?:could|can) happen"
    r"|imagine being (?:shocked|surprised) (?:that|when)"
    r"|what a surprise(?! for (?:nobody|no one|anyone|everyone))"
    r"|i'?m sure (?:the |his |her |their )?\w+ (?:in (?:the|this) \w+ )?(?:are|is) (?:thrilled"
    r"|nervous)"
    r"|dono ek sa(?:a)?th\W+(?:chamatkar|miracle)"
    r"|alert the media|sure,? jan"
    # (and of the 1071st, a ninth: "a Black man who didn't steal anything, call the papers",
    # "Jewish landlord raises the rent, who could have possibly predicted that")
    # (not where the writer answers the surprise: "a Bihari topper in UPSC again, call the
    # newspapers, this happens every year", the 1391st set)
    r"|(?:call the (?:news)?papers|stop the press(?:es)?|hold the front page)(?![,.!]*"
    r" (?:this|it|that) happens every (?:year|time|week|day|season|exam))"
    r"|who (?:could|would|'?d) have (?:possibly |ever )?(?:predicted|seen (?:that|this|it)"
    r" coming)"
    r"|(?:(?<=[.!?,] )|^)nothing suspicious (?:at all|there|about it)(?=\s*(?:[.!]|$))"
    r"|(?:god|allah|bhagwan|jesus) must be thrilled"
    r"|can'?t imagine (?:it|them|him|her|that) (?:leaking|going wrong)"
    # (and of the 1082nd, a tenth: "let's give the Rohingyas Aadhaar cards too, what could
    # they possibly do with them", "Wow a Pakistani who isn't a terrorist, put him in a
    # museum", "... truly the future feminists fought for", "Sure, the Dalit topper cleared
    # it on merit. And I'm the Queen of England.")
    r"|what (?:could|would|can) (?:they|he|she) possibly do with"
    r"|put (?:him|her|them|it) in a museum"
    r"|truly the (?:future|world|country|india|britain) (?:\w+ ){1,2}?fought for"
    r"|and i'?m the queen of (?:england|sheba)(?![a-z])"
    # (and of the 1094th, an eleventh, in Hinglish: "Bihari ne sarkari naukri bina paper
    # leak ke clear kar li? Itihaas ban gaya." (after a question: not "Neeraj ne gold jeeta,
    # itihaas ban gaya"), "aur main Chand pe rehta hoon", "Dalit aur merit? ... jaise machhli
    # aur cycle", "Ek Pakistani ne sach bola? Kal suraj pashchim se niklega", "Kitna pyaara,
    # ek Madrasi ne Hindi mein do line bol di, Bharat Ratna bhejo", "someone call the
    # newspapers")
    r"|(?<=\? )itihaas ban gaya"
    r"|aur main (?:chand|mars|mangal) (?:pe|par) rehta (?:hoon|hu)"
    r"|machhli aur cycle|suraj pashchim se (?:niklega|ugega|nikalega)"
    # (and of the 1112th and 1113th, a twelfth: "a trans woman in the Olympic boxing, can't
    # wait to see how that ends", "A woman SP? The criminals must be shaking in their boots,
    # from laughter")
    r"|can'?t wait to see how (?:that|this|it) (?:ends|goes|turns out)"
    r"|shaking in their boots,? (?:from|with) laughter"
    # (and of the 1123rd, a thirteenth: "Of course the Jewish landlord raised the rent
    # again. Water is wet." (after "of course", "again": not "Muslims fast in Ramadan.
    # Water is wet.", the obvious said obvious); "I'm sure the knife crime stats will
    # thank us"; "My car stereo was getting lonely anyway"; "What's a few stolen bikes
    # between neighbours?"; "Reservation really does work miracles, doesn't it?"; "so well
    # represented at the grooming trials")
    r"|(?:of course|again|as always|as usual|typical)\b[^\n]{0,80}?[.!?,] water is wet"
    r"(?=\s*(?:[.!]|$))"
    r"|i'?m sure (?:the |our )?(?:(?:knife |violent )?crime|rape|grooming|stabbing|burglary"
    r"|theft) (?:stats|statistics|figures|numbers|rates?) will (?:thank us|love (?:it|this"
    r"|them))"
    r"|(?:my|our) (?:car stereo|stereo|wallet|bike|bicycle|phone|catalytic converter|purse"
    r"|handbag|lawnmower|tools|shed) (?:was|were) (?:getting |feeling )?lonely"
    r"|what'?s (?:a few|a couple of|some|one or two) (?:stolen \w+|burglaries|break-ins"
    r"|thefts|robberies|stabbings|muggings) between (?:neighbours|neighbors|friends)"
    r"|(?:reservation|quota)s? really (?:does |do )?works? (?:miracles|wonders|magic),?"
    r" (?:doesn'?t|don'?t) (?:it|they)\?"
    r"|(?:so |very |nicely |well )+represented (?:at|in|among) the (?:grooming|rape|terror"
    r"|terrorism|knife crime|stabbing) (?:trials?|gangs?|cases|stats|statistics|figures)"
    # (and of the 1193rd, a fourteenth: "Shocking: Romanian gang steals cars. In other news,
    # fish swim."; "Wow, a Dalit who can spell his own name" (not "a minister who can read
    # a balance sheet": no people); "another Muslim "youth" ... They always are, right up
    # until the explosion")
    r"|(?:wow|amazing|look|oh look|finally|imagine),? (?:a|an) (?:\w+ ){1,2}?who (?:can|could"
    r"|knows how to) (?:spell|count|tie)"
    r"|(?:right |just )?up until the (?:explosion|bomb|blast|detonation)"
    # (and of the 1228th, a seventeenth: "Wow a Bangladeshi who isn't selling fake Aadhaar
    # cards, frame this moment" (not "frame this comment", praise, without the "who isn't");
    # "Sure, let's give the Rohingya more land, they've been so grateful for the last lot"
    # (not "Thank the volunteers, they've been so helpful"); "... finally learning to use a
    # toilet, only took 75 years")
    r"|(?:wow|amazing|look|oh look|finally|imagine),? (?:a|an) (?:\w+ ){1,2}?who (?:isn'?t"
    r"|is not|wasn'?t|doesn'?t|does not|didn'?t) [^.!?\n]{0,60}?frame this (?:moment|day|one)"
    r"|sure,? let'?s [^.!?\n]{0,60}?,? (?:they'?ve|they have) been so (?:grateful|peaceful"
    r"|helpful|honest|well[- ]behaved|lovely|nice)"
    r"|(?:finally )?learn(?:ing|t|ed|s)? (?:how )?to use (?:a |the )?(?:toilet|toilets|soap"
    r"|deodorant|cutlery|spoons?)"
    # "Haan haan, Muslims toh bade shareef hain, bas tiffin mein bomb ..." (the 1228th set;
    # of a people: not "neta toh bade shareef hain")
    r"|haan haan,? [^.!?\n]{0,30}?(?:toh |to )?bade (?:shareef|sharif|imaandar|imandar"
    r"|masoom|shaant|shant) (?:hain|hai|h)"
    # (and of the 1242nd, jokes a third time: "A Jew walks past a coin on the floor. Just
    # kidding, no Jew would walk past a coin"; of a people: not "no Tory would")
    r"|just kidding,? no \w+ (?:would|will|could|can|ever))"
    r"(?![a-z])"
)
# (the frames of the 1027th set, a fourth round, added after it was scored: "in other news
# the sun rose in the east", "Padma Shri de do", "brave enemy, truly", "who could have
# guessed"; the check had read 3 of its 10 lines, those in the frames above; not "how
# original" nor "who would have thought", praise as often; and of the 1034th, a fifth
# round, which it read 1 of 10 of: "Ah yes, because Bangladeshis are famous for their
# honesty", "what's the worst that could happen", "Imagine being shocked that a Pakistani
# lied", "I'm sure the parents are thrilled", "Bihari aur traffic rules, dono ek saath?
# Chamatkar", "What a surprise, the Gypsies were nowhere near"; and of the 1042nd, a sixth,
# which the check read none of: "Alert the media", "Sure Jan", "... Nothing suspicious at
# all." (ending its sentence: not "police found nothing suspicious at all in his truck"),
# "I'm sure the cats in the area are nervous", "God must be thrilled", "can't imagine it
# leaking"; not the frames praise takes as often: "I'm sure the patients are delighted",
# "kitne imaandar log hain ye", "Love how every <people> is suddenly a cricket expert")
_SARCASM_CUES: Final = frozenset(
    {"wrong", "news", "tell", "nobel", "shri", "bhushan", "ratna", "oscar", "brave", "guessed",
     "yes", "worst", "imagine", "surprise", "thrilled", "chamatkar", "miracle", "nervous",
     "alert", "jan", "suspicious", "papers", "press", "presses", "page", "predicted",
     "coming", "possibly", "museum", "fought", "queen", "bhejo", "dedo", "dijiye", "ends",
     "laughter",
     "newspapers", "itihaas", "chand", "mangal", "machhli", "suraj", "wet", "thank",
     "lonely", "neighbours", "neighbors", "miracles", "wonders", "magic", "represented",
     "spell", "count", "tie", "explosion", "bomb", "blast", "detonation", "frame",
     "grateful", "toilet", "toilets", "soap", "deodorant", "cutlery", "shareef", "sharif",
     "imaandar", "imandar", "masoom", "shaant", "shant", "kidding"}
)  # fmt: skip
# Whom the frames mock: a people, or one of them named by it ("Gay teacher", "Dalit boy",
# "Jewish landlord", "A woman driving a bus"); a colour only of a person ("Black teenager",
# not "Black Friday").
_COLOURS: Final = frozenset({"black", "white", "brown"})
# (and one refugee or migrant named so: "another refugee family given a four-bed house. I'm
# sure the knife crime stats will thank us", the 1123rd set)
_SARCASM_TARGETS: Final = lx.GROUP_NAMES | frozenset(
    {"woman", "aurat", "ladki", "refugee", "migrant", "immigrant"}
)
# ... and the two-word names whose first word names no people alone ("asylum seekers",
# "Irish traveller")
_PAIRS: Final = frozenset(
    p for p in lx.GROUP_PHRASES if len(p) == 2 and p[0] not in _SARCASM_TARGETS
)
_PHRASED_TARGETS: Final = frozenset(p[1] for p in _PAIRS)
# (one of which a comment must hold for the frames to be looked for)
_SARCASM_NAMED: Final = _SARCASM_TARGETS | _PHRASED_TARGETS
_COLOURED_PERSONS: Final = lx.PEOPLE_NOUNS | frozenset(
    {"man", "woman", "boy", "girl", "teen", "teenager", "kid", "guy", "lad", "youth", "mp",
     "mayor", "driver", "teacher", "doctor", "student", "player", "footballer", "family"}
)  # fmt: skip


def _sarcastic_about(words: Words) -> list[Hit]:
    """A sarcastic frame in the sentence naming a people or one of them, or in the sentence
    after it."""
    if not words.present.isdisjoint(_SARCASM_ANSWERED):
        # "A Muslim family moved in and nothing happened. In other news, the sky is blue,
        # bigots.", "Govt says women are safe in Delhi. Next you'll tell me the Yamuna is
        # clean": the frame turned on those who mock, or on a claim
        return []
    # (the frames first: most comments with a cue word hold none, and then whom they name
    # is not asked, each word's counter-speech and report checks included)
    frames = list(_SARCASM_FRAMES.finditer(words.text))
    if not frames:
        return []
    named = [i for i, word in enumerate(words.words) if _mocked_at(words, i, word)]
    hits = []
    for frame in frames:
        k = words.sentence(words.word_at(frame.start()))
        i = next((i for i in named if words.sentence(i) in (k, k - 1)), None)
        if i is not None:
            start, end = min(words.span(i)[0], frame.start()), max(words.span(i)[1], frame.end())
            hits.append(Hit(IDENTITY_ATTACK, 0.88, start, end, f"{IDENTITY_ATTACK}.sarcasm"))
    return hits


_BIGOTS_NAMED: Final = frozenset(
    {"bigot", "bigots", "racist", "racists", "bigoted", "islamophobes", "islamophobic",
     "homophobes", "homophobic", "transphobes", "transphobic", "xenophobes", "casteist",
     "casteists", "misogynists", "sexists", "haters"}
)  # fmt: skip
_CLAIMED: Final = frozenset(
    {"says", "said", "claims", "claimed", "claim", "according", "kehti", "kehta", "kehte",
     "bolti", "bolta", "bolte", "daawa", "dava", "dawa"}
)  # fmt: skip
_SARCASM_ANSWERED: Final = _BIGOTS_NAMED | _CLAIMED


def _ends_a_group_phrase(words: Words, i: int) -> bool:
    """Word i ends a two-word name of a people whose first word names none alone ("an Irish
    traveller with a job, quick, someone call the newspapers", the 1094th set: "a
    traveller" alone is anyone on a trip)."""
    return i > 0 and words.words[i] in _PHRASED_TARGETS and words.phrase_at(i - 1, _PAIRS) == 2


def _mocked_at(words: Words, i: int, word: str) -> bool:
    if word not in _SARCASM_TARGETS and not _ends_a_group_phrase(words, i):
        return False
    if word in _COLOURS and (i + 1 >= len(words) or words.words[i + 1] not in _COLOURED_PERSONS):
        return False
    return not _counter_speech(words, i) and not _reported(words, i)


def _put_down_before(words: Words, i: int, last: int) -> int | None:
    """Where the words putting a people down start, said before it: 'nobody wants ...',
    'filthy ...'."""
    start = _unwanted(words, i, last)
    return start if start is not None else _modifier_before(words, i)


def _unwanted(words: Words, i: int, last: int) -> int | None:
    """'Nobody wants your kind in Ottawa', 'We don't want Muslims here' (the 868th set): a
    people not wanted in a place, or at all; where the phrase starts. Not "nobody wants
    Muslims to suffer", nor "we don't want women in combat roles" (argued policy)."""
    k = i - 1
    if k < 1 or words.words[k] not in _WANT:
        return None
    before = words.words[k - 1]
    if before in _NOBODY:
        start = k - 1
    elif k >= 2 and (before, words.words[k - 2]) in _NO_ONE_OR_WE_DONT:
        start = k - 2
    else:
        return None
    after = words.words[last + 1 : last + 4]
    ends = last + 1 >= len(words) or words.sentence(last + 1) != words.sentence(last)
    if words.words[i] in _WHOSE_KIND or ends or after[:1] == ["here"] or after[:2] == _AROUND:
        return start
    if len(after) == 3 and after[0] == "in" and after[1] in _OUR and after[2] in _OUR_PLACES:
        return start
    return None


_WANT: Final = frozenset({"wants", "want", "needs"})
_NO_ONE_OR_WE_DONT: Final = frozenset(
    {("one", "no"), ("dont", "we"), ("dont", "i"), ("doesnt", "nobody"), ("dont", "they")}
)
_WHOSE_KIND: Final = frozenset({"your", "their", "his", "her"})
_AROUND: Final = ["around", "here"]
_OUR: Final = frozenset({"this", "our", "my"})
_OUR_PLACES: Final = frozenset(
    {"country", "town", "city", "area", "street", "neighbourhood", "neighborhood", "village",
     "society", "colony", "state", "building", "school", "community", "land"}
)  # fmt: skip


def _called_names_with_log(words: Words, last: int) -> int | None:
    """'Bihari gande log', 'Marwadi makkhichoos log' (the 770th set): a people and an insult
    of them, then "log" (people), as Hindi calls a people names; not "... nahi hain" after."""
    k = last + 1
    if k + 1 >= len(words) or words.words[k + 1] not in _PEOPLE_LOG:
        return None
    if words.words[k] not in lx.ATTACK_MODIFIERS:
        return None
    if not lx.NEGATIONS.isdisjoint(words.words[k + 2 : k + 5]):
        return None
    return k + 1


_PEOPLE_LOG: Final = frozenset({"log", "logon", "logo"})


def _hate_a_people(words: Words, k: int) -> int | None:
    """'Muslim actors hate Hindus': one people said to hate another (not 'Hindus don't hate
    Muslims', whose link comes first, nor 'Hindus hate losing')."""
    if k + 1 < len(words) and words.words[k] in _PEOPLE_OF_A_GROUP:
        k += 1  # "Muslim actors", "Hindu voters"
    if k >= len(words) or words.words[k] not in lx.HATE_VERBS:
        return None
    j = k + 1 + (k + 1 < len(words) and words.words[k + 1] == "all")
    return j if j < len(words) and words.words[j] in lx.GROUP_WORDS else None


_PEOPLE_OF_A_GROUP: Final = (
    lx.PEOPLE_NOUNS
    | lx.ROLE_NOUNS
    | {"actors", "actresses", "players", "cricketers", "students", "leaders", "doctors"}
)


def _some_of(words: Words, i: int) -> bool:
    """'Some migrants commit crimes, like some citizens do': a part of a group, not all;
    'Not all Muslims are terrorists, obviously' (the 1157th set's round), unless the
    sentence goes on to most of them ('..., but most are')."""
    if i > 0 and words.words[i - 1] in _SOME:
        return True
    before = words.words[max(0, i - 2) : i]
    if before == ["a", "few"]:
        return True
    # (the group may be named with its "all" or "every": "Not every Muslim is ...")
    not_all = before in _NOT_ALL or words.words[max(0, i - 1) : i + 1] in _NOT_ALL
    return not_all and not _but_most(words, i)


_SOME: Final = frozenset({"some", "few", "certain"})
_NOT_ALL: Final = (["not", "all"], ["not", "every"])
# (not "enough": "Not all men are rapists, but enough are that women are right to be
# careful", the 1158th set)
_MOST: Final = frozenset({"most", "many", "majority", "nearly", "almost"})


def _but_most(words: Words, i: int) -> bool:
    """'Not all X are Y, but most are': 'but' and a word of most of them after word i, in
    its sentence."""
    sentence = words.sentence_around(i)
    rest = words.words[i : sentence.stop]
    return "but" in rest and not _MOST.isdisjoint(rest[rest.index("but") :])


def _object_of_an_act(words: Words, i: int) -> bool:
    """'The minister blaming Albanians for everything is lazy politics': the group at word i
    is what an act is done to, and what follows is said of the act (the 555th set); or
    what words are said about: 'Rice bag jibes about Kerala Christians are old and ugly'
    (the 736th set; a place's name may stand between); or a measure for or on it: 'The work
    ban for asylum seekers is the stupidest policy in Europe' (the 1180th set)."""
    if (i > 0 and words.words[i - 1] in _ACTS_ON_A_GROUP) or _hostility_against(words, i):
        return True
    if i > 1 and words.words[i - 1] in _FOR_OR_ON and words.words[i - 2] in _MEASURES:
        return True
    return any(
        k > 0 and words.words[k] in _ABOUT and words.words[k - 1] in _WORDS_SAID
        for k in range(max(i - 2, 0), i)
    )


def _hostility_against(words: Words, i: int) -> bool:
    """'Racism against Northeast people is India's dirty secret' (the 910th set): the group
    at word i is what a hostility is against, and what follows is said of it."""
    return i > 1 and words.words[i - 1] == "against" and words.words[i - 2] in _HOSTILITIES


_HOSTILITIES: Final = frozenset(
    {"racism", "discrimination", "hatred", "hate", "violence", "attacks", "prejudice",
     "bigotry", "crimes", "abuse", "slurs", "bias", "harassment", "hostility", "campaign"}
)  # fmt: skip
_FOR_OR_ON: Final = frozenset({"for", "on"})
_MEASURES: Final = frozenset(
    {"ban", "bans", "policy", "policies", "quota", "quotas", "rule", "rules", "law", "laws",
     "scheme", "schemes", "cap", "caps", "limit", "limits", "visa", "visas", "benefits",
     "funding", "grants", "housing", "hotels", "reservation", "reservations", "programme",
     "programmes", "program", "programs", "checks", "curfew", "restrictions", "tax", "levy",
     "allowance", "allowances"}
)  # fmt: skip
_ACTS_ON_A_GROUP: Final = frozenset(
    {"blaming", "scapegoating", "demonising", "demonizing", "targeting", "attacking",
     "hating", "insulting", "mocking", "stereotyping", "smearing", "bashing", "abusing",
     "banning", "deporting", "vilifying", "othering", "profiling"}
)  # fmt: skip


def _thrown_out_like_refuse(words: Words, last: int) -> int | None:
    """'... are all Bangladeshi infiltrators, check their Aadhaar and throw them out like
    garbage' (the 737th set): the group, then later in its sentence a call to throw 'them'
    out like refuse or vermin (not 'the landlord threw them out like garbage', a report)."""
    if "like" not in words.present or words.present.isdisjoint(_THROWN_OUT):
        return None
    for k in words.sentence_around(last):
        if (
            last < k < len(words) - 3
            and words.words[k] in _THROWN_OUT
            and words.words[k + 1] in _THEM
            and words.words[k + 2 : k + 4] == ["out", "like"]
            and k + 4 < len(words)
            and words.words[k + 4] in _REFUSE
        ):
            return k + 4
    return None


_THROWN_OUT: Final = frozenset(
    {"throw", "kick", "chuck", "toss", "sweep", "drive", "chase", "flush"}
)
_THEM: Final = frozenset({"them", "em", "these", "those"})
_REFUSE: Final = frozenset(
    {"garbage", "trash", "rubbish", "dirt", "filth", "kachra", "vermin", "rats", "dogs",
     "cockroaches", "pests"}
)  # fmt: skip


_ABOUT: Final = frozenset({"about", "against", "on"})
_WORDS_SAID: Final = frozenset(
    {"jibe", "jibes", "joke", "jokes", "remark", "remarks", "comment", "comments", "slur",
     "slurs", "taunt", "taunts", "insult", "insults", "meme", "memes", "stereotype",
     "stereotypes", "rumour", "rumours", "rumor", "rumors", "lies", "myths", "tropes",
     "posts", "tweets", "rants", "generalisations", "generalizations"}
)  # fmt: skip


def _said_of_them(words: Words, last: int) -> int | None:
    """'Asylum seekers get hotels while our veterans sleep rough, they're all scammers':
    the attack said of the group through a 'they' later in its sentence. Not when someone
    else acts or speaks in between ('... were attacked by thugs, they are animals'), nor in
    the next sentence, whose 'they' may be anyone ('The police beat Dalits. They are
    thugs.')."""
    for k in words.sentence_around(last):
        if k <= last:
            continue
        word = words.words[k]
        if word in _SOMEONE_ELSE or word in _DOERS:
            return None  # (and "Dalit ladke ko maarne wale gunde, sabko jail mein daalo")
        if word in _THEY:
            return _attack_after(words, k)
        if length := words.phrase_at(k, _THE_WHOLE_COMMUNITY):
            return _attack_after(words, k + length)  # "..., the whole community is a fraud ring"
        if word in _HINDI_THEY and k + 1 < len(words):
            return _hindi_said_of_them(words, k + 1)
    return None


def _hindi_said_of_them(words: Words, k: int) -> int | None:
    """'Musalmano ko tickets dena band karo, ye desh ke dushman hain': after 'ye' (these, or
    this) an attack phrase, or 'log' / 'sab' and an attack (not 'ye sarkar chor hai', where
    'ye' points at the government)."""
    if length := words.phrase_at(k, lx.HINDI_ATTACK_PHRASES):
        return k + length - 1
    if words.words[k] in _ALL_OF_THEM:
        return _attack_after(words, k + 1)
    return None


_THEY: Final = frozenset({"they", "theyre", "theyll", "theyve"})
_THE_WHOLE_COMMUNITY: Final = frozenset(
    (the, whole, "community") for the in ("the", "their") for whole in ("whole", "entire")
) | {("every", "one", "of", "them"), ("each", "one", "of", "them")}  # (the 1070th set)
# Hindi's "-wale": those who did it ("... ko maarne wale"), someone else than the group
_DOERS: Final = frozenset({"wale", "walon", "waale", "waalon", "wala", "waala", "walo"})
_HINDI_THEY: Final = frozenset({"ye", "yeh", "sabko"})  # ("..., sabko jail mein daalo": the 1067th)
_ALL_OF_THEM: Final = frozenset({"log", "sab", "sabhi", "saare", "sare"})
_SOMEONE_ELSE: Final = lx.REPORTING | lx.QUOTING | frozenset({"by", "say", "think", "thinks"})


_LOT: Final = frozenset({"lot", "all", "every", "each"})
_THE_LOT: Final = (
    ("the", "lot", "of"),
    ("the", "whole", "lot", "of"),
    ("all", "of"),
    ("every", "one", "of"),
    ("every", "last", "one", "of"),
    ("every", "single", "one", "of"),
    ("each", "one", "of"),
    ("each", "of"),
)
# Dehumanising names only: "Liars, the lot of them" and "Scum, all of them" are said of
# politicians every day.
# And the crimes a people is branded with: "rapists the lot of em, protect ur daughters" (the
# 511th set; not "crooks" or "liars", said of ministers every day).
# ("inbred knuckle-draggers, the lot of them", the 691st set)
_BRANDED: Final = frozenset(
    {"rapists", "terrorists", "jihadis", "paedos", "pedos", "groomers", "nonces", "inbreds",
     "draggers", "knuckledraggers"}
)  # fmt: skip
_CALLED: Final = (lx.DEHUMANISING_NOUNS | lx.ANIMAL_INSULTS | _BRANDED) - {"scum", "trash"}


def _the_lot_of_them(words: Words) -> list[Hit]:
    """'Savages, the lot of them', 'animals, every last one of them': people called
    dehumanising names as a body, the name first (not 'all of them are innocent', nor
    'criminals, all of them, the jury said')."""
    hits = []
    for m, word in enumerate(words.words):
        if word != lx.THEM:
            continue
        for phrase in _THE_LOT:
            p = m - len(phrase)
            if p < 1 or tuple(words.words[p:m]) != phrase:
                continue
            name = _name_before(words, p)
            if (
                name is not None
                and words.sentence(name) == words.sentence(m)
                and not in_sentence(words, m, lx.QUOTING)
            ):
                hits.append(words.hit(IDENTITY_ATTACK, 0.88, name, m, "generalisation"))
            break
    return hits


def _name_before(words: Words, p: int) -> int | None:
    """The name a body of people is called before 'the lot of them' at p: a dehumanising
    one right before it, or, in a sentence naming a protected group, an attack word a few
    words before ('Muslims voted en bloc again, traitors to the nation every one of
    them'; not 'Ministers, crooks the lot of them', which names no group before it)."""
    if words.words[p - 1] in _CALLED:
        return p - 1
    k = nearest_before(words, p - 1, p, _PREDICATES)
    if k is None:
        return None
    named = any(words.words[g] in _GROUP_NAMING for g in range(words.sentence_around(k).start, k))
    return k if named else None


def _reported(words: Words, i: int) -> bool:
    """'a councillor calling migrants vermin', 'the police said (that) Haitians were eating
    pets': the group right after a reporting verb whose subject is someone else (not 'I
    called them vermin')."""
    if i > 0 and words.words[i - 1] in lx.REPORTING:
        return by_someone_else(words, i - 1)
    if (
        i > 1
        and words.words[i - 1] in _DETERMINERS_OF_A_PEOPLE
        and words.words[i - 2] in lx.REPORTING
    ):
        # "he called the refugees cockroaches on air and got sacked" (the 531st set)
        return by_someone_else(words, i - 2)
    verb = i - 2 if i > 1 and words.words[i - 1] == "that" else i - 1
    if verb >= 0 and _says_someone_else(words, verb):
        return True
    if not words.present.isdisjoint(_FOUND_WRITTEN) and _quoted_then_found(words, i):
        return True
    return "ki" in words.present and _hindi_report(words, i)


def _quoted_then_found(words: Words, i: int) -> bool:
    """'"Muslims are a plague" was painted on a mosque': word i inside quotation marks that
    a passive verb after them tells were written, said or found somewhere."""
    sentence = words.sentence_around(i)
    if not any(words.quote_before(k) for k in range(sentence.start, i + 1)):
        return False
    for j in range(i, sentence.stop):
        if words.quote_after(j):
            told = words.words[j + 1 : j + 4]
            return bool(told) and told[0] in _BEING and not _FOUND_WRITTEN.isdisjoint(told[1:])
    return False


# "... was painted / sprayed / shouted / found ...": where quoted words were met
_FOUND_WRITTEN: Final = frozenset(
    {"painted", "written", "sprayed", "scrawled", "daubed", "shouted", "chanted", "posted",
     "tweeted", "found", "heard", "printed", "carved", "etched", "yelled", "graffitied"}
)  # fmt: skip


# What someone said once, reported; not "says", as often a claim for all ("everyone says")
_SAID: Final = frozenset({"said", "claimed", "alleged"})
# ... and the present of one who says it, "Every time someone says Muslims don't integrate, I
# think of my Muslim GP" (the 1214th set), not of one the writer names as their own ("as my
# dad always says, ...": _ENDORSING)
_SAYS_NOW: Final = frozenset({"says", "claims"})


def _says_someone_else(words: Words, verb: int) -> bool:
    """Whether word `verb` reports what someone other than the writer said or says."""
    word = words.words[verb]
    if word not in _SAID and word not in _SAYS_NOW:
        return False
    if word in _SAYS_NOW and not _ENDORSING.isdisjoint(words.words[max(0, verb - 3) : verb]):
        return False
    return by_someone_else(words, verb)


def _hindi_report(words: Words, i: int) -> bool:
    """'... yah khabar viral hui ki ... wahan ke Muslim gunde ...', 'police ne kaha ki ...',
    'Modi ne kaha tha ...': the words at i inside what news or someone else told, in Hindi
    (not 'maine kaha ki ...', nor 'sab jaante hain ki ...', what everyone is said to know)."""
    first = words.sentence_around(i).start
    before = words.words[first:i]
    for k in range(1, len(before)):
        said = before[k] == "ki" and before[k - 1] in _HINDI_TOLD
        said_once = before[k] in _WAS and before[k - 1] == "kaha"  # "ne kaha tha ..."
        if not said and not said_once:
            continue
        frame = before[: k - 1]
        if not _NEWS.isdisjoint(frame):
            return True
        if "ne" in frame and _I_OR_WE.isdisjoint(frame):
            return True
    return False


def _named_a_threat(words: Words, i: int) -> bool:
    """'..., yeh dhamki dene wale ko giraftaar kiya gaya': the words at i called a threat
    later in their sentence ("this threat"), so reported (the 495th set); not 'yeh dhamki
    nahi, waada hai' (not a threat: a promise)."""
    sentence = words.sentence_around(i)
    return any(
        (
            words.words[k] in _THREAT_NAMED
            and words.words[k - 1] in _THIS
            and (k + 1 == sentence.stop or words.words[k + 1] not in _NOT)
        )
        # or said, after a comma, to be what someone says: "Doob maro, kehte the hamare
        # dadaji" (the 503rd set)
        or (
            words.words[k] in _HINDI_SAYS
            and k + 1 < sentence.stop
            and words.words[k + 1] in _SAID_AS
            and not words.unbroken(k - 1, k)
        )
        # or named a slogan: "Ghar mein ghus ke maarenge was a political slogan in 2019"
        # (the 818th set)
        or (words.words[k] in _SLOGANS and not _IS_WAS.isdisjoint(words.words[i + 1 : k]))
        for k in range(i + 1, sentence.stop)
    )


# ("Agli baar nahi bachoge - ye line 1984 ke dangaiyon ki thi": the 734th set)
_THREAT_NAMED: Final = frozenset({"dhamki", "dhamkiyan", "dhamkiyon", "dhamkee", "line", "lines"})
_THIS: Final = frozenset({"ye", "yeh", "is", "iss", "aisi", "aise", "yahi", "wahi", "us", "uss"})
_SLOGANS: Final = frozenset({"slogan", "slogans", "catchphrase", "chant", "headline"})
_IS_WAS: Final = frozenset({"is", "was"})  # (not _IS: "... isn't a slogan, it's a promise" is one)
_NOT: Final = frozenset({"nahi", "nahin", "nhi", "nai", "na"})
_HINDI_SAYS: Final = frozenset(
    {"kehte", "kehti", "kehta", "kahte", "kahti", "kaha", "bolte", "bolti"}
)
_SAID_AS: Final = frozenset({"the", "thi", "tha", "hain", "hai"})
_HINDI_TOLD: Final = frozenset({"hui", "hua", "aayi", "aai", "ayi", "faili", "phaili", "chali",
                         "kaha",
                         "bataya", "likha", "dawa", "daava", "aarop"})  # fmt: skip
_NEWS: Final = frozenset({"khabar", "khabren", "khabrein", "news", "afwah", "report", "reports"})
_I_OR_WE: Final = frozenset({"maine", "humne", "hamne", "hum", "main", "mai"})
_WAS: Final = frozenset({"tha", "thi", "the"})


_HEARD: Final = frozenset({"heard", "hear", "hears", "hearing"})
_QUOTE_CUES: Final = lx.REPORTING | lx.MENTIONS | _HEARD


def _quoted_report(words: Words, i: int, j: int | None = None) -> bool:
    """'Trolls called the reporter a "presstitute"', 'the word "chink" was painted on the
    door': an insult or slur in quotation marks, a few words after a reporting verb whose
    subject is someone else or right after 'the word', is mentioned, not used (not 'I called
    him a "presstitute"')."""
    if words.present.isdisjoint(_QUOTE_CUES) or not words.quoted(i, i if j is None else j):
        return False
    for k in range(i - 1, max(-1, i - 6), -1):
        if words.sentence(k) != words.sentence(i):
            return False
        if words.words[k] in lx.MENTIONS and k >= i - 2:
            return True
        if words.words[k] in _HEARD and k >= i - 3:
            return True  # "I ... heard 'Paki' from the touchline most weeks" (the 844th set)
        if words.words[k] in lx.REPORTING:
            return _reported(words, k + 1)
    return False


_SAYING_IT: Final = frozenset({"bolna", "kehna", "kahna", "likhna", "bulana"})
_NAMING_IT: Final = _SAYING_IT | lx.MENTIONS | {"shabd", "lafz"}
# those who say it: "chinki bolne wale", "kehne walon"
_SAYING_WHO: Final = frozenset({"bolne", "kehne", "kahne", "likhne"})
# what a slur names when it is said to be said: "Londonistan headlines", "... rhetoric"
_SAID_THINGS: Final = frozenset(
    {"headlines", "headline", "narrative", "narratives", "trope", "tropes", "rhetoric",
     "propaganda", "myth", "myths", "slogan", "slogans", "chants", "slur", "slurs", "epithet",
     # the practice named: "the slut-shaming of widows is as old as sati" (the 769th set)
     "shaming", "shamed"}
)  # fmt: skip
# a slogan's words in Hindi: "kafir kafir ke naare"
_OF_A_SLOGAN: Final = frozenset({"ke", "ka", "jaise"})
_SLOGANS_HI: Final = frozenset({"naare", "nare", "naara", "nara", "naaron", "naron"})
_CHANTERS: Final = frozenset({"lagane", "lagaane"})
_CHANTED: Final = frozenset({"lage", "lagaye", "lagaaye"})


def _slogan_chanted_by_others(words: Words, k: int) -> bool:
    """'... ke naare lagane walon ne', '... ke naare lage': a slogan at word k named as
    what others chant (not 'Shia Kafir ka naara lagao', an order to chant it: the 836th
    set)."""
    after = words.words[k : k + 3]
    if len(after) < 2 or after[0] not in _SLOGANS_HI:
        return False
    if after[1] in _CHANTED:
        return True
    return after[1] in _CHANTERS and len(after) == 3 and after[2] in _WALE


# words like it: "... jaise gaaliyan", "... jaise shabd"
_SUCH: Final = frozenset({"jaise", "jaisi", "jaisa", "jaisey"})
_SUCH_WORDS: Final = frozenset(
    {"gaali", "gaaliyan", "gaaliya", "gaaliyon", "gali", "galiyan", "galiya", "shabd", "shabdon",
     "lafz", "alfaaz", "words", "slurs", "insults", "names"}
)  # fmt: skip
# (and "band", stopped: "jungli log kehna band karo", the 524th set's sense)
_WRONG: Final = frozenset({"gaali", "gali", "galat", "apraadh", "apradh", "jurm", "gunah",
                    "badtameezi",
                    "band", "racism", "racist", "casteism", "casteist", "nafrat",
                    "sharmnaak"})  # fmt: skip  # ("Chinki bolna racism hai", the 1103rd set)


def _denied_of_a_group(words: Words, i: int) -> bool:
    """Whether the words before i deny them of a group: '<group> are not', '<group> aren't'
    (a name for a people, said to be what they are not)."""
    if i >= 2 and words.words[i - 1] in _NOT_OR_NEVER and words.words[i - 2] in _BE:
        subject = i - 3
    elif i >= 1 and words.words[i - 1] in _NEGATED_BE:
        subject = i - 2
    else:
        return False
    return subject >= 0 and words.words[subject] in lx.GROUP_NAMES


def _what_kin_used_to_say(words: Words, j: int) -> bool:
    """The slur ending at j told as what one's family said: "He's a Paki, my dad used to
    say about everyone from the subcontinent" (the 717th set)."""
    after = words.words[j + 1 : j + 4]
    return (
        len(after) == 3
        and after[0] in _WHOSE
        and after[1] in _ELDERS
        and after[2] in _USED_TO_SAY
        and words.text[words.span(j)[1] : words.span(j)[1] + 1] == ","
    )


_WHOSE: Final = frozenset({"my", "our", "his", "her"})
_ELDERS: Final = frozenset(
    {"dad", "father", "mum", "mom", "mother", "grandad", "granddad", "grandfather", "grandma",
     "grandmother", "nan", "nana", "nani", "dada", "dadi", "uncle", "aunt", "auntie", "papa",
     "mummy", "parents", "gran"}
)  # fmt: skip
_USED_TO_SAY: Final = frozenset({"used", "would", "said", "says", "always", "kept"})


# A community's name that is also a slur, said by one of the community of themselves or
# their own: "My grandfather was a Chamar leather worker and he rode a horse at his wedding"
# (the 1030th set), "main chamar hoon", "mere dada chamar the"; not "I'm not a chamar to
# clean your toilets", nor "tu chamar hai".
_TAKEN_BACK: Final = frozenset(
    {"chamar", "chamars", "chamaar", "chamaars", "bhangi", "dyke", "dykes"}
)
_OUR_KIN: Final = _ELDERS | frozenset(
    {"family", "grandparents", "ancestors", "forefathers", "people", "community", "caste",
     "dadaji", "nanaji", "pitaji", "baba"}
)  # fmt: skip
_I_AM_HI: Final = frozenset({"hoon", "hun", "hu", "hain", "the", "thi", "tha"})
_WE_HI: Final = frozenset({"main", "mai", "hum", "mere", "mera", "meri", "hamare", "humare"})
_NOT_SO: Final = frozenset({"not", "nahi", "nahin", "nhi", "na", "never"})
_BEING_OF_KIN: Final = frozenset({"was", "is", "were", "are"})


def _said_of_our_own(words: Words, i: int) -> bool:
    """The name at word i said of the writer or their kin ("I'm a", "my grandfather was
    a", "main ... hoon", "mere dada ... the"), and not denied."""
    k = i - 1 if i > 0 and words.words[i - 1] in _ARTICLES else i
    before = words.words[max(0, k - 3) : k]
    own = (
        before[-1:] == ["im"]
        or before[-2:] == ["i", "am"]
        or (
            len(before) >= 3
            and before[-1] in _BEING_OF_KIN
            and before[-2] in _OUR_KIN
            and before[-3] in _OURS
        )
        or (
            i + 1 < len(words)
            and words.words[i + 1] in _I_AM_HI
            and not _WE_HI.isdisjoint(words.words[max(0, i - 3) : i])
        )
    )
    return own and _NOT_SO.isdisjoint(words.words[max(0, k - 4) : i + 3])


def _such_words_follow(words: Words, j: int) -> bool:
    """Words like the one ending at j (and others listed with it) named as words: "bakri
    chodu jaise gaaliyan", "'randi' ya 'item' jaise shabd"."""
    for k in range(j + 1, min(j + 5, len(words) - 1)):
        if words.words[k] in _SUCH:
            return words.words[k + 1] in _SUCH_WORDS
        if words.words[k] not in _OR and not words.quoted(k, k):
            return False
    return False


_OR: Final = frozenset({"ya", "aur", "or", "and"})


def _a_word_for_everyone(words: Words, i: int, j: int) -> bool:
    """'Bihari, madrasi, chinki, ghati - we have a word for everyone' (the 726th set): the
    words i..j in a list of names, said to be the words we have for people (not "you
    chinki, we have a word for people like you": no list)."""
    k = j + 1
    while (
        k < min(j + 5, len(words)) and words.punctuated_after(k - 1) and words.punctuated_after(k)
    ):
        k += 1  # another name of the list: "ghati -"
    listed = k > j + 1 or (i > 0 and words.punctuated_after(i - 1))
    return (
        listed
        and k < len(words)
        and words.punctuated_after(k - 1)
        and bool(words.phrase_at(k, _WORD_FOR))
    )


_WORD_FOR: Final = frozenset(
    {("we", "have", "a", "word", "for"), ("we", "have", "words", "for"),
     ("we", "have", "a", "name", "for"), ("we", "have", "names", "for"),
     ("weve", "got", "a", "word", "for"), ("weve", "got", "words", "for"),
     ("theres", "a", "word", "for"), ("there", "is", "a", "word", "for")}
)  # fmt: skip
_WORD_FOR_CUES: Final = frozenset({"word", "words", "name", "names"})


def _named_as_a_word(words: Words, i: int, j: int) -> bool:
    """'Presstitute is a lazy insult', "'Madarsa chhap' is what trolls call them": the
    word opening its sentence, then said to be a word or what others call someone; or its
    meaning told; or named as one ('the word squaw', 'that slur paki')."""
    if i >= 2 and words.words[i - 1] in lx.MENTIONS and words.words[i - 2] in _THE_WORD:
        return True  # "The word squaw was removed from 600 place names"
    # the word tests first: finding sentences is the costly part, and "is" rarely follows
    after = words.words[j + 1] if j + 1 < len(words) else ""
    if after in _MEANING_CUES and _meaning_asked(words, j):
        return True
    # (the word tests first: this is asked of every insult and slur)
    if not words.present.isdisjoint(_SAYING_WHO) and _said_by_some(words, j):
        return True  # "'chinki' bolne wale ko saza honi chahiye" (the 707th set)
    if not words.present.isdisjoint(_SUCH) and _such_words_follow(words, j):
        return True  # "bakri chodu jaise gaaliyan dena band karo" (the 712th set)
    if after in _SAID_THINGS:
        return True  # "Londonistan headlines ... are just embarrassing" (the 715th set)
    if after in _OF_A_SLOGAN and _slogan_chanted_by_others(words, j + 2):
        return True  # "Kafir kafir ke naare lagane walon ne ..." (the 825th set): its words
    if i == j and after == words.words[j] and _named_as_a_word(words, j + 1, j + 1):
        return True  # ... and the chant's first word, named with its second
    if not words.present.isdisjoint(_WORD_FOR_CUES) and _a_word_for_everyone(words, i, j):
        return True  # "Bihari, madrasi, chinki, ghati - we have a word for everyone"
    if after in _NAMING_IT and not _WRONG.isdisjoint(words.words[j + 2 : j + 5]):
        # "chutiya bolna gaali hai" (to say it is abuse: the 510th set); "hijra word galat
        # hai, transgender ya kinnar bolo" (the word itself: the 689th)
        return True
    if after in _AND_OR and j + 3 < len(words) and words.quoted(i, j):
        # "'Taig' and 'hun' are slurs. Stop using them" (the 820th set): named in a list,
        # the first word and the last
        return words.quoted(j + 2, j + 2) and _named_as_a_word(words, i, j + 2)
    if (
        i >= 2
        and words.words[i - 1] in _AND_OR
        and words.quoted(i, j)
        and words.quoted(i - 2, i - 2)
    ):
        return _named_as_a_word(words, i - 2, j)
    if after not in _IS:
        return False
    if words.quoted(i, j) and _what_they_call(words, j + 2):
        return True  # "haha 'silly cow' is what my mum calls me" (the 696th set), mid-sentence
    if (i > 0 and words.sentence(i - 1) == words.sentence(i)) or (
        words.sentence(j + 1) != words.sentence(i)
    ):
        return False
    if words.quoted(i, j) or _what_they_call(words, j + 2):
        return True  # "Kafir is what the extremists call everyone"
    return any(
        words.words[k] in lx.MENTIONS and words.sentence(k) == words.sentence(i)
        for k in range(j + 2, min(j + 6, len(words)))
    )


_IS: Final = frozenset({"is", "was", "isnt", "are"})
_AND_OR: Final = frozenset({"and", "or"})
_THE_WORD: Final = frozenset({"the", "that", "this", "a"})
_MEANING: Final = frozenset({("means",), ("meaning",), ("ka", "matlab"), ("ka", "arth"),
                      ("ka", "matalab"), ("ka", "meaning"), ("shabd",)})  # fmt: skip
_MEANING_CUES: Final = frozenset(phrase[0] for phrase in _MEANING)


def _meaning_asked(words: Words, j: int) -> bool:
    """'Kafir ka matlab hota hai inkaar karne wala', 'kafir means unbeliever': the word's
    meaning told or asked."""
    after = tuple(words.words[j + 1 : j + 3])
    return after[:1] in _MEANING or after in _MEANING


_CALL: Final = frozenset({"call", "calls", "called", "calling", "label", "labels", "labelled",
                   "brand",
                   "brands"})  # fmt: skip


def _what_they_call(words: Words, k: int) -> bool:
    """'... what the extremists call everyone': words k on name what others call someone."""
    if k >= len(words) or words.words[k] != "what":
        return False
    following = range(k + 1, min(k + 5, len(words)))
    return any(
        words.words[m] in _CALL and words.sentence(m) == words.sentence(k) for m in following
    )


def _essentialised(words: Words, i: int) -> int | None:
    """A vice said to be born into the group named at word i: by blood, in their culture."""
    end = _by_birth(words, i)
    if end is None:
        end = _in_their_blood(words, i)
    return end if end is not None else _in_their_blood_hi(words, i)


def _by_birth(words: Words, i: int) -> int | None:
    """'every time a Sikh opens his mouth ..., traitors by blood': an attack word said to be
    in the blood (by birth, by nature) in the sentence naming the group."""
    if "by" not in words.present or words.present.isdisjoint(lx.BIRTH):
        return None
    sentence = words.sentence(i)
    for j in range(i + 1, len(words) - 2):
        if words.sentence(j) != sentence:
            return None
        if (
            words.words[j] in _PREDICATES
            and words.words[j + 1] == "by"
            and words.words[j + 2] in lx.BIRTH
        ):
            return j + 2
    return None


def _in_their_blood(words: Words, i: int) -> int | None:
    """'Gypsies steal, it's in their culture', 'every Pakistani carries jihad in his blood':
    in the sentence naming the group, a vice and 'in their blood / culture / nature' (not
    'music is in their blood'); or in the sentence after it, which speaks of them as "their"
    ("Gypsies came to our town last week. Stealing is in their blood"; written after the
    1044th set's "Pakistanis bring this ... It's their culture to treat white girls as
    meat", which names no vice a list holds and is still the news head's)."""
    if words.present.isdisjoint(_THEIR) or words.present.isdisjoint(_INBORN):
        return None
    same = words.sentence_around(i)
    end = _their_vice_inborn(words, same, i)
    if end is None and same.stop < len(words):
        end = _their_vice_inborn(words, words.sentence_around(same.stop), i)
    return end


def _their_vice_inborn(words: Words, same: range, i: int) -> int | None:
    """Where the words of `same` say a vice is in "their" blood, culture or nature: the
    index of that word (after word i, the group's)."""
    if not _a_vice_in(words, same):
        return None
    for j in same[:-2]:
        trio = words.words[j : j + 3]
        if trio[1] not in _THEIR:
            continue
        # "... that's their whole culture" (the 857th set)
        k = j + 3 if trio[2] in _WHOLE and j + 3 < len(words) else j + 2
        what = words.words[k]
        if (trio[0] == "in" and what in lx.IN_THEIR) or (
            trio[0] in _ITS and what in _INBORN  # "..., it's their religion"
        ):
            return k if k > i else None
    return None


_WHOLE: Final = frozenset({"whole", "entire", "very"})


def _a_vice_in(words: Words, sentence: range) -> bool:
    """A vice or an attack word among the words of `sentence`, not denied ("Service is in
    their blood, not violence")."""
    return any(
        (words.words[j] in lx.VICES or words.words[j] in _PREDICATES)
        and (j == 0 or words.words[j - 1] not in _DENIED)
        for j in sentence
    )


_DENIED: Final = frozenset({"not", "no", "never"})


def _in_their_blood_hi(words: Words, i: int) -> int | None:
    """'Kashmiri hain toh ..., khoon mein gaddari hai inke' (the 845th set): in the sentence
    naming the group, a vice and 'khoon mein' (in the blood; not 'khoon mein sugar')."""
    if words.present.isdisjoint(_BLOOD_HI):
        return None
    same = words.sentence_around(i)
    if not _a_vice_in(words, same):
        return None
    for j in same[:-1]:
        if words.words[j] in _BLOOD_HI and words.words[j + 1] in _IN_HI:
            return j + 1 if j + 1 > i else None
    return None


_BLOOD_HI: Final = frozenset({"khoon", "khun", "fitrat"})
_IN_HI: Final = frozenset({"mein", "me", "main"})
_THEIR: Final = frozenset({"their", "his", "her"})  # "his" after "every Pakistani"
_ITS: Final = frozenset({"its", "thats", "in"})
_FAITH: Final = frozenset({"religion", "mazhab", "deen"})
_INBORN: Final = lx.IN_THEIR | _FAITH


def _locked_up_against(words: Words, i: int, last: int) -> int | None:
    """Where 'lock up your pets' starts, said in the sentence where the group at words
    i..last arrives ('..., the Haitians have arrived'; not '..., thefts near the Sikh
    temple', nor a quoted headline)."""
    if words.present.isdisjoint(_LOCKING) or words.present.isdisjoint(lx.ARRIVED):
        return None
    arrives = words.words[last + 1 : last + 3]
    if not arrives or not (arrives[0] in lx.ARRIVED or arrives[-1] in lx.ARRIVED):
        return None
    sentence = words.sentence_around(i)
    if in_sentence(words, i, lx.QUOTING) or any(words.quote_before(k) for k in sentence):
        return None
    return next((j for j in sentence if j < i and words.phrase_at(j, lx.LOCK_UP)), None)


_LOCKING: Final = frozenset(phrase[0] for phrase in lx.LOCK_UP)


def _trope_in_sentence(words: Words, i: int) -> tuple[int, int] | None:
    """A trope (lx.SENTENCE_TROPES) anywhere in the sentence naming the group at word i:
    its first and last word. Not when the group is on the receiving end ('no-go zones for
    women') or the sentence denies it ('... do not exist')."""
    if words.present.isdisjoint(_TROPE_STARTS):
        return None
    if i > 0 and words.words[i - 1] in lx.RECEIVING:
        return None
    sentence = words.sentence_around(i)
    for j in sentence:
        if words.words[j] in _TROPE_STARTS and (length := words.phrase_at(j, lx.SENTENCE_TROPES)):
            if words.words[j] == "lock" and not _arriving(words, j, i):
                return None  # "Lock up your bikes, there's been a spate of thefts near ..."
            if words.words[j + length - 1] == "world" and words.words[i] in _CHEERED_RULERS:
                return None  # "Women run the world, Beyonce told us": a song's boast
            trope = range(j, j + length)  # its own "no" ("no-go zone") denies nothing
            denied = any(_denies(words, k) for k in sentence if k not in trope)
            return None if denied else (j, j + length - 1)
    return None


def _denies(words: Words, k: int) -> bool:
    """Whether word k is a negation that denies: not "never stop(s)", "never tire(s) of",
    "never shut up" ("Jews like her never stop whining ... and control the banks")."""
    if words.words[k] not in lx.NEGATIONS:
        return False
    return k + 1 >= len(words) or words.words[k + 1] not in _GO_ON


_GO_ON: Final = frozenset({"stop", "stops", "tire", "tires", "shut", "shuts", "quit", "quits"})


_TROPE_STARTS: Final = frozenset(phrase[0] for phrase in lx.SENTENCE_TROPES)


def _arriving(words: Words, lock: int, i: int) -> bool:
    """'Lock your cars, the Romanians are back': the group at word i, after the warning at
    word `lock`, said to arrive (within three words of it)."""
    return i > lock and not _ARRIVING.isdisjoint(words.words[i + 1 : i + 4])


_ARRIVING: Final = frozenset(
    {"back", "coming", "here", "arriving", "moving", "moved", "incoming", "arrive", "arrived"}
)


def _counter_speech(words: Words, i: int) -> bool:
    """Whether the sentence of word i names a stereotype to reject it: by a word for it, or
    by giving it to nobody ('Women are too emotional to lead, said nobody who met Indira'),
    or in any of the ways _REJECTING_CHECKS reads."""
    if not words.present.isdisjoint(lx.COUNTER_SPEECH) and any(
        words.words[k] in lx.COUNTER_SPEECH and not _seen_not_as(words, k)
        for k in words.sentence_around(i)
    ):
        return True
    if any(
        not words.present.isdisjoint(cues) and rejects(words, i)
        for cues, rejects in _REJECTING_CHECKS
    ):
        return True
    if words.present.isdisjoint(_GIVEN_TO_NOBODY_CUES):
        return False
    return any(
        (words.words[k], words.words[k + 1]) in _GIVEN_TO_NOBODY
        for k in words.sentence_around(i)
        if k + 1 < len(words)
    )


def _a_name_quoted(words: Words, i: int) -> bool:
    """ "calling gay people 'perverts' from the pulpit is exactly why kids stay in the
    closet" (the 674th set): the group named as the object of "calling", and the name it is
    called set in quotation marks, is a name reported to be rejected."""
    if i == 0 or words.words[i - 1] not in lx.NAME_CALLING:
        return False
    return any(words.quoted(j, j) for j in range(i + 1, min(i + 5, len(words))))


def _mocked_with_because(words: Words, i: int) -> bool:
    """'Oh sure, because every Muslim is a terrorist, right? Grow up.': a claim after a
    sarcastic 'sure, because' opening its sentence, mocked. (The other sarcasm, 'sure,
    because Muslims are famous for respecting women', mocks praise: a saying reads it.)"""
    first = words.sentence_around(i).start
    opening = words.words[first : min(first + 3, i)]
    return any(
        opening[k] in _SARCASTIC_YES and opening[k + 1] in _SARCASTIC_BECAUSE
        for k in range(len(opening) - 1)
    )


_SARCASTIC_YES: Final = frozenset({"sure", "yeah", "right"})
# (named apart from the Hindi _BECAUSE below: the one name bound twice had this set read
# as that one, so "Oh sure, coz ..." was not read as sarcasm)
_SARCASTIC_BECAUSE: Final = frozenset({"because", "coz", "cuz", "cause"})


def _seen_not_as(words: Words, k: int) -> bool:
    """'seen' that is not how a group is seen ('seen as', 'seen to be'): 'women should be
    seen and not heard'."""
    return words.words[k] == "seen" and (k + 1 >= len(words) or words.words[k + 1] not in _AS)


_AS: Final = frozenset({"as", "to"})


def _called_false(words: Words, i: int) -> bool:
    """'Claims that immigrants are parasites are racist nonsense', '..., which is false':
    the sentence of word i gives what it says as a claim, or calls it false."""
    for k in words.sentence_around(i):
        if k < i and words.words[k] in _CLAIMS and k + 1 < i and words.words[k + 1] == "that":
            return True
        if k > i and words.words[k] == "which" and words.phrase_at(k, _FALSE):
            return True
        if k > i and words.phrase_at(k, _NAMED_A_CLAIM):
            return True  # "Chinese students are spies is a McCarthyite claim"
    return False


_CLAIMS: Final = frozenset(
    {"claim", "claims", "idea", "notion", "lie", "lies", "myth", "suggestion", "conspiracy",
     "theory", "trope", "stereotype", "canard", "smear", "rumour", "rumor"}
)  # fmt: skip
_FALSE: Final = frozenset(
    ("which", "is", *false)
    for false in (("false",), ("untrue",), ("nonsense",), ("rubbish",), ("a", "lie"))
)
_FALSEHOOD_CUES: Final = _CLAIMS | {
    "false",
    "untrue",
    "nonsense",
    "rubbish",
    "trope",
    "smear",
    "canard",
}
# "... is a (racist / McCarthyite / tired old) claim": the whole clause named as a claim
_NAMED_A_CLAIM: Final = frozenset(
    (link, article, *qualifiers, *claim)
    for link in ("is", "was")
    for article in ("a", "an", "the")
    for claim in (("claim",), ("myth",), ("lie",), ("trope",), ("smear",), ("canard",),
                  ("stereotype",), ("conspiracy", "theory"))  # (the 1159th set)
    for qualifiers in ((), ("racist",), ("mccarthyite",), ("old",), ("tired", "old"),
                       ("antisemitic",), ("bigoted",), ("dangerous",), ("false",))
)  # fmt: skip


def _said_then_rejected(words: Words, i: int) -> bool:
    """'Some say gay people are perverts; that is nonsense', 'Some say ..., but the census
    says ...': what some say, given to them before word i and called false in that sentence
    or the next, or answered with a 'but' (not '..., and they are right', '... they are
    not wrong')."""
    sentence = words.sentence(i)
    said = any(
        (words.words[k] in _SAY and k > 0 and words.words[k - 1] in _SAYERS)
        # Hindi "to say (that)", the saying named as such (the 1159th set): "Ye kehna ki
        # musalman gaddar hain, sarasar galat hai"
        or words.words[k] in _SAYING_IT
        for k in words.sentence_around(i)
        if k < i
    )
    return said and any(
        (words.words[k] in _REJECTIONS and lx.NEGATIONS.isdisjoint(words.words[k - 2 : k]))
        or (words.words[k] == "but" and words.sentence(k) == sentence)
        for k in range(i + 1, len(words))
        if words.sentence(k) <= sentence + 1
    )


def _supposed_to_be_refuted(words: Words, i: int) -> bool:
    """'If Pakistanis are all terrorists, what do you call the Pakistani doctor who saved my
    father?' (the 1159th set): the claim at word i supposed after "if" in a sentence that
    asks, as a counter-example does."""
    before = words.words[max(0, i - 2) : i]
    if not before or (before[-1] != "if" and before != ["if", "all"]):
        return False
    sentence = words.sentence_around(i)
    return words.asked_after(sentence.stop - 1)


def _what_elders_said(words: Words, i: int) -> bool:
    """'My nani used to say Muslims can't be trusted. Then a Muslim family hid her ...' (the
    1160th set): the claim at word i told as what one's elders said, not endorsed in its
    sentence ('..., and every riot since has proved her right')."""
    sentence = words.sentence_around(i)
    told = any(
        words.words[k] in _ELDERS
        and words.words[k - 1] in _WHOSE
        and words.words[k + 1] in _USED_TO_SAY
        and (k < 2 or words.words[k - 2] != "as")  # "As my dad always says, ...": endorsed
        for k in range(max(sentence.start, 1), i - 1)
    )
    return told and not endorses(words.words[sentence.start : sentence.stop])


def _held_by_nobody(words: Words, i: int) -> bool:
    """'Nobody in my class thinks Kashmiris are terrorists' (the 1160th set): a sentence
    opening with "nobody" whose verb of thinking or saying comes before the group."""
    sentence = words.sentence_around(i)
    opening = words.words[sentence.start : i]
    return bool(opening) and opening[0] in _NO_ONE and not _HOLD_IT.isdisjoint(opening)


_NO_ONE: Final = frozenset({"nobody", "noone"})


def _heard_all_my_life(words: Words, i: int) -> bool:
    """'Dalits are dirty, Muslims are traitors, Biharis are thieves. Heard it all my life,
    never once met it.' (the 1160th set): the sentence of word i, then one that opens by
    calling it heard, and does not agree with it."""
    after = words.sentence_around(i).stop
    if after >= len(words):
        return False
    following = words.sentence_around(after)
    opening = words.words[following.start : following.start + 4]
    heard = opening[:1] == ["heard"] or opening[:2] in (["ive", "heard"], ["i", "heard"])
    told = words.words[following.start : following.stop]
    return heard and _AGREEING.isdisjoint(told)


_AGREEING: Final = frozenset({"right", "true", "correct", "sach", "sahi", "agree", "fact", "facts"})


def _said_until_shown(words: Words, i: int) -> bool:
    """'People love saying "Biharis are criminals" until a Bihari doctor stitches them up at
    3am' (the 1173rd set): what others are fond of saying, before the group at word i, shown
    wrong by what comes "until" after it, in one sentence (not "I'll keep saying Biharis are
    criminals until it sinks in": the writer's own saying)."""
    if words.present.isdisjoint(_FOND_OF) or words.present.isdisjoint(_SAY_FORMS):
        return False  # (decided before the sentence is found: "until" alone is common)
    sentence = words.sentence_around(i)
    said = next(
        (
            k
            for k in range(max(sentence.start, 1), i)
            if words.words[k] in _FOND_OF and words.words[k + 1] in _SAY_FORMS
        ),
        None,
    )
    return (
        said is not None
        and words.words[said - 1] not in lx.FIRST_PERSON
        and any(words.words[k] in _UNTIL for k in range(i + 1, sentence.stop))
    )


_FOND_OF: Final = frozenset({"love", "loves", "like", "likes", "keep", "keeps", "enjoy", "enjoys"})
_SAY_FORMS: Final = frozenset({"saying", "to", "telling", "claiming", "repeating", "shouting"})
_UNTIL: Final = frozenset({"until", "till", "untill"})


def _others_calling_them(words: Words, i: int) -> bool:
    """'Trans women are women, and the people calling them perverts should look in a
    mirror' (the 1160th set): the names a group is called, given to those who call it."""
    sentence = words.sentence_around(i)
    return any(
        words.words[k] in lx.NAME_CALLING
        and words.words[k + 1] == "them"
        and words.words[k - 1] in _THOSE_WHO
        for k in range(max(sentence.start, 1), sentence.stop - 1)
    )


def _hindi_they_call_them(words: Words, i: int) -> bool:
    """'Ye log Muslims ko gaddar bolte hain, phir ...' (the 1160th set): the group at word
    i, then "ko", a name and "bolte / kehte hain": what others call it, reported."""
    after = words.words[i + 1 : i + 5]
    return (
        len(after) >= 3
        and after[0] == "ko"
        and any(after[k] in _HINDI_CALL for k in (2, 3) if k < len(after))
    )


_HINDI_CALL: Final = frozenset({"bolte", "kehte", "kahte", "bulate"})


def _denied_just_before(words: Words, i: int) -> bool:
    """'I'd never say migrants are freeloading', 'The author is wrong that Romanians are
    scrounging', 'Stop saying disabled people are scrounging' (the sixteenth session's
    traps): the claim at word i denied right before it."""
    return any(
        i >= length
        and tuple(words.words[i - length : i]) in _DENIALS
        and words.sentence(i - length) == words.sentence(i)
        for length in (2, 3, 4)
    )


# (not "I'm not saying Muslims are terrorists, but ...", a hedge; nor "The minister is
# wrong, Muslims are terrorists": without "that", what is wrong is someone else)
_DENIALS: Final = frozenset(
    {
        *((*say, *that) for say in (("never", "say"), ("never", "said"), ("wouldnt", "say"))
          for that in ((), ("that",))),
        *((*wrong, "that") for wrong in (("is", "wrong"), ("was", "wrong"), ("are", "wrong"),
                                         ("not", "true"), ("untrue",))),
        ("wrong", "to", "say"),
        ("wrong", "to", "say", "that"),
        ("stop", "saying"),
        ("stop", "saying", "that"),
        ("nobody", "should", "say"),
        ("no", "one", "should", "say"),
        # the 1158th set's counter-speech: "Who told you immigrants are criminals?", "If you
        # think Black people are lazy, come and do a shift ...", "None of my Muslim
        # colleagues are extremists"
        ("who", "told", "you"),
        ("who", "told", "you", "that"),
        ("who", "says"),
        ("who", "says", "that"),
        *(("if", "you", think) for think in ("think", "believe", "reckon")),
        *(("if", "you", think, "that") for think in ("think", "believe", "reckon")),
        *(("none", "of", whose) for whose in ("my", "our", "the", "these", "those", "her", "his")),
        # "Kaun kehta hai Bihari chor hote hain?" (the 1159th set)
        *(("kaun", says, "hai") for says in ("kehta", "kahta", "bolta")),
        *(("kaun", says) for says in ("kehta", "kahta", "bolta")),
    }
)  # fmt: skip
_DENIAL_CUES: Final = frozenset(
    {"never", "wouldnt", "not", "wrong", "untrue", "stop", "should", "who", "if", "none", "kaun"}
)


def _said_by_those_who(words: Words, i: int) -> bool:
    """'People who say Jews control the media have never met a journalist', 'Anyone who
    thinks immigrants are lazy should try picking fruit': the generalisation at word i given
    to the people who hold it, whom the sentence then describes (not '..., and they are
    right')."""
    sentence = words.sentence_around(i)
    given = any(
        k >= 2
        and words.words[k] in _HOLD_IT
        and words.words[k - 1] == "who"
        and words.words[k - 2] in _THOSE_WHO
        for k in sentence
        if k < i
    ) or (
        "jo" in words.present  # (most sentences with "who" have no "jo": decided at once)
        and any(_hindi_those_who(words, k) for k in sentence if k < i or i + 1 < k <= i + 3)
    )
    return given and not any(words.phrase_at(k, _AGREED) for k in sentence if k > i)


def _hindi_those_who(words: Words, k: int) -> bool:
    """'ye log jo kehte h bihari chor h, unko sharam aani chahiye': word k says who hold
    what follows, in Hindi ("jo kehte hain", "jo log sochte hain"; the 524th set), also
    where the people named are the ones who say it ("ye log jo kehte h")."""
    if words.words[k] not in _HINDI_HOLD_IT:
        return False
    return (k >= 1 and words.words[k - 1] == "jo") or (
        k >= 2 and words.words[k - 1] in _LOG and words.words[k - 2] == "jo"
    )


_WHO: Final = frozenset({"who", "jo"})
_THOSE_WHO: Final = frozenset(
    {"people", "anyone", "those", "everyone", "folks", "commenters", "men"}
)
_HINDI_HOLD_IT: Final = frozenset({"kehte", "bolte", "sochte", "samajhte", "maante", "likhte"})
_LOG: Final = frozenset({"log", "bhi"})
_AGREED: Final = frozenset(
    {("are", "right"), ("is", "right"), ("have", "a", "point"), ("has", "a", "point"),
     ("sahi", "h"), ("sahi", "hai"), ("sahi", "hain"), ("sach", "kehte"), ("theek", "kehte")}
)  # fmt: skip


# ("saying": "I'm sick of people saying gay men are paedophiles. It is a lie", the 1158th set)
_SAY: Final = frozenset({"say", "says", "saying", "claim", "claims", "think", "believe"})
_SAY_CUES: Final = _SAY | _SAYING_IT
_HOLD_IT: Final = _SAY | {"said", "thinks", "believes", "reckon", "reckons"}
_SAYERS: Final = frozenset(
    {"some", "people", "they", "many", "others", "trolls", "bigots", "racists"}
)
_REJECTIONS: Final = frozenset(
    {"nonsense", "rubbish", "false", "untrue", "lie", "lies", "wrong", "bullshit", "myth",
     "galat", "jhooth", "jhoot", "bakwas"}
)  # fmt: skip


# "..., said nobody", "..., goes the tired old joke"
_GIVEN_TO_NOBODY: Final = frozenset(
    {("said", "nobody"), ("says", "nobody"), ("said", "noone"), ("says", "noone"), ("goes", "the")}
)
_GIVEN_TO_NOBODY_CUES: Final = frozenset({"nobody", "noone", "goes"})  # the rarer word of each pair


# Each way of rejecting what is said of a group, with the words one of which it needs.
def _told_to_stop_saying(words: Words, i: int) -> bool:
    """'Madrasi kehna band karo, Tamil, Telugu ... alag hain' (the 1239th set): the name at
    word i, then the saying of it told to stop ("kehna band karo", "bolna bandh karo",
    "bulana chhodo")."""
    after = words.words[i + 1 : i + 3]
    return len(after) == 2 and after[0] in _SAYING_IT and after[1] in _STOPPED


_STOPPED: Final = frozenset({"band", "bandh", "chhodo", "chodo", "galat"})


def _hindu_muslim_done(words: Words, i: int) -> bool:
    """'Hindu Muslim karte karte desh ka bhatta baitha diya' (the 1221st set): the two
    faiths named together as something done ("hindu muslim karna", the politics of setting
    them apart) is that politics reproached, not either faith spoken of."""
    first = i - 1 if i > 0 and words.words[i - 1] in _FAITH_PAIR else i  # (either of the two)
    pair, done = words.words[first : first + 2], words.words[first + 2 : first + 3]
    return set(pair) == _FAITH_PAIR and not _DOING.isdisjoint(done)


_FAITH_PAIR: Final = frozenset({"hindu", "muslim"})
_DOING: Final = frozenset(
    {"karte", "karna", "karke", "kar", "karo", "karne", "karta", "karti", "kiya"}
)


_REJECTING_CHECKS: tuple[tuple[frozenset[str], Callable[[Words, int], bool]], ...] = (
    (_FALSEHOOD_CUES, _called_false),
    (_SAY_CUES, _said_then_rejected),
    (_DENIAL_CUES, _denied_just_before),
    (frozenset({"if"}), _supposed_to_be_refuted),
    (_ELDERS, _what_elders_said),
    (_NO_ONE, _held_by_nobody),
    (frozenset({"heard"}), _heard_all_my_life),
    (lx.NAME_CALLING, _others_calling_them),
    (_HINDI_CALL, _hindi_they_call_them),
    (_WHO, _said_by_those_who),
    (_SARCASTIC_BECAUSE, _mocked_with_because),
    (lx.NAME_CALLING, _a_name_quoted),
    (_UNTIL, _said_until_shown),
    (_DOING, _hindu_muslim_done),
    (_SAYING_IT, _told_to_stop_saying),
)


def _attributions(words: Words) -> dict[int, int]:
    """Sentence -> where in it a generalisation before is given to a person of someone's:
    'Women are useless at parking, says my wife', 'a friend' (not 'I say', nor 'says
    everyone', 'science says so', 'says the data', which claim it for all or for
    authority). Found once per comment: a long one names groups hundreds of times."""
    if words.present.isdisjoint(_SAYS):
        return {}
    return {
        words.sentence(k): k
        for k, word in enumerate(words.words[:-1])
        if word in _SAYS and _someone_at(words, k + 1 + (word == "according"))
    }


def _someone_at(words: Words, k: int) -> bool:
    """'my wife', 'a friend', and after 'according to' also 'that preacher'."""
    if k >= len(words):
        return False
    after_according = words.words[k - 1] == "to"
    return words.words[k] in (_SOMEONES_AFTER_ACCORDING if after_according else _SOMEONES)


# Verbs whose speaker comes after them ("..., says my wife", "according to that preacher");
# not all of lx.QUOTING: "being called a pervert" names what was said to someone, not who
# says it.
_SAYS: Final = frozenset({"says", "said", "tweeted", "wrote", "claims", "claimed", "according"})
_SOMEONES: Final = frozenset({"my", "his", "her", "their", "our", "your", "a", "an"})
_SOMEONES_AFTER_ACCORDING: Final = _SOMEONES | {"that", "this"}


_BETWEEN_MODIFIER_AND_GROUP: Final = frozenset(
    {(), ("like",), ("like", "most"), ("like", "all"), ("little",),  # "a grubby little Jew"
     ("wale",), ("waale",)}  # "thookne wale Bihari" (the 852nd set)
)  # fmt: skip


def _modifier_before(words: Words, i: int) -> int | None:
    """'filthy foreigners', 'greedy like most Jews': where the insult to the group starts."""
    for k in range(max(0, i - 3), i):
        between = tuple(words.words[k + 1 : i])
        if (
            words.words[k] in lx.ATTACK_MODIFIERS
            and between in _BETWEEN_MODIFIER_AND_GROUP
            and words.sentence(k) == words.sentence(i)
        ):
            return k
    return None


def _likened_to_animals(words: Words, i: int, k: int) -> int | None:
    """'<group> breed like rats': 'like' and an animal after the group (which starts at i
    and ends before k), in its sentence — unless the group is the one mistreated ('Muslims
    were treated like animals', 'treating women like dogs' report an outrage)."""
    if words.present.isdisjoint(lx.ANIMALS) or "like" not in words.present:
        return None
    if any(words.words[j] in lx.MISTREATED for j in range(max(0, i - 2), i)):
        return None
    sentence = words.sentence(k - 1)
    for j in range(k, min(k + PREDICATE_WINDOW, len(words) - 1)):
        word = words.words[j]
        if words.sentence(j) != sentence or word in lx.MISTREATED or word in lx.NEGATIONS:
            return None
        if word == "like" and words.words[j + 1] in lx.ANIMALS:
            return j + 1
    return None


def _attack_verb_before(words: Words, i: int) -> int | None:
    """'kill (all) <group>', 'I hate (the) <group>': the verb's index, None if none. (Over
    'every last' or 'every single' too: "Send every last Sikh back to Punjab", the 1092nd
    set.)"""
    q = i
    while q > 0 and i - q < 2 and words.words[q - 1] in _EVERY_LAST:
        q -= 1
    for k in (q - 1, q - 2):
        if k < 0 or words.sentence(k) != words.sentence(i):
            return None
        word = words.words[k]
        if word in lx.ATTACK_VERBS:
            return k
        if word == "teach" and _lesson_called_for(words, k, i):
            return k
        if word in lx.HATE_VERBS and k > 0 and words.words[k - 1] in lx.HATERS:
            return k
        if word == "deport" and _a_people(words, i, k):
            return k
        if (
            word in _THROW
            and _called_for(words, k)
            and not _OUT.isdisjoint(words.words[i + 1 : i + 4])
        ):
            return k  # "Kick every Jewish student off campus" (the 842nd set)
    return None


_EVERY_LAST: Final = frozenset({"every", "last", "single"})
_THROW: Final = frozenset({"kick", "throw", "chuck", "boot", "expel", "send"})
_OUT: Final = frozenset({"out", "off", "back"})
_CALLING_FOR: Final = frozenset({"and", "just", "lets", "should", "must", "we", "please", "simply"})


def _called_for(words: Words, k: int) -> bool:
    """The verb at word k opens its sentence or is called for ('... and kick Islam out',
    'we should throw them out'; not 'Iraqi forces are trying to drive ISIS out')."""
    return (
        k == 0 or words.sentence(k - 1) != words.sentence(k) or words.words[k - 1] in _CALLING_FOR
    )


# "Deport every Somali in Minnesota" (the 273rd set): a people, citizens with them, to be
# deported (not "deport every illegal immigrant", a policy argued daily).
_EVERY: Final = frozenset({"every", "all"})
_BY_STATUS: Final = frozenset(
    {"immigrants", "immigrant", "migrants", "migrant", "illegals", "illegal", "refugees",
     "refugee", "foreigners", "foreigner", "aliens", "asylum", "infiltrators"}
)  # fmt: skip


def _a_people(words: Words, i: int, k: int) -> bool:
    """'deport' at word k is said of every one of a people or a faith at word i ('every
    Somali', 'all Muslims'), not of a legal status."""
    if words.words[k + 1] not in _EVERY:
        return False
    group = i + 1 if words.words[i] in _EVERY else i
    named = words.words[group : group + 2]
    return bool(named) and named[0] not in _BY_STATUS and named[1:] != ["seekers"]


def _lesson_called_for(words: Words, k: int, i: int) -> bool:
    """'Teach these Dalits a lesson', 'time to teach them a lesson': a people to be punished,
    asked for (not 'the mob wanted to teach ...', nor 'a lesson in maths')."""
    after = words.words[i + 1 : i + 6]
    if "lesson" not in after:
        return False
    lesson = after.index("lesson")
    if after[lesson + 1 : lesson + 2] in (["in"], ["on"], ["about"]):
        return False
    if k == 0 or not words.unbroken(k - 1, k):  # an order opening its sentence or clause
        return True
    return words.words[k - 1] in _TEACHERS or words.words[max(0, k - 2) : k] == ["time", "to"]


_TEACHERS: Final = frozenset(
    {"lets", "should", "must", "will", "ill", "well", "gonna", "shall", "and"}
)


def _politicians_meant(words: Words, i: int) -> bool:
    """'ye log desh ko loot ke kha gaye aur ab kisan ke naam pe vote maang rahe hain', 'these
    people looted the country and now beg for votes' (the 675th set): the people pointed at
    are the politicians the sentence is about, and the country's looting is what is said of
    them (not "ye log desh ko kha gaye, inko bahar nikalo", said of no politics)."""
    if tuple(words.words[i : i + 2]) not in _DEMONSTRATIVE_PEOPLE:
        return False
    sentence = [words.words[j] for j in words.sentence_around(i)]
    return not _LOOTING.isdisjoint(sentence) and not _POLITICS.isdisjoint(sentence)


_DEMONSTRATIVE_PEOPLE: Final = frozenset(
    {("ye", "log"), ("yeh", "log"), ("yahi", "log"), ("these", "people"), ("those", "people")}
)
_LOOTING: Final = frozenset(
    {"loot", "lut", "looted", "looting", "loota", "lootke", "robbed", "plundered", "fleeced",
     "ghotala", "ghotale", "scam", "scams", "corrupt", "corruption", "bhrashtachar"}
)  # fmt: skip
_POLITICS: Final = frozenset(
    {"vote", "votes", "voting", "neta", "netas", "party", "parties", "sarkar", "government",
     "govt", "election", "elections", "chunav", "kursi", "mantri", "minister", "ministers",
     "mla", "mlas", "mp", "mps", "politicians", "politician", "satta", "rajneeti", "sansad",
     "parliament", "manifesto", "rally", "campaign"}
)  # fmt: skip


def _attack_after(words: Words, k: int) -> int | None:
    """Where an attack ends after the group ending before k: straight after it ("Jews
    control the media"), after a generalising link ("are", "should"), or before a Hindi
    copula ("musalman gaddar hain")."""
    n = len(words)
    if (end := _hindi_all_or_means(words, k)) is not None:
        return end
    # Hindi: "Muslims ko ...", "Christian missionaries ko ..."
    direct = k + 1 if k < n and words.words[k] == "ko" else k
    if direct == k and k + 1 < n and words.words[k + 1] == "ko":
        direct = k + 2
    if direct < n and (length := words.phrase_at(direct, lx.ATTACK_PHRASES)):
        return _unless_qualified(words, direct + length - 1)
    if direct > k and (end := _not_to_be_let(words, direct)) is not None:
        return end
    # "X are", "X should", "X like her should": the link within three words of the group,
    # five after a place ("Immigrants in the UK are", "Muslims from the Middle East are"),
    # which may follow the group's trade ("Every Pakistani taxi driver in this country is",
    # the 1186th set).
    placed = next(
        (j for j in range(k, min(k + 3, n)) if words.words[j] in _PLACED),
        None,
    )
    if placed is not None and (
        _these_people(words, placed) or not _WORKERS.issuperset(words.words[k:placed])
    ):
        placed = None
    reach = 5 + (placed - k) if placed is not None else 3
    linking = _LINKS_OF_EVERY_ONE if k >= 2 and words.words[k - 2] in _EVERY_ONE else lx.LINKS
    links = [j for j in range(k, min(k + reach, n)) if words.words[j] in linking]
    if not links:
        return _hindi_predicate(words, k)
    if _made_to_feel(words, links[0]):
        return None  # "Pakistan wants Kashmiris to feel they don't belong" (the 714th set)
    sentence = words.sentence(k - 1)
    # "Indians didn't do any cheap thing": negated before the link as much as in it
    negated = not _NEGATED_BEFORE_LINK.isdisjoint(words.words[k : links[0]])
    for j in range(links[0], min(links[0] + 1 + PREDICATE_WINDOW, n)):
        if words.sentence(j) != sentence:
            return None
        length = words.phrase_at(j, lx.ATTACK_PHRASES)
        if length:
            if j > links[0] and words.words[links[0]] == "dont":
                # a trope denied ("Jews don't control the media", the 1173rd set), not one
                # that is itself a "don't" ("don't belong", "don't integrate": at the link)
                return None
            return _unless_qualified(words, j + length - 1)
        if j == links[0]:
            if words.words[j] in _NEGATED_LINKS:
                negated = True  # "Muslims don't steal": only a phrase ("dont belong") attacks
            continue  # the link itself can only start a phrase ("shouldnt be allowed")
        if negated:
            continue
        if words.words[j] in lx.NEGATIONS or words.words[j] in lx.MISTREATED:
            return None  # "are not criminals"; "were treated like animals" reports an outrage
        if _another_subject(words, j):
            return None  # "Muslims ko vote do, ye sarkar chor hai": Hindi "do" (give)
        if words.words[j] == "by" and j + 1 < n and words.words[j + 1] in _PREDICATES:
            return None  # "are called Khalistanis by trolls": the agent, not what they are
        if words.words[j] in _PREDICATES and not _fed_up(words, j):
            # "Sikhs are called Khalistanis by trolls": a name reported, not said
            return None if words.words[j - 1] in lx.REPORTING else j
    return None


def _not_to_be_let(words: Words, k: int) -> int | None:
    """'Apahij logon ko plane mein chadhne hi nahi dena chahiye' (the 869th set): a people,
    after "ko", not to be let live, come in, study or board somewhere, Hindi's "should not be
    allowed to" (not "... darne nahi dena chahiye", not to be let fear, nor "peeche rehne
    nahi dena chahiye", not to be left behind: protection)."""
    sentence = words.sentence(k - 1)
    for j in range(k, min(k + PREDICATE_WINDOW, len(words) - 2)):
        if words.sentence(j) != sentence:
            return None
        if words.words[j] not in _LET_IN_VERBS or words.words[j - 1] in _LEFT_BEHIND:
            continue
        m = j + 1 + (words.words[j + 1] in _HI_BHI)
        if m + 1 < len(words) and words.words[m] in _NAHI and words.words[m + 1] in _LET:
            after = m + 2
            return after if after < len(words) and words.words[after] in _CHAHIYE else m + 1
    return None


# Living, coming, entering, boarding, studying, working, selling, buying, voting, marrying
_LET_IN_VERBS: Final = frozenset(
    {"rehne", "basne", "aane", "ghusne", "chadhne", "padhne", "khelne", "bechne", "kharidne",
     "jeene", "jaane", "karne", "ladne", "bolne", "baithne", "milne"}
)  # fmt: skip
_LEFT_BEHIND: Final = frozenset(
    {"peeche", "piche", "pichhe", "peechhe", "akele", "akela", "bhooke", "bhookhe", "bhukhe",
     "garib", "gareeb", "dukhi", "pareshan", "beghar", "anpadh"}
)  # fmt: skip
_HI_BHI: Final = frozenset({"hi", "bhi"})
_NAHI: Final = frozenset({"nahi", "nahin", "nhi", "mat"})
_LET: Final = frozenset({"dena", "do", "dijiye", "dijie"})
_CHAHIYE: Final = frozenset({"chahiye", "chahie", "chaiye", "chahiyee"})


def _unless_qualified(words: Words, end: int) -> int | None:
    """The attack phrase ending at `end`, unless what follows qualifies it: a calling denied
    only for a reason given right after it ("Women shouldn't be judges only because of
    quotas", the sixteenth session's traps), or a comparison that lowers it."""
    if (
        end + 1 < len(words)
        and words.words[end] in lx.CALLINGS
        and words.words[end + 1] in _FOR_A_REASON
    ):
        return None
    if words.words[end] == "drive" and _barred_from_driving(words, end + 1):
        return None  # "Women can't drive there without a guardian's permission": a law
    if (
        words.words[end] == "die"
        and end + 1 < len(words)
        and words.phrase_at(end + 1, _A_GOOD_DEATH)
    ):
        return None  # "Old people should die at home with dignity": a wish for their care
    if (
        words.words[end] == "back"
        and words.words[end - 1] == "sent"
        and words.words[end - 3] not in _SENDING_CALLED_FOR
    ):
        return None  # "Bihari workers will be sent back home for Chhath": not called for
    if words.words[end] == "world" and not _CHEERED_RULERS.isdisjoint(
        words.words[max(0, end - 5) : end - 2]
    ):
        return None  # "Women run the world, Beyonce told us": a song's boast, not a trope
    if words.words[end] in _SUPPORT and not _PLIGHT.isdisjoint(words.words[end + 1 : end + 4]):
        return None  # "Pensioners on welfare are struggling with the bills": their plight
    if (
        words.words[end] in _JOINING_IN
        and end + 1 < len(words)
        and words.words[end + 1] in _HOW_FAST_OR_WHEN
    ):
        # "Muslims don't integrate as fast when the jobs market shuts them out" (the 1266th
        # set): a rate or a cause studied, not a refusal
        return None
    return _unless_compared_lower(words, end)


_JOINING_IN: Final = frozenset({"integrate", "assimilate"})
_HOW_FAST_OR_WHEN: Final = frozenset({"as", "because", "when", "if", "unless", "until", "where"})


# What calls for a people to be sent back: "should be", "must be", "need to be"
_SENDING_CALLED_FOR: Final = frozenset({"should", "shud", "must", "to", "all"})
# Who "run the world" in a song's boast, not a conspiracy's
_CHEERED_RULERS: Final = frozenset({"women", "girls", "ladies", "mothers", "moms", "mums"})
# (the 772nd set's traps, on pensioners)
_A_GOOD_DEATH: Final = frozenset(
    {("at", "home"), ("with", "dignity"), ("in", "peace"), ("peacefully",), ("of", "old", "age"),
     ("surrounded",), ("among", "family"), ("with", "their", "families")}
)  # fmt: skip
_SUPPORT: Final = frozenset({"welfare", "benefits"})
_PLIGHT: Final = frozenset({"struggling", "struggle", "struggles", "suffering", "suffer",
                     "freezing",
                     "starving", "losing", "lose", "waiting", "queue", "queueing"})  # fmt: skip


def _barred_from_driving(words: Words, after: int) -> bool:
    return after < len(words) and words.words[after] in _BARRED_FROM_DRIVING


_BARRED_FROM_DRIVING: Final = frozenset(
    {"there", "without", "in", "until", "unless", "legally", "under", "yet"}
)


def _unless_compared_lower(words: Words, end: int) -> int | None:
    """The attack ending at `end`, unless a comparison right after lowers it: "Immigrants
    commit crimes at a lower rate than citizens", "... less often than ..." (a finding)."""
    after = words.words[end + 1 : end + 4]
    lowered = any(word in _LOWER for word in after) and "than" in words.words[end + 1 : end + 7]
    return None if lowered and words.unbroken(end, end + len(after)) else end


_LOWER: Final = frozenset({"lower", "less", "fewer"})
_FOR_A_REASON: Final = frozenset({"only", "just", "simply", "because", "for"})


def _hindi_all_or_means(words: Words, k: int) -> int | None:
    """'Bihari matlab chor', 'Gujju baniye sab chor', 'sab ke sab gawaar': the attack word
    straight after 'matlab' (means) or 'sab' (all) that follows the group (not 'Hindu Muslim
    sab ek hain, chor sirf neta hain': 'sab' and something else)."""
    j = k + 3 if words.words[k : k + 3] == ["sab", "ke", "sab"] else k + 1
    if j < len(words) and words.words[j] in _JUST and words.words[k] != "sab":
        j += 1  # "Bihari matlab hi gawar" (the 776th set)
    if k >= len(words) or words.words[k] not in _ALL_OR_MEANS or j >= len(words):
        return None
    if words.words[j] not in _PREDICATES or words.sentence(j) != words.sentence(k):
        return None
    negated = j + 1 < len(words) and words.words[j + 1] in lx.NEGATIONS
    return None if negated else j


_ALL_OR_MEANS: Final = frozenset({"sab", "matlab", "yaani", "yani"})
_JUST: Final = frozenset({"hi", "hee", "toh", "to"})


def _these_people(words: Words, k: int) -> bool:
    """'These people in the MSM': some people, placed, not a people."""
    return k >= 2 and words.words[k - 1] == "people" and words.words[k - 2] in _THESE


_THESE: Final = frozenset({"these", "those"})
_PLACED: Final = frozenset({"in", "from"})
# What a people's members are named by between the people and a place ("Pakistani taxi
# drivers in ...", "Polish builders from ...").
_WORKERS: Final = frozenset(
    {"taxi", "cab", "uber", "driver", "drivers", "shopkeeper", "shopkeepers", "men", "man",
     "boys", "youths", "lads", "workers", "worker", "labourers", "students", "student",
     "doctor", "doctors", "nurses", "builders", "builder", "cleaners", "restaurant", "owners",
     "owner", "families", "family", "migrant", "migrants", "immigrant", "immigrants"}
)  # fmt: skip
_NEGATED_BEFORE_LINK: Final = lx.NEGATIONS | {"didnt", "wouldnt", "couldnt", "hasnt", "havent"}
# Of every one of a people, a past tense generalises as a present does: "Every Albanian
# I've met was a thief or a hitman" (round 576; not "The Albanian was a thief", one man's
# crime reported).
_EVERY_ONE: Final = frozenset({"every", "each"})
_LINKS_OF_EVERY_ONE: Final = lx.LINKS | frozenset({"was"})
_NEGATED_LINKS: Final = lx.LINKS & frozenset({"dont", "wont", "cant", "cannot", "shouldnt"})


def _fed_up(words: Words, j: int) -> bool:
    """'Russians are sick of the war', 'sick to death of', 'sick and tired': weary, not ill
    (not 'sick and need treatment')."""
    if words.words[j] != "sick":
        return False
    after = tuple(words.words[j + 1 : j + 3])
    return after[:1] == ("of",) or after in _WEARY


_WEARY: Final = frozenset({("to", "death"), ("and", "tired")})


def _hindi_predicate(words: Words, k: int) -> int | None:
    """'<group> ... <attack> hain': a Hindi attack phrase within the window ('desh ke liye
    khatra'), or an attack word with a copula right after it or after one or two light
    verbs ('gandagi failate hain', 'gandagi faila dete hain': they spread filth)."""
    copula = not words.present.isdisjoint(lx.HINDI_COPULAS)
    if not copula and words.present.isdisjoint(lx.HINDI_FUNCTION_WORDS):
        return None  # an English comment: decided without reading the window
    for j in range(k, min(k + PREDICATE_WINDOW, len(words))):
        if words.sentence(j) != words.sentence(k - 1):
            return None
        if length := words.phrase_at(j, lx.HINDI_ATTACK_PHRASES):
            return j + length - 1
        word = words.words[j]
        if word in lx.NEGATIONS or word in _BECAUSE or _another_subject(words, j):
            return None  # "Bihari log bimaar hain kyunki paani ganda hai": a new clause
        if copula and word in _PREDICATES:
            end = j + 1
            while end < min(j + 3, len(words)) and words.words[end] in _BEFORE_A_COPULA:
                end += 1
            if end < len(words) and words.words[end] in lx.HINDI_COPULAS:
                return end
    return None


_BECAUSE: Final = frozenset({"kyunki", "kyonki", "kyuki", "kyoki", "because", "jabki", "lekin"})


def _another_subject(words: Words, j: int) -> bool:
    """'Muslims ko vote do, ye sarkar chor hai': 'ye' and a noun start a new subject (not 'ye
    log', 'ye sab', 'ye gaddar hain', said of the group)."""
    if words.words[j] not in _HINDI_THEY or j + 1 >= len(words):
        return False
    after = words.words[j + 1]
    return after not in _ALL_OF_THEM and after not in _PREDICATES


# "gandagi failate hain", "thook lagate hain", "chori karte hain", "faila dete hain"
_LIGHT_VERBS: Final = frozenset(
    {"failate", "phailate", "faila", "phaila", "karte", "karti", "kar", "lagate", "lagati",
     "dete", "deti", "de", "rehte", "hoti"}
)  # fmt: skip
# light verbs, and "hi" that stresses the word ("saare kashmiri aatankwadi hi h", the 551st
# set)
_BEFORE_A_COPULA: Final = _LIGHT_VERBS | {"hi"}


_WALE: Final = frozenset({"wale", "waale", "walon", "waalon", "wali", "waali"})


def _exclusion(words: Words) -> list[Hit]:
    """'go back to your country', 'back to the kitchen', 'send him to Pakistan'."""
    hits = []
    for i, word in enumerate(words.words):
        if word not in _EXCLUSION_CUES:
            continue  # every branch below starts from one (most words: decided at once)
        end = None
        if length := words.phrase_at(i, lx.EXCLUSION_PHRASES):
            end = i + length - 1 if word != "back" or _ordered_back(words, i) else None
            if word == "go" and _going_oneself(words, i):
                end = None  # "we'll go back to the zoo next week with the kids"
            if end is not None and words.words[end] == "closet" and not _ordered_in(words, i):
                end = None  # "no one should have to go back in the closet"
            if end is not None and word in _BELONG and _a_kitchen_thing(words, end):
                end = None
            if end is not None and word in _DO_NOT and _made_to_feel(words, i):
                end = None  # "Pakistan wants Kashmiris to feel they don't belong" (the 714th)
            if end is not None and _a_jungle_of(words, end):
                end = None  # "go back to the jungle of bureaucracy that is the FRRO" (749th)
            if end is not None and _a_thing_sent(words, end):
                end = None  # "पाकिस्तान भेजो ये पार्सल" (the 851st set): a parcel, not a person
            if end is not None and _a_dish_sent_back(words, i, end):
                end = None  # "Send them back to the kitchen, said the chef about the steaks"
            if end is not None and _the_chef_says(words, i, end):
                end = None  # "Get back to the kitchen, the chef shouted, the orders ..."
        elif (length := words.phrase_at(i, lx.HOME_TO_COOK)) and _an_order(words, i):
            end = i + length - 1
        elif word == "back" and (hole := _back_to_a_hole(words, i)) is not None:
            end = hole if _ordered_back(words, i) else None
        elif word == "go" and (place := _back_if_unhappy(words, i)) is not None:
            end = place
        elif word in lx.SENT_AWAY:  # (and "she should be transferred to Pakistan": the 669th)
            end = _told_to_be_sent(words, i)
        elif word in lx.SEND_AWAY:
            end = _sent_to_pakistan(words, i)
        if end is not None and _those_who_say_it(words, end):
            end = None  # "pakistan bhejo wale comments": those who say it, named (the 517th)
        # not "'go back to Africa' is an insult that hides an assumption ...", nor the
        # phrase echoed as a question of its own ("Go back to Africa? I'd love to")
        # (nor quoted to be rejected: "stop the 'go back to your country' nonsense", the 689th)
        if end is None or words.quoted(i, end):
            continue
        if not _counter_speech(words, i) and not echoed(words, i, end):
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, i, end, "exclusion"))
    return hits


_BELONG: Final = frozenset({"belong", "belongs"})
_THIS_ONE: Final = frozenset({"ye", "yeh", "wo", "woh", "ek", "this", "the"})
_THINGS_SENT: Final = frozenset(
    {"parsal", "parcel", "parcels", "saaman", "samaan", "saamaan", "paisa", "paise", "chitthi",
     "letter", "letters", "courier", "gift", "tohfa", "mithai", "package", "money"}
)  # fmt: skip


def _a_thing_sent(words: Words, end: int) -> bool:
    """'pakistan bhejo ye parsal': a thing named right after the order to send."""
    after = words.words[end + 1 : end + 3]
    if after[:1] and after[0] in _THIS_ONE:
        after = after[1:]
    return bool(after) and after[0] in _THINGS_SENT


def _a_jungle_of(words: Words, end: int) -> bool:
    """'the jungle of bureaucracy': the place ending at `end` is a figure of speech."""
    return words.words[end] in _JUNGLES and end + 1 < len(words) and words.words[end + 1] == "of"


_JUNGLES: Final = frozenset({"jungle", "jungles", "jangal", "zoo"})


def _back_if_unhappy(words: Words, i: int) -> int | None:
    """'Go back to Bangalore if you don't like it here' (the 729th set): the reader sent
    back to a place of one or two words for not liking it here; where the place ends (not
    "go back to the menu if you don't like it", nor "I'd go back to Bangalore if ...")."""
    if tuple(words.words[i + 1 : i + 3]) != ("back", "to") or _going_oneself(words, i):
        return None
    if i + 3 < len(words) and words.words[i + 3] in _DETERMINERS:
        return None
    for place in (i + 3, i + 4):
        if place + 1 < len(words) and words.phrase_at(place + 1, _IF_UNHAPPY):
            return place
    return None


_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "my", "our", "his", "her", "their", "that", "this"}
)
_IF_UNHAPPY: Final = frozenset(
    ("if", you, *dont, "like", it)
    for you in ("you", "u")
    for dont in (("dont",), ("do", "not"), ("cant",))
    for it in ("it", "this")
)


def _those_who_say_it(words: Words, end: int) -> bool:
    """'pakistan bhejo wale comments', 'kitchen mein wapas jao, ye bolne walon ki soch' (the
    722nd set), 'Pakistan bhejo, Pakistan bhejo - bas yahi ek jawaab hai kuch logon ke paas'
    (the 728th): the phrase ending at `end` named as what some people say."""
    if end + 1 < len(words) and words.words[end + 1] in _WALE:
        return True
    if tuple(words.words[end + 1 : end + 3]) in _IS_WHAT:
        return True  # "Go back to India is what they told my father in 1985" (the 734th)
    if tuple(words.words[end + 1 : end + 7]) in _THE_ANSWER_TO_ALL:
        return True  # "Pakistan chale jao is the answer to every question in this comment
        # section" (the 792nd set)
    if "paas" in words.present and not words.present.isdisjoint(_ANSWER_CUES):
        for k in range(end + 1, min(end + 8, len(words))):
            if length := words.phrase_at(k, _THEIR_ONLY_ANSWER):
                after = words.words[k + length : k + length + 5]
                if "paas" in after and _MINE.isdisjoint(after):  # (not "... mere paas")
                    return True
    return _said_by_some(words, end)


# "... bas yahi ek jawaab hai kuch logon ke paas": the phrase said to be all some have
# (not "inko pakistan bhejo, yahi ek jawab hai": the writer's own answer)
_THEIR_ONLY_ANSWER: Final = frozenset(
    (this, *one, answer)
    for this in ("yahi", "ye", "yeh")
    for one in ((), ("ek",), ("ek", "hi"))
    for answer in ("jawaab", "jawab", "answer", "naara", "nara", "rat", "ratt")
)
_ANSWER_CUES: Final = frozenset(phrase[-1] for phrase in _THEIR_ONLY_ANSWER)
_MINE: Final = frozenset({"mere", "hamare", "humare", "apne"})
_IS_WHAT: Final = frozenset({("is", "what"), ("was", "what"), ("are", "what")})
_THE_ANSWER_TO_ALL: Final = frozenset(
    ("is", "the", answer, "to", every, *what)
    for answer in ("answer", "reply", "response")
    for every in ("every", "all")
    for what in (("question",), ("argument",), ("criticism",), ("comment",), ("complaint",))
) | frozenset(
    ("is", "the", answer, "to", "everything", *what)
    for answer in ("answer", "reply", "response")
    for what in (("here",), ("in",), ("on",))
)


def _said_by_some(words: Words, end: int) -> bool:
    """'chinki bolne wale', '... ye kehne walon ki soch': 'those who say' within three words
    after `end`."""
    return any(
        words.words[k] in _SAYING_WHO and words.words[k + 1] in _WALE
        for k in range(end + 1, min(end + 4, len(words) - 1))
    )


_DO_NOT: Final = frozenset({"dont", "doesnt", "do", "does", "didnt"})
_FEEL: Final = frozenset({"feel", "feels", "felt", "feeling"})


def _made_to_feel(words: Words, i: int) -> bool:
    """'... wants Kashmiris to feel they don't belong', 'made them feel they don't belong':
    a feeling someone is made to have, told (not 'I feel they don't belong here')."""
    for k in range(max(0, i - 3), i):
        if words.words[k] in _FEEL:
            return k == 0 or words.words[k - 1] not in _FEELING_IT
    return False


_FEELING_IT: Final = frozenset({"i", "we", "honestly", "really", "just", "still", "personally"})


def _going_oneself(words: Words, i: int) -> bool:
    """'go' at word i said of oneself: 'we'll go back to the zoo', 'I want to go back to the
    jungle lodge' (not 'you should go back to your country', 'tell them to go back ...')."""
    before = words.words[max(0, i - 2) : i]
    if before[-1:] and before[-1] in _GOERS:
        return True
    return len(before) == 2 and before[1] == "to" and before[0] in _WISHING


_GOERS: Final = frozenset({"i", "ill", "id", "we", "well", "wed", "lets", "wanna"})
_WISHING: Final = frozenset(
    {"want", "wanted", "like", "love", "plan", "planning", "hope", "hoping"}
)


def _ordered_in(words: Words, i: int) -> bool:
    """The phrase at word i is an order ('get back in the closet', 'you should have stayed
    in the closet'), opening its sentence or after a word that makes it one (not 'no one
    should have to go back in the closet')."""
    return i == 0 or words.sentence(i - 1) != words.sentence(i) or words.words[i - 1] in _ORDERING


_ORDERING: Final = frozenset(
    {"just", "should", "must", "can", "u", "you", "he", "she", "they", "please", "pls", "now",
     "and", "so", "then", "lol", "mate"}
)  # fmt: skip


def _an_order(words: Words, i: int) -> bool:
    """The verb at word i is said to someone ('aunty, go home and cook'), not of oneself or
    of a plan ('I'll go home and cook', 'we want to stay home and cook')."""
    return i == 0 or words.sentence(i - 1) != words.sentence(i) or words.words[i - 1] not in _SELF


_SELF: Final = frozenset(
    {"i", "ill", "im", "we", "well", "to", "will", "would", "and", "then", "can", "could",
     "lets", "gonna", "wanna", "might", "may", "usually", "often", "always", "just"}
)  # fmt: skip


def _told_to_be_sent(words: Words, i: int) -> int | None:
    """Where '<should / must> be sent <to Pakistan / to the kitchen>' ends, 'sent' at word i
    (not '... sent to Pakistan for the Champions Trophy': to play, or on an errand)."""
    if i < 2 or words.words[i - 1] != "be" or words.words[i - 2] not in _MODALS:
        return None
    if i + 1 == len(words):  # "they should be deported": said last, sent nowhere named
        return None
    length = words.phrase_at(i + 1, lx.SENT_WHERE)
    if not length:
        return None
    end = i + length
    on_business = words.words[end + 1 : end + 3] in (["for", "the"], ["to", "play"])
    return None if on_business else end


_MODALS: Final = frozenset({"should", "must"})


def _a_kitchen_thing(words: Words, end: int) -> bool:
    """'This knife belongs in a kitchen drawer': the kitchen at `end` names a thing of it,
    not where someone belongs."""
    return end + 1 < len(words) and words.words[end + 1] in _KITCHEN_THINGS


def _a_dish_sent_back(words: Words, i: int, end: int) -> bool:
    """'Send them back to the kitchen, said the chef about the overcooked steaks' (the 884th
    set): dishes ("them", "it") sent back to the kitchen, named in the sentence, not a woman
    ("send her back to the kitchen to make the pasta" stays held: "her")."""
    if words.words[end] != "kitchen" or words.present.isdisjoint(_DISHES):
        return False
    if i == 0 or words.words[i - 1] not in _DISH_PRONOUNS:
        return False
    return any(words.words[k] in _DISHES for k in words.sentence_around(i))


def _the_chef_says(words: Words, i: int, end: int) -> bool:
    """'Get back to the kitchen, the chef shouted, the orders are piling up' (the 968th
    set): a cook ordered back to work by the chef, told in the sentence."""
    if words.words[end] != "kitchen" or "chef" not in words.present:
        return False
    sentence = [words.words[k] for k in words.sentence_around(i)]
    if not (_WOMEN | _SENT_AS_A_WOMAN).isdisjoint(sentence):
        return False  # "Women should get back to the kitchen, said the chef about his staff"
    return any(
        sentence[k : k + 2] == ["the", "chef"]
        and not _SPOKE.isdisjoint(sentence[max(0, k - 1) : k + 3])
        for k in range(len(sentence))
    )


_SPOKE: Final = frozenset(
    {"said", "shouted", "yelled", "called", "barked", "told", "says", "shouts"}
)
# (beside `_WOMEN`, the words `_women_put_in_place` reads: more of them, and how she is
# hailed)
_SENT_AS_A_WOMAN: Final = frozenset(
    {"ladies", "lady", "wives", "wife", "love", "darling", "sweetheart", "females"}
)  # fmt: skip
_DISH_PRONOUNS: Final = frozenset({"them", "it", "this", "that", "these", "those"})
_DISHES: Final = frozenset(
    {"steak", "steaks", "dish", "dishes", "plate", "plates", "soup", "burger", "burgers",
     "pasta", "pizza", "chips", "fries", "overcooked", "undercooked", "starters", "mains",
     "dessert", "desserts"}
)  # fmt: skip
_KITCHEN_THINGS: Final = frozenset(
    {"drawer", "drawers", "cabinet", "cabinets", "cupboard", "cupboards", "sink", "table",
     "counter", "shelf", "shelves", "garden", "bin", "cookbook", "cookbooks"}
)  # fmt: skip


def _ordered_back(words: Words, i: int) -> bool:
    """'go back to the kitchen', 'women should be back in the kitchen': someone ordered
    back, by someone else (not 'I went back to the kitchen', 'I'll go back to the kitchen')."""
    verb = i - 1
    if verb > 1 and words.words[verb] == "all" and words.words[verb - 1] in _SENT_WHOM:
        verb -= 1  # "send them all back to the sandpit" (the 359th set)
    if verb > 0 and words.words[verb] in _SENT_WHOM:  # "send her back to the kitchen"
        verb -= 1
    if verb < 0 or words.words[verb] not in lx.SENT_BACK:
        home = not words.present.isdisjoint(_SENT_HOME) or _where_they_belong(words, i)
        sender = _sender_before(words, i) if home else None
        return sender is not None and by_someone_else(words, sender)
    return by_someone_else(words, verb)


def _where_they_belong(words: Words, i: int) -> bool:
    """'Send the finance minister back to the kitchen where she belongs': the place after
    'back' at word i said to be where someone belongs (no errand)."""
    after = words.words[i + 3 : i + 9]
    return any(
        word == "where" and k + 2 < len(after) and after[k + 2] in _BELONG
        for k, word in enumerate(after)
    )


def _sender_before(words: Words, i: int) -> int | None:
    """'Send every last one of these parasites back to their mud huts', 'Send the chief back
    to the rez': a verb of sending some words before 'back', in the same sentence (only for
    the huts and the reservation, and where someone is said to belong: 'send the kids back
    to the kitchen for water' sends children on an errand)."""
    for k in range(i - 2, max(-1, i - 9), -1):
        if words.sentence(k) != words.sentence(i):
            return None
        if words.words[k] in lx.SEND_AWAY:
            return k
    return None


_SENT_WHOM: Final = frozenset({"her", "him", "them", "women", "you", "u", "yourself"})
_HOLES: Final = frozenset({"shithole", "shitholes", "hellhole", "hellholes", "cesspit", "cesspool"})
_SENT_HOME: Final = (
    frozenset({"mud", "rez", "windrush", "banana", "shanty", "shantytowns"}) | _HOLES
)
_WHOSE_HOLE: Final = frozenset({"their", "your", "ur", "his", "her", "the"})


def _back_to_a_hole(words: Words, i: int) -> int | None:
    """Where 'back to their (voodoo) shithole' ends, 'back' at word i: a people's country
    named a hole by whoever sends them there (the 263rd set)."""
    to_whose = words.words[i + 1 : i + 3]
    if len(to_whose) < 2 or to_whose[0] != "to" or to_whose[1] not in _WHOSE_HOLE:
        return None
    return next((k for k in (i + 3, i + 4) if k < len(words) and words.words[k] in _HOLES), None)


def _sent_to_pakistan(words: Words, i: int) -> int | None:
    """'send this journalist to Pakistan': a person sent, 'to Pakistan' within six words of
    the verb, same sentence (not 'send a team to Pakistan')."""
    for j in range(i + 2, min(i + 8, len(words) - 1)):
        if words.sentence(j) != words.sentence(i):
            return None
        if words.words[j] != "to":
            continue
        # "send her back to Africa", "to the Caribbean" (the 389th set): a continent or a sea
        # of islands no one is deported to, said of a citizen
        back_to_africa = words.words[j - 1] == "back" and _a_region_of_origin(words, j + 1)
        if words.words[j + 1] in lx.EXILES or back_to_africa:
            sent = words.words[i + 1 : j]
            return j + 1 if any(w in lx.PERSONS_SENT for w in sent) else None
    return None


def _a_region_of_origin(words: Words, k: int) -> bool:
    """'Africa' or '(the) Caribbean' at word k."""
    if words.words[k] == "the" and k + 1 < len(words):
        k += 1
    # (not "send them back to Mogadishu airport with supplies": a place there, on a trip)
    facility = k + 1 < len(words) and words.words[k + 1] in _FACILITIES
    return words.words[k] in _REGIONS_OF_ORIGIN and not facility


# (and Somalia's capital: "send her back to mogadishu", the 639th set; no citizen is
# deported to either)
_REGIONS_OF_ORIGIN: Final = frozenset({"africa", "caribbean", "somalia", "mogadishu"})
_FACILITIES: Final = frozenset(
    {"airport", "port", "office", "offices", "base", "headquarters", "hq", "embassy", "camp",
     "camps", "hospital", "station", "branch"}
)  # fmt: skip


def _naming_sentences(words: Words) -> set[int]:
    """The sentences that name a group."""
    return {words.sentence(g) for g, w in enumerate(words.words) if w in _GROUP_NAMING}


def _they_are_vermin(words: Words) -> list[Hit]:
    """'Christians convert poor tribals with money, they're vultures': in a sentence naming a
    group, 'they are' and a dehumanising name straight after (not 'they are not vermin',
    'they were treated like animals')."""
    hits = []
    naming = _naming_sentences(words)
    for i, word in enumerate(words.words):
        if word not in _THEY_ARE or words.sentence(i) not in naming:
            continue
        j = i + 1 if word == "theyre" else i + 2
        if word == "they" and (i + 1 >= len(words) or words.words[i + 1] not in _ARE):
            continue
        while j < len(words) and words.words[j] in _ALL_JUST:
            j += 1
        if (
            j < len(words)
            and words.words[j] in _VERMIN_NAMES
            and words.unbroken(i, j)
            and not _acted_on_before(words, i)
        ):
            hits.append(words.hit(IDENTITY_ATTACK, 0.9, i, j, "dehumanised"))
    return hits


def _acted_on_before(words: Words, i: int) -> bool:
    """'Muslims were attacked by a mob, they are animals who did this': someone else acts
    earlier in the sentence of word i, and 'they' may be them."""
    return any(words.words[k] == "by" for k in words.sentence_around(i) if k < i)


_THEY_ARE: Final = frozenset({"they", "theyre"})
_ARE: Final = frozenset({"are", "r", "were"})
_ALL_JUST: Final = frozenset({"all", "just", "nothing", "but", "a", "bunch", "of", "pack"})
# plural names only: "they are a snake in the grass" is said of a plan as well
_VERMIN_NAMES: Final = frozenset(
    w for w in lx.DEHUMANISING_NOUNS | lx.ANIMAL_INSULTS if w.endswith("s")
)


def _called_vermin(words: Words) -> list[Hit]:
    """'these jihadi pigs', 'these dirty slum dogs from the north', 'Dalit reservation has
    turned these lazy parasites ...': people called vermin by their group, by where they come
    from, or in a sentence naming their group (not 'these dogs from the shelter': a group
    word or an insult before the noun, or a noun only people are called)."""
    hits = []
    naming = _naming_sentences(words)
    for i, word in enumerate(words.words):
        if word not in lx.DEHUMANISING_NOUNS:
            continue
        origin = i + 1 < len(words) and words.words[i + 1] == "from"
        # a group named in the same sentence, or people let into a country
        grouped = words.sentence(i) in naming or _let_in(words, i)
        for k in range(max(0, i - 3), i):
            if words.words[k] not in lx.DEMONSTRATIVES or words.sentence(k) != words.sentence(i):
                continue
            between = words.words[k + 1 : i]
            named = word in lx.VERMIN_NAMING_A_PEOPLE or any(w in _GROUP_NAMING for w in between)
            insulted = word in lx.PEOPLE_ONLY_VERMIN or any(
                w in lx.ATTACK_MODIFIERS for w in between
            )
            if named or (insulted and (origin or grouped)):
                end = i + 1 if origin else i
                hits.append(words.hit(IDENTITY_ATTACK, 0.95, k, end, "dehumanisation"))
                break
    return hits


def _let_in(words: Words, i: int) -> bool:
    """The words before word i in its sentence tell of people let into a country: 'Merkel
    let in a million of these savages', 'we imported these parasites'."""
    start = words.sentence_around(i).start
    before = words.words[start:i]
    return any(
        word in lx.LET_IN and (word.startswith(("import", "welcom", "admit")) or "in" in before[k:])
        for k, word in enumerate(before)
    )


# Insults that, after a group's adjective, insult the group: "Bangladeshi chors", "Muslim
# pigs" (not "foreign trolls", which are accounts, nor "Pakistani terrorists", which is news).
# A people named as a gang: "these Marathi goons", "Bihari gundas" (a party's "goons" is
# argued every day, and parties are no protected group).
_GANGS: Final = frozenset({"goons", "thugs", "gundas", "gunde", "gundon"})
_INSULT_NOUNS: Final = (
    # ("freaks" only after a people's name, "autistic freaks": a "control freak" is argued)
    (lx.MILD_INSULTS | lx.STRONG_INSULTS | lx.GAALI | lx.DEHUMANISING_NOUNS | _GANGS)
    - lx.ACCOUNTS
    - lx.INSULT_ADJECTIVES
) | {"freak", "freaks"}


def _group_insulted(words: Words, groups: dict[int, int]) -> list[Hit]:
    """'Muslim thugs', 'these Marathi manoos goons': a people named by an insult, not when
    asked back ('Marathi goons? No, hired men from outside')."""
    hits = []
    lasts = {i: i for i, word in enumerate(words.words) if word in lx.GROUP_ADJECTIVES}
    lasts.update((i, i + size - 1) for i, size in groups.items())
    for i, last in sorted(lasts.items()):
        noun = last + 1
        if noun >= len(words) or words.words[noun] not in _INSULT_NOUNS:
            continue
        if _counter_speech(words, i) or _reported(words, i):
            continue  # "Calling Muslims savages is the hate this article describes"
        if not words.unbroken(last, noun) or _quoted_report(words, i, noun):
            continue
        if not echoed(words, i, noun) and not _denied_in_hindi(words, noun):
            hits.append(words.hit(IDENTITY_ATTACK, 0.88, i, noun, "group"))
    return hits


def _denied_in_hindi(words: Words, noun: int) -> bool:
    """'Bihari log chor nahi hain': the insult denied by the negation and copula after it."""
    after = words.words[noun + 1 : noun + 3]
    return len(after) == 2 and after[0] in lx.NEGATIONS and after[1] in lx.HINDI_COPULAS


def _window(words: Words, i: int, j: int) -> range:
    """Words i..j and DIRECTED_WINDOW words each side, fillers ("the kind of") not counted."""
    start, counted = i, 0
    while start > 0 and counted < DIRECTED_WINDOW:
        start -= 1
        counted += words.words[start] not in lx.FILLERS
    end, counted = j, 0
    while end < len(words) - 1 and counted < DIRECTED_WINDOW:
        end += 1
        counted += words.words[end] not in lx.FILLERS
    return range(start, end + 1)


def _directed(words: Words, i: int, j: int, politician_too: bool = True) -> bool:
    """A second-person word near words i..j in the same sentence, not negated between.
    Without `politician_too`, not a "you" said to a politician hailed before it in its
    sentence ("Boris you absolute clown": `_a_politician_hailed`)."""
    if words.present.isdisjoint(lx.SECOND_PERSON):
        return False
    sentence = words.sentence(i)
    for k in _window(words, i, j):
        if i <= k <= j or words.words[k] not in lx.SECOND_PERSON:
            continue
        if not politician_too and _a_politician_hailed(words, k):
            continue
        if words.words[k] == "ya" and not words.present.isdisjoint(lx.HINDI_FUNCTION_WORDS):
            continue  # Hindi "or": "chor hai ya nahi"
        if words.sentence(k) != sentence or _said_not_sayer(words, k, i):
            continue
        if k + 1 < i and words.words[k + 1] in _CHOOSE and _SIMILE.isdisjoint(words.words[k:i]):
            continue  # "when you elect clowns": the chosen (not "you voted like an idiot")
        # the words between them, not the insult's own ("you don't deserve to live")
        between = words.words[k + 1 : i] if k < i else words.words[j + 1 : k]
        if not any(w in lx.NEGATIONS for w in between):
            return True
    return False


def _a_politician_hailed(words: Words, k: int) -> bool:
    """Whether the "you" at word k speaks to a politician hailed in its sentence ("Boris you
    absolute clown", "Mr Sunak, you are a muppet", "You are an idiot, Minister."): an
    insult said to them is said of a politician, which a news site publishes (an insult of
    a reader it holds). Not "Boris is a liar and you are an idiot", nor "Like the minister,
    you are ...", nor "Trump voters, you idiots"."""
    if words.present.isdisjoint(_POLITICIANS_HAILED):
        return False
    return any(
        words.words[m] in _POLITICIANS_HAILED
        # ... or called at the sentence's end: "You absolute clown, Boris."
        and (_hailed(words, m) if m < k else words.vocative(m))
        for m in words.sentence_around(k)
        if m != k
    )


def _hailed(words: Words, m: int) -> bool:
    """Word m called out: followed by "you", an honorific or a comma, and not compared."""
    if not _COMPARED.isdisjoint(words.words[max(0, m - 2) : m]):
        return False
    after = words.words[m + 1] if m + 1 < len(words) else ""
    if after in lx.SECOND_PERSON or after in _HONORIFICS:
        return True
    return words.text[words.span(m)[1] :].startswith(",")


def _plural_insult(word: str) -> bool:
    """'morons': said to more than one, so not to the politician hailed ("Minister, you are an
    idiot and so is anyone who voted for you, you morons")."""
    return word[:-1] in _INSULT_WORDS


_COMPARED: Final = frozenset({"like", "as", "unlike", "than"})
# Who a "you" speaks to when the comment hails them before it in its sentence: a
# politician by name or by elected office ("Boris, you absolute clown", "Minister, you are
# an idiot", "Shut up Trump, you moron"), not a reader. Names that are also everyday first
# names ("Rahul", "Amit"), and nicknames a reader is called too ("pappu", "feku", "didi"),
# are left out. (Kept here, not in the lexicon, whose every word splits hashtags.)
_POLITICIANS_HAILED: Final = frozenset(
    {"minister", "ministers", "pm", "premier", "president", "senator", "senators",
     "congressman", "congresswoman", "councillor", "councillors", "mayor", "governor",
     "chancellor", "mp", "mps", "mla", "mlas", "cm", "mantri", "mantriji", "modi", "modiji",
     "kejriwal", "yogi", "mamata", "sonia", "owaisi", "fadnavis", "nitish", "lalu", "boris",
     "sunak", "rishi", "starmer", "truss", "farage", "corbyn", "badenoch", "braverman",
     "reeves", "trump", "biden", "obama", "hillary", "kamala", "netanyahu", "putin", "macron",
     "trudeau"}
)  # fmt: skip
_HONORIFICS: Final = frozenset({"ji", "sahab", "sahib", "saheb", "sir", "madam"})


# What "you" do to the people an insult after it names: "when you elect clowns".
_CHOOSE: Final = frozenset(
    {"elect", "elected", "vote", "voted", "hire", "hired", "appoint", "appointed"}
)
_SIMILE: Final = frozenset({"like", "as"})


def _said_not_sayer(words: Words, k: int, i: int) -> bool:
    """'your argument is stupid': the second-person word k owns what was said, and the
    insult at i comes after it, so the insult is about the argument. 'go to hell with your
    fake news channel': the insult at i is sent after what 'with your' brings along."""
    if words.words[k] not in lx.YOUR:
        return False
    if k < i - 1:
        return words.words[k + 1] in lx.WHAT_YOU_SAID
    return k > i and words.words[k - 1] == "with" and _brings_work(words, k)


def _brings_work(words: Words, k: int) -> bool:
    return not lx.WORK_DONE.isdisjoint(words.words[k + 1 : k + 4])


def _aimed(words: Words, i: int) -> bool:
    """An insult word said to the reader: beside 'you', or called out ('..., idiot.'); not
    an adjective describing work ('pathetic reporting, do your homework')."""
    if _describes_work(words, i):
        return False
    if "@" in words.text and i > 0 and words.handle(i - 1) and _alone(words, i):
        return True  # "@Mehta dumbass", "@Rakesh idiot, read" (not "@Rakesh clown show")
    word = words.words[i]
    if _directed(words, i, i, politician_too=_plural_insult(word)) or _spoken_like(words, i):
        return True
    if tuple(words.words[i + 1 : i + 3]) in lx.UTTER:
        return True
    if i > 0 and words.words[i - 1] in lx.HEY and words.unbroken(i - 1, i):
        return True  # "abe gadhe"
    return word not in lx.INSULT_ADJECTIVES and words.vocative(i) and not _said_again(words, i)


def _spoken_like(words: Words, i: int) -> bool:
    """'Spoken like a true waste of oxygen' (the 1302nd set, a reply): the insult is what
    the one who spoke is, as 'you' would say it."""
    before = words.words[max(0, i - 4) : i]
    return before[-3:] == _SPOKEN_LIKE or (before[:3] == _SPOKEN_LIKE and before[3] in _TRUE)


_SPOKEN_LIKE: Final = ["spoken", "like", "a"]
_TRUE: Final = frozenset({"true", "real", "proper", "typical"})
_FONDLY: Final = frozenset({"kitabi", "kitaabi", "kitabon", "padhaku"})
_FOOLS: Final = frozenset({"fool", "fools"})
_MAKING: Final = frozenset({"make", "makes", "made", "making"})
_FOOLING: Final = frozenset({"to", "can't", "cannot", "cant", "won't", "wont", "don't", "didn't"})
_FOOLED: Final = frozenset(
    {"you", "u", "me", "us", "them", "him", "her", "people", "anyone", "everyone", "voters"}
)
# Whom a fool is made of, between the verb and "fool": "making u fool", "made a fool of you"
_MADE_FOOLS: Final = frozenset(
    {"a", "the", "u", "you", "me", "him", "her", "us", "them", "people", "public", "everyone"}
)


# (round 536: a sore loser is one who takes a defeat badly, as a good loser takes it well)
_LOSERS: Final = frozenset({"loser", "losers"})
_HOW_ONE_LOSES: Final = frozenset({"sore", "good", "bad", "gracious", "graceful"})


def _made_a_fool(words: Words, i: int) -> bool:
    """'They made a fool of you', 'he is making u fool', 'Don't make fool of your nation',
    'Was he trying to fool you?': fooling someone, not calling them a fool (a comment on
    real news pages said it of the reader's leaders, and was held as an insult to the
    reader)."""
    if words.words[i] not in _FOOLS:
        return False
    if words.words[i] == "fool" and i > 0 and words.words[i - 1] in _FOOLING:
        # the verb: "trying to fool you", "you can't fool us" (not "talk to fools like you")
        return i + 1 == len(words.words) or words.words[i + 1] in _FOOLED
    for back in range(1, 4):
        if i - back < 0 or words.sentence(i - back) != words.sentence(i):
            return False
        word = words.words[i - back]
        if word in _MAKING:
            return "," not in words.text[words.span(i - back)[1] : words.span(i)[0]]
        if word not in _MADE_FOOLS:
            return False
    return False


def _whoever(words: Words, i: int) -> bool:
    """'If you boo the other side's anthem, you're a clown': a mild word for whoever does
    something, the sentence's condition first (not 'you're a retard if you think ...', nor
    'if you think that, you're an idiot': the reader who thinks it)."""
    first = words.sentence_around(i).start
    condition = words.words[first : first + 3]
    opens = condition[:2] in (["if", "you"], ["if", "u"])
    return opens and len(condition) == 3 and condition[2] not in _OPINING


_OPINING: Final = frozenset({"think", "believe", "say", "said", "agree", "mean", "reckon", "feel"})


def _said_again(words: Words, i: int) -> bool:
    """'Chor hai ye sarkar, chor!': the word called out repeats what the sentence already
    said of someone, for emphasis; it calls no reader."""
    sentence = words.sentence(i)
    return any(
        words.words[k] == words.words[i] and words.sentence(k) == sentence
        for k in range(max(0, i - 12), i)
    )


def _alone(words: Words, i: int) -> bool:
    return i + 1 == len(words) or words.punctuated_after(i)


def _describes_work(words: Words, i: int) -> bool:
    following = words.words[i + 1] if i + 1 < len(words) else ""
    return words.words[i] in lx.INSULT_ADJECTIVES and following in lx.WORK_DONE


def _reported_order(words: Words, i: int) -> bool:
    """'Go on a diet, says the health minister': an order someone else gave."""
    return in_sentence(words, i, lx.QUOTING)


def _named_stereotype(words: Words, j: int) -> bool:
    """'dumb blonde jokes were old in 1985': the stereotype named, not applied."""
    return j + 1 < len(words) and words.words[j + 1] in lx.STEREOTYPE_NOUNS


def _the_animal(words: Words, i: int) -> bool:
    """'gali ke kutte', 'awara kutte', 'suar ka maas': the animal, not the gaali (a simile,
    'kutton ki tarah bhonkna', stays a gaali: in comments it is said of people)."""
    if i + 1 < len(words) and words.words[i + 1] in lx.STAFF:
        return False  # "Ambani ke paltu kutte patrakar": the reporter is the pet dog
    before = words.words[i - 1] if i > 0 else ""
    before2 = words.words[i - 2] if i > 1 else ""
    if before in lx.LITERAL_BEFORE or (before2 in lx.LITERAL_BEFORE and before in lx.KE):
        return True
    after = words.words[i + 1 : i + 3]
    if tuple(after) in lx.LITERAL_AFTER or (bool(after) and after[0] in lx.LITERAL_NEXT):
        return True
    if _barking_all_night(words, i):
        return True
    # "Kutton ko border security mein bomb dhoondhne ke liye train karte hain" (the 839th
    # set): the sentence is about keeping or training dogs
    if words.present.isdisjoint(lx.DOG_KEEPING) and "train" not in words.present:
        return False
    sentence = words.sentence_around(i)
    return any(
        words.words[k] in lx.DOG_KEEPING
        or (words.words[k] == "train" and not _TRAINED.isdisjoint(words.words[k + 1 : k + 2]))
        for k in sentence
    )


_TRAINED: Final = frozenset(
    {"karte", "karti", "kiya", "kiye", "karna", "kar"}
)  # (not "train mein")


def _barking_all_night(words: Words, i: int) -> bool:
    """'ye kutte raat bhar bhaukte hain' (the 1231st set): dogs that bark all night are dogs
    (not 'kutte ki tarah bhaunk raha hai', a simile said of a person)."""
    if words.present.isdisjoint(_BARKING) or "raat" not in words.present:
        return False
    sentence = words.sentence_around(i)
    said = {words.words[k] for k in sentence}
    return "raat" in said and not said.isdisjoint(_BARKING) and "tarah" not in said


_BARKING: Final = frozenset({"bhaunkte", "bhaukte", "bhonkte", "bhaunkta", "bhaukta", "bhonkta"})


def _the_everyday_word(words: Words, i: int) -> bool:
    """A gaali that is also a word of everyday Hindi, used as that word: "gali ke kutte"
    (the street's dogs), "gashti dal" (a patrol party)."""
    word = words.words[i]
    if word in lx.HINDI_ANIMALS:
        return _the_animal(words, i)
    homograph = lx.GAALI_HOMOGRAPHS.get(word)
    if homograph is not None and i + 1 < len(words) and words.words[i + 1] in homograph:
        return True
    english = lx.GAALI_ENGLISH_HOMOGRAPHS.get(word)
    return english is not None and i > 0 and words.words[i - 1] in english


def _a_gaali(words: Words, i: int) -> bool:
    """The word at i used as a gaali: listed and not the everyday word it also is, or
    abbreviated where it is the gaali."""
    word = words.words[i]
    if word in lx.GAALI:
        return not _the_everyday_word(words, i)
    return word in lx.GAALI_ABBREVIATIONS and _abbreviated_gaali(words, i)


def _abbreviated_gaali(words: Words, i: int) -> bool:
    """'bc', 'mc' as the gaali they abbreviate: beside another gaali, or in a comment that
    speaks to someone in Hindi (see GAALI_ABBREVIATIONS); not '500 BC' or 'MC Stan'."""
    before = words.words[i - 1] if i > 0 else ""
    after = words.words[i + 1] if i + 1 < len(words) else ""
    if before.isdigit() or after in lx.NOT_GAALI_AFTER_ABBREVIATION:
        return False
    if {before, after} & _ANY_GAALI:
        return True
    return not words.present.isdisjoint(lx.HINDI_SECOND_PERSON)


_ANY_GAALI: Final = lx.GAALI | lx.GAALI_ABBREVIATIONS


def _years(words: Words, i: int) -> bool:
    """'paanch saalon mein', '10 saalon se': 'saalon' meaning years, not 'bastards'."""
    before = words.words[i - 1] if i > 0 else ""
    after = words.words[i + 1] if i + 1 < len(words) else ""
    return before in lx.BEFORE_YEARS or before.isdigit() or after in lx.AFTER_YEARS


def _called_an_animal(words: Words) -> list[Hit]:
    """'you pig', "you're a filthy rat and a liar": 'you', perhaps a copula, articles and
    insults, then an animal that ends the phrase (not 'you dog owners', 'do you have a dog')."""
    hits = []
    for i, word in enumerate(words.words):
        if word not in lx.YOU:
            continue
        if (start := _animals_like_you(words, i)) is not None:
            hits.append(words.hit(INSULT, 0.9, start, i, "animal"))
            continue
        j = i + 1
        while j < len(words) and j <= i + 5 and _leads_to_the_insult(words.words[j]):
            j += 1
        if j + 1 < len(words) and words.words[j] in _PLACES_OF_WORSHIP:
            j += 1  # "you church rat", "you mandir ka chooha"
        # ("you dirty little hindu rat", round 525: one of a people called an animal)
        of_a_people = j + 1 < len(words) and words.words[j] in _PEOPLES_NOT_COLOURS
        j += of_a_people
        if j >= len(words) or words.words[j] not in _CALLED_NAMES:
            continue
        ends = j + 1 == len(words) or words.words[j + 1] in lx.AFTER_ANIMAL
        if (ends or words.punctuated_after(j)) and words.unbroken(i, j):
            category = IDENTITY_ATTACK if of_a_people else INSULT
            hits.append(words.hit(category, 0.9, i, j, "animal"))
    return hits


_PLACES_OF_WORSHIP: Final = frozenset(
    {"church", "mosque", "temple", "mandir", "masjid", "gurdwara"}
)


def _one_of_a_people_an_animal(words: Words) -> list[Hit]:
    """'some Filipino monkey who can't even speak English', 'Muslim pig.': a person named by
    their people and an animal (not 'an Indian dog from the shelter', 'Chinese pig farms':
    the animal must be a person, by 'who', or be what someone is called, ending its
    sentence after no article)."""
    hits = []
    for i, word in enumerate(words.words[:-1]):
        j = i + 1
        if word not in _PEOPLES_NOT_COLOURS or words.words[j] not in _ONE_ANIMAL:
            continue
        if not words.unbroken(i, j) or in_sentence(words, i, lx.QUOTING):
            continue
        opens = i == 0 or words.sentence(i - 1) != words.sentence(i)
        called = opens or words.words[i - 1] in _CALLING_AN_ANIMAL
        ends = j + 1 == len(words) or words.punctuated_after(j)
        if (j + 1 < len(words) and words.words[j + 1] == "who") or (called and ends):
            hits.append(words.hit(IDENTITY_ATTACK, 0.9, i, j, "animal"))
    return hits


# (a black dog, a brown rat and a white rat are animals' colours)
_PEOPLES_NOT_COLOURS: Final = lx.GROUP_ADJECTIVES - {"black", "white", "brown"}
# One animal, as a person is called it ("pigs" and "dogs" name a people's animals too often)
_ONE_ANIMAL: Final = frozenset(w for w in lx.ANIMAL_INSULTS if not w.endswith("s")) - {"animal"}
# What stands before a name someone is called ("this Chinese rat", "you Muslim pig")
_CALLING_AN_ANIMAL: Final = lx.YOU | frozenset(
    {"some", "this", "that", "filthy", "dirty", "bloody", "fucking", "stupid", "typical"}
)


def _animals_like_you(words: Words, i: int) -> int | None:
    """'Pigs like you should be thrown out', 'rats like you always ...': the reader put
    among animals, the animal opening the sentence and a predicate after 'you' (not 'dogs
    like you because you feed them', where 'like' is the verb)."""
    if i < 2 or i + 1 >= len(words) or words.words[i - 1] != "like":
        return None
    animal = i - 2
    if words.words[animal] not in lx.ANIMAL_INSULTS or not words.unbroken(animal, i + 1):
        return None
    opens = animal == 0 or words.sentence(animal - 1) != words.sentence(animal)
    return animal if opens and words.words[i + 1] in lx.LIKE_YOU_PREDICATES else None


_CALLED_NAMES: Final = lx.ANIMAL_INSULTS | lx.NAMES_CALLED


def _leads_to_the_insult(word: str) -> bool:
    return (
        word in lx.COPULAS
        or word in lx.FILLERS
        or word in lx.ATTACK_MODIFIERS
        or word in lx.INTENSIFIERS
        or word in _LOOKS_INSULTED  # "you little rat", "you ugly pig"
    )


_LOOKS_INSULTED: Final = frozenset({"little", "ugly", "fat"})
_NOISES: Final = ("chilla", "chila", "cheekh", "chikh", "shor")
_LIKENED: Final = frozenset({"tarah"}) | _SUCH


def _like_a_noise(words: Words, i: int) -> bool:
    """'suar ki tarah chilla rahe the fans': how loud a crowd was, likened to an animal,
    not a name for anyone ("kutte ki tarah bhonk raha hai", barking, still is one); or how
    hard people work ("Kutte ki tarah kaam karte hain delivery boys", the 1103rd set)."""
    like = words.words[i + 1 : i + 3]
    if like[:2] == ["ki", "tarah"]:
        k = i + 3
    elif like[:1] and like[0] in _SUCH:
        k = i + 2
    else:
        return False
    return k < len(words) and (words.words[k].startswith(_NOISES) or words.words[k] in _TOIL)


_TOIL: Final = frozenset({"kaam", "mehnat", "majdoori", "mazdoori"})
_MAD: Final = frozenset({"pagal", "paagal"})
# what comes between "pagal" and the "kya" that asks it: "pagal ho gaye ho kya"
_ASKED_BEING: Final = frozenset(
    {"hai", "h", "he", "ho", "hain", "hoon", "hu", "gaya", "gaye", "gayi", "gya", "gye", "gyi",
     "hua", "hue", "tha", "thi", "the"}
)  # fmt: skip


def _asked_if_mad(words: Words, i: int) -> bool:
    """'tu pagal hai kya', 'pagal ho gaye ho kya': the reader asked whether they are mad,
    as "are you crazy?" asks, not called mad."""
    for k in range(i + 1, min(i + 5, len(words))):
        if words.sentence(k) != words.sentence(i):
            return False
        if words.words[k] == "kya":
            return True
        if words.words[k] not in _ASKED_BEING:
            return False
    return False


def _mad_if(words: Words, i: int) -> bool:
    """'tu toh pagal hai agar sochta hai ki ...' (the 732nd set): mad if one thinks so, as
    "you're crazy if you think ..." is read, not called mad."""
    k = i + 1
    while k < min(i + 3, len(words)) and words.words[k] in _ASKED_BEING:
        k += 1
    return k < len(words) and words.words[k] in _IF


_IF: Final = frozenset({"agar", "agr", "if", "jo"})


def _kin_named(words: Words, j: int) -> bool:
    """'teri behen ki shaadi', 'teri maa ki tabiyat': the opener of a gaali ("teri maa ki")
    names the reader's family when one of the few things said kindly of it follows (the
    opener is abuse far more often, and misspelt abuse follows it too: "teri maa ki chuth")."""
    if words.words[j] not in lx.KI or j + 1 >= len(words) or not words.unbroken(j, j + 1):
        return False
    return words.words[j + 1] in lx.KIN_KINDLY


def _insults(words: Words) -> list[Hit]:
    hits = []
    for i, word in enumerate(words.words):
        # only a cue word can start an insult: the rest are skipped before any work
        if word not in _INSULT_CUES:
            continue
        # A word that only opens phrases ("the", "you": a quarter of the cue words met) is
        # worth the checks below only where one of them opens there.
        if word not in _INSULT_WORDS and not _opens_an_insult_phrase(words, i):
            continue
        if _quoted_report(words, i) or _named_as_a_word(words, i, i):
            continue
        if _calling_stopped(words, i) or _what_we_were_called(words, i):
            continue
        if not words.present.isdisjoint(_LIKENED) and _like_a_noise(words, i):
            continue
        length = words.phrase_at(i, lx.GAALI_PHRASES)
        if (
            length
            and not _kin_named(words, i + length - 1)
            # (a phrase named as a word: "Angrez ki aulaad is what my grandfather called every
            # officer who ignored him", the 811th set)
            and not _named_as_a_word(words, i, i + length - 1)
        ):
            hits.append(words.hit(INSULT, 0.9, i, i + length - 1, "gaali"))
            continue
        length = words.phrase_at(i, lx.PERSONAL_INSULT_PHRASES)
        if length and _said_of_staff(words, i, i + length - 1):
            hits.append(words.hit(INSULT, 0.88, i, i + length - 1, "phrase"))
            continue
        length = words.phrase_at(i, lx.INSULT_PHRASES)
        # (a phrase of one word was asked about above)
        if length > 1 and _named_as_a_word(words, i, i + length - 1):
            continue  # "haha 'silly cow' is what my mum calls me" (the 696th set)
        if length:
            j = i + length - 1
            phrase = words.words[i : j + 1]
            start = i
            if tuple(phrase) in lx.POINTED_ONLY:
                # pointed by a word before, or naming the person after: "kaali kalooti VC"
                # (the 594th set)
                named = j + 1 < len(words) and words.words[j + 1] in lx.POINTED_AT
                pointed = i > 0 and words.words[i - 1] in lx.POINTERS
                if not (named or pointed):
                    continue
                # the span takes in the word pointing it: "ye kaali kalooti"
                start = i - 1 if pointed else i
            if tuple(phrase) in lx.CURSES and not _cursed(words, i, j):
                continue
            if _anyones_face(words, i, j) or _a_face_pulled(words, i):
                continue
            # "shut your mouth", "teri aukat": the phrase itself speaks to the reader
            aimed = (
                not lx.SECOND_PERSON.isdisjoint(phrase)
                or tuple(phrase) in lx.READER_JIBES
                or _directed(words, i, j, politician_too=False)
                or _spoken_like(words, i)
            )
            if not aimed and _said_alone_to_the_reader(words, start, j):
                aimed = True  # "@Lakshmi you look like the type who'd ... Disgusting woman."
            if not aimed and tuple(phrase) in lx.ONLY_AIMED:
                continue
            if tuple(phrase) in lx.BODY_ORDERS and not _reported_order(words, i):
                aimed = aimed or i == 0 or words.sentence(i - 1) != words.sentence(i)
            demeaning = tuple(phrase) in lx.DEMEANING_PHRASES and not _named_stereotype(words, j)
            if aimed or demeaning:
                score = 0.92
            elif tuple(phrase) in lx.HELD_OF_ANYONE_PHRASES and (
                _called_one(words, start) or _pointed_at_one(words, start, j)
            ):
                score = NAME_CALLING  # "Trump is a piece of shit"
            else:
                score = 0.7
            hits.append(words.hit(INSULT, score, start, j, "phrase"))
        elif _a_gaali(words, i):
            hits.append(words.hit(INSULT, 0.9, i, i, "gaali"))
        elif word in lx.CURSE_WORDS and not words.quoted(i, i):
            hits.append(words.hit(INSULT, 0.92, i, i, "phrase"))
        elif word in lx.STRONG_INSULTS:
            if word in lx.YEARS and _years(words, i):
                continue
            if _aimed(words, i):
                score = 0.93
            elif _said_of_staff(words, i):
                score = 0.88
            elif word in lx.HELD_OF_ANYONE and (
                _called_one(words, i, word in lx.SAID_OF_PEOPLE_ONLY)
                or _pointed_at_one(words, i, of_people_only=word in lx.SAID_OF_PEOPLE_ONLY)
                or _called_one_in_hindi(words, i)
            ):
                score = NAME_CALLING  # "Ravish Kumar is a bastard"
            else:
                score = 0.6  # "the bastards at the ratings agency"
            hits.append(words.hit(INSULT, score, i, i, "strong"))
        elif word in lx.MILD_INSULTS:
            if i > 0 and words.words[i - 1] in _FONDLY:
                continue  # "tum log kitabi keede ho": bookworms
            if word in _LOSERS and i > 0 and words.words[i - 1] in _HOW_ONE_LOSES:
                continue  # "Go cry to your coach, you sore loser": how a defeat is taken
            if _made_a_fool(words, i):
                continue
            if word in _MAD and (_asked_if_mad(words, i) or _mad_if(words, i)):
                continue  # "bhai tu pagal hai kya, numbers check kar": "are you crazy?"
            if _to_be_ignored(words, i):
                continue  # "Ignore the trolls, your comment was spot on" (the 1268th set)
            aimed = _aimed(words, i) and not _whoever(words, i)
            score = 0.88 if aimed or _said_of_staff(words, i) else 0.35
            hits.append(words.hit(INSULT, score, i, i, "mild"))
    return hits


_IGNORING: Final = frozenset({"ignore", "ignoring", "block", "blocking", "mute", "muting", "feed"})
_THOSE: Final = frozenset({"the", "these", "those"})


def _to_be_ignored(words: Words, i: int) -> bool:
    """Insult word i named as others the reader is told to ignore, block or not feed ("Ignore
    the trolls, your comment was spot on"): said to the reader, of someone else."""
    return i >= 2 and words.words[i - 1] in _THOSE and words.words[i - 2] in _IGNORING


def _said_alone_to_the_reader(words: Words, i: int, j: int) -> bool:
    """Whether words i..j are a sentence of their own ("Disgusting woman.") right after one
    that opens by speaking to the reader ("@Lakshmi you look like the type who'd ..."):
    what the writer calls that reader (the 1174th set; not "Your point about the minister
    is right. Disgusting man.", said of the minister)."""
    sentence = words.sentence_around(i)
    if sentence.start != i or sentence.stop != j + 1 or i == 0:
        return False
    before = words.sentence_around(i - 1)
    k = before.start
    while k < i and words.handle(k):
        k += 1  # (past the @handles the reply opens with)
    return k < i and words.words[k] in _YOU_OPENING


_YOU_OPENING: Final = frozenset({"you", "youre", "u", "ure", "tu", "tum"})


_INSULT_WORDS: Final = (
    lx.GAALI | lx.GAALI_ABBREVIATIONS | lx.CURSE_WORDS | lx.STRONG_INSULTS | lx.MILD_INSULTS
)
_INSULT_PHRASES: Final = lx.GAALI_PHRASES | lx.PERSONAL_INSULT_PHRASES | lx.INSULT_PHRASES


def _opens_an_insult_phrase(words: Words, i: int) -> bool:
    return words.phrase_at(i, _INSULT_PHRASES) > 0


def _anyones_face(words: Words, i: int, j: int) -> bool:
    """'kisi ki shakal dekh ke maarna': anyone's face, seen before something is done to them
    (beaten for their looks), not 'iski shakal dekh' nor 'nepo kid ki shakal dekh ke hi ulti
    aati hai': a face sneered at."""
    seen = words.words[j] == "dekh" and j + 1 < len(words) and words.words[j + 1] in _HAVING
    if not seen or i == 0:
        return False
    # ... or theirs, the reason for an attack told before it: "Manipur ke students pe
    # Bengaluru mein hamla, sirf unki shakal dekh ke" (the 910th set)
    attacked = any(
        words.words[k] in _ATTACKED and words.sentence(k) == words.sentence(i) for k in range(i)
    )
    return words.words[i - 1] == "kisi" or attacked


_HAVING: Final = frozenset({"ke", "kar", "kr", "ker"})
_ATTACKED: Final = frozenset(
    {"hamla", "hamle", "humla", "maara", "mara", "peeta", "pita", "peeti", "piti", "roka",
     "roki", "nikala", "nikali", "pakda", "pakdi", "attack", "attacked", "beaten"}
)  # fmt: skip


def _a_face_pulled(words: Words, i: int) -> bool:
    """'She pulled a face like a gorilla for the kids': a face made, not one someone has
    ('She's got a face like a silverback'), the phrase 'face like a ...' at word i."""
    return i > 1 and words.words[i - 1] == "a" and words.words[i - 2] in _FACES_MADE


_FACES_MADE: Final = frozenset({"pulled", "pull", "pulls", "pulling"}) | _MAKING


def _cursed(words: Words, i: int, j: int) -> bool:
    """'Fuck you': the curse said to someone; not 'Fuck, you nailed it' (an exclamation),
    'what the fuck you doing', 'a big fuck you to the voters' or '"Fuck you" is not an
    argument' (the curse named)."""
    if not words.unbroken(i, j) or words.quoted(i, j):
        return False
    named = i > 0 and words.words[i - 1] in lx.CURSE_NAMED_AFTER and words.unbroken(i - 1, i)
    return not named and (j + 1 == len(words) or words.words[j + 1] not in lx.CURSE_NAMED_BEFORE)


def _calling_stopped(words: Words, i: int) -> bool:
    """'Stop calling everyone who disagrees with you a bhakt or a libtard': the insult at i
    is the name the sentence asks people to stop using (not 'Stop calling me names, you
    idiot', where a comma parts them, nor '... you moron', said to the reader)."""
    if i == 0 or words.present.isdisjoint(_CALLING) or words.words[i - 1] in lx.YOU:
        return False
    return any(
        words.words[k] in _CALLING and words.words[k - 1] in _STOP and words.unbroken(k - 1, i)
        for k in range(max(1, i - 10), i)
    )


_CALLING: Final = frozenset({"calling", "call", "labelling", "labeling", "label"})
_STOP: Final = frozenset({"stop", "dont", "quit", "never", "not"})
_PERSONAL: Final = lx.PERSONAL_INSULTS | lx.STRONG_INSULTS


def _said_of_staff(words: Words, i: int, j: int | None = None) -> bool:
    """'The author is a braindead leftist moron', 'dalle patrakar': a personal insult (the
    word at i, or the phrase i..j the caller vouches for) predicated of the article's writer
    or presenter (the people a comment section goes for), or set beside the word for them;
    not negated."""
    if (j is None and words.words[i] not in _PERSONAL) or words.present.isdisjoint(lx.STAFF):
        return False
    j = i if j is None else j
    if j + 1 < len(words) and words.words[j + 1] in lx.STAFF:
        return True
    for k in range(i - 1, max(0, i - 6), -1):
        word = words.words[k]
        if word in lx.NEGATIONS or words.sentence(k) != words.sentence(i):
            return False
        if word in lx.COPULAS or word == "s":
            return k >= 2 and words.words[k - 1] in lx.STAFF and words.words[k - 2] in _THE
    return False


_THE: Final = frozenset({"the", "this", "that", "your", "ur"})


def _whole_words(patterns: tuple[str, ...], starting: bool = True) -> re.Pattern[str]:
    """Any of `patterns`, as whole words (a space in one matches any run of spaces).
    (Without `starting`, the caller checks that a match starts a word.)"""
    joined = "|".join(f"(?:{p})" for p in patterns)
    start = r"(?<![a-z0-9])" if starting else ""
    return re.compile(start + r"(?:" + spaced(joined) + r")(?![a-z0-9])")


def _one_at_a_time(patterns: tuple[str, ...], cues: frozenset[str]) -> Alternatives:
    """`patterns` as whole words, each run only where a cue word it spells is present (a
    union of them runs whole for any comment holding any of the cues)."""
    return Alternatives(
        patterns,
        cues,
        lambda one: _whole_words((one,), starting=False),
        string.ascii_lowercase + string.digits,  # what (?<![a-z0-9]) refuses
    )


def _branches_one_at_a_time(body: str, cues: frozenset[str]) -> Alternatives:
    """The same of a pattern body's top-level branches, written with literal spaces and
    bounded by letters alone."""
    return Alternatives(
        top_level_branches(body),
        cues,
        lambda one: re.compile(r"(?:" + one + r")(?![a-z])"),
        string.ascii_lowercase,  # what (?<![a-z]) refuses
    )


_SEXUAL_PATTERNS: Final = (
    # the 1015th set, women journalists harassed under their reports: "you'd look better
    # reading the news without that blazer" (not "the city would look better without those
    # billboards"); the slot said to be had "after a late night with the channel owner" (not
    # "after ten years of field reporting"); "I'd rather report to her bedroom"; "raat ko kis
    # kis ke saath interview karti hai"
    r"(?:look|looks|looked|looking) (?:much |even |so |way )?better (?:\w+ ){0,4}?without"
    r" (?:that|your|ur|her|the|those|this) (?:blazer|clothes|top|dress|saree|sari|shirt"
    r"|dupatta|jacket|bra|kurti|kurta|blouse|uniform|jeans|skirt|outfit)",
    r"(?:got|gets|get|landed|lands|bagged|won) (?:the|her|that|this) (?:\w+ ){0,2}?(?:slot|job"
    r"|role|post|promotion|show|ticket|position|seat|part) after (?:a|one|some|many|a few)"
    r" (?:late |long |private )?nights? with (?:the|her|his|a|some) (?:\w+ )?(?:owner|boss"
    r"|editor|producer|director|ceo|chairman|minister|neta|seth|mantri|sponsor)",
    # ... or "by pleasing the owner", said of a woman (the 1413th set; not "by working twenty
    # years", nor "he got the job by pleasing the minister", a courtier's)
    rf"(?:she|shes|{A_WOMAN_NAMED}|(?:this|that|the) (?:woman|lady|girl|anchor|reporter"
    r"|journalist|presenter|actress)) (?:only |just )?"
    r"(?:got|gets|get|landed|lands|bagged|won) (?:the|her|that|this) (?:\w+ ){0,2}?(?:slot|job"
    r"|role|post|promotion|show|ticket|position|seat|part) by (?:pleasing|satisfying|servicing"
    r"|entertaining|keeping (?:\w+ )?happy|sleeping with|cosying up to|cozying up to) (?:the"
    r"|her|his|a|some) (?:\w+ )?(?:owner|boss|editor|producer|director|ceo|chairman|minister"
    r"|neta|seth|mantri|sponsor|bosses|owners)",
    r"(?:i'?d|i would) rather (?:\w+ ){0,3}?(?:to|in|into) her bedroom",
    r"(?:raat|raaton) (?:ko|mein|me) kis[- ]kis (?:ke (?:saath|sath)|se (?:milti|milne jaati))",
    # the 1018th set, the same a second time (none of the forms above read it): "let's talk
    # about that neckline" (not "the fiscal deficit"), "if she unbuttoned another button",
    # "Is patrakar ko bas ek raat ke liye de do", "producer ke cabin mein kaam karti hai"
    # (not "producer ke cabin mein meeting hai"), "With a mouth like that she should be doing
    # something else with it", "only on TV because of her figure" (not "her father"), "kaun sa
    # naya sponsor mila hai raat ka"
    r"(?:talk|talking|chat|chatting) about (?:that|her|your|ur|those|this) (?:neckline|cleavage"
    r"|legs|lips|curves|thighs|chest)(?![a-z])",
    r"unbutton(?:ed|s)? (?:another|one more|a few|her|a|the top|more|some) buttons?",
    r"ko (?:bas |sirf )?ek raat (?:ke liye|ko) (?:de do|dedo|bhej do|bhejo|de dijiye|de de)",
    r"(?:producer|editor|owner|boss|director|malik|seth|mantri|neta|minister)(?: ji| sahab)? ke"
    r" (?:cabin|kamre|room|bedroom) (?:mein|me) (?:kaam karti|rehti|jaati|milti|paayi jaati"
    r"|raat)",
    r"(?:mouth|lips|tongue|munh|mooh) like (?:that|hers|this)[^.!?\n]{0,20}?(?:should|could"
    r"|better|ought to) (?:be )?(?:doing|do|using|use|put|putting) (?:\w+ )?(?:something"
    r" else|better things|other things) with it",
    r"only (?:on tv|on air|on screen|on the screen|got the job|got hired|hired|anchoring"
    r"|famous|got the show|got the slot) (?:because of|for) (?:her|that|those|them) (?:figure"
    r"|body|legs|curves|boobs|cleavage|lips|assets)(?![a-z])",
    r"sponsor (?:mila|mil gaya|mili|mile) (?:hai |h )?raat (?:ka|ki|ke|ko)",
    # the 1023rd set, a fourth time (the check of a woman hailed at her work read none of
    # it): the stock phrases of it, "her sugar daddy", "should be on OnlyFans", jobs got "on
    # their backs" (not "carried the team on her back"), "pretty face, empty head", "if you
    # sat on their laps" (not "the child sat on his lap"), "her skirt gets shorter", "ghar
    # ka pata do, raat ko interview lene aayenge", "meri biwi ban ja"
    r"(?:her|uski|iski|unki|inki|your|ur|apne|apni) sugar (?:daddy|daddies|dady)",
    r"(?:should|belongs?|ought to) (?:be )?on (?:onlyfans|only fans|pornhub)",
    r"(?:jobs?|promotions?|roles?|slots?|careers?|shows?|posts?|tickets?) (?:\w+ ){0,4}?on"
    r" their backs(?![a-z])|on her back,? not (?:on )?her (?:cv|brains|talent|merit|skills)",
    r"pretty (?:face|faces),? (?:and |but )?(?:an )?empty (?:head|heads|brain|brains)",
    r"if (?:you|u|she) (?:sat|sit) on (?:their|his|(?:the )?\w+'?s?) laps?"
    # ... and asked whose ("everyone in the party knows whose lap she sat on to get it", the
    # 1121st set; not "whose votes she needed"); nights with the CM "to get that portfolio"
    # (not "with the files to get that portfolio right")
    r"|(?:whose|which \w+'?s?) laps? (?:she|her) (?:sat|sits|has sat|had sat|was sitting)"
    r" (?:on|in)\b[^.!?\n]{0,20}?(?:to get|for|to win|to land)",
    r"(?:nights?|weekends?|evenings?) (?:did )?(?:she|her) (?:spend|spent|spends) with (?:the|her"
    r"|his|a) (?:cm|pm|minister|boss|chief|editor|producer|director|mla|mp|party chief"
    r"|chairman|owner|ceo|leader|high command)\b[^.!?\n]{0,25}?(?:to get|for|to land|to win)",
    r"(?:her|uski|iski|unki) (?:skirt|skirts|dress|dresses|neckline|blouse)s? (?:gets?"
    r"|getting|goes|go|got) (?:shorter|lower|tighter|smaller)",
    r"(?:ghar|flat|room|kamre) ka pata (?:do|dedo|de do|bhejo)[^.!?\n]{0,20}?raat (?:ko|mein)",
    # the 1031st set, a fifth time (0 of 10 at first sight): "we all know which desk she
    # earned it on", "more chances to bend over the map" (not "bend over backwards"), "raat
    # ko kis ke saath 'source' meeting karti hai", "report padhne ke liye nahi, dekhne ke
    # liye aate hain log", "Madam ke liye toh main roz ye channel dekhta hoon, news ke liye
    # nahi", "Post a full-length photo next time", "I'd let her interrogate me any day, if
    # you know what I mean" (not "I'd let her audit me any day, she's the best accountant")
    r"(?:which|what) (?:desk|bed|couch|sofa|casting couch) (?:she|he) (?:earned|got|won|made"
    r"|bagged|landed) (?:it|that|this|the \w+|her \w+) on",
    r"(?:chances?|excuses?|reasons?|opportunit(?:y|ies)) to bend over(?! backwards)",
    # (the 1059th set: "raat ko kiske saath photo khinchwati ho sab jaante hain")
    r"(?:raat|raaton) (?:ko|mein|me) kis ?ke (?:saath|sath)[^.!?\n]{0,30}?\b(?:karti|rehti"
    r"|jaati|soti|milti|guzaarti|guzarti|bitati|khinchwati|khichwati|ghoomti|ghumti)"
    r" (?:hai|thi|hogi|h|ho)(?![a-z])"
    # ("Verma madam ki chaal dekho, raat ko kya karti hogi", round 519: guessed at, not asked)
    r"|(?:raat|raaton) (?:ko|mein|me) kya (?:kya )?karti hogi",
    r"(?:padhne|sunne|news|khabar|khabrein|khabron) ke liye nahi,? (?:\w+ ){0,2}?dekhne ke liye",
    r"(?:madam|maam|anchor|didi|bhabhi)(?: ji)? ke liye (?:\w+ ){0,6}?(?:dekhta|dekhte|dekhti)"
    r" (?:hoon|hun|hu|hain|h),? (?:news|khabar|khabron|khabrein) ke liye nahi",
    r"(?:post|send|share|upload) (?:a |more |some |your |ur )?(?:full[- ]length|full[- ]body"
    r"|bikini|swimsuit) (?:photos?|pics?|pictures?)",
    # ("Someone should frisk the commissioner, I volunteer", the 1113th set; not "... audit
    # the commissioner's office, I volunteer to read it")
    r"(?:frisk|strip[- ]search|pat down|body search) (?:her|the \w+|that \w+|madam)"
    r"[^.!?\n]{0,15}?,? (?:i volunteer|i'?ll do it|i'?d volunteer|dibs)",
    # (and "I'd let her audit my accounts any time, if you know what I mean", the 1079th set)
    r"(?:i'?d|i would|i'?ll|i will) let (?:her|that woman|the anchor|the reporter|madam|maam)"
    r" \w+ (?:me|my \w+) (?:any ?day|any ?time)[^.!?\n]{0,10}?(?:if (?:you|u) know what i"
    # ("I'd let her interview me anytime, as long as it's in my hotel room", the 1097th)
    r" mean|wink|as long as (?:it'?s|its) in my (?:hotel room|bedroom|bed|room))",
    # the 1040th set, a sixth time (1 of 10 at first sight, the fifth round's forms reading
    # none): "reads the teleprompter better on her knees", "Send this reporter to my hotel
    # for the interview" (sent for: not "the reporter came to my flat for an interview"),
    # "too busy looking at her to listen" (not "... at her slides", "... at her phone"),
    # "how many late nights that took with the boss", "Bollywood item zyada lagti hai" (not
    # "item" alone: "ye scheme election item zyada lagti hai"), "a bikini segment"
    r"(?:better|best|more) on her knees",
    r"(?:send|bring|call) (?:her|this \w+|that \w+|the \w+) (?:to|in|into|up to) my (?:hotel"
    r"|room|hotel room|bedroom|flat|place) for (?:the|an|a|her|some) (?:interview|exclusive"
    r"|meeting|briefing|one on one|private interview)",
    r"too busy (?:looking at|staring at|checking out|ogling) (?:her|the anchor|the reporter)"
    r"(?! (?:notes|report|graphs?|slides?|charts?|data|figures|documents?|phone|laptop"
    r"|screen|watch|script|teleprompter|papers?|own))",
    r"how many (?:late )?nights (?:\w+ ){0,3}?with (?:the|her|his) (?:boss|editor|owner|producer"
    r"|director|minister|chairman)",
    r"(?:bollywood item|filmi item|item girl) (?:zyada |jaisi |jaise )?(?:lagti|dikhti) (?:hai|h)",
    r"(?:her|she) (?:do|does|doing|in|host|hosting) a (?:bikini|swimsuit|lingerie) (?:segment"
    r"|shoot|show|round|special)",
    # the 1056th set, a woman Home Secretary harassed (a seventh probe of the genre, 0 of 9
    # by the rules at first sight): "we're all just watching that blouse" (not "looking at
    # her dress": fashion pages look too), "a private briefing of my own, if you catch my
    # drift", "How much did she charge the donors ..., per hour?"
    r"(?:watching|staring at|ogling|checking out|gawping at|leering at) (?:that|her|those)"
    r" (?:blouse|neckline|cleavage|legs|skirt|top|chest|thighs|lips|figure|curves|bum|behind)",
    r"(?:private|personal|one[- ]on[- ]one|hands[- ]on|intimate) (?:briefing|lesson|tutorial"
    r"|meeting|session|interview|audience)[^.!?\n]{0,30}?(?:if (?:you|u) (?:catch|get) my"
    r" drift|if (?:you|u) know what i mean|wink wink|nudge nudge)",
    # ... and "Bet the PM picked her for her legs" (not "picked her for her record")
    r"(?:picked|chose|hired|promoted|appointed|selected) her for her (?:legs|looks|body|figure"
    r"|curves|lips|bum|chest|boobs)(?![a-z])",
    r"how much (?:did|does|do|would|will) (?:she|her|madam|the minister|the secretary) (?:charge"
    r"|cost|ask)[^.!?\n]{0,60}?(?:per hour|per night|an hour|a night|hourly|by the hour)",
    # ... and said of her: "a tired auntie who charges by the hour" (the 1413th set; not "a
    # lawyer who charges by the hour")
    r"(?:looks? like|is|was|s) (?:a|an|some) (?:\w+ ){0,2}?(?:auntie|aunty|woman|lady|girl"
    r"|bimbo) (?:who|that) (?:charges|bills|is paid) by the (?:hour|night)",
    # the hundred-and-eighty-fourth round (sets 1043-1048): "raat ko kis kis se milti hai"
    # (above), and the women of a people or a region said to be easy ("Northeast ki ladkiyan
    # toh waise bhi easy hoti hain"; not "girls from the village are easy to spot in the
    # team photo")
    r"(?:ladkiyan|ladkiyaan|larkiyan|ladkiya|auratein|aurtein|aurten|chhoriyan|chhokriyan)"
    r" (?:\w+ ){0,3}?(?:easy|chaalu|chalu|sasti|bikau) (?:hoti|hote|hain|hai|h|milti|mil"
    r" jaati)(?![a-z])",
    r"(?:girls|women|chicks|ladies) (?:from|in|of) (?:the )?\w+(?: \w+)? (?:are|r) (?:all |so"
    r" |really |pretty |very )?(?:easy|loose|slutty|sluts)(?! (?:to|on|for|target|pickings"
    r"|money|win|wins))",
    # the hundred-and-eighty-eighth round (the 1059th set, women wrestlers protesting
    # against their federation's chief): "She should stick to wrestling men in private",
    # "asking for it since she wore those shorts" (not "asking for an inquiry since
    # January, nor "She was asking for it, he said, because of what she wore": his words
    # reported), "Women's wrestling is just softcore for uncles"
    r"(?:wrestling|entertaining|pleasing|servicing|riding|handling|satisfying) (?:men|boys|the"
    r" boys|coaches|officials|the officials|the coaches) in private",
    r"asking for it,? (?:since|when|the (?:day|moment|minute|way)|by|in|wearing|dressed)(?:"
    r" (?:she|they|you|he))?(?: \w+){0,2}? (?:wore|wears|wearing|dressed|dresses|shorts"
    r"|skirts?|outfits?|clothes|neckline|crop tops?)(?![a-z])",
    # the 1072nd set, women anchors harassed in Hinglish (a ninth probe): "makeup room mein
    # zyada time bitati hain, kisi ke saath", "Iska number milega kya, interview dena hai
    # personally, raat mein" (not "... channel ko, office time mein"), "She reads the news
    # like she's reading a bedtime story to me, wink"
    r"(?:time|raat|raatein|waqt) (?:bitati|bitaati|guzarti|guzaarti) (?:hain|hai|h),? (?:kisi"
    r"|kis kis|kisi na kisi) ke (?:saath|sath)",
    r"(?:iska|iski|uska|madam ka|anchor ka|reporter ka|is \w+ ka) (?:number|no|whatsapp"
    r"|mobile number) (?:milega|mil sakta|dedo|de do|chahiye)[^.!?\n]{0,50}?(?:raat|personally"
    r"|akele|private)",
    r"(?:she|her|madam|anchor)[^.!?\n]{0,60}?(?:to|for|with) me,? (?:wink wink|wink|nudge"
    r" nudge)(?![a-z])",
    # the 1079th set, a woman chancellor harassed in everyday words (a ninth probe): "Send
    # her to my office, I'll give her a personal briefing ..., private session" (not "Send
    # her to the committee, ... in public"), "Lovely legs on the chancellor today"
    r"(?:send|bring|call) (?:her|this \w+|that \w+|the \w+) (?:to|in|into|up to) my (?:office"
    r"|hotel|room|bedroom|flat|place|cabin)[^.!?\n]{0,60}?(?:private|personal|one[- ]on[- ]one)"
    r" (?:session|briefing|lesson|tutorial|meeting)",
    r"(?:lovely|nice|great|gorgeous|fine|sexy|hot) (?:legs|figure|curves|body|lips|bum|rack"
    r"|chest|assets) on (?:the|her|our|that) (?:\w+ )?(?:chancellor|minister|secretary|mp|mayor"
    r"|speaker|anchor|reporter|presenter|judge|ceo|councillor|leader|president|newsreader)",
    # ... "would look better with her mouth shut and her blouse open"
    r"(?:mouth|lips) shut and (?:her |your |their )?(?:legs|blouse|shirt|top) open",
    # ... "Ye sab paise ke liye let jaati hain" (lie down for money; not "paise ke liye
    # line mein lag jaati hain")
    r"(?:paise|paison|paisa|medal|medals|promotion|role|ticket|naukri|job|film|films|award)"
    r" (?:ke liye|ki khatir|ke vaaste) (?:kisi ke (?:bhi )?(?:saath|sath|neeche) )?(?:let|lait"
    r"|leit) (?:jaati|jati|jaayegi|jayegi|jaegi|gayi|gyi|jaaegi)(?![a-z])",
    # ... and her looks said to make her complaint a lie: "With a face like that no one would
    # harass her anyway" (not "no one would harass her in this office, we have a policy")
    r"(?:face|looks|shakal|ugly|mug)[^.!?\n]{0,40}?(?:no ?one|nobody|no man|no guy)"
    r" (?:would|will|'?d|could|wants to) (?:ever |even )?(?:want to )?(?:harass|rape|grope"
    r"|touch|molest|assault|look at) (?:her|them|you)(?![a-z])"
    r"|(?:no ?one|nobody|no man|no guy) (?:would|will|'?d|could|wants to) (?:ever |even )?"
    r"(?:want to )?(?:harass|rape|grope|molest|assault) (?:her|them|you)[^.!?\n]{0,30}?"
    r"(?:face|looks|shakal|ugly|mug)(?![a-z])",
    r"(?:women'?s|womens|girls'?|ladies'?|female) (?:\w+ )?(?:is|are) (?:just |only |basically"
    r" |nothing but )?(?:softcore|soft porn|soft-core|porn) for",
    # the 1035th set, a whole evening under an opposition leader's arrest: "Italian bar
    # dancer ki party", the stock slander of a woman leader born in Italy; a woman journalist
    # said to spend the night with him in jail ("saath mein raat bitayengi dono"; a woman's
    # verb: not "dono bhai saath mein raat bitayenge", two brothers in a cell)
    r"(?:italian|italy (?:ki|wali|waali|se aayi)) (?:bar ?dancer|bar ?girl|bar ?wali|cabaret"
    r" dancer)",
    # a woman to be shamed naked or handed to men: "Rana Ayyub should be made to dance naked
    # in front of the whole studio", "Give Barkha Dutt to the boys for one night" (the 1413th
    # set; not "should be made to answer for the errors", "Give Barkha Dutt a bigger panel")
    # (wished or ordered: not "prisoners were forced to stand naked, the report says")
    r"(?:(?:should|must|needs? to|ought to|deserves? to) be (?:made|forced)|(?:make|force)"
    rf" (?:her|them|{A_WOMAN_NAMED})) to (?:dance|walk|parade|strip|sit|stand|pose)"
    r"(?: \w+){0,2}? naked",
    rf"(?:give|hand|send|throw) (?:her|{A_WOMAN_NAMED}|(?:this|that|the) (?:woman|girl"
    r"|lady|anchor|reporter|journalist|bitch|madam)) (?:over )?to (?:the|my|our|some|his)"
    r" (?:boys|lads|men|guys|mob|goons|bhakts) for (?:a|one|the|just one|a single) night",
    # a woman named someone's mistress: "Barkha Dutt is Congress's mistress", "Smriti Irani
    # is Modi's keep", "that anchor is the channel owner's sugar baby" (the fiftieth session;
    # not "she is trying to keep up", "the one to keep", "the mistress of ceremonies")
    rf"(?:she|shes|{A_WOMAN_NAMED}|(?:this|that|the) (?:anchor|reporter|journalist"
    r"|woman|lady|editor|presenter)) (?:is|was|s) (?:just |only |nothing but |basically )?"
    r"(?:(?:the|a|an|some) )?(?:[\w']+ ){0,3}?(?:mistress(?! of)|concubine|rakhail"
    r"|sugar baby|side piece|bed ?warmer|\w+['’]s keep(?=\s*(?:[.!?,;]|$)))",
    # ... and said of her by name: "Sonia Gandhi was a bar dancer", "Sonia ek bar dancer
    # thi" (the fiftieth session's sweep; not "Sonia Gandhi opposed the dance bar ban")
    r"sonia(?: (?:gandhi|ji|is|was|ek|a|an|used to be|used to work as|worked as|former|ex|to|toh"
    r"|pehle|actually|basically|just|only|nothing but|sirf|khud|bhi|once|herself))*"
    r" (?:bar ?dancer|bar ?girl|bar ?wali|cabaret dancer)",
    r"(?:saath|sath) (?:mein|me) raat (?:bitayengi|bitayegi|bitaegi|bitaengi|guzaregi"
    r"|guzaaregi|guzarengi|guzaarengi)",
    # "Aise kapde pehen ke aayegi toh log toh dekhenge hi, phir rona mat": harassment
    # blamed on her clothes (not "aise kapde pehen ke aao, thand hai")
    r"(?:aise|aisi|aese|chhote|chote|tight|ye) kapde (?:pehen|pehn|pahan)\w*(?: ke| kar)?"
    r" (?:\w+ ){0,3}?(?:toh|to) (?:\w+ ){0,2}?(?:dekhenge|ghoorenge|chhedenge|chedenge"
    r"|chhuenge|dekhega|ghoorega|chhedega) (?:hi|na)",
    # a stranger's advance in reply to a woman: "nice dp, inbox me" (not "nice dp, where was
    # it taken?", "nice pic, message me the location of that beach")
    r"(?:nice|hot|sexy|cute|beautiful|lovely|gorgeous|mast) (?:dp|pic|pics|profile pic|photo"
    r"|selfie)[^.!?\n]{0,30}?(?:inbox|dm|pm|msg|message|whatsapp|call) me(?=\s*(?:[.!?,]|$"
    r"|baby|babe|dear|jaan|sweetheart|sexy|beautiful|sweetie|[😘😍❤]))",
    # (and her looks in her picture, then "inbox aa": "DP me itni makeup, andar se bhi aisi
    # hi hogi 😏 inbox aa", the 1248th set; not "details ke liye inbox karo", a seller's)
    r"(?:dp|pic|pics|photo|selfie)[^.!?\n]{0,60}?inbox (?:aa|aao|aaja|aa jao|me aa|mein aa)"
    r"(?![a-z])",
    r"send (?:me |us )?(?:some |your |ur |more )?(?:nudes|nude pics|naked pics|pics of your)",
    r"(?:show|flash) (?:me |us )?(?:your |ur |her |those |them )?(?:tits|titties|boobs|pussy"
    r"|ass|dick|cock)",
    r"(?:i'?d|i would|i wanna|i want to|i'?m gonna|i am going to|let me|lemme|would"
    r"|i'?ll|i will|someone should) (?:\w+ )?(?:fuck|bang|screw|rape|smash|grope) (?:you|u|her"
    r"|him|ya|them|(?:his|her|their|your|ur) (?:daughters?|wife|mother|mom|mum|sisters?|kids"
    r"|children|family))",
    # a woman's body judged as unwanted for sex: "Nobody would shag that" (the 294th set)
    r"(?:nobody|no one|noone|no man|no bloke|no guy|i) (?:would(?:n'?t| not)?|'?d(?: never)?"
    r"|will|could(?:n'?t)?) (?:ever |even )?(?:shag|bang) (?:that|her|it)(?=\s*(?:[.!?,;]|$"
    r"|with|if|even|lol|mate|tbh))",
    # a gay man sexualised: "Bet he was taking it up the bum in the team hotel" (the 303rd
    # set; not "taxpayers are taking it up the arse again", said of no one person)
    r"(?:he|hes|he'?s|he was|he is|he'?ll be|you|u|you'?re|youre|you were|ur) (?:\w+ )?(?:taking"
    r"|takes|took|take) it up the (?:bum|arse|ass|backside)",
    r"suck (?:my|his|a) (?:dick|cock|balls)",
    # "come sit on my lap" (not "my granddaughter loves to sit on my lap")
    r"sits? on my (?:face|dick|cock)",
    r"(?:come|come and|wanna|want to|why don'?t you|you can) sit on my lap",
    r"(?:nice|great|big|hot|juicy) (?:tits|titties|boobs|ass|rack(?! of))",
    # "your mom was great last night"
    r"(?:your|ur|yo) (?:mom|mum|mother|mama|momma|sister|sis|wife|girlfriend|gf) (?:was|is"
    r"|were) (?:\w+ )?(?:great|good|amazing|fun|tight|loose|easy|wild) (?:last night|in bed)",
    r"smash (?:her|his|your|ur) back ?doors?",
    # "get your tits out for the lads" (the terrace chant at a woman)
    r"get (?:your|ur|yer|them|those|her) (?:tits|boobs|knockers|jugs|baps) out",
    # remarks on a woman's body, asking her for pictures: "nice legs in your profile pic"
    r"(?:nice|sexy|hot|lovely|great|gorgeous) (?:legs|thighs|lips|curves|bum|butt)"
    r"(?! on (?:that|the|this|those|these) )",  # not "nice legs on that oak table"
    r"send (?:me|us) (?:a few |some |more |a )*(?:pics|photos|pictures|selfies)"
    r"(?! of)",
    r"(?:gave|give|gives|giving|wants?) (?:a |him |her |you )?(?:blow ?job|bj)",
    # (and "She writes like a woman who needs a good seeing-to", the 1182nd set)
    r"(?:she|he|you|u|(?:this|that) (?:woman|girl|lady|bitch|anchor|journalist|reporter)"
    r"|(?:a|any|every) (?:woman|girl|lady|feminist) who)"
    r" (?:needs?|should|wants?) (?:to )?(?:get laid|be raped|get raped"
    r"|get fucked|be fucked|get (?:a )?(?:good |proper )?(?:dicking|shagging|seeing[- ]to"
    r"|pounding)|a (?:good |proper )?(?:dicking|shagging|shag|fucking|fuck|seeing[- ]to|pounding"
    r"|rogering|banging))",
    r"(?:teri|tumhari|uski|tera|tere) (?:maa|ma|behen|bahen|bhen) (?:ki|ko|ka) (?:chut|chod"
    r"|choot)",
    r"(?:chod|pel) (?:dunga|denge|dalunga|doonga)",
    # "kya maal hai" (what a piece), "isko bistar pe le jao", "ek raat mere saath guzaar",
    # "kisi ke saath soti hogi tabhi job mili" (not "kya maal hai is dukaan mein")
    r"(?:kya|kitna|kitni|mast|garam|zabardast|pura|poora|kadak) maal (?:hai|he|h)(?! (?:is|iss"
    r"|us|uss|dukaan|dukan|bazaar|bazar|godown|market|mandi)(?![a-z]))",
    r"(?:bistar|bed) (?:pe|par|mein|me) (?:le jao|le ja|le chalo|lao|laao)",
    # a woman journalist fit for a brothel, or to be sold: "ye anchor toh kothe pe baithne
    # layak hai", "is patrakarni ko bazaar mein bech do" (not "sabzi bazaar mein bech do")
    r"kothe (?:pe|par) (?:baithne|bithao|bitha do|baithegi|baithti|bech|chhod aao|chhod do"
    # ("woh mahila spokesperson, usko toh kothe pe hona chahiye tha, TV pe nahi", the 1099th)
    r"|chhodo|bhej do|bhejo|hona chahiye|honi chahiye"
    # ("Verma jaisi auratein kothe pe achi lagti hain", round 519)
    r"|(?:hi )?(?:achi|acchi|achhi) (?:lagti|lagegi|lagengi|lagte))"
    # ... or to run one: "Sagarika Ghose jaisi aurat ko toh kotha chalana chahiye, news nahi"
    # (round 492; not "police ne kotha chalane wale ko pakda", a raid reported)
    r"|(?:kotha|kothe) (?:chalana|chalani|kholna|kholni) (?:chahiye|chaahiye|chahie)",
    # "Pooja Saxena jaisi auratein sirf neta ke bistar se upar aati hain" (round 506; a
    # woman's rise put down to a bed)
    r"(?:kisi|kis|netaon|neta|editor|boss|malik|mantri|afsar|afsaron)(?: \w+)? ke bistar"
    r" (?:se|ke raaste|ke zariye|se hokar|se hoke) (?:upar|aage|promotion|kursi|post|yahan)",
    # "ye anchor roz raat kisi neta ke bistar mein hoti hai"
    r"(?:kisi|kis|netaon|neta|editor|boss|malik|mantri)(?: \w+)? ke bistar (?:mein|me|pe|par)"
    # (and "raat bhar kisi neta ke bistar pe chillati hogi", the 705th set)
    r" (?:hoti|soti|rehti|jaati|milti|soyi|thi|chillati|chilati|cheekhti|leti|padi|guzarti)",
    r"(?:isko|isse|inko|usko|is (?:anchor|patrakarni|patrakar|ladki|aurat|neta|reporter) ko)"
    r" (?:\w+ )?(?:bazaar|bazar|mandi|kothe) (?:mein|me|pe|par) (?:bech|bithao|bitha)",
    # the victim blamed: "ladkiyan jeans pehnengi toh rape hoga hi", "women who wear short
    # clothes are asking to be raped" (not "no woman is asking to be raped")
    r"(?:pehnengi|pehenti|pehnti|pehnogi|pehnegi) (?:toh|to) (?:rape|balatkar) (?:hoga|hi hoga"
    r"|to hoga|hona)",
    # (lookbehinds must be of fixed width: \s, not a space, which _whole_words widens)
    r"(?<!not\s)(?<!never\s)(?<!nobody\sis\s)(?<!no\sone\sis\s)(?<!no\swoman\sis\s)"
    r"asking to (?:be|get) raped",
    r"raat (?:mere|hamare|humare) (?:saath|sath) (?:guzaar|guzaro|bita|bitao|bitaa|bitaao)",
    r"(?:saath|sath) (?:soti|soyi|so ke|soke|so kar|sokar) (?:hogi|hai|thi|hain)?[^.!?\n]{0,30}?"
    r"(?:job|naukri|kaam|ticket|post|anchor|show|column)",
    # "I'd love to see her on her knees", "my dick in her mouth", "bet she's a freak in
    # bed", "she gives good head", "bend her over", "I'd hit that"
    r"(?:i'?d (?:love|like) to|i want to|i wanna|wanna|i'?d) (?:see|have|get|put) (?:her|you|u)"
    r" on (?:her|your|ur) knees",
    r"(?:my|his) (?:dick|cock) in (?:her|your|ur) (?:mouth|ass|face)",
    r"(?:she'?s|she is|she must be|bet she'?s|bet she is) (?:a )?(?:freak|wild|an animal|a"
    r" tiger|kinky|dirty|good|great|amazing) in (?:bed|the sack)",
    # medals and jobs put down to sex: "these wrestlers were happy to sleep with coaches"
    r"(?:were|was|are|is|been) (?:happy|willing|ready|glad|eager) to (?:sleep|sleeping) with",
    # a people's women said to travel for it: "Kerala nurses go to the Gulf to sleep with
    # Arabs" (the 735th set; not "she flew to Paris to sleep for a week")
    r"(?:nurses|women|girls|ladies|maids|wives|actresses|housewives|aurtein|auratein"
    r"|ladkiyan) (?:\w+ ){0,2}?(?:go|goes|went|fly|flies|flew|run off|ran off|are sent) to"
    r" (?:\w+ ){1,3}?to (?:sleep|sleeping) (?:with|around)",
    # a woman's post said to be won at night: "Madam ki qualification sabko pata hai, raat ko
    # minister ke bungalow pe interview hua tha" (the 739th set; not "raat ko minister ke
    # bungalow pe meeting hui", with no woman before it)
    r"(?:madam|madame|maam|mam|mahila|ladki|aurat|bhabhi|she|her|iski|uski)[^.!?\n]{0,80}?"
    r"raat ko (?:\w+ ){0,2}?(?:minister|mantri|neta|boss|sahab|saheb|mla|mp|cm|pm|director"
    r"|collector)(?: ji| sahab)? (?:ke|ki) (?:bungalow|bangle|bangla|ghar|kamre|room|flat"
    r"|hotel|farmhouse) (?:pe|par|mein|me|main)",
    # a people's women asked for: "Pakistani Hindu ladkiyan bahut sundar hoti hain, ek do
    # hamare gaon bhi bhej do" (the 741st set)
    r"(?:ladkiyan|ladkiyaan|ladkiyon|aurtein|auratein|kudiyan|bhabhiyan)[^.!?\n]{0,60}?(?:ek"
    r" do|ek-do|do chaar|do char|ek aadh|kuch) (?:ladkiyan |ladki |inmein se |inme se )?"
    r"(?:hamare|humare|hamaare|mere|idhar"
    r"|yahan|apne) (?:\w+ )?(?:bhi )?(?:bhej do|bhijwa do|bhejo|bhej dena)",
    # a woman asked what she does with a priest or a boss: "@Meera tu bhi church wali lagti
    # hai, Sunday ko father ke saath kya karti hai? 😏" (the 743rd set; not "father ke saath
    # kya karti hai, khet mein kaam?": a smirk or a question mark ends it)
    r"(?:father|pastor|padri|priest|pujari|maulvi|boss|coach)(?: ji| sahab)? ke (?:saath"
    r"|sath) (?:\w+ )?(?:kya|kyaa) (?:karti"
    r"|karne jaati|karne jati|karne gayi) (?:hai|thi|hain|h)?\s*(?:\?\s*)?[😏😉😜🤭😈]",
    # a people's women said to come for one thing: "Congo wale ho ya Nigeria wale, inki
    # ladkiyan toh sirf ek cheez ke liye aati hain yahan 😏" (the 748th set; not "ladkiyan
    # sirf ek cheez ke liye aati hain: padhai", hence the emoji or the end of the sentence)
    r"(?:inki|unki|in ki|un ki|inke|unke|ye|yeh|in|un) (?:\w+ )?(?:ladkiyan|ladkiyaan"
    r"|aurtein|auratein|auraten) (?:toh |to )?(?:sirf|bas) (?:ek )?cheez ke liye (?:hi )?"
    r"(?:aati|aate|aayi|hoti|bani) (?:hain|hai|h)(?: \w+)?(?=\s*(?:[.!?]|$|[😏😉😜🤭😈]))",
    # a woman scorned as waiting for the delivery boy "to deliver something else" (the 737th
    # set; not "to deliver the rest of the order")
    r"(?:waiting|waits|waited|wait|hoping|hopes) for (?:the|a|some|her) (?:delivery ?boy|delivery"
    r" ?guy|delivery man|plumber|milkman|watchman|gardener|rider|driver) to (?:deliver|give"
    r" her|bring her|do) something (?:else|extra|more)",
    # "what's her number, asking for a friend"
    r"(?:what'?s|whats|give me|send me|dm me) her (?:number|digits|snap|insta)",
    # the victim blamed: "she was asking for it dressed like that" (not "asking for it
    # back", "asking for it to be reviewed")
    r"(?:she was|she'?s|she is|they were|women are|she) (?:clearly |obviously |just )?asking"
    r" for it(?! (?:back|to be|again|from|in writing|by name|politely))"
    # (not his words reported: "She was asking for it, he said, ... The judge rejected that")
    r"(?!,? (?:he|she|they|the \w+|his \w+) (?:said|says|claimed|claims|told|argued|argues"
    r"|insisted|wrote))",
    # "Every woman who gets raped in a short skirt was asking for it" (the nineteenth
    # session's probe)
    r"(?:woman|women|girl|girls) (?:who|that) (?:gets?|got|are|is|was|were) (?:raped"
    r"|assaulted|attacked|groped)[^.!?\n]{0,40}? (?:was|were|is|are) (?:just |clearly )?asking"
    r" for it",
    # her price asked: "how much for a night?" (not "... a night in Goa these days?")
    r"how much (?:for|per) (?:a|one|the) night(?! (?:at|in|on|there|here)(?![a-z]))",
    r"how much (?:does|do|would) (?:she|you|u) charge (?:per|for|for a|for one) night",
    # "The captain needs a good seeing-to, then she'd stop moaning" (the 275th set; not "the
    # boiler needs a good seeing-to": a service)
    # ("That lesbian councillor needs a proper seeing-to": the 456th set)
    r"(?:she|her|women|feminists|you|u|(?:the|this|that) (?:\w+ )?(?:captain|skipper|woman"
    r"|girl|lady|minister|anchor|presenter|reporter|journalist|columnist|editor|author|mp|feminist"
    r"|spokeswoman|chairwoman|councillor|teacher)) needs? (?:a )?(?:good |proper |right )?"
    r"seeing[- ]?to",
    # "Someone needs to give her a proper seeing-to" (the 360th set; not "give the boiler a
    # seeing-to")
    r"(?:give|gives|giving|gave) (?:her|that (?:woman|girl|presenter|bitch)) a (?:good"
    r" |proper |right |hard )?seeing[- ]?to",
    # the reader's mother called a prostitute: "how much did your mum charge?" (the 266th set)
    r"how much (?:did|does|do|would) (?:your|ur) (?:mum|mom|mother|ma|sister|wife|missus)"
    r" charge(?=\s*(?:[?.!,;]|$|lol|for (?:a|an|one) (?:night|hour)))",
    # "she looks like she'd do it for a tenner and a kebab"
    r"looks? like (?:she'?d|she would) do (?:it|anything|anyone|you) for a (?:tenner|fiver"
    r"|quid|kebab|drink|pint|few quid)(?=\s*(?:[.!,;]|$|and a|lol|;\)))",
    r"chodunga|chodenge",
    r"(?:her|your|ur) legs open",  # "... kept her mouth shut and her legs open"
    r"kitni sexy (?:hai|lag rahi|lagti)",
    # her old photos to tell "kaisi hai ye" (the 1251st set: "Iski photos dekho purani, sab
    # pata chal jayega kaisi hai ye"; not "purani speeches dekho")
    r"(?:photos|photo|pics|pictures|videos) dekho[^.!?\n]{0,40}?(?:kaisi|kaise) (?:hai|h|thi)"
    r" (?:ye|yeh|wo|woh)",
    # where she goes at night, which "everyone knows" (the 1230th set: "Isko vote dene wale
    # bhi jaante hain ye raat ko kahan jaati hai"; not "bachche raat ko kahan jaate hain")
    r"(?:jaante|jante|pata)[^.!?\n]{0,25}? raat ko kahan (?:jaati|jati) (?:hai|h|he|thi)"
    r"|raat ko kahan (?:jaati|jati) (?:hai|h|he|thi),? (?:sab|sabko|hum sab) (?:jaante|jante"
    r"|pata)",
    # "ye anchor raat ko kiske saath soti hai": whom she sleeps with, asked of her
    # (of her, not "Bachcha kiske saath sota hai?", whom the child sleeps beside)
    # ("kis ke saath soti hai", the 1223rd set: the question's two words apart)
    r"kis ?ke (?:saath|sath) (?:soti|soyi|so rahi) (?:hai|thi)",
    # "Ye mard hai ya aurat, pehle kapde utaar ke check karo" (the 534th set), "driver
    # nahi item h ye" (the 537th), "I'd happily host a blonde Ukrainian girl if you know
    # what I mean" (the 535th; not "kapde utaar ke dho do", the laundry)
    # ("hijab utaar ke dikhao pehle kya chhupa rahi ho", the 542nd set)
    r"(?:kapde|kapda|hijab|burqa|burka|naqab|dupatta) (?:utaar|utar|utarwa|utaarwa) ?(?:ke|kar"
    r"|kr) (?:check|chek|dekho|dekh lo|dekhna|jaanch|dikhao|dikha)",
    r"(?:nahi|nhi|nai) item (?:h|hai|he)(?![a-z])",
    r"(?:girl|girls|woman|women|lady|ladies|wife|wives|au pair|blonde|brunette)[^.!?\n]{0,25}?"
    r" if (?:you|u) know what i mean",
    # her selection put down to sex: "federation ke saath soyi hogi tabhi selection hua"
    # (the 525th set; not "bachche ke saath soyi thi", beside a child)
    r"(?:ke|kisi ke|kiske) (?:saath|sath) (?:soyi|soi|so ke|so kar|soke|so kr) (?:hogi|hai|h"
    r"|thi)?(?: )?(?:tabhi|tab jaake|tab jaa ke|isliye|tab) (?:\w+ )?(?:selection|select"
    r"|medal|ticket|job|naukri|post|kursi|promotion|team|award)",
    # a woman journalist's work put down to sex or her body: "who did she blow to get this
    # column?", "she should stick to reading the weather, in a bikini", "I'd rate her a 3",
    # "is item ko kisne journalist bana diya", "kitne mein bikti hai ye anchor"
    r"(?:who|which (?:\w+ )?(?:editor|boss|producer|minister|politician|owner|man|guy))"
    r" did (?:she|he|you|u) (?:blow|sleep with|fuck|shag|suck off|screw) to get",
    # "she's only on TV because of her looks"
    r"(?:only|just) (?:on (?:tv|air|screen|television)|got (?:the|this|that|her) (?:job|column"
    r"|show|post|slot)|hired|here|an anchor|a journalist|a reporter|an editor) because (?:of"
    r" )?(?:her|she'?s|she is) (?:looks|body|pretty|hot|good-looking|beautiful|sexy)",
    r"(?:should|stick to|look better|belongs?)[^.!?\n]{0,40}?,? in (?:a bikini|lingerie"
    r"|her underwear|a thong)",
    r"(?:i'?d|i would) rate her (?:a )?(?:[0-9]|one|two|three|four|five)",
    # ("Aisi item ko traffic mein daalo", the 731st set)
    r"(?:is|us|aisi|aise) item (?:ko|ne|ki|ka|ke)|(?:ye|yeh|kya|mast) item (?:hai|lag rahi|lagti)",
    r"kitne (?:mein|me) (?:bikti|bikta|bika|biki|bikegi) (?:hai )?(?:ye|yeh|wo|woh)?"
    r" ?(?:anchor|patrakar|journalist|reporter|aurat|ladki|tu|tum)",
    # ... and "ye" closing the question: "Kitne mein bikti hai ye, ek raat ka rate bata de" (the
    # 994th set; feminine, of a woman: not "kitne mein bikta hai ye phone")
    r"kitne (?:mein|me) (?:bikti|biki|bikegi) (?:hai )?(?:ye|yeh|wo|woh)(?=\s*(?:[,.!?]|$))",
    # ... and she named before it: "Ye Kadam aurat kitne mein bikti hai, koi rate batao"
    # (round 496; not "ye madam kitne mein contract deti hai", nor "ye neta kitne mein bikta
    # hai", a man's vote bought)
    r"(?:ye|yeh|is|aisi|wo|woh) (?:\w+ )?(?:aurat|ladki|anchor|patrakar|reporter) kitne"
    r" (?:mein|me|main) (?:bikti|biki|bikegi|milti|milegi)",
    # a woman to be met alone at night "and all will be straightened out": "Meena Rathore
    # jaisi aurat ko raat ko akele milna chahiye" (round 498; not "ladki ko raat ko akele
    # nahi jana chahiye", advice)
    r"(?:aurat|aurton|auraton|ladki|ladkiyon|madam|isko|usko|ise|use|isse) ko raat (?:ko|mein"
    r"|me) akele (?:milna|pakadna|uthana|utha lena|le jana|bulana) (?:chahiye|padega|hoga)",
    # "mooh mein le le": take it in your mouth
    r"(?:mooh|munh|muh|muh) (?:mein|me) le (?:le|lo)",
    # her family as goods to sell: "your daughter would fetch a good price in Dubai"
    r"(?:your|ur) (?:daughters?|wife|sisters?|mother|mom|mum|girlfriend) (?:would|will|could"
    r"|should) (?:fetch a (?:good |high |nice |decent |great )?price|fetch a lot|be sold)",
    # "isko nanga karke ghumao": stripped to shame her (not "sarkar ka nanga naach")
    r"(?:isko|usko|ise|use|inko|unko|tujhe|tereko|iski|uski|teri|inki|unki) (?:\w+ )?nanga"
    r" (?:karke|kar ke|kar do|karo|karenge|kar denge|kar dena)",
    # a woman's work put down to sex: "she only got this job because she sleeps with the editor"
    # (or "got tickets by sleeping with party bosses")
    r"(?:got|gets|get|getting) (?:\w+ ){0,4}?(?:because|by|coz|cos) (?:(?:she|he|you|u|shes|hes"
    r"|she'?s|he'?s|youre|you'?re) (?:\w+ )?)?(?:sleeps?|slept|sleeping) (?:with|around)",
    r"(?:slept|sleeping|sleeps) (?:her|his|your|ur) way(?! through (?:the |a |an )?(?:entire"
    r" |whole )?(?:flight|night|movie|film|lecture|meeting|journey|trip|class|sermon|speech"
    r"|match|opera))",  # (not "she slept her way through the entire flight", the 968th set)
    # "shes only there to tick a box, probably shagged someone at the fa" (the 520th set;
    # not "he probably slept with someone at the party", gossip with no post behind it)
    r"(?:probably|prob|must have|mustve|must of|obviously|clearly|bet (?:she|he))"
    r" (?:\w+ )?(?:shagged|slept with|screwed|banged|fucked|shagging|sleeping with)"
    r" (?:someone|somebody|half|the (?:boss|bosses|manager|board|chairman|editor|producer"
    r"|director|selectors?|owner|panel)) (?:at|in|on|of|from) (?:the )?(?:fa|bbc|board|club"
    r"|league|council|office|channel|paper|network|federation|association|top|ministry"
    r"|union|selection)(?![a-z])",
    # ... or with whom she reports on ("Maybe she slept with the source too", the 1097th
    # set, women journalists harassed an eleventh time; not "Maybe she was up all night on
    # the story")
    r"(?:maybe|probably|bet|i bet) (?:she|her) (?:\w+ )?(?:slept|sleeps|sleeping) with (?:the"
    r"|her|a|his|that) (?:source|sources|minister|editor|producer|boss|owner|director)"
    r"(?: too| as well| first)?(?=\s*(?:[.!?]|$))",
    # an advance said of her: "id show her a red card in the bedroom" (the 520th set)
    r"(?:i'?d|i would|i'?ll|i will|id|ill) (?:\w+ )?(?:show|teach|give|take|do|have|tame"
    r"|sort out|handle|punish|ruin|destroy|make) her (?:\w+ ){0,3}?in"
    r" (?:the|my) (?:bedroom|sack)(?![a-z])",
    r"(?:sleeps?|slept) with every \w+",
    # her looks judged to her face: "you look better in your display picture than in your
    # opinions" (not "the minister looks better in the photos than in parliament")
    r"(?:you|u) (?:look|looks) (?:\w+ ){0,2}?(?:hot|hotter|sexy|sexier|cute|cuter|pretty"
    r"|prettier|beautiful|gorgeous|better) in (?:your|ur|that|this|the) (?:dp|display (?:picture"
    r"|pic)|profile (?:pic|picture|photo)|photos?|pics?|pictures?|selfies?|saree|sari|dress"
    r"|skirt|bikini)",
    # her work put down to sex: "I'd bet she got the byline on her knees" (not "got on her
    # knees to pray")
    r"(?:got|gets|earned|earns|getting|earning) (?:the |her |his |your |ur |this |that )?"
    r"(?:\w+ )?(?:job|byline|promotion|role|position|seat|post|column|contract|ticket"
    # (and "Bet she got that exclusive on her knees", the 1097th set)
    r"|nomination|show|exclusive|interview|scoop|story|award) on (?:her|his|your|ur) knees",
    # romanised Hindi: "kya maal lag rahi hai", "item number lag rahi hai ye neta", "ek raat
    # ka kitna legi" (not "item song wali filmein", "ek raat mein itna paisa")
    r"(?:maal|item|pataka|patakha|patakhaa) (?:\w+ )?(?:lag rahi|lag rhi|lagti) (?:hai|ho|h)",
    r"ek raat (?:ka|ke|ki)(?: liye)? (?:kitna|kitne|kya) (?:legi|leti|lega|logi|loge)",
    # "uske saath ek raat guzaar ke dekho pata chal jayega asliyat" (the 688th set)
    r"(?:uske|iske|unke|inke|mere|tere) (?:saath|sath) ek raat (?:guzaar|guzar|bita|bitaa)"
    r" (?:ke|kar|kr) (?:dekho|dekh)",
    # "look at her thighs, I'd love to get between them"
    r"(?:i'?d|i would|i wanna|want to|love to|like to) (?:\w+ )?get between (?:her|those|your"
    r"|ur) (?:thighs|legs)",
    r"(?:thighs|legs)[^\n]{0,80}?(?:i'?d|i would|i wanna|want to|love to|like to) (?:\w+ )?get"
    r" between them(?![a-z])",
    # "this item girl should be stripped on stage" (not "stripped of his portfolio", "for
    # parts")
    r"should (?:all )?be (?:stripped|disrobed|paraded naked|molested)(?! of| for| down| back)",
    # victim-blaming: "she was asking for it dressed like that"
    r"(?:she|shes|girls|women|they) (?:was|were|are|is)? ?(?:just |clearly |totally )?asking"
    r" for it(?!,? (?:he|she|they|the \w+|his \w+) (?:said|says|claimed|claims|told|argued"
    r"|argues|insisted|wrote))",  # (not his words reported: "..., he said, ...")
    # "girls who wear such clothes deserve what they get"
    r"(?:girls|women|ladies|she|girl|woman) (?:who|that) (?:\w+ ){1,6}?deserves? (?:(?:what"
    r"|whatever|everything) (?:they|she) (?:get|gets|got)(?!\s*:)|(?:what|whatever)"
    r" (?:happens|happened|comes) to (?:her|them))",
    # "kitne mein chalegi raat ko", "kuch aur hi chalati hogi raat ko" (the 400th set)
    r"kitne (?:mein|me|main) (?:chalegi|aayegi|aaegi|milegi|jaayegi|jayegi) (?:\w+ )?raat",
    r"kuch aur (?:hi )?(?:chalati|karti|bechti) (?:hogi|hai) (?:\w+ )?raat (?:ko|mein)",
    # women of a region or group as "easy": "Northeast ki ladkiyan to easy hoti hain"
    r"(?:ladkiyan|ladkiya|ladkiyon|aurtein|auratein|girls|women|chicks) (?:\w+ ){0,2}?easy"
    r" (?:hoti|hote|hain|hai|h)",
    # ("Slavic girls are easy, just buy them a drink": the 441st set)
    r"(?:(?:girls|women|chicks) (?:from|in) (?:\w+ ){1,2}|(?:slavic|russian|ukrainian|polish"
    r"|thai|filipina|asian|latina|latin|indian|african|black|white|brazilian|romanian|chinese"
    r"|japanese|korean|eastern european|east european|european|american|british|english|irish"
    r"|muslim|hindu|christian|jewish|punjabi|bengali|nepali|northeast) (?:girls|women|chicks)"
    r" )are (?:so |all |really )?easy(?=[.!,]|$"
    r"|\s+(?:lol|haha|everyone|we all))",
    # a stranger asked for her number: "send me your number baby"
    # (with an endearment: not "send me your number and I'll add you to the group")
    r"send (?:me|us) (?:your|ur) (?:number|digits)(?=[^.!?\n]{0,40}?(?:baby|babe|sweetie"
    r"|sweetheart|darling|jaan|honey|sexy|gorgeous|beautiful|hottie|;\)))",
    r"(?:baby|babe|sweetie|sweetheart|darling|jaan|honey|sexy|gorgeous|beautiful|hottie)"
    r",? (?:\w+ ){0,3}?send (?:me|us) (?:your|ur) (?:number|digits)",
)


# A woman told her place, or that a woman should not speak: "a woman's place is in the
# kitchen", "ladki hoke itna bolti hai" (a girl, and she talks this much).
_WOMEN: Final = frozenset({"woman", "womans", "women", "womens", "female", "ladki", "larki",
                    "ladkiyan",
                    "aurat", "auratein", "auraton", "aurton", "auraten", "ghar", "her", "she",
                    "girl", "girls", "feminist", "feminists", "lesbian", "lesbians"}) | {
    # (and a woman named: "Lucy Hartley should be in the kitchen", round 507)
    word for name in WOMEN_IN_PUBLIC_LIFE.split("|") for word in name.split()
}  # fmt: skip
# (one in each form)
_PLACE_CUES: Final = frozenset({"place", "hoke", "hokar", "ho", "jagah", "bacche", "roti", "khana",
                         "chai", "man", "men", "dick", "d", "kitchen", "home", "house",
                         "charge", "helm", "because", "wonder", "belong", "husband", "bartan",
                         "jhadu", "pocha", "rehti", "band", "qaid", "kaid",
                         "rahti", "rehtin", "baithti", "rehtein", "nikalne", "cant", "cannot",
                         "incapable", "capable", "ganda", "gandaa", "barbaad", "barbad",
                         "stick", "stuck", "tea", "coffee", "sandwiches", "haq", "hak", "adhikar",
                         "army", "fauj", "sena", "sansad", "sambhalna", "sambhalni",
                         "sambhale", "sambhaale", "kharab", "tabah", "steering", "gaadi",
                         "chalane", "bharosa", "kaam", "kursi", "zimmedari", "satta",
                         "imaan", "iman", "charitra", "zameer", "izzat"})  # fmt: skip
_PUT_IN_PLACE_BODY: Final = (
    r"(?:a |the )?wom[ae]n'?s place is (?:in the|at) (?:kitchen|home|bedroom)"
    # "drag her back to the in-laws' village and teach her what a widow's place is" (the
    # 768th set; not "every widow was told what 'her place' was. This one said no.")
    r"|(?:teach|show|remind) (?:her|them|these women|such women|women like her) (?:what|where)"
    r" (?:a |her |their )?(?:(?:wom[ae]n|widow|wife|wives|girl|bahu)'?s? )?place (?:is|was)"
    # "aurat ho ke politics karegi?" (a woman, and she will do politics?)
    r"|(?:ladki|larki|aurat) (?:hoke|ho ke|hokar|ho kar) (?:politics|rajneeti|rajniti|debate"
    r"|bahas|patrakarita|journalism|cricket) (?:karegi|karogi|karti|karne|khelegi)"
    # "ladki hoke boxing? shaadi kaun karega" (the 525th set; not "ladki hoke bhi itni
    # himmat, salute!": praise, no question)
    r"|(?:ladki|larki|aurat) (?:hoke|ho ke|hokar|ho kar) (?:boxing|kushti|wrestling|football"
    r"|cricket|politics|rajneeti|army|fauj|pilot|driving)\s*\?"
    r"|(?:ladki|larki|aurat) (?:hoke|ho ke|hokar|ho kar) (?:\w+ )?(?:itna|itni|itne|zyada"
    r"|jyada|kitna|kitni) (?:bolti|bol rahi|bakti|bak rahi|bakwas|chillati|zabaan|zuban"
    r"|zubaan)"
    # (not "Aurat ki jagah ghar mein nahi, jahan woh chahe wahan hai": the 479th set)
    r"|(?:aurat|auraton|aurton|auraton ki|ladkiyon) ki jagah (?:ghar|rasoi|kitchen)"
    r"(?! (?:mein |me |main )?(?:nahi|nahin|nai)(?![a-z]))"
    # "Ladkiyan cricket khelengi to ghar ka kaam kaun karega?" (the 787th set)
    r"|(?:ladkiyan|ladkiya|aurtein|auratein|ladki|aurat|bahu|betiyan|biwi)\b[^.!?\n]{0,30}?"
    r"(?:khelengi|khelegi|karengi|karegi|padhengi|padhegi|jayengi|jaayengi) (?:to|toh)"
    r" (?:ghar ka kaam|khana|roti|bachche|ghar) kaun (?:karega|banayega|sambhalega|paalega"
    r"|banaega|dekhega)"
    # "aisi ladkiyon ko ghar se nikalne hi nahi dena chahiye" (such girls should not be let
    # out of the house; the 265th set)
    r"|(?:ladkiyon|ladkiyo|auraton|aurton|betiyon|bahuon) ko ghar se (?:bahar )?nikalne"
    r" (?:hi )?(?:nahi|nahin|mat) (?:dena|do|dete|dijiye)"
    # "isko ghar pe bithao aur bacche paalne do" (said of a cricketer's wife)
    r"|ghar (?:pe|par|mein|me) (?:bithao|baithao|bitha do|baitha do|rakho) aur bacche"
    r" (?:paalne|palne|sambhalne) do"
    # "Aisi aurton ko toh ghar mein band rakhna chahiye" (the 835th set)
    r"|(?:aurton|auraton|ladkiyon|ladkiyo|betiyon|bahuon) ko (?:toh |to )?ghar (?:mein|me|main)"
    r" (?:hi )?(?:band|qaid|kaid) (?:rakhna|rakho|karna|kar do|karo|kar dena)"
    # "ghar jaake roti bana, politics tere bas ki nahi" (not "ghar jaake khana banao, thak
    # gaye honge": the order is to leave public life)
    r"|(?:ghar|kitchen|rasoi) (?:\w+ ){0,2}?(?:roti|khana|chai) (?:bana|banao|pakao|bana le)"
    r"[^.!?\n]{0,60}?(?:politics|debate|journalism|patrakarita|bas ki nahi|cricket|news)"
    # "women belong at home"
    # (and a woman named: "Lucy Hartley should be in the kitchen, not ruining the Premier
    # League", round 507)
    rf"|(?:women|woman|girls|she|(?:female|women|woman|lady) \w+|{A_WOMAN_NAMED}) (?:belongs?"
    r"|should stay|should be) (?:at home|in the home"
    r"|in the house|in the kitchen)(?! (?:and|or|with|when|if|during|after|for|as|too|just as"
    r"|as much as))"
    # "Women drivers, eh? Should've stuck to the washing up" (round 512; not "Women drivers
    # have fewer accidents than men")
    r"|(?:women|woman|females?|girls)\b[^\n]{0,30}?(?:should(?:'ve| have| of)? stuck to"
    r"|should stick to|stick to|get back to) (?:the )?(?:washing up|washing-up|cooking|ironing"
    r"|hoovering|housework|cleaning|dishes|sink)\b"
    # "Women can't run newsrooms, they run on feelings" (the 306th set; not "women can't
    # run for office in Afghanistan", a law reported, nor "who says women can't lead?")
    r"|(?<!why )(?<!that )(?:women|females) (?:just |simply )?(?:can'?t|cannot|can not|are"
    r" incapable of|aren'?t capable of) (?:lead|run(?! for| away)|govern|think (?:logically"
    r"|straight|rationally)|(?:handle|take) (?:power|pressure|the pressure|stress|the job"
    r"|responsibility|criticism|the heat))(?![a-z])"
    r"(?![^.!?\n]{0,40}?\b(?:in|under|because|without|unless|if|when|until|anymore)\b)"
    # "aurat ko DM bana doge toh yahi hoga, ghar sambhalna chahiye isko" (the 292nd set;
    # not "papa ke baad bete ko ghar sambhalna pada": a woman sent home)
    r"|(?:aurat|aurton|auraton|ladki|ladkiyon|mahila|mahilaon)[^.!?\n]{0,60}?ghar"
    r" (?:sambhalna|sambhalni|sambhale|sambhaale) (?:chahiye|chaiye)"
    # women denied a vote or kept out of work, in Hindi: "aurton ka dimaag ... inhe vote ka
    # haq bhi nahi hona chahiye", "auratein kamzor hoti hain, isliye inhe army aur police
    # mein nahi lena chahiye" (the 355th set)
    r"|(?:aurat|aurton|auraton|aurtein|auratein|ladkiyon|ladkiyan|mahilaon)[^.!?\n]{0,60}?"
    r"(?:vote|vote dene|voting|padhne|naukri karne) ka (?:haq|hak|adhikar) (?:bhi )?(?:nahi"
    r"|nahin|na) (?:hona chahiye|milna chahiye|dena chahiye)"
    r"|(?:aurat|aurton|auraton|aurtein|auratein|ladkiyon|ladkiyan|mahilaon)[^.!?\n]{0,60}?"
    r"(?:army|police|fauj|sena|sansad|politics|office)(?: \w+){0,2}? (?:mein|me) (?:nahi"
    r"|nahin|mat) (?:lena chahiye|leni chahiye|aana chahiye|aane dena chahiye|rakhna chahiye)"
    # the 400th set, a woman auto driver: women kept from the wheel ("aurat ko steering dena
    # hi galat hai"), sent to housework ("Aurton ka cricket dekhta kaun hai, ghar ka kaam karo
    # jaake"), not to be trusted ("Aisi aurton ka kya bharosa")
    r"|(?:aurat|aurton|auraton|aurtein|auratein|ladkiyon|ladkiyan|mahilaon)(?: ko)?"
    r" (?:steering|gaadi|gadi|car|bus|truck) (?:dena|chalane dena|thamana) (?:hi )?(?:galat"
    r"|bekaar|bekar|pagalpan) (?:hai|h)(?!,? (?:ye|yeh|aisi|aisa) (?:soch|sochna|kehna|bolna))"
    r"|(?:aurat|aurton|auraton|ladkiyon|mahilaon)[^.!?\n]{0,60}?ghar ka kaam (?:karo|karein"
    r"|kare|karti) (?:jaake|ja ke|jaakar|jakar)"
    r"|(?:aurton|auraton|aurat|ladkiyon|ladki) ka kya (?:bharosa|bharosaa|bharose)"
    # the 739th set, a woman made Chief Election Commissioner: "Aurat ko itni badi kursi de
    # di, ab desh ka bhagwan hi maalik", "tum auraton ka koi imaan nahi hota" (not "aurat ho
    # ya aadmi, kursi pe baithne ke baad ...")
    r"|(?:aurat|aurton|auraton|ladki|ladkiyon)(?: ko| ke haath)? (?:\w+ ){0,3}?(?:kursi"
    r"|zimmedari|satta) (?:de di|de diya|de dia|sonp di|saunp di|thama di"
    r"|de rahe ho|de doge)[^.!?\n]{0,40}?(?:bhagwan hi maalik|bhagwan hi malik|bhagwan"
    r" bachaye|ram bharose|rab rakha|barbaad|barbad|doob gaya|gaya kaam se)"
    r"|(?:aurton|auraton|aurat|ladkiyon|aurat zaat) (?:ka|ki|ke) (?:koi )?(?:imaan|iman"
    r"|bharosa|bharosaa|charitra|zameer|izzat) (?:nahi|nhi|nahin) (?:hota|hoti"
    r"|hote|hai|h)(?![a-z])"
    # "Aisi auratein hi samaj ko ganda karti hain" (the 310th set)
    r"|(?:auratein|aurtein|auraten|ladkiyan) (?:hi |hee )?(?:samaj|samaaj|desh|ghar|parivar"
    r"|parivaar|sanskriti)(?: ko)? (?:ganda|gandaa|barbaad|barbad|kharab|tabah) (?:karti|kar"
    r" rahi|kar deti) (?:hain|hai|h)"
    # "she should stick to the kitchen instead of writing columns"
    r"|(?:she|her|women|woman|girls?) (?:should|must|needs? to|ought to|had better|better)"
    r" (?:just )?(?:stick to|stay in|go back to|get back to|be in|return to) the kitchen"
    # "Who let her near a microphone, she should be making the tea not the analysis" (round
    # 649; not "she should be making the decisions", nor a cook's "she should be making the
    # tea by six")
    r"|(?:she|women|girls) (?:should|must|ought to) (?:just )?be (?:making|serving|pouring"
    r"|bringing|fetching) (?:the |us |me )?(?:tea|coffee|sandwiches)(?=[,.!]* (?:not|instead"
    r"|rather|and leave|and let)|[.!]*$)"
    # "Girls should stick to cooking competitions", "women belong at the board only to serve
    # tea to the men" (the 342nd set; not a chef told "she should stick to cooking", nor
    # "women in our office take turns only to make the tea on Fridays")
    r"|(?:women|girls) (?:should|must|need to|ought to|had better|better) (?:just )?stick to"
    r" (?:cooking|baking|housework|knitting|making (?:tea|sandwiches|babies))"
    r"|(?:women|girls|females) (?:belong|are good|are only good|exist|were made|are there)"
    r" (?:\w+ ){0,3}?only (?:to|for) (?:serve|serving|make|making|bring|bringing|pour|pouring)"
    r" (?:the )?(?:tea|coffee|sandwiches)"
    # "that minister should go back to her kitchen" (an order: not "he went back to her
    # kitchen")
    r"|(?:should|must|needs? to|ought to|had better|better) (?:just )?(?:stick to|stay in"
    r"|go back to|get back to|return to) her kitchen"
    # "no wonder the economy is tanking with a woman in charge", "the economy crashed, no
    # wonder, with a woman running the ministry" (not "no wonder turnout rose with a woman in
    # charge of the campaign": something must go wrong)
    r"|(?:no wonder[^.!?\n]{0,60}? (?:tank|crash|collaps|mess|fail|sink|ruin|disaster|chaos"
    r"|falling apart|going down)\w*|(?:tank|crash|collaps|mess|fail|sink|ruin)\w*,? no"
    r" wonder,?)[^.!?\n]{0,30}? with (?:a |the )?(?:woman|women|female|lady|girl) (?:in charge"
    r"|at the helm|running (?:it|things|the show|the country|the ministry))"
    # "she only got the ministry because she's a woman"
    r"|(?:only|just) (?:got|won|became|gets|was picked|was chosen|was hired|was promoted"
    r"|is there|is here)[^.!?\n]{0,30}? because (?:she'?s|she is|she was|of being) (?:a )?"
    r"(?:woman|female|girl)"
    # "these lesbians just need a real man", "feminists need a good man" (not "she needs a
    # good man in her life": said as well-meant)
    r"|(?:lesbians?|feminists?) (?:\w+ )?needs? (?:a |some )?(?:good |real |proper |strong )?"
    r"(?:man|men|dick|d)(?![a-z])"
    # "somebody needs to teach these loud women their place"
    r"|teach (?:these |those |the |her |them )?(?:\w+ )?(?:women|woman|girls|ladies|her|them)"
    r" (?:their|her) place"
    # "ladkiyan khel mein jayengi toh yahi hoga, ghar pe rehti toh achha tha": better had
    # they stayed at home (girls in general; not a mother's worry about one in the rain)
    r"|(?:ladkiyan|ladkiyon|ladkiya|aurtein|auratein|auraten|auraton|women|girls)"
    r"[^.!?\n]{0,60}?(?:ghar|ghar pe|ghar par|ghar mein|ghar me) (?:hi )?(?:rehti|rahti"
    r"|rehtin|baithti|rehtein) (?:toh|to) (?:achha|acha|accha|theek|thik) (?:tha|hota|rehta)"
    # "put her back in HR where women belong" (not "women belong in every boardroom", nor
    # "put her back in the team where she belongs")
    r"|(?:put|send|sent|get) (?:her|them|women|these women) back (?:in|to|into) [^.!?\n]{1,25}?"
    r"where (?:women|woman|females|girls) belongs?"
    # "anchor madam ko ghar bhejo, bartan maanjne do": sent home to scrub pots
    # (a woman sent: not "ghar pe bartan maanjne do bachchon ko bhi", a parent's habit)
    r"|(?:madam|aurat|auraton|ladki|ladkiyon|mahila|usko|isko|inko|anchor|patrakarni) ko ghar"
    r" (?:bhejo|bhej do|bithao)[^.!?\n]{0,20}?(?:bartan|jhadu|pocha|khana|roti)"
    # "aurat hai, roti banaye": a woman, so she should make rotis (not "aurat hai to kya,
    # roti kyun banaye?": the order questioned)
    r"|(?:aurat|ladki|mahila) (?:hai|h),? (?:to |toh |ghar pe |ghar mein )?(?:roti|khana|chai"
    r"|bartan) (?:banaye|banaaye|banayegi|pakaye|maanje|dhoye)(?!\s*\?)"
    # "a useless woman who should be cooking at home"
    r"|(?:woman|women|she|lady|ladies|girls?) (?:who |that )?(?:should|must|ought to) be"
    r" (?:cooking|making (?:rotis|chapatis|tea|dinner|babies)|washing (?:dishes|clothes))"
    r"(?: at home| in the kitchen| for (?:her|their) husbands?)"
    # "women like her need a husband with a belt"
    r"|needs? a (?:husband|man|pati|mard) with a (?:belt|stick|danda|lathi|whip)"
    # "needs a man to sort her out"
    # (and "She just needs the right man to sort her out", round 575, of a lesbian bishop)
    r"|needs? (?:a|the) (?:good |real |strong |right )?man to (?:sort (?:her|them) out"
    r"|keep (?:her|them) in (?:line|check)|shut (?:her|them) up|put (?:her|them) in"
    r" (?:her|their) place|tame (?:her|them)|control (?:her|them))"
)
# (one branch at a time, each where a cue word it spells is present: every branch spells
# one of _PLACE_CUES)
_PUT_IN_PLACE: Final = _branches_one_at_a_time(_PUT_IN_PLACE_BODY, _PLACE_CUES)


# In the same sentence, these make it a view reported or rejected: "the idea that a woman's
# place is in the home is outdated", "who says ...", "he thinks ...".
_HELD_AT_A_DISTANCE: Final = lx.COUNTER_SPEECH | frozenset(
    {"idea", "notion", "outdated", "sexist", "says", "said", "think", "thinks", "believe",
     "believes", "nonsense",
     # "'Ladkiyan cricket khelengi to ghar ka kaam kaun karega' - ye soch hi asli haar hai"
     # (the 788th set: the thinking named)
     "soch", "mindset"}
)  # fmt: skip


def _said_of_life(words: Words, i: int) -> bool:
    if i > 0 and words.words[i - 1] in _POINTING_AT_A_WOMAN and _said_of_life(words, i - 1):
        return True  # "life is a stupid bitch sometimes"
    before = words.words[max(0, i - 3) : i]
    return tuple(before[-2:]) in lx.SAID_OF_LIFE or tuple(before) in lx.SAID_OF_LIFE


# "Smriti ji ko kitchen sambhalna chahiye, mantralay nahi": sent to the kitchen by name (the
# kitchen is no man's retirement, so no woman word is needed)
_TO_THE_KITCHEN_CUES: Final = frozenset(
    {"kitchen", "rasoi", "chulha", "chauka", "leave", "place", "ghar", "roti", "driver",
     "burqe", "burke", "burqa", "burka", "kamre", "pinjre", "deewari", "diwari",
     "drivers", "mardon", "aadmiyon", "mard", "doge", "dogi", "quiet", "husband",
     "boyfriend", "ironing", "sink", "making", "dishes", "laundry", "washing",
     "rotis", "chapati", "chapatis", "sandwich", "sandwiches", "parathas", "paratha"}
)  # fmt: skip
_TO_THE_KITCHEN_PATTERNS: Final = (
    # "A woman's place is raising children, not running the Treasury" (the nineteenth
    # session's probe; not "a woman's place is wherever she wants it to be", nor "the
    # idea that a woman's place is in the home is outdated": it opens its sentence)
    r"(?:^|(?<=[.!?;:\n])|(?<=[.!?;:\n]\s))(?:a|the) wom[ae]n'?s place is"
    r" (?:in the (?:home|kitchen|house|bedroom)|at home"
    r"|raising (?:the )?(?:kids|children|a family)|behind (?:her|the) (?:man|husband)"
    r"|under (?:her|the) (?:man|husband))",
    r"ko (?:kitchen|rasoi|chulha|chauka) (?:sambhalna|sambhalni|sambhale|dekhna|dekhni)"
    r" (?:chahiye|chaiye)",
    # "Give her a kitchen and a microphone and see which one she's actually qualified
    # for" (not "Give her a studio and a microphone and see how good she is live"); "That
    # journalist needs a husband, not a byline" (not "... needs an editor, not a
    # byline"), the 1133rd set
    # "Another female anchor who thinks shouting is journalism, go make rotis" (the
    # 1141st set; not "Another anchor who thinks shouting is journalism, bring back
    # proper debate")
    # (and across a full stop: "Lol a woman with an opinion on cricket. Go make a
    # sandwich.", the 1268th set; not "Go make a sandwich, the second half starts in ten")
    # ... and dishes: "Listen sweetheart, nobody asked your opinion, go wash some dishes"
    # (round 544; not "go read the ONS release yourself")
    r"(?:sweetheart|sweetie|darling|hun|babe|missy|princess|female|woman|lady|girl)\b"
    r"[^!?\n]{0,60}?[,.]? go (?:and )?(?:wash|do) (?:some |the )?(?:dishes|washing up"
    r"|ironing|laundry)",
    r"(?:female|woman|women|lady|girl|ladki|aurat|madam|she)\b[^!?\n]{0,60}?[,.]? go"
    r" (?:and )?make (?:rotis?|chapatis?|sandwich(?:es)?|(?:me |us )?a sandwich|tea|chai"
    r"|dinner|the dinner|the tea|parathas?)(?!,? the (?:second|first|match|game|kick))",
    # "Back to the kitchen, love." (the 1290th set): the order given at a sentence's head
    # to a woman called by a pet name (not "Back to the kitchen. Tonight's special is ...")
    # (and "Get back to making sandwiches, love", round 540, of a pundit)
    r"(?:^|(?<=[.!?;:\n])|(?<=[.!?;:\n]\s))(?:now )?(?:get |go )?back to (?:the kitchen"
    r"|making (?:the |me |us )?(?:a )?(?:sandwich(?:es)?|tea|dinner|rotis?|chai)"
    r"|the (?:ironing|washing up|sink)),?"
    r" (?:love|luv|sweetheart|sweetie|darling|dear|hun|honey|babe|princess|missy|woman"
    r"|girl|lady|madam)\b",
    r"give (?:her|them|that woman|this woman) a kitchen and a (?:microphone|mic|laptop"
    r"|briefcase|desk|camera|pen|ministry)\b[^.!?\n]{0,40}?(?:which one|what) (?:she'?s"
    r"|she is) (?:actually |really )?(?:qualified|fit|good|made) for",
    r"(?:that|this|the) (?:journalist|reporter|anchor|editor|woman|minister|mp|judge"
    r"|columnist|girl|lady)\b[^.!?\n]{0,10}? needs a (?:husband|man|boyfriend|good man"
    r"|family),? not (?:a |an )?(?:byline|column|job|career|seat|microphone|mic|promotion"
    r"|platform|vote)",
    # "Ma'am should focus on her own kitchen before lecturing the finance ministry" (the
    # 1121st set; not "... on her own ministry", nor a chef's "her own kitchen": a woman
    # in office named)
    r"(?:ma'?am|madam|madame|the minister|the mayor|the mla|the mp|the speaker|the lady"
    r"|didi|behenji|mantri ji|the governor)\b[^.!?\n]{0,20}?(?:should|must|needs? to|can"
    r"|better|go) (?:focus on|stick to|mind|look after|tend to|worry about|go back to|get"
    r" back to) her (?:own )?kitchen",
    # "Her ex-husband should have kept her in the kitchen" (the 793rd set; not "kept in
    # the kitchen - that's what her grandmother was told")
    r"(?:should have|should'?ve|shoulda|should) kept (?:her|them|his wife|their wives|women)"
    r" in the kitchen",
    # "aurat driver matlab accident pakka" (the 537th set; not "mahila driver accident
    # mein ghayal", a woman hurt)
    r"(?:aurat|auraten|auratein|ladki|ladkiyan|mahila|woman|women|female|lady|ladies)"
    r" drivers? (?:matlab|mtlb|means|mean|=|equals) (?:\w+ )?(?:accident|crash|khatra"
    r"|danger|disaster|hazard)",
    # "isko ring mein nahi kitchen mein hona chahiye tha" (the 525th set; a person, not
    # "doodh fridge mein nahi kitchen mein hona chahiye")
    r"(?:isko|usko|ise|use|inko|unko|ladki ko|ladkiyon ko|aurat ko|aurton ko|auraton ko)"
    r" (?:\w+ ){0,4}?(?:kitchen|rasoi) (?:mein|me|main) (?:hona|rehna|honi|rehni)"
    r" (?:chahiye|chaiye)",
    # "Aisi ladkiyan ghar pe baithe toh hi achhi lagti hain", "Aurat ko space mein bheja,
    # ab wahan bhi roti kaun banayega?" (the 467th set)
    r"(?:aurat|aurtein|auratein|ladki|ladkiyan)[^.!?\n]{0,40}? ghar (?:pe|par|mein|me)"
    r" (?:baithe|baithein|baithi|baith ke|rahe|rahein|rahti)(?: toh| to)? (?:hi )?(?:achhi"
    r"|theek|sahi|acchi)",
    r"(?:aurat|aurtein|auratein|ladki|ladkiyan|mahila)[^.!?\n]{0,60}? (?:ab )?(?:wahan|vahan"
    r"|udhar) (?:bhi )?roti kaun (?:banayega|banaega|banayegi|banaegi|banaye)",
    r"(?:aurat|aurtein|auratein|ladki|ladkiyan|ye|yeh|wo|woh|ise|use|isko|usko)"
    r"[^.!?\n]{0,60}? (?:rasoi|kitchen|chulha|chauka)(?: ka| ki| ke)?(?: \w+)?"
    r" (?:sambhale|sambhaale|sambhalo|sambhaalo|sambhalna|dekhe|dekho) (?:bas|sirf|hi)",
    # "Stick to netball, love, and leave the real sport to the men" (the 275th set)
    r"leave (?:the )?(?:real |proper |serious )?(?:sport|sports|football|cricket|rugby"
    r"|politics|thinking|science|business|driving|decisions?|governing|running \w+"
    # ("Girl reporters should cover fashion and leave the war zones to the men", 1097th)
    r"|war zones?|wars?|front ?lines?|hard news|reporting|policing|investigations?"
    # ("Lady cops should stick to traffic duty and leave the real policing to men", the
    # 1113th set)
    r") to (?:the )?men(?![a-z])(?!'s)",
    # "Women drivers: proof that God has a sense of humour" (the 1112th; not "Smart
    # motorways: proof that ...")
    r"(?:women|woman|female|lady|ladies) drivers?[:,]? (?:are )?(?:the )?(?:proof|evidence"
    r"|reason) (?:that|why)",
    # "go back to your idli stall and let the men talk politics" (the 724th set; not "we
    # let the men talk football and went dancing": an order, with no one before it)
    # "Ye kaam mardon ka hai", "Aurat ko SP bana doge toh yahi hoga" and "Ek aurat ke
    # chakkar mein ... Ghar baithao isko" (the 731st set)
    # (not asked: "... ka hai ya auraton ka")
    r"(?:ye|yeh|police ka|politics ka|army ka|ye sab) kaam (?:toh )?(?:sirf )?(?:mardon"
    r"|aadmiyon|mard) ka (?:hai|h|he)(?! ya )"
    # ... and a city or a state to run ("shehar chalana mardon ka kaam hai", the 1121st
    # set; not "... ya auraton ka?")
    r"|(?:shehar|sheher|desh|sarkar|sarkaar|rajya|police|city|state|party|team|zila)"
    r" chalana (?:toh )?(?:sirf )?(?:mardon|aadmiyon|mard) ka kaam (?:hai|h|he)(?! ya )",
    r"(?:aurat|aurton|auraton|ladki|ladkiyon|mahila|mahilaon) ko (?:\w+ )?bana (?:doge|dogi)"
    r" (?:toh|to) (?:yahi|ye|yeh|aisa hi) (?:hoga|hota hai|hota h)"
    # ("Ladies minister bana doge toh file bhi mehndi lagake aayegi", the 1105th set, a
    # woman in office harassed in Hinglish an eleventh time; not "Naye minister ...")
    r"|(?:ladies|lady|aurat|mahila|ladki) (?:minister|mantri|cm|pm|officer|judge|sp|dm"
    r"|collector)? ?(?:ko )?bana (?:doge|dogi|diya|denge) (?:toh|to)[^.!?\n]{0,30}?(?:mehndi"
    r"|makeup|lipstick|chudi|choodi|chudiyan|rona|saree|sari|kitty)",
    # "rajneeti rasoi nahi hai, namak mirch se nahi chalti", "Pehle ghar ka khana banana
    # seekh lo, phir budget banana madam" (not "Pehle ghar ke bill ka hisaab lagao ...")
    r"(?:rajneeti|rajniti|politics|desh|sarkar|sansad|budget) (?:koi )?(?:rasoi|kitchen"
    r"|chulha|chauka) nahi (?:hai|h|he)",
    r"(?:khana|roti|rotiyan|chai) banana seekh (?:lo|lijiye|le|lena)[^.!?\n]{0,30}?(?:madam"
    r"|behenji|didi|sahiba|aunty|mantri ji)",
    r"(?:aurat|ladki|mahila)[^\n]{0,80}? ghar (?:baithao|bithao|bitha do|baitha do|pe baithao"
    r"|mein baithao) (?:isko|usko|ise|use)",
    # "Aise ladkiyon ko ghar pe bithao, akhade mein bhej ke yehi hota hai" (the 1059th set,
    # women wrestlers protesting; not asked: "Aisi ladkiyon ko ghar pe bithao? Kabhi nahi")
    r"(?:aise|aisi|aesi|aese|in|inn|ye|yeh|is tarah ki) (?:ladkiyon|ladkiyan|auraton|aurton"
    r"|chhoriyon|chhoriyan|mahilaon|ladkiyo) ko (?:toh )?ghar (?:pe|par|mein|me) (?:bithao"
    r"|baithao|bitha do|baitha do|bithana chahiye|rakho|band karo|kaid karo)(?!\s*\?)",
    # ... and shut in a burqa or a room: "Arfa Khanum jaisi auraton ko burqe mein band karke
    # rakhna chahiye" (the 1413th set; not "... patrakaron ko aur mauka milna chahiye")
    r"(?:ladkiyon|ladkiyan|auraton|aurton|aurat|chhoriyon|mahilaon|ladkiyo|ladki) ko (?:toh )?"
    r"(?:ghar|burqe|burke|burqa|burka|kamre|chaar deewari|char diwari|pinjre) (?:mein|me|ke"
    r" andar) band (?:karke|kar ke|karkar) (?:rakhna|rakho|rakhni|rakhenge)",
    # the 1084th set, a woman in office harassed a tenth time: "Minister sahiba ko ghar
    # bhejo, bachche sambhalein, desh hum sambhal lenge" (not "... ko Delhi bhejo"),
    # "Bring back the days when women MPs knew to smile and keep quiet" (not "... when MPs
    # of every party read the bills")
    r"(?:madam|sahiba|mahila|behenji|didi|aurat|auraton|ladki|ladkiyon|mantri ji)"
    r"[^.!?\n]{0,20}? ko ghar (?:bhejo|bhej do|baithao|bithao|bitha do|baitha do)[,.]?"
    r" (?:\w+ ){0,2}?(?:bachche|bachchon|rasoi|chulha|khana|roti|bartan) (?:sambhal|dekh"
    r"|bana|pal|maanj)\w*",
    r"(?:women|ladies|girls|wives)(?: \w+)? (?:knew|know|learnt|learned|were taught|should"
    r"|must|ought|need|needed) (?:how )?to (?:smile and )?(?:keep quiet|stay quiet|be quiet"
    r"|stay in the kitchen)",
    r"(?<!\bwe\s)(?<!\bi\s)(?<!\bthey\s)(?<!\bshe\s)(?<!\bhe\s)(?<!\bjust\s)let (?:the )?men"
    r" (?:talk|discuss|decide|handle|do)(?: about)? (?:the )?(?:real |serious )?(?:politics"
    r"|sport|sports|football|cricket|science|business|economics|policy|the country)",
)
# (the order above needs both: neither alone is one of the cues)
_LET_THE_MEN: Final = frozenset({"let", "men"})
# One alternative at a time, each where a cue word it spells is present: the union ran whole
# (some 45 µs) for every comment holding "place", "leave" or "quiet". "men" picks the order
# to let the men talk, which runs only where "let" is present too (the caller asks); "khana"
# and "chai" pick "khana banana seekh lo ... madam", run where another cue ("ghar") is.
_TO_THE_KITCHEN: Final = _one_at_a_time(
    _TO_THE_KITCHEN_PATTERNS, _TO_THE_KITCHEN_CUES | {"men", "khana", "chai"}
)


# A woman in office mocked for her periods, her hormones, her childlessness or her sex life,
# or sent back to menial work (the 739th and 793rd sets): in words of their own, cued apart
# from the union above ("month" is common)
_MOCKED_FOR_HER_SEX_CUES: Final = frozenset(
    {"rasoi", "chup", "chupchap", "mardon", "mardo", "aadmiyon", "purushon", "showpiece",
     "piece", "gudiya", "doll", "mannequin", "sajawat", "kitty", "saas", "bahu", "mehendi",
     "mehndi", "parlour", "naukrani", "item", "dimaag", "dimag", "akal", "talent",
     "nagging", "whiny", "whining", "moaning", "lightbulb", "bulb", "tyre", "tire", "fuse",
     "jar", "park", "map", "maths", "menopause", "pms", "hormones", "motion", "schoolgirls",
     "schoolgirl", "toddlers", "toddler", "paint", "village", "jhadu", "jhaadu", "belan",
     "kadhai", "chakla", "pocha", "ponchha", "karchi", "ladies", "pins", "pin", "rotis",
     "chapatis", "kharcha", "kharch", "stove", "ironing", "apron", "sewing", "looks",
     "beauty", "face", "figure", "crying", "cry", "cries", "tears", "kitchens", "kitchen",
     "makeup", "laundry", "mahine", "month", "sweeping", "cleaning", "washing", "mopping",
     "scrubbing", "shrill", "hysterical", "menopausal", "hormonal", "childless", "heels",
     "prettier", "cuter", "hotter", "attractive", "themselves", "never",
     "rakhta", "rakhega", "puchta", "poochta", "bake", "knitting", "parlor", "fetching",
     "ravishing", "gorgeous", "stunning", "shame", "pity", "husband", "boyfriend",
     "compliment", "praise", "flatter", "admire", "dikhane", "sarees", "saris", "outfits",
     "handbags", "jewellery", "jewelry", "squawks", "squawking", "squawked", "cackles",
     "cackling", "screeches", "screeching", "shrieks", "shrieking", "clucks", "clucking",
     "firm", "divorce", "pati", "shauhar", "patidev", "nag", "screech", "whine", "skirt",
     "skirts", "weather", "television", "radio", "camera", "cameras", "padosan", "kaamwali",
     "churail", "chudail", "daayan", "machhli", "naachne", "isliye", "tabhi", "whose",
     "fancy", "lipstick", "brain", "brains", "tantrum", "tantrums", "hysteria", "gossip",
     "sajdhaj", "nakhre", "adaayein", "adayein", "auditioning", "screaming", "pulling",
     "selfie", "selfies", "drama", "rona", "aansu", "shopping", "typical", "smiling",
     "posing", "pouting", "flirting", "fluttering", "stick", "grown", "grownups", "jhumke",
     "kangan", "kapde", "kapdon", "bindi", "chehra", "saree", "sari", "earrings",
     "chudiyan", "shaadi", "mujra", "legs", "cleavage", "boobs", "bedroom", "mean",
     "pregnant", "dushman", "dushmano", "enemy", "jung", "yudh", "shakti", "feminism",
     "naarivaad", "studio", "kamre", "patrakarita", "anchoring", "journalism", "naagin",
     "nagin", "neeche", "niche", "bistar", "blokes", "geezers", "lads", "dudes", "setting",
     "rokne", "tokne", "jharu", "fancies", "fancied", "crush", "sleeping", "slept",
     "sleeps", "womb", "ovaries", "uterus", "waking", "medal", "knighthood", "sainthood",
     "modelling", "modeling", "audition", "photoshoot", "ramp", "drivers", "nails", "fix",
     "explaining", "feminists", "feminist", "maternity", "dress", "bikini", "lingerie",
     "sleep", "hire", "hires", "roti", "rotiyan", "doodh", "chugli", "firecracker",
     "wildcat", "screamer", "narivad", "dupatta", "blouse", "neckline", "cute", "marry",
     "pretty", "hot", "girls", "women", "female", "model", "heroine", "actress", "dancer",
     "barbie", "smile", "fly", "dikhne", "dikhaane", "sajne", "sajane", "sajaane", "slots",
     "slot", "promotions", "promotion", "tickets", "ticket", "gigs", "gig", "marriage",
     "household", "screwed", "shafted", "fucked", "ridden", "smiles", "age", "less", "lap",
     "soldiers", "troops", "boys", "crowd", "players", "audience", "viewers", "pallu",
     "haldi", "kumkum", "sangeet", "akl", "buddhi", "room",
     "fittest", "hottest", "sexiest", "blows", "blow", "blown", "blowing", "mug", "pushover",
     "cuck", "doormat", "thumb", "dog", "dogs", "cat", "monkey", "chimp", "goldfish", "parrot",
     "horse", "candy"}
)  # fmt: skip
_MOCKED_FOR_HER_SEX_PATTERNS: Final = (
    # the 486th round (the 1409th set, in Devanagari, read as typed): "औरतों को कुर्सी दे दो,
    # फिर देखो कैसे देश रसोई बन जाता है" (not "... पंचायतों में पानी और शौचालय पहले आते हैं");
    # "लड़की है तो चुप रहना सीखे, बहस करना मर्दों का काम है" (not "लड़की है तो क्या ...")
    r"(?:desh|sansad|sarkar|daftar|office|parliament|vidhan ?sabha|court|thana)\w* (?:rasoi"
    r"|kitchen|kitty party)\w* (?:ban|bana) (?:jata|jaata|jayega|jaayega|jaega|jati|jaati"
    r"|jayegi|jaayegi|degi|denge)\b",
    r"(?:ladki|aurat|auraton|aurton|ladkiyon|beti|ladkiyan)\w* (?:hai|ho|h|hain) (?:to|toh)"
    r" (?:chup|chupchap)\b",
    r"(?:bahas|behas|rajneeti|politics|kursi|faisla|debate|argument)\w* (?:karna |karni"
    r" |chalana )?(?:mardon|mardo|aadmiyon|purushon) ka (?:kaam|kam)\b",
    # the 480th round (the 1403rd set, women anchors in Hinglish, with twins): "Ye anchor
    # nahi, channel ki showpiece hai" (not "... channel ki editor hai"); "sawal poochti hai
    # jaise kitty party me gossip" (not "... jaise court me cross examination"); "studio
    # ki jagah kisi serial me bahu ka role" (not "... field me bhejna chahiye tha"); "TRP
    # chehre se aati hai, dimaag se nahi" (not "TRP bahas se aati hai, khabar se nahi")
    r"(?:anchor|reporter|patrakar|journalist|mantri|mp|mla|neta|officer|minister)\w*"
    r" (?:nahi|nahin),? (?:\w+ ){0,2}?(?:ki )?(?:showpiece|show piece|gudiya|doll"
    r"|mannequin|sajawat)\b",
    r"(?:poochti|bolti|karti|likhti|padhti|sawal)\w*\b[^.!?\n]{0,30}?jaise (?:kitty party"
    r"|kitty|saas bahu|mehendi|mehndi|beauty parlour|parlour)\b",
    r"(?:jagah|bajaye)\b[^.!?\n]{0,20}?(?:serial|soap)\w* (?:me|mein) (?:bahu|saas"
    r"|naukrani|item)\b",
    r"(?:trp|ratings|views|votes|promotion|job|naukri|ticket)\w* (?:chehre|chehra|shakal"
    r"|looks|face|figure)\w* (?:se|ki wajah se) (?:aati|aata|milti|milta|mili|mila)\b"
    r"[^.!?\n]{0,15}?(?:dimaag|dimag|akal|talent|kaam)\w* se (?:nahi|nahin)",
    # the 472nd round (the 1395th set, a woman prime minister's speech, with twins): "like a
    # nagging wife reading a shopping list" (not "like a headteacher ..."); "needs her
    # husband to change a lightbulb" (not "she still does the school run"); "Menopause and
    # a nuclear button, what could go wrong" (not "Inflation and a budget deficit ...");
    # "Put her in a kitchen and she'd still ..." (not "... in a lecture hall ...")
    r"like a (?:nagging|shrill|hysterical|whiny|whining|moaning) (?:wife|housewife"
    r"|mother-in-law|fishwife|girlfriend|ex-wife)\b",
    r"(?:she|her)\b[^.!?\n]{0,30}?(?:needs?|need) (?:her )?(?:husband|hubby|dad|father"
    r"|boyfriend|a man) to (?:change a (?:light ?bulb|tyre|tire|fuse)|open (?:a|the) jar"
    r"|park|read (?:a|the) map|do (?:the|her) maths)",
    r"(?:menopause|menopausal|pms|hormones|time of the month)\b[^.!?\n]{0,20}?(?:nuclear"
    r"|button|codes|army|war|cabinet)\b[^.!?\n]{0,20}?what could (?:possibly )?go wrong",
    r"put (?:her|women|a woman) in (?:a|the) kitchen and (?:she'?d|she would|she'?ll|she"
    r" will)\b",
    # the 464th round (the 1387th set, women cricketers mocked, with twins): "fine if you
    # enjoy watching a village under-12 match in slow motion" (not "... a full 50 overs
    # without a single rain delay"); "bat pakdao to bhi lagta hai jhadu pakda hai" (not
    # "... log kehte hain padhai karo"); the only thing she should be bowling "at the alley
    # on ladies' night" (not "yorkers at the death"); "match fees se zyada to inke makeup
    # ka kharcha" (not the fees a third of the men's); "a smaller pitch ..., maybe a
    # kitchen too" (not "a bigger stadium")
    r"(?:women'?s|womens|ladies'?|female|girls'?) (?:cricket|football|sport|tennis|hockey"
    r"|kabaddi|game|team)\b[^.!?\n]{0,30}?(?:is|are) (?:fine|great|ok|okay|lovely"
    r"|entertaining)\b[^.!?\n]{0,10}?if you (?:enjoy|like|love)\b[^.!?\n]{0,40}?(?:slow"
    r" motion|under-?\d+|schoolgirls?|toddlers?|paint dry|a village)",
    r"(?:ladkiyon|ladki|auraton|aurat|mahilaon|mahila|ladkiyan)\w*\b[^.!?\n]{0,40}?(?:lagta"
    r"|lagti|lage|dikhta)\w* (?:hai |h )?(?:ki )?(?:jhadu|jhaadu|belan|kadhai|chakla|pocha"
    r"|ponchha|karchi)\w*",
    r"(?:only thing|all) (?:she|you|they|women|girls) (?:should|ought to|need to|must)\b"
    r"[^.!?\n]{0,25}? (?:is|are)\b[^.!?\n]{0,40}?(?:ladies'? night|in the kitchen|rolling"
    r" pins?|rotis|chapatis)",
    r"(?:fees|salary|kamai|tankhwah|income|paisa)\w*\b[^.!?\n]{0,20}?(?:zyada|jyada)\b"
    r"[^.!?\n]{0,15}?(?:makeup|make-up|lipstick|parlour|parlor)\w* (?:ka|ki|pe|par)"
    r" (?:kharcha|kharch)",
    r"give (?:them|her|the women|the girls)\b[^.!?\n]{0,60}?(?:maybe|and|plus|or|with) an?"
    r" (?:kitchen|rolling pin|belan|stove|ironing board|apron|sewing machine)(?: too| as"
    r" well| also)?(?=[.!?,]|$)",
    # the 456th round (the 1379th set, women officers mocked in English, with twins): an
    # officer who "cleared the exam on looks" (not "... on her third attempt"); women
    # "great until they have to make a decision without crying" (not posted to hard
    # districts less often); a district run "the way women run kitchens" (not "the way she
    # ran the flood relief"); a file that "isn't a makeup kit" (not "... has been pending
    # for two years"); all she should collect is "your husband's laundry" (not "the revenue
    # the sand mafia owes")
    r"(?:cleared|passed|cracked|topped|got (?:in|through|the job|the post|selected)|won|got"
    r" promoted|rose)\b[^.!?\n]{0,30}? on (?:her )?(?:looks|beauty|face|figure|smile)\b",
    r"\b(?:women|woman|female|lady|ladies|girls)\b[^.!?\n]{0,30}?(?:are|is) (?:great|fine"
    r"|good|ok|okay|lovely|nice|brilliant)\b[^.!?\n]{0,10}?until (?:they|she)\b[^.!?\n]{0,50}?"
    r"(?:cry|crying|cries|tears)\b",
    r"the way (?:women|woman|ladies|aurtein|housewives|wives) (?:run|runs|manage|manages"
    r"|handle|handles) (?:their |a |the )?(?:kitchens?|households?)",
    r"(?:file|budget|report|policy|law|case)\b[^.!?\n]{0,10}?(?:isn'?t|is not|ain'?t) a"
    r" (?:makeup|make-up|vanity) (?:kit|bag|box|case)",
    r"(?:only thing|all) (?:you|she) (?:should|ought to|need to|must) (?:be )?(?:collect"
    r"|collecting|handle|handling|manage|managing|run|running)\w* (?:is|are) (?:your|her)"
    r" (?:husband'?s? |family'?s? )?(?:laundry|washing|dishes|kitchen|kids|children)",
    # the 445th round (the 1368th set, wrestlers in Hinglish): "coach ke kamre me zyada
    # medal jeet ti thi" (not "coach ke kamre wali shikayat ki jaanch kab hogi")
    r"(?:coach|sir|selector|president|boss|mantri|neta)\w* ke (?:kamre|room|bistar|ghar)\w*"
    r" (?:me|mein) (?:zyada )?(?:medal|selection|ticket|promotion|naukri)\w*",
    # the 439th round (the 1362nd set, women MPs in Hinglish, with twins): "unhone to bas
    # apni saree ka pallu theek kiya aur vote de diya" (not "... 40 amendments diye"); "ab
    # bahas ki jagah kitty party hogi" (not "ab creche ki zarurat bhi padegi"); "ab
    # mantralay me bhi haldi kumkum hoga" (not "... files time pe niklengi"); "mahila ki
    # akal kahan" (not "sarpanch pati wali problem na ho")
    r"(?:bas|sirf) (?:apni |apna )?(?:saree|sari|pallu|bindi|lipstick|makeup|baal|dupatta)"
    r"\w*\b[^.!?\n]{0,20}?(?:theek|thik|sambhala|sambhal|set)\w* (?:kiya|ki|kar)\w*\b"
    r"[^.!?\n]{0,15}?(?:vote|bill|sign|haan|speech)",
    r"(?:ladkiyan|ladkiyon|auratein|aurten|mahilayen|mahilaen|mahila)\w*\b[^.!?\n]{0,60}?"
    r"(?:kitty party|kitty parties|saas bahu)\b[^.!?\n]{0,10}?(?:hogi|hoga|hongi|chalegi"
    r"|karengi)",
    r"(?:mantralay|ministry|sansad|office|daftar|court|thana)\w* (?:me|mein) (?:bhi )?(?:haldi"
    r" kumkum|kitty party|mehndi|sangeet|rasoi)",
    r"(?:mahila|mahilaon|aurat|auraton|ladki|ladkiyon)\w* (?:ki|me|mein) (?:akal|akl|dimaag"
    r"|dimag|buddhi) (?:kahan|kaha|hoti hi nahi|nahi hoti)(?=[.!?,]|$)",
    # the 431st round (the 1354th set, women journalists in English, with twins): "She'd
    # get more exclusives if she wore less to the interviews" (not "... if she stopped
    # relying on the same two sources"); "Bet the editor reviews her copy on his lap" (not
    # "... reviews her copy twice"); "Send her to cover the war, at least the soldiers would
    # have something to look at" (not "... she's the best at live numbers")
    r"(?:she'?d|she would|she could|she might|she'?ll) get (?:more |better )?(?:\w+ )?"
    r"(?:exclusives|stories|scoops|interviews|promotions|ratings|viewers|votes|jobs|roles)\b"
    r"[^.!?\n]{0,20}?if she (?:wore|wears) less(?=[.!,]|$| to | on | at | for | in front)",
    r"her (?:\w+ )?(?:copy|work|draft|story|stories|articles?|pieces?|reports?|scripts?) on"
    r" (?:his|the (?:editor|boss|producer|minister|anchor)'?s?) lap",
    r"(?:soldiers|troops|lads|boys|crowd|players|audience|viewers) (?:would|will|'?d|could)"
    r" (?:at least )?have something (?:nice |pretty )?to look at",
    # the 423rd round (the 1346th set, a woman candidate for PM, with twins): "She'll run
    # the country the way she runs her marriage" (not "... the way she ran the
    # department"); "you'll get exactly what her ex-husband got, screwed" (not "... what
    # her manifesto promises"); "She should smile more and talk less" (not "She should
    # talk less about her rivals"), "not a good look on a woman her age"
    r"the way (?:she|her) (?:runs?|ran|ruined|ruins|handles?|handled) (?:her|his) (?:marriage"
    r"|husband|kitchen|household|home|love life|divorce)",
    r"what (?:her|his) (?:ex-?husband|ex|husband|boyfriend|ex-?boyfriend)\w* got\b"
    r"[^.!?\n]{0,10}?(?:screwed|shafted|fucked|ridden)",
    r"(?:smile|smiles) more and (?:talk|speak|say|think) less",
    r"(?:not a good look|unbecoming|unattractive|desperate) (?:on|for|in) a woman (?:of )?her"
    r" age",
    # the 413th round (the 1336th set, a woman anchor, replies in Hinglish): "Sawal puchne
    # ke liye nahi, dikhne ke liye rakhi hai channel ne" (not "Sawal to accha tha, par
    # follow-up nahi kiya"); "We all know how women get prime time slots" (not "... get
    # passed over for prime time slots")
    r"(?:sawal|sawaal|khabar|news|kaam|reporting|padhne|bolne|puchne|poochne|anchoring"
    r"|debate)\w* (?:ke liye|keliye) (?:nahi|nhi),? (?:bas |sirf )?(?:dikhne|dikhane|dikhaane"
    r"|sajne|sajane|sajaane)\w* (?:ke liye|keliye)",
    r"(?:we all know|everyone knows|we know|sab jaante hain|sabko pata hai) how (?:women|she"
    r"|girls|ladies|these women|such women|female \w+) (?:get|got|gets|land|landed|lands|bag"
    r"|bagged) (?:(?:the|their|her|those|these|such|prime[- ]?time|top|big|plum|cushy|good"
    r"|best|lead) )*(?:slots?|promotions?|tickets?|gigs?)\b",
    # the 371st round (the 1294th set, women journalists in Hinglish, with twins): a
    # promotion put down to a "setting" with a producer ("kisi producer ke saath setting
    # hogi tabhi itni jaldi promotion mila"; not "... promotion mila kyunki ground report
    # sabse acchi yahi karti hai"); a woman out at night with "nobody at home to stop her"
    # ("roz raat ko live aati hai, lagta hai ghar pe koi rokne wala nahi hai"); her dupatta
    # and the camera ("thoda zyada dupatta sambhalo, camera sab dikha raha hai"); the broom
    # for the microphone ("Aisi aurato ko mic nahi, jhadu pakdana chahiye")
    r"(?:producer|editor|boss|owner|malik|minister|neta|mantri|director|sahab|saheb)\w*"
    r" (?:ke|ki|se) (?:saath |sath )?setting (?:hogi|thi|hoga|ki hogi|rahi hogi)"
    r"\b[^.!?\n]{0,40}?(?:promotion|naukri|job|posting)",
    r"(?:aati|jaati|ghoomti|nikalti|rehti|karti) (?:hai|h)\b[^.!?\n]{0,40}?ghar (?:pe|par"
    r"|me|mein|mai) (?:koi )?(?:rokne|tokne|rokne tokne) (?:wala|waala|wale|waale)"
    r" (?:nahi|nahin|nhi|na)",
    r"dupatta (?:sambhalo|sambhaliye|sambhal lo|theek karo|thik karo|sahi karo|upar karo)"
    r"\b[^\n]{0,40}?(?:camera|sab dikh|dikh raha|dikha raha|nazar aa)",
    r"(?:aurat|auraton|aurato|auratein|ladki|ladkiyon|ladkiyo|mahila|mahilaon|anchor"
    r"|patrakarni)\w* (?:ko|ke haath) (?:mic|microphone|kalam|pen|camera)\w* (?:nahi|nahin"
    r"|nhi),? (?:balki )?(?:jhadu|jhaadu|jharu|belan|bartan|pocha)\w* (?:pakdana|pakdao"
    r"|pakda do|thamao|thama do|dena|do)",
    # ... and lines of the 397th and 400th rounds only the news head had held: "bet she's
    # a firecracker at home too" (not "it's the only time the minister answers"); "Inko
    # toh bas saree aur bindi ka shauk hai, desh ke mudde inke bas ka nahi" (not "... photo
    # khinchwane ka shauk hai")
    r"bet (?:she'?s|she is) (?:a |an )?(?:real )?(?:firecracker|wildcat|tiger|handful|animal"
    r"|minx|freak|screamer|goer) (?:at home|in bed|in the bedroom|behind closed doors)",
    r"(?:saree|sari|bindi|lipstick|makeup|gehne|jhumke)\w*\b[^.!?\n]{0,30}?ka shauk (?:hai|h)"
    r"\b[^\n]{0,40}?(?:bas|vash) (?:ka|ki|ke) (?:nahi|nhi|nahin)",
    # the 400th round (the 1323rd set, women MPs in Hinglish, with twins): "agli baar item
    # song bhi kar dena" (not "agli baar budget pe bhi bolna"); "lagta hai ghar pe roti jal
    # rahi hogi, jaldi wapas jao" (not "... taiyari poori nahi thi"); "Ladkiyan sansad me?
    # Ab bahas kam aur gossip zyada hogi" (not "Naye MP ... walkout zyada hoga")
    r"item (?:song|number|dance)\w* (?:bhi )?(?:kar dena|karegi|kar lena|kar lo|karo"
    r"|karengi|kar de)",
    r"ghar (?:pe|par|me|mein) (?:roti|rotiyan|daal|dal|khana|sabzi|doodh) (?:jal|ubal|thanda"
    r" ho|kachcha reh) (?:rahi|raha|rahe|gayi|gaya) (?:hogi|hoga|hai|h)",
    # (in Hindi words only: an English "women" or "girls" would send every comment naming
    # them through it)
    r"(?:ladkiyan|ladkiyon|auratein|aurten|mahilayen|mahilaen)\b"
    r"[^.!\n]{0,40}?(?:gossip|chugli|nakhre|rona dhona) (?:zyada|hi hogi|bas|hogi|hoga"
    r"|karengi)",
    # the 397th round (the 1320th set, women journalists in English, with twins): "if she
    # did the interview in that red dress again" (not "... with actual figures again");
    # "Who did the political editor sleep with this week to get the leak?" (not "Who did
    # the political editor talk to ..."); "The paper hires them for their legs" (not "...
    # for their contacts")
    r"(?:did|do|does|presented|present|read|reads|hosted|host) the (?:interview|show|news"
    r"|debate|programme|program|bulletin)\w* in (?:that|a|her) (?:\w+ )?(?:dress|skirt"
    r"|bikini|lingerie|top|heels)",
    r"who (?:did|does) (?:she|her|the (?:\w+ ){0,2}?(?:editor|reporter|journalist|anchor"
    r"|correspondent|presenter|minister|mp)) (?:sleep|sleeping) with\b",
    r"hires? (?:them|her) for (?:their|her) (?:legs|looks|bodies|body"
    r"|figures?|cleavage|boobs|faces?)",
    # the 387th round (the 1310th set, sarcasm about women, with twins): "Women drivers,
    # the reason speed bumps were invented" (not "Tractor drivers, the reason ..."); "so
    # she can fix her hair" (not "so VAR can check the kit colours"); "Oh a woman
    # explaining economics, can't wait"; "Feminists want equal pay until the bill comes
    # at dinner"; "A woman captain, brilliant. Let's see how the team does once she's on
    # maternity leave" (not "... once the transfer window closes")
    r"women drivers,? (?:the|=) reason|women drivers (?:are|r|is) the (?:reason|cause)"
    r" (?:for |why )?(?:speed bumps|accidents|traffic|jams|crashes|whiplash|roundabouts"
    r"|potholes|dents)",
    r"so (?:she|they) can (?:fix|do|touch up|check|redo|sort) (?:her|their) (?:hair|makeup"
    r"|nails|lipstick)",
    r"a (?:woman|girl|female|lady) explaining (?:\w+ ){0,2}?(?:economics|science|football"
    r"|cricket|maths|math|politics|physics|the offside rule|finance|war|history),? (?:can'?t"
    r" wait|how exciting|this should be good|here we go)",
    r"feminists? (?:want|wants|demand|demands|are all for) (?:equal|equality)\b[^.!?\n]{0,30}?"
    r"until (?:the bill|it comes to|it'?s time|the check|dinner)",
    r"(?:woman|female|lady|girl) (?:captain|ceo|boss|manager|pilot|president|leader|prime"
    r" minister|pm|chief|head|coach|editor)\b[^\n]{0,60}?(?:once|when|until|till) (?:she'?s"
    r"|she is|she goes) (?:on )?(?:maternity leave|pregnant|on her period)",
    # the 376th round (the 1299th set, a woman chancellor, with twins): "the economy needs
    # a grown man" (not "... needs stability"); "She only got the Treasury because the PM
    # fancies her" (not "... because the PM needed the left of the party"); "her budget is
    # as empty as her womb"; "Imagine waking up next to that face ... Her husband deserves
    # a medal" (not "... Her advisers deserve the sack")
    r"(?:economy|country|job|treasury|party|team|nation|department|ministry|role|office)"
    # (cued by "grown" and "proper", not by "real" or "strong", in every fiftieth comment)
    r" needs a (?:grown|proper) man\b",
    r"(?:got|gets|landed|won|given) [^.!?\n]{0,30}?because (?:the |her )?[^.!?\n]{0,20}?"
    r"(?:fancies|fancied|has a crush on|had a crush on|is sleeping with|slept with|sleeps"
    r" with) her",
    r"as (?:empty|barren|dry|useless|hollow) as her (?:womb|ovaries|uterus)",
    r"waking up next to (?:that|this|her) face|her (?:husband|partner|poor husband)"
    r" (?:deserves|should get|needs) (?:a medal|an award|a knighthood|sainthood|a statue)",
    # the 1147th set, women journalists a sixteenth time (2 of 8 at first sight, the news
    # head's; none by this session's first rules): "Anchor madam ka dupatta zyada khabar deta
    # hai, news se"; "Cute when she tries to sound serious about the economy"; "she'll
    # marry a banker and we'll never hear of her again"; "Pretty girls shouldn't cover war
    # zones, they distract the soldiers"; "Ye patrakar kam, model zyada lagti hai"; "Hey
    # reporter girl, smile more, you'd be prettier" (each twin in the same words kind)
    r"(?:dupatta|jhumke|lipstick|makeup|kapde|saree|sari|bindi|blouse|neckline|chehra)\b"
    r"[^.!?\n]{0,20}? zyada (?:khabar|news|baat|jaankari) (?:deta|deti|dete) (?:hai|h)",
    r"cute (?:when|how) (?:she|the little lady|the girl|women|ladies|girls) (?:tries|try"
    r"|pretends?) to (?:sound|be|look|act) (?:serious|smart|clever|intelligent|like a"
    r" journalist|like an expert|competent|knowledgeable|tough)",
    r"(?:she'?ll|she will|she'?s going to|she is going to) (?:marry|find) (?:a|some) (?:\w+ )?"
    r"(?:banker|rich (?:man|guy)|husband|footballer|businessman|nri|sugar daddy)\b"
    r"[^.!?\n]{0,30}?(?:never hear (?:of|from) her again|quit|give up (?:the|her) (?:job"
    r"|career))",
    r"(?:pretty |young |hot )?(?:girls|women|ladies|female (?:reporters|journalists))\b"
    r"[^.!?\n]{0,20}? (?:shouldn'?t|should not|can'?t|cannot|mustn'?t) (?:cover|report (?:on"
    r"|from)|go to|be (?:in|on)) (?:war zones?|the front ?line|wars?|combat|conflicts?|sports?"
    r"|cricket|football|politics|parliament)\b[^.!?\n]{0,30}?(?:distract|distraction|too"
    r" emotional|cry|can'?t handle|not tough)",
    # (and "Ye MP kam aur kisi hero ki heroine zyada lagti hai", the 1323rd set)
    r"(?:patrakar|reporter|anchor|journalist|minister|neta|officer|doctor|mp|mla|mantri|sansad)"
    r" kam,? (?:aur )?(?:\w+ ){0,3}?(?:model|heroine|item girl|item|actress|dancer|showpiece"
    r"|gudiya|barbie) zyada (?:lagti|dikhti) (?:hai|h)",
    r"(?:reporter|anchor|journalist|news) girl,? smile(?: more)?"
    r"|smile more,? (?:you'?d|you would|you'?ll|you will) (?:be|look) (?:prettier|cuter|more"
    r" beautiful|nicer|more attractive)",
    # "Sure, women can drive buses. And I can fly." (the 1148th set; not "Sure, robots can
    # drive buses. And I can fly.")
    r"(?:women|girls|ladies|females|a woman) can (?:drive|lead|run|fly|be|do|play|referee)\b"
    r"[^.!?\n]{0,30}?[.!,]+ (?:and|next) (?:i|pigs|cows) (?:can|will) fly",
    # the 1141st set, women journalists a fifteenth time (3 of 8 at first sight): "She's
    # clearly better at smiling for the camera than at asking questions, typical girl
    # reporter" (not "... better at asking questions than the minister was at answering
    # them"); "Tell the pretty one to stick to the weather, the grown-ups will do politics"
    # (not "Tell the new one to stick to the figures"); "Madam ji ki awaaz se zyada unke
    # jhumke bolte hain" (not "... awaaz mein dum hai"); "Ye reporter aunty ki koi shaadi
    # karwa do, shayad chup ho jaye" (not "... report sabse achhi thi")
    r"typical (?:girl|female|woman|lady|bimbo|blonde) (?:reporter|journalist|anchor|presenter"
    r"|correspondent|politician|minister|mp|boss|driver|editor)s?(?=[.!]*$|[.!]+ )",
    r"(?:she'?s|she is|her|madam'?s?|madam is)\b[^.!?\n]{0,20}? better at (?:smiling|posing"
    r"|pouting|looking pretty|flirting|selfies|fluttering|doing (?:her|their) (?:hair"
    r"|makeup))\b[^.!?\n]{0,30}? than (?:at )?(?:asking|reporting|journalism|thinking|her job"
    r"|the job|questions|politics|governing|legislating)",
    r"(?:the pretty one|the pretty girl|the pretty lady|the blonde|barbie|the little lady"
    r"|pretty face|the girl) (?:should |to |can |must )?stick to (?:the )?(?:weather|cooking"
    r"|fashion|makeup|lifestyle|entertainment|kitchen|autocue|teleprompter|beauty tips)"
    r"|the grown[- ]?ups (?:will|can|should) (?:do|handle|take care of) (?:the )?(?:politics"
    r"|news|talking|thinking|interviews?|questions)",
    r"(?:awaaz|awaz|sawaal|sawal|baat|report|reporting|khabar|dimaag) se zyada (?:unke|inke"
    r"|uske|iske|madam ke|unki|inki|uski|iski|madam ki) (?:jhumke|kangan|lipstick|makeup"
    r"|kapde|kapdon|bindi|chehra|nakhre|saree|sari|earrings|chudiyan)",
    r"(?:aunty|auntie|madam|ladki|reporter|anchor|patrakar|isko|usko|inki|iski|uski|unki)\b"
    r"[^.!?\n]{0,25}?shaadi (?:karwa|karva|kara|karwao|karao) (?:do|dijiye|de),? (?:shayad"
    r"|tab|phir|toh|to)\b[^.!?\n]{0,15}?(?:chup|shaant|shant|thik|theek|sudhar|line pe)",
    # the 1133rd set, women journalists a fourteenth time: "Madam anchor aaj bhi sabse zyada
    # makeup mein, news kam aur show zyada" (not "... taiyari mein, news zyada"); "She reads
    # the news like she's auditioning for a dating show" (not "... for a role as the calmest
    # voice in Britain"); "Another female reporter crying sexism because nobody takes her
    # seriously" (not "Another reporter complaining about access")
    r"(?:makeup|lipstick|sajdhaj|saj dhaj|nakhre|adaayein|adayein)\b[^.!?\n]{0,25}?news kam",
    # ("Ladki reporter bhejoge toh story kam, selfie zyada aayengi", not "Naya reporter
    # bhejoge toh story kam, sawaal zyada aayenge")
    r"(?:ladki|mahila|aurat|lady) (?:reporter|patrakar|anchor|officer|cop|driver|pilot"
    r"|captain|minister|mantri|judge|doctor) (?:bhejoge|bhejo|banaoge|rakhoge|doge|bithaoge)"
    r" (?:toh|to) \w+ kam,? (?:selfie|selfies|makeup|drama|nakhre|gossip|rona|aansu|shopping)"
    r" zyada",
    r"like (?:she'?s|she is) (?:auditioning|applying|trying out) for (?:a )?(?:dating show"
    r"|love island|the bachelor|a beauty pageant|a strip club|a lingerie ad|onlyfans)",
    r"(?:female|woman|women|lady|girl) (?:reporter|journalist|anchor|mp|minister|mla"
    r"|politician|footballer|referee|officer|editor)s? (?:crying|screaming|playing|pulling)"
    r" (?:sexism|misogyny|the gender card|the woman card|victim)\b[^\n]{0,60}?(?:nobody"
    r" takes (?:her|them) seriously|maybe try|try (?:doing|actually))",
    # the 1121st set, a woman in office harassed a thirteenth time: "Nice saree, madam,
    # shame the brain didn't come with the outfit" (not "shame the speech didn't match the
    # occasion"); "Put a woman in charge of the police and this is what you get: crying
    # press conferences" (not "... a new officer ..., fresh press conferences", nor "...:
    # crime down 20%")
    r"(?:shame|pity|too bad) (?:the|her|that) (?:brain|brains|mind|iq|intelligence|sense)"
    r" (?:didn'?t|did not|doesn'?t|does not) (?:come|match) with (?:the|her|that) (?:outfit"
    r"|saree|sari|dress|look|looks|face|makeup|hair|handbag)",
    r"(?:put|make|let|elect|appoint|hire) a (?:woman|girl|lady|female)(?: \w+)? (?:in charge"
    r"|the boss|head|chief|captain|pm|cm|mayor|minister|commissioner)\b[^.!?\n]{0,40}? and"
    r" (?:this is what (?:you get|happens)|look what happens|see what happens)[:,.]?\s*"
    r"(?:\w+ ){0,3}?(?:crying|tears|tantrums?|drama|emotional|hysteria|hysterical|chaos"
    r"|hormones|gossip|makeup|shopping)",
    # a woman in office mocked for her periods, "Ab mahine ke woh 5 din chunav bhi band
    # rahenge kya? 😂" (the 739th set; not "mahine ke 5 din wale jokes sunke thak gaye")
    r"mahine ke (?:woh |wo |un |ye |those )?(?:\d|paanch|panch|char|chaar|teen) din(?!"
    r" (?:wale|wala|waale|ke jokes|ka joke|ki chhutti ka kanoon|ki chhutti ki policy))"
    r"(?:[^.!?\n]{0,50}?(?:band|chhutti|chutti|off|kaam nahi|kaise)|[^.!?\n]{0,50}?[😂🤣])"
    r"|(?:it'?s|its|must be|is it|probably) (?:that|her) time of the month(?! (?:again"
    r" )?(?:for|when) (?:the |my |our )?(?:bills?|rent|salar))"
    # ... asked, then her mood named: "Time of the month again? The minister was rather
    # emotional in the chamber" (the 1065th set, a woman minister harassed an eighth time)
    r"|time of (?:the|her) month(?: again)?\?[^\n]{0,80}?(?:emotional|moody|hormonal|cranky"
    r"|crying|cried|snapped|snappy|shrill|hysterical|tearful|tears)",
    # "Looks like a maid, talks like a maid, should go back to sweeping floors" (the 739th
    # set; not "sweeping changes")
    r"(?:should|must|better|can|needs? to|ought to|go|get|send (?:her|him|them)) (?:go )?back"
    r" to (?:sweeping|cleaning|washing|mopping|scrubbing) (?:the |our |other people'?s )?"
    r"(?:floors?|dishes|toilets|utensils|houses|homes|bartan)",
    # the seventy-third round (sets 793-794), a woman candidate for Congress: "Shrill,
    # hysterical, and menopausal" (two of them: not "Shrill is what they call every woman
    # who raises her voice"), "Childless cat lady telling the rest of us ..." (not "my
    # cat lady aunt"), "Heels up all the way to the nomination" (not "'Heels up' was the
    # slur trolls used")
    r"(?:shrill|hysterical|menopausal|hormonal),? (?:and )?(?:shrill|hysterical|menopausal"
    r"|hormonal)(?![\"'”’])",
    # "Typical hysterical woman, one bad result and she's screeching about a collapse"
    # (round 649, a political editor's live blog; not "Typical election night, one bad
    # result and everyone's shouting", nor "a hysterical woman called 999", a report)
    r"typical (?:hysterical|shrill|hormonal) (?:woman|women|female|females|girl|girls|lady"
    r"|ladies|bird|cow)(?![\"'”’])",
    # "She'd be prettier with her mouth shut" (round 649; not "The coverage would be better
    # with fewer adverts")
    r"(?:she'?d|she would|she'?s|she is|you'?d|you would|women are|girls are) (?:be |look )?"
    r"(?:so much |much |a lot |far )?(?:prettier|cuter|hotter|more attractive) (?:with"
    r" (?:her|your|ur|their) mouths? (?:shut|closed)|when (?:she|you|they) (?:keeps?|stays?)"
    r" quiet|when (?:she|you|they) (?:shuts?|keeps?) (?:her|your|their) mouths? shut|if"
    r" (?:she|you|they) (?:shut up|kept (?:her|your|their) mouths? shut|kept quiet|stayed"
    r" quiet))",
    # "Typical menopausal mess" (the 1056th set, a woman Home Secretary; not "menopausal
    # women need better care")
    r"(?:menopausal|hormonal) (?:mess|hag|cow|wreck|witch|lunatic|hysteric|meltdown|rant"
    r"|tantrum|harridan|old bag|banshee|shrew|nutcase)(?![\"'”’])",
    r"(?<![\"'“‘])childless cat lad(?:y|ies)(?![\"'”’])",
    r"(?<![\"'“‘])heels up (?:all the way |her way |the whole way )?(?:to|into) (?:the )?"
    r"(?:nomination|top|white house|senate|office|job|power|cabinet|post|seat|congress)",
    # a woman who speaks up told no man would have her: "@Priya tum jaisi feminist
    # ladkiyon ko koi ghar pe nahi rakhta, isliye census pe gyaan de rahi ho" (the sixth
    # whole evening, set 801; not "vidhwa auraton ko koi nahi puchta, sarkar madad kare")
    # the 1065th set: a kitty party for a woman in office ("She should be chairing a
    # kitty party, not the finance committee", and the 229th set's "Ab sansad mein bhi
    # kitty party hogi"), her looks praised and her words not ("looked very fetching in
    # red today, shame about the speech"), her husband credited ("Bet her husband writes
    # her speeches"), a husband prescribed ("Someone get this lady a husband"; "Get that
    # woman a kitchen and a husband", the 1056th), "the enemy just needs to compliment
    # her shoes", "sirf photo khichwane aur saree dikhane aati hain" (not "she should be
    # chairing the finance committee, not culture", "our member looked very tired today")
    r"(?:should|better|ought to) (?:be )?(?:chairing|running|organising|organizing|hosting"
    r"|at|in|stick to) (?:a |the |her )?(?:kitty party|kitty parties|bake sale|sewing"
    r" circle|knitting club|beauty parlou?r)"
    r"|(?:sansad|parliament|cabinet|assembly|vidhan sabha|mantralaya|committee) (?:mein|me)"
    r" (?:bhi )?kitty party (?:hogi|chalegi|hoti|chal rahi)",
    r"(?:looked|looks|looking) (?:very |rather |quite |so |absolutely )?(?:fetching|ravishing"
    r"|gorgeous|stunning|pretty|sexy|hot|lovely)(?: in \w+)?(?: today| tonight| in the"
    r" chamber| on tv)?,? (?:shame|pity|a shame|a pity|too bad) (?:about )?(?:the|her)"
    r" (?:speech|brains?|policies|mind|politics|arguments?|words|answers?|budget)",
    r"(?:her|madam'?s|the minister'?s|the mp'?s|the mayor'?s) husband (?:probably |clearly"
    r" |obviously )?(?:writes|wrote|does|did|makes|made|decides|runs) (?:her|all her|the)"
    r" (?:speeches|decisions|policies|homework|thinking|budgets?|job|work|ministry)",
    r"(?:get|find|give) (?:this|that|the|these|those) (?:lady|woman|women|girl|girls|madam"
    r"|minister|feminists?|mp|mayor) (?:a |some )?(?:husband|boyfriend|kitchen)s?(?![a-z])",
    r"(?:just|only) (?:needs? to|has to|have to|got to) (?:compliment|praise|flatter|admire)"
    r" her (?:shoes|hair|dress|saree|sari|outfit|looks|handbag|make-?up|earrings)",
    r"(?:saree|sari|sarees|saris|kapde|make-?up|jewellery|jewelry|handbag|handbags)"
    r" dikhane (?:aati|aate|aayi|jaati)"
    r"|(?:comes?|came|goes|went|turns up|shows up) (?:to (?:parliament|the house|the"
    r" assembly|the chamber|work|office) )?(?:only |just )?to show off (?:her|their)"
    r" (?:sarees|saris|saree|sari|outfits?|clothes|handbags?|jewellery|jewelry|heels"
    r"|make-?up)",
    # the 1079th set: "Women like her need a firm hand, at home and in Parliament" (not
    # "... a firm majority"), "the kind of woman you marry for her looks and divorce for
    # her opinions"
    r"(?:women|girls|wives|she|madam|a woman|ladies)(?: like (?:her|that|this one))?"
    r" (?:needs?|wants?|could use|deserves?) (?:a )?(?:firm|strong|heavy) hand",
    r"(?:marry|date|hire|keep) (?:her )?for (?:her|the) (?:looks|body|figure|legs)"
    r"[^.!?\n]{0,30}?(?:divorce|dump|fire|leave|ditch) (?:her )?for (?:her|the) (?:opinions"
    r"|mouth|brain|views|politics|voice)",
    # "Give her a microphone and she squawks" (a woman's voice made a bird's)
    r"(?:she|madam|the minister|the lady|this woman|that woman)(?: \w+){0,2}?"
    r" (?:squawks|squawking|squawked|cackles|cackling|screeches|screeching|shrieks"
    r"|shrieking|clucks|clucking)(?![a-z])",
    # the 1084th set: "too many numbers for her pretty head" (not "a pretty head of
    # curls"), "aap bolti hain toh lagta hai saas bahu serial chal raha hai", "everybody
    # knows whose bed that was", "maybe next time she can also wear a brain" (not "...
    # visit the flood camps"), "kaam toh pati karta hai" (not "kaam toh district mein
    # dikhta hai"), "like listening to my ex-wife nag", "the MP's skirt length" (not "the
    # MP's expenses")
    # the 1096th and 1097th sets: "Bet her husband had to give permission before she
    # could blow the whistle" (not "her family had to give up every weekend"), "Put her
    # back on the weather where she can point at things and smile" (not "... on the
    # election desk"), "her face is not made for television" (not "her mic was muted"),
    # "Women and politics, honestly." (not "Reporters and hope, honestly.")
    r"(?:her|the) husband (?:\w+ )?(?:had to |has to |must have |would have to )?(?:give"
    r"|gave|given|grant|granted|sign|signed) (?:her )?(?:permission|consent|approval)",
    r"(?:put|send|stick|move) her back (?:on|to) (?:the )?(?:weather|fashion|lifestyle"
    r"|cooking|celebrity|gossip)(?: desk| pages?| slot| segment| beat| show)?(?![a-z])",
    r"(?:her|your|ur|a) face (?:is )?(?:not|isn'?t|wasn'?t|was not) made for"
    r" (?:television|the camera|cameras)|(?:has|got|with) a face for radio",
    r"(?:bolti|bolte|boliti|baat karti|chillati|chilati) (?:hain|hai|ho|h)[^.!?\n]{0,25}?"
    r"saas ?bahu",
    # the 1105th set: "Mantri ji ki awaaz sunke lagta hai padosan jhagda kar rahi hai"
    # (not "... unka gala kharab hai"), "parliament mein kam, beauty parlour mein zyada
    # dikhti hain" (not "... apne kshetra mein zyada"), "ye toh shaadi mein naachne layak
    # hai" (not "ye toh pichhli baar bhi haari thi"), "Aurat hai na, isliye itna rona
    # dhona" (not "Vipaksh hai na, isliye itna shor sharaba")
    # the 1113th set, a woman police officer harassed: "IPS madam ko uniform mein dekh ke
    # lagta hai fancy dress competition chal raha hai" (not "... ab thane mein kaam
    # hoga"), "gussa aata hai toh lipstick thodi aur laal ho jaati hai" (not "... file
    # thodi aur tezi se chalti hai"), "Ladki hai, raid pe jaayegi toh pehle makeup karke
    # jaayegi" (not "... poori team ke saath"), "kisi serial mein bahu hona chahiye tha"
    # (not "kisi university mein professor")
    r"(?:madam|ladki|aurat|mahila|lady)\b[^.!?\n]{0,40}?(?:uniform|vardi)[^.!?\n]{0,30}?"
    r"fancy dress",
    r"(?:madam|ladki|aurat|mahila|lady)\b[^.!?\n]{0,40}?lipstick (?:thodi |aur |bhi )*"
    r"(?:laal|gehri|kharab|phail)",
    r"(?:ladki|aurat|mahila|female) (?:hai|h),? [^.!?\n]{0,40}?(?:pehle )?(?:makeup|make up"
    r"|lipstick) (?:karke|kar ke|lagake|laga ke)",
    r"(?:serial|serials|tv serial|saas bahu)(?: mein| me)? (?:\w+ )?bahu (?:hona|honi|banna"
    r"|banni) (?:chahiye|chaiye)",
    r"(?:awaaz|aawaz|awaz|aawaaz) (?:sunke|sun ke|sunkar|sun kar) (?:hi )?lagta (?:hai|h)"
    r" (?:koi )?(?:padosan|saas|kaamwali|machhli ?wali|churail|daayan|chudail|naagin"
    r"|nagin)",
    r"(?:beauty )?parlou?r (?:mein|me) (?:zyada|jyada|hi) (?:dikhti|rehti|jaati|milti)",
    r"(?:ye|yeh|isko|woh|wo|ise|use) (?:toh |to )?(?:shaadi|shaadiyon|mujre|mujra) (?:mein"
    r"|me) naachne (?:layak|wali|ke kaabil|ke liye) (?:hai|h|thi)",
    r"(?:aurat|ladki|mahila|female) (?:hai|h) (?:na|naa|toh|to),? (?:isliye|tabhi|is liye)"
    r" (?:itna |itni |itne )?(?:rona|nakhre|drama|chilla|chikh|emotional|senti)",
    r"(?:knows?|guess|wonder|ask) whose bed (?:that was|it was|she)",
    r"(?:kaam|faisle|sab kuch|sab|sarkar|ministry|mantralaya|file) (?:toh |to )?(?:unke |inke"
    r" |uske |iske |madam ke )?(?:pati|husband|shauhar|patidev|pati dev) (?:karta|karte"
    r"|chalata|chalate|leta|lete|dekhta|dekhte|sambhalta|sambhalte) (?:hai|hain|h)",
    r"(?:like|as if) (?:listening to|hearing|living with) (?:my|a|an|your|his) (?:ex[- ]?wife"
    r"|wife|mother[- ]in[- ]law|missus|nagging wife) (?:nag|nagging|scream|screaming|screech"
    r"|screeching|whine|whining)",
    r"(?:mp'?s|minister'?s|her|madam'?s|anchor'?s|speaker'?s|mayor'?s|chancellor'?s"
    r"|councillor'?s) skirts? (?:length|lengths|is too short|are too short|getting shorter"
    r"|is getting shorter)",
    r"(?:tum|tu|teri|tere|aap|is|iss) jais(?:i|on) (?:\w+ )?(?:ladkiyon|ladkiyo|ladki"
    r"|auraton|aurton|aurat|aurto|feministon|feminists?) ko koi (?:ghar (?:pe|par|mein|me)"
    r" |shaadi (?:ke liye )?|biyah (?:ke liye )?)?(?:nahi|nahin|nhi) (?:rakhta|rakhega"
    r"|puchta|poochta|karta|karega)",
    # the 331st round (the 1254th set, women journalists harassed in Hinglish): her work
    # called a courtesan's dance ("news padhne aayi hai ya mujra karne"; not "mujra" of a
    # film song reviewed)
    r"(?:aayi|aai|ayi|aati|aayi thi) (?:hai|h|he|hain|thi) ya mujra (?:karne|dikhane)",
    # ... the 383rd round (the 1306th set, women journalists in Hinglish a tenth time, with
    # twins): "aap news padhti ho ya modelling audition deti ho" (not "... ya lecture deti
    # ho"); "itna makeup karke gaon me reporting nahi hoti, mujra nahi hai" (not "itni
    # garmi me ... paani saath rakhein")
    r"(?:news|khabar|khabren|report|reporting)\w* (?:padhti|padhte|karti|deti) (?:ho|hai|h"
    r"|hain) ya (?:modelling|modeling|fashion show|ramp walk|audition|photoshoot|mujra)",
    r"(?:makeup|kapde|lipstick|sajdhaj|saj dhaj)\b[^\n]{0,60}?(?:mujra|ramp walk|fashion"
    r" show) (?:nahi|nhi|nahin) (?:hai|h|chal raha|ho raha)",
    # the 339th round (the 1262nd set, women journalists harassed in English an eighth
    # time): her post put down to her legs, "not her questions" (not "her sourcing, not her
    # connections"); her bedroom "where the real briefings happen"; "the smile for it but
    # not the brain"; "stick to weather reports sweetheart"; an "exclusive" offered "if
    # you know what I mean"; "get pregnant and disappear from the newsroom"
    r"(?:because of|thanks to|for) her (?:legs|looks|body|figure|cleavage|chest|boobs"
    r"|skirts?|lips|bum|ass)\b,? (?:and )?not (?:for )?her (?:questions|brain|brains|work"
    r"|reporting|talent|mind|writing|skills|journalism|intelligence)",
    r"her (?:bedroom|bed)\b[^.!?\n]{0,60}?where the real (?:\w+ )?(?:happen|happens|gets?"
    r" done|takes? place)",
    r"(?:got|have|has|'ve got|'s got) the (?:smile|looks|face|legs|figure|body) for it,? but"
    r" not the (?:brain|brains|mind|head)",
    r"stick to (?:the )?(?:weather|cooking|makeup|fashion|recipes)(?: reports?| segments?)?,?"
    r" (?:sweetheart|sweetie|darling|honey|hun|babe|princess|missy|love)",
    r"give her\b[^.!?\n]{0,40}?,? if (?:you|u) know what i mean",
    r"(?:for her to|she'?ll|she will|till she|until she|wait till she) (?:get|gets)"
    r" pregnant and (?:disappear|quit|leave|go home|vanish|drop out)",
    # the 347th round (the 1270th set, sarcasm about women in Hinglish, with twins): her
    # excuse said to be her makeup ("Pul girega to bolegi makeup kharab ho gaya tha"; not
    # "bolenge baarish zyada thi"); a cabinet meeting turned to "saas bahu ki baatein";
    # women pilots who would cry at the enemy; "har mahine teen din office band rahega";
    # "sab nari shakti nikal jayegi"
    r"(?:bolegi|bolengi|kahegi|kahengi|bolti|kehti|bolegi ki|kahegi ki) (?:ki )?(?:makeup"
    r"|make up|lipstick|nail ?paint|mood)\b[^.!?\n]{0,20}?(?:kharab|kharaab|bigad|off)",
    r"(?:meeting|cabinet|sansad|parliament|office|court|newsroom|assembly)\b[^.!?\n]{0,30}?"
    r"(?:sirf|bas|ab) saas[- ]?bahu (?:ki|ke) (?:baatein|baate|batein|charcha|gossip)",
    r"(?:dushman|dushmano|enemy|pakistan|china|border|jung|yudh)\b[^.!?\n]{0,20}?(?:dekh"
    r" ke|dekhkar|dekh kar|dekhte hi) (?:ro|rone) (?:dengi|degi|padengi|padegi|lagengi"
    r"|lagegi)",
    r"har mahine (?:teen|3|paanch|5|chaar|4) din (?:office|kaam|court|parliament|sansad"
    r"|dukaan|factory|company|cockpit) (?:band|bandh|chutti|off)",
    r"(?:sab|saari|sari) (?:nari shakti|feminism|feminist ?pan|naarivaad|narivad|girl power)"
    r" nikal (?:jayegi|jaayegi|jaegi|jayega|jaega)",
    # the 355th round (the 1278th set, women journalists in Hinglish a ninth time): "raat ko
    # kisi aur studio me bhi kaam karti hai" (not "raat ko bhi kaam karti hai, itni thaki
    # hui thi"); "sirf ek kaam aata hai, aur wo patrakarita nahi hai" (not "sirf ek award
    # mila")
    r"raat ko (?:kisi aur|dusre|doosre|alag) (?:studio|jagah|ghar|hotel|kamre|room)\w*\b"
    r"[^.!?\n]{0,20}?(?:kaam karti|jaati|jati|milti|hoti)",
    r"sirf ek (?:hi )?kaam aata (?:hai|h),? (?:aur )?(?:wo|woh|vo) (?:patrakarita|reporting"
    r"|anchoring|news|journalism|politics|padhai|kaam) (?:nahi|nahin|nhi)",
    # the 1286th set, politicians' families in Hinglish: the women of a house to rule "neeche
    # se" (not "neeche se upar tak sab bhrasht hain")
    r"(?:neeche|niche|bistar|bed) se (?:raaj|raj|sarkar|hukumat) (?:karengi|karegi"
    r"|chalayengi|chalayegi|karti|karti hain|karti hai)",
    # the 367th round (the 1290th set, women in football): the whistle blown "between
    # applying lipstick and crying"; the players said to "look like blokes"; "the channel
    # needed a skirt on the sofa" (not "ten years coaching in the Championship")
    r"between (?:applying|doing|putting on|fixing|touching up) (?:her )?(?:lipstick|make-?up"
    r"|nails|hair)\b",
    r"(?:women'?s|womens|female|ladies'?) (?:football|cricket|rugby|sport|game)\b"
    r"[^\n]{0,100}?(?:players|they) (?:all )?look like (?:blokes|men|dudes|geezers|lads)",
    r"(?:needed|wanted|needs|wants|need|want) a skirt (?:on|in|at) the (?:sofa|panel|team"
    r"|board|studio|desk|bench|couch)",
    # the 1580th and 1582nd sets: a hijabi mayor's husband said to think for her, "women
    # like her don't think for themselves" (not "voters like her think for themselves"); a
    # protester who "looks like she's never had a man and it shows" (not "... she's been on
    # every march since the 90s")
    r"(?:women|girls|ladies) like (?:her|them|that) (?:don'?t|do not|can'?t|cannot|never"
    r"|aren'?t allowed to) (?:think|speak|decide|vote) for themselves",
    r"(?:looks? like|bet|clearly|obviously|probably|you can tell) (?:she'?s|she has|she)"
    r" never (?:had|been with|been touched by) a (?:real )?(?:man|bloke|boyfriend)(?: in her"
    r" life)?(?=,? and it shows|\s*[.!]*$|,? (?:that'?s|which|explains))",
    # "She must be sleeping with the chief secretary to get that posting" (the 1586th set;
    # not "She must be working with the chief secretary to get that reform through")
    r"(?:she|she'?s|she is|she was|she must be|she must have been|she probably|she'?d)"
    r" (?:been )?(?:sleeping|slept|sleeps) with (?:the |her |his |a )?(?:\w+ ){0,3}?(?:to"
    r" get|for) (?:that|the|this|her) (?:job|posting|post|promotion|seat|role|ticket"
    r"|position|transfer|column)(?![a-z])",
    # the 1594th set, the first woman to referee a Premier League match: "Time of the month,
    # expect three red cards" (not "Time of the season, ..."); a penalty for "whichever
    # player is fittest, if you know what I mean" (not "... whichever side earns it"); "she
    # probably blows more than that to get the job"; her husband "a right mug letting her
    # run around with 22 blokes" (not "must be proud"); "women refereeing ..., next they'll
    # let the dog drive the team bus"; "Proper eye candy though, I'd let her book me anytime"
    r"time of (?:the|her) month\W{1,3}(?:expect|watch out for|here comes?|here come)\b"
    # (each word whole: the union is bounded by letters)
    r"[^.!?\n]{0,30}?(?:cards?|penalt(?:y|ies)|tears|tantrums?|moods?|moody|meltdowns?"
    r"|decisions|mistakes|chaos|drama|hormones|hormonal|crying|screaming|sending[- ]offs?"
    r"|bookings)",
    r"(?:she'?ll|she will|she'?d|she would)\b[^.!?\n]{0,60}?(?:fittest|hottest|sexiest"
    r"|best[- ]looking)\b[^.!?\n]{0,20}?if (?:you|u) know what i mean",
    r"(?:she|she'?s|she has|she probably|she must)\b[^.!?\n]{0,20}?blow(?:s|n|ing)? more than"
    r" (?:that|the whistle|a whistle|her whistle)\b[^.!?\n]{0,20}?(?:to get|for) (?:the|that"
    r"|this|her) (?:job|role|gig|badge|post|promotion)",
    r"(?:her )?(?:husband|hubby|bloke|fella|boyfriend|other half)\b[^.!?\n]{0,30}?(?:mug"
    r"|pushover|cuck|doormat|under the thumb)\b[^.!?\n]{0,20}?(?:letting|lets|to let"
    r"|allowing) her",
    r"(?:women|a woman|girls|a girl|females?) [^.!?\n]{1,40}?\W(?:what )?next\W{0,3}"
    r"(?:they'?ll|they will|we'?ll|we will)? let (?:the |a )?(?:dog|dogs|cat|monkey|chimp"
    r"|goldfish|parrot|horse|toddler)\b",
    # (eye candy first: "I'd let her interview me anytime, as long as it's after my shift",
    # the 1097th set, is a viewer's)
    r"eye candy\b[^.!?\n]{0,30}?i'?d let (?:her|that one) (?:\w+ ){1,2}?me (?:anytime|any"
    r" time|any day|all night)",
)
# (one alternative at a time, each where a cue word it spells is present: the union ran
# whole for every "shame", "husband" or "drama")
_MOCKED_FOR_HER_SEX: Final = _one_at_a_time(_MOCKED_FOR_HER_SEX_PATTERNS, _MOCKED_FOR_HER_SEX_CUES)


# Two forms of the same, every word of them common ("too many numbers for her pretty head",
# "Women and politics, honestly.", the 1084th and 1097th sets): run where a word of each
# half is present, not on every comment with "pretty" or "women".
_PRETTY_WORDS: Final = frozenset({"pretty"})
_HEAD_WORDS: Final = frozenset({"head", "mind", "face"})
_WOMEN_NAMED: Final = frozenset({"women", "woman", "girls", "ladies"})
_SHRUGS: Final = frozenset(
    {"honestly", "typical", "smh", "lol", "classic", "figure", "every", "expect"}
)
_HER_SEX_IN_COMMON_WORDS: Final = _whole_words(
    (
        r"(?:her|your|ur) pretty (?:little )?(?:head|mind)(?! of)",
        # "She got the posting because the home secretary likes a pretty face in uniform" (the
        # 1113th set; not "... likes results in a district")
        r"(?:got|gets|landed|won) (?:the |her |this |that )?(?:job|posting|post|promotion|seat"
        r"|role|ticket)[^.!?\n]{0,40}?(?:likes?|liked|loves?) a pretty face",
        r"(?:women|woman|girls|ladies) and (?:politics|maths|math|driving|science|leadership"
        r"|football|cricket|economics|business|parking|logic|war reporting)[,.]? (?:honestly"
        r"|typical|smh|lol|classic|go figure|every time|what did you expect)",
    )
)


# A woman in power to be shown "what a real man" is ("Someone should take her out for dinner
# and show her what a real man's economics looks like", the 1079th set; "... show her what a
# real man thinks of women in power, up close", the 1056th), cued by two of its words
# together ("man's" is read as "mans"): each alone is in every other comment. (Not "show
# them what real economics looks like".)
_A_REAL_MAN_CUES: Final = frozenset({"show", "real"})
_A_REAL_MAN: Final = _whole_words(
    (
        r"show (?:her|them|these women|that woman|this woman|madam) (?:what|how) a real"
        r" man(?:'?s)?(?![a-z])",
    )
)


# "Pigs like him should be kept out of Hindu housing societies" (the 737th set): someone
# put among vermin, then what should be done with them (not "dogs like him need a home",
# the animals people keep, nor "rats like them should be trapped": "them" may be rats).
_VERMIN_LIKE_HIM_CUES: Final = frozenset(
    {"pigs", "rats", "vermin", "cockroaches", "snakes", "leeches", "parasites", "maggots",
     "swine", "worms", "hyenas", "jackals", "termites", "locusts"}
)  # fmt: skip
_VERMIN_LIKE_HIM: Final = _whole_words(
    (
        "(?:" + "|".join(sorted(_VERMIN_LIKE_HIM_CUES)) + ") like (?:him|her)"
        r" (?:should|shouldnt|shouldn't|must|deserve|deserves|dont belong|don't belong"
        r"|do not belong|need to be|needs to be|ought to be|have no place|has no place)",
    )
)

# The reader's mind scorned in the commonest jibes: "Your IQ is lower than room
# temperature", "Did your mother drop you on your head as a baby?"
_SCORNED_CUES: Final = frozenset(
    {"anpadh", "ghas", "ghaas", "elbows", "feet", "toes", "forehead", "nose", "couldnt",
     "anpad", "jahil", "jaahil", "gawar", "ganwar", "gadhe", "murkh", "moorkh", "reproduce",
     "breed", "procreate", "thok", "thokta", "evolution", "darwin", "nalle", "nalla",
     "nikamme", "nikamma", "nikammi", "kamchor", "ghonchu", "chirkut", "lallu",
     "sandwiches", "rocks", "potatoes", "bricks", "toasters", "houseplants", "plants",
     "doorknobs", "vegetables", "turnips", "cabbages", "chairs", "spoons", "dense",
     "ignorant", "clueless", "supervise", "confiscate", "basement", "hairline", "teeth",
     "marriage", "dahi", "dahee", "achaar", "achar", "bhurta", "halwa", "iq", "drop",
     "dropped", "words", "shaadi", "potato", "toad", "goblin", "gremlin", "pug", "real",
     "proper", "wait", "naak", "nak", "whatsapp", "jaise", "disappointed", "ashamed",
     "embarrassed", "licking", "crayons", "glue", "paste", "invites", "likes", "loves",
     "talks", "dates", "listens", "breathe", "breath", "proud", "ears", "funeral", "baby",
     "paida", "janam", "janma", "dalle", "dalla", "dallo", "kahin", "gobar", "bartan",
     "jhadu", "bhains", "bhainse", "warranty", "guarantee", "receipt", "stupidity",
     "ignorance", "idiocy", "stupid", "dumb", "thick", "sport", "toddler", "monkey",
     "chimp", "goldfish", "crawl", "cousins", "siblings", "relatives", "love", "dating",
     "bank", "born"}
)  # fmt: skip
_SCORNED_PATTERNS: Final = (
    # the 489th round (the 1412th set, replies in Devanagari, read as typed): "तेरे जैसे
    # अनपढ़ों की वजह से" (not "तेरे जैसे लोगों की वजह से"); "तेरी अक्ल घास चरने गई है क्या"
    # (not "तेरी बात में दम है"); "तू तो पैदा ही गलती से हुआ है" (not "तू तो पिछली बार भी ...")
    r"(?:tere|tum|tumhare|aap) jaise (?:anpadh|anpad|jahil|jaahil|gawar|ganwar|murkh|moorkh"
    r"|gadhe|gadhon|chamche|andhbhakt)\w*",
    r"(?:teri|tumhari|aapki|iski|uski) (?:akal|akl|akkal|buddhi|dimag|dimaag)\w* (?:ghas"
    r"|ghaas) (?:charne|chane)\b",
    r"(?:tu|tum|aap|you were|you was)\b[^.!?\n]{0,10}?(?:paida|janam|born)\w* (?:hi )?(?:galti"
    r"|galati|ghalti|bhool|by mistake|by accident)\w*",
    # the 481st round (the 1404th set, replies putting readers down, with the comments
    # they answer): "Did you type that with your elbows" (not "Did you account for the
    # battery's whole life"); "Couldn't be me, but it's definitely you"; "Please never
    # reproduce" (not "Please never repeat that ...")
    r"\bchup (?:kar|kr|baith|reh)\w*,? (?:be |abe )?(?:anpadh|anpad|jahil|jaahil|gawar"
    r"|ganwar|gadhe|murkh|moorkh)\b",
    r"(?:type|typed|write|wrote) (?:that|this) with (?:your|ur) (?:elbows|feet|toes"
    r"|forehead|face|nose)\b",
    r"(?:couldnt|couldn't) be me,? but (?:it'?s|it is) (?:definitely |clearly |obviously )?"
    r"(?:you|u)\b",
    r"(?:please|pls|plz) (?:never|don'?t|do not) (?:ever )?(?:reproduce|breed|procreate)"
    r"(?=[.!]*$)",
    # the 473rd round (the 1396th set, replies in Hinglish putting readers down, with the
    # comments they answer): "tujhse na ho payega, tu bas like thok" (not "ye 7% nominal
    # hai ya real"); "Tujhe dekh ke lagta hai evolution bhi kabhi kabhi ulta chal jaata
    # hai" (not "... syllabus ki debate ab bhi zinda hai"); "kuch kaam dhandha nahi hai kya
    # be nalle" (not "... aaj bhi de de")
    r"(?:tujhse|tumse|tere se|tumhare se) (?:na|nahi|nhi) (?:ho payega|ho paayega|hoga|ho"
    r" payegi)\b[^.!?\n]{0,30}?(?:bas|sirf) (?:like|comment|share|forward)\w* (?:thok"
    r"|thokta)\b",
    r"(?:tujhe|tumhe|tumko|tujhko|looking at you|seeing you)\b[^.!?\n]{0,25}?(?:evolution"
    r"|darwin)\w*\b[^.!?\n]{0,30}?(?:ulta|ulti|reverse|backwards?|peeche|skipped|missed)\w*",
    r"\b(?:be|abe|oye|re) (?:nalle|nalla|nikamme|nikamma|nikammi|kamchor|ghonchu|chirkut"
    r"|lallu)\b",
    # the 465th round (the 1388th set, replies putting readers down, with the comments they
    # answer): "I've met smarter sandwiches than you" (not "I've met farmers who agree
    # with you"); "Were you born this dense or did you take lessons?"; "somebody should
    # supervise your internet use" (not fluoride's date); "a basement-dwelling loser";
    # "Your opinion is like your hairline" (not "... like most of the country's")
    r"(?:i'?ve|i have) (?:met|seen|known|had) (?:smarter|brighter|cleverer|more intelligent"
    r"|wiser) (?:\w+ ){0,2}?(?:sandwiches|rocks|potatoes|bricks|toasters|houseplants|plants"
    r"|doorknobs|goldfish|vegetables|turnips|cabbages|chairs|spoons)\b[^.!?\n]{0,10}?than"
    r" (?:you|u)\b",
    r"(?:were|are) you (?:born|always) (?:this|that|so) (?:dense|stupid|thick|dumb|ignorant"
    r"|clueless)\b[^.!?\n]{0,30}?(?:lessons|practi[cs]e|work at it|a course"
    r"|training)",
    r"(?:somebody|someone|your (?:mum|mom|mother|carer|parents)) (?:should|needs to|ought to"
    r"|must) (?:supervise|confiscate) (?:your|ur) (?:internet|phone"
    r"|screen|keyboard|computer|wifi|crayons)",
    r"basement[- ]?dwell(?:ing|er|ers)\b(?: (?:loser|losers|nerd|nerds|troll|trolls|incel"
    r"|incels|virgin|virgins|keyboard warriors?))",
    r"(?:your|ur) (?:opinion|opinions|argument|arguments|logic|take|takes|point|career"
    r"|comment)s? (?:is|are) like (?:your|ur) (?:hairline|teeth|breath|love life|dating"
    r" life|bank account|marriage)\b",
    # the 457th round (the 1380th set, replies in Hinglish putting readers down, with the
    # comments they answer): "tu WhatsApp university ka gold medalist hai kya" (not "tu ye
    # kis kitab me padha"); "Tera IQ aur tera pin code dono same hain" (not "Tera point aur
    # mera point dono same hain"); "Dimaag ka dahi ho gaya hai tera" (not numbers)
    r"(?:tu|tum|aap|you|u|ye|yeh|ur|your|tera|teri|tumhara)\b[^.!?\n]{0,10}?(?:whatsapp"
    r"|watsapp|whatsap) (?:university|univ|uni|vishwavidyalaya)\w* (?:ka|ke|ki|se|of)\b"
    r"[^.!?\n]{0,15}?(?:gold medalist|gold medallist|topper|student|graduate|chhatra"
    r"|professor|alumni|alumnus|degree|phd|vc|chancellor)",
    r"(?:tera|tumhara|your|ur|teri) iq\b[^.!?\n]{0,30}?(?:pin ?code|shoe size|room temperature"
    r"|jersey number|bus number|roll number)",
    r"(?:dimaag|dimag|dimaagh|bheja) ka (?:dahi|dahee|achaar|achar|bhurta|halwa) (?:ho gaya"
    r"|ban gaya)\w*\b[^.!?\n]{0,10}?(?:tera|tumhara|aapka|iska|uska)\b",
    # a woman's views put down to her sex life: "Looks like she's never had a real man,
    # that's why she hates Hindu festivals" (the 756th set; not "real men don't threaten
    # women")
    r"(?:she'?s|she has|she|her|you'?ve|you have|you) (?:clearly |obviously |probably"
    r" |just )?never (?:had|been with|known|met) a (?:real|proper) man",
    # a disabled model's face mocked: "She looks like a potato with eyes lol" (the 746th
    # set; not "a potato with eyes is what my daughter drew")
    r"(?:she|he|her|him|you|u)(?: looks?|'s| is| are|'re)(?: \w+)? like (?:a |an )?"
    r"(?:potato|toad|goblin|gremlin|pug) with (?:eyes|a face|legs|hair|a wig)",
    r"(?:your|ur) iq (?:is |must be )?(?:lower|smaller|less) than",
    # "she should stick to the weather, the big words confuse her"
    r"(?:the )?(?:big|long|hard) words (?:confuse|scare|frighten|are too much for|are too"
    r" hard for) (?:her|him|you|u)",
    r"(?:your|ur) (?:mother|mom|mum|mummy|parents) (?:must have |clearly )?(?:drop|dropped)"
    r" (?:you|u) (?:on (?:your|ur) head|as a (?:baby|child|kid))",
    # "Shakal dekho iski, isse koi shaadi karega?" (the 731st set)
    r"(?:isse|usse|tujhse|tumse|aisi se|aisi ladki se|is aurat se) (?:kaun|koi) shaadi"
    # (not "isse koi shaadi karega toh uski kismat khul jayegi": a wish)
    r" (?:karega|karta|karegi|karenge)(?! (?:toh|to|jo)(?![a-z]))",
    # the 389th round (the 1312th set, replies in Hinglish): "Tu pehle apni ungli se naak
    # saaf kar le, phir desh ki economy samjhana"; "Abe o WhatsApp university ke topper"
    r"(?:tu|tum|aap) pehle (?:apni |apna )?(?:ungli se )?(?:naak|nak) (?:saaf|poochh|pooch"
    r"|ponchh) (?:kar|kar le|karo|kar lo)",
    r"(?:abe|oye|oi|arre|are) (?:o )?whatsapp (?:university|uni|yunivarsity)",
    # the 405th round (the 1328th set, replies in English): "Your parents must be so
    # disappointed"; "now go back to licking windows"; "This is why nobody invites you
    # to anything" (not "This is why waiters in the US push for a living wage")
    r"(?:your|ur) (?:parents|mum|mom|mother|dad|father|family) must be (?:so |very |really"
    r" )?(?:disappointed|ashamed|embarrassed)",
    r"(?:go back to|back to|stick to) (?:licking windows|eating crayons|eating glue|sniffing"
    r" glue|eating paste)",
    r"this is why (?:nobody|no one|noone) (?:invites|likes|loves|talks to|wants|dates"
    r"|listens to) (?:you|u)\b",
    r"(?:you|u) (?:type|write|sound|talk|look|post)s? like (?:you|u) (?:breathe|breath)"
    r" through (?:your|ur) mouth",
    # ... "Tere jaise log sadak pe thookte hain ... thoo"; "Tere jaise log hi desh ki
    # sabse badi problem ho, padhe likhe gawar" (the 1312th and 1296th sets, replies)
    r"(?:tere|tumhare|tum|tujh) jaise (?:log|logon)\b[^\n]{0,80}?(?:\bthoo+\b|padhe[- ]likhe"
    r" (?:gawar|gawaar|ganwar|anpadh|jahil|jaahil))",
    # "Nobody with a working brain cell writes that. Oh wait, it's you." (the 1302nd set,
    # a reply; not "Nobody with a working brain cell believes the minister")
    r"(?:nobody|no one|noone) with (?:a |one |even one )?(?:working |functioning |single )?"
    r"(?:brain|brain cell|brain cells|iq|mind)\b[^\n]{0,50}?(?:oh |ah )?wait,? (?:it'?s"
    r"|its|that'?s) (?:you|u)\b",
    # "Itni moti hai ye keeper, isko koi ladka shaadi ke liye haan nahi bolega" (the 787th
    # set; not "Shaadi ke liye haan? Ye ladkiyan world champion hain")
    r"(?:isko|usko|ise|use|inko|unko|tujhe|tumhe) koi (?:ladka|aadmi|mard) (?:shaadi|shadi)"
    r" (?:ke liye )?(?:haan nahi|haa nahi|nahi|na) (?:bolega|karega|kahega|dega)",
    # the 425th round (the 1348th set, replies in English): "Your parents must be so proud.
    # Of your brother, I mean" (not "Your parents must be so proud of you"); "Must be nice
    # to have nothing between the ears"; "Nobody at your funeral will remember a single
    # thing you said" (not "Nobody at the MP's office will remember a single letter"); "You
    # type like you were dropped as a baby" (not "You type like a council press officer")
    r"(?:your|ur) (?:parents|mum|mom|dad|mother|father|family) must be (?:so |very |really )?"
    r"proud\b[.!,]{0,3} (?:of )?(?:your|ur) (?:brother|sister|sibling|cousin|dog)",
    r"nothing (?:between|in between|in) (?:the|your|ur|his|her) ears",
    r"(?:nobody|no one|noone) (?:at|will come to|will go to|will attend|will cry at) (?:your|ur)"
    r" funeral",
    r"(?:you|u)\b[^.!?\n]{0,30}?like (?:you|u) (?:were|was|got) dropped (?:on (?:your|ur)"
    r" head )?as a (?:baby|child|kid)",
    # the 436th round (the 1359th set, replies in Hinglish): "Teri maa ne kya khila ke paida
    # kiya tha"; "Chup kar be dalle"; "gaddar kahin ka" said to a reader (not "gaddar neta",
    # said of a politician's politics)
    r"(?:teri|tumhari|tere) (?:maa|mummy|ammi|baap)\w* ne kya (?:khila|khilake|kha ke|khake"
    r"|soch)\w*\b[^.!?\n]{0,10}?(?:paida|janam|janma)",
    r"(?:be|abe|oye|oi|chal) (?:dalle|dalla|dallo)\b",
    r"(?:gaddar|deshdrohi|desh ?drohi|anti-?national|jihadi|sanghi|andhbhakt) kahin (?:ka|ki"
    r"|ke)\b",
    # the 445th round (the 1368th set, wrestlers in Hinglish): "wapas jaake gobar uthao apne
    # gaon me" (not "Jantar Mantar pe dharna 30 din se chal raha hai")
    r"(?:wapas|waapas) (?:jaake|jaa ke|jaakar) (?:gobar|bartan|jhadu|bhains|bhainse)\w*"
    r" (?:uthao|dho|lagao|charao|pakdo)",
    # the 449th round (the 1372nd set, replies in English): "Did your brain come with a
    # warranty?"; "If stupidity was a sport you'd finally have a medal" (not "If cycling
    # lanes were a sport ..."); "Reading your comments is like watching a toddler try to do
    # calculus" (not "Reading your comment made me look up the numbers"); "crawl back under
    # whatever rock your mother found you under"; "living proof that cousins shouldn't
    # marry" (not "... that people can change their minds")
    r"(?:your|ur) brain (?:come|came) with a (?:warranty|guarantee|receipt)",
    r"if (?:stupidity|ignorance|idiocy|being (?:stupid|dumb|thick|wrong)) (?:was|were) (?:a"
    r" sport|an olympic sport|a crime|a job)\b[^.!?\n]{0,20}?(?:you'?d|you would|u'?d)",
    r"(?:your|ur) (?:comments?|posts?|takes?|arguments?|logic|writing)\b[^.!?\n]{0,20}?"
    r"(?:is|are) like watching an? (?:toddler|child|monkey|chimp|goldfish|dog|baby)",
    r"crawl back (?:under|into) (?:whatever|the|your|that) (?:rock|hole|sewer|gutter|swamp)",
    r"living proof (?:that )?(?:cousins|siblings|relatives) (?:shouldn'?t|should not"
    r"|mustn'?t) (?:marry|breed|have kids)",
)
# (one pattern at a time, each where a cue word it spells is present: some cues are
# common words, "jaise" or "likes", and the union ran whole for each comment holding one)
_SCORNED: Final = _one_at_a_time(_SCORNED_PATTERNS, _SCORNED_CUES)


def _women_put_in_place(words: Words) -> list[Hit]:
    return [
        hit
        for hit in alternative_hits(_PUT_IN_PLACE, IDENTITY_ATTACK, 0.88, "sexism", words)
        if not in_sentence(words, words.word_at(hit.start), _HELD_AT_A_DISTANCE)
    ]


# The antisemitic trope of a Jewish family pulling every string: "the Rothschilds own your
# paper" (not "the Rothschild archive is a fine source on banking").
# And the replacement trope said of "them": "once they outnumber us", "this town will be
# under sharia" (not "women in Iran live under sharia law": a future, not a fact).
# And the casteist "you are only fit to clean gutters" ("tum log sirf gutter saaf karne ke
# laayak ho"; not "gutter saaf karne wale mazdooron ki maut").
_TROPE_CUES: Final = frozenset(
    {"rothschild", "rothschilds", "outnumber", "replace", "sharia", "banks", "hollywood",
     "plane", "flight", "deport", "cares", "closet",
     "tribe", "hook", "hooked", "hooknose", "hooknosed", "saaf", "dress", "dresses",
     "wig", "skirt", "pretending", "replacing", "outnumbering", "replaced", "zionist",
     "zionists", "behind", "running", "breed", "insaan", "insan", "quota", "jhaadu", "jhadu",
     "jharu", "gaumutra", "gomutra", "gangajal", "loyal", "loyalty", "plant", "haath",
     "bartan", "naachna", "nachna", "taali", "hire", "hires",
     "jihadiyon", "jihadiyo", "aatankwadiyon", "aatankiyon", "atankwadiyon", "terroriston",
     "mullon", "katuon", "huts", "hut", "khoon", "apavitra", "apvitra", "ashudh", "napaak",
     "rasoi", "chulhe", "chulha", "lipstick", "makeup", "wigs", "frocks", "heels", "paani",
     "pani", "jooti", "juti", "frock", "gandagi", "kachra", "naali", "nali",
     "gutter", "sewer", "kachre", "culture", "filth", "scum", "vermin", "bags", "throats",
     "orders", "goyim", "paida", "peda", "invaders", "invasion", "islamists", "jungle",
     "corner", "cornershop", "cornershops", "laden", "pehle", "chhuegi", "chhuega",
     "chhuenge", "chhua", "chhuyegi", "chhuyega", "chhooyegi", "chhooyega", "grooming",
     "stoning", "flogging", "beheading", "freezer", "fridge", "bins", "jangal", "hukka",
     "huqqa", "rehne", "adde", "adda", "addey", "addon", "wives", "towel", "towels",
     "teatowel", "minaret", "minarets", "ummah", "taqiyya", "taqiya", "taqqiya", "taqiyyah",
     "pavitrata", "pavitrta", "shuddhta", "shudhta", "pavitra", "gala", "buddhi", "budhi",
     "buddi", "reservation", "aarakshan", "witch", "witchdoctor", "turban", "goats", "mafia",
     "reserved", "toilets", "latrines", "gutters", "drains", "sewers",
     # (since the union runs one alternative at a time: "jewish masters", "another city
     # lost to the Muslims" had run on another alternative's cue)
     "jewish", "surrendered", "fallen", "fell", "falls", "lost", "jew",
     "chowkidar", "chaukidar", "gorkha", "bahadur", "naukar", "naukrani", "kaamwali"}
)  # fmt: skip
_TROPE_BODY: Final = (
    # a person's post put down to her people or sex: "affirmative action hire, she cant even
    # read the autocue" (the 541st set; not "the 'diversity hire' jibe is racist": it
    # opens its sentence or is said of her, and is not asked)
    r"(?:(?:^|(?<=[.!?;:\n])|(?<=[.!?;:\n] ))|(?:she|he)(?:'?s| is| was) (?:a |an |just a"
    r" |only a |nothing but a ))(?:affirmative action|diversity|dei|token) hires?(?![a-z])"
    # (not "Diversity hire? She has a doctorate", "Token hire or not", nor "Diversity hire is
    # what they called Kamala Harris too", the 740th set: the jibe named)
    r"(?!\s*\?| or not| (?:is|was) what| (?:is|was) (?:a |the )?(?:lazy|old|tired|racist"
    r"|sexist|standard|usual) )"
    # "shes a zionist plant, loyal to tel aviv not her constituents", "dual loyalty traitor"
    # (the 536th set; not "accusations of dual loyalty are an antisemitic trope")
    r"|loyal(?:ty)? (?:is )?to (?:tel aviv|israel|the zionists|zionists) (?:not|over"
    r"|before|rather than|and not)|dual loyalty (?:traitors?|rats?|snakes?|scum)|zionist plants?"
    r"(?! (?:nursery|life))"
    # the same said of a British Asian or Chinese minister: "he'll be loyal to delhi not
    # london, they always are" (the 546th set; not "loyal to india, not to one family", a
    # slogan of Indian politics: the second loyalty is this country's)
    # (and of a Somali-American congresswoman: "Her loyalty is to Mogadishu and Mecca, not to
    # America", the 1104th set)
    r"|loyal(?:ty)? (?:is )?to (?:delhi|india|pakistan|islamabad|beijing|china|the ccp|mecca"
    r"|mogadishu|somalia|tehran|riyadh)(?: and (?:mecca|mogadishu|somalia|islam|the ummah"
    r"|tehran|riyadh|pakistan))?,? (?:not|over|before|rather than|and not) (?:to )?(?:london"
    r"|britain|the uk|uk|england|us|this country|our country|his constituents|her"
    r" constituents|their constituents|the king|parliament|america|the usa|the us|washington"
    r"|minnesota)(?![a-z])"
    # untouchability: "inke haath ka khana? dharm bhrasht ho jayega", "ye log restaurant
    # chalayenge toh bartan bhi alag rakhne padenge", "jhaadu pakdo wapas" (the 533rd set;
    # not "veg aur non-veg ke bartan alag", "sab log jhaadu uthao", a cleanliness drive)
    r"|haath ka (?:bana )?(?:khana|khaana|paani|pani|chai)[^.!\n]{0,30}?(?:dharm bhrasht"
    # ("Kanwariyon ko Miyan ke haath ka khana khilana paap hai", the 1083rd set)
    r"|bhrasht ho|ashudh|apavitra|napaak|paap|haram|gunah)"
    # ("inko hostel mein alag kamra do, bartan bhi alag", the 642nd set)
    r"|(?:ye log|yeh log|in logon|inke|unke|inka|unka|inko|unko|inhe|unhe|inhen|unhen)"
    r"[^.!?\n]{0,50}?bartan (?:bhi )?alag"
    r"|jhaadu (?:pakdo|utha lo|uthao|pakad lo) (?:wapas|vapas|phir se|dobara)"
    r"|(?:wapas|vapas) jhaadu (?:pakdo|uthao|pakad lo|utha lo)"
    # "Kinnar logon ka kaam shaadi mein naachna hai, padhana nahi" (the 534th set)
    r"|(?:hijra|hijre|hijde|hijron|hijdon|kinnar|kinnaron|chhakke|chakke|chhakkon)"
    r" (?:logon |log )?ka kaam (?:sirf |bas |to |toh )?(?:shaadi mein |shaadiyon mein )?"
    r"(?:naachna|nachna|taali bajana|taaliyan bajana)"
    # caste: "quota wala officer h, file padhni bhi nahi aati hogi", "isko wapas gaon bhejo
    # jhaadu lagane", "isko office mein ghusne se pehle gaumutra se nehlao" (the 529th set;
    # not "quota wali seats", "gaon mein jhaadu lagane ka abhiyan", "mandir ko gangajal se
    # dhoya gaya", a ritual reported)
    # ("The Dalit quota brats in the top ten ...", the 1088th set, one sentence of a long
    # comment; not "quota seats", "quota kids' scholarships")
    r"|quota (?:brats?|leeches|parasites|freeloaders|morons|idiots|beggars|scroungers|duds"
    r"|monkeys)(?![a-z])"
    r"|quota (?:wala|wale|wali|waala|waale|waali) (?:officer|afsar|doctor|teacher"
    r"|babu|engineer|collector|judge|professor|banda|bande|aadmi|log|ias|ips|dm|sahab)"
    # ("Reservation wale afsar ke neeche kaam karne se accha hai naukri chhod do", the
    # 1309th set; not "reservation wale candidates ki cutoff")
    r"|(?:quota|reservation|aarakshan|arakshan) (?:wala|wale|wali|waala|waale|waali)"
    r" (?:officer|afsar|doctor|teacher|babu|collector|judge|professor|sahab|boss)\w*"
    # (better than: "... se ilaaj karwane se accha hai ..."; not "... se ilaaj karwaya tha,
    # bahut achha tha", the 1581st set)
    r" (?:ke neeche|ke niche|ke under|se ilaaj|se padhne)\b[^.!?\n]{0,30}? (?:se|sey)"
    r" (?:accha|achha|behtar|better)"
    r"|(?:bhejo|bhej do|bhejna chahiye|bhejiye|bhej dena) (?:\w+ ){0,2}?(?:jhaadu|jhadu|jharu)"
    r" (?:lagane|lagaane|lagwane|marne)"
    r"|(?:isko|usko|ise|use|inko|unko|iske|uske) (?:\w+ ){0,6}?(?:gaumutra|gomutra|gangajal)"
    r" (?:se|sey) (?:nehlao|nahlao|nehla do|nahla do|nehlana|nahlana|dho do|dhona|shuddh karo"
    r"|shudh karo|pavitra karo)"
    # "they breed n then they vote, thats how they win" (the 518th set; not "they breed in
    # spring", said of birds)
    r"|(?:they|them|these people|those people|that lot) breed (?:and|n|&) (?:then )?"
    r"(?:they )?(?:vote|outvote|take over|outnumber|win)"
    # "ye log insaan nahi janwar h" (the 521st set; not "aisa karne wala insaan nahi haiwan
    # hai", said of a criminal)
    r"|(?:ye|yeh|ye sab|yeh sab|in|inn) (?:log|logon) (?:\w+ )?(?:insaan|insan) (?:nahi|nahin"
    r"|nhi),? (?:balki )?(?:janwar|jaanwar|janvar|jaanvar|keede|kutte|suar|suwar) (?:h|hai|hain"
    r"|he|hein)(?![a-z])"
    r"|rothschilds? (?:family |clan )?(?:own|owns|control|controls|run|runs|fund"
    r"|funds|bankroll|bankrolls|are behind|is behind|pull the strings|pulls the strings"
    r"|pulling the strings|must be laughing|are laughing|will be laughing|rubbing their hands)"
    r"|(?:they|them|these people|those people|that lot) (?:will |would |are going to |gonna )?"
    r"(?:soon |eventually )?(?:outnumber|replace) us"
    # "they are replacing us", "we are being replaced" (not "... with AI", "by robots")
    r"|(?:they|these people|those people|that lot) (?:are |re )?(?:slowly |already )?"
    r"(?:replacing|outnumbering) us(?! with| by| in (?:the |our )?(?:newsroom|office|factory"
    r"|jobs?))"
    r"|we are being replaced(?! (?:by|with) (?:ai|robots?|machines?|automation|software|bots))"
    # (the chant of Charlottesville, "Jews will not replace us": the 797th set; not "robots
    # will not replace us")
    r"|(?:you|jews?|the jews) will not replace us"
    # "The Jews behind Pfizer knew ...", "milking the West for his Zionist masters" (the 438th
    # and 441st sets; not "the Jews behind me in the queue", "Zionist leaders")
    r"|(?:the|those|these) jews (?:who are )?behind (?!(?:me|us|him|her|them|bars)\b)\w+"
    r"|(?:zionist|jewish) (?:masters|overlords|paymasters|puppet ?masters|handlers)"
    # "Lane the Jew journalist at it again" (round 520): the noun before a trade, as the
    # hostile write it (not "as a Jew journalist I ...", one's own)
    r"|(?<!as a )(?<!i'm a )(?<!im a )(?<!i am a )(?<![a-z])jew (?:journalists?|reporters?"
    r"|hacks?|bankers?|lawyers?|media|press|editors?|writers?|judges?|landlords?|bosses|boss"
    r"|owners?|producers?|politicians?|mps?|councillors?|billionaires?|doctors?)(?![a-z])"
    # "Funny how the Jews always end up running the media" (the 444th set)
    r"|jews (?:always |all )?(?:end up |ended up )?running (?:the )?(?:media|banks|world|press"
    r"|hollywood)"
    # the seventy-fourth round (sets 797-798), a Jewish billionaire's campaign donation: "They
    # own the banks, the media and now the candidates. Time we named the tribe" (two of
    # them: not "the media owns nothing in this story", nor "he literally owns a bank"),
    # "another globalist with a hooked nose" (not a suspect described "with a hooked nose")
    r"|(?:they|them|jews|the jews|zionists|globalists) (?:already |also )?(?:own|owns|control"
    r"|controls|run|runs) (?:the |all the )?(?:banks|media|press|hollywood),? (?:and |the"
    r" )*(?:the )?(?:banks|media|press|hollywood|government|governments|candidates"
    r"|politicians|congress|parliament|elections)"
    r"|(?:time (?:we|to)|let'?s|we (?:must|should|need to|have to)) (?:finally |just )?named?"
    r" the tribe"
    r"|(?:globalists?|bankers?|financiers?|billionaires?|jews?|zionists?|rothschilds?|soros"
    r"|merchants?|parasites?|moneylenders?) with (?:a |the |their |his |them |those |big )?"
    r"(?:hooknose[ds]?|hook(?:ed)?[- ]?nose[ds]?)"  # (spelt whole too, for the cue's sake)
    # a people sent away whole: "Ilhan should be on the first plane out with the rest of her
    # tribe", "Deport the whole community" (the 802nd set; not "first plane out of MSP was
    # delayed", nor "her tribe, as she calls it, is the school board")
    r"|(?:first|next|last) (?:plane|flight|boat) (?:out|home|back)[^.!?\n]{0,30}? with (?:the"
    r" rest of )?(?:her|his|their) (?:tribe|kind|clan|lot)"
    r"|deport (?:the|their|that|this) (?:whole|entire) (?:community|tribe|clan|lot|race)"
    # a reader's opinion dismissed for where she is from, and she sent home: "@Kasia no one
    # cares what a Polish cleaner thinks, go home" (the seventh whole evening, set 816; not
    # "nobody cares what a Tory thinks", nor "go home and rest")
    r"|(?:no ?one|nobody|noone) (?:cares|asked|wants to know) what (?:a|an|some|the|these|you)"
    r" (?:\w+ )?(?:polish|romanian|bulgarian|lithuanian|latvian|albanian|eastern european"
    r"|foreign|indian|pakistani|bangladeshi|nigerian|somali|syrian|afghan|chinese|filipino"
    r"|immigrant|migrant|muslim|paki|foreigner|immigrants|migrants|foreigners)"
    r"(?: \w+)? thinks?[,.!]* (?:so |just |now )?(?:go (?:back )?home|go back|fuck off home"
    r"|piss off home|go back to \w+)"
    # "The rainbow mob have had it their way for too long. Back in the closet where they
    # belong" (set 816; a gay person or people named before it: not "put the coats back in
    # the closet where they belong")
    r"|(?:gays?|queers?|homos?|lesbians?|trans|trannies|rainbow|pride|lgbt\w*|fags?"
    r"|faggots?)(?![a-z])[^\n]{0,120}?(?<![a-z])(?:back )?(?:in|into|to) the closet,? where"
    r" (?:they|you|u|he|she|them|the \w+) belongs?"
    r"|(?:will|gonna|going to) (?:all )?(?:be )?(?:living )?under sharia"
    # sharia's enforcers foretold: "first the call to prayer then the sharia patrols, mark
    # my words", "sharia council incoming" (the 557th and 518th sets; not "Iran then
    # imposed sharia law", reported)
    r"|(?:then|next|soon) (?:the |come )?sharia (?:patrols?|police|courts?|councils?|zones?)"
    r"|sharia (?:patrols?|police|courts?|councils?|zones?),? (?:next|incoming|coming soon"
    r"|on the way|is next|are next)"
    # "sharia policing comes to birmingham, told you so" (the 608th set)
    r"|sharia (?:policing|patrols?|police|law|courts?|councils?) (?:comes?|coming|is coming"
    r"|arrives?|arriving|has come|have come) to"
    # "they should be grateful they're not still in mud huts" (the 564th set; not "mud huts
    # are actually great insulation")
    r"|(?:grateful|lucky|glad) (?:they'?re|theyre|they are|you'?re|youre|ur|u are|to be)"
    r" not (?:still )?(?:in|living in|back in) (?:mud huts|a mud hut|huts|the jungle|trees"
    r"|caves)"
    # a people's blood said to carry a vice: "inke khoon mein hi dhokha h" (the 570th set;
    # not "inke khoon mein cholesterol zyada h")
    r"|(?:inke|unke|in logon ke|un logon ke|inki|unki|in sab ke) khoon (?:mein|me) (?:hi )?"
    r"(?:dhokha|gaddari|chori|jihad|gandagi|dagabazi|dhokhebazi|aatank|aatankwad|beimaani)"
    # ... and a vice's habit before it: "Chillane ki aadat inke khoon mein hai" (the 1179th
    # set; not "mehnat ki aadat inke khoon mein hai", praise)
    r"|(?:chillane|chilane|rone|lootne|ladne|jhagadne|chori karne|jhooth bolne|dange karne"
    r"|patthar phenkne|patthar fenkne|gandagi failane|gandagi phailane|bheekh maangne|dhokha"
    r" dene|gaddari karne) ki aadat (?:inke|unke|in logon ke|un logon ke|in sab ke|inki|unki)"
    r" khoon (?:mein|me|main)"
    # a reader told she looks like a people's servant ("Nepali chowkidar lagti ho", the
    # 1181st set; not "wo Nepali chowkidar lagta hai jo humare yahan tha", a man recognised)
    r"|(?:nepali|chinese|chinki|bangladeshi|bihari|madrasi) (?:chowkidar|chaukidar|gorkha"
    r"|bahadur|maid|naukar|naukrani|kaamwali) (?:lagti|lagte|lagta|dikhti|dikhte|dikhta) ho"
    # a woman's body said to defile a temple: "aurat pujari? mahine mein 5 din mandir
    # apavitra rahega" (the 572nd set)
    r"|(?:mahine|mahina) (?:mein|me|ke) (?:\w+ )?din[^.!?\n]{0,30}?(?:apavitra|apvitra"
    r"|ashudh|napaak)"
    # women sent to the kitchen in Hindi: "aurton ka kaam rasoi mein h, mandir mein nahi"
    # (the 572nd set; not "aurton ka kaam rasoi mein h ye sochna galat h")
    r"|(?:aurat|aurton|auraton|ladkiyon|mahilaon|ladki)(?: ka| ki)? (?:kaam|jagah) (?:sirf |bas"
    r" )?(?:rasoi|chulhe|chulha) (?:mein|me|pe|par) (?:h|hai|hota h|hota hai|hoti h)(?![a-z])"
    r"(?![^.!?\n]{0,25}?(?:sochna|kehna|maanna|galat|bakwas|purani soch))"
    # a language named the terrorists': "urdu jihadiyon ki bhasha h" (the 556th set)
    r"|(?:urdu|arabic|arbi|farsi) (?:to |toh |bhi )?(?:jihadiyon|jihadiyo|aatankwadiyon"
    r"|aatankiyon|atankwadiyon|terroriston|mullon|katuon) ki (?:bhasha|zubaan|zuban|language)"
    # sweepers said to rise above their place: "gutter saaf karne wale ab raja banenge" (the
    # 554th set; not "gutter saaf karne wale mazdooron ki maut")
    # ("jhaadu wale ab neta banenge", the 584th set)
    r"|(?:(?:gutter|naali|nali|sandas|toilet|maila) saaf karne|(?:jhaadu|jhadu|jharu)"
    r"(?: lagane)?) (?:wale|waale|walo|walon) (?:ab |bhi"
    r" |log )*(?:raja|rani|afsar|officer|neta|mantri|collector|sarpanch|boss|sahab|dulha)"
    r" (?:banenge|banega|bante|ban gaye|ban gaya|banne chale|bane)"
    r"|(?:is|s|just|only|really|basically|still|nothing but) (?:a )?(?:man|men|bloke|guy|dude)"
    r" (?:in (?:a )?(?:dress|dresses|wig|skirt|frock)|pretending to be (?:a )?wom[ae]n)"
    # "mentally ill men playing dress up shouldnt hold office", "he can wear all the lipstick
    # he likes, still a man" (the 578th set; not "kids playing dress up")
    r"|(?:men|man|blokes|bloke|guys|geezers) (?:\w+ )?playing dress ?up"
    r"|(?:wear|wears|put on|puts on) (?:all )?(?:the )?(?:lipstick|dresses|makeup|make up"
    r"|wigs?|frocks?|heels)[^.!?\n]{0,30}?(?:still|always) (?:a )?(?:man|bloke|male|geezer)"
    r"(?![a-z])"
    # untouchability: "in logon ko gaon ke kuen se paani bhi mat lene do" (the 575th set);
    # kept in their place: "pair ki jooti pair mein" (ibid.)
    r"|(?:in logon|un logon|inko|unko|inhe|unhe|ye log)[^.!?\n]{0,25}?(?:kuen|kuan|kuaan|nal"
    r"|handpump|mandir)[^.!?\n]{0,15}?(?:paani|pani) (?:bhi )?(?:mat|nahi|na) (?:lene|bharne"
    r"|peene) (?:do|dena|denge)"
    r"|pair ki (?:jooti|juti) pair (?:mein|me)(?: hi)?(?: (?:achhi|acchi|rehni|rakho))?"
    # (and "ye log paida hi gandagi saaf karne ke liye hue h", the 584th set)
    r"|(?:gutter|gutters|naali|naliyan|nali|toilet|toilets|latrine|maila|safai|gandagi|kachra)"
    r" saaf karne (?:ke|ki|ka) (?:laayak|layak|laiq|kaabil|kabil|liye bane|liye paida"
    r"|liye hue|liye hi hue|liye hi bane)"
    # a people kept in the drain: "inko naali mein hi rehne do, wahi inki jagah h" (ibid.)
    r"|(?:inko|unko|inhe|unhe|in logon ko|un logon ko) (?:naali|nali|gutter|sewer|gandagi"
    r"|kachre) (?:mein|me) (?:hi )?(?:rehne do|rakho|daal do|rehna chahiye)"
    # untouchability: "inke haath ka paani bhi mat peena" (ibid.)
    r"|(?:inke|unke|in logon ke|un logon ke) haath ka (?:\w+ )?(?:khana|khaana|paani|pani|chai)"
    r" (?:bhi )?(?:mat|nahi|na) (?:peena|pina|khana|khaana|lena|piyo|khao)"
    # "their whole culture is crime and cousins" (the 581st set); "kurds, turks, albanians,
    # same filth different flag" (ibid.)
    r"|(?:their|thier) (?:whole |entire )?culture is (?:\w+ ){0,2}?(?:crime|violence|rape|theft"
    r"|stealing|inbreeding|cousins|barbaric|backward|primitive|savagery)"
    r"|same (?:filth|scum|vermin|trash|rats|animals),? different (?:flag|flags|name|names"
    r"|colour|color|accent|passport)"
    # the seventeenth unseen round: sent home by bus ("pack your bags ivan, the bus back to
    # warsaw leaves at 6"); a religion said to know only killing ("slitting throats is all
    # they know"); loyalty to Tel Aviv ("she'll be taking orders straight from tel aviv");
    # the antisemites' "oy vey ... goyim"; a people's women said to breed ("inki aurtein 10
    # bachche paida karti h")
    r"|pack (?:your|ur|their|his|her) bags[^.!?\n]{0,20}?(?:the )?(?:next |first )?(?:bus"
    r"|boat|plane|flight|train|ferry|coach) back (?:to|home)"
    r"(?! (?:the|our|my|school|work|base|camp|hotel|office)(?![a-z]))"
    r"|(?:slitting|cutting|slashing) throats is all (?:they|these people|them|those people)"
    r" (?:know|understand|are good for)"
    r"|(?:taking|takes|take|takin) (?:her |his |their )?orders (?:straight |directly )?from"
    r" (?:tel aviv|the mossad|mossad|the zionists|zionists)"
    r"(?! (?:air|airport|control|hq|headquarters|office|base|tower|port)(?![a-z]))"
    r"|oy vey[^\n]{0,40}?(?<![a-z])goyim|(?<![a-z])goyim[^\n]{0,40}?oy vey"
    r"|(?:inki|unki|in logon ki|un logon ki|inke ghar ki) (?:aurtein|auratein|aurten|aurte"
    r"|biwiyan|biwiya) (?:\w+ ){0,2}?(?:\d+|das|dus|bees|barah|gyarah) (?:\d+ )?(?:bachche"
    r"|bacche|bachhe|bachey|bache) (?:paida|peda) (?:karti|karte|kar)"
    # ... or to be good for nothing else: "In jihadiyon ki aurton ko bhi ..., bachche paida
    # karne ke alawa" (the 861st set)
    r"|(?:jihadiyon|mullon|katuon|inki|unki|in logon ki|un logon ki) (?:ki )?(?:aurton|auraton"
    r"|aurtein|biwiyon|biwiyan)\b[^.!?\n]{0,70}?(?:bachche|bacche) (?:paida|peda) karne (?:ke )?"
    r"(?:alawa|alaawa|siwa|siva|ke liye)"
    # ... and to breed terrorists: "naukri karegi toh aur jihadi paida karegi" (the 835th set)
    r"|(?:aur|aur bhi|naye|nayi) (?:jihadi|jihadiyon|aatankwadi|aatankwadiyon|atankwadi"
    r"|aatanki|atanki|terrorist|terrorists) (?:hi )?(?:paida|peda) (?:karegi|karengi|karenge"
    r"|karega|karti|karte)"
    # a place said to have fallen to a people ("another town surrendered to the invaders
    # without a shot fired", the 591st set; not a siege reported: "another")
    r"|another (?:town|city|country|village|street|school|borough|county|state) (?:has )?"
    r"(?:surrendered|handed over|lost|fallen|falls|fell|gone) to the (?:invaders|invasion"
    r"|islamists|migrants|muslims|ghuspaithiye|ghuspaithiyon)"
    # an Adivasi's post said to be a step out of the jungle: "jungle se utha ke kursi pe
    # bitha diya" (the 594th set)
    r"|jungle se (?:utha|uthaa|nikaal|nikal|laake|la) ?(?:ke|kar|kr) (?:\w+ ){0,3}?(?:kursi"
    r"|gaddi|post|pad|vc|mantri)"
    # the eighteenth unseen round: a British Asian MP told to run a corner shop ("he should
    # be running a corner shop not a select committee"); "bin laden" as a greeting; faith
    # said to come before the country ("inka dharm pehle, desh baad mein"); a touch said to
    # defile ("jhanda chhuegi toh apvitra ho jayega"); "quota wali sarpanch"; adoption called
    # "grooming with paperwork" (its forms with common cue words are sayings: sayings.py)
    r"|(?:should|ought to|better off|stick to|go back to|belongs?) (?:be )?running (?:a |the"
    r" |his |her |their )?corner ?shops?(?! (?:and|as) (?:a|his|her|their) (?:side|hobby))"
    r"|(?:nice (?:hat|beard|turban|towel|headscarf)|oi|hey|hello|hiya|alright|morning|evening"
    r"|cheers|calm down|relax),? (?:mr )?bin laden"
    r"|(?:inka|unka|in logon ka|un logon ka|inke liye) (?:dharm|dharam|mazhab|deen|quran"
    r"|islam) pehle,? (?:desh|mulk|watan|bharat|india) (?:baad (?:mein|me)|baad ki baat)"
    r"|(?:chhuegi|chhuega|chhuenge|chhu legi|chhu lega|chhua|chhu liya|chhuyegi|chhuyega"
    r"|chhooyegi|chhooyega) (?:toh|to) (?:\w+ )?(?:apvitra|apavitra|ashudh|napaak|napak)"
    r" (?:ho )?(?:jayega|jaayega|jayegi|jaayegi|ho gaya|hoga)"
    r"|quota (?:wali|wala|wale|waali|waala|waale) (?:sarpanch|madam|doctor|officer|vc|teacher"
    r"|ladki|mantri|neta|judge|collector|professor|sahab|sahib|babu|afsar|pradhan)"
    r"|grooming with (?:paperwork|a licence|a license|a certificate|state approval|a stamp)"
    # the nineteenth round (orders said to come from a mosque are sayings: sayings.py):
    # stoning foretold ("wait till she starts stoning shoplifters"); a people said to eat
    # pets ("check the freezer for the neighbours cats"); sent back to "their jungle"
    # ("wapas bhejo apne jungle mein"); a people boycotted ("inka hukka paani band"); a
    # people said to have no right to live in the country ("beef khane walon ko desh mein
    # rehne ka haq nahi")
    r"|(?:wait (?:till|until|til)|before long|soon|next) (?:she|he|they)(?:'ll| will)?"
    r" (?:starts?|start|begins?|be) (?:stoning|flogging|chopping (?:off )?hands|cutting (?:off )?"
    r"hands|beheading)(?! (?:the )?(?:walls?|path|patio|driveway|fireplace|floors?|garden))"
    r"|check (?:the|their) (?:freezer|fridge|kitchen|bins?|back room) for (?:the )?"
    r"(?:neighbours?'? |neighbors?'? |missing |local )?(?:cats|dogs|pets|kittens|puppies)"
    r"|(?:wapas|vapas|waapas) (?:bhejo|bhej do|jao|ja|jaao) (?:inko |unko |inhe |unhe )?"
    r"(?:apne|unke|inke|tere|apni) (?:jungle|jangal|jungles|jangalon) (?:mein|me|main)"
    r"|(?:inka|unka|in logon ka|un logon ka|in sab ka|un sab ka) (?:hukka|huqqa)[ -]?(?:paani"
    r"|pani) (?:band|bandh)"
    r"|(?:walon|waalon|wale|logon|logo|sab) ko (?:is )?(?:desh|mulk|bharat|india|hindustan)"
    r" (?:mein|me) rehne ka (?:koi )?(?:haq|hak|adhikar) nahi"
    # the twentieth round (its forms with common cue words are sayings: sayings.py): a post
    # said to come by quota ("quota se aaya hoga"); a people's hospitals or schools called
    # dens ("sab conversion ke adde h"); wives said to be many ("bet he's got three wives")
    r"|(?:quota|reservation|aarakshan|reservation ke dum) se (?:\w+ )?(?:aaya|aayi|aaye|aai"
    r"|aa gaya|aa gayi|aa gaye|mila|mili|bana|bani|bane) (?:hoga|hogi|honge|h|hai|tha|thi)"
    # (not "Mera batchmate quota se aaya tha, aaj Google mein hai", the 932nd set: where it
    # led, told next)
    r"(?!,? (?:aur )?(?:aaj|ab(?! bhi))\b)"
    # "Reserved seat pe jeet ke aa gayi, kaam kuch aata nahi" (the 725th set; the seat a
    # caste or a woman holds by law, said to be all she has)
    r"|(?:reserved|quota) seat (?:pe|par|se) (?:jeet ke |jeetke |jeet kar )?(?:aaya|aayi|aaye"
    r"|aai|aa gaya|aa gayi|aa gaye)[^.!?\n]{0,20}?(?:kaam|kuch) (?:kuch )?(?:aata|ata|aati"
    r"|ati) (?:nahi|nhi|nahin)"
    # "These people were cleaning our toilets for centuries and now they want to rule us"
    # (ibid.; the English of "gutter saaf karne wale ab raja banenge", below)
    r"|(?:cleaning|cleaned|scrubbing|scrubbed) (?:our |your |the )?(?:toilets|latrines|gutters"
    r"|drains|sewers)[^.!?\n]{0,40}?(?:now|today) (?:they|these people|those people|their"
    r" kids|their children) (?:want|wanna|expect|think they can|are going) to (?:rule|lead"
    r"|govern|run the|sit)(?![a-z])"
    r"|(?:conversion|dharmantaran|dharm parivartan|aatank|aatankwad|jihad|love jihad) ke"
    r" (?:adde|adda|addey|addon)"
    r"|(?:he'?s|he has|he'?ll have|he'?s got|bet he'?s got|bet he has) (?:got )?(?:three|four|3"
    r"|4|five|multiple|several) wives"
    # the twenty-first round: a headscarf called a tea towel ("can't see the offside line
    # through that tea towel", and the eighteenth round's "take the tea towel off your
    # head"); stoning asked for ("should have been a stoning for that penalty"); minarets
    # foretold ("first a prayer room, next a minaret on big ben"); loyalty to the ummah
    # (bombs said to be hidden in a prayer room are a saying); "taqiyya in a trouser suit";
    # a place's purity said to be spoilt by a Dalit ("pavitrata kharab kar raha h"); throats
    # said to be cut after trust is won ("ye log pehle bharosa jeet te h phir gala kaat te
    # h"); "jatt buddhi"; a village's water cut off (the "12 baje" jibe at Sikhs is a
    # saying: sayings.py); not a shepherd's in a nativity play (the sixty-second session)
    r"|tea ?towels? (?:on|off) (?:your|ur|her|his|their) heads?"
    r"(?![^.!?\n]{0,40}(?:nativity|shepherd|panto|school play|costume))"
    r"|through (?:that|her|his|the|your|ur) tea ?towel"
    r"|(?:should(?:'?ve| have) been|deserves?|needs?) a stoning"
    r"|(?:next|then|soon) (?:a |the )?minarets? (?:on|over|at|in)"
    r"|(?:there|working|works|serving|serves|loyal|loyalty) (?:only )?(?:for|to) the ummah"
    r"|(?:taqiyya|taqiya|taqqiya|taqiyyah) in (?:a|her|his)"
    # ("ye taqiya h, hamari bhasha seekh ke hume hi dhokha denge", the 655th set; not
    # "taqiya ka matlab kya h")
    r"|(?:ye|yeh|sab|pure|classic|this is|thats|that'?s|its|it'?s) (?:sab |just |all )?"
    r"(?:taqiyya|taqiya|taqqiya|taqiyyah)(?! (?:ka matlab|means|is a concept|is an? ))"
    # a faith's people said to defile what they touch: "sanskrit ko bhi apavitra kar diya in
    # logon ne" (the 655th set)
    r"|(?:apavitra|apvitra|ashuddh|ashudh|napaak) kar (?:diya|diye|di|denge|dete h|dete hain?)"
    r" (?:in|un) logon ne|(?:in|un) logon ne [^.!?\n]{0,30}?(?:apavitra|apvitra|ashuddh"
    r"|napaak) kar (?:diya|diye|di)"
    r"|(?:pavitrata|pavitrta|shuddhta|shudhta|pavitra mahaul) (?:kharab|bhang|nasht|bhrasht)"
    r" (?:kar|ho)"
    r"|(?:ye|yeh|in|un) log [^.!?\n]{0,40}?gala (?:kaat|kaatte|kaat te|kaatenge|kaat denge"
    r"|kaat dete)"
    r"|(?:jatt|jat|jaat) (?:buddhi|budhi|buddi)"
    r"|(?:inke|unke|in logon ke|un logon ke) (?:gaon|basti|mohalle|ghar|gharon) (?:ka|ki|ke)"
    r" (?:pani|paani|bijli) band (?:karo|kar do)"
    # (and "aaj se gaon ka pani bhi inke liye band", the 659th set)
    r"|(?:pani|paani|bijli) (?:bhi )?(?:inke|unke|in logon ke|un logon ke) liye band"
    # the twenty-second round: a woman wrestler's place said to be the kitchen ("inki jagah
    # akhade mein nahi, rasoi mein h"); "witch doctor in a mitre"; "gone full jungle";
    # "turban brigade"; goats said to be sacrificed in a car park; a faith called a mafia
    r"|(?:inki|unki|iski|uski|aurat ki|aurton ki|ladkiyon ki) jagah (?:\w+ (?:mein|me) nahi,? )?"
    r"(?:rasoi|kitchen|chulhe|chulha) (?:mein|me)(?! nahi| nhi)"
    r"|witch ?doctors? in (?:(?:a|his|her|their) )?(?:mitre|suit|trouser suit|uniforms?|robe"
    r"|robes|gown|collar|dog collar|wig|cassock|headscarf|hijab|scrubs)"
    r"|(?:gone|going|turned|turning|gone all) (?:full )?jungle"
    r"(?! (?:book|gym|trek|safari|themed?|party))"
    r"|turban (?:brigade|wallahs?|heads?)"
    r"|(?:sacrificing|sacrifice|slaughtering|slaughter) goats in (?:the|their|our|a) (?:car park"
    r"|garden|street|back ?yard|bath|bathtub|front room)"
    r"|(?:hindu|muslim|jewish|sikh|christian|islamic) mafia"
)
# (run one alternative at a time, each where a cue word it spells is present: as one union
# it ran whole for every comment with "behind", "running", "culture" or "pehle")
_TROPE: Final = _branches_one_at_a_time(_TROPE_BODY, _TROPE_CUES)


# Told no one could love them: "no man would ever marry you with that attitude, love".
_UNLOVED_CUES: Final = frozenset(
    {"marry", "date", "touch", "love", "sleep", "kiss", "want", "wants"}
)
_NOBODY: Final = frozenset({"no", "nobody", "noone"})
# And told where they belong: "hope you end up on the street where you belong" (not
# "welcome home, where you belong").
_UNLOVABLE: Final = re.compile(
    r"(?<![a-z])(?:(?:no (?:man|woman|guy|girl|one|bloke)|nobody|noone) (?:would|will|could"
    r"|is going to|wants to|ever wants to) (?:ever )?(?:want to )?(?:marry|date|touch|love"
    r"|sleep with|kiss) (?:you|u)"
    # "no man wants you", "no one will ever want you" (not "no one wants you to fail")
    r"|(?:no (?:man|woman|guy|girl|one|bloke)|nobody|noone) (?:\w+ )?(?:wants|will (?:ever )?"
    r"want|would (?:ever )?want) (?:you|u)(?= *(?:[.!?,]|$| anyway| either| lol))"
    r"|(?:street|streets|gutter|sewer|trash|bin|dustbin|zoo|cage|slum|slums|jungle|cave|hole"
    r"|jail|prison) where (?:you|u) belong)(?![a-z])"
)


# "shot like the dogs they are", "treat him like the rat he is": the simile that says what
# people are (not "sleeps like the dog it is", nor "like the animals they keep").
_WHAT_THEY_ARE_CUES: Final = lx.ANIMAL_INSULTS | lx.DEHUMANISING_NOUNS
_WHAT_THEY_ARE: Final = re.compile(
    r"(?<![a-z])like the (?:\w+ )?(?:"
    + "|".join(sorted(_WHAT_THEY_ARE_CUES))
    + r") (?:that )?(?:they|you|u|he|she|these people|those people) (?:are|is|were|was|r)"
    r"(?![a-z])"
)
# Looks judged to unfit a person for public life: "She's too ugly to be on TV" (not "the new
# stadium is too ugly to look at"); a woman talked down to: "Hey sweetheart, smile more".
_PUT_DOWN_CUES: Final = frozenset({"auditioning", "modelling", "modeling", "posing", "husband",
                            "boyfriend", "hubby", "autocue", "teleprompter", "upstairs",
                            "ears", "pooch", "puch", "poochh", "pucho", "poocho",
                            "shaadi", "shadi", "biyah", "jaisi", "menopause",
                            "ugly", "fugly", "hideous", "fat", "autistic", "damaged", "mental",
                            "idiot", "fool", "retard", "moron", "imbecile", "cretin", "dimwit",
                            "halfwit",
                            "mentally", "mommy", "mummy", "mom", "mum", "mama", "momma",
                            "mother", "daddy", "meds", "pills", "medication", "shampoo",
                            "gene", "buffalo", "cow", "pig", "whale", "hippo",
                            "elephant", "sow", "heifer", "bhains", "bhens", "bhainsa",
                            "harpy", "harpies", "seal", "walrus", "donkey", "goat", "suar",
                            "suwar", "gainda", "chudail", "bandariya", "sweetheart", "sweetie",
                            "darling", "honey", "hun", "babe", "princess", "missy", "period",
                            "pmsing", "rag", "hormonal", "syndrome", "downs", "autism",
                            "damage", "dementia", "disability", "born", "kicked", "lard",
                            "lardass", "fatass", "hathini", "hathni", "haathni", "roll",
                            "ulti", "ultee", "dholak", "dhol", "tanki", "matka",
                            "bandar",
                            # (run one alternative at a time: "time of the month" and
                            # "lardarse" had run on another alternative's cue)
                            "month", "lardarse"})  # fmt: skip
_PUT_DOWN_BODY: Final = (
    r"(?:she|he|you|u)(?:'?s| is| are|'?re| r)? (?:\w+ )?too (?:ugly|fugly"
    r"|hideous) (?:to|for)"
    # a life wished away: "people like her are a drain, they should never have been born"
    # (the 523rd set; not "this scheme should never have been born")
    r"|(?:she|he|you|u|they|people like (?:her|him|you|u|them|that|this)|(?:her|his|your|ur"
    r"|their) kind) (?:\w+ )?(?:should|shouldnt|shouldn'?t) (?:never |not )?(?:have|of|hav)"
    r" been born"
    # "periods must have kicked in at half time" (the 520th set)
    r"|periods? (?:must |probably |clearly )?(?:have |has |had |just )?kicked in"
    # "only an inbred moron would write this comment": the reader who wrote it (not "only a
    # fool would believe this budget", said of a claim)
    r"|only (?:an? )?(?:\w+ )?(?:idiot|moron|fool|imbecile|retard|cretin|dimwit|halfwit)"
    r" (?:would|could) (?:write|post|type|comment) (?:this|that|such)"
    # "She's clearly on her period, ignore her" (not "on her period leave")
    r"|(?:she'?s|she is|shes|must be|probably|clearly) (?:\w+ )?(?:on her period(?! (?:leave"
    r"|pain|poverty|products))|pmsing|on the rag|hormonal|time of (?:the )?month)"
    # ("Menopause hit her hard, that's why she's so angry", the 1251st set; not "menopause
    # hit her hard, she took a year off")
    r"|menopause (?:hit|got|is getting|has got) (?:her|to her)[^.!?\n]{0,30}?(?:angry|mad"
    r"|crazy|screeching|shrill|bitter|hysterical|emotional)"
    # a disability made the insult: "you must be autistic to write this" (not "you're
    # autistic? me too")
    r"|(?:you must be|you have to be|you'?d have to be|you'?re|you are|ur|u r|youre)"
    r" (?:clearly |obviously |literally |actually )?(?:autistic|brain damaged|mentally"
    r" (?:ill|disabled|handicapped|retarded)|mental)(?= to (?:write|say|think|post|believe"
    # (the reader's words: "you'd have to be mental to buy a house here" is anyone)
    r"|comment|type|defend|support)| or |\s*[.!,]|$)"
    # "you must have Down syndrome to write this"
    r"|(?:you must have|you have to have|you'?d have to have|you clearly have|you obviously"
    r" have) (?:down'?s?(?= syndrome| to)(?: syndrome)?|autism|brain damage|dementia"
    r"|a mental (?:illness|disorder)|an? (?:\w+ )?disability)(?= to (?:write|say|think|post"
    r"|believe|comment|type|defend|support))"
    # "she has gained so much weight, looks like a pregnant buffalo" (a person: not "the new
    # bridge looks like a beached whale")
    r"|(?:she|he|you|u)(?:'?s| is| are|'?re| has| have)? [^.!?\n]{0,40}?looks? like an? (?:\w+ )?"
    r"(?:buffalo|cow|pig|whale|hippo|elephant|sow|heifer|bhains)(?=\s*(?:[.!,?]|$|now|lol"
    r"|haha|in |on |with ))"
    # "That fat lesbian on the left of the photo should resign" (the 335th set; a body
    # degraded whoever it is said of)
    r"|(?:that|this) (?:fat|ugly|fugly) (?:\w+ )?(?:lesbian|lesbo|dyke|woman|cow|bitch|tranny"
    r"|slag|hag)(?![a-z])"
    # "My kid's teacher is a fat useless lesbian" (the 345th set; "a fat woman" describes)
    r"|an? (?:fat|ugly|fugly) (?:\w+ )?(?:lesbian|lesbo|dyke|tranny|slag|hag)(?![a-z])"
    # a deaf woman's voice mocked: "She sounds like a seal when she talks" (the 330th set)
    r"|(?:she|he|you|u)(?:'?s| is| are|'?re)? (?:\w+ )?sounds? like an? (?:\w+ )?(?:seal|walrus"
    r"|donkey|goat|pig|cow|sow|hippo) when (?:she|he|you|u) (?:talks?|speaks?)"
    # ("Her speech sounded like a seal choking on a fish", round 579, of a deaf actress)
    r"|(?:her|his|their|your|ur) (?:speech|voice|talking) (?:sounded|sounds|was|is) like an?"
    r" (?:\w+ )?(?:seal|walrus|donkey) (?:choking|barking|honking|drowning|gargling|being)"
    # "Menopausal harpy" (the 306th set; not the harpy eagle)
    r"|harp(?:y|ies)(?! eagles?)"
    # the same in Hindi: "shakal dekho iski, bhains jaisi hai" (the 298th set; not "bhains
    # jaisi aawaz", a voice, nor a buffalo that looks like another)
    r"|(?:shakal|chehra|iski|uski|ye|yeh|wo|woh|tu|tum|teri|tumhari|madam)[^.!?\n]{0,30}?"
    r" (?:bhains|bhens|bhainsa|suar|suwar|gainda|chudail|bandariya) (?:jaisi|jaisa|jaise"
    r"|ki tarah) (?:hai|h|hain|lagti|lagta|dikhti|dikhta|moti|mota)(?![a-z])"
    # "moti bhains, ... bhains hi lag rahi hai" (the 310th set)
    r"|moti (?:bhains|bhens|haathni|hathni)(?=\s*(?:[,.!?]|$))|(?:bhains|bhens) (?:hi )?(?:lag rahi"
    r"|lagti|dikh rahi|dikhti) (?:hai|h)(?![a-z])"
    # the seventy-fourth round (sets 795-796), a heavy woman minister's budget speech: "Moti
    # bhains ko stairs chadhne mein 5 minute lage" (not "moti bhains zyada doodh deti hai"),
    # "Is hathini ke khane ka kharcha ...", "Dholak jaisi shakal, bhains jaisi chaal" (not
    # "bhains ke liye dairy subsidy"), "Itni moti aurat ko dekh ke hi ulti aa jaati hai"
    r"|moti (?:bhains|bhens|haathni|hathni|hathini) (?:ko|ne|ki|ke|se|hai|h)(?![a-z])"
    r"(?![^.!?\n]{0,30}?(?:doodh|dudh|chara|chaara|dairy|tabel|gobar|litre|liter|mandi|mela))"
    r"|(?:is|iss|ye|yeh|wo|woh|us|uss) (?:moti )?(?:hathini|hathni|haathni)(?![a-z])"
    r"|(?:bhains|bhens|bhainsa|suar|suwar|gainda|bandar|bandariya|dholak|dhol|tanki|matka)"
    r" (?:jaisi|jaisa|jaise)"
    r" (?:shakal|shakl|chaal|badan|sharir|chehra|thobda|pet|tond)(?![a-z])"
    # (and "Inke jaise kaale logon ko screen pe dekh ke ulti aati hai", round 578)
    r"|(?:moti|mota|mote|kaali|kali|kaale|kale|kalooti|kaluti|shakal|shakl|thobda|chehra)"
    r" (?:\w+ ){0,2}?(?:ko )?(?:screen|tv|film) (?:pe|par|mein|me) dekh(?: ?ke| ?kar| kr| k)?"
    r" (?:hi )?(?:ulti|ultee|ulati)"
    r"|(?:moti|mota|mote|kaali|kali|kaale|kale|kalooti|kaluti|shakal|shakl|thobda|chehra)"
    r" (?:\w+ ){0,2}?(?:ko )?dekh(?: ?ke| ?kar| kr| k)? (?:hi )?(?:ulti|ultee|ulati)"
    # "Autistic brat should be in school" (the 804th set; not "an autistic kid")
    r"|autistic (?:little )?(?:brat|freak|moron|idiot|retard|weirdo|spaz|lunatic|psycho"
    r"|imbecile|creep|nutjob|sperg)s?(?![a-z])"
    # "Lard-ass should resign and go to a fat farm", "Fat pig oinking about austerity", "Whale
    # on the podium lol. Someone roll her back to the sea" (not "cut the fat in the budget",
    # "fat cats in the builder lobby", "lard prices are up")
    r"|lard ?-?(?:ass|arse)|fatass"
    r"|fat (?:pig|sow|hippo|slob|heifer|cow|whale)s?(?=\s*(?:[,.!?]|$)| \w+ing(?![a-z])| (?:like"
    r"|who|that|should|needs?|must|can'?t|cant|is|was)(?![a-z]))"
    r"|roll (?:her|him|them|that|this) (?:\w+ )?back (?:in)?to the (?:sea|ocean|water)"
    # the reader sent home or to the pharmacy: "go cry to your mommy", "... and take your meds"
    r"|go (?:cry|crying|run|running) (?:back )?to (?:your|ur) (?:mommy|mummy|mom|mum|mama|momma"
    r"|mother|daddy)"
    # ("Ok boomer, go take your pills and sleep", the 1227th set)
    r"|(?:, |and |now |just |go )take (?:your|ur) (?:meds|pills|medication)(?=\s*[.!,]|$"
    r"| and (?:sleep|go to (?:bed|sleep)|lie down|shut up|rest))"
    r"|(?:you'?re|you are|ur|u r|youre) the reason (?:shampoo (?:bottles )?(?:has|have)"
    r" instructions|the gene pool needs a lifeguard)"
    r"|imagine being (?:this|that) (?:ugly|fat|fugly|hideous)(?! cats?\b)"
    # "imagine being so ugly your own mother ...", "she's so fat the camera can't fit her"
    r"|(?:imagine being|you'?re|you are|ur|u r|youre|she'?s|she is|shes) (?:just )?so (?:ugly"
    r"|fat|fugly|hideous)(?= (?:that )?(?:even|your|ur|her|his|no one|nobody|noone|the"
    r" camera|mirrors?) )"
    r"|(?:sweetheart|sweetie|darling|honey|hun|babe|princess|missy),? (?:\w+ ){0,2}?(?:smile"
    r" more|calm down|stay in your lane|stick to (?:cooking|the kitchen|makeup|fashion)"
    r"|shouldn'?t you be (?:in the kitchen|cooking))"
    # her work called a show of herself or a want of a husband (the 1223rd set: "Is she
    # reporting or auditioning?", not "is it reporting or opinion?"; "Give her a husband
    # and she'll stop running around factories", not "give her a raise and she'll stay")
    r"|(?:is she|she'?s|shes|are you|you'?re) (?:reporting|anchoring|presenting|reading the"
    r" news) or (?:auditioning|modelling|modeling|posing)"
    r"|(?:give|get|find) her a (?:husband|man|boyfriend|hubby) and she'?(?:ll| will) (?:stop"
    r"|quit|calm down|shut up|stay home)"
    # (and "She should stick to reading the autocue, love", the 1238th set; not "stick to
    # reporting the facts"); "a pretty face and nothing upstairs"
    r"|stick to (?:reading )?(?:the )?(?:autocue|teleprompter|weather|cooking|kitchen|makeup"
    r"|fashion)[^.!?\n]{0,6}?,? (?:love|sweetheart|sweetie|darling|honey|hun|dear|babe"
    r"|princess|missy)"
    r"|(?:pretty|nice|cute) face (?:and|but|with) nothing (?:upstairs|between (?:the|her|his)"
    r" ears|in (?:the|her|his) head)"
    # no one to marry her ("Feminist ho na? ... koi shaadi nahi karega tumse", the 1248th
    # set; not "koi shaadi nahi karega dahej ke bina"); women like her sent home ("Tum jaisi
    # ladkiyan hi society kharab karti ho, ghar baitho"; not "barish hai, ghar baitho")
    r"|(?:koi|kaun) (?:tumse|tujhse|isse|usse|tere se|tumhare se) (?:shaadi|shadi|biyah)"
    r" (?:nahi|nhi|na) karega"
    r"|(?:koi|kaun) (?:shaadi|shadi|biyah) (?:nahi|nhi|na) karega (?:tumse|tujhse|isse|usse"
    r"|tere se|tumhare se)"
    r"|(?:tum|tu|aap) jaisi (?:ladkiyan|ladkiyon|aurtein|auratein|aurat|ladki|feminist)"
    r"[^.!?\n]{0,40}?ghar (?:baitho|baith jao|raho|bitha do)"
    # a reader's parentage doubted ("Teri maa ko pooch ki tu kiska hai", the 1240th set;
    # "ask your mother who your father is")
    r"|(?:teri|tumhari|apni) (?:maa|ma|mummy|ammi) (?:se|ko) (?:pooch|puch|poochh|pucho|poocho)"
    r" (?:ki|ke|kar|ke aa) (?:tu|tum) (?:kiska|kiski|kiske|kis ka|kis ki) (?:hai|ho|h|he)"
    r"|ask (?:your|ur) (?:mother|mom|mum|mommy|mummy|mama) who (?:your|ur) (?:father|dad|daddy)"
    r" (?:is|was)"
    # the order before the name ("Smile more sweetheart, you'd get more views", the 1223rd)
    r"|(?:smile more|stay in your lane),? (?:sweetheart|sweetie|darling|honey|hun"
    r"|babe|princess|missy)"
)
# (one alternative at a time, each where a cue word it spells is present: as one union it
# ran whole for every "mother", "fat", "born" or "honey")
_PUT_DOWN: Final = _branches_one_at_a_time(_PUT_DOWN_BODY, _PUT_DOWN_CUES)


# The reader put down in a reply, the 1048th set: "You're the reason your wife left, mate"
# (not "you're the reason I subscribed"); "Your mum must be so proud of her basement
# goblin". Apart from _PUT_DOWN, whose many alternatives every cue word sends a comment
# through: these run only where their rarer words are.
_READER_PUT_DOWN_PATTERNS: Final = (
    # the 1146th set, replies a fifth time (4 of 8 at first sight, the rules 3; none by this
    # session's first rules): "Bold of you to have opinions with that face"; "Mummy ka phone
    # wapas kar de beta, homework kar le"; "Tera IQ aur room temperature ek jaisa hai";
    # "Take a nap, grandpa"; "filed in the bin where it belongs, like you"
    r"(?:bold|brave|big|rich|cute) of (?:you|u) to (?:have|share|post|voice|hold) (?:(?:an? )?"
    r"opinions?|views|takes)\b[^.!?\n]{0,10}? with (?:that|your) (?:face|head|mug|hairline"
    r"|haircut|body|brain|iq)",
    r"(?:mummy|mumma|mom|papa|daddy|maa)(?: ka| ki| ke)? (?:phone|mobile|laptop) (?:wapas"
    r"|vapas) (?:kar|karde|kar de|de|do|rakh)\w*\b[^.!?\n]{0,30}?(?:beta|bachche|munna"
    r"|homework|padhai|so ja)",
    r"(?:your|ur|tera|tumhara|his|her) iq\b[^.!?\n]{0,30}?(?:room temperature|shoe size"
    r"|single digits?|ek jaisa|barabar)",
    r"(?:take a nap|time for your nap),? (?:grandpa|grandad"
    r"|granddad|gramps|boomer|old man|granny|grandma|nana)(?=[.!]*$|[.!]+ )",
    r"(?:in|into) the (?:bin|trash|rubbish|garbage|dustbin|gutter) where (?:it|they)"
    r" belongs?,? (?:just )?like (?:you|u)",
    # the 1140th set, replies putting their reader down a fourth time (1 of 8 at first
    # sight), each with a twin: "Imagine being this confidently wrong and still being
    # allowed to vote"; "Your mum must be so proud you learnt to type" (not "Your numbers
    # are right"); "Go back to your safe space and colouring books, snowflake" (not "Go back
    # to the 2011 census"); "Andhbhakt ke dimaag ki batti kabhi jalegi kya?"; "ghar ja ke
    # doodh pee le bachche"; "someone who peaked in year nine"; "Sweetie, leave politics to
    # the people who can do maths" (not "Reserved seats worked in the panchayats"); "you
    # never once had a thought of your own"
    r"imagine being this (?:\w+ ){0,2}?(?:wrong|stupid|dumb|thick|ignorant|clueless|dense"
    r"|gullible)\b[^.!?\n]{0,30}?(?:allowed to (?:vote|breed|drive|reproduce|use (?:a|the)"
    r" (?:keyboard|internet))|let out (?:alone|unsupervised))",
    r"(?:your|ur) (?:mum|mom|mother|parents|dad|father|teachers?|family) must be (?:so |very"
    r" |really )?proud (?:that )?(?:you|u) (?:finally )?(?:learnt|learned|managed|figured out"
    r" how) to (?:type|read|spell|write|use a (?:keyboard|computer|phone)|tie your shoes"
    r"|count)",
    r"(?:go|get|run|crawl|scurry|retreat) back to (?:your|ur) (?:safe space (?:and|with)"
    r" )?(?:colou?ring books?|crayons|playpen|sandpit|nappies|diapers)"
    r"|(?:go|get|run|crawl|scurry|retreat) back to (?:your|ur) safe space,? (?:snowflake"
    r"|sweetie|princess|little one|kiddo|buttercup)",
    r"(?:andhbhakt|andhbhakton|bhakt|bhakton|chamche|chamcha|librandu|sickular|gadhe|ullu)\w*"
    r" (?:ke|ki|ka) (?:dimaag|dimag|akal|akl) (?:ki batti|ka bulb|ki light) (?:kabhi )?"
    r"(?:jalegi|jalega|jalti|jalta)",
    r"(?:ghar ja ?ke|ghar jaake|ja ?ke|jaa ke|jaake) (?:doodh|dudh) (?:pee|pi|piyo|pio) (?:le"
    r"|lo)\b[,! ]*(?:bachche|bacche|munna|chhotu|baby|beta|bachcha|bacha)"
    r"|(?:tere|tumhare|tum|tujh) jaise\b[^.!?\n]{0,60}?(?:doodh|dudh) (?:pee|pi|piyo|pio)"
    r" (?:le|lo)",
    r"(?:someone|somebody|a person|a man|a woman|people|you|u) (?:who )?peaked (?:in|at)"
    r" (?:year (?:\w+|\d+)|school|high school|primary(?: school)?|secondary(?: school)?"
    r"|nursery|kindergarten|college|\d+(?:th)? grade|sixth form|(?:his|her|your) gcses|the"
    r" school play)",
    r"(?:sweetie|sweetheart|darling|honey|hun|dear|babe|little lady|missy|princess),? leave"
    r" (?:the )?(?:politics|economics|maths|math|science|this|the thinking|the talking"
    r"|voting|policy|the debate|it) to (?:the )?(?:grown[- ]?ups|adults|men|boys|(?:people"
    r"|those) who (?:can|know|understand)|experts|professionals)",
    r"(?:you|u) (?:have )?(?:never|haven'?t|have not|have never|didn'?t) (?:once |ever )?"
    r"(?:had|formed|come up with|have) (?:a|one) (?:single |original )?(?:thought|idea"
    r"|opinion) of (?:your|ur) own",
    r"(?:you'?re|you are|ur|u r|youre) (?:probably |clearly |obviously )?the reason (?:why )?"
    r"(?:your|ur) (?:wife|husband|girlfriend|boyfriend|missus|partner|kids|family|parents)"
    r" (?:left|leaves|walked out|ran off|divorced|hates? (?:you|u)|moved out|stopped talking)",
    r"(?:your|ur|her|his|mum'?s|mom'?s|mummy'?s|mommy'?s|mother'?s|parents'?) basement"
    r" (?:goblin|gremlin|dweller|troll|incel|gnome)s?",
    # the 1066th set, replies put down (each with a twin): "Go back to your mother's
    # basement and let the adults discuss the budget" (not "my parents' basement")
    r"(?:go|crawl|get|run|scurry) back (?:in)?to (?:your|ur) (?:mum'?s|mom'?s|mummy'?s"
    r"|mommy'?s|mother'?s|parents'?|momma'?s|grandma'?s) basement",
    # "... before he hurts himself thinking" (not "before he hurts himself lifting")
    r"(?:before|or|else) (?:he|she|you|u|they) (?:hurts?|injures?|strains?|sprains?|pulls?)"
    r" (?:himself|herself|yourself|themselves|something|a muscle|his brain|her brain"
    r"|your brain|a brain cell) (?:thinking|trying to think)"
    r"|(?:don'?t|dont|try not to) (?:hurt|strain|sprain|pull) (?:yourself|your brain|a"
    r" muscle|something|a brain cell) (?:thinking|trying to think)",
    # "Your parents must be so disappointed they didn't stop at the first kid" (not
    # "your parents must be so proud")
    r"(?:your|ur) (?:parents|mum|mom|mother|dad|father|family) (?:must (?:be|have been)"
    r"|should be) (?:so |very |really |deeply )?(?:disappointed|ashamed|embarrassed)"
    r"(?: (?:in|of|by) (?:you|u)| (?:that|they|you))",
    # "You type like a goat chewing a keyboard" (not "you eat like a horse", "you work
    # like a dog": praise in the idioms)
    r"(?:you|u|ya) (?:type|types|write|writes|think|talk|argue|look|smell|reason|spell"
    r"|comment|post) like (?:a|an|some) (?:\w+ )?(?:goat|donkey|monkey|pig|chimp|chimpanzee"
    r"|baboon|buffalo|ape|gorilla|sheep|hyena)s?(?=\s*(?:[.!?,;]|$|\w+ing\b|and\b|in\b|on\b"
    r"|with\b|that\b|who\b))",  # (not "a pig farmer")
    # "Tere jaise chuzon ki wajah se desh peeche hai, jaake bartan dho" (the reader sent
    # to the dishes; not "main jaake bartan dho leta hoon")
    # (and "Tere jaise upper caste ke chamche ko kuch nahi pata, jaake apne baap ki dukaan
    # sambhal", the 1109th set)
    r"(?:tu|tum|tere|tujhe|tumhare|teri|tujh)\b[^\n]{0,80}?(?:jaake|ja ke|jaa ke|jaakar"
    r"|ja kar) (?:(?:bartan|jhadu|pocha|kapde) (?:dho|maanj|manj|laga|dhona|maanjna|kar)"
    r"|apne baap ki (?:dukaan|dukan|factory|kheti|bakery) (?:sambhal|dekh|chala))"
    r"(?=\s*(?:[.!,]|$))",
    # the 1085th set, replies put down a second time (each with a twin): "the adults are
    # talking" (not "read the 1951 plan, uncle"), "Itni akal hoti toh comment section mein
    # nahi baithe hote" (not "Itni seedhi baat hoti toh ..."), "Nobody reads your
    # comments, mate, not even your own family", "Someone take this man's phone away
    # before he embarrasses his children again", "Tumhare jaise gadhe hi ...", "You have
    # the reading comprehension of a damp sock", "Tera dimaag ghutno mein hai kya"
    # (and opening its sentence: "Is this your first day using the internet,
    # sweetheart? Adults are talking.", the 1125th set)
    r"(?:the |let the |(?<=[.!?]\s)|^)(?:adults|grown-?ups|grownups) (?:are talking|talk"
    r"|are speaking|speak)(?=\s*(?:[.!]|$))",  # (not "... are talking about the budget")
    r"(?:you|u) (?:have|got|possess) the (?:\w+ )?(?:comprehension|iq|intelligence|brains"
    r"|wit|wits|reasoning|insight) of a (?:\w+ )?(?:sock|potato"
    r"|goldfish|brick|rock|doorknob|toaster|turnip|lettuce|spoon|teaspoon|carrot"
    r"|houseplant|cabbage|sponge|stapler)",
    r"(?:tera|tumhara|aapka|iska|uska|tere|tumhare) dimaag (?:toh )?(?:ghutno|ghutne"
    r"|ghutnon) (?:mein|me|main)",
    # the two-hundred-and-thirteenth round, replies putting their reader down a third
    # time (the 1125th set, each with a twin): "Did your carer help you type that" (not
    # "Did your team help you research that"); "Go and have a lie down, grandad" (not
    # "Fair point, grandad"); "Aapki soch aapke kapdon jaisi hai, sasti aur purani"
    # (not "..., purani par mazboot"); "I'd explain it to you, but I left my crayons at
    # home" (not "... my notes"); "Tumhare jaise logon ki wajah se hi WhatsApp
    # university chal rahi hai" (not "... debate interesting hoti hai"); "Your mum
    # should have stopped at your older brother" (not "... should be proud of ...");
    # "Nobody with a working brain cell says this. Oh wait, that explains it." (not
    # "Nobody with a working knowledge of rail economics says this", nor the IQ test's
    # results late: "Oh wait, that explains it: the post office strike")
    r"did (?:your|ur) (?:carer|care worker|nurse|mum|mom|mummy|mother|teacher|support"
    r" worker|keeper|handler|mommy) help (?:you|u) (?:type|write|spell|read|post) (?:that"
    r"|this|it)",
    r"(?:go and |go |now )?have a (?:little )?(?:lie down|lie-down|nap|sleep|rest),?"
    r" (?:grandad|granddad|grandpa|gramps|grandma|granny|nana|boomer|old man|old timer"
    r"|uncle|auntie|aunty)",
    r"(?:aapki|apki|tumhari|teri) (?:soch|akal|aqal|dimaag|samajh) (?:aapke|apke|tumhare"
    r"|tere|aapki|tumhari|teri) \w+ (?:jaisi|jaise|jaisa) (?:hi )?(?:hai|h),? (?:\w+ )?"
    r"(?:sasti|ghatiya|gandi|chhoti|choti|sadi|bekaar|bakwaas|kachra)",
    r"(?:i'?d|i would|would) explain (?:it|this|that)(?: to (?:you|u))?,? but (?:i )?(?:left"
    r"|forgot|lost|don'?t have) (?:my )?(?:crayons|colouring book|coloring book|puppets"
    r"|picture book|finger puppets)"
    r"|i can explain it (?:to you|for you),? but i can'?t understand it for you",
    r"(?:tumhare|tere|aap|aapke) jaise logon ki wajah se (?:hi )?(?:whatsapp|watsapp)"
    r" (?:university|univercity|uni)",
    r"(?:your|ur) (?:mum|mom|mother|mummy|ma|parents|dad|father) (?:should(?:'?ve| have)"
    r"|shoulda) (?:stopped|quit) (?:at|after|with) (?:your|ur) (?:older |elder |big )?"
    r"(?:brother|sister|sibling)",
    r"(?:with (?:a|one|half a) (?:working |functioning |single )?brain ?cell|(?:no|zero"
    r"|any) (?:working )?brain ?cells?)\b[^\n]{0,50}?oh wait,? (?:that|this) explains"
    r" (?:it|a lot|everything)",
    # the 1258th and 1259th sets (sarcasm an eighteenth time, replies in English): "two
    # brain cells fighting for third place"; a face praised "for the rest of us who own
    # mirrors" (not "the rest of us who own cars")
    r"(?:two|2|three|3|both) brain ?cells? (?:\w+ )?(?:fighting|competing|battling|arguing"
    r"|racing) (?:for|over) (?:third|3rd|second|2nd|last) place",
    r"(?:for|to) (?:the rest of us|those of us|us) (?:who|that) (?:own|have|own a|have a)"
    r" (?:a )?mirrors?\b",
    # the 1268th set, replies: "Go back to your igloo, eskimo" (not "go back to your hotel")
    r"(?:go|get|crawl|run) back (?:in)?to (?:your|ur) (?:igloo|mud hut|hut|jungle|cave|tree"
    r"|wigwam|tepee|teepee|reservation)\b",
    # ... and a reader sent to clean houses ("Who let the help in? Shouldn't you be cleaning
    # someone's house instead of commenting?"; not "shouldn't you be at work")
    r"(?:shouldn'?t|should not|shudnt) (?:you|u) be (?:cleaning|scrubbing|mopping|washing"
    r"|ironing|sweeping) (?:someone'?s|somebody'?s|sm1'?s|my|our|other people'?s|rich"
    r" people'?s) (?:house|home|floors?|toilets?|dishes|clothes)",
    # the 1276th set, replies: "You're the human equivalent of a participation trophy,
    # nobody wanted you but here you are"; "Your face is proof God has a sense of humour"
    # (not "Your baby's face is proof God exists")
    r"(?:you'?re|you are|ur|youre|u r) the human (?:equivalent|version) of (?:a |an )?"
    r"(?:participation trophy|migraine|headache|typo|speed bump|wet sock|pop-?up ad"
    r"|skid mark|cold sore|hangnail|dial tone|stubbed toe|parking ticket|traffic jam)",
    r"nobody (?:wanted|likes|asked for|invited) (?:you|u),? (?:but|and|yet) here (?:you|u)"
    r" are",
    r"(?:your|ur) face is (?:proof|evidence) (?:that )?god has a (?:sick |twisted )?sense of"
    r" humou?r",
)
# ... and those whose every word is common ("Nobody reads your comments, mate, not even your
# own family", "Someone take this man's phone away ...", "Itni samajh hoti toh ...", the
# 1085th set): run where a word of each half is present
# (and "no one": _NOBODY, below)
_EVEN_WORDS: Final = frozenset({"even"})
_AWAY_WORDS: Final = frozenset({"away"})
_GADGETS: Final = frozenset({"phone", "keyboard", "internet", "wifi", "laptop"})
_HOTI_WORDS: Final = frozenset({"hoti"})
_SENSE_WORDS: Final = frozenset({"akal", "akl", "aqal", "dimaag", "samajh"})
_JAISE_WORDS: Final = frozenset({"jaise"})
_DULLARDS: Final = frozenset(
    {"gadhe", "gadho", "ullu", "murkh", "moorkh", "bewakoof", "bevkoof", "jahil", "jaahil",
     "anpadh", "chutiye", "andhbhakt", "andhbhakton", "chamche", "chamcha", "chamchon"}
)  # fmt: skip
_BRAIN_WORDS: Final = frozenset({"brain"})
_GIVEN: Final = frozenset({"get", "buy", "find", "give", "wear", "bring", "grow", "borrow", "use"})
_READER_PUT_DOWN_IN_COMMON_WORDS: Final = _whole_words(
    (
        r"(?:nobody|no one|no-one)\b[^.!?\n]{0,40}?not even (?:your|ur) (?:own )?(?:family"
        r"|mother|mum|mom|kids|children|wife|husband|dog|friends|parents)",
        r"(?:take|snatch|confiscate|hide) (?:this|that) (?:man|guy|uncle|aunty|woman|lady"
        r"|person|fellow|boomer|grandpa|gentleman)'?s (?:phone|keyboard|internet|wifi|laptop)"
        r" away",
        r"(?:itni|thodi|zara|thodi si|itni si|jitni) (?:bhi )?(?:akal|akl|aqal|dimaag|samajh)"
        r" (?:hoti|hoti na) (?:toh|to)",
        # ("Tere jaise upper caste ke chamche ko kuch nahi pata", the 1109th set)
        r"(?:tumhare|tere|aap|aapke|tum|tujh|tumhari|teri) jaise (?:\w+ )?(?:gadhe|gadho|ullu"
        r"|murkh|moorkh|bewakoof|bevkoof|jahil|jaahil|anpadh|chutiye|andhbhakt|andhbhakton"
        r"|chamche|chamcha|chamchon)",
        # "someone get him a hearing aid and a brain" (the 1090th set; not "get him a better
        # briefing"), "maybe next time she can also wear a brain" (the 1084th)
        r"(?:get|buy|find|give) (?:him|her|them|this (?:man|woman|guy|minister|mayor)) (?:a"
        r" (?:\w+ ){1,2}and )?a (?:new )?brain(?![a-z])",
        r"(?:she|madam|you|u) (?:can|could|should|might) (?:also |even )?(?:wear|bring|grow|get"
        r"|buy|borrow|use) a brain",
    )
)
_READER_PUT_DOWN_CUES: Final = frozenset(
    {"basement", "reason", "hurt", "hurts", "strain", "strains", "sprain", "sprains", "pull",
     "pulls", "injure", "injures", "disappointed", "ashamed", "embarrassed", "bartan", "jhadu",
     "pocha", "goat", "donkey", "monkey", "pig", "chimp", "chimpanzee", "baboon", "buffalo",
     "ape", "gorilla", "sheep", "hyena", "adults", "grownups", "ups", "comprehension", "iq",
     "intelligence", "brains", "wit", "wits", "reasoning", "insight", "ghutno", "ghutne",
     "ghutnon", "dukaan", "dukan", "factory", "kheti", "bakery", "carer", "nurse", "keeper",
     "handler", "mummy", "mommy", "grandad", "granddad", "grandpa", "gramps", "grandma",
     "granny", "nana", "boomer", "sasti", "ghatiya", "gandi", "chhoti", "choti", "sadi",
     "bekaar", "bakwaas", "kachra", "crayons", "colouring", "coloring", "puppets",
     "understand", "whatsapp", "watsapp", "stopped", "quit", "explains",
     "imagine", "proud", "safe", "playpen", "sandpit", "nappies", "diapers", "snowflake",
     "buttercup", "kiddo", "batti", "bulb", "doodh", "dudh", "peaked", "sweetie",
     "sweetheart", "darling", "honey", "hun", "babe", "missy", "princess", "thought",
     "idea", "opinion",
     "bold", "brave", "rich", "cute", "mumma", "mom", "papa", "daddy", "maa", "nap", "bin",
     "trash", "rubbish", "garbage", "dustbin", "gutter", "cells", "cell", "mirrors",
     "mirror", "igloo", "hut", "jungle", "cave", "tree", "wigwam", "tepee", "teepee",
     "reservation", "cleaning", "scrubbing", "mopping", "washing", "ironing", "sweeping",
     "equivalent", "version", "wanted", "humour", "humor"}
)  # fmt: skip
# (one alternative at a time, each where a cue word it spells is present)
_READER_PUT_DOWN: Final = _one_at_a_time(_READER_PUT_DOWN_PATTERNS, _READER_PUT_DOWN_CUES)


# The slang among them, cued by everyday words (_SEXUAL_SLANG_CUES): "she gives good head",
# "bend her over", "I'd hit that", "smile more, sweetheart", "DM me your pics".
_SEXUAL_SLANG_PATTERNS: Final = (
    # a woman's job said to be got by sex ("Did her daddy get her this job or did she earn
    # it on her back?", the 1238th set; not "she earned it on her own")
    # (cued by the earning: "back" and "got" are in most comments, "earned" in few)
    r"(?:earn|earned|earns|earning) (?:it|the job|this job|that job|her job|the role|the"
    r" promotion|the slot) on her (?:back|knees)",
    # a woman's body remarked on by her work (the 1233rd set: "Nice legs on the keeper";
    # not "nice legs on that table", a thing's, nor "nice arms on the new bridge")
    r"nice (?:legs|ass|arse|boobs|tits|rack|body|figure|butt|bum) on (?:the|that|this|her|our)"
    r" (?:new )?(?:keeper|bowler|batter|player|anchor|reporter|presenter|girl|lady|woman|mp"
    r"|minister|captain|umpire|teacher|nurse|host|journalist|newsreader|weathergirl)",
    # "tu apni behen ko bhej, phir baat karte hain" (not "apni beti ko school bhejo")
    r"(?:apni|teri|tumhari) (?:behen|bahen|behan|maa|biwi|wife) ko bhej(?:o|na|de)?(?=[,.!?]"
    r"|$| phir| fir| idhar| yahan)",
    # a deepfake asked for and leered at: "send me the full video bro, she looks hot in it"
    r"(?:full|complete|uncut|original|real) (?:video|clip|vid)[^.!?\n]{0,40}?(?:hot|sexy|maal"
    r"|nude|naked|with me in it)",
    # "these women will strip for votes"
    r"(?:will|would|can|ready to|willing to) strip for (?:votes|money|tickets|a ticket|fame"
    r"|attention|publicity|likes|views)",
    # the trope of 2019: "Kashmiri girls ..., bring them home after 370"
    # (not "Kashmiri girls won the title, bring them home with a parade", nor "... good
    # schools after 370": the two together)
    r"(?:kashmiri|kashmir ki) (?:girls|ladkiyan|ladkiyon|ladki|women|aurtein|bahu|bahuein)"
    r"[^.!?\n]{0,60}?(?:(?:bring (?:them|one|her) home|marry (?:them|one)|shaadi kar\w*|le"
    r" aa\w*)[^.!?\n]{0,20}?370|370[^.!?\n]{0,30}?(?:bring (?:them|one|her) home|marry"
    r"|shaadi|le aa))",
    # "out at 11 pm in a short dress, what did she expect" (not "she bought a used car, what
    # did she expect": the dress is the accusation)
    r"(?:short|tight|revealing|skimpy|such|those) (?:dress|dresses|skirt|skirts|clothes|outfit"
    r"|shorts)[^.!?\n]{0,40}?what (?:did|do|does|else did) (?:she|they|girls|women) expect",
    # "khud hi bulawa de rahi thi": she was inviting it herself
    r"(?:khud|apne aap|khud se) (?:hi )?(?:bulawa|nyota|nyauta|nyaota|invitation) de (?:rahi|rhi"
    r"|rahin|rahe) (?:thi|thin|hai|hain|h)",
    # "I'd love to rip that cloth off her myself", "strip her naked" (not "rip the bandage
    # off", "strip the assets")
    r"(?:rip|rips|tear|tears|pull|pulls|strip|strips) (?:\w+ ){0,2}?(?:cloth|clothes|dress"
    r"|hijab|burqa|burka|burkha|saree|sari|dupatta|top|veil|skirt|rag|headscarf|scarf|niqab"
    r"|turban) off (?:her|him|them)",
    r"strip (?:her|them) naked",
    # ("give Mensah a proper stop and search, strip her down", round 529; not "strip her
    # down and rebuild the engine", a car's)
    r"strip (?:her|them) (?:down|bare)(?=\s*(?:[.!?,]|$| to (?:her|their) (?:underwear|knickers"
    r"|skin|pants)))",
    r"(?:gives?|giving) (?:good|great|amazing|the best|decent) (?:head|blow ?jobs?|bjs?)",
    # (and a woman named: "Would bend Sharma over the despatch box", round 525)
    rf"bend (?:her|you|u|{A_WOMAN_NAMED}) over",
    r"(?:i'?d|i would|would) (?:totally |definitely |so |still )?hit that(?=\s*(?:[.!?,;)]|$"
    r"|lol|haha|tbh|ngl))",
    r"smile more,? (?:sweetheart|sweetie|darling|honey|hun|babe|princess|love)",
    r"(?:dm|inbox|pm) me (?:your|ur|some|more) (?:pics|photos|pictures|nudes|selfies)(?! of)",
    # the harasser's line: "nice saree, would look better on my floor" (not "that rug
    # would look better on my floor")
    r"(?:dress|saree|sari|skirt|outfit|top|jeans|clothes|uniform|jersey|kurta|lehenga|bikini"
    r"|blouse|you|u|she|shes|she'?d)[^.!?\n]{0,30}? (?:would|will|'d|d) (?:look |be )?(?:better"
    r"|nicer|good|great|even better) on my (?:bedroom )?floor",
    # "I'd smash the anchor" (not "smash the record")
    r"(?:i'?d|i would|would|gonna) (?:totally |definitely |so |still )?smash (?:her|that"
    r"|(?:this|the|that) (?:reporter|anchor|journalist|presenter|woman|girl|chick))(?! (?:in|at)"
    r" (?:the|a) (?:debate|polls|election|interview))",
    r"(?:she'?s|she is|she was) (?:clearly |obviously |just )?begging for it(?! (?:back|to be"
    r"|again))",
    # "She sucked her way to the top" (not "worked her way")
    # (and "drama queens who slept their way onto the team", the 685th set)
    r"(?:sucked|slept|fucked|blew|screwed|shagged) (?:her|his|their) way (?:to|into|up|onto)",
    r"dekh ?(?:ke|kar) khada ho (?:gaya|jata|jaata)",
    r"(?:aaja|aa ja|aajao|aa jao) meri (?:jaan|rani|jaanu)",
    # a stranger's advance under the article: "Hey gorgeous, ignore the haters and DM me",
    # "What are you wearing while writing this, sweetheart?"
    r"(?:gorgeous|sexy|babe|baby|hottie|sweetheart),? (?:\w+ ){0,6}?(?:dm|inbox|pm) me",
    r"what are (?:you|u) wearing(?=[^.!?\n]{0,40}?(?:sweetheart|sweetie|darling|honey|babe"
    r"|baby|gorgeous|sexy|jaan|;\)))",
    # "Her DMs are open, boys, she likes the attention" (the 1015th set; not "her DMs are
    # open for tips")
    r"(?:her )?(?:dms?|inbox) (?:is|are) open,? (?:boys|lads|guys|bros|fellas|bhaiyon)",
    # "Beta news chhod, meri biwi ban ja" (the 1023rd set)
    r"meri (?:biwi|girlfriend|gf|patni) ban (?:ja|jaa|jao|jaao)(?![a-z])",
    # "Ma'am, reply to my DM or I'll keep commenting on every video you post" (the 1018th)
    r"(?:reply|respond|answer) to my (?:dm|dms|inbox|pm|pms)[^.!?\n]{0,5}? or (?:i'?ll|i will"
    r"|else|i'?m gonna)",
)


# (one alternative at a time, each where a cue word it spells is present: its cues are
# everyday words, "head", "way", "hit", "meri", "pull")
_SEXUAL_SLANG: Final = _one_at_a_time(_SEXUAL_SLANG_PATTERNS, _SEXUAL_SLANG_CUES)
# A woman said to be for sale or passed around, the twenty-sixth session's forms: the same
# sense as _SHAMING below, in a union of their own, because their cue words ("kisi",
# "jaisi", "fees") would send many more comments through _SHAMING's long one.
_SOLD_PATTERNS: Final = (
    # the 713th set: "raat ki fees", "isko koi producer uthake le jaye", "tu bhi isi ke jaisi
    # hogi, apna rate bata", "kisi ki nahi hoti, sabki hoti hain", "like a used condom"
    r"raat (?:ki|bhar ki) (?:fees|fee|keemat|kimat)",
    r"(?:isko|ise|usko|use|isse) koi (?:producer|director|neta|mantri|seth|businessman)"
    r" (?:uthake|utha ke|uthakar|utha kar) le (?:jaye|jaaye|jayega|jaega|jaata|jata)",
    r"(?:jaisi|waisi) (?:hi )?(?:hogi|hai|h|hoti)[,.]? (?:\w+ ){0,2}?(?:rate|rates|keemat|fees)"
    r"(?! (?:ka|ki|ke|pe|par|mein|me) )",
    r"kisi ki (?:nahi|nhi|na) (?:hoti|hoti hain|hoti hai),? (?:ye )?(?:sabki|sab ki|sabke|sab ke)"
    r" (?:hoti|saath)",
    r"(?:like|as) a used (?:condom|tampon|rag|sex toy)",
    # the 719th set: "MP kaise bani ye sab jaante hain", "iski saree kheench ke dikhao sabko"
    r"(?:mp|mla|minister|mantri|anchor|editor|afsar|officer|judge|heroine|sarpanch|pradhan)"
    r" kaise (?:bani|ban gayi|banayi gayi)[^.!?\n]{0,25}?(?:sab jaante|sabko pata|sab ko pata"
    r"|sabko maloom|sab ko maloom)",
    r"(?:iski|uski|is aurat ki|teri|inki|unki|madam ki) (?:saree|sari|saadi|dupatta|chunni"
    r"|kapde) (?:\w+ )?(?:kheench|khinch|utaar|utar|utaro|phaad|faad) (?:ke|kar|do|dalo|daalo"
    r"|dikhao|lo)",
    # a people's women said to be had for free: "Kashmiri ladkiyan toh waise bhi free mein
    # mil jaati hain" (the 845th set)
    r"(?:ladkiyan|ladkiya|aurtein|auratein)\b[^.!?\n]{0,30}?(?:free mein|free me|muft mein"
    r"|muft me|aasani se|asani se) (?:hi )?mil (?:jaati|jati|jaayengi|jayengi|jaengi)",
    # a player's sister told to come to Mumbai, "yahan bahut demand hai uski" (the 708th set)
    r"(?:ki|teri|uski|iski|apni) (?:behen|bahen|behan|maa|biwi|beti) ko (?:bolo|bol|bhejo|bhej"
    r"|bulao|bula)[^.!?\n]{0,40}?(?:demand|rate|dhanda|grahak|customer|kamai|bazaar|bazar)",
    # a girl said to be earning "the same way her mummy did" (the 705th set; not "..., by
    # teaching")
    r"(?:earn|earns|earning|earned)[^.!?\n]{0,30}? (?:the )?same way (?:her|your|ur)"
    r" (?:mummy|mommy|mother|mom|mum|maa|ma) (?:did|does|used to)(?!,? (?:by|as|through|in"
    r"|at|with|from|on)(?![a-z]))",
)
_SOLD: Final = _whole_words(_SOLD_PATTERNS)
_SOLD_CUES: Final = frozenset(
    {"fees", "fee", "keemat", "kimat", "uthake", "utha", "uthakar", "jaisi", "waisi", "kisi",
     "condom", "tampon", "rag", "toy", "behen", "bahen", "behan", "maa", "biwi", "beti", "earn",
     "earns", "earning", "earned", "bani", "banayi", "saree", "sari", "saadi", "dupatta",
     "chunni", "kapde", "ladkiyan", "ladkiya", "aurtein", "auratein"}
)  # fmt: skip


# Sexual shaming with cue words of its own (so the unions above do not grow): a woman said
# to sleep around or to be for sale, her work put down to sex.
_SHAMING_CUES: Final = frozenset(
    {"soti", "soyi", "characterless", "item", "goods", "bedroom", "bistar", "bister", "maal",
     "bikau", "bikaau", "bikaoo",
     "mms", "tape", "flashes", "flashed", "flirts", "flirted", "dicking", "shagging", "pounding",
     "rogering", "shag", "ahead", "promoted", "pleased", "satisfied", "laid", "fucked",
     "shagged", "jism", "badan", "utaar", "rate", "kitne", "passed", "easy", "chalu", "bazaru",
     "bazaaru", "line", "paise", "saath", "sath", "slag", "slags", "slapper", "slappers",
     "arse", "ass", "bum", "rack", "tits", "sucked", "sucks", "morph", "nirbhaya", "raatein",
     "dikhana", "character", "kapde", "lap", "hiding", "akele", "akeli", "sambhalo",
     "sambhaalo", "sambhal", "kaabu", "kabu", "bhaag", "bhag", "kamre", "karti",
     "nachaniya", "nachaniyan", "nachniya", "nachaniyon", "nachne", "naachne", "tawaif",
     "mujre", "mujra", "mard", "aadmi", "knees", "chillati", "chilati", "cheekhti",
     "chikhti", "manners", "sleeping", "sleepin", "screwing", "bechna", "bech",
     "dikha", "bikta",
     "watch", "stare", "pretending",
     "bikini", "lingerie", "underwear", "swimsuit", "nightie", "bra", "knickers", "towel",
     "back", "backs", "partners", "boyfriends", "bfs", "lovers", "boyfriend", "bf", "aashiq",
     "ashiq", "followed", "grabbed", "groped", "cornered", "guzaari", "guzari", "bitaayi",
     "bitayi", "bitai", "posting", "promotion", "dengi", "rupye", "rupaye", "buddhe", "budhe",
     "boodhe", "buddhay", "daddy", "geezer", "hogi", "rukti", "rehti", "guzaarti", "bitaati",
     "skirt", "kurti", "dress", "blouse", "lagti", "dikhti",
     "shower", "topless", "naked", "leans", "leaning", "bends", "bending", "remember",
     "remembers", "remembered", "give", "body", "figure", "midnight", "yaad", "khayal",
     "geeli", "gili", "bheegi", "bhigi", "wet", "preferably", "ideally", "gale", "gala",
     "neckline", "between", "tuition", "tuitions", "lessons", "lesson", "session", "sessions",
     "coaching", "briefing", "raat", "sonagachi", "kamathipura", "kothe", "kotha", "ishara",
     "chaalu", "happen", "enjoyed", "dressed", "dresses", "dressing", "bahane", "gold",
     "digger", "kitno", "kitnon", "aukaat", "mann", "source", "shaadi", "grateful", "goer",
     "mouth", "grilling", "sofa", "couch", "sucking"}
)  # fmt: skip
_SHAMING_PATTERNS: Final = (
    # the 1161st set: a woman who lives with a man called loose ("Jo ladki shaadi se pehle
    # ladke ke saath rehti hai uska character waise hi dhila hai"; not "character dheela
    # kehna band karo", nor "film ka character dheela hai"); a woman reader asked how many
    # men she has had ('how many "partners" did you register last year?'; not "how many
    # partners does the firm have")
    r"(?:ladki|ladkiyan|ladkiyaan|ladkiyon|aurat|auraton|aurton|aurtein|biwi|bahu|madam"
    r"|anchor)\b[^.!?\n]{0,60}?character (?:\w+ ){0,2}?(?:dheela|dhila|dhilla|dheeli"
    r"|dhili)(?! (?:kehna|kehne|bolna|bolne|kaha|bola|likha|likhi))",
    r"how many [\"“']?(?:partners|boyfriends|bfs|lovers|men|guys)[\"”']? (?:have|did|do)"
    r" (?:you|u) (?:\w+ )?(?:had|have|been with|slept with|register|registered|gone through"
    r"|changed|brought home|taken home)(?![a-z])",
    # the 1178th set, a woman anchor harassed in everyday Hinglish: "raat ko bhi aise hi
    # interview leti hogi 😏" (not "raat ko bhi aise hi kaam karti hai, 14 ghante", her
    # hours); "Boss ke cabin mein kitni der rukti hai" (not "kitni der meeting chali");
    # "Itni chhoti skirt mein news padhegi toh log news thodi dekhenge"; a woman reader told
    # "tu bhi usi type ki lagti hai, DM kar number"
    r"raat ko (?:bhi )?(?:aise|waise|isi tarah|aisa|aisi) (?:hi )?(?:\w+ ){0,2}?(?:leti|karti"
    r"|deti|leti hai|karti hai|deti hai) hogi",
    r"(?:boss|producer|editor|manager|malik|owner|minister|sir|sahab) (?:ke|ki) (?:cabin"
    r"|kamre|room|office|ghar|bungalow) (?:mein|me|main) (?:kitni der|kitna time|raat|der tak"
    r"|raat bhar) (?:\w+ )?(?:rukti|rehti|jaati|guzaarti|bitaati|rehti thi|rukti thi)",
    r"(?:chhoti|choti|tight|short|deep)\s+(?:skirt|kurti|dress|top|kapde|blouse)\b"
    r"[^.!?\n]{0,40}?(?:log|koi|public) (?:news|khabar|show) (?:thodi|thode|kahan|kyun)"
    r" (?:dekhenge|dekhega|dekhte|sunenge)",
    r"(?:tu|tum|aap) (?:bhi )?(?:usi|isi|us|is) (?:type|tarah|kism) ki (?:lagti|dikhti)"
    r" (?:hai|ho|h)\b[^.!?\n]{0,30}?(?:dm|inbox|number|msg|message|whatsapp)",
    # the 1176th set: a woman reader told to marry a rich old man ("itna budget ka shauk hai
    # toh kisi ameer buddhe se shaadi kar le"; not "ameer buddhe se shaadi karwa di gayi
    # thi, ye zulm tha", a forced marriage told)
    r"(?:ameer|amir|paisewale|paise wale|rich) (?:\w+ )?(?:buddhe|budhe|boodhe|buddhay"
    r"|sugar daddy) se (?:shaadi|shadi) kar (?:le|lo|lena)\b"
    r"|(?:go |just )?marry (?:a |some )?rich old (?:man|guy|geezer|bloke)",
    # the 1172nd set, in Devanagari: women at a protest said to do "anything" for a hundred
    # rupees ("andolan wali aurtein dihadi par lai gai hain, sau rupye mein kuchh bhi kar
    # dengi"; not "sau rupye mein kuchh bhi nahi milta", prices)
    r"(?:aurtein|auratein|aurten|aurte|ladkiyan|ladkiyaan|ladkiya|mahilayen|mahilaen|auraton"
    r"|aurton|ladkiyon|wali|waali)\b[^.!?\n]{0,60}?(?:sau|do sau|pachas|paanch sau|hazaar"
    r"|hazar|\d+) (?:rupye|rupaye|rupay|rupees|rs|ke) (?:mein|me|ke liye) (?:kuchh|kuch|sab"
    r" kuchh|sab kuch) (?:bhi )?kar (?:dengi|deti|degi|leti|lengi)",
    # the 1164th set: a woman officer's posting put down to a night at a minister's ("Madam
    # ki posting kaise mili sab jaante hain, kis minister ke ghar raat guzaari thi"; not
    # "kis gaon mein raat guzaari", where the team stayed)
    r"(?:kis|kiske|kaun se|kisi) (?:\w+ ){0,2}?(?:ke|ki) (?:ghar|bungalow|bangle|kamre|room"
    r"|flat|farmhouse|hotel)\w* (?:mein |me |pe |par )?(?:raat|raatein|raaten) (?:guzaari"
    r"|guzari|bitaayi|bitayi|bitai|kaati|kati)",
    r"(?:madam|madamji|iski|uski|ladki|aurat|mohtarma) (?:ki|ka|ko) (?:posting|promotion"
    r"|naukri|ticket|kursi|job|seat|pad) kaise (?:mili|mila) (?:ye |yeh )?(?:sab|sabko"
    r"|sabhi) (?:jaante|jante|pata|maloom)",
    r"(?:tumhare|tumhara|tere|tera|teri|aapke|uske|iske) kitne (?:boyfriend|boyfriends|bf|yaar"
    r"|aashiq|ashiq) (?:badle|badal|rakhe|rakhti|hain|the|honge|reh chuke|ho chuke)",
    # the 1162nd set: a woman reader told she would like being followed ("if one of them
    # followed you home, or maybe you'd like it 😏"; not "if he followed you home, you'd
    # call the police")
    r"(?:followed|grabbed|groped|touched|cornered) (?:you|u)\b[^.!?\n]{0,40}?(?:maybe"
    r"|probably|secretly|bet) (?:you'?d|youd|you would|u'?d) (?:like|enjoy|love|want) (?:it"
    r"|that)",
    r"(?:you'?d|youd|you would) (?:probably |secretly |actually )?(?:like|enjoy|love) (?:it"
    r"|that) if (?:\w+ ){0,4}?(?:followed|grabbed|groped|touched|cornered) (?:you|u)\b",
    # the 1147th set: "She'd get more viewers if she read the news in a bikini" (not "... if
    # she read the news at nine"); "Bet she got that exclusive the old-fashioned way, on her
    # back" (not "... knocking on doors")
    r"(?:read|reads|reading|present|presents|presented|do|did) the (?:news|weather|bulletin"
    r"|show|report|budget)\b[^.!?\n]{0,15}? in (?:a |her )?(?:bikini|lingerie|underwear"
    r"|swimsuit|nightie|bra|knickers|towel)",
    r"(?:got|earned|landed|won|made) (?:that|this|the|her) (?:\w+ ){0,2}?(?:the old[- ]fashioned"
    r" way|the easy way)?,? on (?:her|their) (?:back|backs|knees)",
    # the 1141st set, women journalists a fifteenth time: "Would watch her read the phone
    # book, if you know what I mean 😉" (not "Would watch her interview anyone, she never
    # lets them off the hook"); "DM me when you're done pretending to be a journalist,
    # babe" (not "DM me the source when you're done with the story")
    r"(?:would|i'?d|id) (?:happily |gladly )?(?:watch|listen to|look at|stare at) her"
    r" (?:read|reading|do|doing|say|saying|present|presenting)\b[^.!?\n]{0,40}?(?:if you"
    r" know what i mean|wink wink|nudge nudge|😉|😏|🤤|😜|😘)",
    r"(?:done|finished|tired of|bored of) pretending to be (?:a|an) (?:journalist|reporter"
    r"|anchor|politician|minister|mp|writer|professional|doctor|lawyer|editor)\b[^.!?\n]{0,10}?,?"
    r" (?:babe|baby|sweetie|sweetheart|darling|honey|hun|princess|doll|gorgeous)",
    # the 1133rd set, women journalists harassed a fourteenth time: "Who's she sleeping
    # with at the channel to get prime time at her age?" (not "Who's she working with
    # ..."); "Itni tight kurti pehen ke kaun news padhta hai, sab samajhte hain kya
    # bechna hai" (not "Itni garmi mein kurti pehen ke ...")
    r"who'?s she (?:sleeping|sleepin|shagging|screwing|in bed) with (?:at|on|in) (?:the )?"
    r"(?:channel|paper|station|network|office|party|studio|newsroom)\b[^.!?\n]{0,30}?to get",
    r"(?:tight|chhoti|choti|deep|gehri|tang)\s+(?:kurti|kurta|top|dress|kapde|blouse"
    r"|skirt)\b[^.!?\n]{0,60}?(?:kya bechna hai|kya bech rahi|kya dikhana hai|kya dikha"
    r" rahi|kya bikta hai)",
    # the 1015th set: "Someone should teach her some manners, in private, slowly" (not
    # "..., she was rude to the guests"); "Iski shaadi nahi hui isiliye itna chillati
    # hai": a woman's anger put down to having no husband
    r"teach (?:her|that woman|this woman|the woman|that girl|this girl|that anchor|this"
    r" anchor) (?:some )?manners,? (?:in private|privately|alone|slowly|personally|one on"
    r" one)",
    r"(?:shaadi|shadi) (?:nahi|nhi|nahin) (?:hui|hui hai|hoti|hogi)[^.!?\n]{0,15}?(?:isiliye"
    r"|isliye|tabhi|is liye|toh) (?:\w+ ){0,2}?(?:chillati|chilati|cheekhti|chikhti)",
    # "bachelor ladkiyan ghar mein ladke laati hain, characterless hoti hain sab" (the 694th)
    r"(?:ladkiyan|ladkiya|aurtein|auratein|ye|sab)\b[^.!?\n]{0,40}?characterless (?:hoti"
    r"|hain|hai|h|hi)",
    # the 685th set, on women wrestlers' complaints: "ye pehelwan ladkiyan khud hi coach ke
    # kamre mein jaati thi"; "medal ke liye sab kuch karti hain ye"
    r"(?:ladkiyan|ladki|ladkiya|aurtein|aurat|ye|wo|woh)\b[^.!?\n]{0,30}?khud hi (?:\w+ ){0,3}?"
    r"kamre (?:mein|me) (?:jaati|jati|gayi|jaati thi|jati thi)",
    r"(?:medal|medals|ticket|job|naukri|promotion|role|film|paise|fame) ke liye (?:kuch bhi"
    r"|sab kuch) (?:karti|kar leti|kar sakti|karengi|karegi) (?:hain|hai|h|hai ye|hain ye)",
    # the 672nd set, on a trainee doctor raped and murdered on night duty: the victim
    # asked what she was doing alone at night, marchers' daughters to be kept in check,
    # women marching said to run off with anyone (not "raat ko doctor akeli kyun na rahe")
    r"(?:raat ko|itni raat ko|raat mein|raat me|adhi raat ko|aadhi raat ko) (?:\w+ )?(?:akele"
    r"|akeli) (?:\w+ )?kya kar rahi (?:thi|thee)",
    # a woman reporter asked to report from the writer's bed: "That Latina reporter can
    # come report from my bedroom anytime" (the 856th set)
    r"(?:report|reporting|reports|read|reading|present|presenting|host|hosting|cover"
    r"|covering)(?: \w+){0,3}? (?:from|in) my (?:bedroom|bed)(?![a-z])",
    # a woman MP's voice made a bedroom jibe: "Madam ki speech sunke lagta hai raat ko bhi
    # aise hi chillati hogi" (the 849th set; not "bachchi raat ko chillati hai", a baby)
    r"raat (?:ko|mein|me) (?:bhi )?(?:aise hi |aise |waise hi )?(?:chillati|chilati"
    r"|cheekhti|chikhti) (?:hogi|hongi)",
    # a woman officer asked to meet alone: "kabhi akele mein mil lo" (the 835th set; not
    # "dono neta akele mein mile": a meeting reported)
    r"akele (?:mein|me|main) (?:mil lo|milo|mil le|mil na|aa ja|aaja|aa jao|aao)",
    r"(?:apni )?(?:betiyon|beti|ladkiyon|bachchiyon|behno|behnon) ko (?:\w+ )?(?:sambhalo"
    r"|sambhaalo|sambhal ke rakho|kaabu mein rakho|kabu mein rakho)(?! (?:na|mat|nahi)\b)"
    r"[^.!?\n]{0,40}?(?:jeans|skirt|short|chhote kapde|raat|bahar|ghoomti|ghumti)",
    r"(?:ladkiyan|ladkiya|aurtein|auratein|aunty log|ladki|wali) (?:\w+ ){0,4}?kisi ke"
    r" (?:bhi )?(?:saath|sath) (?:bhi )?(?:bhaag|bhag) (?:jayengi|jaayengi|jaengi|jayegi"
    r"|jaayegi|jaati|jati|jaegi)",
    # the 662nd and 661st sets: an anchor told to read the news from the writer's lap,
    # her clothes wondered under, her worth said to end at a bed ("iski aukat sirf bistar
    # tak hai")
    r"(?:reading|read|reads|present|presenting|presents|host|hosting|hosts|do better|does"
    r" better|be better)(?: \w+){0,3}? (?:from|on|in) my lap",
    r"(?:see|know|find out|check|wonder|wondering) what (?:she|shes|she'?s|she is|her|you|u"
    r"|youre|you'?re) (?:is |are )?hiding under (?:that|her|the|those|your|ur) (?:\w+ )?"
    r"(?:blazer|dress|top|saree|sari|shirt|skirt|blouse|burqa|burkha|clothes|jacket|kurta"
    r"|dupatta|hijab|uniform|coat|suit|gown|abaya)",
    r"(?:aukat|aukaat|aukad|aukaad|auqat|aukat) (?:sirf |bas |bus |to |toh )?(?:bistar"
    r"|bister) (?:tak|ki|jitni|jaisi)",
    # "the blonde one is a right slag in bed", "you slapper" (the 437th set; the British
    # word, not "slag off" or a slag heap)
    # (and "a bitter slag who never got over being dumped", round 497)
    r"(?:a|you|u|right|dirty|little|filthy|total|proper|cheap|old|bitter|nasty|ugly|fat"
    r"|lying|thick|common|mouthy|jealous|desperate|smug|vile) (?:old )?(?:slag|slapper)s?"
    r"(?! (?:off|heap|heaps|pile|piles|iron|wool|cement|from|of)(?![a-z]))",
    # "The keeper's got a nice arse, shame she can't catch" (the 446th set)
    r"(?:she'?s|shes|she has|the \w+'?s|that \w+'?s|this \w+'?s) got (?:a )?(?:nice|great"
    r"|fit|tight|peng|lovely|cracking|decent) (?:arse|ass|bum|rack|tits|pair)",
    # "Ye anchor mantri ke saath so ke hi is channel pe aayi hai" (the 428th set)
    r"(?:ke|ki) (?:saath|sath) so (?:ke|kar|kr) (?:hi )?(?:\w+ ){0,4}?(?:aayi|aai|pahunchi"
    r"|mili|bani|milli|banayi gayi)",
    # "Inki ladkiyan toh paise ke liye kisi ke saath bhi chali jaati hain" (the 403rd set)
    # ("Northeast ki ladkiyan toh waise bhi kisi ke saath bhi chali jaati hain": the
    # 454th set, without the money)
    r"(?:ladkiyan|ladkiya|aurtein|auratein|auraten|aurat|ladki) (?:\w+ ){0,3}?(?:paise ke"
    r" liye (?:kisi ke (?:bhi )?(?:saath|sath)(?: bhi)? (?:chali|so|sone|bhaag|let)|kuch"
    r" bhi karti)|kisi ke (?:bhi )?(?:saath|sath) bhi (?:chali|so|sone|bhaag) (?:jaati|jati"
    r"|jaayegi|jayegi))",
    # "Auto chalane wali auratein sabko line maarti hain" (the 400th set)
    r"(?:ladkiyan|ladkiya|aurtein|auratein|auraten) (?:\w+ ){0,3}?(?:sabko|sab pe|har kisi"
    r" ko|har kisi pe) line (?:maarti|marti|maarte) (?:hain|hai|h)",
    # a woman's work put down to sleeping around: "har film ke hero ke saath soti thi",
    # "characterless thi"
    r"(?:har|sab|kai|kitne|saare|sabhi) (?:\w+ ){0,4}?ke (?:saath|sath) (?:soti|soyi|so chuki"
    r"|sone wali) (?:thi|hai|hain|h)",
    r"(?:ye|yeh|wo|woh|is|us|ek|ekdum|pehle se hi|pehle se) (?:\w+ ){0,2}?characterless"
    r" (?:thi|hai|aurat|ladki|actress|anchor|reporter|h)",
    # a woman's work put down to a bedroom: "madam ji rally mein kam, kisi ke bedroom
    # mein zyada dikhti hain", "asli kaam to bedroom mein karwati hai" (not "bachi bedroom
    # mein soti hai", "neta ke bistar mein khatmal the": someone's bedroom where she is
    # seen, or what she gets done there)
    r"(?:kisi ke|kiske|kis kis ke) (?:bedroom|bistar|bister) (?:mein|me|main) (?:\w+ )?"
    r"(?:dikhti|milti|rehti|jaati|jati|pahunchti|ghusti|soti)|(?:bedroom|bistar|bister)"
    r" (?:mein|me|main) (?:\w+ )?(?:karwati|karvati|karwa ke|karwake)",
    # a woman in politics called a dancer of film songs: "the item girl of politics"
    r"item (?:girl|number|bomb) of (?:indian )?(?:politics|parliament|the (?:party"
    r"|opposition|parliament|assembly|cabinet|congress|bjp))",
    # a woman as second-hand goods: "she's a used item now"
    r"(?:she'?s|she is|her|is|ab|ye|yeh) (?:a |just a |now a )?used (?:item|goods|product"
    r"|maal|piece)",
    # women as for sale: "Bollywood ki saari heroines bikaau hain"
    r"(?:heroines|actresses|ladkiyan|ladkiyon|aurtein|auratein|anchors|reporters"
    r"|patrakarniyan|models) (?:\w+ )?(?:bikau|bikaau|bikaoo) (?:hain|hai|hoti|h)",
    # a woman's body said to be on show or for sale (the 310th set): "pura maal dikha
    # rahi hai", "paise do kuch bhi utaar dengi", "raat ko rate fix hota hoga", "tu bhi
    # uske jaisi hogi ... kitne mein milti hai?" (not "dukaan ka pura maal dikha raha
    # hai", a shop's goods; nor "tum batao ye saree kitne mein milti hai?", a price)
    r"(?:pura|poora|sara|saara|apna) (?:maal|jism|badan) dikha (?:rahi|rhi|ti|di|deti)",
    # her sport or work said to be done in bed: "Akhade mein kushti kam aur bistar mein
    # zyada" (the 889th set)
    r"\bkam\b[^.!?\n]{0,12}?(?:aur )?(?:bistar|bister|bed) (?:mein|me|pe|par) (?:zyada"
    r"|jyada|zada)\b",
    # a woman told to sell her body: "madam ko bolo ... apna jism bech de, zyada paise
    # milenge" (the 880th set; not "apna khoon bech ke", blood sold in poverty)
    r"(?:apna|apni|uska|iska|tera|teri) (?:jism|badan|jawani|jawaani) (?:bech|bechna|bechti"
    r"|bechegi|bech de|bech do|becho|bech ke|bechkar|bech kar|bechne)\b",
    r"paise (?:do|de do|doge|dogi)(?: toh| to)? (?:kuch bhi|sab kuch|sab|kapde) utaar"
    r" (?:dengi|degi|deti|deti hain|dega)",
    r"raat ko (?:\w+ )?rate (?:fix|tay|tai) (?:hota hoga|karti hogi|karti hai|karwati)",
    # "Aisi ladkiyon ka toh rate fix hota hai" (the 475th set; not "ghar ka rate fix hota
    # hai", a flat's price)
    r"(?:aisi|is|iss|us|uss|inki|unki|in|un|ye|yeh|aisi sab) (?:\w+ )?(?:ladkiyon|ladki"
    r"|aurton|auraton|aurat|madam|heroine|anchor|reporter) ka (?:toh |to |bhi )*rate"
    # ("aisi ladkiyon ka rate bhi tay hota h raat ka", the 565th set)
    r" (?:bhi |toh |to )?(?:fix|tay|tai) (?:hota|hoga|hai|h)",
    # her character questioned: "raat ko kaam karne wali ladkiyon ka character sab jaante
    # h", "madam ka character bhi check karo" (the 565th and 561st sets; not "character
    # dheela h is movie ka", a film's)
    r"(?:ladkiyon|ladki|auraton|aurton|aurat|madam|heroine|anchor|patrakarni|biwi)"
    r"(?: ka| ki)? character (?:bhi |toh |to )?(?:sab jaante|sabko pata|dheela|kharab"
    r"|check karo|check karna|pata h|pata hai|dekho)",
    # "She'd look better on her knees than behind a podium" (the 793rd set; not "she was
    # on her knees gardening in the ad")
    r"(?:she'?d|she would|shed|she'?ll|women|you'?d|you would) (?:look|be|do|sound)"
    r" (?:much |far )?better on (?:her|their|your|ur) knees",
    # "corrective" rape of women who love women: "Inko ek raat kisi asli mard ke saath
    # bhej do, sab theek ho jayega" (the 777th set; not "asli mard wo hai jo ...")
    r"(?:inko|unko|isko|usko|inhe|unhe|ise|use|dono ko|in dono ko|aisi ladkiyon ko"
    r"|in ladkiyon ko) (?:ek (?:raat|hafta) (?:kisi )?(?:asli |sachche |real )?|(?:kisi )?"
    r"(?:asli|sachche|real) )(?:mard|aadmi|ladke) (?:ke )?(?:saath|sath|paas) (?:\w+ )?"
    r"(?:bhej do|bhejo|chhod do|chod do|rakh do|sula do|bitwao|rakho)",
    # a woman MP called a dancing girl: "Iss nachaniya ko MP kisne banaya? ... kamar
    # hilati hai bas" (the 776th set; not "Bhojpuri singers contesting on both sides")
    r"(?:iss?|ye|yeh|uss?|aisi|ek|is|us) (?:\w+ )?(?:nachaniya|nachaniyan|nachniya"
    r"|nachaniyon|nachne wali|naachne wali|nachne waali|tawaif|mujre wali|mujra wali)"
    r"(?! (?:ka|ki|ke) (?:kirdar|role|film|gaana|gana|kahani))",
    # ... told to dance for men: "Smriti Irani ko mujra karna chahiye" (the fiftieth
    # session; not "mujra ka itihaas", the art's history)
    rf"(?:{A_WOMAN_NAMED}|madam|ye|yeh|iss?|uss?|aisi) (?:\w+ )?(?:ko|se) (?:\w+ )?mujra"
    r" (?:karna chahiye|karwao|karao|karwa lo|kara lo|karwana chahiye|karwa do|kara do"
    r"|karegi|karti hai|karti h|karna chaiye)",
    # "Iska character pehle se hi dheela tha" of a widow remarried (the 768th set; not
    # "'Character dheela' comments", the words named)
    r"(?:iska|uska|inka|unka|tera|is ladki ka|is aurat ka) character (?:to |toh |bhi )?"
    r"(?:pehle se )?(?:hi )?(?:dheela|dhila|kharab|loose) (?:tha|hai|h|hi tha|hi hai)",
    # blamed for her clothes: "chhote kapde pehen ke night shift jaogi toh kuch toh hoga"
    # (the 565th set)
    r"(?:chhote|chote|chhotey|tight|short) (?:\w+ )?(?:kapde|kapdon|skirt|dress)"
    r" (?:pehen|pehn|pahan|pehan) (?:ke|kar)[^.!?\n]{0,30}? (?:toh|to) (?:kuch toh hoga"
    r"|kuch to hoga|yahi hoga|rape hoga|aisa hi hoga|ye hi hoga)",
    # "jo zyada paisa de uske saath so jaati hai" (the 1413th set; not "jo channel zyada paisa
    # de wahan chali jaati hai", a job changed)
    r"(?:paisa|paise)[^.!?\n]{0,30}? (?:uske|unke|usi ke|usike|kisi ke) (?:saath|sath) so"
    r" (?:jaati|jati|jaayegi|jayegi|jaegi|leti)",
    # "kitne mein biki h ye patrakarni, rate batao" (the 549th set): a woman's price asked
    # (not "ye reporter petrol ka rate batao", the price of a thing)
    r"(?:ye|yeh|is|iss|aisi|us|uss) (?:patrakarni|anchor|ladki|aurat|madam|heroine"
    r"|reporter|actress),? (?:\w+ )?rate (?:batao"
    r"|bata do|bolo|kya hai|kya h|kitna hai|kitna h)(?![a-z])",
    # ... and by her name: "Rana Ayyub ka rate kya hai" (the fiftieth session; not a man's
    # price, "Kejriwal ka rate kya hai", a bribe)
    # (and "Madam ka rate fix karo, transfer ruk jayega", round 527, of an officer; not
    # "madam ka transfer cancel karo")
    # (and her honour priced: "Zoya ki izzat ka bhi rate lagta hoga", round 539; not "Zoya ki
    # film ka budget")
    rf"(?:{A_WOMAN_NAMED}|madam|iski|uski) (?:ki )?(?:izzat|jism|jawani|raat) ka (?:bhi |toh )?"
    r"rate (?:lagta|lagti|lag|hoga|hota|fix|tay|kya|kitna)(?![a-z])",
    rf"(?:{A_WOMAN_NAMED}|madam|madamji|madam ji) (?:ka|ki) (?:\w+ )?rate (?:batao|bata do|bolo"
    r"|kya hai|kya h|kitna hai|kitna h|fix karo|fix kar do|fix kar lo|tay karo|tay kar do)"
    r"(?![a-z])",
    # rape wished by a name: "aisi auraton ka wahi hona chahiye jo nirbhaya ka hua" (the
    # 549th set; not "nirbhaya ke doshiyon ko saza mili", the case reported)
    r"(?:wahi|wohi|vahi|waisa hi|vaisa hi|wo hi) (?:hona chahiye|hoga|karna chahiye|karo"
    r"|kar do)[^.!?\n]{0,25}?jo nirbhaya (?:ke saath|ke sath|ka|ki)",
    r"nirbhaya (?:bana do|bana denge|banao|jaisa haal (?:karo|kar do|hona chahiye|hoga)"
    r"|wala haal (?:karo|kar do|hona chahiye|hoga))",
    # "selector ke saath kitni raatein bitayi team mein aane ke liye" (the 558th set):
    # a player's selection put down to sex
    r"(?:selector|selectors|coach|boss|editor|mantri|neta|director|producer|captain)"
    r"(?: ke| ki| ka)? (?:saath|sath) (?:kitni |kai |bahut |saari )?raatein (?:bitayi"
    r"|bitaayi|guzari|gujari|guzaari)",
    # her clothes said to show her off: "maidan mein chhoti chhoti shorts pehen ke kya
    # dikhana chahti h" (the 558th set)
    r"(?:shorts|skirt|skirts|kapde|dress|frock|bikini) (?:pehen|pehn|pahan|pehan) (?:ke|kar)"
    r" (?:kya|sab kuch|sab) dikhana (?:chahti|chahte|chah rahi)",
    # a woman's place said to be in bed: "aurat ki jagah pitch pe nahi bistar pe h" (the
    # 558th set; not "aurat ki jagah har jagah h")
    r"(?:aurat|auraton|ladki|ladkiyon|mahila|mahilaon|ladies)(?: ki| ka)? jagah"
    r"[^.!?\n]{0,30}?(?:bistar|bed|kothe|kotha) (?:pe|par|mein|me) (?:h|hai|hoti|hain)"
    r"(?![a-z])",
    # "ye to bistar garam karke anchor bani h" (the 549th set): her post put down to sex
    r"bistar garam (?:karke|kar ke|karkar|kar kar) (?:\w+ )?(?:bani|banti|mili|pahunchi"
    r"|aayi|ayi)",
    # "iski photo morph karke viral karo" (the 514th set): her photo faked ("ek raat ka
    # rate batao" is left to the news head: it is also what a hotel is asked)
    # (and hers by name: "Mahua Moitra ki photo morph karke viral karo", the 1413th set)
    rf"(?:iski|uski|inki|unki|is madam ki|is ladki ki|(?:{A_WOMAN_NAMED}) ki)"
    r" (?:\w+ )?(?:photo|photos|pic|pics|tasveer|video) morph (?:karke|kar ke|karo|kar do|kardo)"
    # (not the crime reported: "uski photo morph karke viral ki gayi thi, case hua", the
    # 1254th set)
    r"(?![^.!?\n]{0,30}?(?:ki gayi|ki gai|kiya gaya|kiye gaye|ki thi|kar di gayi|hui thi))",
    # "Kiske saath so ke IAS bani" (the 477th set): a woman's post put down to sex
    r"(?:kiske|kis ke|kisi ke|kiske kiske|boss ke|editor ke|mantri ke|neta ke) (?:saath|sath)"
    r" (?:so|soke|sokar|so kar|so ke|soyi|soi) (?:ke |kar )?(?:\w+ )?(?:bani|banti|mili"
    # (and what she got for a son: "maa ne kiske saath so ke admission dilwaya hoga", the
    # 1286th set)
    r"|pahunchi|aayi|ayi|dilwaya|dilaya|dilwayi|dilayi|karwaya|karwayi)",
    r"(?:tu|tum)(?: bhi)? (?:(?:\w+ )?(?:jaisi|jaise|jaisa)\b[^?\n]{0,60}?)?kitne (?:mein|me"
    r"|main) (?:milti|milegi|bikti|bikegi)(?: hai| h| ho)?(?=\s*(?:[?.!]|$))",
    # "ye ladki to bikau h 100 rs me" (the 505th set): a woman said to be for sale
    r"(?:ye|yeh|is|aisi|woh|wo) (?:ladki|aurat|madam|heroine|anchor|reporter) (?:to |toh )?"
    r"(?:bikau|bikaau|bikaoo) (?:hai|h|he)",
    # "bet the councillor sucked off half the planning committee to get that through" (the
    # 504th set): a post put down to sex
    # ... or on her back: "Bet Hartley got that seat on her back" (round 517; "on her knees"
    # is a sexual remark's, cued by "knees", above)
    r"(?<!\bhe\s)(?:got|gets|earned|earns|landed) (?:the |her |this |that )?(?:\w+ )?(?:job"
    r"|promotion|role|position|seat|post|column|contract|nomination|show) on her back(?! foot)",
    # (and "Lane writes like she sucks off the unions for every headline", round 520)
    r"(?:sucked|sucks|sucking) off (?:half |all |most |the whole )?(?:of )?(?:the |his |her |a )?"
    r"(?:\w+ ){0,2}?(?:committee|board|cabinet|panel|council|party|team|editors?|boss|whips?"
    r"|selectors|unions?|donors|ministers?|mps|councillors|bosses)",
    # a people's women called easy: "inki ladkiyan toh waise bhi easy hoti hain" (the
    # 316th set; not "ye recipe easy hoti hai")
    # (and "IT wali ladkiyan sab chalu hoti h", the 565th set: women named by their work)
    r"(?:inki|unki|in logon ki|un logon ki|inke|unke|\w+ (?:wali|waali)) (?:ladkiyan"
    r"|ladkiyon|aurtein|auratein"
    r"|auraten|bahu betiyan) (?:toh |to )?(?:waise bhi |sab |bhi )*(?:easy|chalu|bazaru"
    r"|bazaaru|characterless) (?:hoti|hain|hai|h)",
    # "She's been passed around half the squad" (the 318th set; not "the ball was passed
    # around the squad")
    r"(?:she'?s|she has|she was|she got|shes) (?:been |got )?passed around (?:\w+ ){0,2}?"
    r"(?:squad|team|dressing room|changing room|club|office|party|newsroom|estate|lads"
    r"|boys)",
    # "iska toh MMS bhi aayega jaldi": a sex tape looked forward to
    # (not "is actress ka naya video aayega": a film's song)
    r"(?:iska|uska|iski|uski|inka|unka|is madam ka|is actress ka) (?:toh |to )?(?:bhi )?(?:mms"
    r"|sex tape|nude video|sex video) (?:bhi )?(?:aayega|aaega|ayega|leak hoga|nikalega"
    r"|aana chahiye)",
    # "she's only in parliament because she flashes her legs"
    # (cued by the flashing and flirting: sleeping around has patterns of its own)
    r"(?:only|just) (?:in|got|won|became|gets|is there|is here|is in)[^.!?\n]{0,30}? because"
    r" she (?:flashes|flashed|flirts|flirted)",
    # "Someone should check what's under Morgan's skirt" (round 513; not "... what's in
    # Morgan's budget")
    r"check (?:what'?s|what is) (?:under|up|beneath|inside) (?:her|his|their|[a-z]+'s)"
    r" (?:skirt|dress|knickers|pants|underwear)",
    # "she needs a good hard dicking to calm down" (and a woman named: "Rachel Dunmore needs
    # a good hard shag to sort her attitude out", round 505)
    rf"(?:she|her|women|feminists|you|u|{A_WOMAN_NAMED}) (?:\w+ )?needs? (?:a |some )?(?:good"
    r" |hard |proper |real )*(?:dicking|shagging|pounding|rogering|shag)",
    # "Hartley was clearly sucking off the linesman at half time" (round 507; not "...
    # consulting the linesman")
    r"(?:she|he|the \w+|[a-z]+) (?:was|is|were|'s|must have been|must be)"
    r" (?:clearly |probably |obviously |definitely )?(?:sucking (?:off|him off|his)"
    r"|giving head to) (?:the|him|his|her|a)\b",
    # "we all know how women get ahead", "she must have pleased someone in Delhi to get
    # that posting": a woman's work put down to sex
    r"(?:we all|everyone|everybody|we) knows? how (?:women|girls|she|these women|such women"
    r"|women like her) (?:get|gets|got) (?:ahead|promoted|to the top)(?=\s*(?:[.!,;]|$"
    r"|\.\.\.|lol|;\)|😉|in this country|in (?:politics|the civil services|this government)"
    r"(?:\s*[.!,;]|$)))",
    # "she's clearly never been properly satisfied": her views put down to sex
    r"(?:she|shes|she'?s|she has|women like her|feminists)(?: \w+)? (?:has |have )?never"
    r" been (?:properly |really |well )?(?:satisfied|laid|fucked|shagged)",
    r"(?:she|madam|her) (?:\w+ )?must (?:have|'ve) (?:pleased|satisfied|kept \w+ happy)"
    r" (?:someone|somebody|the boss|her boss|a minister|the minister|a neta)(?: (?:in|at)"
    r" \w+)? to get",
    # the 1182nd set, a woman reporter's byline in everyday English: "She'd get more readers
    # if she did these updates in the shower" (not "she would never pose naked": "never"
    # after the woman is refused); "she always leans forward in the
    # video so we get the full view" (not "she leans forward when the minister dodges");
    # "the only thing anyone remembers from her report is the skirt" (not "... is the tie",
    # nor "..., which says more about them"); "I'd give her one too if she asked nicely"
    # (not "I'd give her one more term")
    r"(?:she'?d|she would|she should|she could|if she|let her|make her)(?! never)\b"
    r"[^.!?\n]{0,60}?\b(?:in the shower|in (?:a|her) (?:bikini|lingerie|underwear|towel"
    r"|nightie|bra)|topless|naked)",
    r"(?:she|her)\b[^.!?\n]{0,30}?(?:leans?|leaning|bends?|bending) (?:forward|over|down)"
    r"\b[^.!?\n]{0,40}?(?:full view|the view|a view|view of|an eyeful|eyeful)",
    r"(?:only|one) thing (?:\w+ ){0,4}?(?:remember|remembers|remembered|notice|notices"
    r"|noticed|looks at|look at)\b[^.!?\n]{0,40}? (?:is|are|was|were) (?:her|the) (?:skirt"
    r"|legs|dress|cleavage|neckline|lipstick|body|figure|chest|boobs|bum|bottom|heels|blouse)"
    r"\b(?![^.!?\n]*(?:sexist|says more|shame|sadly|pathetic|disgrace|which is))",
    r"(?:i'?d|id|i would|would) (?:\w+ )?give her one(?! (?:more|last|chance|stars?|points?"
    r"|votes?|of|day|reason|thing|year|term|month|week|shot|job|award|medal|hour|minute"
    r"|pound|penny|rupee|out of))(?=[\s.,!?]|$)",
    # the 1188th set, a woman reporter in Hinglish and English: "her body is made for
    # something else entirely" (not "her body is built for endurance"); "Anchor bani hai ya
    # item girl" (not "ye gaana hai ya item number"); "Bet her promotions came after
    # midnight" (not "her promotion came after the merger"); "Isko dekh ke news nahi, kuch
    # aur hi yaad aata hai 🥵" (not "... Doordarshan ka zamana yaad aata hai")
    r"(?:her|your|ur|that) (?:body|figure) (?:is |was |'s )?(?:made|built|designed) for"
    r" (?:something else|other things|other work|the bedroom|bed|sin|pleasure|one thing)",
    r"(?:anchor|reporter|patrakar|journalist|newsreader|minister|neta|mp|mla|officer)\w*"
    r" (?:bani|banti|hai|ho|lagti)\w*(?: hai| h)? ya (?:item girl|item|dancer|nachaniya"
    r"|model|heroine)\b",
    r"(?:her|she'?s|she) (?:\w+ )?(?:promotions?|jobs?|slot|show|exclusives?|raise|contract"
    r"|career|posting|anchor chair)\b[^.!?\n]{0,20}?(?:came|come|happened|was signed|got"
    r" signed|were signed|was decided|got decided) (?:after midnight|after dark|after hours"
    r"|at night|in the night|late at night)",
    r"(?:news|khabar|report) (?:nahi|nahin|nhi),? kuch aur (?:hi )?(?:yaad aata|yaad aati|mann"
    r" karta|man karta|khayal aata|sochte|sochta)[^.!?\n]{0,10}?(?:🥵|🤤|😏|😉|😜|😘|🔥)",
    # "geeli saree mein TRP double ho jayegi" (not "reporter ki geeli saree dekh ke dukh hua")
    r"(?:geeli|gili|bheegi|bhigi|wet) (?:saree|sari|kurti|dress|blouse|shirt|top)\b"
    r"[^.!?\n]{0,30}?(?:trp|ratings|views|viewers|log dekhenge|double)",
    # the 1191st set, a woman anchor's budget explainer: "She can explain my deficit anytime,
    # preferably lying down 😏" (not "she should rest after the surgery, preferably lying
    # down"); "apne blouse ke gale pe zyada dhyan deti hai madam. Wahi toh dekhte hain log"
    # (not "blouse ke gale ka design accha hai"); "couldn't find the fiscal deficit if it was
    # between her legs"; "Budget ke baad personal tuition chahiye 😉" (not "personal tuition
    # for my son")
    r"(?:she|her|madam|you|u)\b[^.!?\n]{0,50}?(?:preferably|ideally) (?:lying down|on (?:her"
    r"|your|ur) back|in (?:bed|my bed|her bed)|naked|undressed)\s*(?:😏|😉|😜|🤤|🥵|😘)",
    r"(?:blouse|kurti|top|dress|saree|sari)\w* (?:ke|ka|ki) (?:gale|gala|neckline)\b"
    r"[^\n]{0,60}?(?:dekhte|dekhta|dekhenge|dikhati|dikhana|dhyan deti|dhyaan deti)",
    r"(?:if it was|if it were|even if it was|unless it was) (?:\w+ ){0,3}?between (?:her|your"
    r"|ur) (?:legs|thighs)",
    r"(?:personal|private) (?:tuition|tuitions|lessons?|classes|class|session|sessions"
    r"|briefing|coaching)\b[^.!?\n]{0,20}?(?:😉|😏|😘|🤤|😜|🥵)",
    # "Sab jaante hain raat ko kiske saath hoti hai" (a woman's nights; not "raat ko kiske
    # saath party mein tha minister", a man's party)
    r"raat (?:ko|mein|me) (?:\w+ )?(?:kiske|kis ke|kisse|boss ke|owner ke|editor ke|malik ke"
    r"|minister ke) (?:saath|sath) (?:hoti|rehti|jaati) (?:hai|h|hogi|thi)",
    # the 1200th set, a woman MP: "Isko Parliament se nikaal ke Sonagachi bhej do" (a red
    # light district; not "Sonagachi ki auraton ke liye clinic khula"); "foreign trips pe
    # kisi na kisi ke saath zyada dikhti hai. Samajhdar ko ishara kaafi." (not "kisi na
    # kisi ke saath meeting mein dikhti hai, kaam hai unka", said without the wink)
    r"(?:sonagachi|kamathipura|gb road|g b road|red light area|red light district|kothe|kotha)"
    r"\b[^.!?\n]{0,10}?(?:bhej|bhejo|bhejdo|bitha|baitha|baithao|bithao|send)\w*"
    r"|(?:bhej|bhejo|send)\w* (?:do |dena |her |him )?(?:to )?(?:sonagachi|kamathipura|gb road"
    r"|the red light (?:area|district)|kothe)",
    r"kisi na kisi ke (?:saath|sath)\b[^\n]{0,60}?(?:samajhdar ko ishara|ishara kaafi|ishara"
    r" kafi)",
    # the 1204th set, in Devanagari: girls at a sit-in "ladke phansane aati hain, sab ki sab
    # chalu" (not "sab ki sab chalu ho gayi, bijli aa gayi", the lights); the 1205th, a rape
    # verdict, the victim blamed: drunk in his flat, "what did she think was going to
    # happen?" (not crypto bought); "she looks like she enjoyed it, check her Instagram";
    # "If she dressed like that in my town she'd get the same treatment"; the 1208th:
    # "naachne ke bahane sab dikhane aati hain" (not "dance ke bahane exercise ho jaati
    # hai")
    r"(?:ladkiyan|ladkiya|ladkiyaa|ladkiyaan|auraten|aurtein|ye|yeh|heroine|heroinein"
    r"|actress|actresses)\b[^\n]{0,100}?sab ki sab (?:chalu|chaalu|bazaru|bazaaru|randi|raand"
    r"|gold ?digger)\w*",
    r"(?:drunk|dressed like|wearing|at \d+ ?(?:am|pm)|in his (?:flat|room|house|car|bed)|alone"
    r" with)\b[^\n]{0,60}?what (?:did|does) she (?:think|expect)\b[^.!?\n]{0,20}?happen",
    r"(?:looks like|bet|probably|clearly|obviously) she (?:enjoyed|wanted|liked|loved) it\b"
    r"[^\n]{0,40}?(?:check|look at|see) her (?:instagram|insta|posts|photos|social media"
    r"|tiktok|facebook)",
    r"(?:dressed|dresses|dressing) like that\b[^.!?\n]{0,40}?(?:she'?d|she would|she will"
    r"|she'?ll) get (?:the same|what|raped|treated)",
    r"ke bahane (?:sab kuch|sab|badan|jism|body|kamar) dikhane (?:aati|aate|jaati) (?:hain|hai)",
    # the 1209th set, an actress's divorce: "kitno ke saath so chuki hogi" (not "kitno ke
    # saath kaam kar chuki hai"); a woman to be kept "aukaat mein"; "item number karke pet
    # palegi"; the 1213th, a woman reporter in a flood, in Hinglish: "Geeli ho ke report kar
    # rahi hai, ab toh views aayenge hi"; "Madam ko paani mein dekh ke mera bhi mann kiya
    # ... 🤤" (not "madam ko dekh ke mera bhi mann kiya reporter banun"); 'kaun sa "source"
    # milne gayi thi'; "report nahi, kuch aur dikha rahi thi"; "Iski shaadi karwa do, ghar
    # baithegi toh ye sab naatak band hoga"
    r"(?:kitno|kitnon|kitne logon|kitne mardon|kis kis) ke (?:saath|sath) so (?:chuki|gayi"
    r"|gai|rahi|leti)",
    r"(?:aurat|aurton|auraton|biwi|patni|ladki|ladkiyon)\w*\b[^\n]{0,80}?aukaat (?:mein|me)"
    r" (?:rakhna|rakhni|rakho) (?:chahiye|tha|thi)",
    r"item (?:number|song|girl) (?:karke|kar ke|kar kar ke|kar kar) (?:pet|ghar) (?:palegi"
    r"|chalayegi|bharegi|paalegi)",
    r"(?:geeli|gili|bheegi|bhigi|wet) (?:ho ke|hoke|hokar|ho kar)\b[^.!?\n]{0,40}?(?:views"
    r"|trp|ratings|viewers)",
    r"(?:madam|anchor|reporter|ladki|isko|usko|ise|use|she|her)\w*\b[^\n]{0,40}?dekh (?:ke"
    r"|kar) (?:mera|hamara|humara) (?:bhi )?(?:mann|man|dil) (?:kiya|karta|kar raha)\b"
    r"[^\n]{0,40}?(?:🤤|🥵|😏|😍|😘|😜)",
    r"kaun (?:sa|se) [\"“']?source[\"”']? (?:milne|se milne) (?:gayi|jaati|gai)",
    r"(?:report|news|khabar) (?:nahi|nahin|nhi),? kuch aur (?:hi )?(?:dikha|dikhaa) (?:rahi"
    r"|rhi) (?:thi|hai|h)",
    r"shaadi (?:karwa|kara|karva|karwaa) (?:do|dena chahiye)\b[^\n]{0,40}?ghar (?:baithegi"
    r"|baith jayegi|sambhalegi)",
    # the 1219th set, a woman presenter of 58: "she should be grateful anyone still wants to
    # look at her" (not "she should be grateful anyone still watches the channel": looked
    # at, fancied, herself); "a right goer in her day"; "the mouth for something
    # more useful"; "I'd have given her a proper grilling, on the sofa" (not "given her a
    # proper grilling on the programme")
    r"(?:she|her)\b[^.!?\n]{0,20}?(?:should|ought to|must) be grateful (?:anyone|anybody|any"
    r" man|someone|a man) (?:still )?(?:wants to look at|would look at|looks at|fancies"
    r"|would touch|wants to touch|would sleep with)",
    r"(?:a right|a real|a bit of a) goer\b",
    r"(?:the|a) mouth (?:for|made for|built for) (?:something|other things) (?:more useful|else"
    r"|better)",
    r"(?:given|give|gave) her (?:a )?(?:proper |good |real )?(?:grilling|interview|going over"
    r"|workout|ride)\b[^.!?\n]{0,10}?(?:on|in) (?:the|my) (?:sofa|couch|bed|casting couch|back"
    r" seat)",
)
_SHAMING: Final = _one_at_a_time(_SHAMING_PATTERNS, _SHAMING_CUES)


@lru_cache(maxsize=1)
def _sexual_alternatives() -> Alternatives:
    # (the patterns' cue words are common ones, "look", "number", "night": each runs alone)
    return _one_at_a_time(_SEXUAL_PATTERNS, lx.SEXUAL_WORDS)


def _sexual(words: Words) -> list[Hit]:
    hits = []
    for i, word in enumerate(words.words):
        if (
            word in lx.SEXUAL_INSULTS
            and not _said_of_life(words, i)
            and not _named_as_a_word(words, i, i)
            and not _called_and_punished(words, i)
        ):
            # "this bitch" points at a woman as surely as "you bitch" does, "Russki bitch"
            # names her by her people (the 320th set) and "dumb bitch", "traitor bitch" by
            # what the writer calls her (the 518th and 520th sets)
            pointed = i > 0 and words.words[i - 1] in _POINTING_AT_A_WOMAN
            if pointed and words.words[i - 1] == "yellow" and i > 1:
                pointed = words.words[i - 2] not in _OWNED  # "my two yellow bitches": dogs
            # "bitch judge", "slut anchor": a woman named by her work
            named = (
                word in _ONE_WOMAN and i + 1 < len(words) and words.words[i + 1] in _NAMED_BY_WORK
            )
            directed = pointed or named or _directed(words, i, i) or _called_one(words, i)
            score = 0.92 if directed or word not in lx.MILD_SEXUAL else 0.7
            hits.append(words.hit(SEXUAL_HARASSMENT, score, i, i, "insult"))
    if not words.present.isdisjoint(lx.SEXUAL_WORDS):  # the patterns need one of these
        hits.extend(
            alternative_hits(_sexual_alternatives(), SEXUAL_HARASSMENT, 0.93, "advance", words)
        )
    if not words.present.isdisjoint(_SEXUAL_SLANG_CUES):
        hits.extend(alternative_hits(_SEXUAL_SLANG, SEXUAL_HARASSMENT, 0.93, "advance", words))
    if not words.present.isdisjoint(_SHAMING_CUES):
        hits.extend(alternative_hits(_SHAMING, SEXUAL_HARASSMENT, 0.93, "advance", words))
    if not words.present.isdisjoint(lx.HAILED_AT_WORK):
        hits.extend(_sexualised_at_work(words))
    if not words.present.isdisjoint(_SOLD_CUES):
        hits.extend(regex_hits(_SOLD, SEXUAL_HARASSMENT, 0.93, "advance", words.text))
    return hits


def _called_one(words: Words, i: int, of_people_only: bool = False) -> bool:
    """A person said to be what the word at i calls them: "Rana Ayyub is a bitch", "she's
    such a bimbo", "that anchor was a total bitch" (the fiftieth session's sweep found them
    published as a third person's insults are; "this bitch" was already held), "Ravish Kumar
    is a bastard", "he's a piece of shit" (the fifty-first's). Not what is not a person
    ("life is a bitch", "parking here is a bitch", "my dog is a bitch"), nor denied ("she is
    not a bitch") or reported ("whoever said she is a bitch should apologise"). A word said
    `of_people_only` ("wanker") makes whoever it is said of a person, a name no list holds
    too ("Whitcombe is a wanker"), bar the words that point at what was said or done ("that's
    a twat move", "it's a prick of a job")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        word = words.words[k]
        if word in lx.NEGATIONS or words.sentence(k) != words.sentence(i):
            return False
        if word in _SHE_IS:
            return not _reported(words, k)
        if word in _SAID_TO_BE:
            subject = k - 1
            return (
                k > 0
                and _said_of_a_person(words, subject, words.words[subject], of_people_only)
                and not _reported(words, _name_start(words, subject))
            )
        # "Rana Ayyub's a bitch", "Madam Speaker's a bimbo": the "'s" read into the word
        # (not a plural's: "these politicians are all bastards")
        if (
            word.endswith("s")
            and words.text[words.span(k)[1] - 2] in _APOSTROPHES
            and _said_of_a_person(words, k, word[:-1], of_people_only)
        ):
            return not _reported(words, _name_start(words, k))
    return False


def _called_one_in_hindi(words: Words, i: int) -> bool:
    """A person said in Hindi to be what the word at i calls them, the verb after it:
    "Ravish dogla hai", "Kejriwal ek number ka bastard hai", "woh sabse bada scumbag tha"
    (the fifty-first session's sweep; not "Modi dogla nahi hai", denied, nor "jisne bola
    Ravish dogla hai ...", "mera saala Dubai mein hai", "traffic saala bahut hai")."""
    after = i + 1
    if after < len(words) and words.words[after] == "hi":
        after += 1  # "woh dogla hi hai"
    if (
        words.words[i] in _SAALA
        and after < len(words)
        and words.words[after] in _INSULTS_AFTER_SAALA
    ):
        after += 1  # "Modi saala chor hai": the strong word before another (the fifty-second)
    if after < len(words) and words.words[after] in _HINDI_PERSON_NOUNS:
        after += 1  # "Yogi ek number ka scumbag neta hai" (round 492)
    if after == len(words) or words.words[after] not in _HINDI_IS:
        return False
    k = i - 1
    while k >= 0 and i - k <= 4 and _such_a(words, k):
        k -= 1  # "ek number ka", "sabse bada", "pakka"
    if k < 0 or words.sentence(k) != words.sentence(i):
        return False
    subject = words.words[k]
    person = subject in _HINDI_HE_SHE or _names_a_person(words, k, subject)
    return person and _HINDI_SAID.isdisjoint(words.words[max(0, k - 4) : k])


def _such_a(words: Words, k: int) -> bool:
    """Whether the word at k is one of "ek number ka", "sabse bada", "pakka" ... (not "ka"
    alone: "ye Modi ji ka saala hai" is his brother-in-law)."""
    word = words.words[k]
    return word in _HINDI_SUCH_A or (word in _OF and k > 0 and words.words[k - 1] == "number")


_HINDI_IS: Final = frozenset({"hai", "h", "he", "hain", "tha", "thi", "the"})
_SAALA: Final = frozenset({"saala", "sala", "saale", "sale"})
_INSULTS_AFTER_SAALA: Final = lx.MILD_INSULTS | lx.STRONG_INSULTS
_HINDI_PERSON_NOUNS: Final = frozenset(
    {"neta", "aadmi", "admi", "insaan", "insan", "banda", "bandi", "aurat", "ladka", "ladki",
     "patrakar", "anchor", "mantri", "vyakti"}
)  # fmt: skip
_HINDI_SUCH_A: Final = frozenset(
    {"ek", "number", "sabse", "bada", "badi", "pakka", "pakki", "toh", "to", "bhi", "asli",
     "bahut", "poora", "pura", "ekdum", "bilkul", "sala", "saala"}
)  # fmt: skip
_OF: Final = frozenset({"ka", "ki", "ke"})
_HINDI_HE_SHE: Final = frozenset({"woh", "wo", "vo", "voh", "ye", "yeh"})
_HINDI_SAID: Final = _HINDI_SAYS | frozenset({"bola", "boli", "likha", "bataya"})


def _pointed_at_one(
    words: Words, i: int, j: int | None = None, of_people_only: bool = False
) -> bool:
    """The insult at i (the phrase i..j) pointed at one person by "this" or "that", before
    a name or ending the sentence: "that bastard Modi", "I can't stand this prick." (not
    "that dick move", "the bastards at the ratings agency"); anywhere, a word said
    `of_people_only` ("that wanker Jane Smith", "this tosser from the council")."""
    if of_people_only:
        # (and by "the", an attack word or two between: "Hollins the useless tosser couldn't
        # catch a cold", round 497)
        k = i - 1
        while k > 0 and i - k <= 2 and words.words[k] in _BEFORE_ONE_CALLED:
            k -= 1
        if k >= 0 and words.words[k] == "the":
            return words.words[i] not in _MANY_CALLED  # (not "ban the a**holes in this thread")
        return k >= 0 and words.words[k] in _THIS_THAT
    if i == 0 or words.words[i - 1] not in _THIS_THAT:
        return False
    after = (i if j is None else j) + 1
    return (
        after == len(words)
        or words.sentence(after) != words.sentence(i)
        or words.words[after] in _WORDS_OF_NAMES
    )


_THIS_THAT: Final = frozenset({"this", "that"})
# The plurals of the words said of people only ("wankers", "jackasses")
_MANY_CALLED: Final = frozenset(
    word
    for word in lx.SAID_OF_PEOPLE_ONLY
    if word[:-1] in lx.SAID_OF_PEOPLE_ONLY or word[:-2] in lx.SAID_OF_PEOPLE_ONLY
)
_BEFORE_ONE_CALLED: Final = (
    lx.INSULT_ADJECTIVES
    | lx.ATTACK_MODIFIERS
    | {"absolute", "complete", "total", "utter", "biggest", "little", "old", "fat", "smug",
       "spineless", "gutless", "lying", "arrogant", "pompous", "stuck-up", "bloody"}
)  # fmt: skip


def _name_start(words: Words, k: int) -> int:
    """The first word of the name or title whose last word is at k ("ravish" of "Ravish
    Kumar", "mr" of "Mr Sharma"): where a report of what is said of them starts ("whoever
    said Ravish Kumar is a bastard")."""
    while k > 0 and words.words[k - 1] in _WORDS_OF_NAMES:
        k -= 1
    return k


def _said_of_a_person(words: Words, k: int, word: str, of_people_only: bool) -> bool:
    """Whether `word` (at k, or its stem) is a person that what is said of it is said of:
    any word but those that point at a thing, where it is said of people only."""
    if of_people_only:
        return word not in _NO_PERSON
    return _names_a_person(words, k, word)


# What "is a wanker" may follow and not be said of a person: "that's a twat move", "it's a
# prick of a job", "what a dickhead thing to say", "there's a prick of light"; nor of
# another ("I was an asshole! I'm sorry", an OLID tweet)
_NO_PERSON: Final = frozenset(
    {"it", "this", "that", "what", "which", "there", "here", "thing", "move", "idea", "word",
     "i", "we"}
)  # fmt: skip


def _names_a_person(words: Words, k: int, word: str) -> bool:
    """Whether `word` (the word at k, or its stem) is a person: a pronoun, a woman or her
    work, a public figure's name, or any name after a title ("Mrs Gandhi")."""
    return (
        word in _PERSONS
        or word in _PUBLIC_FIGURE_WORDS
        or (k > 0 and words.words[k - 1] in _TITLES)
    )


def _sexualised_at_work(words: Words) -> list[Hit]:
    """A woman hailed at her work and her body or sex in the same sentence (HAILED_AT_WORK):
    each sentence read once, however often it hails her."""
    hits = []
    read: set[int] = set()
    for i, word in enumerate(words.words):
        if word not in lx.HAILED_AT_WORK or (sentence := words.sentence(i)) in read:
            continue
        read.add(sentence)
        around = words.sentence_around(i)
        found = (_her_body_at(words, k, around) for k in around)
        body = next((end for end in found if end is not None), None)
        if body is not None:
            first, last = min(i, body), max(i, body)
            hits.append(words.hit(SEXUAL_HARASSMENT, 0.9, first, last, "sexualised"))
    return hits


def _her_body_at(words: Words, k: int, sentence: range) -> int | None:
    """The last word of her body or sex said at word k of `sentence`, if it is."""
    word = words.words[k]
    if word in lx.HER_BODY_ANYWHERE:
        return k
    if (length := words.phrase_at(k, lx.HER_BODY_PHRASES)) and k + length - 1 in sentence:
        return k + length - 1
    if (
        word in lx.HER_BODY_PARTS
        and k - 1 in sentence
        and words.words[k - 1] in lx.HERS
        and all(words.words[n] not in lx.BODY_CARED_FOR for n in sentence)
    ):
        return k
    return None


# (not the colours, which also tell a dog's coat: "a black bitch, eight weeks old")
_POINTING_AT_A_WOMAN: Final = (
    lx.POINTING
    | (lx.GROUP_ADJECTIVES - {"black", "white", "brown"})
    | {"russki", "russkie", "slant", "slanty", "slitty"}  # "Old slant bitch" (the 393rd set)
    | {"yellow"}  # "Yellow bitches like her always smile for the camera" (the 781st set)
    | lx.ATTACK_MODIFIERS
    | lx.INSULT_ADJECTIVES
    # (not "mad" nor "thick": "mad bitches" are many women in slang, "thick" a compliment)
    | {"traitor", "ugly", "fat", "psycho", "nasty", "evil", "crazy", "silly"}
)
_OWNED: Final = frozenset({"my", "our", "two", "three", "four", "both"})
# (singular: "my bitches judge me" has a verb after it, not a woman's work)
_ONE_WOMAN: Final = frozenset(
    {"bitch", "slut", "whore", "skank", "hooker", "bimbo", "cunt", "randi"}
)
_NAMED_BY_WORK: Final = lx.STAFF | frozenset(
    {"judge", "minister", "mp", "mla", "lawyer", "teacher", "host", "actress", "neta",
     "politician", "doctor", "nurse", "professor", "boss", "cop", "officer"}
)  # fmt: skip
_SHE_IS: Final = frozenset({"shes", "hes", "shez"})
_SAID_TO_BE: Final = frozenset({"is", "was", "s", "iz"})
# The last word of each public figure's name ("ayyub", "moitra", "modi")
_PUBLIC_FIGURE_WORDS: Final = frozenset(name.split()[-1] for name in PUBLIC_FIGURE_NAMES.split("|"))
# (and the offices before a name: "Councillor Smith is a bastard", "that prick Mayor Collins")
_TITLES: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "madam", "smt", "shri", "dr", *OFFICES_BEFORE_A_NAME.split("|")}
)
_WORDS_OF_NAMES: Final = _TITLES | frozenset(PUBLIC_FIGURE_NAMES.replace("|", " ").split())
_APOSTROPHES: Final = frozenset("'’")
_PERSONS: Final = (
    frozenset(
        {"she", "he", "woman", "lady", "girl", "wife", "mother", "mom", "mum", "sister",
         "daughter", "aunty", "auntie", "madam", "madame", "bhabhi", "didi", "ex",
         "girlfriend", "gf", "mistress", "widow", "actress", "presenter", "spokesperson",
         "leader", "pm", "cm", "president", "chairperson", "mayor", "councillor", "writer",
         "columnist", "commentator", "influencer", "youtuber", "man", "guy", "bloke",
         "husband", "boyfriend", "bf", "actor", "father", "dad", "brother", "uncle",
         "governor", "chairman", "spokesman", "candidate", "chief", "premier", "senator"}
    )
    | _NAMED_BY_WORK
)  # fmt: skip


def _profane(word: str) -> bool:
    return word in lx.PROFANE_WORDS or word.startswith(lx.PROFANE_STEMS)


_PROFANE: Final = WordCache(_profane)


def _profanity(words: Words) -> list[Hit]:
    profane = _PROFANE.__getitem__
    if not any(map(profane, words.present)):
        return []  # most comments stop here
    return [
        words.hit(PROFANITY, 0.9, i, i, "word") for i, w in enumerate(words.words) if profane(w)
    ]


_THREAT_REASONS: Final = {
    "threat.violence": (THREAT, 0.95),
    "dehumanisation": (IDENTITY_ATTACK, 0.95),
}


# A punishment asked of the courts ("the police who fired on farmers should be hanged after
# a fair trial") is a sentence demanded, as "Hang the rapists" is, not violence.
_BY_THE_COURTS: Final = re.compile(
    r"after (?:a |due )?(?:fair |proper |speedy )?(?:trial|process)|if (?:found )?(?:guilty"
    r"|convicted)|by (?:the |a )?courts?|through the courts|after (?:a |their )?conviction"
    # "Hang the officers who fired if the inquiry finds it was unprovoked. Hang them by the
    # law, I mean, not a mob" (the 728th set)
    r"|once convicted|by the law|if (?:the |an |a )?(?:inquiry|probe) finds"
)
_COURT_CUES: Final = frozenset({"trial", "process", "guilty", "convicted", "court", "courts",
                         "conviction", "law", "inquiry", "probe"})  # fmt: skip


def _asked_of_the_courts(words: Words, hits: list[Hit]) -> list[Hit]:
    """The threats that ask no court for a sentence: all but violence wished on third persons
    in a sentence that leaves it to a trial (a reader threatened is threatened, trial or
    not: "people like you should be shot after a trial")."""
    return [hit for hit in hits if not _a_sentence_asked(words, hit)]


def _a_sentence_asked(words: Words, hit: Hit) -> bool:
    if hit.reason not in _SENTENCES_ASKED:
        return False
    first, last = words.word_at(hit.start), words.word_at(hit.end - 1)
    if not lx.SECOND_PERSON.isdisjoint(words.words[first : last + 1]):
        return False
    sentence = words.sentence_around(first)
    start, end = words.span(sentence[0])[0], words.span(sentence[-1])[1]
    return _BY_THE_COURTS.search(words.text, start, end) is not None


_SENTENCES_ASKED: Final = frozenset({"threat.violence", "threat.incitement"})


def _threats(text: str, words: frozenset[str]) -> list[Hit]:
    hits = []
    for start, end, reason in find_threats(text, words):
        if _a_danger_told(text, start) or _to_hell_with_it(text, start):
            continue
        if _pests_meant(text, start, end) or quoted_whole(text, start, end):
            continue
        if _LIKE_STATEMENTS.match(text, end):
            continue  # "zabaan kaat denge jaise bayan dene wale MLA pe FIR" (the 722nd set)
        category, score = _THREAT_REASONS.get(reason, (THREAT, 0.9))
        code = reason if reason.startswith(category) else f"{category}.{reason}"
        hits.append(Hit(category, score, start, end, code))
    return hits


# What a threat followed by these names, as a slur or insult followed by them is named as a
# word: "... jaise bayan", "... jaisi dhamkiyan", "... jaise shabd".
_STATEMENTS: Final = frozenset(
    {"bayan", "bayaan", "bayano", "bayanon", "statement", "statements", "dhamki", "dhamkiyan",
     "baatein", "baaton", "naare", "nare"}
)  # fmt: skip
_LIKE_STATEMENTS: Final = re.compile(
    rf",?\s+(?:{'|'.join(sorted(_SUCH))})\s+(?:{'|'.join(sorted(_SUCH_WORDS | _STATEMENTS))})"
    r"(?![a-z])"
)


def _a_danger_told(text: str, start: int) -> bool:
    """'The drugs could kill him', 'complications that could kill her', 'that virus might
    kill them': harm that something may do, told as a danger (health news, the abortion
    debate), not threatened; 'I could kill him', 'someone will shoot her' still are."""
    if not _HARM_VERB.match(text, start):
        return False
    before = _MODAL_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) not in _THREATENERS


def _pests_meant(text: str, start: int, end: int) -> bool:
    """'Bloody mosquitoes, kill them all before the dengue season' (the 674th set): 'them'
    are the pests the sentence named before the threat, not people; not where the pests name
    what people are called ('they breed like flies, kill them all')."""
    if " them" not in text[start:end]:
        return False
    opened = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    clause = text[opened:start]
    pest = _LITERAL_PEST.search(clause)
    return pest is not None and _CALLED_BEFORE.search(clause, 0, pest.start()) is None


# Pests no comment calls people (not rats, cockroaches or termites, which they are called).
_LITERAL_PEST: Final = re.compile(
    r"\b(?:mosquito(?:e?s)?|flies|wasps|ants|slugs|snails|weeds|fleas|ticks|midges|pigeons"
    r"|mice|moths|aphids|bed ?bugs|bugs|germs|woodworm|nettles|dandelions)\b"
)
_CALLED_BEFORE: Final = re.compile(r"\b(?:are|is|r|like|as|called|call|calling)\s+(?:\w+\s+)?$")


def _to_hell_with_it(text: str, start: int) -> bool:
    """'Is mudde ko goli maaro': the idiom (forget this issue) with the thing before it, as
    it has after it ('goli maaro is budget ko'); not 'in gaddaron ko goli maaro'."""
    if not text.startswith("goli", start):
        return False
    before = _THING_KO_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not _PEOPLE_KO.fullmatch(before.group(1))


_THING_KO_BEFORE: Final = re.compile(r"\b(?:is|us|iss|uss|aise|aisi|aisa|in|un) (\w+) ko\s+$")
# The people a Hindi call to harm names before "ko" (the threats' own list)
_PEOPLE_KO: Final = re.compile(KO_PEOPLE)
_HARM_VERB: Final = re.compile(DO_HARM + r"\b")
_MODAL_BEFORE: Final = re.compile(r"([a-z']+)\s+(?:could|might|can|may|will|would)\s+$")
# Who can threaten: the writer, the reader, anyone, a crowd spoken for
_THREATENERS: Final = frozenset(
    {"i", "we", "someone", "somebody", "anyone", "anybody", "you", "u", "they", "he",
     "she", "people", "guys", "boys", "men", "lads", "folks", "mob", "and", "or", "who"}
)  # fmt: skip


class _CueTable:
    """Which of the word sets that let a check run a comment's words meet, found in one
    pass over its distinct words (a bit per set) instead of a set intersection per check:
    most checks run for few comments, and the two dozen intersections took about a tenth
    of the rules' time."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._count = 0

    def bit(self, words: frozenset[str]) -> int:
        """A new bit, set for each of `words`."""
        bit = 1 << self._count
        self._count += 1
        for word in words:
            self._bits[word] = self._bits.get(word, 0) | bit
        return bit

    def met(self, present: frozenset[str]) -> int:
        """The bits of the sets `present` meets."""
        met = 0
        for word in self._bits.keys() & present:  # (a quarter of a comment's words; a set)
            met |= self._bits[word]
        return met


# (Here, below every set they are made from.)
_CUES: Final = _CueTable()
_CUE_CHAT: Final = _CUES.bit(CHAT_CUES)
_CUE_GROUP: Final = _CUES.bit(_GROUP_CUES)
_CUE_SLUR: Final = _CUES.bit(_SLUR_CUES)
_CUE_EXCLUSION: Final = _CUES.bit(_EXCLUSION_CUES)
_CUE_GROUP_ADJECTIVE: Final = _CUES.bit(lx.GROUP_ADJECTIVES)
_CUE_INSULT_NOUN: Final = _CUES.bit(_INSULT_NOUNS)
_CUE_DEHUMANISING: Final = _CUES.bit(lx.DEHUMANISING_NOUNS)
_CUE_DEMONSTRATIVE: Final = _CUES.bit(lx.DEMONSTRATIVES)
_CUE_VERMIN_NAME: Final = _CUES.bit(_VERMIN_NAMES)
_CUE_THEY_ARE: Final = _CUES.bit(_THEY_ARE)
_CUE_INSULT: Final = _CUES.bit(_INSULT_CUES)
_CUE_APE: Final = _CUES.bit(_APES)
_CUE_CALLED_NAME: Final = _CUES.bit(_CALLED_NAMES)
_CUE_YOU: Final = _CUES.bit(lx.YOU)
_CUE_WOMAN: Final = _CUES.bit(_WOMEN)
_CUE_PLACE: Final = _CUES.bit(_PLACE_CUES)
_CUE_SAYING: Final = _CUES.bit(_SAYING_CUES)
_CUE_DISCRIMINATION: Final = _CUES.bit(_DISCRIMINATION_CUES)
_CUE_TROPE: Final = _CUES.bit(_TROPE_CUES)
_CUE_UNLOVED: Final = _CUES.bit(_UNLOVED_CUES)
_CUE_NOBODY: Final = _CUES.bit(_NOBODY)
_CUE_PUT_DOWN: Final = _CUES.bit(_PUT_DOWN_CUES)
_CUE_WHAT_THEY_ARE: Final = _CUES.bit(_WHAT_THEY_ARE_CUES)
_CUE_LOT: Final = _CUES.bit(_LOT)
_CUE_ONE_ANIMAL: Final = _CUES.bit(_ONE_ANIMAL)
_CUE_SEXUAL: Final = _CUES.bit(_SEXUAL_CUES | _SHAMING_CUES | _SOLD_CUES | lx.HAILED_AT_WORK)
_CUE_THREAT: Final = _CUES.bit(THREAT_WORDS)
_CUE_COURT: Final = _CUES.bit(_COURT_CUES)
# (and the words that set a quotation at a distance: "'She's asking for it' is the oldest
# excuse ...", the 805th set)
_CUE_QUOTING: Final = _CUES.bit(
    _QUOTE_REPORTED
    | {"kind", "sort", "type", "same", "oldest", "line", "lie", "trope", "slur", "insult",
       "jibe", "excuse", "opinion", "argument", "debate", "view", "speech", "criticism",
       "incitement", "crime", "threat", "my", "our", "fallen", "dropped", "declined",
       "halved"}
)  # fmt: skip
_CUE_SECOND_PERSON: Final = _CUES.bit(lx.SECOND_PERSON)
# (the pairs of common words, each half a bit: _HER_SEX_IN_COMMON_WORDS and
# _READER_PUT_DOWN_IN_COMMON_WORDS)
_CUE_PRETTY: Final = _CUES.bit(_PRETTY_WORDS)
_CUE_HEAD: Final = _CUES.bit(_HEAD_WORDS)
_CUE_WOMEN_NAMED: Final = _CUES.bit(_WOMEN_NAMED)
_CUE_SHRUG: Final = _CUES.bit(_SHRUGS)
_CUE_EVEN: Final = _CUES.bit(_EVEN_WORDS)
_CUE_AWAY: Final = _CUES.bit(_AWAY_WORDS)
_CUE_GADGET: Final = _CUES.bit(_GADGETS)
_CUE_HOTI: Final = _CUES.bit(_HOTI_WORDS)
_CUE_SENSE: Final = _CUES.bit(_SENSE_WORDS)
_CUE_JAISE: Final = _CUES.bit(_JAISE_WORDS)
_CUE_DULLARD: Final = _CUES.bit(_DULLARDS)
_CUE_BRAIN: Final = _CUES.bit(_BRAIN_WORDS)
_CUE_GIVEN: Final = _CUES.bit(_GIVEN)
