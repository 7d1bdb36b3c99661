"""The people a comment names: a site's reporters, councillors, local figures, and anyone
named by a common first name.

The rules read a person named where they read a public figure they ship ("Modi is a
bastard", "someone should shoot Starmer", "Kejriwal ko latka do"); a name the lists do not
hold was read as a word ("Jane Smith is a bastard" scored as an insult of no one, 0.6, and
published). A site lists the names its comments go for in its policy (`people`), and the
rules read each as written in the place of a shipped public figure's name; a common first
name, with the word after it where that is a surname, is read the same way without a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Final, NamedTuple

from rejoinder.domain.normalize import normalize
from rejoinder.domain.threats import (
    MURDERED,
    OFFICES_BEFORE_A_NAME,
    PUBLIC_FIGURE_NAMES,
    THREAT_WORDS,
    WOMEN_IN_PUBLIC_LIFE,
)
from rejoinder.moderation import lexicon as lx

# A shipped public figure's name that no rule reads as anything but a name: a site's people
# are read as if written so.
STAND_IN: Final = "galloway"
assert STAND_IN in PUBLIC_FIGURE_NAMES.split("|")
# ... and a woman's, for a woman's first name: what is said of a woman named is read as such
# ("Priya Nair ka rate kya hai"; not a name the rules read as a politician hailed)
STAND_IN_FOR_A_WOMAN: Final = "rayner"
assert STAND_IN_FOR_A_WOMAN in WOMEN_IN_PUBLIC_LIFE.split("|")
_SHORTEST_NAME: Final = 2  # ("Al" is a name; a single letter is not)
_WORD: Final = re.compile(r"\w+")


class NamedPeople:
    """A site's names, found whole in a normalised text."""

    __slots__ = ("_first_words", "_not_surnames", "_pattern", "_women")

    def __init__(
        self,
        pattern: re.Pattern[str],
        first_words: frozenset[str],
        women: frozenset[str] = frozenset(),
        not_surnames: frozenset[str] = frozenset(),
    ) -> None:
        self._pattern = pattern
        self._first_words = first_words
        self._women = women  # (the first words of women's names, written as a woman's)
        # (where the pattern's second group is the word after a first name: not its surname
        # when it is one of these)
        self._not_surnames = not_surnames

    def reading(self, text: str) -> tuple[str, list[int]] | None:
        """`text` with each name written as the stand-in, and where each of its characters
        comes from in `text` (a name's stand-in spans the name); None where no name is."""
        # (a name's first word looked up first: the alternation of a long list of names,
        # tried at every place of a comment, cost 0.9 ms a comment for 5,000 names)
        if self._first_words.isdisjoint(_WORD.findall(text)):
            return None  # (most comments)
        return self.reading_of_named(text)

    def reading_of_named(
        self, text: str, starts: Iterable[int] | None = None
    ) -> tuple[str, list[int]] | None:
        """`reading` of a text one of whose words is known to begin a name (at `starts`,
        where the caller has found them)."""
        matches = self._names_in(text) if starts is None else self._names_at(text, starts)
        if not matches:
            return None
        named: list[_Named] = []
        surnames: dict[str, bool] = {}
        for match in matches:
            woman = match.group(1) in self._women
            surname = self._surname(match)
            # (where the word after a first name is no surname, it is what the sentence
            # says next: the name ends before it)
            end = match.end(1) if match.lastindex == 2 and surname is None else match.end()
            named.append(_Named(match.start(), end, woman))
            if surname is not None:
                surnames[surname] = woman
        if surnames:
            named = _with_surnames_alone(text, named, surnames)
        parts: list[str] = []
        origin: list[int] = []
        end = 0
        for start, name_end, woman in named:
            parts.append(text[end:start])
            origin.extend(range(end, start))
            stand_in = STAND_IN_FOR_A_WOMAN if woman else STAND_IN
            parts.append(stand_in)
            origin.extend(_spread(start, name_end, len(stand_in)))
            end = name_end
        parts.append(text[end:])
        origin.extend(range(end, len(text)))
        return "".join(parts), origin

    def surnames(self, text: str) -> dict[str, bool]:
        """The surnames of the names in `text` read with one (a first name's finder: "helen
        marsh" -> "marsh"), each with whether the name is a woman's."""
        return self._surnames(self._names_in(text))

    def _surname(self, match: re.Match[str]) -> str | None:
        after = match.group(2) if match.lastindex == 2 else None
        if after is None or after.replace("'", "").replace("’", "") in self._not_surnames:
            return None
        return after

    def _surnames(self, matches: Iterable[re.Match[str]]) -> dict[str, bool]:
        return {
            surname: match.group(1) in self._women
            for match in matches
            if (surname := self._surname(match)) is not None
        }

    def _names_in(self, text: str) -> list[re.Match[str]]:
        """The names in `text`, the pattern tried only where a name's first word is (tried at
        every place, its lookarounds cost 50 µs a comment that names someone)."""
        starts = (w.start() for w in _WORD.finditer(text) if w.group() in self._first_words)
        return self._names_at(text, starts)

    def _names_at(self, text: str, starts: Iterable[int]) -> list[re.Match[str]]:
        found: list[re.Match[str]] = []
        end = 0
        for start in starts:
            if start >= end and (name := self._pattern.match(text, start)) is not None:
                found.append(name)
                end = name.end()
        return found


