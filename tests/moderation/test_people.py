"""A site's people (policy `people`), and anyone named by a common first name: read by the
rules as the public figures they ship."""

from __future__ import annotations

from unittest.mock import ANY

import pytest

from rejoinder.domain.normalize import normalize
from rejoinder.domain.policy import ModerationPolicy
from rejoinder.moderation.abuse import AbuseScorer
from rejoinder.moderation.people import (
    STAND_IN,
    STAND_IN_FOR_A_WOMAN,
    named_people,
    people_around,
    people_by_first_name,
    surnames_named,
)

PEOPLE = ("Jane Smith", "Smith", "Priya Nair", "Ankit Verma", "Tom O'Brien")


@pytest.fixture(scope="module")
def scorer() -> AbuseScorer:
    return AbuseScorer.load()


def _held(scorer: AbuseScorer, text: str, policy: ModerationPolicy) -> bool:
    scores = scorer.assess_for(normalize(text), policy).scores
    return any(t is not None and scores[c] >= t for c, t in policy.hold_at.items())


def test_no_names_read_nothing() -> None:
    assert named_people(()) is None
    assert named_people(("", " ", "x")) is None  # (a single letter is no name)


def test_a_name_is_read_whole_as_the_stand_in_and_maps_back() -> None:
    people = named_people(PEOPLE)
    assert people is not None
    text = normalize("Honestly, JANE  SMITH is a bastard; smithson isn't.").text
    reading = people.reading(text)
    assert reading is not None
    read, origin = reading
    assert read == f"honestly, {STAND_IN} is a bastard; smithson isn't."
    start = read.index(STAND_IN)
    assert (origin[start], origin[start + len(STAND_IN) - 1] + 1) == (10, 21)  # "jane  smith"
    assert text[origin[start] : origin[start + len(STAND_IN) - 1] + 1] == "jane  smith"
    assert origin[read.index(" is a")] == 21
    assert people.reading("the smiths and blacksmith") is None


def test_a_long_list_finds_its_names() -> None:
    names = (*(f"Person{n} Surname{n}" for n in range(3_000)), "Jane Smith", "O'Brien")
    people = named_people(names)
    assert people is not None
    assert people.reading("the bypass is late again") is None
    assert people.reading("jane is late, smith too") is None  # (the words, not the name)
    for text, name in (("jane smith is late", "jane smith"), ("so is o'brien", "o'brien")):
        reading = people.reading(text)
        assert reading is not None and STAND_IN in reading[0] and name not in reading[0]
    reading = people.reading("person2999 surname2999 is late")
    assert reading is not None and reading[0] == f"{STAND_IN} is late"


# The forms the rules read for a public figure they ship, said of names no list holds: the
# fifty-second session's sweep held 5 to 14 of 25 per name before, all with the names listed.
NAMED_ABUSE = [
    "{n} is a bastard.",
    "Honestly {n} is a complete dickhead",
    "{n} is a piece of shit",
    "{n} is a whore",
    "I can't stand that bastard {n}",
    "Someone should kill {n}",
    "I'll kill {n} if I see him",
    "We should hang {n}",
    "Hope {n} dies a painful death",
    "{n} ko latka do",
    "Bhagwan kare {n} ko cancer ho jaye",
    "{n} ek number ka bastard hai",
    "{n} dogla hai",
]
NAMED_ARGUMENT = [
    "{n} is wrong about the bypass.",
    "I think {n} is an idiot.",
    "{n} should resign.",
    "Someone should ask {n} about the budget.",
    "{n} ne sahi kaha",
    "{n} is a liar and a hypocrite.",
    "Calling {n} a bastard adds nothing.",
    "I hope {n} wins next time",
    "{n} killed it in the debate",
]


@pytest.mark.parametrize("name", ["Jane Smith", "Smith", "Priya Nair", "Tom O'Brien"])
def test_abuse_of_a_sites_people_is_held_and_argument_published(
    scorer: AbuseScorer, name: str
) -> None:
    listed = ModerationPolicy(people=PEOPLE)
    missed = [f for f in NAMED_ABUSE if not _held(scorer, f.format(n=name), listed)]
    assert missed == []
    held = [f for f in NAMED_ARGUMENT if _held(scorer, f.format(n=name), listed)]
    assert held == []


