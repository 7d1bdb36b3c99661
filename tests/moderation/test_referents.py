"""The people an article's title names, read as whom its comments' "these animals" mean."""

from __future__ import annotations

from unittest.mock import ANY

import pytest

from rejoinder.domain.normalize import normalize
from rejoinder.domain.policy import ModerationPolicy
from rejoinder.moderation.abuse import GROUP_ABUSE, NEWS_ABUSE, AbuseScorer
from rejoinder.moderation.referents import peoples_word, read_as_theirs

ASYLUM = "Asylum seekers moved into Ashford hotel"
ROMA = "Roma families moved out of Glasgow tower block after fire"
SIKH = "Sikh taxi driver honoured for returning £20,000 left in his cab"
NO_PEOPLE = "Council approves new cycle lanes in city centre"
FARM = "Sikh farmer's cattle stolen from field near Leicester"


@pytest.fixture(scope="module")
def scorer() -> AbuseScorer:
    return AbuseScorer.load()


def held_by_the_rules(scorer: AbuseScorer, text: str, title: str) -> bool:
    """Held by the rules (the news head's scores aside: they read no title)."""
    policy = ModerationPolicy()
    scores = scorer.assess_for(normalize(text), policy, title=title).scores
    return any(
        t is not None and scores[c] >= t and c not in (NEWS_ABUSE, GROUP_ABUSE)
        for c, t in policy.hold_at.items()
    )


@pytest.mark.parametrize(
    ("title", "word"),
    [
        (ASYLUM, "refugees"),
        (ROMA, "roma"),
        # (a people's word with punctuation after it)
        ("Roma's homes cleared, Travellers, moved on", "roma"),
        (SIKH, "sikh"),
        ("Polish builder Tomasz Nowak wins council contract", "immigrant"),
        ("Gay couple to adopt three siblings, council confirms", "gay"),
        # (no people, or the half of everyone, or animals the story is about)
        (NO_PEOPLE, ""),
        ("Woman elected mayor of Brighton", ""),
        ("Foreign Secretary flies to Washington", ""),
        (FARM, ""),
        ("", ""),
    ],
)
def test_the_people_a_title_names(title: str, word: str) -> None:
    assert peoples_word(title) == word


def test_the_reading_writes_the_people_before_the_animal_and_maps_back() -> None:
    text = "these cockroaches multiply, those filthy rats too"
    reading = read_as_theirs(text, "roma")
    assert reading is not None
    read, origin = reading
    assert read == "these roma cockroaches multiply, those filthy roma rats too"
    assert len(origin) == len(read)
    # (the word written comes from the animal's name; the rest from where it was)
    assert origin[read.index("roma")] == text.index("cockroaches")
    assert origin[read.index("multiply")] == text.index("multiply")
    # (a run of spaces is one, as the author typed it)
    assert read_as_theirs("these  cockroaches", "roma") == ("these  roma cockroaches", ANY)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # the people the title names, called animals without being named (rounds 558, 584,
        # 588: the news head held them; now the rules do)
        ("These cockroaches will be in your sheds by Christmas", True),
        ("These cockroaches multiply every time you turn your back", True),
        ("Ashford is turning into a third world toilet thanks to these animals", True),
        ("Anyone who houses these animals deserves what they get", True),
        ("Those filthy rats should never have been let off the boats", True),
        # not somewhere the animals are, nor what they are of: the ministers, the owners
        ("These rats in the Home Office signed the contract", False),
        ("These pigs at the council never read the complaints", False),
        # not animals of the comment's own, nor names the news calls landlords too
        ("These animals were left at the shelter without food", False),
        ("These parasites are charging the taxpayer £150 a night", False),
        # not what is done to them
        ("These cuts will be in your council tax by Christmas", False),
    ],
)
def test_animals_said_under_a_title_naming_a_people_are_said_of_them(
    scorer: AbuseScorer, text: str, held: bool
) -> None:
    assert held_by_the_rules(scorer, text, ASYLUM) is held


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title naming no people, or animals of its own: the animals are animals
        ("These cockroaches will be in your sheds by Christmas", NO_PEOPLE),
        ("These animals are worth thousands, whoever took them knew it", FARM),
        ("These cockroaches will be in your sheds by Christmas", ""),
    ],
)
def test_animals_are_animals_where_the_title_names_no_people(
    scorer: AbuseScorer, text: str, title: str
) -> None:
    assert not held_by_the_rules(scorer, text, title)


def test_a_comment_naming_its_own_people_is_read_as_written() -> None:
    # (the rules read the people it names: "these migrant rats" needs no title)
    assert read_as_theirs("these migrants are rats", "roma") is None
    assert read_as_theirs("these migrant rats", "roma") is None