class _Named(NamedTuple):
    """Where a person is named in a text, and whether as a woman."""

    start: int
    end: int
    woman: bool


def _with_surnames_alone(text: str, named: list[_Named], surnames: dict[str, bool]) -> list[_Named]:
    """`named` and the places `text` names the same people by surname alone: a comment names
    someone in full once, then by surname ("Helen Marsh closed the library. Marsh is a
    disgrace to this town")."""
    alone = re.compile(
        r"(?<![\w'’@])(" + "|".join(map(re.escape, surnames)) + r")(?!['’]s(?![a-z]))(?![\w'’])"
    )
    taken = [(n.start, n.end) for n in named]
    more = [
        _Named(m.start(), m.end(), surnames[m.group(1)])
        for m in alone.finditer(text)
        if not any(start < m.end() and m.start() < end for start, end in taken)
    ]
    return sorted(named + more) if more else named


def _spread(start: int, end: int, length: int) -> list[int]:
    """`length` positions from `start` to `end - 1`: the first at the name's first
    character, the last at its last, so a hit's span maps back to the whole name."""
    last = end - 1 - start
    return [start + (k * last) // (length - 1) for k in range(length)]


@lru_cache(maxsize=256)
def named_people(names: tuple[str, ...], women: frozenset[str] = frozenset()) -> NamedPeople | None:
    """The finder of `names` (as the policy holds them; None for none): each normalised as
    comments are, matched whole, the longest first ("Jane Smith" before "Jane"); those of
    `women` (normalised, one word each) read as a woman's."""
    written = {" ".join(normalize(name).text.split()) for name in names}
    kept = sorted((n for n in written if len(n) >= _SHORTEST_NAME), key=lambda n: (-len(n), n))
    if not kept:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, name.split())) for name in kept)
    first_words = frozenset(_WORD.findall(name)[0] for name in kept if _WORD.search(name))
    return NamedPeople(re.compile(rf"(?<![\w'’])({alternatives})(?![\w])"), first_words, women)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# First names a comment section names people by, read with the word after as a person's name