def test_a_surname_alone_unlisted_is_a_word() -> None:
    # the plainest insult of it publishes, as of anything ("the traffic is a bastard")
    assert not _held(AbuseScorer.load(), "Smith is a bastard.", ModerationPolicy())


@pytest.mark.parametrize("name", ["Jane Smith", "Priya Nair", "Tom O'Brien", "Helen", "Tom"])
def test_a_common_first_name_names_a_person_unlisted(scorer: AbuseScorer, name: str) -> None:
    missed = [f for f in NAMED_ABUSE if not _held(scorer, f.format(n=name), ModerationPolicy())]
    assert missed == []
    held = [f for f in NAMED_ARGUMENT if _held(scorer, f.format(n=name), ModerationPolicy())]
    assert held == []


def test_a_first_name_is_read_with_its_surname_not_the_next_word() -> None:
    people = people_by_first_name()
    for text, read in (
        ("helen marsh is a bitch", f"{STAND_IN_FOR_A_WOMAN} is a bitch"),
        ("tom should be shot", f"{STAND_IN} should be shot"),
        ("priya ko dekho", f"{STAND_IN_FOR_A_WOMAN} ko dekho"),
        ("so is tom o'brien", f"so is {STAND_IN}"),
        # (a possessive is the person's thing, as the rules read a public figure's)
        ("helen marsh's plan", None),
        ("helen's plan", None),
        # (a reader's handle, and words the rules read as they are)
        ("@sunil tujh jaise", None),
        ("such an uncle tom", None),
        ("sab shanti priya hain", None),
        # (a public figure the rules know by name; the murdered a threat names)
        ("amit shah is a bastard", None),
        ("what daniel pearl got", None),
    ):
        reading = people.reading(text)
        assert (reading[0] if reading else None) == read, text


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # an office before a name makes it a person's, listed or not
        ("Councillor Smith is a bastard.", True),
        ("Honestly Mayor Collins is a complete dickhead", True),
        ("I can't stand that prick Councillor Patel", True),
        ("Someone should shoot Mayor Collins.", True),
        ("We should hang Judge Patterson", True),
        ("Councillor Smith is wrong about the bypass.", False),
        ("Mayor Collins is an idiot.", False),
        ("Someone should ask Mayor Collins about the bins.", False),
        ("The mayor's budget is a piece of shit.", False),
        ("Justice is a bitch sometimes.", False),
    ],
)
def test_an_office_before_a_name_names_a_person(scorer: AbuseScorer, text: str, held: bool) -> None:
    assert _held(scorer, text, ModerationPolicy()) is held


def test_a_name_given_in_full_is_read_again_by_its_surname_alone() -> None:
    people = people_by_first_name()
    for text, read in (
        (
            "helen marsh closed the library. marsh is a disgrace",
            f"{STAND_IN_FOR_A_WOMAN} closed the library. {STAND_IN_FOR_A_WOMAN} is a disgrace",
        ),
        ("tom o'brien again. o'brien lies", f"{STAND_IN} again. {STAND_IN} lies"),
        # (before it too, and not where it is part of another word or a possessive)
        ("marsh! helen marsh, resign", f"{STAND_IN_FOR_A_WOMAN}! {STAND_IN_FOR_A_WOMAN}, resign"),
        (
            "helen marsh and the marshes; marsh's plan",
            f"{STAND_IN_FOR_A_WOMAN} and the marshes; marsh's plan",
        ),
        # (no surname, nothing more: "tom should" is not "should")
        ("tom should go. we should too", f"{STAND_IN} should go. we should too"),
    ):
        reading = people.reading(text)
        assert (reading[0] if reading else None) == read, text
    reading = people.reading("helen marsh left. marsh is a disgrace")
    assert reading is not None
    read, origin = reading
    second = read.rindex(STAND_IN_FOR_A_WOMAN)
    assert (origin[second], origin[second + len(STAND_IN_FOR_A_WOMAN) - 1] + 1) == (18, 23)


