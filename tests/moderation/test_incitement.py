"""Calls to violence against people named by what they are or do (moderation/incitement.py)."""

from __future__ import annotations

import pytest

from rejoinder.domain.normalize import normalize
from rejoinder.moderation.incitement import calls_to_violence
from rejoinder.moderation.words import Words

from .test_categories import held_for


def calls(text: str) -> list[str]:
    normalised = normalize(text).text
    return [normalised[h.start : h.end] for h in calls_to_violence(Words(normalised))]


@pytest.mark.parametrize(
    "text",
    [
        # an order, opening its sentence or clause, or after a call ("just", "someone should")
        "Shoot the protesters",
        "Hang the traitors",
        "Kill all the Rohingyas",
        "They blocked the highway again, just gun down the marchers.",
        "Time to hang every single one of these bloody traitors",
        "The army should shoot the protesters on sight",
        "Wipe out the Rohingyas",
        # people first, then what they should suffer
        "Every one of these farmers should be shot on sight.",
        "The journalists deserve to be publicly flogged",
        "Those protesters should all be hanged",
        # places to burn, and what is done with people inside or on board
        "Burn down their mosques, that's the only language they understand.",
        "Someone should torch that newsroom with the editors inside.",
        "Hope the plane goes down with all of them on board.",
        "Run them over, they're blocking the highway anyway.",
        "Put these rioters down like rabid dogs.",
        "Drag the judge out and beat him in the street.",
        "Napalm the whole camp and be done with them.",
        "Bloody commies should be lined up against a wall",
        # people pointed at ("like you") and a death beside another's (round 652)
        "Traitors like you should hang",
        "Every one of you defending him is a traitor who should hang next to him",
    ],
)
def test_calls_to_violence_are_held_as_threats(text: str) -> None:
    assert calls(text), text
    assert "threat" in held_for(text)


@pytest.mark.parametrize(
    "text",
    [
        # no people: a bill, a messenger, banners, a plan, subsidies
        "Kill the bill before it reaches the upper house.",
        "Don't shoot the messenger, the reporter only quoted the budget papers.",
        "Hang the banners on the stadium gate, the rally starts at six.",
        "Execute the plan, stop talking about it.",
        "Kill all the subsidies for coal and put the money into buses.",
        "Nuke the whole draft and start again, it's hopeless.",
        "Burn down the old rules on party funding.",
        # reports, pleas and refusals
        "Police shot the protesters with rubber bullets and the inquiry must name who did.",
        "The general ordered troops to shoot the protesters, the inquiry heard.",
        "Nobody should shoot the protesters, whatever you think of the blockade.",
        "The officer said shoot the protesters and nobody stopped him.",
        "The mob set fire to the temple and police watched; the officers must be charged.",
        "The protesters should be protected, not beaten.",
        "Journalists should never be shot for reporting, full stop.",
        'His latest "kill the Dems" movie is out.',
        # what the people own, idioms, contests, other senses of the verb
        "They should hang the traitors' portraits in the museum so nobody forgets 1975.",
        "Wipe out the farmers' debts and the crisis ends.",
        "Don't hang the journalists out to dry for doing their job.",
        "Let's slaughter the Tories at the polls in May.",
        "The Tories should be slaughtered at the polls.",
        "We'll kill the Aussies in the final, mark my words.",
        "Shoot the protesters a message: the council meeting moved to Thursday.",
        "Shoot the players during warm-up, the light is better then.",
        "Hang out with the students and you'll see why they're angry.",
        "People like you should hang on to your shares, the market will turn.",
        "Traitors like him should hang their heads in shame.",
        "Kill time with the kids at the museum this weekend.",
        "Run them over to the station, the last train leaves at ten.",
        "Whip the MPs into line or the bill dies.",
        "The photographer lined them up against the wall for the team picture.",
        # a sentence asked for a crime, not violence against a group
        "Hang the rapists",
        "Hang the people who did this, the whole town is in mourning.",
    ],
)
def test_violent_words_without_a_call_against_people_are_not_incitement(text: str) -> None:
    assert not calls(text), text