# ("Helen Marsh is a heartless bitch", "I know where Tom Reddy lives. Just saying.": round
# 501; a name no list held was read as a word, and the forms held for a public figure
# published). Left out: names that are words too ("will", "mark", "grace", "hope", "jack",
# "max", "vijay", "deepak", "sapna", "seema"), places ("jordan", "victoria", "austin"),
# peoples and faiths ("christian", "danish", "meena"), gods and prophets ("ram", "krishna",
# "muhammad", "jesus"), and a name a meme made a noun ("karen").
_FIRST_NAMES_OF_WOMEN: Final = _words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah nancy betty margaret
    sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie
    rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole
    helen samantha katherine christine debra rachel carolyn janet catherine maria diane
    julie olivia kelly lauren christina joan evelyn judith megan andrea cheryl hannah
    jacqueline martha gloria teresa frances kathryn janice abigail alice judy sophia
    denise beverly isabella theresa natalie brittany marie kayla lori fiona claire sophie
    lucy chloe jane louise gemma kirsty nicola joanna harriet imogen bridget siobhan
    priya pooja neha anjali sunita anita kavita shreya swati divya deepika aishwarya
    meenakshi reema ritu shalini preeti radhika ananya aditi shruti sonali tanvi manisha
    ranjana sarita savita vandana yamini zoya fatima ayesha aisha farah shabana nazia
    rubina salma gurpreet harpreet manpreet jaspreet simran ngozi chioma amina
    """
)
_FIRST_NAMES_OF_MEN: Final = _words(
    """
    james robert john michael david william richard joseph thomas charles christopher
    daniel matthew anthony donald steven paul andrew joshua kenneth kevin brian george
    timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen
    larry justin scott brandon benjamin samuel gregory alexander patrick raymond dennis
    jerry tyler aaron nathan henry zachary douglas peter kyle ethan jeremy walter
    keith roger terry gerald carl harold dylan arthur lawrence jesse bryan bruce gabriel
    logan alan albert wayne randy vincent ralph bobby russell bradley philip eugene tom
    tony sam dave steve chris matt andy nick jim jimmy tim phil ian neil
    graham colin gavin craig stuart darren liam connor callum declan owen rhys gareth
    dominic oliver harry charlie freddie alfie archie luke toby marcus kieran sean
    amit rohit rajesh ramesh suresh mahesh dinesh mukesh rakesh naresh sanjay ajay vikram
    anil sunil manoj ashok arun kunal nikhil nitin sachin saurabh abhishek ankit
    sandeep pradeep kuldeep harish girish satish ashish manish rajiv sanjeev praveen naveen
    sudhir sumit rohan arjun siddharth sohan salman shahrukh aamir irfan faisal
    farhan arif asif rizwan junaid nadeem naveed tariq wasim waseem javed balwinder
    jaswinder harjit omar hassan yusuf khalid chidi emeka tunde kwame kofi pierre
    hans klaus sven lars giovanni marco luca pablo carlos miguel diego
    """
)
# The words that follow a first name without being its surname ("Tom should be shot",
# "Priya ko ...", "Helen and the board"): what a sentence says next.
_NOT_A_SURNAME: Final = _words(
    """
    is was are were be been being has had have having should must will would can could may
    might shall does did do and or but nor if so then than the a an to too in on at of off
    for with without from by as about into onto over under after before again against who
    whom whose which that this these those what when where why how says said say saying
    thinks thought think wants wanted want needs needed need knows knew know gets got get
    goes went go gone makes made make takes took take gives gave give calls called call
    looks looked look seems seemed keeps kept tells told tell asks asked loves loved hates
    hated likes liked just also only never always still even really actually not no yes
    here there now today yesterday tomorrow he she they it we you i me him her them us my
    your his its our their mine yours hers ours theirs himself herself ko ka ki ke ne se
    hai hain ho tha thi the bhi toh to ji sahab sahib saheb saab madam madame sir bhai didi
    behen aunty uncle babu mam maam jaisa jaise jaisi wala wali wale kya kyu kyun kab kaise
    ab aur ya par pe mein me teri tera tu tum aap ye yeh woh wo is us un in jo tujh tujhe
    tumhe tumko mujhe mujh main mai hum humein hamein apni apna apne sab log
    """
)
# The names the rules read as someone they know: public figures ("Amit Shah", "Umar Khalid",
# "Ilhan Omar") and the murdered whose fate a threat wishes on another ("what Daniel Pearl
# got", "jo Graham Staines ka hua")
_KNOWN_BY_NAME: Final = f"{PUBLIC_FIGURE_NAMES}|{MURDERED}"
FIRST_NAMES: Final = (_FIRST_NAMES_OF_WOMEN | _FIRST_NAMES_OF_MEN) - {
    word for name in _KNOWN_BY_NAME.split("|") for word in name.split()[1:]
}


@lru_cache(maxsize=1)
def people_by_first_name() -> NamedPeople:
    """The finder of a common first name and the surname after it, if one is: "Helen Marsh
    is", "Tom should", "Priya ko", "Helen, you" (not a public figure the rules know by name,
    "Amit Shah", nor a name before "'s": "Helen's plan", "Helen Marsh's plan", as the
    rules' own names are read)."""
    names = "|".join(sorted(FIRST_NAMES, key=lambda n: (-len(n), n)))
    known = "|".join(
        r"\s+".join(map(re.escape, name.split())) for name in _KNOWN_BY_NAME.split("|")
    )
    return NamedPeople(
        re.compile(
            # (not a reader's handle, "@Sunil"; nor "Uncle Tom", "shanti priya" (peaceful),
            # "Adam and Steve", which the rules read as what they are)
            rf"(?<![\w'’@])(?<!uncle\s)(?<!shanti\s)(?<!adam and\s)"
            rf"(?!(?:{known})(?![\w'’]))({names})(?!\s+[a-z]+['’]s(?![a-z]))"
            # (a surname may have an apostrophe: "Tom O'Brien", "Priya D'Souza")
            r"(?:\s+([a-z]+(?:['’](?!s(?![a-z]))[a-z]+)?))?(?![\w'’])"
        ),
        FIRST_NAMES,
        _FIRST_NAMES_OF_WOMEN,
        _not_a_surname(),
    )


@lru_cache(maxsize=1)
def _not_a_surname() -> frozenset[str]:
    # (a word the rules read is what the sentence says next: "Hope Tom dies", "Ravi dogla
    # hai")
    return _NOT_A_SURNAME | lx.every_listed_word() | THREAT_WORDS


def people_around(
    listed: tuple[str, ...], title: str = "", replying_to: str = ""
) -> NamedPeople | None:
    """The finder of a site's people (`listed`) and of the people named in the article's
    title or the comment replied to (normalised) by surname: a story names its people in
    full once, and its comments by surname ("Library closures: Helen Marsh defends the
    cuts" over "Marsh is a heartless bitch")."""
    around = _surnames_in_title(title)
    if replying_to and (replied := surnames_named(replying_to)):
        around = {**around, **replied}
    if not around:
        return named_people(listed)
    return named_people(
        (*listed, *sorted(around)), frozenset(name for name, woman in around.items() if woman)
    )