def test_the_surnames_a_headline_or_a_comment_names() -> None:
    assert surnames_named(normalize("Library closures: Helen Marsh defends the cuts").text) == {
        "marsh": True
    }
    assert surnames_named("tom reddy and mrs patel met cllr jones and mr tom") == {
        "reddy": False,
        "patel": True,
        "jones": False,
    }
    # (what a sentence says next is no surname: "Mayor of", "Tom should")
    assert surnames_named("the mayor of leeds said tom should resign, as did mr. bean") == {
        "bean": False
    }
    assert surnames_named("helen's plan and the council's cuts") == {}
    # (found once for a comment however many replies it has)
    replied = "tom reddy voted for the cuts"
    assert surnames_named(replied) is surnames_named(replied)


def test_the_people_around_a_comment_are_the_sites_and_those_named_by_surname() -> None:
    assert people_around(()) is None
    assert people_around(("Jane Smith",)) is named_people(("Jane Smith",))
    title = "Helen Marsh defends the cuts"
    people = people_around(("Jane Smith",), title, "tom reddy voted for them")
    assert people is not None
    assert people is people_around(("Jane Smith",), title, "tom reddy voted for them")
    reading = people.reading("marsh and reddy and jane smith, all of them")
    assert reading is not None
    assert reading[0] == f"{STAND_IN_FOR_A_WOMAN} and {STAND_IN} and {STAND_IN}, all of them"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Marsh is a heartless bitch", True),
        ("Someone should shoot Marsh", True),
        ("Marsh ko latka do", True),
        ("Marsh should be in the kitchen, not the council", True),
        ("Marsh is wrong about the libraries", False),
        ("Marsh should resign", False),
        ("The marsh behind the library floods every winter", False),
    ],
)
def test_the_people_an_articles_title_names_are_read_by_surname(
    scorer: AbuseScorer, text: str, held: bool
) -> None:
    policy = ModerationPolicy()
    title = "Library closures: Councillor Helen Marsh defends the cuts"
    scores = scorer.assess_for(normalize(text), policy, title=title).scores
    assert any(t is not None and scores[c] >= t for c, t in policy.hold_at.items()) is held


@pytest.mark.parametrize(
    ("title", "surnames"),
    [
        # a first name no list holds, found by the headline's capitals after a calling
        ("MP Abena Mensah calls for inquiry into stop and search", {"mensah": False}),
        ("Presenter Liam O'Connor to front the BBC's Pride coverage", {"o'connor": False}),
        ("Star striker Kwabena Owusu-Ansah signs for City", {"owusu-ansah": False}),
        ("Minister Priya Sharma resigns", {"sharma": True}),
        # (a trade's calling: round 538)
        ("Taxi driver Imran Aziz cleared of assault on passenger", {"aziz": False}),
        ("Former Lionesses striker Chloe Barnett joins Match of the Day", {"barnett": True}),
        ("Dalit groom Ramesh Jatav's wedding procession pelted with stones", {"jatav": False}),
        ("Polish builder Tomasz Nowak wins council contract", {"nowak": False}),
        # (in title case every word is capitalised: "Plans" is no name, nor "For")
        ("Minister Says Plans Will Go Ahead", {}),
        ("Labour MP Calls For Inquiry Into Stop and Search", {}),
        # (no calling before the capitals: a place, a body)
        ("Asylum seekers moved into Ashford hotel", {}),
        ("Home Office defends Rwanda plan", {}),
    ],
)
def test_a_headline_names_a_person_after_a_calling(title: str, surnames: dict[str, bool]) -> None:
    people = people_around((), title)
    assert (people is None) is (not surnames)
    for surname, woman in surnames.items():
        assert people is not None
        stand_in = STAND_IN_FOR_A_WOMAN if woman else STAND_IN
        assert people.reading(f"{surname} is here") == (f"{stand_in} is here", ANY)


def test_abuse_of_a_person_a_headline_names_after_a_calling_is_held(scorer: AbuseScorer) -> None:
    policy = ModerationPolicy()
    title = "MP Abena Mensah calls for inquiry into stop and search"
    for text, held in (
        ("Mensah looks like something out of a zoo", True),
        ("Mensah looks like someone out of a campaign advert", False),
    ):
        scores = scorer.assess_for(normalize(text), policy, title=title).scores
        holds = any(t is not None and scores[c] >= t for c, t in policy.hold_at.items())
        assert holds is held, text