@lru_cache(maxsize=256)
def _surnames_in_title(title: str) -> dict[str, bool]:
    if not title:
        return {}
    return {**_named_after_a_calling(title), **surnames_named(normalize(title).text)}


# What a headline calls a person before naming them ("Labour MP Abena Mensah calls for ...",
# "Journalist Asif Qureshi arrested"): a first name no list holds ("Abena") is found by the
# headline's own capitals, the surname the second of two capitalised words after the calling
# (an office the rules know before a name, or a calling of the news).
_CALLINGS: Final = (
    f"{OFFICES_BEFORE_A_NAME}|mp|mep|msp|mla|secretary|chancellor|journalist|reporter"
    "|presenter|broadcaster|columnist|editor|author|writer|developer|businessman"
    "|businesswoman|tycoon|billionaire|officer|doctor|dr|surgeon|nurse|teacher|headteacher"
    "|principal|professor|activist|campaigner|actor|actress|singer|rapper|comedian"
    "|footballer|striker|midfielder|defender|goalkeeper|keeper|bowler|batter|batsman"
    "|cricketer|captain|coach|manager|swimmer|athlete|boxer|player|star|leader|candidate"
    "|priest|imam|pastor|rabbi|vicar|bishop|founder|boss|owner|landlord|user"
    # (round 538: "Taxi driver Imran Aziz cleared of assault", a first name no list holds)
    "|driver|cabbie|pilot|lawyer|barrister|solicitor|paramedic|midwife|firefighter|student"
    "|shopkeeper|chef|model|influencer|youtuber|streamer|scientist|academic|lecturer"
    "|economist|historian|novelist|poet|artist|pundit|commentator|referee|umpire"
    # (round 543: "Dalit groom Ramesh Jatav's wedding procession pelted with stones")
    "|groom|bride|dulha|dulhan"
    # (round 545: "Polish builder Tomasz Nowak wins council contract")
    "|builder|plumber|electrician|contractor|cleaner|labourer|carer|farmer|mechanic|baker"
    "|butcher|barber|waiter|waitress|grocer|trader|vendor|porter|guard|wrestler"
    # (round 553: "Romanian care worker Elena Popescu named carer of the year")
    "|worker"
)
_NAMED_AFTER_A_CALLING: Final = re.compile(
    rf"(?<![\w'’])(?i:{_CALLINGS}) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?) "
    r"((?:[A-Z][a-z]*['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w])"
)
_HEADLINE_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")


def _named_after_a_calling(title: str) -> dict[str, bool]:
    """The surnames `title` gives after a calling, each with whether the first name is a
    woman's; none where the title is in title case ("Minister Says Plans Will Go Ahead":
    every word capitalised, "Plans" would be a name)."""
    words = _HEADLINE_WORD.findall(title)
    if not words or 4 * sum(word[0].islower() for word in words) < len(words):
        return {}
    found: dict[str, bool] = {}
    for match in _NAMED_AFTER_A_CALLING.finditer(title):
        surname = " ".join(normalize(match.group(2)).text.split())
        if surname not in FIRST_NAMES and surname not in _not_a_surname():
            found[surname] = match.group(1).lower() in _FIRST_NAMES_OF_WOMEN
    return found


# Honorifics a surname follows in a headline or a comment ("Mrs Patel", "Cllr Jones"), and
# the two offices a surname follows as often ("Mayor Collins", "Councillor Marsh"); not the
# other offices of `OFFICES_BEFORE_A_NAME` ("Minister for", "Judge rules" would make words
# of names: a headline's calling is read by its capitals, `_named_after_a_calling`).
_HONORIFICS_OF_WOMEN: Final = "mrs|ms|miss|smt"
_HONORED: Final = re.compile(
    rf"(?<![\w'’@])({_HONORIFICS_OF_WOMEN}|mr|dr|cllr|councillor|mayor|shri)\.?\s+"
    r"([a-z]+(?:['’](?!s(?![a-z]))[a-z]+)?)(?![\w'’])"
)
_OF_WOMEN: Final = frozenset(_HONORIFICS_OF_WOMEN.split("|"))


@lru_cache(maxsize=256)
def surnames_named(text: str) -> Mapping[str, bool]:
    """The surnames of the people normalised `text` names by a common first name or an
    honorific ("helen marsh", "mrs patel"), each with whether the name is a woman's.
    (Cached: a comment with many replies is each reply's context; not to be changed.)"""
    found = people_by_first_name().surnames(text)
    for match in _HONORED.finditer(text):
        surname = match.group(2)
        if surname not in FIRST_NAMES and surname not in _not_a_surname():
            found.setdefault(surname, match.group(1) in _OF_WOMEN)
    return found
